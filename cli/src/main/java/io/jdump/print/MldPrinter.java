package io.jdump.print;

/** Multicast Listener Discovery (ICMPv6 types 130-132 and 143), as tcpdump prints it. */
final class MldPrinter {
  private final Frame f;
  private final StringBuilder out;

  MldPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void mld(int dp) {
    // a message not captured whole prints nothing of its own, as tcpdump's silent return
    if (!f.has(dp, 24)) return;
    out.append("max resp delay: ").append(f.u16(dp + 4)).append(" addr: ");
    f.names.ip6(out, f.b, dp + 8);
  }
  void mldv2Query(int dp, int len) {
    int mrc = f.u16(dp + 4);
    long mrt = mrc < 32768 ? mrc : ((mrc & 0x0fffL) | 0x1000) << (((mrc & 0x7000) >> 12) + 3);
    if (f.opts.verbosity() > 0) out.append(" [max resp delay=").append(mrt).append(']');
    f.need(dp + 8, 16);
    out.append(" [gaddr ");
    f.names.ip6(out, f.b, dp + 8);
    if (f.opts.verbosity() > 0) {
      int s = f.u8(dp + 24);
      if ((s & 0x08) != 0) out.append(" sflag");
      if ((s & 0x07) != 0) out.append(" robustness=").append(s & 7);
      int qqic = f.u8(dp + 25);
      int qqi = qqic < 128 ? qqic : ((qqic & 0x0f) | 0x10) << (((qqic & 0x70) >> 4) + 3);
      out.append(" qqi=").append(qqi);
    }
    int nsrcs = f.u16(dp + 26);
    if (nsrcs > 0) {
      if (len < 28 + nsrcs * 16) {
        out.append(" [invalid number of sources]");
      } else if (f.opts.verbosity() > 1) {
        out.append(" {");
        for (int i = 0; i < nsrcs; i++) {
          f.need(dp + 28 + 16 * i, 16);
          out.append(' ');
          f.names.ip6(out, f.b, dp + 28 + 16 * i);
        }
        out.append(" }");
      } else {
        out.append(", ").append(nsrcs).append(" source(s)");
      }
    }
    out.append(']');
  }
  void mldv2Report(int dp, int len) {
    // tcpdump's mldv2_report_print reads the record count only from 8 bytes on
    if (len < 8) out.append(" [invalid len ").append(len).append(']');
    else GroupRecords.print(f, dp, len, 16, "v2-report");
  }
}
