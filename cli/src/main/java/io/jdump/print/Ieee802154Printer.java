package io.jdump.print;

/**
 * IEEE 802.15.4 frames ({@code DLT_IEEE802_15_4} 195, {@code DLT_IEEE802_15_4_NOFCS} 230, and
 * {@code DLT_IEEE802_15_4_TAP} 283 behind its TLV pseudo-header), as tcpdump's print-802_15_4.c
 * shows them: the frame control flags, sequence number, PAN ids and addresses, the auxiliary
 * security header, header and payload information elements ({@link Ieee802154Ies}), the MIC,
 * the FCS (found by trying CRC-32, then CRC-16), the old beacon's superframe, GTS and pending
 * address fields, MAC command bodies, and multipurpose frames. Fragment and extended frames get
 * only their type, as in tcpdump.
 */
final class Ieee802154Printer {
  static final int DLT_IEEE802_15_4 = 195;
  static final int DLT_IEEE802_15_4_NOFCS = 230;
  static final int DLT_IEEE802_15_4_TAP = 283;
  private static final String[] TYPES = {
    "Beacon", "Data", "ACK", "Command", "Reserved", "Multipurpose", "Fragment", "Extended"
  };
  /** MAC command names (Table 7-49 of 802.15.4-2015); null is "Reserved 0x%02x". */
  private static final String[] COMMANDS = new String[0x30];
  private static final int[] MIC_LENGTHS = {0, 4, 8, 16};

  static {
    String[] known = {
      null,
      "Association Request command",
      "Association Response command",
      "Disassociation Notification command",
      "Data Request command",
      "PAN ID Conflict Notification command",
      "Orphan Notification command",
      "Beacon Request command",
      "Coordinator realignment command",
      "GTS request command",
      "TRLE Management Request command",
      "TRLE Management Response command",
    };
    System.arraycopy(known, 0, COMMANDS, 0, known.length);
    String[] dsme = {
      "DSME Association Request command",
      "DSME Association Response command",
      "DSME GTS Request command",
      "DSME GTS Response command",
      "DSME GTS Notify command",
      "DSME Information Request command",
      "DSME Information Response command",
      "DSME Beacon Allocation Notification command",
      "DSME Beacon Collision Notification command",
      "DSME Link Report command",
    };
    System.arraycopy(dsme, 0, COMMANDS, 0x13, dsme.length);
    String[] rit = {
      "RIT Data Request command",
      "DBS Request command",
      "DBS Response command",
      "RIT Data Response command",
      "Vendor Specific command",
    };
    System.arraycopy(rit, 0, COMMANDS, 0x20, rit.length);
  }

  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;
  private final Ieee802154Ies ies;
  /** The security level the last auxiliary security header gave. */
  private int securityLevel;
  /** The payload length securedPart leaves (a u_int in tcpdump: may have wrapped). */
  private long remaining;
  /** Where the body after the old beacon's fields starts, and its length (set by oldBeacon). */
  private int bodyPos;
  private int bodyLen;

  Ieee802154Printer(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
    this.ies = new Ieee802154Ies(f, this);
  }

  /** tcpdump's {@code ieee802_15_4_tap_if_print}; {@return the link header length for -x} */
  int tap(int p) {
    f.proto = "802.15.4_tap";
    int caplen = f.end - p;
    if (caplen < 4) {
      f.printTrunc();
      return caplen;
    }
    int version = f.u8(p);
    int length = f.u16le(p + 2);
    if (version != 0 || length < 4) {
      f.printInvalid();
      return 0;
    }
    if (caplen < length) {
      f.printTrunc();
      return caplen;
    }
    return print(p + length) + length;
  }

  /** {@return what tcpdump's ieee802_15_4_print returns, its "header length" for -x} */
  int print(int p) {
    return print(p, f.end - p);
  }

  /**
   * The frame at p as {@code caplen} bytes long, whatever was captured: ZEP hands over its
   * "inner length" as tcpdump's caplen; reads past the capture still end as cut.
   */
  int print(int p, int caplen) {
    f.proto = "802.15.4";
    if (caplen < 2) {
      f.printTrunc();
      return caplen;
    }
    int fc = f.u16le(p);
    int type = fc & 7;
    out.append("IEEE 802.15.4 ").append(TYPES[type]).append(" packet ");
    if (type <= 3) return standard(p, caplen, fc);
    if (type == 5) return multipurpose(p, caplen, fc);
    return 0;
  }

  private int verbosity() {
    return f.opts.verbosity();
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
    int v = verbosity();
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
    int end = securedPart(p, caplen, (fc & 0x08) != 0, (fc & 0x200) != 0, fcs, check);
    if (end < 0) return 0;
    p = end;
    caplen = (int) remaining;
    switch (type) {
      case 0 -> {
        if (version < 2) {
          if (!oldBeacon(p, caplen)) return 1;
          p = bodyPos;
          caplen = bodyLen;
        }
      }
      case 3 -> {
        if (caplen < 1) {
          out.append("[ERROR: Truncated before Command ID]");
        } else {
          int id = f.u8(p);
          out.append("Command ID = ");
          if (id >= 0x30 || COMMANDS[id] == null) {
            out.append("Reserved 0x");
            Text.hex2(out, id);
          } else {
            out.append(COMMANDS[id]);
          }
          out.append(' ');
          p++;
          caplen--;
          if (caplen != 0) {
            int len = command(id, p, caplen);
            if (len >= 0) {
              p += len;
              caplen -= len;
            }
          }
        }
      }
      default -> { }
    }
    d.link.defaultPrint(p, caplen);
    return 1;
  }

  /**
   * The auxiliary security header, the MIC's removal, header and payload IEs, the MIC and FCS
   * (with -vvv): what standard and multipurpose frames share. {@return where the payload
   * starts, the payload ending where the MIC begins; -1 after an error}
   */
  private int securedPart(int p, long caplen, boolean secured, boolean iePresent, long fcs,
      long check) {
    int level = 0;
    if (secured) {
      int len = auxSecurityHeader(p, caplen);
      if (len < 0) return -1;
      f.need(p, len);
      p += len;
      caplen -= len;
      level = securityLevel;
    }
    int micLen = MIC_LENGTHS[level & 3];
    int mic = 0;
    if (micLen != 0) {
      if (caplen < micLen) {
        out.append("[ERROR: Truncated before MIC]");
        return -1;
      }
      caplen -= micLen;
      mic = (int) (p + caplen);
    }
    boolean payloadIes = false;
    if (iePresent) {
      int len = ies.headerList(p, caplen);
      if (len < 0) return -1;
      p += len;
      caplen -= len;
      payloadIes = ies.payloadPresent;
    }
    if (payloadIes) {
      if (level >= 4) {
        out.append("Payload IEs present, but encrypted, cannot print ");
      } else {
        int len = ies.payloadList(p, caplen);
        if (len < 0) return -1;
        p += len;
        caplen -= len;
      }
    }
    int v = verbosity();
    if (v > 2 && micLen != 0) {
      out.append("\n\tMIC ");
      for (int i = 0; i < micLen; i++) Text.hex2(out, f.u8(mic + i));
      out.append(' ');
    }
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
    remaining = caplen;
    return p;
  }

  /** tcpdump's {@code ieee802_15_4_mp_frame}: a multipurpose frame. */
  private int multipurpose(int p, int caplen0, int fc) {
    long caplen = caplen0;
    long fcs = 0;
    long check = 0;
    if (caplen >= 3) {
      if (caplen > 4) {
        fcs = f.u32le((int) (p + caplen - 4));
        check = crc32(p, (int) caplen - 4);
        if (check == fcs) {
          caplen -= 4;
        } else {
          fcs = f.u16le((int) (p + caplen - 2));
          check = crc16(p, (int) caplen - 2);
          if (check == fcs) caplen -= 2;
        }
      } else {
        fcs = f.u16le((int) (p + caplen - 2));
        check = crc16(p, (int) caplen - 2);
        if (check == fcs) caplen -= 2;
      }
    }
    boolean panPresent = false;
    boolean iePresent = false;
    boolean secured = false;
    int v = verbosity();
    if ((fc & 0x08) != 0) {
      out.append('v').append((fc >> 12) & 3).append(' ');
      panPresent = (fc & 0x100) != 0;
      iePresent = (fc & 0x8000) != 0;
      secured = (fc & 0x200) != 0;
      if (v > 2) {
        if (secured) out.append("Security Enabled, ");
        if ((fc & 0x800) != 0) out.append("Frame Pending, ");
        if ((fc & 0x4000) != 0) out.append("AR, ");
        if (panPresent) out.append("PAN ID Present, ");
        if ((fc & 0x400) != 0) out.append("Sequence Number Suppression, ");
        if (iePresent) out.append("IE present, ");
      }
      if ((fc & 0x400) != 0) {
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
    } else {
      int seq = f.u8(p + 1);
      p += 2;
      caplen -= 2;
      if (caplen < 0) caplen += 1L << 32; // tcpdump's u_int wraps
      if (v > 0) {
        out.append("seq ");
        Text.hex2(out, seq);
        out.append(' ');
      }
    }
    int dstLen = addressLength((fc >> 4) & 3);
    int srcLen = addressLength((fc >> 6) & 3);
    if (srcLen < 0) {
      out.append("[ERROR: Invalid src address mode]");
      return 0;
    }
    if (dstLen < 0) {
      out.append("[ERROR: Invalid dst address mode]");
      return 0;
    }
    if (panPresent) {
      if (caplen < 2) {
        out.append("[ERROR: Truncated before dst_pan]");
        return 0;
      }
      Text.hex4(out, f.u16le(p));
      out.append(':');
      p += 2;
      caplen -= 2;
    } else {
      out.append("-:");
    }
    if (caplen < dstLen) {
      out.append("[ERROR: Truncated before dst_addr]");
      return 0;
    }
    address(p, dstLen);
    p += dstLen;
    caplen -= dstLen;
    out.append(" <  -:");
    if (caplen < srcLen) {
      out.append("[ERROR: Truncated before dst_addr]");
      return 0;
    }
    address(p, srcLen);
    out.append(' ');
    p += srcLen;
    caplen -= srcLen;
    int end = securedPart(p, caplen, secured, iePresent, fcs, check);
    if (end < 0) return 0;
    payload(end, remaining);
    return 1;
  }

  /** tcpdump's ND_DEFAULTPRINT of a length that may have wrapped past the capture. */
  private void payload(int p, long caplen) {
    if (caplen <= f.end - p) {
      d.link.defaultPrint(p, (int) caplen);
    } else if (!f.opts.suppressDefaultPrint()) {
      d.link.defaultPrintLength(p, Integer.MAX_VALUE);
    }
  }

  /**
   * tcpdump's {@code ieee802_15_4_print_aux_sec_header}; sets {@link #securityLevel}.
   * {@return the bytes it takes, or -1 after an error}
   */
  private int auxSecurityHeader(int p, long caplen) {
    if (caplen < 1) {
      out.append("[ERROR: Truncated before Aux Security Header]");
      return -1;
    }
    int sc = f.u8(p);
    int len = 1;
    securityLevel = sc & 7;
    int keyIdMode = (sc >> 3) & 3;
    caplen--;
    p++;
    int v = verbosity();
    if (v > 0) {
      out.append("\n\tSecurity Level ").append(securityLevel).append(", Key Id Mode ")
          .append(keyIdMode).append(", ");
    }
    if ((sc & 0x20) == 0) {
      if (caplen < 4) {
        out.append("[ERROR: Truncated before Frame Counter]");
        return -1;
      }
      if (v > 1) {
        out.append("Frame Counter 0x");
        Text.hex8(out, f.u32le(p));
        out.append(' ');
      }
      p += 4;
      caplen -= 4;
      len += 4;
    }
    switch (keyIdMode) {
      case 0 -> {
        if (v > 1) out.append("Implicit");
        return len;
      }
      case 2 -> {
        if (caplen < 4) {
          out.append("[ERROR: Truncated before Key Source]");
          return -1;
        }
        if (v > 1) {
          // tcpdump's "%0x4x": the second half unpadded, then a literal "4x"
          out.append("KeySource 0x");
          Text.hex4(out, f.u16le(p));
          out.append(':');
          Text.hex(out, f.u16le(p + 2));
          out.append("4x, ");
        }
        p += 4;
        caplen -= 4;
        len += 4;
      }
      case 3 -> {
        if (caplen < 8) {
          out.append("[ERROR: Truncated before Key Source]");
          return -1;
        }
        if (v > 1) {
          out.append("KeySource ");
          address(p, 8);
          out.append(", ");
        }
        // tcpdump steps over only 4 of the 8 bytes
        p += 4;
        caplen -= 4;
        len += 4;
      }
      default -> { }
    }
    if (caplen < 1) {
      out.append("[ERROR: Truncated before Key Index]");
      return -1;
    }
    if (v > 1) {
      out.append("KeyIndex 0x");
      Text.hex2(out, f.u8(p));
      out.append(", ");
    }
    return len + 1;
  }

  /**
   * The old (version 0 and 1) beacon's superframe specification, GTS and pending addresses.
   * {@return false after an error (tcpdump then skips the payload); else the payload is at
   * bodyPos, bodyLen bytes}
   */
  private boolean oldBeacon(int p, int caplen) {
    if (caplen < 2) {
      out.append("[ERROR: Truncated before beacon information]");
      return false;
    }
    superframe(f.u16le(p));
    p += 2;
    caplen -= 2;
    if (caplen < 1) {
      out.append("[ERROR: Truncated before GTS info]");
      return false;
    }
    int len = gtsInfo(p, caplen);
    if (len < 0) return false;
    p += len;
    caplen -= len;
    if (caplen < 1) {
      out.append("[ERROR: Truncated before pending addresses]");
      return false;
    }
    len = pendingAddresses(p, caplen);
    if (len < 0) return false;
    f.need(p, len);
    bodyPos = p + len;
    bodyLen = caplen - len;
    return true;
  }

  /** tcpdump's {@code ieee802_15_4_print_superframe_specification}. */
  void superframe(int ss) {
    if (verbosity() < 1) return;
    out.append("\n\tBeacon order = ").append(ss & 0xf).append(", Superframe order = ")
        .append((ss >> 4) & 0xf).append(", Final CAP Slot = ").append((ss >> 8) & 0xf);
    if ((ss & 0x1000) != 0) out.append(", BLE enabled");
    if ((ss & 0x4000) != 0) out.append(", PAN Coordinator");
    if ((ss & 0x8000) != 0) out.append(", Association Permit");
  }

  private int gtsInfo(int p, int dataLen) {
    int count = f.u8(p) & 7;
    int v = verbosity();
    if (count == 0) {
      if (v > 0) out.append("\n\tGTS Descriptor Count = 0, ");
      return 1;
    }
    int len = 2 + count * 3;
    if (dataLen < len) {
      out.append(" [ERROR: Truncated GTS Info List]");
      return -1;
    }
    if (v < 2) return len;
    out.append("GTS Descriptor Count = ").append(count).append(", GTS Directions Mask = ");
    Text.hex2(out, f.u8(p + 1) & 0x7f);
    out.append(", [ ");
    for (int i = 0; i < count; i++) {
      int q = p + 2 + i * 3;
      out.append("[ ");
      address(q, 2);
      int slot = f.u8(q + 1);
      out.append(", Start slot = ").append(slot & 0xf).append(", Length = ")
          .append((slot >> 4) & 0xf).append(" ] ");
    }
    out.append(']');
    return len;
  }

  /** tcpdump's {@code ieee802_15_4_print_pending_addresses}; {@return its length or -1} */
  int pendingAddresses(int p, int dataLen) {
    int pas = f.u8(p);
    int shorts = pas & 7;
    int longs = (pas >> 4) & 7;
    int len = 1 + shorts * 2 + longs * 8;
    int v = verbosity();
    if (v > 0) {
      out.append("\n\tPending address list, # short addresses = ").append(shorts)
          .append(", # extended addresses = ").append(longs);
    }
    if (dataLen < len) {
      out.append(" [ERROR: Pending address list truncated]");
      return -1;
    }
    if (v < 2) return len;
    if (shorts != 0) {
      out.append(", Short address list = [ ");
      for (int i = 0; i < shorts; i++) {
        address(p + 1 + i * 2, 2);
        out.append(' ');
      }
      out.append(']');
    }
    if (longs != 0) {
      out.append(", Extended address list = [ ");
      for (int i = 0; i < longs; i++) {
        address(p + 1 + shorts * 2 + i * 8, 8);
        out.append(' ');
      }
      out.append(']');
    }
    return len;
  }

  /** tcpdump's {@code ieee802_15_4_print_command_data}; {@return the bytes it took, or -1} */
  private int command(int id, int p, int caplen) {
    switch (id) {
      case 0x01 -> {
        if (caplen != 1) {
          out.append("Invalid Association request command length");
          return -1;
        }
        int cap = f.u8(p);
        out.append((cap & 0x02) != 0 ? "FFD, " : "RFD, ");
        if ((cap & 0x04) != 0) out.append("AC powered, ");
        if ((cap & 0x08) != 0) out.append("Receiver on when idle, ");
        if ((cap & 0x10) != 0) out.append("Fast association, ");
        if ((cap & 0x40) != 0) out.append("Security supported, ");
        if ((cap & 0x80) != 0) out.append("Allocate address, ");
        return caplen;
      }
      case 0x02 -> {
        if (caplen != 3) {
          out.append("Invalid Association response command length");
          return -1;
        }
        out.append("Short address = ");
        address(p, 2);
        int status = f.u8(p + 2);
        switch (status) {
          case 0x00 -> out.append(", Association successful");
          case 0x01 -> out.append(", PAN at capacity");
          case 0x02 -> out.append(", PAN access denied");
          case 0x03 -> out.append(", Hooping sequence offset duplication");
          case 0x80 -> out.append(", Fast association successful");
          default -> {
            out.append(", Status = 0x");
            Text.hex2(out, status);
          }
        }
        return caplen;
      }
      case 0x03 -> {
        if (caplen != 1) {
          out.append("Invalid Disassociation Notification command length");
          return -1;
        }
        switch (f.u8(p)) {
          case 0x00 -> out.append("Reserved");
          case 0x01 -> out.append("Reason = The coordinator wishes the device to leave PAN");
          case 0x02 -> out.append("Reason = The device wishes to leave the PAN");
          default -> {
            // tcpdump prints the byte two further on
            int reason = f.u8(p + 2);
            out.append("Reason = 0x");
            Text.hex2(out, reason);
          }
        }
        return caplen;
      }
      case 0x04, 0x05, 0x06, 0x07 -> {
        return 0;
      }
      case 0x08 -> {
        if (caplen < 7 || caplen > 8) {
          out.append("Invalid Coordinator Realignment command length");
          return -1;
        }
        out.append("Pan ID = 0x");
        Text.hex4(out, f.u16le(p));
        out.append(", Coordinator short address = ");
        address(p + 2, 2);
        int channel = f.u8(p + 4);
        int page = caplen == 8 ? f.u8(p + 7) : 0x80;
        if ((page & 0x80) != 0) {
          channel |= (page & 0x7f) << 8;
          out.append(", Channel Number = ").append(channel);
        } else {
          out.append(", Channel Number = ").append(channel).append(", page = ").append(page);
        }
        out.append(", Short address = ");
        address(p + 5, 2);
        return caplen;
      }
      case 0x09 -> {
        if (caplen != 1) {
          out.append("Invalid GTS Request command length");
          return -1;
        }
        int gts = f.u8(p);
        out.append("GTS Length = ").append(gts & 0xf)
            .append((gts & 0x10) != 0 ? ", Receive-only GTS" : ", Transmit-only GTS")
            .append((gts & 0x20) != 0 ? ", GTS allocation" : ", GTS deallocations");
        return caplen;
      }
      default -> {
        out.append("Command Data = ");
        for (int i = 0; i < caplen; i++) {
          Text.hex2(out, f.u8(p + i));
          out.append(' ');
        }
        return 0;
      }
    }
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

  /** tcpdump's {@code ieee802_15_4_print_addr}: none, a short address, or an extended one. */
  void address(int p, int len) {
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
