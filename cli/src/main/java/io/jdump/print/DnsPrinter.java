package io.jdump.print;

import java.util.Arrays;

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
    " NXRRSet", " NotAuth", " NotZone", " Resp11", " Resp12", " Resp13", " Resp14", " NoChange",
    // tcpdump 4.99's table, its two missing spaces included
    " BadVers", "Resp17", " Resp18", " Resp19", " Resp20", "Resp21", " Resp22", " BadCookie"};
  private static final int T_OPT = 41;

  private final Frame f;
  private final StringBuilder out;
  private final DnsNames names;
  private boolean mdns;
  /** An ECS prefix, zero-filled to a whole address. */
  private final byte[] padded = new byte[16];
  /** An A6 record's address: the prefix's bytes zero, the suffix copied after them. */
  private final byte[] a6 = new byte[16];

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
      int rcode = (flags & 0xf) | extendedRcode(p + 12, qd, an + ns, ar) << 4;
      out.append(f.u16(p)).append(OPS[(flags >> 11) & 0xf]);
      if (rcode < RCODES.length) out.append(RCODES[rcode]);
      else out.append(" Resp").append(rcode & 0xfff);
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

  /**
   * {@return the upper eight bits of the rcode from the first OPT record (RFC 6891)}, or 0;
   * the sections are skipped as tcpdump skips them, stopping at the end of the capture.
   */
  private int extendedRcode(int cp, int qd, int records, int ar) {
    for (int i = 0; i < qd; i++) {
      cp = names.skipName(cp);
      if (cp < 0) return 0;
      cp += 4;
      if (cp >= f.end) return 0;
    }
    for (int i = 0; i < records; i++) {
      cp = names.skipName(cp);
      if (cp < 0) return 0;
      cp += 8;
      if (cp + 2 > f.end) return 0;
      cp += 2 + f.u16(cp);
      if (cp >= f.end) return 0;
    }
    for (int i = 0; i < ar; i++) {
      cp = names.skipName(cp);
      if (cp < 0 || cp + 2 > f.end) return 0;
      int type = f.u16(cp);
      cp += 4;
      if (cp + 1 > f.end) return 0;
      if (type == T_OPT) return f.u8(cp);
      cp += 4;
      if (cp + 2 > f.end) return 0;
      cp += 2 + f.u16(cp);
      if (cp >= f.end) return 0;
    }
    return 0;
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
      case 38 -> { // A6, RFC 2874: prefix length, address suffix, prefix name
        if (!f.has(cp, 1)) return -1;
        int pbit = f.u8(cp);
        int pbyte = (pbit & ~7) / 8;
        if (pbit > 128) {
          out.append(' ').append(pbit).append("(bad plen)");
          break;
        }
        if (pbit < 128) {
          f.need(cp + 1, 16 - pbyte);
          Arrays.fill(a6, (byte) 0);
          System.arraycopy(f.b, cp + 1, a6, pbyte, 16 - pbyte);
          out.append(' ').append(pbit).append(' ');
          Text.ip6(out, a6, 0);
        }
        if (pbit > 0) {
          out.append(' ');
          if (names.name(cp + 1 + 16 - pbyte) < 0) return -1;
        }
      }
      case 104 -> { // UNSPECA: one long string
        if (!f.has(cp, len) || names.printn(cp, len)) return -1;
      }
      case 250 -> { // TSIG, RFC 8945
        if (f.opts.verbosity() == 0) break;
        out.append(' ');
        cp = names.name(cp);
        if (cp < 0) return -1;
        cp += 6; // the signing time, not printed
        if (!f.has(cp, 2)) return -1;
        out.append(" fudge=").append(f.u16(cp));
        cp += 2;
        if (!f.has(cp, 2)) return -1;
        int macLength = f.u16(cp);
        out.append(" maclen=").append(macLength);
        cp += 2 + macLength;
        if (!f.has(cp, 2)) return -1;
        out.append(" origid=").append(f.u16(cp));
        cp += 2;
        if (!f.has(cp, 2)) return -1;
        out.append(" error=").append(f.u16(cp));
        cp += 2;
        if (!f.has(cp, 2)) return -1;
        out.append(" otherlen=").append(f.u16(cp));
      }
      case 256 -> { // URI, RFC 7553: priority, weight, target
        if (!f.has(cp, len)) return -1;
        // both read before either prints: a cut weight prints neither (tcpdump's arguments)
        int priority = f.u16(cp);
        int weight = f.u16(cp + 2);
        out.append(' ').append(priority).append(' ').append(weight).append(' ');
        if (names.printn(cp + 4, len < 4 ? Integer.MAX_VALUE : len - 4)) return -1;
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
      case 16 -> "CLIENT-TAG";
      case 17 -> "SERVER-TAG";
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
      } else if (opt == 8) {
        ecs(cp, dlen);
      } else if (opt == 11) {
        if (dlen != 2) f.printInvalid();
        else out.append(f.u16(cp) / 10).append('.').append(f.u16(cp) % 10).append(" sec");
      } else if (opt == 9) {
        if (dlen != 4) f.printInvalid();
        else out.append(f.u32(cp)).append(" sec");
      } else if (opt == 14) {
        if (dlen % 2 != 0) f.printInvalid();
        else for (int k = 0; k < dlen; k += 2) {
          if (k > 0) out.append(' ');
          out.append(f.u16(cp + k));
        }
      } else if (opt == 5 || opt == 6 || opt == 7) {
        for (int k = 0; k < dlen; k++) {
          if (k > 0) out.append(' ');
          algorithm(opt, f.u8(cp + k));
        }
      } else if (opt == 13) {
        // tcpdump's fqdn_print(cp, cp + data_len): pointers count from the option's end
        int message = names.bp;
        names.bp = cp + dlen;
        names.name(cp);
        names.bp = message;
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

  /** EDNS client subnet (RFC 7871): address/source/scope, checked as tcpdump checks it. */
  private void ecs(int cp, int dlen) {
    if (dlen < 4) {
      f.printInvalid();
      return;
    }
    int family = f.u16(cp);
    int src = f.u8(cp + 2);
    int scope = f.u8(cp + 3);
    int bits = family == 1 ? 32 : family == 2 ? 128 : 0;
    if (bits == 0 || dlen - 4 > bits / 8 || src > bits || scope > bits
        || (src + 7) / 8 != dlen - 4) {
      f.printInvalid();
      return;
    }
    java.util.Arrays.fill(padded, (byte) 0);
    System.arraycopy(f.b, cp + 4, padded, 0, dlen - 4);
    if (family == 1) Text.ip4(out, padded, 0);
    else Text.ip6(out, padded, 0);
    out.append('/').append(src).append('/').append(scope);
  }

  /** DNSSEC algorithm names of the DAU, DHU and N3U options (RFC 6975). */
  private void algorithm(int opt, int a) {
    String n = null;
    if (opt == 5) {
      n = switch (a) {
        case 0 -> "DELETE";
        case 1 -> "RSAMD5";
        case 2 -> "DH";
        case 3 -> "DS";
        case 5 -> "RSASHA1";
        case 6 -> "DSA-NSEC3-SHA1";
        case 7 -> "RSASHA1-NSEC3-SHA1";
        case 8 -> "RSASHA256";
        case 10 -> "RSASHA512";
        case 12 -> "ECC-GOST";
        case 13 -> "ECDSAP256SHA256";
        case 14 -> "ECDSAP384SHA384";
        case 15 -> "ED25519";
        case 16 -> "ED448";
        case 252 -> "INDIRECT";
        case 253 -> "PRIVATEDNS";
        case 254 -> "PRIVATEOID";
        default -> null;
      };
    } else if (opt == 6) {
      n = switch (a) {
        case 1 -> "SHA-1";
        case 2 -> "SHA-256";
        case 3 -> "GOST_R_34.11-94";
        case 4 -> "SHA-384";
        default -> null;
      };
    } else if (a == 1) {
      n = "SHA-1";
    }
    if (n != null) out.append(n);
    else out.append("Alg_").append(a);
  }

  /** tcpdump's {@code unsigned_relts_print}: 1w2d3h4m5s. */
  private void relts(long secs) {
    Text.relts(out, secs);
  }

}
