package io.jdump.print;

/**
 * PIM version 2 (IP protocol 103, RFC 7761), as tcpdump's {@code pim_print}: the message type
 * and length, and with {@code -v} the checksum check and the message: hello options,
 * register, register-stop, join/prune, graft, bootstrap, assert, candidate RP.
 *
 * <p>tcpdump leaves this printer by its long jump wherever a part is missing, so every cut
 * here is a {@link Truncated} throw (and {@code -x} dumps the frame from its first byte).
 */
final class PimPrinter {
  private static final int UNICAST = 0;
  private static final int GROUP = 1;
  private static final int SOURCE = 2;

  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;

  PimPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  private static String type(int t) {
    return switch (t) {
      case 0 -> "Hello";
      case 1 -> "Register";
      case 2 -> "Register Stop";
      case 3 -> "Join / Prune";
      case 4 -> "Bootstrap";
      case 5 -> "Assert";
      case 6 -> "Graft";
      case 7 -> "Graft Acknowledgement";
      case 8 -> "Candidate RP Advertisement";
      case 9 -> "Prune Refresh";
      case 10 -> "DF Election";
      case 11 -> "ECMP Redirect";
      default -> "Unknown Type";
    };
  }

  void print(int bp, int len, int ip) {
    f.proto = "pim";
    long wire = Integer.toUnsignedLong(len); // printed unsigned: tcpdump's u_int
    len = Frame.signedLength(len);
    int tv = f.u8(bp);
    int ver = tv >> 4;
    if (ver != 2) {
      out.append("PIMv").append(ver).append(", length ").append(wire);
      return;
    }
    if (f.opts.verbosity() == 0) {
      out.append("PIMv2, ").append(type(tv & 0xf)).append(", length ").append(wire);
      return;
    }
    out.append("PIMv2, length ").append(wire).append("\n\t").append(type(tv & 0xf));
    v2(bp, len, ip, tv & 0xf);
  }

  private void v2(int bp, int len, int ip, int type) {
    f.proto = "pimv2";
    if (len < 2) {
      out.append("[length ").append(len).append(" < 2]");
      f.printInvalid();
      return;
    }
    // tcpdump 4.99 takes the RFC 2117 address length from the low bits of the reserved byte
    // (its high bits are the DF election subtype)
    int rsv = f.u8(bp + 1);
    int addrLen = rsv & 0x0f;
    if (addrLen != 0) out.append(", RFC2117-encoding");
    if (len < 4) {
      out.append("[length ").append(len).append(" < 4]");
      f.printInvalid();
      return;
    }
    int sum = f.u16(bp + 2);
    out.append(", cksum 0x");
    Text.hex4(out, sum);
    if (sum == 0) {
      out.append(" (unverified)");
    } else {
      int status = type == 1 ? checksum(bp, ip, 8) : checksum(bp, ip, len);
      if (type == 1 && status == 1) status = checksum(bp, ip, len);
      out.append(status == 0 ? " (correct)" : status == 1 ? " (incorrect)" : " (unverified)");
    }
    bp += 4;
    len -= 4;
    int adv;
    switch (type) {
      case 0 -> hello(bp, len, addrLen);
      case 1 -> {
        if (len < 4 || !f.has(bp, 4)) {
          f.printTrunc();
          return;
        }
        long flags = f.u32(bp);
        out.append(", Flags [ ").append(flags == 0x80000000L ? "Border"
            : flags == 0x40000000L ? "Null" : "none").append(" ]\n\t");
        bp += 4;
        len -= 4;
        if (len == 0) {
          f.printTrunc();
          return;
        }
        switch (f.u8(bp) >> 4) { // tcpdump's IP_V reads with GET_U_1: past the capture, a long jump
          case 0 -> {
            f.need(bp + 12, 8);
            out.append("IP-Null-header ");
            f.names.ip4(out, f.b, bp + 12);
            out.append(" > ");
            f.names.ip4(out, f.b, bp + 16);
          }
          case 4 -> d.ip4.print(bp, len);
          case 6 -> d.ip6.print(bp, len);
          default -> out.append("IP ver ").append(f.u8(bp) >> 4);
        }
      }
      case 2 -> {
        if ((adv = field(" group=", bp, len, GROUP, addrLen)) < 0) return;
        bp += adv;
        len -= adv;
        field(" source=", bp, len, UNICAST, addrLen);
      }
      case 3, 6, 7 -> joinPrune(bp, len, type, addrLen);
      case 4 -> bootstrap(bp, len, addrLen);
      case 5 -> {
        if ((adv = field(" group=", bp, len, GROUP, addrLen)) < 0) return;
        bp += adv;
        len -= adv;
        if ((adv = field(" src=", bp, len, UNICAST, addrLen)) < 0) return;
        bp += adv;
        len -= adv;
        if (len < 8 || !f.has(bp, 8)) {
          f.printTrunc();
          return;
        }
        if ((f.u8(bp) & 0x80) != 0) out.append(" RPT");
        out.append(" pref=").append(f.u32(bp) & 0x7fffffffL);
        out.append(" metric=").append(f.u32(bp + 4));
      }
      case 8 -> candidateRp(bp, len, addrLen);
      case 9 -> {
        if ((adv = field(" src=", bp, len, UNICAST, addrLen)) < 0) return;
        bp += adv;
        len -= adv;
        if ((adv = field(" grp=", bp, len, GROUP, addrLen)) < 0) return;
        bp += adv;
        len -= adv;
        if ((adv = field(" forwarder=", bp, len, UNICAST, addrLen)) < 0) return;
        bp += adv;
        len -= adv;
        if (len < 2) {
          f.printTrunc();
          return;
        }
        // the label comes before the read: a cut frame shows ' TUNR ' then the marker
        out.append(" TUNR ");
        Text.relts(out, f.u16(bp));
      }
      case 10 -> {
        out.append("\n\t  ").append(switch (rsv >> 4) {
          case 1 -> "Offer";
          case 2 -> "Winner";
          case 3 -> "Backoff";
          case 4 -> "Pass";
          default -> "Unknown";
        }).append(", rpa=");
        dfElection(rsv >> 4, bp, len, addrLen);
      }
      default -> out.append(" [type ").append(type).append(']');
    }
  }

  /**
   * A DF election message (RFC 5015) after its rpa=: the sender's preference and metric, then
   * a Backoff's offer or a Pass's new winner, as tcpdump prints them.
   */
  private void dfElection(int subtype, int bp, int len, int addrLen) {
    int adv = addr(bp, len, UNICAST, addrLen);
    if (adv < 0) {
      f.printTrunc();
      return;
    }
    bp += adv;
    len -= adv;
    long pref = f.u32(bp); // each read before its label, as tcpdump's GET
    out.append(" sender pref=").append(pref);
    long metric = f.u32(bp + 4);
    out.append(" sender metric=").append(metric);
    bp += 8;
    len -= 8;
    if (subtype != 3 && subtype != 4) return;
    String who = subtype == 3 ? "offer" : "new winner";
    out.append("\n\t  ").append(who).append(" addr=");
    adv = addr(bp, len, UNICAST, addrLen);
    if (adv < 0) {
      f.printTrunc();
      return;
    }
    bp += adv;
    long whoPref = f.u32(bp); // each read before its label, as tcpdump's GET
    out.append(' ').append(who).append(" pref=").append(whoPref);
    long whoMetric = f.u32(bp + 4);
    out.append(' ').append(who).append(" metric=").append(whoMetric);
    if (subtype == 3) {
      int interval = f.u16(bp + 8);
      out.append(" interval ").append(interval).append("ms");
    }
  }

  /** 0 correct, 1 incorrect, 2 unverified (not all captured). */
  private int checksum(int bp, int ip, int len) {
    if (!f.has(bp, len)) return 2;
    int v = f.u8(ip) >> 4;
    long s = Checksum.sum(f.b, bp, len);
    if (v == 4) return Checksum.fold(s) != 0 ? 1 : 0;
    if (v == 6) {
      s += Checksum.pseudo6(f.b, ip, 103, len, d.ip6Destination(ip));
      return Checksum.fold(s) != 0 ? 1 : 0;
    }
    return 2;
  }

  private void hello(int bp, int len, int addrLen) {
    while (len > 0) {
      if (len < 4) {
        f.printTrunc();
        return;
      }
      f.need(bp, 4);
      int otype = f.u16(bp);
      int olen = f.u16(bp + 2);
      out.append("\n\t  ").append(switch (otype) {
        case 1 -> "Hold Time";
        case 2 -> "LAN Prune Delay";
        case 18 -> "DR Priority (Old)";
        case 19 -> "DR Priority";
        case 20 -> "Generation ID";
        case 21 -> "State Refresh Capability";
        case 22 -> "Bi-Directional Capability";
        case 24 -> "Address List";
        case 65001 -> "Address List (Old)";
        default -> "Unknown";
      }).append(" Option (").append(otype).append("), length ").append(olen)
          .append(", Value: ");
      bp += 4;
      len -= 4;
      if (len < olen || !f.has(bp, olen)) {
        f.printTrunc();
        return;
      }
      switch (otype) {
        case 1 -> {
          if (olen != 2) {
            badLength(olen, 2);
            return;
          }
          Text.relts(out, f.u16(bp));
        }
        case 2 -> {
          if (olen != 4) {
            badLength(olen, 4);
            return;
          } else {
            int delay = f.u16(bp);
            out.append("\n\t    T-bit=").append((delay & 0x8000) != 0 ? 1 : 0)
                .append(", LAN delay ").append(delay & 0x7fff).append("ms, Override interval ")
                .append(f.u16(bp + 2)).append("ms");
          }
        }
        case 18, 19 -> {
          if (olen == 0) {
            out.append("Bi-Directional Capability (Old)");
          } else if (olen == 4) {
            out.append(f.u32(bp));
          } else {
            badLength(olen, 4);
            return;
          }
        }
        case 20 -> {
          if (olen != 4) {
            badLength(olen, 4);
            return;
          } else {
            long v = f.u32(bp); // read before "0x", as tcpdump's printf argument is
            out.append("0x");
            Text.hex8(out, v);
          }
        }
        case 21 -> {
          if (olen != 4) {
            badLength(olen, 4);
            return;
          } else {
            out.append('v').append(f.u8(bp));
            if (f.u8(bp + 1) != 0) {
              out.append(", interval ");
              Text.relts(out, f.u8(bp + 1));
            }
            if (f.u16(bp + 2) != 0) {
              out.append(" ?0x");
              Text.hex4(out, f.u16(bp + 2));
              out.append('?');
            }
          }
        }
        case 22 -> { }
        case 24, 65001 -> {
          if (f.opts.verbosity() > 1) {
            int ptr = bp;
            int plen = len;
            while (ptr < bp + olen) {
              out.append("\n\t    ");
              int adv = addr(ptr, plen, UNICAST, addrLen);
              if (adv < 0) {
                f.printTrunc();
                return;
              }
              ptr += adv;
              plen -= adv;
            }
          }
        }
        default -> {
          if (f.opts.verbosity() <= 1) f.unknownData(bp, "\n\t    ", olen);
        }
      }
      if (f.opts.verbosity() > 1) f.unknownData(bp, "\n\t    ", olen);
      bp += olen;
      len -= olen;
    }
  }

  private void badLength(int olen, int want) {
    out.append("[option length ").append(olen).append(" != ").append(want).append(']');
    f.printInvalid();
  }

  private void joinPrune(int bp, int len, int type, int addrLen) {
    int adv;
    if (type != 7) {
      if ((adv = field(", upstream-neighbor: ", bp, len, UNICAST, addrLen)) < 0) return;
      bp += adv;
      len -= adv;
    }
    if (len < 4 || !f.has(bp, 4)) {
      f.printTrunc();
      return;
    }
    int ngroup = f.u8(bp + 1);
    int hold = f.u16(bp + 2);
    out.append("\n\t  ").append(ngroup).append(" group(s)");
    if (type != 7) {
      out.append(", holdtime: ");
      if (hold == 0xffff) out.append("infinite");
      else Text.relts(out, hold);
    }
    bp += 4;
    len -= 4;
    for (int i = 0; i < ngroup; i++) {
      out.append("\n\t    group #").append(i + 1).append(": ");
      if ((adv = addr(bp, len, GROUP, addrLen)) < 0) {
        f.printTrunc();
        return;
      }
      bp += adv;
      len -= adv;
      if (len < 4 || !f.has(bp, 4)) {
        f.printTrunc();
        return;
      }
      int njoin = f.u16(bp);
      int nprune = f.u16(bp + 2);
      out.append(", joined sources: ").append(njoin).append(", pruned sources: ").append(nprune);
      bp += 4;
      len -= 4;
      for (int j = 0; j < njoin + nprune; j++) {
        out.append(j < njoin ? "\n\t      joined source #" : "\n\t      pruned source #")
            .append(j < njoin ? j + 1 : j - njoin + 1).append(": ");
        if ((adv = addr(bp, len, SOURCE, addrLen)) < 0) {
          f.printTrunc();
          return;
        }
        bp += adv;
        len -= adv;
      }
    }
  }

  private void bootstrap(int bp, int len, int addrLen) {
    if (len < 2) {
      f.printTrunc();
      return;
    }
    f.need(bp, 2);
    out.append(" tag=");
    Text.hex(out, f.u16(bp));
    bp += 2;
    len -= 2;
    if (len < 1) {
      f.printTrunc();
      return;
    }
    f.need(bp, 1);
    out.append(" hashmlen=").append(f.u8(bp));
    if (len < 2) {
      f.printTrunc();
      return;
    }
    if (!f.has(bp + 2, 1)) { // tcpdump's ND_TCHECK_1: a cut ends the message, not the packet
      f.printTrunc();
      return;
    }
    out.append(" BSRprio=").append(f.u8(bp + 1));
    bp += 2;
    len -= 2;
    out.append(" BSR=");
    int adv;
    if ((adv = addr(bp, len, UNICAST, addrLen)) < 0) {
      f.printTrunc();
      return;
    }
    bp += adv;
    len -= adv;
    for (int i = 0; len > 0; i++) {
      out.append(" (group").append(i).append(": ");
      if ((adv = addr(bp, len, GROUP, addrLen)) < 0) {
        f.printTrunc();
        return;
      }
      bp += adv;
      len -= adv;
      if (len < 1) {
        f.printTrunc();
        return;
      }
      f.need(bp, 1);
      out.append(" RPcnt=").append(f.u8(bp));
      if (len < 2) {
        f.printTrunc();
        return;
      }
      f.need(bp + 1, 1);
      int frp = f.u8(bp + 1);
      out.append(" FRPcnt=").append(frp);
      if (len < 4) {
        f.printTrunc();
        return;
      }
      bp += 4;
      len -= 4;
      for (int j = 0; j < frp && len > 0; j++) {
        out.append(" RP").append(j).append('=');
        if ((adv = addr(bp, len, UNICAST, addrLen)) < 0) {
          f.printTrunc();
          return;
        }
        bp += adv;
        len -= adv;
        if (len < 2) {
          f.printTrunc();
          return;
        }
        out.append(",holdtime="); // printed before the holdtime is read, as tcpdump
        f.need(bp, 2);
        Text.relts(out, f.u16(bp));
        if (len < 3) {
          f.printTrunc();
          return;
        }
        f.need(bp + 2, 1);
        out.append(",prio=").append(f.u8(bp + 2));
        if (len < 4) {
          f.printTrunc();
          return;
        }
        bp += 4;
        len -= 4;
      }
      out.append(')');
    }
  }

  private void candidateRp(int bp, int len, int addrLen) {
    if (len < 1) {
      f.printTrunc();
      return;
    }
    f.need(bp, 1);
    int pfx = f.u8(bp);
    out.append(" prefix-cnt=").append(pfx);
    if (len < 2) {
      f.printTrunc();
      return;
    }
    f.need(bp + 1, 1);
    out.append(" prio=").append(f.u8(bp + 1));
    if (len < 4) {
      f.printTrunc();
      return;
    }
    out.append(" holdtime="); // printed before the holdtime is read, as tcpdump
    f.need(bp + 2, 2);
    Text.relts(out, f.u16(bp + 2));
    bp += 4;
    len -= 4;
    out.append(" RP=");
    int adv;
    if ((adv = addr(bp, len, UNICAST, addrLen)) < 0) {
      f.printTrunc();
      return;
    }
    bp += adv;
    len -= adv;
    for (int i = 0; i < pfx && len > 0; i++) {
      out.append(" Group").append(i).append('=');
      if ((adv = addr(bp, len, GROUP, addrLen)) < 0) {
        f.printTrunc();
        return;
      }
      bp += adv;
      len -= adv;
    }
  }

  /** label, then the address at bp; -1 after the truncation marker when it is not there. */
  private int field(String label, int bp, int len, int at, int addrLen) {
    out.append(label);
    int adv = addr(bp, len, at, addrLen);
    if (adv < 0) f.printTrunc();
    return adv;
  }

  /** tcpdump's {@code pimv2_addr_print}: an encoded address; its size, or -1. */
  private int addr(int bp, int len, int at, int addrLen) {
    boolean v6;
    int hdr;
    if (addrLen == 0) {
      if (len < 2) return -1;
      // the family and encoding bytes are read outright (the encoding only for a known
      // family), the address only when captured
      switch (f.u8(bp)) {
        case 1 -> {
          v6 = false;
          addrLen = 4;
        }
        case 2 -> {
          v6 = true;
          addrLen = 16;
        }
        default -> {
          return -1;
        }
      }
      if (f.u8(bp + 1) != 0) return -1;
      hdr = 2;
    } else {
      if (addrLen != 4 && addrLen != 16) return -1;
      v6 = addrLen == 16;
      hdr = 0;
    }
    bp += hdr;
    len -= hdr;
    if (at == UNICAST) {
      if (len < addrLen || !f.has(bp, addrLen)) return -1;
      if (v6) f.names.ip6(out, f.b, bp);
      else f.names.ip4(out, f.b, bp);
      return hdr + addrLen;
    }
    if (len < addrLen + 2 || !f.has(bp, addrLen + 2)) return -1;
    int mask = f.u8(bp + 1);
    if (v6) f.names.ip6(out, f.b, bp + 2);
    else f.names.ip4(out, f.b, bp + 2);
    if (mask != (v6 ? 128 : 32)) out.append('/').append(mask);
    int fl = f.u8(bp);
    if (fl != 0) {
      if (at == GROUP) {
        out.append("(0x");
        Text.hex2(out, fl);
        out.append(')');
      } else {
        out.append('(').append((fl & 4) != 0 ? "S" : "").append((fl & 2) != 0 ? "W" : "")
            .append((fl & 1) != 0 ? "R" : "");
        if ((fl & 0xf8) != 0) {
          out.append("+0x");
          Text.hex2(out, fl & 0xf8);
        }
        out.append(')');
      }
    }
    return hdr + 2 + addrLen;
  }

}
