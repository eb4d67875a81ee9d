package io.jdump.print;

/**
 * ICMP, as tcpdump's {@code icmp_print}: every type it names, the addresses and ports of the
 * quoted packet in errors, and (with {@code -v}) the quoted IP packet itself.
 */
final class IcmpPrinter {
  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;

  IcmpPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  void print(int dp, int plen, int ip, boolean fragmented) {
    f.proto = "icmp";
    f.u16(dp); // type and code are read with longjmp-on-failure GETs in tcpdump
    int mark = out.length();
    try {
      body(dp, plen, fragmented);
    } catch (Truncated t) {
      // tcpdump formats the summary into a buffer first: a short packet prints none of it.
      // Its checks here are ND_TCHECKs, which return normally (the link header still counts)
      if (!f.proto.equals("icmp")) throw t;
      if (!summaryDone) out.setLength(mark);
      // time exceeded checks with ND_TCHECK (returns); the others read with GET (longjmps)
      if (f.u8(dp) != 11) throw t;
      f.printTrunc();
    }
  }

  private boolean summaryDone;

  private void body(int dp, int plen, boolean fragmented) {
    summaryDone = false;
    int type = f.u8(dp);
    int code = f.u8(dp + 1);
    int oip = dp + 8;
    out.append("ICMP ");
    switch (type) {
      case 0, 8 -> out.append("echo ").append(type == 8 ? "request" : "reply").append(", id ")
          .append(f.u16(dp + 4)).append(", seq ").append(f.u16(dp + 6));
      case 3 -> unreach(dp, code, oip);
      case 5 -> {
        String fmt = switch (code) {
          case 0 -> "redirect %s to net %s";
          case 1 -> "redirect %s to host %s";
          case 2 -> "redirect-tos %s to net %s";
          case 3 -> "redirect-tos %s to host %s";
          default -> null;
        };
        f.need(oip + 16, 4);
        f.need(dp + 4, 4);
        if (fmt == null) {
          out.append("redirect-#").append(code).append(' ');
          f.names.ip4(out, f.b, oip + 16);
          out.append(" to ");
          f.names.ip4(out, f.b, dp + 4);
        } else {
          out.append(fmt, 0, fmt.indexOf('%'));
          f.names.ip4(out, f.b, oip + 16);
          out.append(fmt, fmt.indexOf('%') + 2, fmt.lastIndexOf('%'));
          f.names.ip4(out, f.b, dp + 4);
        }
      }
      case 11 -> {
        f.need(oip + 16, 4);
        if (code == 0) out.append("time exceeded in-transit");
        else if (code == 1) out.append("ip reassembly time exceeded");
        else out.append("time exceeded-#").append(code);
      }
      case 12 -> {
        if (code != 0) out.append("parameter problem - code ").append(code);
        else out.append("parameter problem - octet ").append(f.u8(dp + 4));
      }
      case 18 -> {
        out.append("address mask is 0x");
        Text.hex8(out, f.u32(dp + 8));
      }
      case 13 -> out.append("time stamp query id ").append(f.u16(dp + 4)).append(" seq ")
          .append(f.u16(dp + 6));
      case 4 -> out.append("source quench");
      case 10 -> out.append("router solicitation");
      case 14 -> out.append("time stamp reply");
      case 15 -> out.append("information request");
      case 16 -> out.append("information reply");
      case 17 -> out.append("address mask request");
      case 9 -> out.append("router advertisement");
      default -> out.append("type-#").append(type);
    }
    out.append(", length ").append(plen);
    summaryDone = true;
    if (f.opts.verbosity() > 0 && !fragmented && !f.opts.noChecksum() && f.has(dp, plen)) {
      int sum = Checksum.fold(Checksum.sum(f.b, dp, plen));
      if (sum != 0) {
        int icmpSum = f.u16(dp + 2);
        out.append(" (wrong icmp cksum ");
        Text.hex(out, icmpSum);
        out.append(" (->");
        Text.hex(out, Checksum.shouldBe(icmpSum, sum));
        out.append(")!)");
      }
    }
    if (f.opts.verbosity() > 0 && (type == 3 || type == 4 || type == 5 || type == 11
        || type == 12)) {
      out.append("\n\t");
      int innerLen = f.u16(oip + 2);
      int savedEnd = f.end;
      f.end = Math.min(f.end, oip + innerLen);
      if (f.has(oip, 1)) {
        d.ip4.print(oip, innerLen);
      } else {
        f.printTrunc();
      }
      f.end = savedEnd;
      f.proto = "icmp";
    }
  }

  private void unreach(int dp, int code, int oip) {
    switch (code) {
      case 0 -> dst("net ", oip, " unreachable");
      case 1 -> dst("host ", oip, " unreachable");
      case 2 -> {
        f.need(oip + 16, 4);
        f.names.ip4(out, f.b, oip + 16);
        out.append(" protocol ").append(f.u8(oip + 9)).append(" unreachable");
      }
      case 3 -> {
        f.need(oip + 9, 1);
        int hlen = (f.u8(oip) & 0xf) * 4;
        int dport = f.u16(oip + hlen + 2);
        int proto = f.u8(oip + 9);
        f.need(oip + 16, 4);
        f.names.ip4(out, f.b, oip + 16);
        if (proto == 6) {
          out.append(" tcp port ");
          f.names.tcpPort(out, dport);
          out.append(" unreachable");
        } else if (proto == 17) {
          out.append(" udp port ");
          f.names.udpPort(out, dport);
          out.append(" unreachable");
        }
        else out.append(" protocol ").append(proto).append(" port ").append(dport)
            .append(" unreachable");
      }
      case 4 -> {
        int mtu = f.u16(dp + 6);
        f.need(oip + 16, 4);
        f.names.ip4(out, f.b, oip + 16);
        out.append(" unreachable - need to frag");
        if (mtu != 0) out.append(" (mtu ").append(mtu).append(')');
      }
      case 5 -> dst("", oip, " unreachable - source route failed");
      case 6 -> dst("net ", oip, " unreachable - unknown");
      case 7 -> dst("host ", oip, " unreachable - unknown");
      case 8 -> dst("", oip, " unreachable - source host isolated");
      case 9 -> dst("net ", oip, " unreachable - admin prohibited");
      case 10 -> dst("host ", oip, " unreachable - admin prohibited");
      case 11 -> dst("net ", oip, " unreachable - tos prohibited");
      case 12 -> dst("host ", oip, " unreachable - tos prohibited");
      case 13 -> dst("host ", oip, " unreachable - admin prohibited filter");
      case 14 -> dst("host ", oip, " unreachable - host precedence violation");
      case 15 -> dst("host ", oip, " unreachable - precedence cutoff");
      default -> {
        dst("", oip, " unreachable - #");
        out.append(code);
      }
    }
  }

  private void dst(String before, int oip, String after) {
    f.need(oip + 16, 4);
    out.append(before);
    f.names.ip4(out, f.b, oip + 16);
    out.append(after);
  }
}
