package io.jdump.print;

import java.util.Arrays;

/**
 * OSPFv3 (IP protocol 89 over IPv6), as tcpdump's {@code ospf6_print}: the packet type and
 * length, and with {@code -v} the router and area, hello and database description bodies, with
 * {@code -vv} the LS requests, acknowledgements and every LSA of an update, then the link-local
 * signalling block and the authentication trailer.
 *
 * <p>tcpdump's bounds checks here ({@code goto trunc}) print {@code [|ospf3]} and return, so
 * {@code -x} still skips the link header; a {@link Truncated} throw stands for its GET macros'
 * long jump.
 */
final class Ospf6Printer {
  private static final int HEADER = 16;
  private static final int LSA_HEADER = 20;

  private final Frame f;
  private final StringBuilder out;
  private final OspfLsa v2;
  /** A prefix padded with zeros, as tcpdump copies it to a local buffer. */
  private final byte[] prefix = new byte[16];

  Ospf6Printer(Frame f) {
    this.f = f;
    this.out = f.out;
    this.v2 = new OspfLsa(f);
  }

  private static String typeName(int t) {
    return switch (t) {
      case 1 -> "Hello";
      case 2 -> "Database Description";
      case 3 -> "LS-Request";
      case 4 -> "LS-Update";
      case 5 -> "LS-Ack";
      default -> null;
    };
  }

  private static String lsaName(int t) {
    return switch (t) {
      case 1 -> "Router";
      case 2 -> "Network";
      case 3 -> "Inter-Area Prefix";
      case 4 -> "Inter-Area Router";
      case 5 -> "External";
      case 6 -> "Deprecated";
      case 7 -> "NSSA";
      case 8 -> "Link";
      case 9 -> "Intra-Area Prefix";
      case 10 -> "Intra-Area TE";
      case 11 -> "Grace";
      case 12 -> "Router Information";
      case 13 -> "Inter-AS-TE";
      case 14 -> "Layer 1 VPN";
      default -> "Unknown";
    };
  }

  private static final int[] OPTION_BITS = {0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x100, 0x200, 0x400};
  private static final String[] OPTION_NAMES = {"V6", "External", "Deprecated", "NSSA", "Router",
      "Demand Circuit", "AFs Support", "LLS", "Authentication Trailer"};
  private static final int[] RLA_BITS = {0x01, 0x02, 0x04, 0x08, 0x10};
  private static final String[] RLA_NAMES = {"ABR", "External", "Virtual-Link Endpoint",
      "Deprecated", "NSSA Translator"};
  private static final int[] DD_BITS = {0x04, 0x02, 0x01, 0x10};
  private static final String[] DD_NAMES = {"Init", "More", "Master", "IPv6 MTU"};
  private static final int[] PREFIX_BITS = {0x01, 0x02, 0x04, 0x08, 0x10, 0x20};
  private static final String[] PREFIX_NAMES = {"No Unicast", "Local address", "Deprecated",
      "Propagate", "Down", "N-bit"};
  private static final int[] ASLA_BITS = {0x80000000, 0x02000000, 0x01000000};
  private static final String[] ASLA_NAMES = {"External Type 2", "Forwarding", "Tag"};

  /** tcpdump's {@code bittok2str} with its ", " separator and "none". */
  private void bits(long v, int[] values, String[] names) {
    int start = out.length();
    for (int i = 0; i < values.length; i++) {
      long b = values[i] & 0xffffffffL;
      if ((v & b) == b) OspfPrinter.sep(out, start).append(names[i]);
    }
    if (out.length() == start) out.append("none");
  }


  private boolean trunc() {
    f.printTrunc();
    return false;
  }

  void print(int bp, int length) {
    f.proto = "ospf3";
    int type = f.u8(bp + 1);
    String name = typeName(type);
    out.append("OSPFv").append(f.u8(bp)).append(", ");
    if (name == null) {
      out.append("unknown packet type (").append(type).append("), length ").append(length);
      return;
    }
    out.append(name).append(", length ").append(length);
    if (f.opts.verbosity() == 0) return;
    int datalen = f.u16(bp + 2);
    if (datalen > length) {
      out.append(" [len ").append(datalen).append(']');
      return;
    }
    int dataend = bp + datalen;
    OspfPrinter.routerArea(f, out, bp);
    if (f.u8(bp + 14) != 0) out.append(", Instance ").append(f.u8(bp + 14));
    if (f.u8(bp) != 3) return;
    if (!v3(bp, type, dataend) || !trailer(bp, type, dataend, length - datalen)) trunc();
  }

  /** {@return false when tcpdump's decoder reports truncation} */
  private boolean v3(int op, int type, int dataend) {
    int p = op + HEADER;
    boolean vv = f.opts.verbosity() > 1;
    switch (type) {
      case 1 -> {
        long options = f.u32(p + 4);
        out.append("\n\tOptions [");
        bits(options, OPTION_BITS, OPTION_NAMES);
        out.append(']');
        f.need(p, 12);
        out.append("\n\t  Hello Timer ").append(f.u16(p + 8)).append("s, Dead Timer ")
            .append(f.u16(p + 10)).append("s, Interface-ID ");
        f.ip4(p);
        out.append(", Priority ").append(f.u8(p + 4));
        OspfPrinter.designated(f, out, p + 12, p + 16);
        if (vv) {
          out.append("\n\t  Neighbor List:");
          for (int ap = p + 20; ap < dataend; ap += 4) {
            f.need(ap, 4); // tcpdump's GET_IPADDR_STRING: a long jump, not its trunc label
            out.append("\n\t    ");
            f.ip4(ap);
          }
        }
      }
      case 2 -> {
        long options = f.u32(p);
        out.append("\n\tOptions [");
        bits(options, OPTION_BITS, OPTION_NAMES);
        out.append(']'); // printed before tcpdump reads the flags, which may be cut
        int flags = f.u8(p + 7);
        out.append(", DD Flags [");
        bits(flags, DD_BITS, DD_NAMES);
        out.append(']');
        f.need(p + 8, 4);
        out.append(", MTU ").append(f.u16(p + 4)).append(", DD-Sequence 0x");
        Text.hex8(out, f.u32(p + 8));
        if (vv) {
          for (int h = p + 12; h < dataend; h += LSA_HEADER) {
            if (!lsHeader(h, dataend)) return false;
          }
        }
      }
      case 3 -> {
        if (vv) {
          for (int r = p; r < dataend; r += 12) {
            if (!f.has(r, 12)) return false;
            out.append("\n\t  Advertising Router ");
            f.ip4(r + 8);
            lsType(f.u16(r + 2), r + 4);
          }
        }
      }
      case 4 -> {
        if (vv) {
          long i = f.u32(p);
          int a = p + 4;
          while (a < dataend && i-- != 0) {
            if (!lsa(a, dataend)) return false;
            a += f.u16(a + 18);
          }
        }
      }
      case 5 -> {
        if (vv) {
          for (int h = p; h < dataend; h += LSA_HEADER) {
            if (!lsHeader(h, dataend)) return false;
          }
        }
      }
      default -> { }
    }
    return true;
  }

  private void lsType(int lsType, int id) {
    f.need(id, 4);
    out.append("\n\t    ").append(lsaName(lsType & 0x1fff)).append(" LSA (")
        .append(lsType & 0x1fff).append("), ").append(switch (lsType & 0x6000) {
          case 0x0000 -> "Link Local";
          case 0x2000 -> "Area Local";
          case 0x4000 -> "Domain Wide";
          default -> "Unknown";
        }).append(" Scope").append((lsType & 0x8000) != 0 ? ", transitive" : "")
        .append(", LSA-ID ");
    f.names.ip4(out, f.b, id);
  }

  private boolean lsHeader(int h, int dataend) {
    if (h + LSA_HEADER > dataend) return false;
    f.need(h, LSA_HEADER);
    out.append("\n\t  Advertising Router ");
    f.ip4(h + 8);
    out.append(", seq 0x");
    Text.hex8(out, f.u32(h + 12));
    out.append(", age ").append(f.u16(h)).append("s, length ");
    // tcpdump subtracts a size_t: a length under 20 wraps around 2^64
    out.append(Long.toUnsignedString(f.u16(h + 18) - (long) LSA_HEADER));
    lsType(f.u16(h + 2), h + 4);
    return true;
  }

  /** One LSA prefix; its length in bytes, or -1 where tcpdump reports truncation. */
  private int lsaPrefix(int t, int lsaLength) {
    if (lsaLength < 4) return -1;
    lsaLength -= 4;
    if (!f.has(t, 4)) return -1;
    int plen = f.u8(t);
    int wordlen = (plen + 31) / 32;
    if (wordlen * 4 > 16) {
      out.append(" bogus prefixlen /").append(plen);
      return -1;
    }
    if (lsaLength < wordlen * 4) return -1;
    f.need(t + 4, wordlen * 4);
    Arrays.fill(prefix, (byte) 0);
    System.arraycopy(f.b, t + 4, prefix, 0, wordlen * 4);
    out.append("\n\t\t");
    f.names.ip6(out, prefix, 0);
    out.append('/').append(plen);
    int opt = f.u8(t + 1);
    if (opt != 0) {
      out.append(", Options [");
      bits(opt, PREFIX_BITS, PREFIX_NAMES);
      out.append(']');
    }
    out.append(", metric ").append(f.u16(t + 2));
    return 4 + wordlen * 4;
  }

  /** {@return false when tcpdump's decoder reports truncation} */
  private boolean lsa(int a, int dataend) {
    if (!lsHeader(a, dataend)) return false;
    int length = f.u16(a + 18);
    if (length < LSA_HEADER || a + length > dataend) return false;
    int lsaLength = length - LSA_HEADER;
    int t = a + LSA_HEADER;
    switch (f.u16(a + 2)) {
      case 0x2001 -> {
        if (lsaLength < 4) return false;
        lsaLength -= 4;
        long lsaOptions = f.u32(t); // read before its label is printed, as tcpdump does
        out.append("\n\t      Options [");
        bits(lsaOptions, OPTION_BITS, OPTION_NAMES);
        out.append("], RLA-Flags [");
        bits(f.u8(t), RLA_BITS, RLA_NAMES);
        out.append(']');
        for (int r = t + 4; lsaLength != 0; r += 16) {
          if (lsaLength < 16) return false;
          lsaLength -= 16;
          if (!f.has(r, 16)) return false;
          int lt = f.u8(r);
          switch (lt) {
            case 4 -> out.append("\n\t      Virtual Link: Neighbor Router-ID ");
            case 1 -> out.append("\n\t      Neighbor Router-ID ");
            case 2 -> out.append("\n\t      Neighbor Network-ID ");
            default -> {
              out.append("\n\t      Unknown Router Links Type 0x");
              Text.hex2(out, lt);
              return true;
            }
          }
          f.ip4(r + 12);
          out.append("\n\t      Neighbor Interface-ID ");
          f.ip4(r + 8);
          out.append(", Interface ");
          f.ip4(r + 4);
          out.append(", metric ").append(f.u16(r + 2));
        }
      }
      case 0x2002 -> {
        if (lsaLength < 4) return false;
        lsaLength -= 4;
        long lsaOptions = f.u32(t); // read before its label is printed, as tcpdump does
        out.append("\n\t      Options [");
        bits(lsaOptions, OPTION_BITS, OPTION_NAMES);
        out.append("]\n\t      Connected Routers:");
        for (int r = t + 4; lsaLength != 0; r += 4) {
          if (lsaLength < 4) return false;
          lsaLength -= 4;
          f.need(r, 4); // GET_IPADDR_STRING: a cut router ends the packet (a long jump)
          out.append("\n\t\t");
          f.ip4(r);
        }
      }
      case 0x2003 -> {
        if (lsaLength < 4) return false;
        lsaLength -= 4;
        long metric = f.u32(t) & 0xffffff;
        out.append(", metric ").append(metric);
        for (int x = t + 4; lsaLength != 0; ) {
          int n = lsaPrefix(x, lsaLength);
          if (n < 0) return false;
          lsaLength -= n;
          x += n;
        }
      }
      case 0x4005 -> {
        if (lsaLength < 4) return false;
        lsaLength -= 4;
        long flags = f.u32(t);
        out.append("\n\t     Flags [");
        bits(flags, ASLA_BITS, ASLA_NAMES);
        out.append("] metric ").append(flags & 0xffffff);
        int pp = t + 4;
        int n = lsaPrefix(pp, lsaLength);
        if (n < 0) return false;
        lsaLength -= n;
        int x = pp + n;
        if ((flags & 0x02000000) != 0) {
          if (lsaLength < 16) return false;
          lsaLength -= 16;
          f.need(x, 16);
          out.append(" forward ");
          f.names.ip6(out, f.b, x);
          x += 16;
        }
        if ((flags & 0x01000000) != 0) {
          if (lsaLength < 4) return false;
          lsaLength -= 4;
          f.need(x, 4);
          out.append(" tag ");
          f.ip4(x);
          x += 4;
        }
        if (f.u8(pp + 2) != 0) {
          if (lsaLength < 4) return false;
          f.need(x, 4);
          out.append(" RefLSID: ");
          f.ip4(x);
        }
      }
      case 0x0008 -> {
        if (lsaLength < 4) return false;
        lsaLength -= 4;
        if (!f.has(t, 4)) return false;
        long lsaOptions = f.u32(t); // read before its label is printed, as tcpdump does
        out.append("\n\t      Options [");
        bits(lsaOptions, OPTION_BITS, OPTION_NAMES);
        out.append(']');
        if (lsaLength < 20) return false;
        lsaLength -= 20;
        long prefixes = f.u32(t + 20);
        out.append("\n\t      Priority ").append(f.u8(t)).append(", Link-local address ");
        f.need(t + 4, 16);
        f.names.ip6(out, f.b, t + 4);
        out.append(", Prefixes ").append(prefixes).append(':');
        for (int x = t + 24; prefixes > 0; prefixes--) {
          int n = lsaPrefix(x, lsaLength);
          if (n < 0) return false;
          lsaLength -= n;
          x += n;
        }
      }
      case 0x2009 -> {
        // tcpdump counts only the router id and the prefix count against the length
        if (lsaLength < 4) return false;
        lsaLength -= 4;
        if (!f.has(t + 8, 4)) return false;
        lsType(f.u16(t + 2), t + 4);
        if (lsaLength < 2) return false;
        lsaLength -= 2;
        int prefixes = f.u16(t);
        out.append("\n\t      Prefixes ").append(prefixes).append(':');
        for (int x = t + 12; prefixes > 0; prefixes--) {
          int n = lsaPrefix(x, lsaLength);
          if (n < 0) return false;
          lsaLength -= n;
          x += n;
        }
      }
      case 0x000b -> {
        if (v2.grace(t, lsaLength)) return false;
      }
      case 0x000a -> {
        if (v2.te(t, lsaLength)) return false;
      }
      default -> {
        if (!f.unknownData(t, "\n\t      ", lsaLength)) return false;
      }
    }
    return true;
  }

  private boolean trailer(int op, int type, int cp, int len) {
    boolean lls = false;
    if (type == 1) lls = (f.u32(op + HEADER + 4) & 0x200) != 0;
    else if (type == 2) lls = (f.u32(op + HEADER) & 0x200) != 0;
    int llsLen = 0;
    if (lls && len != 0) {
      if (len < 4) return false;
      int checksum = f.u16(cp);
      out.append("\n\tLLS Checksum 0x");
      Text.hex4(out, checksum);
      llsLen = f.u16(cp + 2);
      out.append(", Data Length ").append(llsLen);
      if (llsLen < 4 || llsLen > len) return false;
      if (!f.has(cp + 4, llsLen - 4)) return false;
    }
    return authTrailer(cp + llsLen, len - llsLen);
  }

  private boolean authTrailer(int cp, int len) {
    if (len == 0) return true;
    if (len < 16) return false;
    int at = f.u16(cp);
    out.append("\n\tAuthentication Type ");
    if (at == 1) {
      out.append("HMAC");
    } else {
      out.append("unknown (0x");
      Text.hex4(out, at);
      out.append(')');
    }
    int dlen = f.u16(cp + 2);
    out.append(", Length ").append(dlen);
    if (dlen < 16 || dlen > len) return false;
    int said = f.u16(cp + 6);
    out.append(", SAID ").append(said);
    long csn = f.u32(cp + 8);
    out.append(", CSN 0x");
    Text.hex8(out, csn);
    csn = f.u32(cp + 12);
    out.append(':');
    Text.hex8(out, csn);
    if (!f.has(cp + 16, dlen - 16)) return false;
    if (f.opts.verbosity() > 1) f.unknownData(cp + 16, "\n\tAuthentication Data ", dlen - 16);
    return true;
  }
}
