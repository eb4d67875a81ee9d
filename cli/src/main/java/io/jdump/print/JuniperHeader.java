package io.jdump.print;

/**
 * Juniper's capture header as tcpdump's {@code juniper_parse_header} reads it: the "MGC" magic
 * and flags, optional extension TLVs, then the PIC's cookie, whose length and meaning depend on
 * the link type and on its first byte (0x54 a link-services cookie, 0x47 an adaptive-services
 * one), and the bundle, protocol and ATM2 control word the multilink and ATM2 PICs derive from
 * it. Its fields are tcpdump's {@code l2info}: reused for every frame, never allocated.
 */
final class JuniperHeader {
  static final int DLT_JUNIPER_MLPPP = 130;
  static final int DLT_JUNIPER_MLFR = 131;
  static final int DLT_JUNIPER_ES = 132;
  static final int DLT_JUNIPER_GGSN = 133;
  static final int DLT_JUNIPER_MFR = 134;
  static final int DLT_JUNIPER_ATM2 = 135;
  static final int DLT_JUNIPER_SERVICES = 136;
  static final int DLT_JUNIPER_ATM1 = 137;
  static final int DLT_JUNIPER_MONITOR = 164;
  static final int DLT_JUNIPER_PPPOE = 167;
  static final int DLT_JUNIPER_PPPOE_ATM = 168;
  static final int DLT_JUNIPER_ETHER = 178;
  static final int DLT_JUNIPER_PPP = 179;
  static final int DLT_JUNIPER_FRELAY = 180;
  static final int DLT_JUNIPER_CHDLC = 181;

  static final int LS_COOKIE = 0x54;
  static final int AS_COOKIE = 0x47;
  /** The LSQ protocols an adaptive-services cookie carries (in its sixth byte). */
  static final int LSQ_IPV4 = 0x00;
  static final int LSQ_IPV6 = 0x10;
  static final int LSQ_MPLS = 0x20;
  static final int LSQ_ISO = 0x30;

  private static final int FLAG_IN = 0x01;
  private static final int FLAG_NO_L2 = 0x02;
  private static final int FLAG_EXT = 0x80;

  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;

  /** Bytes left on the wire and captured after the header (unsigned, as tcpdump's). */
  int length;
  int caplen;
  /** Where the payload starts, from the frame's first byte; what {@code -x} skips. */
  int headerLen;
  int cookieLen;
  /** {@link #LS_COOKIE}, {@link #AS_COOKIE} or 0. */
  int cookieType;
  /** The cookie's bytes, zero past {@link #cookieLen}. */
  final int[] cookie = new int[8];
  int bundle;
  int proto;
  /** 1 for a frame received, 0 for one sent. */
  int direction;

  JuniperHeader(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  /** {@return the first four cookie bytes as a big-endian number} */
  long cookie32() {
    return ((long) cookie[0] << 24 | cookie[1] << 16 | cookie[2] << 8 | cookie[3]) & 0xffffffffL;
  }

  /** {@return the first two cookie bytes as a big-endian number} */
  int cookie16() {
    return cookie[0] << 8 | cookie[1];
  }

  /**
   * Parses the header of the frame at p for link type dlt; {@return false when the caller
   * stops (headerLen then says how far -x skips)}.
   */
  boolean parse(int p, int wirelen, int dlt) {
    headerLen = 0;
    cookieLen = 0;
    cookieType = 0;
    bundle = 0;
    proto = 0;
    for (int i = 0; i < 8; i++) cookie[i] = 0;
    length = wirelen;
    caplen = f.end - p;
    int flags = f.u8(p + 3);
    direction = flags & FLAG_IN;
    boolean e = f.opts.linkHeader();
    int v = f.opts.verbosity();
    if (f.u24(p) != 0x4d4743) {
      out.append("no magic-number found!");
      return false;
    }
    if (e) out.append(direction == 1 ? " In " : "Out ");
    int jnx = 4;
    if (v > 1) {
      out.append("\n\tJuniper PCAP Flags [");
      flags(flags);
      out.append(']');
    }
    if ((flags & FLAG_EXT) != 0 && !extensions(p, v)) return false;
    if ((flags & FLAG_EXT) != 0) jnx += 2 + f.u16(p + 4);
    if ((flags & FLAG_NO_L2) != 0) {
      if (e) out.append("no-L2-hdr, ");
      f.need(p + jnx + 4, 1);
      if (!ipGuess(p + jnx + 4, length - (jnx + 4))) {
        out.append("no IP-hdr found!");
      }
      headerLen = jnx + 4;
      return false;
    }
    headerLen = jnx;
    p += jnx;
    length -= jnx;
    caplen -= jnx;
    int base = picCookieLength(dlt);
    if (base >= 0) {
      cookieLen = base;
      int first = f.u8(p);
      if (first == LS_COOKIE) {
        cookieType = LS_COOKIE;
        cookieLen += 2;
      } else if (first == AS_COOKIE) {
        cookieType = AS_COOKIE;
        cookieLen = 8;
      }
      if (dlt == DLT_JUNIPER_MFR && (first & 0xc0) == 0xc0) cookieLen = 0; // a child link
      headerLen += cookieLen;
      length -= cookieLen;
      caplen -= cookieLen;
      if (e) out.append(picName(dlt)).append("-PIC, cookie-len ").append(cookieLen);
      if (cookieLen > 8) {
        f.printInvalid();
        return false;
      }
      if (cookieLen > 0) {
        f.need(p, cookieLen);
        if (e) out.append(", cookie 0x");
        for (int i = 0; i < cookieLen; i++) {
          cookie[i] = f.u8(p + i);
          if (e) Text.hex2(out, cookie[i]);
        }
      }
      if (e) out.append(": ");
      proto = f.u16(p + cookieLen);
    }
    p += cookieLen;
    switch (dlt) {
      case DLT_JUNIPER_MLPPP, DLT_JUNIPER_MLFR, DLT_JUNIPER_MFR -> multilink(p, dlt);
      case DLT_JUNIPER_ATM2 -> {
        f.need(p, 4);
        if ((cookie[7] & 0x70) != 0) { // a cell relay control word
          long word = f.u32(p);
          if (word == 0 || word == 0x08000000L || word == 0x08380000L) headerLen += 4;
          if (e) {
            out.append("control-word 0x");
            Text.hex4(out, (int) (word >>> 16));
            Text.hex4(out, (int) word & 0xffff);
            out.append(' ');
          }
        }
      }
      default -> { }
    }
    if (e) {
      out.append("hlen ").append(headerLen).append(", proto 0x");
      Text.hex4(out, proto);
      out.append(", ");
    }
    return true;
  }

  /** tcpdump's {@code ip_heuristic_guess}: {@return whether an IP version nibble was found} */
  boolean ipGuess(int p, int len) {
    int v = f.u8(p);
    if (v >= 0x45 && v <= 0x4f) {
      d.ip4.print(p, len);
    } else if (v >= 0x60 && v <= 0x6f) {
      d.ip6.print(p, len);
    } else {
      return false;
    }
    return true;
  }

  /** The bundle and protocol the multilink PICs take from their cookies. */
  private void multilink(int p, int dlt) {
    switch (cookieType) {
      case LS_COOKIE -> {
        bundle = cookie[1];
        if (dlt != DLT_JUNIPER_MLPPP) {
          proto = f.u16(p);
          skip2();
        }
      }
      case AS_COOKIE -> {
        bundle = ((cookie[6] << 8 | cookie[7]) >> 3) & 0xfff;
        proto = cookie[5] & 0x70;
      }
      default -> {
        bundle = cookie[0];
        if (dlt == DLT_JUNIPER_MLFR) skip2();
      }
    }
  }

  private void skip2() {
    headerLen += 2;
    length -= 2;
    caplen -= 2;
  }

  /** The extension TLVs; {@return false (after tcpdump's complaint) when one overruns} */
  private boolean extensions(int p, int v) {
    int tp = p + 4;
    int extLen = f.u16(tp);
    tp += 2;
    if (v > 1) out.append(", PCAP Extension(s) total length ").append(extLen);
    f.need(tp, extLen);
    while (extLen > 2) {
      int type = f.u8(tp++);
      int len = f.u8(tp++);
      if (type == 0 || len == 0) break;
      if (extLen < len + 2) {
        out.append(" [extension_length ").append(extLen).append(" < ").append(len + 2)
            .append(']');
        f.printInvalid();
        return false;
      }
      if (v > 1) {
        out.append("\n\t  ").append(tlvName(type)).append(" Extension TLV #").append(type)
            .append(", length ").append(len).append(", value ");
      }
      int value = tlvValue(tp, type, len);
      if (value != -1 && v > 1) {
        long u = value & 0xffffffffL;
        switch (type) {
          case 2 -> { } // the interface name: tcpdump prints nothing yet
          case 3, 7 -> out.append(JuniperNames.media(value)).append(" (").append(u).append(')');
          case 6, 8 -> out.append(JuniperNames.encapsulation(value)).append(" (").append(u)
              .append(')');
          default -> out.append(u);
        }
      }
      tp += len;
      extLen -= len + 2;
    }
    if (v > 1) out.append("\n\t-----original packet-----\n\t");
    return true;
  }

  /** {@return the cookie length of tcpdump's PIC table, -1 for a link type not in it} */
  private static int picCookieLength(int dlt) {
    return switch (dlt) {
      case DLT_JUNIPER_ATM1, DLT_JUNIPER_MFR -> 4;
      case DLT_JUNIPER_ATM2, DLT_JUNIPER_GGSN, DLT_JUNIPER_MONITOR, DLT_JUNIPER_SERVICES -> 8;
      case DLT_JUNIPER_MLPPP, DLT_JUNIPER_MLFR -> 2;
      case DLT_JUNIPER_PPPOE, DLT_JUNIPER_PPPOE_ATM, DLT_JUNIPER_ES -> 0;
      default -> -1;
    };
  }

  private static String picName(int dlt) {
    return switch (dlt) {
      case DLT_JUNIPER_ATM1 -> "ATM1";
      case DLT_JUNIPER_ATM2 -> "ATM2";
      case DLT_JUNIPER_MLPPP -> "MLPPP";
      case DLT_JUNIPER_MLFR -> "MLFR";
      case DLT_JUNIPER_MFR -> "MFR";
      case DLT_JUNIPER_PPPOE -> "PPPoE";
      case DLT_JUNIPER_PPPOE_ATM -> "PPPoE ATM";
      case DLT_JUNIPER_GGSN -> "GGSN";
      case DLT_JUNIPER_MONITOR -> "MONITOR";
      case DLT_JUNIPER_SERVICES -> "AS";
      default -> "ES";
    };
  }

  private void flags(int v) {
    int n = out.length();
    if ((v & 0x80) != 0) out.append("Ext");
    if ((v & 0x40) != 0) out.append(out.length() > n ? ", " : "").append("Filter");
    if ((v & 0x04) != 0) out.append(out.length() > n ? ", " : "").append("IIF");
    if ((v & 0x02) != 0) out.append(out.length() > n ? ", " : "").append("no-L2");
    if ((v & 0x01) != 0) out.append(out.length() > n ? ", " : "").append("In");
    if (out.length() == n) out.append("none");
  }

  /** TLVs below 128 are little-endian, the others big-endian; -1 for other lengths (and, as
   * tcpdump keeps it in an int, for a 4-byte all-ones value). */
  private int tlvValue(int p, int type, int len) {
    boolean le = type < 128;
    return switch (len) {
      case 1 -> f.u8(p);
      case 2 -> le ? f.u16le(p) : f.u16(p);
      case 3 -> le ? (f.u8(p) | f.u8(p + 1) << 8 | f.u8(p + 2) << 16) : f.u24(p);
      case 4 -> le ? f.i32le(p) : f.i32(p);
      default -> -1;
    };
  }

  private static String tlvName(int t) {
    return switch (t) {
      case 1 -> "Device Interface Index";
      case 2 -> "Device Interface Name";
      case 3 -> "Device Media Type";
      case 4 -> "Logical Interface Index";
      case 5 -> "Logical Unit Number";
      case 6 -> "Logical Interface Encapsulation";
      case 7 -> "TTP derived Device Media Type";
      case 8 -> "TTP derived Logical Interface Encapsulation";
      default -> "Unknown";
    };
  }
}
