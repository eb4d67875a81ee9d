package io.jdump.print;

/**
 * The configuration options of PPP's control protocols as tcpdump's print_*_config_options:
 * LCP, IPCP, IP6CP, CCP and BACP. Each prints one option and returns its length, or 0 where
 * tcpdump stops the list.
 */
final class PppOptions {
  private final Frame f;
  private final StringBuilder out;

  PppOptions(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  /** An option's own bounds check failed: tcpdump's marker without a space, and 0. */
  private int cut(String name) {
    out.append("[|").append(name).append(']');
    return 0;
  }

  /** Appends the bogus-length note; {@return what the option returns then} */
  private int bogus(String should, int ret) {
    out.append(" (length bogus, should be ").append(should).append(')');
    return ret;
  }

  /** Hex of the option's body at -vv, or of unknown options below -vv. */
  private int tail(int p, int len, boolean known) {
    if (!known && f.opts.verbosity() < 2) f.unknownData(p + 2, "\n\t    ", len - 2);
    if (f.opts.verbosity() > 1) f.unknownData(p + 2, "\n\t    ", len - 2);
    return len;
  }

  int lcp(int p, int length) {
    if (length < 2) return 0;
    if (!f.has(p, 2)) return cut("lcp");
    int opt = f.u8(p);
    int len = f.u8(p + 1);
    if (length < len) return 0;
    String name = PppNames.lcpOption(opt);
    if (name == null) {
      out.append("\n\tunknown LCP option 0x");
      Text.hex2(out, opt);
      return len < 2 ? 0 : len;
    }
    out.append("\n\t  ").append(name).append(" Option (0x");
    Text.hex2(out, opt);
    out.append("), length ").append(len);
    if (len < 2) {
      out.append(" (length bogus, should be >= 2)");
      return 0;
    }
    switch (opt) {
      case 0 -> {
        if (len < 6) return bogus(">= 6", len);
        int oui = f.u24(p + 2);
        out.append(": Vendor: ").append(Names.oui(oui)).append(" (").append(oui).append(')');
      }
      case 1, 17 -> {
        if (len != 4) return bogus("= 4", opt == 1 ? len : 0);
        int mru = f.u16(p + 2); // read before ': '
        out.append(": ").append(mru);
      }
      case 2 -> {
        if (len != 6) return bogus("= 6", len);
        long v = f.u32(p + 2); // read first: a cut value prints nothing of it
        out.append(": 0x");
        Text.hex8(out, v);
      }
      case 3 -> {
        if (len < 4) return bogus(">= 4", len);
        int ap = f.u16(p + 2);
        String an = PppNames.protocol(ap);
        out.append(": ").append(an == null ? "Unknown Auth Proto (0x04x)" : an);
        switch (ap) {
          case PppNames.CHAP -> {
            int alg = f.u8(p + 4);
            out.append(", ");
            switch (alg) {
              case 5 -> out.append("MD5");
              case 128 -> out.append("MS-CHAPv1");
              case 129 -> out.append("MS-CHAPv2");
              default -> out.append("Unknown Auth Alg ").append(alg);
            }
          }
          case PppNames.PAP, PppNames.EAP, PppNames.SPAP, PppNames.SPAP_OLD -> { }
          default -> f.unknownData(p, "\n\t", len);
        }
      }
      case 4 -> {
        if (len < 4) return bogus(">= 4", 0);
        out.append(f.u16(p + 2) == PppNames.LQM ? ": LQR" : ": unknown");
      }
      case 5 -> {
        if (len != 6) return bogus("= 6", 0);
        long v = f.u32(p + 2); // read first: a cut value prints nothing of it
        out.append(": 0x");
        Text.hex8(out, v);
      }
      case 7, 8 -> { }
      case 23 -> {
        if (len != 4) return bogus("= 4", 0);
        int v = f.u16(p + 2);
        out.append(": 0x");
        Text.hex4(out, v);
      }
      case 13 -> {
        if (len < 3) return bogus(">= 3", 0);
        // tcpdump 4.99 prints the separator twice here, the first before the operation is read
        out.append(": ");
        int op = f.u8(p + 2);
        out.append(": Callback Operation ").append(PppNames.callback(op)).append(" (").append(op)
            .append(')');
      }
      case 19 -> {
        if (len < 3) return bogus(">= 3", 0);
        int cls = f.u8(p + 2);
        switch (cls) {
          case 0 -> out.append(": Null");
          case 1 -> out.append(": Local");
          case 2 -> {
            if (len != 7) return bogus("= 7", 0);
            f.need(p + 3, 4); // tcpdump reads the address first: a cut one prints no ": IPv4 "
            out.append(": IPv4 ");
            f.ip4(p + 3);
          }
          case 3 -> {
            if (len != 9) return bogus("= 9", 0);
            f.need(p + 3, 6); // as the IPv4 address
            out.append(": MAC ");
            f.names.mac(out, f.b, p + 3);
          }
          case 4 -> out.append(": Magic-Num-Block");
          case 5 -> out.append(": PSNDN");
          default -> out.append(": Unknown class ").append(cls);
        }
      }
      default -> {
        return tail(p, len, false);
      }
    }
    return tail(p, len, true);
  }

  int ipcp(int p, int length) {
    if (length < 2) return 0;
    if (!f.has(p, 2)) return cut("ipcp");
    int opt = f.u8(p);
    int len = f.u8(p + 1);
    if (length < len) return 0;
    out.append("\n\t  ").append(PppNames.ipcpOption(opt)).append(" Option (0x");
    Text.hex2(out, opt);
    out.append("), length ").append(len);
    if (len < 2) return bogus(">= 2", 0);
    switch (opt) {
      case 1 -> {
        if (len != 10) return bogus("= 10", len);
        f.need(p + 2, 8);
        out.append(": src ");
        f.names.ip4(out, f.b, p + 2);
        out.append(", dst ");
        f.names.ip4(out, f.b, p + 6);
      }
      case 2 -> {
        if (len < 4) return bogus(">= 4", 0);
        int comp = f.u16(p + 2);
        out.append(": ").append(comp == 0x002d ? "VJ-Comp" : comp == 0x61
            ? "IP Header Compression" : "Unknown").append(" (0x");
        if (comp < 0x10) out.append('0');
        Text.hex(out, comp);
        out.append("):");
        if (comp == 0x61) {
          if (len < 14) return bogus(">= 14", 0);
          if (!f.has(p + 2, 14)) return cut("ipcp");
          out.append("\n\t    TCP Space ").append(f.u16(p + 4)).append(", non-TCP Space ")
              .append(f.u16(p + 6)).append(", maxPeriod ").append(f.u16(p + 8))
              .append(", maxTime ").append(f.u16(p + 10)).append(", maxHdr ")
              .append(f.u16(p + 12));
          if (len > 14) {
            int total = len - 14;
            p += 14; // tcpdump's cursor moves along the suboptions, and -vv dumps from there
            int s = p;
            out.append("\n\t      Suboptions, length ").append(total);
            while (total >= 2) {
              if (!f.has(s, 2)) return cut("ipcp");
              int so = f.u8(s);
              int sl = f.u8(s + 1);
              if (so == 0 || sl == 0) break;
              out.append("\n\t\t").append(so == 1 ? "RTP-Compression" : so == 2
                  ? "Enhanced RTP-Compression" : "Unknown").append(" Suboption #").append(so)
                  .append(", length ").append(sl);
              if (total < sl) {
                out.append(" [remaining suboptions length ").append(total).append(" < ")
                    .append(sl).append(']');
                f.printInvalid();
                break;
              }
              total -= sl;
              s += sl;
              p += sl;
            }
          }
        }
      }
      case 3, 4, 129, 130, 131, 132 -> {
        if (len != 6) return bogus("= 6", 0);
        f.need(p + 2, 4); // tcpdump reads the address before it prints ": "
        out.append(": ");
        f.ip4(p + 2);
      }
      default -> {
        if (f.opts.verbosity() < 2) f.unknownData(p + 2, "\n\t    ", len - 2);
      }
    }
    // tcpdump 4.99.3 dumps what was captured of the body, as for the other protocols
    if (f.opts.verbosity() > 1) f.unknownData(p + 2, "\n\t    ", len - 2);
    return len;
  }

  int ip6cp(int p, int length) {
    if (length < 2) return 0;
    if (!f.has(p, 2)) return cut("ip6cp");
    int opt = f.u8(p);
    int len = f.u8(p + 1);
    if (length < len) return 0;
    out.append("\n\t  ").append(opt == 1 ? "Interface-ID" : "unknown").append(" Option (0x");
    Text.hex2(out, opt);
    out.append("), length ").append(len);
    if (len < 2) return bogus(">= 2", 0);
    if (opt == 1) {
      if (len != 10) return bogus("= 10", len);
      if (!f.has(p + 2, 8)) return cut("ip6cp");
      out.append(": ");
      for (int i = 0; i < 4; i++) {
        if (i > 0) out.append(':');
        Text.hex4(out, f.u16(p + 2 + 2 * i));
      }
      return tail(p, len, true);
    }
    return tail(p, len, false);
  }

  int ccp(int p, int length) {
    if (length < 2) return 0;
    if (!f.has(p, 2)) return cut("ccp");
    int opt = f.u8(p);
    int len = f.u8(p + 1);
    if (length < len) return 0;
    out.append("\n\t  ").append(PppNames.ccpOption(opt)).append(" Option (0x");
    Text.hex2(out, opt);
    out.append("), length ").append(len);
    if (len < 2) return bogus(">= 2", 0);
    switch (opt) {
      case 21 -> {
        if (len < 3) return bogus(">= 3", len);
        int v = f.u8(p + 2);
        out.append(": Version: ").append(v >> 5).append(", Dictionary Bits: ").append(v & 0x1f);
      }
      case 24 -> {
        if (len < 4) return bogus(">= 4", len);
        int v = f.u8(p + 2);
        int ctx = f.u8(p + 3); // read before printing: a cut option prints none of it
        out.append(": Features: ").append((v & 0xc0) >> 6).append(", PxP: ")
            .append((v & 0x20) != 0 ? "Enabled" : "Disabled").append(", History: ")
            .append(v & 0x1f).append(", #CTX-ID: ").append(ctx);
      }
      case 26 -> {
        if (len < 4) return bogus(">= 4", len);
        int v = f.u8(p + 2);
        int w = f.u8(p + 3);
        out.append(": Window: ").append((v & 0xf0) >> 4).append("K, Method: ")
            .append((v & 0x0f) == 8 ? "zlib" : "unknown").append(" (0x")
            .append(Integer.toHexString(v & 0x0f)).append("), MBZ: ").append((w & 0xfc) >> 2)
            .append(", CHK: ").append(w & 3);
      }
      default -> {
        return tail(p, len, false);
      }
    }
    return tail(p, len, true);
  }

  int bacp(int p, int length) {
    if (length < 2) return 0;
    if (!f.has(p, 2)) return cut("bacp");
    int opt = f.u8(p);
    int len = f.u8(p + 1);
    if (length < len) return 0;
    out.append("\n\t  ").append(opt == 1 ? "Favored-Peer" : "Unknown").append(" Option (0x");
    Text.hex2(out, opt);
    out.append("), length ").append(len);
    if (len < 2) return bogus(">= 2", 0);
    if (opt == 1) {
      if (len != 6) return bogus("= 6", len);
      long magic = f.u32(p + 2);
      out.append(": Magic-Num 0x");
      Text.hex8(out, magic);
      return tail(p, len, true);
    }
    return tail(p, len, false);
  }
}
