package io.jdump.print;

/**
 * DNS and mDNS messages, summarised as tcpdump's {@code domain_print}: the id, opcode, rcode and
 * flag marks, the questions of a query, the answers of a response, the section counts, and the
 * length. Names follow compression pointers backwards only, as BIND does.
 */
final class DnsPrinter {
  private static final String[] OPS = {
    "", " inv_q", " stat", " op3", " notify", " update", " op6", " op7",
    " op8", " updateA", " updateD", " updateDA", " updateM", " updateMA", " zoneInit", " zoneRef"};
  private static final String[] RCODES = {
    "", " FormErr", " ServFail", " NXDomain", " NotImp", " Refused", " YXDomain", " YXRRSet",
    " NXRRSet", " NotAuth", " NotZone", " Resp11", " Resp12", " Resp13", " Resp14", " NoChange"};
  private static final int T_OPT = 41;

  private final Frame f;
  private final StringBuilder out;
  private final DnsNames names;
  private boolean mdns;

  DnsPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
    this.names = new DnsNames(f);
  }

  void print(int p, int length, boolean overTcp, boolean isMdns) {
    f.proto = "domain";
    mdns = isMdns;
    if (overTcp) {
      if (length < 2) {
        out.append(" [DNS over TCP: length ").append(length).append(" < 2]");
        f.printInvalid();
        return;
      }
      length -= 2;
      int prefix = f.u16(p);
      if (prefix != length) {
        out.append(" [prefix length(").append(prefix).append(") != length(").append(length)
            .append(")]");
        f.printInvalid();
        return;
      }
      p += 2;
      out.append(' ');
    }
    names.bp = p;
    if (length < 12) {
      out.append("domain [length ").append(length).append(" < 12]");
      f.printInvalid();
      return;
    }
    if (!f.has(p, 12)) {
      f.printTrunc();
      return;
    }
    int flags = f.u16(p + 2);
    int qd = f.u16(p + 4);
    int an = f.u16(p + 6);
    int ns = f.u16(p + 8);
    int ar = f.u16(p + 10);
    int verbosity = f.opts.verbosity();
    int cp = p + 12;
    if ((flags & 0x8000) != 0) {
      out.append(f.u16(p)).append(OPS[(flags >> 11) & 0xf]).append(RCODES[flags & 0xf]);
      if ((flags & 0x0400) != 0) out.append('*');
      if ((flags & 0x0080) == 0) out.append('-');
      if ((flags & 0x0200) != 0) out.append('|');
      if ((flags & 0x0020) != 0) out.append('$');
      if (qd != 1) out.append(" [").append(qd).append("q]");
      for (int i = 0; i < qd; i++) {
        if (i != 0) out.append(',');
        if (verbosity > 1) {
          out.append(" q:");
          cp = question(cp);
          if (cp < 0) { f.printTrunc(); return; }
        } else {
          cp = names.skipName(cp);
          if (cp < 0) { f.printTrunc(); return; }
          cp += 4;
        }
      }
      out.append(' ').append(an).append('/').append(ns).append('/').append(ar);
      if (an > 0) {
        cp = record(cp);
        if (cp < 0) { f.printTrunc(); return; }
        an--;
        while (cp < f.end && an > 0) {
          out.append(',');
          cp = record(cp);
          if (cp < 0) { f.printTrunc(); return; }
          an--;
        }
      }
      if (an > 0) { f.printTrunc(); return; }
      if (verbosity > 1 && !section(cp, ns, " ns:", ar)) return;
    } else {
      out.append(f.u16(p)).append(OPS[(flags >> 11) & 0xf]);
      if ((flags & 0x0100) != 0) out.append('+');
      if ((flags & 0x0010) != 0) out.append('%');
      int b2 = flags;
      if ((b2 & 0x6cf) != 0) {
        out.append(" [b2&3=0x");
        Text.hex(out, b2);
        out.append(']');
      }
      if (((flags >> 11) & 0xf) == 1) {
        if (qd != 0) out.append(" [").append(qd).append("q]");
        if (an != 1) out.append(" [").append(an).append("a]");
      } else {
        if (an != 0) out.append(" [").append(an).append("a]");
        if (qd != 1) out.append(" [").append(qd).append("q]");
      }
      if (ns != 0) out.append(" [").append(ns).append("n]");
      if (ar != 0) out.append(" [").append(ar).append("au]");
      if (qd > 0) {
        cp = question(cp);
        if (cp < 0) { f.printTrunc(); return; }
        qd--;
        while (cp < f.end && qd > 0) {
          cp = question(cp);
          if (cp < 0) { f.printTrunc(); return; }
          qd--;
        }
      }
      if (qd > 0) { f.printTrunc(); return; }
      if (verbosity > 1) {
        if (an > 0) {
          cp = record(cp);
          if (cp < 0) { f.printTrunc(); return; }
          an--;
          while (cp < f.end && an > 0) {
            out.append(',');
            cp = record(cp);
            if (cp < 0) { f.printTrunc(); return; }
            an--;
          }
        }
        if (an > 0) { f.printTrunc(); return; }
        if (!section(cp, ns, " ns:", ar)) return;
      }
    }
    out.append(" (").append(length).append(')');
  }

  /** The -vv NS and AR sections; false when it printed the truncation marker. */
  private boolean section(int cp, int ns, String nsLabel, int ar) {
    if (cp < f.end && ns > 0) {
      out.append(nsLabel);
      cp = record(cp);
      if (cp < 0) { f.printTrunc(); return false; }
      ns--;
      while (cp < f.end && ns > 0) {
        out.append(',');
        cp = record(cp);
        if (cp < 0) { f.printTrunc(); return false; }
        ns--;
      }
    }
    if (ns > 0) { f.printTrunc(); return false; }
    if (cp < f.end && ar > 0) {
      out.append(" ar:");
      cp = record(cp);
      if (cp < 0) { f.printTrunc(); return false; }
      ar--;
      while (cp < f.end && ar > 0) {
        out.append(',');
        cp = record(cp);
        if (cp < 0) { f.printTrunc(); return false; }
        ar--;
      }
    }
    if (ar > 0) { f.printTrunc(); return false; }
    return true;
  }






  private int question(int cp) {
    int np = cp;
    cp = names.skipName(cp);
    if (cp < 0 || !f.has(cp, 4)) return -1;
    int type = f.u16(cp);
    int cls = f.u16(cp + 2);
    out.append(' ');
    type(type);
    int c = mdns ? cls & ~0x8000 : cls;
    if (c != 1) {
      out.append(' ');
      cls(c);
    }
    if (mdns) out.append((cls & 0x8000) != 0 ? " (QU)" : " (QM)");
    out.append("? ");
    int r = names.name(np);
    return r < 0 ? -1 : r + 4;
  }

  private void cls(int c) {
    switch (c) {
      case 1 -> out.append("IN");
      case 3 -> out.append("CHAOS");
      case 4 -> out.append("HS");
      case 255 -> out.append("ANY");
      default -> out.append("(Class ").append(c).append(')');
    }
  }

  private void type(int t) {
    String n = DnsTypes.name(t);
    if (n != null) out.append(n);
    else out.append("Type").append(t);
  }

  /** tcpdump's {@code ns_rprint}: {@return the position after the record, or -1} */
  private int record(int cp) {
    if (f.opts.verbosity() > 0) {
      out.append(' ');
      cp = names.name(cp);
      if (cp < 0) return -1;
    } else {
      cp = names.skipName(cp);
    }
    if (cp < 0 || !f.has(cp, 10)) return f.end;
    int typ = f.u16(cp);
    cp += 2;
    int i = f.u16(cp);
    cp += 2;
    int cls = mdns ? i & ~0x8000 : i;
    if (cls != 1 && typ != T_OPT) {
      out.append(' ');
      cls(cls);
    }
    if (mdns && (i & 0x8000) != 0) out.append(" (Cache flush)");
    int optFlags = 0;
    if (typ == T_OPT) {
      cp += 2;
      optFlags = f.u16(cp);
      cp += 2;
    } else if (f.opts.verbosity() > 2) {
      out.append(" [");
      relts(f.u32(cp));
      out.append(']');
      cp += 4;
    } else {
      cp += 4;
    }
    int len = f.u16(cp);
    cp += 2;
    int rp = cp + len;
    out.append(' ');
    type(typ);
    if (rp > f.end) return -1;
    switch (typ) {
      case 1 -> {
        if (!f.has(cp, 4)) return -1;
        out.append(' ');
        Text.ip4(out, f.b, cp);
      }
      case 2, 5, 12, 39 -> {
        out.append(' ');
        if (names.name(cp) < 0) return -1;
      }
      case 6 -> {
        if (f.opts.verbosity() == 0) break;
        out.append(' ');
        cp = names.name(cp);
        if (cp < 0) return -1;
        out.append(' ');
        cp = names.name(cp);
        if (cp < 0) return -1;
        if (!f.has(cp, 20)) return -1;
        for (int k = 0; k < 5; k++) out.append(' ').append(f.u32(cp + 4 * k));
      }
      case 15 -> {
        out.append(' ');
        if (!f.has(cp, 2)) return -1;
        if (names.name(cp + 2) < 0) return -1;
        out.append(' ').append(f.u16(cp));
      }
      case 16 -> {
        while (cp < rp) {
          out.append(" \"");
          if (!f.has(cp, 1)) return -1;
          int n = f.u8(cp);
          if (names.printn(cp + 1, n)) return -1;
          cp += 1 + n;
          out.append('"');
        }
      }
      case 33 -> {
        out.append(' ');
        if (!f.has(cp, 6)) return -1;
        if (names.name(cp + 6) < 0) return -1;
        out.append(':').append(f.u16(cp + 4)).append(' ').append(f.u16(cp)).append(' ')
            .append(f.u16(cp + 2));
      }
      case 28 -> {
        if (!f.has(cp, 16)) return -1;
        out.append(' ');
        Text.ip6(out, f.b, cp);
      }
      case T_OPT -> {
        out.append(" UDPsize=").append(cls);
        if ((optFlags & 0x8000) != 0) out.append(" DO");
        if (cp < rp) {
          out.append(" [");
          while (cp < rp) {
            cp = ednsOption(cp);
            if (cp < 0) return -1;
            if (cp < rp) out.append(',');
          }
          out.append(']');
        }
      }
      default -> { }
    }
    return rp;
  }

  private int ednsOption(int cp) {
    if (!f.has(cp, 2)) return -1;
    int opt = f.u16(cp);
    cp += 2;
    String n = switch (opt) {
      case 1 -> "LLQ";
      case 2 -> "UL";
      case 3 -> "NSID";
      case 5 -> "DAU";
      case 6 -> "DHU";
      case 7 -> "N3U";
      case 8 -> "ECS";
      case 9 -> "EXPIRE";
      case 10 -> "COOKIE";
      case 11 -> "KEEPALIVE";
      case 12 -> "PADDING";
      case 13 -> "CHAIN";
      case 14 -> "KEY-TAG";
      default -> null;
    };
    if (n != null) out.append(n);
    else out.append("Opt").append(opt);
    if (!f.has(cp, 2)) return -1;
    int dlen = f.u16(cp);
    cp += 2;
    if (!f.has(cp, dlen)) return -1;
    if (dlen > 0) {
      out.append(' ');
      if (opt == 12) {
        out.append('(').append(dlen).append(')');
      } else if (opt == 10 && !(dlen < 8 || (dlen > 8 && dlen < 16) || dlen > 40)) {
        for (int k = 0; k < dlen; k++) {
          if (k == 8) out.append(' ');
          Text.hex2(out, f.b[cp + k]);
        }
      } else if (opt == 10) {
        f.printInvalid();
      } else {
        for (int k = 0; k < dlen; k++) Text.hex2(out, f.b[cp + k]);
      }
    }
    return cp + dlen;
  }

  private void relts(long secs) {
    Text.relts(out, secs);
  }

}
