package io.jdump.print;

/**
 * First-hop redundancy protocols, as tcpdump 4.99 prints them: VRRP v2/v3 (IP protocol 112,
 * over IPv4 and IPv6), CARP (the same protocol number, with {@code -T carp}) and Cisco HSRP
 * (UDP port 1985).
 */
final class RedundancyPrinter {
  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;

  RedundancyPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  /** IP protocol 112: VRRP, or CARP when {@code -T carp} says so. */
  void ipProto112(int p, int length, int iph) {
    boolean v6 = (f.u8(iph) >> 4) == 6;
    int ttl = v6 ? f.u8(iph + 7) : f.u8(iph + 8);
    if (f.opts.packetType() == PacketType.CARP) carp(p, length, ttl);
    else vrrp(p, length, iph, v6, ttl);
  }

  /** tcpdump's {@code vrrp_print}. */
  private void vrrp(int p, int len, int iph, boolean v6, int ttl) {
    f.proto = "vrrp";
    out.append("VRRP");
    int version = f.u8(p) >> 4;
    int type = f.u8(p) & 0x0f;
    out.append('v').append(version).append(", ");
    if (type == 1) out.append("Advertisement");
    else out.append("unknown type (").append(type).append(')');
    if (ttl != 255) out.append(", (ttl ").append(ttl).append(')');
    if (version < 2 || version > 3 || type != 1) return;
    // tcpdump reads every field of a printf before printing any: a cut one prints none
    f.need(p + 1, 2);
    out.append(", vrid ").append(f.u8(p + 1)).append(", prio ").append(f.u8(p + 2));
    int authType = 0;
    if (version == 2) {
      authType = f.u8(p + 4); // the interval is read after the type is printed, as tcpdump
      out.append(", authtype ");
      switch (authType) {
        case 0 -> out.append("none");
        case 1 -> out.append("simple");
        case 2 -> out.append("ah");
        default -> out.append('#').append(authType);
      }
      int intvl = f.u8(p + 5);
      out.append(", intvl ").append(intvl).append("s, length ").append(len);
    } else {
      int intvl = (f.u8(p + 4) & 0x0f) << 8 | f.u8(p + 5); // read before printing
      out.append(", intvl ").append(intvl).append("cs, length ").append(len);
    }
    if (f.opts.verbosity() == 0) return;
    int naddrs = f.u8(p + 3);
    if (f.has(p, len)) {
      long sum = Checksum.sum(f.b, p, len);
      if (version == 3) {
        sum += v6 ? Checksum.pseudo6(f.b, iph, 112, len, d.ip6Destination(iph))
            : Checksum.pseudo4(f.b, iph, 112, len, d.ip4Destination(iph));
      }
      if (Checksum.fold(sum) != 0) {
        int stored = f.u16(p + 6); // read before printing: a cut one prints nothing
        out.append(", (bad vrrp cksum ");
        Text.hex(out, stored);
        out.append(')');
      }
    }
    out.append(", addrs");
    if (naddrs > 1) out.append('(').append(naddrs).append(')');
    out.append(':');
    char c = ' ';
    int bp = p + 8;
    int size = v6 ? 16 : 4;
    for (int i = 0; i < naddrs; i++) {
      f.need(bp, size);
      out.append(c);
      if (v6) f.names.ip6(out, f.b, bp);
      else f.names.ip4(out, f.b, bp);
      c = ',';
      bp += size;
    }
    if (version == 2 && authType == 1) {
      out.append(" auth \"");
      printjnp(bp, 8);
      out.append('"');
    }
  }

  /** tcpdump's {@code carp_print}. */
  private void carp(int p, int len, int ttl) {
    f.proto = "carp";
    int version = f.u8(p) >> 4; // read before "CARP": a cut first byte prints nothing
    int type = f.u8(p) & 0x0f;
    out.append("CARPv").append(version).append('-').append(type == 1 ? "advertise" : "unknown")
        .append(' ').append(len).append(": ");
    if (ttl != 255) out.append("[ttl=").append(ttl).append("!] ");
    if (version != 2 || type != 1) return;
    f.need(p + 1, 5);
    out.append("vhid=").append(f.u8(p + 1)).append(" advbase=").append(f.u8(p + 5))
        .append(" advskew=").append(f.u8(p + 2)).append(" authlen=").append(f.u8(p + 3))
        .append(' ');
    if (f.opts.verbosity() > 0 && f.has(p, len) && Checksum.fold(Checksum.sum(f.b, p, len)) != 0) {
      int sum = f.u16(p + 6); // read before the words: a cut checksum prints none of them
      out.append(" (bad carp cksum ");
      Text.hex(out, sum);
      out.append("!)");
    }
    f.need(p + 8, 8); // a cut counter: tcpdump reads it before it prints its name
    out.append("counter=");
    Text.unsigned64(out, f.u32(p + 8) << 32 | f.u32(p + 12));
  }

  /** tcpdump's {@code hsrp_print}: Cisco's Hot Standby Router Protocol, version 0. */
  void hsrp(int p, int len) {
    f.proto = "hsrp";
    int version = f.u8(p);
    out.append("HSRPv").append(version);
    if (version != 0) return;
    out.append('-');
    int op = f.u8(p + 1);
    switch (op) {
      case 0 -> out.append("hello");
      case 1 -> out.append("coup");
      case 2 -> out.append("resign");
      default -> out.append("unknown (").append(op).append(')');
    }
    out.append(' ').append(len).append(": ");
    int state = f.u8(p + 2); // read before its label, as tcpdump's GET
    out.append("state=");
    switch (state) {
      case 0 -> out.append("initial");
      case 1 -> out.append("learn");
      case 2 -> out.append("listen");
      case 4 -> out.append("speak");
      case 8 -> out.append("standby");
      case 16 -> out.append("active");
      default -> out.append("Unknown (").append(state).append(')');
    }
    out.append(' '); // the state's own trailing space comes before the group is read
    int group = f.u8(p + 6);
    out.append("group=").append(group).append(' ');
    int reserved = f.u8(p + 7);
    if (reserved != 0) out.append("[reserved=").append(reserved).append("!] ");
    f.need(p + 16, 4);
    out.append("addr=");
    f.names.ip4(out, f.b, p + 16);
    if (f.opts.verbosity() == 0) return;
    out.append(" hellotime=");
    relts(f.u8(p + 3));
    out.append(" holdtime=");
    relts(f.u8(p + 4));
    out.append(" priority=").append(f.u8(p + 5)).append(" auth=\"");
    printjnp(p + 8, 8);
    out.append('"');
  }

  /** tcpdump's {@code unsigned_relts_print}: 1y2d3h4m5s, "0s" for nothing. */
  void relts(long secs) {
    if (secs == 0) {
      out.append("0s");
      return;
    }
    long[] units = {31536000, 86400, 3600, 60, 1};
    char[] names = {'y', 'd', 'h', 'm', 's'};
    for (int i = 0; i < units.length; i++) {
      if (secs >= units[i]) {
        out.append(secs / units[i]).append(names[i]);
        secs %= units[i];
      }
    }
  }

  /** tcpdump's {@code nd_printjnp}: at most n characters up to a NUL, escaped; cut = [|proto]. */
  private void printjnp(int p, int n) {
    for (int i = 0; i < n; i++) {
      int c = f.u8(p + i);
      if (c == 0) return;
      DnsNames.charEscaped(out, c);
    }
  }
}
