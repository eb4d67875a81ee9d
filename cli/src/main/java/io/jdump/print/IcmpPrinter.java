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
      if (quotedCut) {
        quotedCut = false;
        throw t;
      }
      if (!summaryDone) out.setLength(mark);
      // a cut met by one of tcpdump's ND_TCHECKs returns; one met by a GET longjmps
      if (!localCut) throw t;
      f.printTrunc();
    }
  }

  private boolean summaryDone;
  /** Set when the cut was met by {@link #tcheck}, not by a read. */
  private boolean localCut;
  /** Set when the quoted datagram, not this message's own fields, ran past the capture. */
  private boolean quotedCut;

  private void body(int dp, int plen, boolean fragmented) {
    summaryDone = false;
    quotedCut = false;
    localCut = false;
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
        tcheck(oip + 16, 4);
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
      case 14 -> {
        tcheck(dp + 16, 4);
        out.append("time stamp reply id ").append(f.u16(dp + 4)).append(" seq ")
            .append(f.u16(dp + 6)).append(": org ");
        timestamp(f.u32(dp + 8));
        out.append(", recv ");
        timestamp(f.u32(dp + 12));
        out.append(", xmit ");
        timestamp(f.u32(dp + 16));
      }
      case 15 -> out.append("information request");
      case 16 -> out.append("information reply");
      case 17 -> out.append("address mask request");
      case 9 -> routerAdvertisement(dp);
      default -> out.append("type-#").append(type);
    }
    out.append(", length ").append(plen);
    summaryDone = true;
    // Not under -K: tcpdump 4.99 lets -K skip only IP's, TCP's and UDP's checksums.
    if (f.opts.verbosity() > 0 && !fragmented && f.has(dp, plen)) {
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
      // tcpdump reads the quoted length a second time, for ip_print's argument, after the
      // snapshot end has moved to it: a length under 4 ends the packet there (a long jump)
      f.need(oip + 2, 2);
      if (f.has(oip, 1)) {
        try {
          d.ip4.print(oip, innerLen);
        } catch (Truncated t) {
          // a quoted ICMP message runs this printer again, which clears the flag: the outer
          // summary stays, and the quoted datagram's cut is tcpdump's long jump for every type
          summaryDone = true;
          quotedCut = true;
          throw t;
        }
        summaryDone = true;
      } else {
        f.printTrunc();
        f.end = savedEnd;
        return; // tcpdump's trunc exit skips the extension too
      }
      f.end = savedEnd;
      f.proto = "icmp";
    }
    if (f.opts.verbosity() > 0 && plen > EXT_MIN_LEN && (type == 3 || type == 11
        || type == 12)) {
      mplsExtension(dp, plen);
    }
  }

  /** Where an RFC 4884 extension starts: after the 128 bytes of the original datagram. */
  private static final int EXT_MIN_LEN = 136;

  /** RFC 4884's multi-part extension of ICMP errors (MPLS labels: RFC 4950), printed with -v. */
  private void mplsExtension(int dp, int plen) {
    if (!f.has(dp, EXT_MIN_LEN + 5)) {
      f.printTrunc();
      return;
    }
    int ext = dp + EXT_MIN_LEN;
    int hlen = plen - EXT_MIN_LEN;
    // with no length field, only a valid checksum tells that an extension is there
    if (f.u8(dp + 5) == 0 && f.has(ext, hlen)
        && Checksum.fold(Checksum.sum(f.b, ext, hlen)) != 0) {
      return;
    }
    int version = f.u8(ext) >> 4;
    out.append("\n\tICMP Multi-Part extension v").append(version);
    if (version != 2) {
      out.append(" packet not supported");
      return;
    }
    if (f.has(ext, hlen)) {
      out.append(", checksum 0x");
      Text.hex4(out, f.u16(ext + 2));
      out.append(Checksum.fold(Checksum.sum(f.b, ext, hlen)) != 0 ? " (incorrect)"
          : " (correct)").append(", length ").append(hlen);
    }
    hlen -= 4;
    int obj = ext + 4;
    while (hlen > 4) {
      tcheck(obj, 4); // ND_TCHECK_SIZE of the object header: a cut here returns, as in tcpdump
      int olen = f.u16(obj);
      int cls = f.u8(obj + 2);
      int ctype = f.u8(obj + 3);
      obj += 4;
      out.append("\n\t  ").append(cls == 1 ? "MPLS Stack Entry" : cls == 2
          ? "Interface Identification" : "unknown").append(" Object (").append(cls)
          .append("), Class-Type: ").append(ctype).append(", length ").append(olen);
      hlen -= 4;
      if (cls == 0 || olen < 4) return;
      olen -= 4;
      if (cls == 1 && ctype == 1) {
        int label = (int) f.u32(obj);
        out.append("\n\t    label ").append(label >>> 12).append(", tc ")
            .append((label >> 9) & 7);
        if ((label & 0x100) != 0) out.append(", [S]");
        out.append(", ttl ").append(label & 0xff);
      } else {
        f.unknownData(obj, "\n\t    ", olen);
      }
      if (hlen < olen) break;
      hlen -= olen;
      obj += olen;
    }
  }

  /** tcpdump's {@code icmp_tstamp_print}: milliseconds since midnight as h:m:s.ms. */
  private void timestamp(long t) {
    long msec = t % 1000;
    long sec = t / 1000;
    long min = sec / 60;
    sec -= min * 60;
    long hrs = min / 60;
    min -= hrs * 60;
    two(hrs);
    out.append(':');
    two(min);
    out.append(':');
    two(sec);
    out.append('.');
    if (msec < 100) out.append('0');
    if (msec < 10) out.append('0');
    out.append(msec);
  }

  private void two(long v) {
    if (v < 10) out.append('0');
    out.append(v);
  }

  /** The summary buffer of tcpdump's icmp_print: MAXHOSTNAMELEN (64) + 100 bytes, NUL included. */
  private static final int SUMMARY_CHARS = 163;

  /** RFC 1256's advertisement: lifetime, then each address and preference when sized 2 words. */
  private void routerAdvertisement(int dp) {
    int start = out.length();
    tcheck(dp + 4, 4);
    out.append("router advertisement lifetime ");
    int lifetime = f.u16(dp + 6);
    if (lifetime < 60) {
      out.append(lifetime);
    } else if (lifetime < 3600) {
      out.append(lifetime / 60).append(':');
      two(lifetime % 60);
    } else {
      out.append(lifetime / 3600).append(':');
      two(lifetime % 3600 / 60);
      out.append(':');
      two(lifetime % 60);
    }
    int num = f.u8(dp + 4);
    out.append(' ').append(num).append(':');
    int size = f.u8(dp + 5);
    if (size != 2) {
      out.append(" [size ").append(size).append(']');
    } else {
      for (int e = dp + 8; num > 0; num--, e += 8) {
        tcheck(e, 8);
        out.append(" {");
        f.names.ip4(out, f.b, e);
        out.append(' ').append(f.u32(e + 4)).append('}');
      }
    }
    // snprintf into the fixed buffer: what does not fit is silently lost
    if (out.length() - start > SUMMARY_CHARS) out.setLength(start + SUMMARY_CHARS);
  }

  private void unreach(int dp, int code, int oip) {
    switch (code) {
      case 0 -> dst("net ", oip, " unreachable");
      case 1 -> dst("host ", oip, " unreachable");
      case 2 -> {
        f.ip4(oip + 16);
        out.append(" protocol ").append(f.u8(oip + 9)).append(" unreachable");
      }
      case 3 -> {
        tcheck(oip + 9, 1);
        int hlen = (f.u8(oip) & 0xf) * 4;
        int dport = f.u16(oip + hlen + 2);
        int proto = f.u8(oip + 9);
        f.ip4(oip + 16);
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
        f.ip4(oip + 16);
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

  /**
   * tcpdump's ND_TCHECK in icmp_print: a cut there prints the mark and returns (so -x dumps
   * from the IP header), where a cut met by a GET longjmps (and -x dumps the whole frame).
   */
  private void tcheck(int pos, int n) {
    if (!f.has(pos, n)) {
      localCut = true;
      f.need(pos, n);
    }
  }

  private void dst(String before, int oip, String after) {
    f.need(oip + 16, 4);
    out.append(before);
    f.names.ip4(out, f.b, oip + 16);
    out.append(after);
  }
}
