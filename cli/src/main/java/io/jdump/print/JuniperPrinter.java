package io.jdump.print;

/**
 * Juniper's capture header ("MGC", flags, optional extension TLVs, a PIC cookie) as tcpdump's
 * {@code juniper_parse_header}, and what six of its link types carry: Ethernet (178), PPP
 * (179), Frame Relay (180), Cisco HDLC (181), the ATM1 PIC (137: OAM cells, LLC, Cisco NLPID
 * or bare IP) and the ES PIC (132: IPsec).
 */
final class JuniperPrinter {
  static final int DLT_JUNIPER_ES = 132;
  static final int DLT_JUNIPER_ATM1 = 137;
  static final int DLT_JUNIPER_ETHER = 178;
  static final int DLT_JUNIPER_PPP = 179;
  static final int DLT_JUNIPER_FRELAY = 180;
  static final int DLT_JUNIPER_CHDLC = 181;

  private static final int FLAG_IN = 0x01;
  private static final int FLAG_NO_L2 = 0x02;
  private static final int FLAG_EXT = 0x80;

  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;

  /** tcpdump's l2info, filled by {@link #header}: reused, never allocated per packet. */
  private int length;
  private int caplen;
  private int headerLen;
  private int cookieLen;
  private int cookie0;
  private int proto;

  JuniperPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  /** tcpdump's {@code juniper_ether_if_print}. */
  void ether(int p, int wirelen) {
    f.proto = "juniper_ether";
    if (!header(p, wirelen, DLT_JUNIPER_ETHER)) {
      f.linkHeaderLength = headerLen;
      return;
    }
    int n = d.link.ethernet(p + headerLen, length, caplen);
    f.linkHeaderLength = headerLen + n;
  }

  /** tcpdump's juniper_ppp, juniper_frelay and juniper_chdlc printers: the bare frame inside. */
  void framed(int p, int wirelen, int dlt) {
    f.proto = switch (dlt) {
      case DLT_JUNIPER_PPP -> "juniper_ppp";
      case DLT_JUNIPER_FRELAY -> "juniper_frelay";
      default -> "juniper_chdlc";
    };
    if (!header(p, wirelen, dlt)) {
      f.linkHeaderLength = headerLen;
      return;
    }
    p += headerLen;
    switch (dlt) {
      case DLT_JUNIPER_PPP -> d.ppp.print(p, length);
      case DLT_JUNIPER_FRELAY -> d.fr.print(p, length);
      default -> d.chdlc.print(p, length);
    }
    f.linkHeaderLength = headerLen;
  }

  /** tcpdump's {@code juniper_atm1_if_print}. */
  void atm1(int p, int wirelen) {
    f.proto = "juniper_atm1";
    if (!header(p, wirelen, DLT_JUNIPER_ATM1)) {
      f.linkHeaderLength = headerLen;
      return;
    }
    p += headerLen;
    if (cookie0 == 0x80) { // an OAM cell
      d.atm.oam(p, length, AtmPrinter.OAM_NOHEC);
    } else if ((f.u24(p) == 0xfefe03 || f.u24(p) == 0xaaaa03)
        && d.llc.print(p, length, caplen, -1, -1) > 0) {
      // LLC printed it
    } else if (f.u8(p) == 0x03) { // Cisco-style NLPID
      d.osi.print(p + 1, length - 1);
    } else {
      ipGuess(p, length); // VC multiplexed: bare IP, if anything
    }
    f.linkHeaderLength = headerLen;
  }

  /** tcpdump's {@code juniper_es_if_print}: the IPsec header the ES PIC adds, then IP. */
  void es(int p, int wirelen) {
    f.proto = "juniper_es";
    if (!header(p, wirelen, DLT_JUNIPER_ES)) {
      f.linkHeaderLength = headerLen;
      return;
    }
    p += headerLen;
    f.need(p, 16);
    int type = f.u8(p + 3);
    int rewrite;
    boolean bundle;
    switch (type) {
      case 1, 2 -> {
        rewrite = 0;
        bundle = true;
      }
      case 3, 4, 5 -> {
        rewrite = 16;
        bundle = false;
      }
      default -> {
        out.append("ES Invalid type ").append(type).append(", length ").append(length);
        f.linkHeaderLength = headerLen;
        return;
      }
    }
    length -= rewrite;
    if (f.opts.linkHeader()) {
      out.append("ES SA, index ").append(f.u16(p)).append(", ttl ").append(f.u8(p + 2))
          .append(" type ").append(ipsecType(type)).append(" (").append(type).append("), ");
      if (!bundle) {
        out.append("spi ").append(f.u32(p + 4)).append(", Tunnel ");
        f.ip4(p + 8);
        out.append(" > ");
        f.ip4(p + 12);
        out.append(", ");
      }
      out.append("length ").append(length).append('\n');
    }
    d.ip4.print(p + rewrite, length);
    f.linkHeaderLength = headerLen;
  }

  private static String ipsecType(int t) {
    return switch (t) {
      case 1 -> "ESP ENCR-AUTH";
      case 2 -> "ESP ENCR-AH AUTH";
      case 3 -> "ESP AUTH";
      case 4 -> "AH AUTH";
      case 5 -> "ESP ENCR";
      default -> "Unknown";
    };
  }

  /** tcpdump's {@code ip_heuristic_guess}: {@return whether an IP version nibble was found} */
  private boolean ipGuess(int p, int len) {
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

  /**
   * tcpdump's {@code juniper_parse_header}; {@return false when the caller stops (headerLen
   * then says how far -x skips)}.
   */
  private boolean header(int p, int wirelen, int pictype) {
    headerLen = 0;
    cookieLen = 0;
    cookie0 = 0;
    proto = 0;
    length = wirelen;
    caplen = f.end - p;
    int flags = f.u8(p + 3);
    boolean e = f.opts.linkHeader();
    int v = f.opts.verbosity();
    if (f.u24(p) != 0x4d4743) {
      out.append("no magic-number found!");
      return false;
    }
    if (e) out.append((flags & FLAG_IN) != 0 ? " In " : "Out ");
    int jnx = 4;
    if (v > 1) {
      out.append("\n\tJuniper PCAP Flags [");
      flags(flags);
      out.append(']');
    }
    if ((flags & FLAG_EXT) != 0) {
      int tp = p + jnx;
      int extLen = f.u16(tp);
      jnx += 2;
      tp += 2;
      jnx += extLen;
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
    }
    if ((flags & FLAG_NO_L2) != 0) {
      if (e) out.append("no-L2-hdr, ");
      f.need(p + jnx + 4, 1);
      if (!ipGuess(p + jnx + 4, length - (jnx + 4))) out.append("no IP-hdr found!");
      headerLen = jnx + 4;
      return false;
    }
    headerLen = jnx;
    p += jnx;
    length -= jnx;
    caplen -= jnx;
    int picCookie = switch (pictype) {
      case DLT_JUNIPER_ATM1 -> 4;
      case DLT_JUNIPER_ES -> 0;
      default -> -1; // no PIC entry: no cookie
    };
    if (picCookie >= 0) {
      cookieLen = picCookie;
      switch (f.u8(p)) {
        case 0x54 -> cookieLen += 2; // link services
        case 0x47 -> cookieLen = 8; // adaptive services
        default -> { }
      }
      headerLen += cookieLen;
      length -= cookieLen;
      caplen -= cookieLen;
      if (e) {
        out.append(pictype == DLT_JUNIPER_ATM1 ? "ATM1" : "ES").append("-PIC, cookie-len ")
            .append(cookieLen);
      }
      if (cookieLen > 8) {
        f.printInvalid();
        return false;
      }
      if (cookieLen > 0) {
        f.need(p, cookieLen);
        if (e) out.append(", cookie 0x");
        for (int i = 0; i < cookieLen; i++) {
          if (e) Text.hex2(out, f.u8(p + i));
        }
        cookie0 = f.u8(p);
      }
      if (e) out.append(": ");
      proto = f.u16(p + cookieLen);
    }
    if (e) {
      out.append("hlen ").append(headerLen).append(", proto 0x");
      Text.hex4(out, proto);
      out.append(", ");
    }
    return true;
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
