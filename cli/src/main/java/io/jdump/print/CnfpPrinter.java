package io.jdump.print;

/**
 * Cisco NetFlow versions 1, 5 and 6, only on {@code -T cnfp}, as tcpdump's {@code cnfp_print}:
 * the header's uptime, time and sequence, then each flow record's times, endpoints, protocol,
 * TCP flags and counters.
 */
final class CnfpPrinter {
  private final Frame f;
  private final StringBuilder out;

  CnfpPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int cp) {
    f.proto = "cnfp";
    int ver = f.u16(cp);
    if (ver != 1 && ver != 5 && ver != 6) {
      out.append("NetFlow v").append(Integer.toHexString(ver));
      return;
    }
    int hdr = ver == 1 ? 16 : 24;
    int rec = ver == 1 ? 48 : 52;
    if (!f.has(cp, hdr)) {
      f.printTrunc();
      return;
    }
    // tcpdump reads the 16-bit count as 32 bits, taking in half of the uptime
    long nrecs = f.u32(cp + 2);
    long uptime = f.u32(cp + 4);
    out.append("NetFlow v").append(Integer.toHexString(ver)).append(", ").append(uptime / 1000)
        .append('.');
    Text.zeroPad(out, uptime % 1000, 3);
    out.append(" uptime, ").append(f.u32(cp + 8)).append('.');
    Text.zeroPad(out, f.u32(cp + 12), 9);
    out.append(", ");
    if (ver != 1) out.append('#').append(f.u32(cp + 16)).append(", ");
    Text.spacePad(out, nrecs, 2);
    out.append(" recs");
    for (int nr = cp + hdr; nrecs != 0; nr += rec, nrecs--) {
      if (!f.has(nr, rec)) {
        f.printTrunc();
        return;
      }
      out.append("\n  started ");
      millis(f.u32(nr + 24));
      out.append(", last ");
      millis(f.u32(nr + 28));
      out.append("\n    ");
      Text.ip4(out, f.b, nr);
      if (ver != 1) out.append('/').append(f.u8(nr + 44)).append(':').append(f.u16(nr + 40));
      out.append(':').append(f.u16(nr + 32)).append(" > ");
      Text.ip4(out, f.b, nr + 4);
      if (ver != 1) out.append('/').append(f.u8(nr + 45)).append(':').append(f.u16(nr + 42));
      out.append(':').append(f.u16(nr + 34)).append(" >> ");
      Text.ip4(out, f.b, nr + 8);
      out.append("\n    ");
      int proto = f.u8(nr + 38);
      String name = f.opts.numeric() ? null : IpProtocolNames.of(proto);
      if (name != null) out.append(name).append(' ');
      else out.append(proto).append(' ');
      if (proto == IpProtocols.TCP) {
        int flags = f.u8(nr + (ver == 1 ? 40 : 37));
        if ((flags & 0x01) != 0) out.append('F');
        if ((flags & 0x02) != 0) out.append('S');
        if ((flags & 0x04) != 0) out.append('R');
        if ((flags & 0x08) != 0) out.append('P');
        if ((flags & 0x10) != 0) out.append('A');
        if ((flags & 0x20) != 0) out.append('U');
        if (flags != 0) out.append(' ');
      }
      out.append("tos ").append(f.u8(nr + 39)).append(", ").append(f.u32(nr + 16)).append(" (")
          .append(f.u32(nr + 20)).append(" octets) ");
      if (ver == 6) {
        int fl = f.u16(nr + 46);
        out.append('(').append(fl >> 8).append("<>").append(fl & 0xff).append(" encaps)");
      }
    }
  }

  private void millis(long ms) {
    out.append(ms / 1000).append('.');
    Text.zeroPad(out, ms % 1000, 3);
  }
}
