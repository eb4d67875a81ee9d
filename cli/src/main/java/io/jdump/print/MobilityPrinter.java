package io.jdump.print;

/**
 * The IPv6 mobility header (RFC 6275, IP protocol 135), as tcpdump's {@code mobility_print}:
 * the message type and its fields, and with {@code -v} the cookies, tokens and mobility options.
 */
final class MobilityPrinter {
  /** The header length each known type needs at least (binding refresh request to error). */
  private static final int[] MIN_LENGTH = {8, 16, 16, 24, 24, 12, 12, 24};

  private final Frame f;
  private final StringBuilder out;

  MobilityPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int bp) {
    f.proto = "mobility";
    if (!f.has(bp + 1, 1)) {
      f.printTrunc();
      return;
    }
    int mhlen = (f.u8(bp + 1) + 1) << 3;
    int type = f.u8(bp + 2);
    if (type < MIN_LENGTH.length && mhlen < MIN_LENGTH[type]) {
      out.append("(header length ").append(mhlen).append(" is too small for type ").append(type)
          .append(')');
      f.printTrunc();
      return;
    }
    out.append("mobility: ");
    String name = switch (type) {
      case 0 -> "BRR";
      case 1 -> "HoTI";
      case 2 -> "CoTI";
      case 3 -> "HoT";
      case 4 -> "CoT";
      case 5 -> "BU";
      case 6 -> "BA";
      case 7 -> "BE";
      default -> null;
    };
    if (name == null) out.append("type-#").append(type);
    else out.append(name);
    boolean v = f.opts.verbosity() > 0;
    int hlen = 8;
    switch (type) {
      case 0 -> { }
      case 1, 2 -> {
        if (v) cookie(type == 1 ? " Home" : " Care-of", " Init Cookie=", bp + hlen);
        hlen += 8;
      }
      case 3, 4 -> {
        int nonce = f.u16(bp + 6); // read before its label: a cut prints neither, as tcpdump
        out.append(" nonce id=0x");
        Text.hex(out, nonce);
        String who = type == 3 ? " Home" : " Care-of";
        if (v) cookie(who, " Init Cookie=", bp + hlen);
        hlen += 8;
        if (v) cookie(who, " Keygen Token=", bp + hlen);
        hlen += 8;
      }
      case 5 -> {
        int seq = f.u16(bp + 6); // read before its label
        out.append(" seq#=").append(seq);
        if (!f.has(bp + hlen, 2)) { // print-mobility.c's ND_TCHECK: a cut ends this header only
          f.printTrunc();
          return;
        }
        int bits = f.u8(bp + hlen);
        if ((bits & 0xf0) != 0) {
          out.append(' ');
          if ((bits & 0x80) != 0) out.append('A');
          if ((bits & 0x40) != 0) out.append('H');
          if ((bits & 0x20) != 0) out.append('L');
          if ((bits & 0x10) != 0) out.append('K');
        }
        hlen += 2;
        int lifetime = f.u16(bp + hlen) << 2; // read before its label, as tcpdump's GET
        out.append(" lifetime=").append(lifetime);
        hlen += 2;
      }
      case 6 -> {
        int status = f.u8(bp + 6); // read before its label
        out.append(" status=").append(status);
        if ((f.u8(bp + 7) & 0x80) != 0) out.append(" K");
        int seq = f.u16(bp + hlen); // read before its label, as tcpdump's GET
        out.append(" seq#=").append(seq);
        hlen += 2;
        int lifetime = f.u16(bp + hlen) << 2; // read before its label, as tcpdump's GET
        out.append(" lifetime=").append(lifetime);
        hlen += 2;
      }
      case 7 -> {
        int status = f.u8(bp + 6); // read before its label
        out.append(" status=").append(status);
        f.need(bp + hlen, 16);
        out.append(" homeaddr ");
        f.names.ip6(out, f.b, bp + hlen);
        hlen += 16;
      }
      default -> {
        out.append(" len=").append(f.u8(bp + 1));
        return;
      }
    }
    if (v && !options(bp + hlen, mhlen - hlen)) f.printTrunc();
  }

  private void cookie(String who, String what, int p) {
    f.need(p + 4, 4);
    out.append(who).append(what);
    Text.hex8(out, f.u32(p));
    out.append(':');
    Text.hex8(out, f.u32(p + 4));
  }

  /**
   * RFC 6275's mobility options; {@return false when they run past len or the capture} as
   * tcpdump's bounds checks say, while a type or length byte past the capture throws (tcpdump's
   * GET macros long-jump: its -X dump then starts at the frame's first byte).
   */
  private boolean options(int bp, int len) {
    int optlen;
    for (int i = 0; i < len; i += optlen) {
      int t = f.u8(bp + i);
      if (t == 0) {
        optlen = 1;
      } else if (i + 1 < len) {
        optlen = f.u8(bp + i + 1) + 2;
      } else {
        return false;
      }
      if (i + optlen > len || !f.has(bp + i + optlen, 1)) return false;
      int rest = len - i;
      switch (t) {
        case 0 -> out.append("(pad1)");
        case 1 -> {
          if (rest < 2) return tooShort("padn");
          out.append("(padn)");
        }
        case 2 -> {
          if (rest < 4) return tooShort("refresh");
          int refresh = f.u16(bp + i + 2) << 2;
          out.append("(refresh: ").append(refresh).append(')');
        }
        case 3 -> {
          if (rest < 18) return tooShort("altcoa");
          f.need(bp + i + 2, 16);
          out.append("(alt-CoA: ");
          f.names.ip6(out, f.b, bp + i + 2);
          out.append(')');
        }
        case 4 -> {
          if (rest < 6) return tooShort("ni");
          int ho = f.u16(bp + i + 2);
          int co = f.u16(bp + i + 4);
          out.append("(ni: ho=0x");
          Text.hex4(out, ho);
          out.append(" co=0x");
          Text.hex4(out, co);
          out.append(')');
        }
        case 5 -> {
          if (rest < 12) return tooShort("auth");
          out.append("(auth)");
        }
        default -> {
          if (rest < 2) {
            out.append("(sopt_type ").append(t).append(": trunc)");
            return false;
          }
          out.append("(type-0x");
          Text.hex2(out, t);
          out.append(": len=").append(f.u8(bp + i + 1)).append(')');
        }
      }
    }
    return true;
  }

  private boolean tooShort(String what) {
    out.append('(').append(what).append(": trunc)");
    return false;
  }
}
