package io.jdump.print;

/**
 * OSI network layer protocols by NLPID, as tcpdump's {@code isoclns_print}: CLNP (ISO 8473)
 * and ES-IS (ISO 9542) here, IS-IS through {@link IsisPrinter}, and the NLPIDs that carry IP,
 * IPv6 or PPP handed on.
 *
 * <p>An Error Report that quotes the CLNP header of the PDU in error is printed again, inner
 * by inner, as tcpdump's recursion does; here it is a loop, so a crafted chain of quotes cannot
 * exhaust the stack.
 */
final class OsiPrinter {
  private static final int[] CLNP_FLAGS = {0x80, 0x40, 0x20};
  private static final String[] CLNP_FLAG_NAMES =
      {"Segmentation permitted", "more Segments", "request Error Report"};
  private static final int[] QOS_BITS = {0x20, 0x10, 0x08, 0x04, 0x02, 0x01};
  private static final String[] QOS_NAMES = {"reserved", "sequencing vs. delay", "congested",
      "delay vs. cost", "error vs. delay", "error vs. cost"};

  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;

  OsiPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  /** tcpdump's {@code isoclns_print}; p is the NLPID byte. */
  void print(int p, int length) {
    f.proto = "isoclns";
    int nlpid = f.u8(p);
    boolean e = f.opts.linkHeader();
    if (e) {
      String n = IsisPrinter.nlpidName(nlpid);
      out.append("OSI NLPID ").append(n == null ? "Unknown" : n).append(" (0x");
      Text.hex2(out, nlpid);
      out.append("): ");
    }
    switch (nlpid) {
      case 0x81 -> {
        if (!clnp(p, length)) f.unknownData(p, "\n\t", length);
      }
      case 0x82 -> esis(p, length);
      case 0x83 -> {
        if (!d.isis.print(p, length)) f.unknownData(p, "\n\t", length);
      }
      case 0x00 -> out.append(e ? "" : ", ").append("length: ").append(length);
      case 0xcc -> d.ip4.print(p + 1, length - 1);
      case 0x8e -> d.ip6.print(p + 1, length - 1);
      case 0xcf -> d.ppp.print(p + 1, length - 1);
      case 0x08 -> d.q933.print(p + 1, length - 1);
      default -> {
        if (!e) {
          out.append("OSI NLPID 0x");
          Text.hex2(out, nlpid);
          out.append(" unknown");
        }
        out.append(e ? "" : ", ").append("length: ").append(length);
        if (length > 1) f.unknownData(p, "\n\t", length);
      }
    }
  }

  /** tcpdump's {@code clnp_print}; false where it returns 0 (the caller dumps the PDU). */
  private boolean clnp(int p, int length) {
    boolean first = true;
    while (true) {
      int next = clnpOne(p, length);
      if (next == -1) return first ? false : true;
      if (next < 0) return true;
      // an Error Report quoting a CLNP header: print the quoted PDU
      length -= f.u8(p + 1);
      p = next;
      first = false;
    }
  }

  /**
   * One CLNP header: -1 where tcpdump's clnp_print returns 0, -2 where it returns 1, or the
   * position of a quoted CLNP header to print next.
   */
  private int clnpOne(int p, int length) {
    f.proto = "clnp";
    if (!f.has(p, 9)) {
      f.printTrunc();
      return -2;
    }
    boolean e = f.opts.linkHeader();
    int li = f.u8(p + 1);
    int liRemaining = li;
    if (!e) out.append("CLNP");
    int version = f.u8(p + 2);
    if (version != 1) {
      out.append("version ").append(version).append(" packet not supported");
      return -1;
    }
    if (Integer.compareUnsigned(li, length) > 0) {
      out.append(" length indicator(").append(li).append(") > PDU size (")
          .append(Integer.toUnsignedString(length)).append(")!");
      return -1;
    }
    if (li < 9) {
      out.append(" length indicator ").append(li).append(" < min PDU size:");
      for (int q = p; q < f.end; q++) {
        int c = f.u8(q);
        out.append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
      return -1;
    }
    int type = f.u8(p + 4);
    int pduType = type & 0x1f;
    int flags = type & 0xe0;
    int q = p + 9;
    liRemaining -= 9;
    if (liRemaining < 1) return shortHeader();
    int dstLen = f.u8(q);
    q++;
    liRemaining--;
    if (liRemaining < dstLen) return shortHeader();
    if (!f.has(q, dstLen)) return trunc(); // ND_TCHECK: a normal return, not a long jump
    int dst = q;
    q += dstLen;
    liRemaining -= dstLen;
    if (liRemaining < 1) return shortHeader();
    int srcLen = f.u8(q);
    q++;
    liRemaining--;
    if (liRemaining < srcLen) return shortHeader();
    if (!f.has(q, srcLen)) return trunc();
    int src = q;
    q += srcLen;
    liRemaining -= srcLen;
    String sep = e ? "" : ", ";
    if (f.opts.verbosity() < 1) {
      out.append(sep);
      d.isis.nsap(src, srcLen);
      out.append(" > ");
      d.isis.nsap(dst, dstLen);
      out.append(", ");
      pduName(pduType);
      out.append(", length ").append(Integer.toUnsignedString(length));
      return -2;
    }
    out.append(sep).append("length ").append(Integer.toUnsignedString(length)).append("\n\t");
    pduName(pduType);
    int lifetime = f.u8(p + 3);
    int cksum = f.u16(p + 7);
    out.append(" PDU, hlen: ").append(li).append(", v: ").append(version)
        .append(", lifetime: ").append(lifetime / 2).append('.').append(lifetime % 2 * 5)
        .append("s, Segment PDU length: ").append(f.u16(p + 5)).append(", checksum: 0x");
    Text.hex4(out, cksum);
    d.isis.checksum(p, cksum, 7, li);
    out.append("\n\tFlags [");
    LldpTables.bits(out, CLNP_FLAGS, CLNP_FLAG_NAMES, flags, "none");
    out.append("]\n\tsource address (length ").append(srcLen).append("): ");
    d.isis.nsap(src, srcLen);
    out.append("\n\tdest   address (length ").append(dstLen).append("): ");
    d.isis.nsap(dst, dstLen);
    if ((flags & 0x80) != 0) {
      if (liRemaining < 6) {
        out.append("li < size of fixed part of CLNP header, addresses, and segment part");
        return -1;
      }
      if (!f.has(q, 6)) {
        f.printTrunc();
        return -2;
      }
      out.append("\n\tData Unit ID: 0x");
      Text.hex4(out, f.u16(q));
      out.append(", Segment Offset: ").append(f.u16(q + 2)).append(", Total PDU Length: ")
          .append(f.u16(q + 4));
      q += 6;
      liRemaining -= 6;
    }
    while (liRemaining != 0) {
      if (liRemaining < 2) {
        out.append(", bad opts/li");
        return -1;
      }
      int op = f.u8(q);
      int opli = f.u8(q + 1);
      q += 2;
      liRemaining -= 2;
      if (opli > liRemaining) {
        out.append(", opt (").append(op).append(") too long");
        return -1;
      }
      if (!f.has(q, opli)) {
        f.printTrunc();
        return -2;
      }
      liRemaining -= opli;
      out.append("\n\t  ").append(clnpOptionName(op)).append(" Option #").append(op)
          .append(", length ").append(opli).append(", value: ");
      if (!clnpOption(op, q, opli)) return -1;
      if (f.opts.verbosity() > 1) f.unknownData(q, "\n\t  ", opli);
      q += opli;
    }
    if ((pduType == 1 || pduType == 31) && f.u8(q) == 0x81) {
      out.append("\n\t-----original packet-----\n\t");
      return q;
    }
    if (Integer.compareUnsigned(length, q - p) > 0) {
      out.append("\n\t  undecoded non-header data, length ")
          .append(Integer.toUnsignedString(length - li));
      f.unknownData(q, "\n\t  ", length - (q - p));
    }
    return -2;
  }

  private int trunc() {
    f.printTrunc();
    return -2;
  }

  private int shortHeader() {
    out.append("li < size of fixed part of CLNP header and addresses");
    return -1;
  }

  private void pduName(int t) {
    switch (t) {
      case 1 -> out.append("Error Report");
      case 29 -> out.append("MD");
      case 28 -> out.append("Data");
      case 30 -> out.append("Echo Request");
      case 31 -> out.append("Echo Response");
      default -> out.append("unknown (").append(t).append(')');
    }
  }

  private static String clnpOptionName(int op) {
    return switch (op) {
      case 193 -> "Discard Reason";
      case 205 -> "Priority";
      case 195 -> "QoS Maintenance";
      case 197 -> "Security";
      case 200 -> "Source Routing";
      case 203 -> "Route Recording";
      case 204 -> "Padding";
      default -> "Unknown";
    };
  }

  private static String scopeName(int v) {
    return switch (v & 0xc0) {
      case 0x40 -> "Source Address Specific";
      case 0x80 -> "Destination Address Specific";
      case 0xc0 -> "Globally unique";
      default -> "Reserved";
    };
  }

  /** One CLNP option's value, all captured; false where tcpdump gives up on the PDU. */
  private boolean clnpOption(int op, int t, int tlen) {
    switch (op) {
      case 200, 203 -> {
        if (tlen < 2) return badOptLen();
        int kind = f.u8(t);
        out.append(kind == 0 ? "partial" : kind == 1 ? "complete" : "Unknown").append(' ')
            .append(op == 200 ? "source routing" : "recording of route in progress");
        int off = f.u8(t + 1);
        if (off == 0) {
          out.append(" Bad NSAP offset (0)");
          return true;
        }
        off--;
        if (off > tlen) {
          out.append(" Bad NSAP offset (past end of option)");
          return true;
        }
        t += off;
        tlen -= off;
        while (tlen > 0) {
          int alen = f.u8(t);
          if (tlen < alen + 1) {
            out.append("\n\t    NSAP address goes past end of option");
            break;
          }
          if (alen > 0) {
            out.append("\n\t    NSAP address (length ").append(alen).append("): ");
            d.isis.nsap(t + 1, alen);
          }
          tlen -= alen + 1;
          // tcpdump does not step past the address: the same one again, until the length runs out
        }
      }
      case 205 -> {
        if (tlen < 1) return badOptLen();
        out.append("0x").append(Character.forDigit(f.u8(t) & 0x0f, 16));
      }
      case 195 -> {
        if (tlen < 1) return badOptLen();
        int v = f.u8(t);
        out.append("\n\t    Format Code: ").append(scopeName(v));
        if ((v & 0xc0) == 0xc0) {
          out.append("\n\t    QoS Flags [");
          LldpTables.bits(out, QOS_BITS, QOS_NAMES, v & 0x3f, "none");
          out.append(']');
        }
      }
      case 197 -> {
        if (tlen < 2) return badOptLen();
        out.append("\n\t    Format Code: ").append(scopeName(f.u8(t)))
            .append(", Security-Level ").append(f.u8(t + 1));
      }
      case 193 -> {
        if (tlen < 1) return badOptLen();
        int err = f.u8(t);
        int major = err >> 4;
        int minor = err & 0x0f;
        out.append("\n\t    Class: ").append(rfdClass(major)).append(" Error (0x")
            .append(Character.forDigit(major, 16)).append("), ").append(rfdError(major, minor))
            .append(" (0x").append(Character.forDigit(minor, 16)).append(')');
      }
      case 204 -> out.append("padding data");
      default -> f.unknownData(t, "\n\t  ", tlen);
    }
    return true;
  }

  private boolean badOptLen() {
    out.append(", bad opt len");
    return false;
  }

  private static String rfdClass(int major) {
    return switch (major) {
      case 0x0 -> "General";
      case 0x8 -> "Address";
      case 0x9 -> "Source Routeing";
      case 0xa -> "Lifetime";
      case 0xb -> "PDU Discarded";
      case 0xc -> "Reassembly";
      default -> "Unknown";
    };
  }

  private static String rfdError(int major, int minor) {
    String s = switch (major) {
      case 0x0 -> switch (minor) {
        case 0 -> "Reason not specified";
        case 1 -> "Protocol procedure error";
        case 2 -> "Incorrect checksum";
        case 3 -> "PDU discarded due to congestion";
        case 4 -> "Header syntax error (cannot be parsed)";
        case 5 -> "Segmentation needed but not permitted";
        case 6 -> "Incomplete PDU received";
        case 7 -> "Duplicate option";
        default -> null;
      };
      case 0x8 -> minor == 0 ? "Destination address unreachable"
          : minor == 1 ? "Destination address unknown" : null;
      case 0x9 -> switch (minor) {
        case 0 -> "Unspecified source routeing error";
        case 1 -> "Syntax error in source routeing field";
        case 2 -> "Unknown address in source routeing field";
        case 3 -> "Path not acceptable";
        default -> null;
      };
      case 0xa -> minor == 0 ? "Lifetime expired while data unit in transit"
          : minor == 1 ? "Lifetime expired during reassembly" : null;
      case 0xb -> switch (minor) {
        case 0 -> "Unsupported option not specified";
        case 1 -> "Unsupported protocol version";
        case 2 -> "Unsupported security option";
        case 3 -> "Unsupported source routeing option";
        case 4 -> "Unsupported recording of route option";
        default -> null;
      };
      case 0xc -> minor == 0 ? "Reassembly interference" : null;
      default -> null;
    };
    return s == null ? "Unknown" : s;
  }

  /** tcpdump's {@code esis_print}. */
  private void esis(int p, int length) {
    f.proto = "esis";
    if (!f.opts.linkHeader()) out.append("ES-IS");
    if (Integer.compareUnsigned(length, 2) <= 0) {
      out.append(f.opts.quiet() ? "bad pkt!" : "no header at all!");
      return;
    }
    if (!f.has(p, 9)) {
      f.printTrunc();
      return;
    }
    int li = f.u8(p + 1);
    int version = f.u8(p + 2);
    if (version != 1) {
      out.append(" version ").append(version).append(" packet not supported");
      return;
    }
    if (Integer.compareUnsigned(li, length) > 0) {
      out.append(" length indicator(").append(li).append(") > PDU size (")
          .append(Integer.toUnsignedString(length)).append(")!");
      return;
    }
    if (li < 11) {
      out.append(" length indicator ").append(li).append(" < min PDU size:");
      for (int q = p; q < f.end; q++) {
        int c = f.u8(q);
        out.append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
      return;
    }
    int type = f.u8(p + 4) & 0x1f;
    String name = switch (type) {
      case 6 -> "redirect";
      case 2 -> "ESH";
      case 4 -> "ISH";
      default -> null;
    };
    String sep = f.opts.linkHeader() ? "" : ", ";
    if (f.opts.verbosity() < 1) {
      out.append(sep);
      if (name == null) out.append("unknown type (").append(type).append(')');
      else out.append(name);
      out.append(", length ").append(Integer.toUnsignedString(length));
      return;
    }
    out.append(sep).append("length ").append(Integer.toUnsignedString(length)).append("\n\t");
    if (name == null) out.append("unknown type: ").append(type);
    else out.append(name);
    int cksum = f.u16(p + 7);
    out.append(" (").append(type).append("), v: ").append(version).append(", checksum: 0x");
    Text.hex4(out, cksum);
    d.isis.checksum(p, cksum, 7, li);
    out.append(", holding time: ").append(f.u16(p + 5)).append("s, length indicator: ")
        .append(li);
    if (f.opts.verbosity() > 1) f.unknownData(p, "\n\t", 9);
    int q = p + 9;
    li -= 9;
    switch (type) {
      case 6 -> {
        q = redirect(q, li);
        if (q < 0) return;
        li = liAfterRedirect;
      }
      case 2 -> {
        if (!f.has(q, 1)) {
          esisTrunc();
          return;
        }
        if (li < 1) {
          out.append(", bad esh/li");
          return;
        }
        int n = f.u8(q);
        q++;
        li--;
        out.append("\n\t  Number of Source Addresses: ").append(n);
        for (; n > 0; n--) {
          int used = net(q, li, ", bad esh/li");
          if (used < 0) return;
          q += used;
          li -= used;
        }
      }
      case 4 -> {
        int used = net(q, li, ", bad ish/li");
        if (used < 0) return;
        q += used;
        li -= used;
      }
      default -> {
        if (f.opts.verbosity() <= 1 && f.has(q, 1)) f.unknownData(q, "\n\t  ", f.end - q);
        return;
      }
    }
    esisOptions(q, li);
  }

  /** One length-prefixed NET of an ESH or ISH; {@return the bytes it took, -1 after bad} */
  private int net(int q, int li, String bad) {
    if (!f.has(q, 1)) return esisTrunc();
    if (li < 1) {
      out.append(bad);
      return -1;
    }
    int alen = f.u8(q);
    if (!f.has(q + 1, alen)) return esisTrunc();
    if (li - 1 < alen) {
      out.append(bad);
      return -1;
    }
    out.append("\n\t  NET (length: ").append(alen).append("): ");
    d.isis.nsap(q + 1, alen);
    return alen + 1;
  }

  /** What is left of the length indicator after a redirect's addresses. */
  private int liAfterRedirect;

  /** A redirect's addresses; {@return where the options start, or -1 after a complaint} */
  private int redirect(int q, int li) {
    if (!f.has(q, 1)) return esisTrunc();
    if (li < 1) return badRedirect();
    int dstl = f.u8(q);
    q++;
    li--;
    if (!f.has(q, dstl)) return esisTrunc();
    if (li < dstl) return badRedirect();
    int dst = q;
    q += dstl;
    li -= dstl;
    out.append("\n\t  ");
    d.isis.nsap(dst, dstl);
    if (!f.has(q, 1)) return esisTrunc();
    if (li < 1) return badRedirect();
    int snpal = f.u8(q);
    q++;
    li--;
    if (!f.has(q, snpal)) return esisTrunc();
    if (li < snpal) return badRedirect();
    int snpa = q;
    q += snpal;
    li -= snpal;
    if (!f.has(q, 1)) return esisTrunc();
    if (li < 1) return badRedirect();
    int netal = f.u8(q);
    q++; // tcpdump does not count this byte off the length indicator
    if (!f.has(q, netal)) return esisTrunc();
    if (li < netal) return badRedirect();
    int neta = q;
    q += netal;
    li -= netal;
    out.append("\n\t  SNPA (length: ").append(snpal).append("): ");
    if (snpal == 6) f.names.mac(out, f.b, snpa);
    else if (snpal == 0) out.append("<empty>");
    else Text.colonHex(out, f.b, snpa, snpal);
    if (netal != 0) {
      out.append("\n\t  NET (length: ").append(netal).append(") ");
      d.isis.nsap(neta, netal);
    }
    liAfterRedirect = li;
    return q;
  }

  /** ES-IS's ND_TCHECKs: [|esis] and a normal return. */
  private int esisTrunc() {
    f.printTrunc();
    return -1;
  }

  private int badRedirect() {
    out.append(", bad redirect/li");
    return -1;
  }

  private void esisOptions(int q, int li) {
    while (li != 0) {
      if (li < 2) {
        out.append(", bad opts/li");
        return;
      }
      int op = f.u8(q);
      int opli = f.u8(q + 1);
      q += 2;
      li -= 2;
      if (opli > li) {
        out.append(", opt (").append(op).append(") too long");
        return;
      }
      li -= opli;
      String name = switch (op) {
        case 129 -> "Protocols supported";
        case 195 -> "QoS Maintenance";
        case 197 -> "Security";
        case 198 -> "ES Configuration Time";
        case 205 -> "Priority";
        case 225 -> "Addressk Mask";
        case 226 -> "SNPA Mask";
        default -> "Unknown";
      };
      out.append("\n\t  ").append(name).append(" Option #").append(op).append(", length ")
          .append(opli).append(", value: ");
      switch (op) {
        case 198 -> {
          if (opli != 2) {
            out.append("(bad length)");
          } else if (!f.has(q, 2)) {
            esisTrunc();
            return;
          } else {
            out.append(f.u16(q)).append('s');
          }
        }
        case 129 -> {
          for (int t = q, n = opli; n > 0; t++, n--) {
            int v = f.u8(t);
            String pn = IsisPrinter.nlpidName(v);
            out.append(pn == null ? "unknown" : pn).append(" (0x");
            Text.hex2(out, v);
            out.append(')');
            if (n > 1) out.append(", ");
          }
          opli = 0; // tcpdump counts the length down here: no dump, and the next option starts inside this one
        }
        default -> f.unknownData(q, "\n\t  ", opli);
      }
      if (f.opts.verbosity() > 1) f.unknownData(q, "\n\t  ", opli);
      q += opli;
    }
  }
}
