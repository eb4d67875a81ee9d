package io.jdump.print;

/** IPv4, as tcpdump's {@code ip_print}: the {@code -v} header fields, options, fragments. */
final class Ip4Printer {
  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;

  Ip4Printer(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  void print(int p, int length) {
    f.proto = "ip";
    int vhl = f.u8(p);
    if ((vhl >> 4) != 4) {
      if ((vhl >> 4) == 6) out.append("IP6, wrong link-layer encapsulation");
      else out.append("IP").append(vhl >> 4);
      f.printInvalid();
      return;
    }
    if (!f.opts.linkHeader()) out.append("IP ");
    if (!f.has(p, 20)) {
      f.printTrunc();
      return;
    }
    if (length < 20) {
      out.append("truncated-ip ").append(length);
      return;
    }
    int hlen = (vhl & 0xf) * 4;
    if (hlen < 20) {
      out.append("bad-hlen ").append(hlen);
      return;
    }
    int len = f.u16(p + 2);
    if (length < len) {
      out.append("truncated-ip - ").append(len - length).append(" bytes missing! ");
    }
    if (len < hlen) {
      out.append("bad-len ").append(len);
      return;
    }
    int savedEnd = f.end;
    f.end = Math.min(f.end, p + len);
    try {
      body(p, hlen, len, length, false);
    } finally {
      f.end = savedEnd;
    }
  }

  private void body(int p, int hlen, int len, int length, boolean tso) {
    int payloadLen = len - hlen;
    int off = f.u16(p + 6);
    int proto = f.u8(p + 9);
    if (f.opts.verbosity() > 0) {
      int tos = f.u8(p + 1);
      out.append("(tos 0x");
      Text.hex(out, tos);
      switch (tos & 3) {
        case 1 -> out.append(",ECT(1)");
        case 2 -> out.append(",ECT(0)");
        case 3 -> out.append(",CE");
        default -> { }
      }
      int ttl = f.u8(p + 8);
      if (ttl >= 1) out.append(", ttl ").append(ttl);
      out.append(", id ").append(f.u16(p + 4)).append(", offset ").append((off & 0x1fff) * 8)
          .append(", flags [");
      int fl = off & 0xe000;
      if (fl == 0) out.append("none");
      else {
        boolean sep = false;
        if ((fl & 0x2000) != 0) { out.append('+'); sep = true; }
        if ((fl & 0x4000) != 0) { if (sep) out.append(", "); out.append("DF"); sep = true; }
        if ((fl & 0x8000) != 0) { if (sep) out.append(", "); out.append("rsvd"); }
      }
      String pn = IpProtocols.name(proto);
      out.append("], proto ").append(pn == null ? "unknown" : pn).append(" (").append(proto)
          .append(')');
      if (tso) out.append(", length ").append(length).append(" [was 0, presumed TSO]");
      else out.append(", length ").append(f.u16(p + 2));
      boolean truncated = false;
      if (hlen > 20) {
        out.append(", options (");
        if (!options(p + 20, hlen - 20)) {
          out.append(" [truncated-option]");
          truncated = true;
        }
        out.append(')');
      }
      if (!f.opts.noChecksum() && f.has(p, hlen)) {
        int sum = Checksum.fold(Checksum.sum(f.b, p, hlen));
        if (sum != 0) {
          int ipSum = f.u16(p + 10);
          out.append(", bad cksum ");
          Text.hex(out, ipSum);
          out.append(" (->");
          Text.hex(out, Checksum.shouldBe(ipSum, sum));
          out.append(")!");
        }
      }
      out.append(")\n    ");
      if (truncated) {
        addresses(p);
        out.append(": ");
        f.printTrunc();
        return;
      }
    }
    if ((off & 0x1fff) == 0) {
      if (proto != IpProtocols.TCP && proto != IpProtocols.UDP && proto != IpProtocols.SCTP
          && proto != IpProtocols.DCCP) {
        addresses(p);
        out.append(": ");
      }
      // only here, after the -v header and its options: a fragment past the first needs no
      // header beyond the fixed 20 bytes, as in ip_print
      if (!f.has(p, hlen)) {
        out.append(" [remaining caplen(").append(f.end - p).append(") < header length(")
            .append(hlen).append(")]");
        throw f.truncated();
      }
      d.ipDemux(p + hlen, payloadLen, p, (off & 0x2000) != 0, proto);
    } else if (!f.opts.ultraQuiet()) {
      addresses(p);
      out.append(": ");
      f.names.ipProto(out, proto);
    }
  }

  private void addresses(int p) {
    f.need(p + 12, 8);
    f.names.ip4(out, f.b, p + 12);
    out.append(" > ");
    f.names.ip4(out, f.b, p + 16);
  }

  /** tcpdump's {@code ip_optprint}; {@return false when the options were cut short} */
  private boolean options(int cp, int length) {
    String sep = "";
    while (length > 0) {
      out.append(sep);
      sep = ",";
      int code = f.u8(cp);
      String name = switch (code) {
        case 0 -> "EOL";
        case 1 -> "NOP";
        case 68 -> "timestamp";
        case 130 -> "security";
        case 7 -> "RR";
        case 137 -> "SSRR";
        case 131 -> "LSRR";
        case 148 -> "RA";
        case 82 -> "traceroute";
        default -> null;
      };
      if (name != null) out.append(name);
      else out.append("unknown ").append(code);
      int olen;
      if (code == 0 || code == 1) {
        olen = 1;
      } else {
        olen = f.u8(cp + 1);
        if (olen < 2) {
          out.append(" [bad length ").append(olen).append(']');
          return true;
        }
      }
      if (olen > length) {
        out.append(" [bad length ").append(olen).append(']');
        return true;
      }
      if (!f.has(cp, olen)) return false;
      switch (code) {
        case 0 -> {
          return true;
        }
        case 7, 131, 137 -> {
          if (!route(cp, olen)) return false;
        }
        case 68 -> {
          if (!timestamps(cp, olen)) return false;
        }
        case 148 -> {
          if (olen < 4) out.append(" [bad length ").append(olen).append(']');
          else if (f.u16(cp + 2) != 0) out.append(" value ").append(f.u16(cp + 2));
        }
        default -> { }
      }
      cp += olen;
      length -= olen;
    }
    return true;
  }

  /** tcpdump's {@code ip_printts}; {@return false when a hop was not captured} */
  private boolean timestamps(int cp, int length) {
    if (length < 4) {
      out.append("[bad length ").append(length).append(']');
      return true;
    }
    out.append(" TS{");
    int flag = f.u8(cp + 3) & 0xf;
    int hoplen = flag != 0 ? 8 : 4; // TSONLY records 4 bytes a hop, the others an address too
    if (((length - 4) & (hoplen - 1)) != 0) out.append("[bad length ").append(length).append(']');
    long ptr = (f.u8(cp + 2) - 1) & 0xffffffffL; // unsigned in tcpdump: a pointer of 0 is huge
    if (ptr < 4 || ((ptr - 4) & (hoplen - 1)) != 0 || ptr > length + 1) {
      out.append("[bad ptr ").append(f.u8(cp + 2)).append(']');
    }
    int len = 0;
    String type = switch (flag) {
      case 0 -> "TSONLY";
      case 1 -> "TS+ADDR";
      case 3 -> "PRESPEC";
      default -> null;
    };
    if (type == null) {
      out.append("[bad ts type ").append(flag).append(']');
    } else {
      out.append(type);
      String sep = " ";
      for (len = 4; len < length; len += hoplen) {
        if (ptr == len) sep = " ^ ";
        if (!f.has(cp + len, hoplen)) return false;
        out.append(sep).append(f.u32(cp + len + hoplen - 4)).append('@');
        if (hoplen == 8) f.names.ip4(out, f.b, cp + len);
        sep = " ";
      }
    }
    if (ptr == len) out.append(" ^ ");
    int unrecorded = f.u8(cp + 3) >> 4;
    if (unrecorded != 0) out.append(" [").append(unrecorded).append(" hops not recorded]} ");
    else out.append('}');
    return true;
  }

  /** tcpdump's {@code ip_printroute}; {@return false when an address was not captured} */
  private boolean route(int cp, int length) {
    if (length < 3) {
      out.append(" [bad length ").append(length).append(']');
      return true;
    }
    if (((length + 1) & 3) != 0) out.append(" [bad length ").append(length).append(']');
    int ptr = f.u8(cp + 2) - 1;
    if (ptr < 3 || ((ptr + 1) & 3) != 0 || ptr > length + 1) {
      out.append(" [bad ptr ").append(f.u8(cp + 2)).append(']');
    }
    for (int len = 3; len < length; len += 4) {
      if (!f.has(cp + len, 4)) return false;
      out.append(' ');
      f.names.ip4(out, f.b, cp + len);
      // tcpdump's ptr is unsigned: a pointer of 0 wraps past every offset
      if (Integer.compareUnsigned(ptr, len) > 0) out.append(',');
    }
    return true;
  }
}
