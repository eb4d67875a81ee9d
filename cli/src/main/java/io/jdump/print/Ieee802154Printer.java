package io.jdump.print;

/**
 * IEEE 802.15.4 frames ({@code DLT_IEEE802_15_4} 195, {@code DLT_IEEE802_15_4_NOFCS} 230), as
 * tcpdump's print-802_15_4.c shows them: the frame control flags, sequence number, PAN ids and
 * addresses, the FCS (found by trying CRC-32, then CRC-16) and the payload in hex. Auxiliary
 * security headers, information elements, beacon and command bodies and multipurpose frames
 * are not decoded yet: the frame stops after its addresses.
 */
final class Ieee802154Printer {
  static final int DLT_IEEE802_15_4 = 195;
  static final int DLT_IEEE802_15_4_NOFCS = 230;
  private static final String[] TYPES = {
    "Beacon", "Data", "ACK", "Command", "Reserved", "Multipurpose", "Fragment", "Extended"
  };

  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;

  Ieee802154Printer(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  /** {@return what tcpdump's ieee802_15_4_print returns, its "header length" for -x} */
  int print(int p) {
    f.proto = "802.15.4";
    int caplen = f.end - p;
    if (caplen < 2) {
      f.printTrunc();
      return caplen;
    }
    int fc = f.u16le(p);
    int type = fc & 7;
    out.append("IEEE 802.15.4 ").append(TYPES[type]).append(" packet ");
    return type <= 3 ? standard(p, caplen, fc) : 0;
  }

  private int standard(int p, int caplen, int fc) {
    long fcs = 0;
    long check = 0;
    if (caplen >= 4) {
      fcs = f.u32le(p + caplen - 4);
      check = crc32(p, caplen - 4);
      if (check == fcs) {
        caplen -= 4;
      } else {
        fcs = f.u16le(p + caplen - 2);
        check = crc16(p, caplen - 2);
        if (check == fcs) caplen -= 2;
      }
    }
    int version = (fc >> 12) & 3;
    int type = fc & 7;
    out.append('v').append(version).append(' ');
    int v = f.opts.verbosity();
    if (v > 2) {
      if ((fc & 0x08) != 0) out.append("Security Enabled, ");
      if ((fc & 0x10) != 0) out.append("Frame Pending, ");
      if ((fc & 0x20) != 0) out.append("AR, ");
      if ((fc & 0x40) != 0) out.append("PAN ID Compression, ");
      if ((fc & 0x100) != 0) out.append("Sequence Number Suppression, ");
      if ((fc & 0x200) != 0) out.append("IE present, ");
    }
    if ((fc & 0x100) != 0) {
      if (version < 2) {
        out.append("[ERROR: Sequence number suppressed on frames where version < 2]");
      }
      if (v > 0) out.append("seq suppressed ");
      if (caplen < 2) {
        f.printTrunc();
        return 0;
      }
      p += 2;
      caplen -= 2;
    } else {
      int seq = f.u8(p + 2);
      if (v > 0) {
        out.append("seq ");
        Text.hex2(out, seq);
        out.append(' ');
      }
      if (caplen < 3) {
        f.printTrunc();
        return 0;
      }
      p += 3;
      caplen -= 3;
    }
    int dstLen = addressLength((fc >> 10) & 3);
    int srcLen = addressLength((fc >> 14) & 3);
    if (srcLen < 0) {
      out.append("[ERROR: Invalid src address mode]");
      return 0;
    }
    if (dstLen < 0) {
      out.append("[ERROR: Invalid dst address mode]");
      return 0;
    }
    boolean compressed = (fc & 0x40) != 0;
    boolean srcPan = !compressed;
    boolean dstPan = true;
    if (version < 2 && compressed && (dstLen <= 0 || srcLen <= 0)) {
      out.append("[ERROR: PAN ID Compression != 0, and only one address with frame version < 2]");
    }
    if (dstLen <= 0) dstPan = false;
    if (srcLen <= 0) srcPan = false;
    if (version >= 2) {
      if (compressed) {
        if (srcLen == 0 && dstLen == 0) {
          dstPan = true;
        } else if (srcLen == 0 || dstLen == 0 || srcLen == 8 && dstLen == 8) {
          dstPan = false;
          srcPan = false;
        }
      } else {
        if (srcLen == 8 && dstLen == 8) {
          dstPan = true;
          srcPan = false;
        }
        // tcpdump defines BROKEN_6TISCH_PAN_ID_COMPRESSION (as 0, but #ifdef only asks if it is)
        if (srcLen == 8 && dstLen == 2) srcPan = false;
      }
    }
    int used = panAndAddress(p, caplen, dstPan, dstLen);
    if (used < 0) return 0;
    p += used;
    caplen -= used;
    out.append(" < ");
    used = panAndAddress(p, caplen, srcPan, srcLen);
    if (used < 0) return 0;
    out.append(' ');
    p += used;
    caplen -= used;
    if ((fc & 0x208) != 0) return 0; // security and information elements: not decoded yet
    if (v > 2) {
      if (check == fcs) {
        out.append("FCS ");
        Text.hex(out, fcs);
        out.append(' ');
      } else {
        out.append("wrong FCS ");
        Text.hex(out, fcs);
        out.append(" vs ");
        Text.hex(out, check);
        out.append(" (assume no FCS stored) ");
      }
    }
    if (type == 3 || type == 0 && version < 2) return 0; // command and old beacon bodies: not yet
    d.link.defaultPrint(p, caplen);
    return 1;
  }

  /**
   * A PAN id (or "-") and an address; {@return the bytes read, or -1 after tcpdump's error
   * text} (tcpdump names the destination fields in both errors).
   */
  private int panAndAddress(int p, int caplen, boolean pan, int len) {
    int used = 0;
    if (pan) {
      if (caplen < 2) {
        out.append("[ERROR: Truncated before dst_pan]");
        return -1;
      }
      Text.hex4(out, f.u16le(p));
      out.append(':');
      used = 2;
    } else {
      out.append("-:");
    }
    if (caplen - used < len) {
      out.append("[ERROR: Truncated before dst_addr]");
      return -1;
    }
    address(p + used, len);
    return used + len;
  }

  private static int addressLength(int mode) {
    return switch (mode) {
      case 1 -> -1;
      case 2 -> 2;
      case 3 -> 8;
      default -> 0;
    };
  }

  private void address(int p, int len) {
    switch (len) {
      case 0 -> out.append("none");
      case 2 -> Text.hex4(out, f.u16le(p));
      default -> {
        f.need(p, 8);
        for (int i = 7; i >= 0; i--) {
          Text.hex2(out, f.b[p + i]);
          if (i > 0) out.append(':');
        }
      }
    }
  }

  private int crc16(int p, int len) {
    int crc = 0;
    for (int i = 0; i < len; i++) {
      int y = Integer.reverse(f.u8(p + i)) >>> 24;
      int x = (crc >> 8 ^ y) & 0xff;
      x ^= x >> 4;
      crc = (crc << 8 ^ x << 12 ^ x << 5 ^ x) & 0xffff;
    }
    return Integer.reverse(crc) >>> 16;
  }

  private long crc32(int p, int len) {
    int crc = 0;
    for (int i = 0; i < len; i++) {
      int b = Integer.reverse(f.u8(p + i));
      for (int k = 0; k < 8; k++) {
        crc = (crc ^ b) < 0 ? crc << 1 ^ 0x04C11DB7 : crc << 1;
        b <<= 1;
      }
    }
    return Integer.reverse(crc) & 0xffffffffL;
  }
}
