package io.jdump.print;

/**
 * UDP, as tcpdump's {@code udp_print}: ports, then the application by port (DNS, mDNS,
 * BOOTP/DHCP, NTP, VXLAN, Geneve), else {@code UDP, length N}.
 */
final class UdpPrinter {
  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;
  private final TextProtocols text;
  private final TimedPrinter timed;
  private final ZephyrPrinter zephyr;
  private final LwappPrinter lwapp;

  UdpPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
    this.text = new TextProtocols(f);
    this.timed = new TimedPrinter(f);
    this.zephyr = new ZephyrPrinter(f);
    this.lwapp = new LwappPrinter(f);
  }

  void print(int up, int length, int ip, boolean fragmented) {
    f.proto = "udp";
    boolean v6 = (f.u8(ip) >> 4) == 6;
    if (!f.has(up + 2, 2)) {
      addrs(ip, v6, -1, -1);
      f.printTrunc();
      return;
    }
    int sport = f.u16(up);
    int dport = f.u16(up + 2);
    // tcpdump's length is unsigned: an IPv6 jumbo payload length past 2^31 is no short packet
    if (Integer.compareUnsigned(length, 8) < 0) {
      addrs(ip, v6, sport, dport);
      out.append("truncated-udp ").append(length);
      return;
    }
    if (!f.has(up + 4, 2)) {
      addrs(ip, v6, sport, dport);
      f.printTrunc();
      return;
    }
    int ulen = f.u16(up + 4);
    if (ulen == 0 && Integer.compareUnsigned(length, 65535) > 0) ulen = length;
    if (Integer.compareUnsigned(ulen, 8) < 0) {
      addrs(ip, v6, sport, dport);
      out.append("truncated-udplength ").append(ulen);
      return;
    }
    ulen -= 8;
    length -= 8;
    if (Integer.compareUnsigned(ulen, length) < 0) length = ulen;
    final int wireUlen = ulen; // the last line prints these unsigned: tcpdump's u_int
    final int wireLength = length;
    length = Frame.signedLength(length);
    int cp = up + 8;
    if (cp > f.end) {
      addrs(ip, v6, sport, dport);
      f.printTrunc();
      return;
    }
    if (f.opts.packetType() != PacketType.NONE && forced(ip, v6, sport, dport, cp, length)) {
      return;
    }
    addrs(ip, v6, sport, dport);
    if (!f.opts.quiet() && f.has(cp + 4, 4) && nfs(cp, length, ip, sport, dport)) return;
    if (f.opts.verbosity() > 0 && !f.opts.noChecksum() && !fragmented) {
      if (!v6 && f.opts.verbosity() > 1) {
        int udpSum = f.u16(up + 6);
        if (udpSum == 0) {
          out.append("[no cksum] ");
        } else if (f.has(cp, length)) {
          long s = Checksum.sum(f.b, up, length + 8)
              + Checksum.pseudo4(f.b, ip, 17, length + 8, d.ip4Destination(ip));
          check(Checksum.fold(s), udpSum);
        }
      } else if (v6 && f.has(cp, length)) {
        long s = Checksum.sum(f.b, up, length + 8)
            + Checksum.pseudo6(f.b, ip, 17, length + 8, d.ip6Destination(ip));
        check(Checksum.fold(s), f.u16(up + 6));
      }
    }
    // tcpdump's order: where both ports name a protocol, the first test here wins
    if (!f.opts.quiet()) {
      if (port(sport, dport, 53)) {
        d.dns.print(cp, length, false, false);
        return;
      } else if (port(sport, dport, 5353)) {
        d.dns.print(cp, length, false, true);
        return;
      } else if (port(sport, dport, 525)) {
        timed.print(cp);
        return;
      } else if (port(sport, dport, 69)) {
        d.tftp.print(cp, length);
        return;
      } else if (port(sport, dport, 67) || port(sport, dport, 68)) {
        d.bootp.print(cp, length);
        return;
      } else if (port(sport, dport, 520)) {
        d.rip.rip(cp, length);
        return;
      } else if (port(sport, dport, 654)) {
        d.aodv.print(cp, length, v6);
        return;
      } else if (port(sport, dport, 500)) {
        d.isakmp.print(cp, length, ip);
        return;
      } else if (port(sport, dport, 4500)) {
        d.isakmp.natt(cp, length, ip, fragmented);
        return;
      } else if (port(sport, dport, 7500) || port(sport, dport, 8500)) {
        d.isakmp.print(cp, length, ip);
        return;
      } else if (port(sport, dport, 161) || port(sport, dport, 162)) {
        d.snmp.print(cp, length);
        return;
      } else if (port(sport, dport, 123)) {
        d.ntp.print(cp, length);
        return;
      } else if (port(sport, dport, 88) || port(sport, dport, 750)) {
        d.krb.print(cp);
        return;
      } else if (port(sport, dport, 1701)) {
        d.l2tp.print(cp, length);
        return;
      } else if (dport == 3456) {
        vat(cp, length);
        return;
      } else if (port(sport, dport, 2103) || port(sport, dport, 2104)) {
        zephyr.print(cp, length);
        return;
      } else if (sport >= 7000 && sport <= 7009 || dport >= 7000 && dport <= 7009) {
        d.rx.print(cp, length, sport, dport, ip);
        return;
      } else if (port(sport, dport, 521)) {
        d.rip.ripng(cp, length);
        return;
      } else if (port(sport, dport, 546) || port(sport, dport, 547)) {
        d.dhcp6.print(cp, length);
        return;
      } else if (port(sport, dport, 5359)) {
        d.ahcp.print(cp, length);
        return;
      } else if (port(sport, dport, 6696) || port(sport, dport, 6697)) {
        d.babel.print(cp, length);
        return;
      } else if (port(sport, dport, 8231)) {
        d.hncp.print(cp, length);
        return;
      } else if (dport == 4567) {
        d.wb.print(cp, length);
        return;
      } else if (port(sport, dport, 496)) {
        d.autoRp.print(cp, length);
        return;
      } else if (radiusPort(sport) || radiusPort(dport)) {
        d.radius.print(cp, length);
        return;
      } else if (dport == 1985) {
        d.redundancy.hsrp(cp, length);
        return;
      } else if (port(sport, dport, 921)) {
        d.lwres.print(cp, length);
        return;
      } else if (port(sport, dport, 646)) {
        d.ldp.print(cp, length);
        return;
      } else if (port(sport, dport, 698)) {
        d.olsr.print(cp, length, v6);
        return;
      } else if (port(sport, dport, 3503)) {
        d.lspping.print(cp, length);
        return;
      } else if (sport == 49152) {
        d.bcmLi.print(cp, length);
        return;
      } else if (BfdPrinter.isBfdPort(dport)) {
        d.bfd.print(cp, length, dport);
        return;
      } else if (port(sport, dport, 701)) {
        d.lmp.print(cp, length);
        return;
      } else if (port(sport, dport, 1589)) {
        d.vqp.print(cp, length);
        return;
      } else if (port(sport, dport, 6343)) {
        d.sflow.print(cp, length);
        return;
      } else if (dport == 12223 || sport == 12223) {
        lwapp.control(cp, length, dport == 12223);
        return;
      } else if (port(sport, dport, 12222)) {
        lwapp.data(cp, length);
        return;
      } else if (port(sport, dport, 5060)) {
        text.print(cp, length, TextProtocols.SIP_CMDS, true, "sip", "SIP");
        return;
      } else if (port(sport, dport, 514)) {
        d.syslog.print(cp, length);
        return;
      } else if (port(sport, dport, 8472)) {
        d.tunnel.otv(cp, length);
        return;
      } else if (port(sport, dport, 4789)) {
        d.tunnel.vxlan(cp, length);
        return;
      } else if (port(sport, dport, 6081)) {
        d.tunnel.geneve(cp, length);
        return;
      } else if (port(sport, dport, 4342)) {
        d.lisp.print(cp, length);
        return;
      } else if (port(sport, dport, 4790)) {
        d.tunnel.vxlanGpe(cp, length);
        return;
      } else if (port(sport, dport, ZepPrinter.PORT)) {
        d.zep.print(cp, length);
        return;
      } else if (port(sport, dport, 6635)) {
        d.mpls.print(cp, length);
        return;
      } else if (f.has(cp + 2, 1) && f.u8(cp + 2) == 2 && (atalkPort(sport) || atalkPort(dport))) {
        // tcpdump's KIP: DDP in UDP on the AppleTalk socket ranges, before PTP's 319 and 320
        if (f.opts.verbosity() > 0) out.append("kip ");
        int saved = f.linkHeaderLength;
        d.legacyWan.localTalk(cp, length);
        f.linkHeaderLength = saved;
        return;
      } else if (port(sport, dport, 319) || port(sport, dport, 320)) {
        d.ptp.print(cp, length);
        return;
      } else if (port(sport, dport, 30490)) {
        d.someip.print(cp, length);
        return;
      }
    }
    if (Integer.compareUnsigned(wireUlen, wireLength) > 0 && !fragmented) {
      out.append("UDP, bad length ").append(Integer.toUnsignedLong(wireUlen)).append(" > ")
          .append(Integer.toUnsignedLong(wireLength));
    } else {
      out.append("UDP, length ").append(Integer.toUnsignedLong(wireUlen));
    }
  }

  /**
   * {@code -T}: the payload read as the forced type, without checksum and whatever the ports, as
   * tcpdump does. {@return false for a type jdump has no decoder for: printed by port instead}
   */
  private boolean forced(int ip, boolean v6, int sport, int dport, int cp, int length) {
    switch (f.opts.packetType()) {
      case DOMAIN -> {
        addrs(ip, v6, sport, dport);
        d.dns.print(cp, length, false, false);
      }
      case VXLAN -> {
        addrs(ip, v6, sport, dport);
        d.tunnel.vxlan(cp, length);
      }
      case VAT -> {
        addrs(ip, v6, sport, dport);
        vat(cp, length);
      }
      case RADIUS -> {
        addrs(ip, v6, sport, dport);
        d.radius.print(cp, length);
      }
      case TFTP -> {
        addrs(ip, v6, sport, dport);
        d.tftp.print(cp, length);
      }
      case AODV -> {
        addrs(ip, v6, sport, dport);
        d.aodv.print(cp, length, v6);
      }
      case SNMP -> {
        addrs(ip, v6, sport, dport);
        d.snmp.print(cp, length);
      }
      case LMP -> {
        addrs(ip, v6, sport, dport);
        d.lmp.print(cp, length);
      }
      case PGM, PGM_ZMTP1 -> {
        addrs(ip, v6, sport, dport);
        d.pgm.print(cp, length, ip);
      }
      case RPC -> {
        if (f.u32(cp + 4) == 0) d.sunrpc.call(cp, length, ip);
        else d.nfs.replyWithAddresses(cp, length, ip);
      }
      case CNFP -> {
        addrs(ip, v6, sport, dport);
        d.cnfp.print(cp);
      }
      case PTP -> {
        addrs(ip, v6, sport, dport);
        d.ptp.print(cp, length);
      }
      case SOMEIP -> {
        addrs(ip, v6, sport, dport);
        d.someip.print(cp, length);
      }
      case WB -> {
        addrs(ip, v6, sport, dport);
        d.wb.print(cp, length);
      }
      case RTP -> {
        addrs(ip, v6, sport, dport);
        d.rtp.rtp(cp, length);
      }
      case RTCP -> {
        addrs(ip, v6, sport, dport);
        d.rtp.rtcp(cp);
      }
      // tcpdump's UDP printer has no case for these: it prints nothing at all
      case CARP, RESP, ZMTP1 -> { }
      default -> {
        return false;
      }
    }
    return true;
  }

  /** NFS calls to port 2049 and replies from it, before the checksum, as tcpdump. */
  private boolean nfs(int rp, int length, int ip, int sport, int dport) {
    long direction = f.u32(rp + 4);
    if (dport == 2049 && direction == 0) {
      out.append("NFS request xid ").append(f.u32(rp)).append(' ');
      d.nfs.request(rp, length, ip);
      return true;
    }
    if (sport == 2049 && direction == 1) {
      out.append("NFS reply xid ").append(f.u32(rp)).append(' ');
      d.nfs.reply(rp, length, ip);
      return true;
    }
    return false;
  }

  /** tcpdump's vat_print: the vat and vt audio tools' headers, on destination port 3456. */
  private void vat(int cp, int length) {
    f.proto = "vat";
    if (length < 2) {
      out.append("udp/va/vat, length ").append(length).append(" < 2");
      return;
    }
    int ts = f.u16(cp);
    if ((ts & 0xf060) != 0) { // probably vt
      out.append("udp/vt ").append(length).append(' ').append(ts & 0x3ff).append(" / ")
          .append(ts >> 10);
      return;
    }
    if (length < 8) {
      out.append("udp/vat, length ").append(length).append(" < 8");
      return;
    }
    long i0 = f.u32(cp);
    long i1 = f.u32(cp + 4);
    out.append("udp/vat ").append(length - 8).append(" c").append(i0 & 0xffff).append(' ')
        .append(i1).append((i0 & 0x800000) != 0 ? "*" : "");
    if ((i0 & 0x1f0000) != 0) out.append(" f").append((i0 >> 16) & 0x1f);
    if ((i0 & 0x3f000000) != 0) out.append(" s").append((i0 >> 24) & 0x3f);
  }

  private void check(int sum, int udpSum) {
    if (sum != 0) {
      out.append("[bad udp cksum 0x");
      Text.hex4(out, udpSum);
      out.append(" -> 0x");
      Text.hex4(out, Checksum.shouldBe(udpSum, sum));
      out.append("!] ");
    } else {
      out.append("[udp sum ok] ");
    }
  }

  /** RADIUS, its accounting, both on their old and new ports, and dynamic authorization. */
  private static boolean radiusPort(int p) {
    return p == 1812 || p == 1813 || p == 1645 || p == 1646 || p == 1700 || p == 3799;
  }

  private static boolean port(int s, int d, int p) {
    return s == p || d == p;
  }

  private void addrs(int ip, boolean v6, int sport, int dport) {
    boolean direct = v6 ? f.u8(ip + 6) == IpProtocols.UDP : f.u8(ip + 9) == IpProtocols.UDP;
    if (direct) {
      if (v6) {
        f.need(ip + 8, 32);
        f.names.ip6(out, f.b, ip + 8);
        if (sport >= 0) {
          out.append('.');
          f.names.udpPort(out, sport);
        }
        out.append(" > ");
        f.names.ip6(out, f.b, ip + 24);
      } else {
        f.need(ip + 12, 8);
        f.names.ip4(out, f.b, ip + 12);
        if (sport >= 0) {
          out.append('.');
          f.names.udpPort(out, sport);
        }
        out.append(" > ");
        f.names.ip4(out, f.b, ip + 16);
      }
      if (sport >= 0) {
        out.append('.');
        f.names.udpPort(out, dport);
      }
      out.append(": ");
    } else if (sport >= 0) {
      f.names.udpPort(out, sport);
      out.append(" > ");
      f.names.udpPort(out, dport);
      out.append(": ");
    }
  }

  /** tcpdump's {@code atalk_port}: the UDP ports of DDP-in-UDP sockets. */
  private static boolean atalkPort(int p) {
    return p - 16512 >= 0 && p - 16512 < 128 || p - 200 >= 0 && p - 200 < 128
        || p - 768 >= 0 && p - 768 < 128;
  }
}
