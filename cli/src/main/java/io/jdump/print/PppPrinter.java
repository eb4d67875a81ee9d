package io.jdump.print;

/**
 * PPP as tcpdump's {@code ppp_print} and {@code handle_ppp}: the address/control and protocol
 * fields, then IP, IPv6, MPLS, or the control protocols (LCP, IPCP, IP6CP, CCP, BACP with their
 * options at {@code -v}), PAP, CHAP and multilink headers. Used by the PPP link types and by
 * PPPoE sessions.
 */
final class PppPrinter {
  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;
  private final PppOptions options;

  PppPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
    this.options = new PppOptions(f);
  }

  /** tcpdump's {@code ppp_print}. {@return the header length it consumed, 0 when cut} */
  int print(int p, int length) {
    f.proto = "ppp";
    int olen = length;
    int hdr = 0;
    if (length < 2) {
      f.printTrunc();
      return 0;
    }
    int first = f.u16(p);
    if (first == 0xff03 || first == 0x0003 || first == 0x0103) {
      if (f.opts.linkHeader() && first == 0x0003) out.append("In  ");
      if (f.opts.linkHeader() && first == 0x0103) out.append("Out ");
      p += 2;
      length -= 2;
      hdr += 2;
    }
    if (length < 2) {
      f.printTrunc();
      return 0;
    }
    int proto;
    if ((f.u8(p) & 1) != 0) {
      proto = f.u8(p);
      p++;
      length--;
      hdr++;
    } else {
      proto = f.u16(p);
      p += 2;
      length -= 2;
      hdr += 2;
    }
    if (f.opts.linkHeader()) {
      String name = PppNames.protocol(proto);
      out.append(name == null ? "unknown" : name).append(" (0x");
      Text.hex4(out, proto);
      out.append("), length ").append(olen);
      if (name == null) return hdr;
      out.append(": ");
    }
    handle(proto, p, length);
    return hdr;
  }

  /** tcpdump's {@code handle_ppp}: what follows the protocol field. */
  void handle(int proto, int p, int length) {
    if ((proto & 0xff00) == 0x7e00) {
      hdlc(p - 1, length);
      return;
    }
    switch (proto) {
      case PppNames.LCP, PppNames.IPCP, 0x8023, 0x8281, PppNames.IPV6CP, PppNames.CCP,
          PppNames.BACP -> control(proto, p, length);
      case 0x003d -> multilink(p, length);
      case PppNames.CHAP -> chap(p, length);
      case PppNames.PAP -> pap(p, length);
      case 0xc02d -> { } // BAP: tcpdump prints nothing yet
      case 0x0800, 0x002f, PppNames.IP -> d.ip4.print(p, length);
      case 0x86dd, PppNames.IPV6 -> d.ip6.print(p, length);
      case 0x8137, 0x002b -> d.ipx.print(p);
      case 0x0281, 0x0283 -> d.mpls.print(p, length);
      case 0x0023 -> d.osi.print(p, length);
      case 0x00fd -> out.append("compressed PPP data");
      default -> {
        String name = PppNames.protocol(proto);
        if (name != null) {
          out.append(name);
        } else {
          out.append("unknown PPP protocol (0x");
          Text.hex4(out, proto);
          out.append(')');
        }
        out.append(' ');
        f.unknownData(p, "\n\t", length);
      }
    }
  }

  /** Unescaped bytes of an HDLC-framed frame; grown when a longer one comes, never shrunk. */
  private byte[] unescaped = new byte[2048];

  /**
   * tcpdump's {@code ppp_hdlc}: RFC 1662 octet escapes (0x7d, then the byte xor 0x20) undone over
   * what was captured from p, and the result printed as PPP with a guessed protocol field.
   */
  private void hdlc(int p, int length) {
    int caplen = f.end - p;
    if (caplen <= 0 || length == 0) return;
    if (unescaped.length < caplen) unescaped = new byte[caplen];
    int n = 0;
    for (int s = p, i = caplen; i != 0; i--) {
      int c = f.b[s++] & 0xff;
      if (c == 0x7d) {
        if (i <= 1) break;
        i--;
        c = (f.b[s++] & 0xff) ^ 0x20;
      }
      unescaped[n++] = (byte) c;
    }
    byte[] savedB = f.b;
    int savedStart = f.start;
    int savedEnd = f.end;
    f.b = unescaped;
    f.start = 0;
    f.end = n;
    try {
      guess(n);
    } finally {
      f.b = savedB;
      f.start = savedStart;
      f.end = savedEnd;
    }
  }

  /** The protocol field of an unescaped frame: one octet (IP, IPv6), ff 03 and two, or two. */
  private void guess(int length) {
    if (length < 1) {
      f.printTrunc();
      return;
    }
    int proto = f.u8(0);
    if (proto == 0x21) {
      d.ip4.print(1, length - 1);
      return;
    }
    if (proto == 0x57) {
      d.ip6.print(1, length - 1);
      return;
    }
    if (length < 2) {
      f.printTrunc();
      return;
    }
    proto = f.u16(0);
    int at = 2;
    if (proto == 0xff03) {
      if (length < 4) {
        f.printTrunc();
        return;
      }
      proto = f.u16(2);
      at = 4;
    }
    if ((proto & 0xff00) == 0x7e00) {
      out.append("(protocol 0x");
      Text.hex4(out, proto);
      out.append(" invalid)");
    } else {
      handle(proto, at, length - at);
    }
  }

  /** tcpdump's {@code handle_ctrl_proto}: LCP, IPCP and the other control protocols. */
  private void control(int proto, int p, int length) {
    String typestr = PppNames.protocol(proto);
    out.append(typestr).append(", ");
    if (length < 4 || !f.has(p, 2)) {
      out.append("[|").append(typestr).append(']');
      return;
    }
    int code = f.u8(p);
    String cn = PppNames.code(code);
    out.append(cn == null ? "Unknown Opcode" : cn).append(" (0x");
    Text.hex2(out, code);
    out.append("), id ").append(f.u8(p + 1)).append(", length ").append(length + 2);
    if (f.opts.verbosity() == 0) return;
    int len = f.u16(p + 2);
    int t = p + 4;
    if (len < 4) {
      out.append("\n\tencoded length ").append(len).append(" (< 4))");
      return;
    }
    if (len > length) {
      out.append("\n\tencoded length ").append(len).append(" (> packet length ").append(length)
          .append("))");
      return;
    }
    length = len;
    out.append("\n\tencoded length ").append(len).append(" (=Option(s) length ").append(len - 4)
        .append(')');
    if (length == 4) return;
    if (f.opts.verbosity() > 1) f.unknownData(p - 2, "\n\t", 6);
    switch (code) {
      case 0 -> {
        if (length < 11) break;
        magic(t);
        int oui = f.u24(t + 4);
        out.append(" Vendor: ").append(Names.oui(oui)).append(" (").append(oui).append(')');
      }
      case 1, 2, 3, 4 -> {
        int tlen = len - 4;
        do {
          int advance = switch (proto) {
            case PppNames.LCP -> options.lcp(t, len);
            case PppNames.IPCP -> options.ipcp(t, len);
            case PppNames.IPV6CP -> options.ip6cp(t, len);
            case PppNames.CCP -> options.ccp(t, len);
            case PppNames.BACP -> options.bacp(t, len);
            default -> 0;
          };
          if (advance == 0) break;
          if (tlen < advance) {
            out.append(" [remaining options length ").append(tlen).append(" < ").append(advance)
                .append(']');
            f.printInvalid();
            break;
          }
          tlen -= advance;
          t += advance;
        } while (tlen != 0);
      }
      case 5, 6, 7 -> { }
      case 8 -> {
        if (length < 6) break;
        int rejected = f.u16(t);
        String rn = PppNames.protocol(rejected);
        out.append("\n\t  Rejected ").append(rn == null ? "unknown" : rn).append(" Protocol (0x");
        Text.hex4(out, rejected);
        out.append(')');
        if (len > 6) {
          out.append("\n\t  Rejected Packet");
          f.unknownData(t + 2, "\n\t    ", len - 2);
        }
      }
      case 9, 10, 11 -> {
        if (length < 8) break;
        magic(t);
        if (len > 8) {
          out.append("\n\t  -----trailing data-----");
          if (!f.has(t + 4, len - 8)) {
            out.append("[|").append(typestr).append(']');
            return;
          }
          f.unknownData(t + 4, "\n\t  ", len - 8);
        }
      }
      case 12 -> {
        if (length < 8) break;
        magic(t);
        if (len > 8) {
          out.append("\n\t  Message\n\t    ");
          int n = len - 4;
          for (int i = 0; i < n; i++) {
            if (!f.has(t + 4 + i, 1)) {
              out.append("[|").append(typestr).append(']');
              return;
            }
            Text.printChar(out, f.u8(t + 4 + i));
          }
        }
      }
      case 13 -> {
        if (length < 12) break;
        magic(t);
        long secs = f.u32(t + 4);
        out.append(", Seconds-Remaining ").append(secs).append('s');
      }
      default -> {
        if (f.opts.verbosity() <= 1) f.unknownData(p - 2, "\n\t  ", length + 2);
      }
    }
  }

  private void magic(int t) {
    long m = f.u32(t);
    out.append("\n\t  Magic-Num 0x");
    Text.hex8(out, m);
  }

  private void multilink(int p, int length) {
    if (!f.opts.linkHeader()) out.append("MLPPP, ");
    if (length < 2 || !f.has(p, 2)) {
      out.append("[|mlppp]");
      return;
    }
    int v = f.u16(p);
    out.append("seq 0x");
    String h = Integer.toHexString(v & 0xfff);
    for (int i = h.length(); i < 3; i++) out.append('0');
    out.append(h).append(", Flags [");
    int fl = f.u8(p) & 0xc0;
    if (fl == 0) out.append("none");
    else if (fl == 0xc0) out.append("begin, end");
    else out.append(fl == 0x80 ? "begin" : "end");
    out.append("], length ").append(length);
  }

  private static final String[] CHAP_CODES = {"Challenge", "Response", "Success", "Fail"};
  private static final String[] PAP_CODES = {"Auth-Req", "Auth-ACK", "Auth-NACK"};

  /** PAP's and CHAP's code and id; {@return the code, or -1 after tcpdump's cut marker} */
  private int authHeader(String name, String marker, String[] codes, int p, int length) {
    if (length < 1) {
      out.append("[|").append(marker).append(']');
      return -1;
    }
    if (length < 4) {
      int code = f.u8(p); // read before the marker, as tcpdump's GET: a cut prints neither
      out.append("[|").append(marker).append(" 0x");
      Text.hex2(out, code);
      out.append(']');
      return -1;
    }
    int code = f.u8(p);
    out.append(name).append(", ").append(code >= 1 && code <= codes.length ? codes[code - 1]
        : "unknown").append(" (0x");
    Text.hex2(out, code);
    out.append(')');
    int id = f.u8(p + 1);
    out.append(", id ").append(id);
    return code;
  }

  private void chap(int p, int length) {
    int p0 = p;
    int code = authHeader("CHAP", "chap", CHAP_CODES, p, length);
    if (code < 0) return;
    int len = f.u16(p + 2);
    p += 4;
    switch (code) {
      case 1, 2 -> {
        if (length - (p - p0) < 1) return;
        int vs = f.u8(p++);
        if (length - (p - p0) < vs) return;
        out.append(", Value ");
        for (int i = 0; i < vs; i++) Text.hex2(out, f.u8(p++));
        out.append(", Name ");
        chars(p, (len - (p - p0)) & 0xffffffffL);
      }
      case 3, 4 -> {
        out.append(", Msg ");
        chars(p, (len - (p - p0)) & 0xffffffffL);
      }
      default -> { }
    }
  }

  /** fn_print_char over n bytes; a read past the capture ends the packet, as GET_U_1. */
  private void chars(int p, long n) {
    for (long i = 0; i < n; i++) Text.printChar(out, f.u8(p + (int) i));
  }

  private void pap(int p, int length) {
    int p0 = p;
    int code = authHeader("PAP", "pap", PAP_CODES, p, length);
    if (code < 0) return;
    int len = f.u16(p + 2);
    p += 4;
    if (len > length) {
      out.append(", length ").append(len).append(" > packet size");
      return;
    }
    length = len;
    if (length < 4) {
      out.append(", length ").append(length).append(" < PAP header length");
      return;
    }
    switch (code) {
      case 1 -> {
        if (len < 6) {
          out.append("[|pap]");
          return;
        }
        if (length - (p - p0) < 1) return;
        int peer = f.u8(p++);
        if (length - (p - p0) < peer) return;
        out.append(", Peer ");
        chars(p, peer);
        p += peer;
        if (length - (p - p0) < 1) return;
        int pw = f.u8(p++);
        if (length - (p - p0) < pw) return;
        out.append(", Name ");
        chars(p, pw);
      }
      case 2, 3 -> {
        if (len < 5) {
          out.append("[|pap]");
          return;
        }
        if (length - (p - p0) < 1) return;
        int ml = f.u8(p++);
        if (length - (p - p0) < ml) return;
        out.append(", Msg ");
        chars(p, ml);
      }
      default -> { }
    }
  }
}
