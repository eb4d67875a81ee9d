package io.jdump.print;

/**
 * PGM (RFC 3208), IP protocol 113, and over UDP with {@code -T pgm} (EPGM), as tcpdump's
 * {@code pgm_print}: the header, with -v the message and its options; with {@code -T
 * pgm_zmtp1} the ODATA/RDATA payload as a ZMTP/1.0 datagram.
 */
final class PgmPrinter {
  private static final int AFNUM_INET = 1;
  private static final int AFNUM_INET6 = 2;

  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;
  /** Where the address just read by {@link #nla} ends. */
  private int after;

  PgmPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  void print(int bp, int length, int ip) {
    f.proto = "pgm";
    boolean v6 = (f.u8(ip) >> 4) == 6;
    if (!f.has(bp + 2, 2)) {
      if (v6) {
        f.need(ip + 8, 32);
        f.names.ip6(out, f.b, ip + 8);
        out.append(" > ");
        f.names.ip6(out, f.b, ip + 24);
      } else {
        f.ip4(ip + 12);
        out.append(" > ");
        f.ip4(ip + 16);
      }
      out.append(':');
      f.printTrunc();
      return;
    }
    int sport = f.u16(bp);
    int dport = f.u16(bp + 2);
    boolean direct = f.u8(v6 ? ip + 6 : ip + 9) == 113;
    if (direct) {
      if (v6) {
        f.need(ip + 8, 32);
        f.names.ip6(out, f.b, ip + 8);
      } else {
        f.ip4(ip + 12);
      }
      out.append('.');
      f.names.tcpPort(out, sport);
      out.append(" > ");
      if (v6) f.names.ip6(out, f.b, ip + 24);
      else f.ip4(ip + 16);
      out.append('.');
    } else {
      f.names.tcpPort(out, sport);
      out.append(" > ");
    }
    f.names.tcpPort(out, dport);
    out.append(": ");
    if (!f.has(bp, 16)) {
      f.printTrunc();
      return;
    }
    int pgmLength = f.u16(bp + 14);
    out.append("PGM, length ").append(pgmLength);
    if (f.opts.verbosity() == 0) return;
    int type = f.u8(bp + 4);
    out.append(" 0x");
    for (int i = 0; i < 6; i++) Text.hex2(out, f.u8(bp + 8 + i));
    out.append(' ');
    int h = bp + 16;
    int p = bp; // SPMR and unknown types read options from the header's start, as tcpdump
    switch (type) {
      case 0 -> { // SPM
        if (cut(h, 16)) return;
        int afi = f.u16(h + 12);
        if (!nlaPresent(afi, h + 16)) return;
        out.append("SPM seq ").append(f.u32(h)).append(" trail ").append(f.u32(h + 4))
            .append(" lead ").append(f.u32(h + 8)).append(" nla ");
        nla(afi, h + 16);
        p = after;
      }
      case 1 -> { // POLL
        if (cut(h, 12)) return;
        int afi = f.u16(h + 8);
        if (!nlaPresent(afi, h + 12)) return;
        int a = h + 12;
        int q = a + (afi == AFNUM_INET ? 4 : 16);
        long ivl = f.u32(q);
        long rnd = f.u32(q + 4);
        long mask = f.u32(q + 8);
        out.append("POLL seq ").append(f.u32(h)).append(" round ").append(f.u16(h + 4))
            .append(" nla ");
        nla(afi, a);
        out.append(" ivl ").append(ivl).append(" rnd 0x");
        Text.hex8(out, rnd);
        out.append(" mask 0x");
        Text.hex8(out, mask);
        p = q + 12;
      }
      case 2 -> { // POLR
        if (cut(h, 8)) return;
        out.append("POLR seq ").append(f.u32(h)).append(" round ").append(f.u16(h + 4));
        p = h + 8;
      }
      case 4, 5 -> { // ODATA, RDATA
        if (cut(h, 8)) return;
        out.append(type == 4 ? "ODATA" : "RDATA").append(" trail ").append(f.u32(h + 4))
            .append(" seq ").append(f.u32(h));
        p = h + 8;
      }
      case 8, 9, 10 -> { // NAK, NULLNAK, NCF
        if (cut(h, 8)) return;
        int safi = f.u16(h + 4);
        int src = h + 8;
        if (!nlaPresent(safi, src)) return;
        int g = src + (safi == AFNUM_INET ? 4 : 16) + 4;
        // tcpdump reads the group's AFI where its address starts, past the AFI and reserved
        int gafi = f.u16(g);
        if (!nlaPresent(gafi, g)) return;
        out.append(type == 8 ? "NAK " : type == 9 ? "NNAK " : "NCF ").append('(');
        nla(safi, src);
        out.append(" -> ");
        nla(gafi, g);
        out.append("), seq ").append(f.u32(h));
        p = g + (gafi == AFNUM_INET ? 4 : 16);
      }
      case 11 -> { // ACK
        if (cut(h, 8)) return;
        out.append("ACK seq ").append(f.u32(h));
        p = h + 8;
      }
      case 12 -> out.append("SPMR");
      default -> {
        out.append("UNKNOWN type 0x");
        Text.hex2(out, type);
      }
    }
    optionsEnd = p;
    if ((f.u8(bp + 5) & 0x01) != 0 && !options(p)) return;
    out.append(" [").append(length).append(']');
    if (f.opts.packetType() == PacketType.PGM_ZMTP1 && (type == 4 || type == 5)) {
      d.zmtp.datagram(optionsEnd, pgmLength);
    }
  }

  /** Where the options ended (tcpdump's cursor after them). */
  private int optionsEnd;

  /**
   * {@return true after printing " [|pgm]" when these bytes are cut}: tcpdump's ND_TCHECK
   * jumps to its trunc label and returns, so the -X dump starts past the link header, where
   * a cut field read by GET (f.u32 and the like) long-jumps and dumps the whole frame
   */
  private boolean cut(int p, int n) {
    if (f.has(p, n)) return false;
    f.printTrunc();
    return true;
  }

  /** {@return false after printing " [|pgm]" when the address family is unknown or cut} */
  private boolean nlaPresent(int afi, int a) {
    int n = afi == AFNUM_INET ? 4 : afi == AFNUM_INET6 ? 16 : -1;
    if (n < 0 || !f.has(a, n)) {
      f.printTrunc();
      return false;
    }
    return true;
  }

  private void nla(int afi, int a) {
    if (afi == AFNUM_INET) {
      Text.ip4(out, f.b, a);
      after = a + 4;
    } else {
      Text.ip6(out, f.b, a);
      after = a + 16;
    }
  }

  /** {@return false when tcpdump stops printing inside the options} */
  private boolean options(int bp) {
    optionsEnd = bp;
    if (!f.has(bp, 4)) {
      f.printTrunc();
      return false;
    }
    int type = f.u8(bp);
    if ((type & 0x7f) != 0) {
      out.append("[First option bad, should be PGM_OPT_LENGTH, is ").append(type & 0x7f)
          .append(']');
      return false;
    }
    int len = f.u8(bp + 1);
    if (len != 4) {
      out.append("[Bad OPT_LENGTH option, length ").append(len).append(" != 4]");
      return false;
    }
    long optsLen = f.u16(bp + 2);
    bp += 4;
    if (optsLen < 4) {
      out.append("[Bad total option length ").append(optsLen).append(" < 4]");
      return false;
    }
    out.append(" OPTS LEN ").append(optsLen);
    optsLen -= 4;
    while (optsLen != 0) {
      if (optsLen < 4) {
        out.append("[Total option length leaves no room for final option]");
        return false;
      }
      type = f.u8(bp);
      len = f.u8(bp + 1);
      bp += 2;
      if (len < 4) {
        out.append("[Bad option, length ").append(len).append(" < 4]");
        break;
      }
      if (optsLen < len) {
        out.append("[Total option length leaves no room for final option]");
        return false;
      }
      if (!f.has(bp, len - 2)) {
        f.printTrunc();
        return false;
      }
      switch (type & 0x7f) {
        case 0x00 -> {
          if (!fixed(len, 4, "OPT_LENGTH")) return false;
          out.append(" OPTS LEN (extra?) ").append(f.u16(bp));
          bp += 2;
          optsLen -= 4;
        }
        case 0x01 -> {
          if (!fixed(len, 16, "OPT_FRAGMENT")) return false;
          out.append(" FRAG seq ").append(f.u32(bp + 2)).append(" off ").append(f.u32(bp + 6))
              .append(" len ").append(f.u32(bp + 10));
          bp += 14;
          optsLen -= 16;
        }
        case 0x02 -> {
          bp += 2;
          int left = len - 4;
          out.append(" NAK LIST");
          while (left != 0) {
            if (left < 4) {
              out.append("[Option length not a multiple of 4]");
              return false;
            }
            out.append(' ').append(f.u32(bp));
            bp += 4;
            left -= 4;
            optsLen -= 4;
          }
        }
        case 0x03 -> {
          if (!fixed(len, 8, "OPT_JOIN")) return false;
          out.append(" JOIN ").append(f.u32(bp + 2));
          bp += 6;
          optsLen -= 8;
        }
        case 0x04 -> {
          if (!fixed(len, 12, "OPT_NAK_BO_IVL")) return false;
          out.append(" BACKOFF ivl ").append(f.u32(bp + 2)).append(" ivlseq ")
              .append(f.u32(bp + 6));
          bp += 10;
          optsLen -= 12;
        }
        case 0x05 -> {
          if (!fixed(len, 12, "OPT_NAK_BO_RNG")) return false;
          out.append(" BACKOFF max ").append(f.u32(bp + 2)).append(" min ")
              .append(f.u32(bp + 6));
          bp += 10;
          optsLen -= 12;
        }
        case 0x07 -> {
          if (len < 8) {
            out.append("[Bad OPT_REDIRECT option, length ").append(len).append(" < 8]");
            return false;
          }
          int afi = f.u16(bp + 2);
          bp += 6;
          int n = afiBytes(afi);
          if (n < 0) {
            f.printTrunc();
            return false;
          }
          if (len != 8 + n) {
            out.append("[Bad OPT_REDIRECT option, length ").append(len)
                .append(" != 8 + address size]");
            return false;
          }
          if (cut(bp, n)) return false;
          out.append(" REDIRECT ");
          nla(afi, bp);
          bp += n;
          optsLen -= 8 + n;
        }
        case 0x08 -> {
          if (!fixed(len, 8, "OPT_PARITY_PRM")) return false;
          out.append(" PARITY MAXTGS ").append(f.u32(bp + 2));
          bp += 6;
          optsLen -= 8;
        }
        case 0x09 -> {
          if (!fixed(len, 8, "OPT_PARITY_GRP")) return false;
          out.append(" PARITY GROUP ").append(f.u32(bp + 2));
          bp += 6;
          optsLen -= 8;
        }
        case 0x0a -> {
          if (!fixed(len, 8, "OPT_CURR_TGSIZE")) return false;
          out.append(" PARITY ATGS ").append(f.u32(bp + 2));
          bp += 6;
          optsLen -= 8;
        }
        case 0x0b, 0x0d, 0x0e, 0x0f, 0x11 -> {
          String name = switch (type & 0x7f) {
            case 0x0b -> "NBR_UNREACH";
            case 0x0d -> "SYN";
            case 0x0e -> "FIN";
            case 0x0f -> "RST";
            default -> "CRQST";
          };
          if (!fixed(len, 4, "OPT_" + name)) return false;
          out.append(' ').append(name);
          bp += 2;
          optsLen -= 4;
        }
        case 0x0c -> {
          // tcpdump skips the whole length past the type and length bytes: 2 too many
          out.append(" PATH_NLA [").append(len).append(']');
          bp += len;
          optsLen -= len;
        }
        case 0x10 -> {
          out.append(" CR");
          bp += len;
          optsLen -= len;
        }
        case 0x12, 0x13 -> {
          boolean data = (type & 0x7f) == 0x12;
          if (len < 12) {
            out.append(data ? "[Bad OPT_PGMCC_DATA option, length "
                : "[Bad PGM_OPT_PGMCC_FEEDBACK option, length ").append(len).append(" < 12]");
            return false;
          }
          long offset = f.u32(bp + 2);
          int afi = f.u16(bp + 6);
          bp += 10;
          int n = afiBytes(afi);
          if (n < 0) {
            f.printTrunc();
            return false;
          }
          if (len != 12 + n) {
            out.append(data ? "[Bad OPT_PGMCC_DATA option, length "
                : "[Bad OPT_PGMCC_FEEDBACK option, length ").append(len)
                .append(" != 12 + address size]");
            return false;
          }
          if (cut(bp, n)) return false;
          out.append(data ? " PGMCC DATA " : " PGMCC FEEDBACK ").append(offset).append(' ');
          nla(afi, bp);
          bp += n;
          optsLen -= 12 + n;
        }
        default -> {
          out.append(" OPT_").append(Character.toUpperCase(Character.forDigit(type >> 4, 16)))
              .append(Character.toUpperCase(Character.forDigit(type & 0xf, 16)));
          out.append(" [").append(len).append("] ");
          bp += len;
          optsLen -= len;
        }
      }
      if ((type & 0x80) != 0) break;
    }
    optionsEnd = bp;
    return true;
  }

  private static int afiBytes(int afi) {
    return afi == AFNUM_INET ? 4 : afi == AFNUM_INET6 ? 16 : -1;
  }

  private boolean fixed(int len, int want, String name) {
    if (len == want) return true;
    out.append("[Bad ").append(name).append(" option, length ").append(len).append(" != ")
        .append(want).append(']');
    return false;
  }
}
