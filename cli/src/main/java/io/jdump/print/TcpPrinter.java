package io.jdump.print;

/**
 * TCP, as tcpdump's {@code tcp_print}: ports, flags, sequence numbers relative to the first
 * segment seen of each conversation (absolute with {@code -S}), ack, window, options, length,
 * then the application summary chosen by port.
 */
final class TcpPrinter {
  private static final int FIN = 0x01, SYN = 0x02, RST = 0x04, PUSH = 0x08, ACK = 0x10,
      URG = 0x20, ECE = 0x40, CWR = 0x80;

  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;
  private final TcpSeqTable seqs = new TcpSeqTable();
  private final TextProtocols text;
  private final TcpOptionsPrinter options;
  private final MsdpPrinter msdp;
  /** The IP header of the segment being printed, for NFS' reply matching. */
  private int ipHeader;

  TcpPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
    this.text = new TextProtocols(f);
    this.options = new TcpOptionsPrinter(f);
    this.msdp = new MsdpPrinter(d, f);
  }

  void print(int tp, int length, int ip, boolean fragmented) {
    ipHeader = ip;
    f.proto = "tcp";
    boolean v6 = (f.u8(ip) >> 4) == 6;
    if (!f.has(tp + 2, 2)) {
      addresses(ip, v6);
      out.append(':');
      f.printTrunc();
      return;
    }
    int sport = f.u16(tp);
    int dport = f.u16(tp + 2);
    boolean direct = v6 ? f.u8(ip + 6) == IpProtocols.TCP : f.u8(ip + 9) == IpProtocols.TCP;
    if (direct) {
      addressesPorts(ip, v6, sport, dport);
    } else {
      f.names.tcpPort(out, sport);
      out.append(" > ");
      f.names.tcpPort(out, dport);
      out.append(": ");
    }
    if (!f.has(tp, 20)) {
      f.printTrunc();
      return;
    }
    int hlen = (f.u8(tp + 12) >> 4) * 4;
    if (hlen < 20) {
      out.append(" tcp ").append((length - hlen) & 0xffffffffL).append(" [bad hdr length ").append(hlen)
          .append(" - too short, < 20]");
      return;
    }
    long seq = f.u32(tp + 4);
    long ack = f.u32(tp + 8);
    int win = f.u16(tp + 14);
    int urp = f.u16(tp + 18);
    if (f.opts.quiet()) {
      out.append("tcp ").append((length - hlen) & 0xffffffffL);
      if (Integer.compareUnsigned(hlen, length) > 0) {
        out.append(" [bad hdr length ").append(hlen).append(" - too long, > ").append(length)
            .append(']');
      }
      return;
    }
    int flags = f.u8(tp + 13);
    out.append("Flags [");
    if ((flags & 0xff) == 0) out.append("none");
    if ((flags & FIN) != 0) out.append('F');
    if ((flags & SYN) != 0) out.append('S');
    if ((flags & RST) != 0) out.append('R');
    if ((flags & PUSH) != 0) out.append('P');
    if ((flags & ACK) != 0) out.append('.');
    if ((flags & URG) != 0) out.append('U');
    if ((flags & ECE) != 0) out.append('E');
    if ((flags & CWR) != 0) out.append('W');
    out.append(']');
    long thseq = 0, thack = 0;
    boolean rev = false;
    if (!f.opts.absoluteSequence() && (flags & ACK) != 0) {
      int n = v6 ? 16 : 4;
      int src = v6 ? ip + 8 : ip + 12;
      int dst = src + n;
      if (sport > dport) rev = true;
      else if (sport == dport) rev = compare(src, dst, n) > 0;
      TcpSeqTable.Entry th = seqs.find(f.b, src, dst, n, sport, dport, rev);
      if (th == null || (flags & SYN) != 0) {
        if (th == null) th = seqs.add();
        if (rev) {
          th.ack = seq;
          th.seq = (ack - 1) & 0xffffffffL;
        } else {
          th.seq = seq;
          th.ack = (ack - 1) & 0xffffffffL;
        }
      } else if (rev) {
        seq = (seq - th.ack) & 0xffffffffL;
        ack = (ack - th.seq) & 0xffffffffL;
      } else {
        seq = (seq - th.seq) & 0xffffffffL;
        ack = (ack - th.ack) & 0xffffffffL;
      }
      thseq = th.seq;
      thack = th.ack;
    }
    if (Integer.compareUnsigned(hlen, length) > 0) {
      out.append(" [bad hdr length ").append(hlen).append(" - too long, > ").append(length)
          .append(']');
      return;
    }
    if (f.opts.verbosity() > 0 && !f.opts.noChecksum() && !fragmented && f.has(tp, length)) {
      boolean can = !v6 || f.u16(ip + 4) != 0;
      if (can) {
        long s = Checksum.sum(f.b, tp, length);
        s += v6 ? Checksum.pseudo6(f.b, ip, IpProtocols.TCP, length, d.ip6Destination(ip))
            : Checksum.pseudo4(f.b, ip, IpProtocols.TCP, length, d.ip4Destination(ip));
        int sum = Checksum.fold(s);
        int tcpSum = f.u16(tp + 16);
        out.append(", cksum 0x");
        Text.hex4(out, tcpSum);
        if (sum != 0) {
          out.append(" (incorrect -> 0x");
          Text.hex4(out, Checksum.shouldBe(tcpSum, sum));
          out.append(')');
        } else {
          out.append(" (correct)");
        }
      }
    }
    length -= hlen;
    long wireLength = Integer.toUnsignedLong(length); // printed unsigned: tcpdump's u_int
    length = Frame.signedLength(length);
    if (f.opts.verbosity() > 1 || length > 0 || (flags & (SYN | FIN | RST)) != 0) {
      out.append(", seq ").append(seq);
      if (length > 0) out.append(':').append((seq + wireLength) & 0xffffffffL);
    }
    if ((flags & ACK) != 0) out.append(", ack ").append(ack);
    out.append(", win ").append(win);
    if ((flags & URG) != 0) out.append(", urg ").append(urp);
    if (hlen > 20 && !options.print(tp + 20, hlen - 20, rev, thseq, thack, flags, length, ip, tp)) {
      return;
    }
    out.append(", length ").append(wireLength);
    if (length <= 0) return; // before the caplen check, as tcp_print: a cut empty segment ends here
    if (!f.has(tp, hlen)) {
      out.append(" [remaining caplen(").append(Math.max(0, f.end - tp))
          .append(") < header length(").append(hlen).append(")]");
      throw f.truncated();
    }
    payload(tp + hlen, length, sport, dport, flags);
  }





  private void payload(int bp, int length, int sport, int dport, int flags) {
    if ((flags & RST) != 0 && f.opts.verbosity() > 0) {
      rstData(bp, length);
      return;
    }
    if (f.opts.packetType() != PacketType.NONE) {
      // -T: tcpdump reads TCP payloads as zmtp1, resp or domain only, and prints none of the
      // others
      if (f.opts.packetType() == PacketType.DOMAIN) d.dns.print(bp, length, true, false);
      else if (f.opts.packetType() == PacketType.ZMTP1) d.zmtp.stream(bp, length);
      else if (f.opts.packetType() == PacketType.RESP) d.resp.print(bp, length);
      return;
    }
    if (port(sport, dport, 23)) {
      d.telnet.print(bp, length);
    } else if (port(sport, dport, 25)) {
      out.append(": ");
      text.print(bp, length, null, false, "smtp", "SMTP");
    } else if (port(sport, dport, 43)) {
      out.append(": ");
      text.print(bp, length, null, false, "whois", "WHOIS");
    } else if (port(sport, dport, 179)) {
      d.bgp.print(bp, length);
    } else if (port(sport, dport, 1723)) {
      d.pptp.print(bp);
    } else if (port(sport, dport, 6379)) {
      d.resp.print(bp, length);
    } else if (port(sport, dport, 22)) {
      ssh(bp, length);
    } else if (port(sport, dport, 10288)) { // before FTP and HTTP, as tcpdump tests them
      d.beep.print(bp, length);
    } else if (OpenflowPrinter.isPort(sport) || OpenflowPrinter.isPort(dport)) {
      d.openflow.print(bp, length);
    } else if (port(sport, dport, 21)) {
      out.append(": ");
      text.print(bp, length, null, false, "ftp", "FTP");
    } else if (port(sport, dport, 80) || port(sport, dport, 8080)) {
      out.append(": ");
      text.print(bp, length, TextProtocols.HTTP_CMDS, true, "http", "HTTP");
    } else if (port(sport, dport, 554) || port(sport, dport, 8554)) {
      out.append(": ");
      text.print(bp, length, TextProtocols.RTSP_CMDS, true, "rtsp", "RTSP");
    } else if (port(sport, dport, 53)) {
      d.dns.print(bp, length, true, false);
    } else if (port(sport, dport, 639)) {
      msdp.print(bp, length);
    } else if (port(sport, dport, 323)) {
      d.rpkiRtr.print(bp, length);
    } else if (port(sport, dport, 646)) {
      d.ldp.print(bp, length);
    } else if (port(sport, dport, 2049) && length >= 4 && f.has(bp, 4)) {
      nfs(bp, length, sport, dport);
    }
  }

  /** NFS over TCP: the RPC record mark's length, then the call or reply, as tcpdump. */
  private void nfs(int bp, int length, int sport, int dport) {
    long fraglen = f.u32(bp) & 0x7fffffffL;
    if (fraglen > length - 4) fraglen = length - 4;
    int rp = bp + 4;
    if (!f.has(rp + 4, 4)) return;
    long direction = f.u32(rp + 4);
    if (dport == 2049 && direction == 0) {
      out.append(": NFS request xid ").append(f.u32(rp)).append(' ');
      d.nfs.request(rp, (int) fraglen, ipHeader);
    } else if (sport == 2049 && direction == 1) {
      out.append(": NFS reply xid ").append(f.u32(rp)).append(' ');
      d.nfs.reply(rp, (int) fraglen, ipHeader);
    }
  }

  private static boolean port(int s, int d, int p) {
    return s == p || d == p;
  }

  /** tcpdump's {@code ssh_print}: the version string of the protocol exchange. */
  private void ssh(int p, int len) {
    f.proto = "ssh";
    if (f.u8(p) != 'S' || f.u8(p + 1) != 'S' || f.u8(p + 2) != 'H' || f.u8(p + 3) != '-') return;
    for (int idx = 4; idx < len; idx++) {
      int c = f.u8(p + idx);
      if (c == '\n') {
        out.append(": SSH: ");
        printjn(p, idx);
        return;
      }
      if (c == '\r') {
        if (idx + 1 >= len) return;
        if (f.u8(p + idx + 1) == '\n') {
          out.append(": SSH: ");
          printjn(p, idx);
        }
        return;
      }
      if (c < 0x20 || c > 0x7e) return; // not printable ASCII: not a version string
    }
  }

  private void printjn(int p, int n) {
    for (int i = 0; i < n; i++) DnsNames.charEscaped(out, f.u8(p + i));
  }

  private void rstData(int p, int length) {
    out.append(f.has(p, length) ? " [RST" : " [!RST");
    if (length > 30) {
      length = 30;
      out.append('+');
    }
    out.append(' ');
    for (int i = 0; i < length && f.has(p + i, 1); i++) {
      DnsNames.charEscaped(out, f.b[p + i] & 0xff); // nd_printn: M- and ^ escapes
    }
    out.append(']');
  }

  private int compare(int a, int b, int n) {
    for (int i = 0; i < n; i++) {
      int x = f.b[a + i] & 0xff, y = f.b[b + i] & 0xff;
      if (x != y) return x - y;
    }
    return 0;
  }

  private void addresses(int ip, boolean v6) {
    if (v6) d.ip6.addresses(ip);
    else {
      f.need(ip + 12, 8);
      f.names.ip4(out, f.b, ip + 12);
      out.append(" > ");
      f.names.ip4(out, f.b, ip + 16);
    }
  }

  private void addressesPorts(int ip, boolean v6, int sport, int dport) {
    if (v6) {
      f.need(ip + 8, 32);
      f.names.ip6(out, f.b, ip + 8);
      out.append('.');
      f.names.tcpPort(out, sport);
      out.append(" > ");
      f.names.ip6(out, f.b, ip + 24);
    } else {
      f.need(ip + 12, 8);
      f.names.ip4(out, f.b, ip + 12);
      out.append('.');
      f.names.tcpPort(out, sport);
      out.append(" > ");
      f.names.ip4(out, f.b, ip + 16);
    }
    out.append('.');
    f.names.tcpPort(out, dport);
    out.append(": ");
  }
}
