package io.jdump.print;

/**
 * ICMPv6 node information queries and replies (RFC 4620, and KAME's who-are-you) and router
 * renumbering (RFC 2894), as tcpdump's {@code icmp6_nodeinfo_print} and
 * {@code icmp6_rrenum_print}: both read up to the end of the capture, not the ICMPv6 length.
 */
final class Icmp6InfoPrinter {
  private final Frame f;
  private final StringBuilder out;

  Icmp6InfoPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void nodeInfo(int bp, int icmp6len) {
    int ep = f.end;
    if (ep < bp) return;
    int siz = ep - bp;
    boolean v = f.opts.verbosity() > 0;
    if (f.u8(bp) == 139) {
      if (siz == 12) {
        out.append(" who-are-you request");
        return;
      }
      out.append(" node information query");
      if (!f.has(bp, 16)) {
        f.printTrunc();
        return;
      }
      out.append(" (");
      int qtype = f.u16(bp + 4);
      int flags = f.u16(bp + 6);
      switch (qtype) {
        case 0 -> out.append("noop");
        case 1 -> {
          out.append("supported qtypes");
          if (flags != 0) out.append(" [").append((flags & 1) != 0 ? "C" : "").append(']');
        }
        case 2 -> out.append("DNS name");
        case 3 -> {
          out.append("node addresses");
          if (flags != 0) addrFlags(flags, false);
        }
        default -> out.append("unknown");
      }
      if (qtype == 0 || qtype == 1) {
        if (siz != 16 && v) out.append(", invalid len");
        out.append(')');
        return;
      }
      if (siz == 16) {
        out.append(", 03 draft)");
        return;
      }
      int cp = bp + 16;
      switch (f.u8(bp + 1)) {
        case 0 -> {
          if (f.has(bp, 32)) {
            if (siz != 32) {
              if (v) out.append(", invalid subject len");
            } else {
              out.append(", subject=");
              f.names.ip6(out, f.b, cp);
            }
          }
        }
        case 1 -> {
          out.append(", subject=DNS name");
          name(cp, ep, v);
        }
        case 2 -> {
          if (f.has(bp, 20)) {
            if (siz != 20) {
              if (v) out.append(", invalid subject len");
            } else {
              out.append(", subject=");
              f.names.ip4(out, f.b, cp);
            }
          }
        }
        default -> out.append(", unknown subject");
      }
      out.append(')');
      return;
    }
    // reply
    if (icmp6len > siz) {
      f.printTrunc();
      return;
    }
    if (!f.has(bp, 16)) {
      f.printTrunc();
      return;
    }
    out.append(" node information reply (");
    int code = f.u8(bp + 1);
    boolean comma = false;
    switch (code) {
      case 0 -> {
        if (v) {
          out.append("success");
          comma = true;
        }
      }
      case 1, 2 -> {
        out.append(code == 1 ? "refused" : "unknown");
        comma = true;
        if (siz != 16 && v) out.append(", invalid length");
      }
      default -> { }
    }
    if (code != 0) {
      out.append(')');
      return;
    }
    if (comma) out.append(", ");
    int qtype = f.u16(bp + 4);
    int flags = f.u16(bp + 6);
    switch (qtype) {
      case 0 -> {
        out.append("noop");
        if (siz != 16 && v) out.append(", invalid length");
      }
      case 1 -> {
        out.append("supported qtypes");
        if (flags != 0) out.append(" [").append((flags & 1) != 0 ? "C" : "").append(']');
      }
      case 2 -> {
        out.append("DNS name");
        name(bp + 20, ep, v);
        if ((f.u16(bp + 6) & 1) != 0) out.append(" [TTL=").append(f.u32(bp + 16)).append(']');
      }
      case 3 -> {
        out.append("node addresses");
        for (int i = 16; i < siz && i + 20 <= siz; i += 20) {
          out.append(' ');
          f.need(bp + i + 4, 16);
          f.names.ip6(out, f.b, bp + i + 4);
          out.append('(').append(f.u32(bp + i)).append(')');
        }
        if (flags != 0) addrFlags(flags, true);
      }
      default -> out.append("unknown");
    }
    out.append(')');
  }

  private void addrFlags(int i, boolean truncate) {
    out.append(" [");
    if ((i & 0x40) != 0) out.append('a');
    if ((i & 0x20) != 0) out.append('G');
    if ((i & 0x10) != 0) out.append('S');
    if ((i & 0x08) != 0) out.append('L');
    if ((i & 0x04) != 0) out.append('C');
    if ((i & 0x02) != 0) out.append('A');
    if (truncate && (i & 0x01) != 0) out.append('T');
    out.append(']');
  }

  /** A pascal string (the 03 draft) when its length fits exactly, else DNS labels. */
  private void name(int cp, int ep, boolean v) {
    if (f.u8(cp) == ep - cp - 1) {
      if (v) out.append(", 03 draft");
      cp++;
      out.append(", \"");
      while (cp < ep) DnsNames.charEscaped(out, f.u8(cp++));
      out.append('"');
    } else {
      dnsName(cp, ep);
    }
  }

  /** tcpdump's {@code dnsname_print}: labels without compression. */
  private void dnsName(int cp, int ep) {
    out.append(", \"");
    while (cp < ep) {
      int i = f.u8(cp++);
      if (i != 0) {
        if (i > ep - cp) {
          out.append("???");
          break;
        }
        while (i-- > 0 && cp < ep) DnsNames.charEscaped(out, f.u8(cp++));
        if (cp + 1 < ep && f.u8(cp) != 0) out.append('.');
      } else {
        if (cp == ep) out.append('.');
        else if (!(cp + 1 == ep && f.u8(cp) == 0)) out.append("???");
        break;
      }
    }
    out.append('"');
  }

  void routerRenumbering(int bp) {
    if (f.end < bp) return;
    if (!f.has(bp + 12, 4)) {
      f.printTrunc();
      return;
    }
    int code = f.u8(bp + 1);
    switch (code) {
      case 0 -> out.append(", command");
      case 1 -> out.append(", result");
      case 255 -> out.append(", sequence number reset");
      default -> out.append(", code-#").append(code);
    }
    out.append(", seq=").append(f.u32(bp + 4));
    int verbosity = f.opts.verbosity();
    if (verbosity > 0) {
      int fl = f.u8(bp + 9);
      out.append('[');
      if (fl != 0) {
        if ((fl & 0x80) != 0) out.append('T');
        if ((fl & 0x40) != 0) out.append('R');
        if ((fl & 0x20) != 0) out.append('A');
        if ((fl & 0x10) != 0) out.append('S');
        if ((fl & 0x08) != 0) out.append('P');
        out.append(',');
      }
      out.append("seg=").append(f.u8(bp + 8)).append(",maxdelay=").append(f.u16(bp + 10));
      long rsvd = f.u32(bp + 12);
      if (rsvd != 0) {
        out.append("rsvd=0x");
        Text.hex(out, rsvd);
      }
      out.append(']');
    }
    if (code != 0) return;
    int m = bp + 16;
    if (!f.has(m + 8, 16)) {
      f.printTrunc();
      return;
    }
    out.append(verbosity > 1 ? "\n\t" : " ").append("match(");
    int mc = f.u8(m);
    switch (mc) {
      case 1 -> out.append("add");
      case 2 -> out.append("change");
      case 3 -> out.append("setglobal");
      default -> out.append('#').append(mc);
    }
    if (verbosity > 0) {
      out.append(",ord=").append(f.u8(m + 2)).append(",min=").append(f.u8(m + 4))
          .append(",max=").append(f.u8(m + 5));
    }
    out.append(',');
    Text.ip6(out, f.b, m + 8);
    out.append('/').append(f.u8(m + 3)).append(')');
    int n = f.u8(m + 1) - 3;
    if (n % 4 != 0) {
      f.printTrunc();
      return;
    }
    int u = m + 24;
    for (n /= 4; n > 0; n--, u += 32) {
      if (!f.has(u + 16, 16)) {
        f.printTrunc();
        return;
      }
      out.append(verbosity > 1 ? "\n\t" : " ").append("use(");
      int uf = f.u8(u + 12);
      if (uf != 0) {
        if ((uf & 0x80) != 0) out.append('V');
        if ((uf & 0x40) != 0) out.append('P');
        out.append(',');
      }
      if (verbosity > 0) {
        out.append("mask=0x");
        Text.hex(out, f.u8(u + 2));
        out.append(",raflags=0x");
        Text.hex(out, f.u8(u + 3));
        out.append(',');
        long vl = f.u32(u + 4);
        if (vl == 0xffffffffL) out.append("vltime=infty,");
        else out.append("vltime=").append(vl).append(',');
        long pl = f.u32(u + 8);
        if (pl == 0xffffffffL) out.append("pltime=infty,");
        else out.append("pltime=").append(pl).append(',');
      }
      Text.ip6(out, f.b, u + 16);
      out.append('/').append(f.u8(u)).append('/').append(f.u8(u + 1)).append(')');
    }
  }
}
