package io.jdump.print;

/** MSDP (TCP 639, RFC 3618), as print-msdp.c shows it. */
final class MsdpPrinter {
  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;

  MsdpPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  void print(int sp, int length) {
    f.proto = "msdp";
    out.append(": msdp");
    int type = f.u8(sp);
    int len = f.u16(sp + 1);
    if (len > 1500 || len < 3 || type == 0 || type > 7) { // not decodable: tcpdump says cut
      f.printTrunc();
      return;
    }
    int verbosity = f.opts.verbosity();
    while (length != 0) {
      type = f.u8(sp);
      len = f.u16(sp + 1);
      if (len > 1400 || verbosity > 0) out.append(" [len ").append(len).append(']');
      if (len < 3 || length < len) {
        f.printTrunc();
        return;
      }
      sp += 3;
      length -= 3;
      switch (type) {
        case 1, 3 -> {
          out.append(type == 1 ? " SA" : " SA-Response");
          int n = f.u8(sp);
          out.append(' ').append(n).append(" entries");
          if (n * 12 + 8 < len) {
            out.append(" [w/data]");
            if (verbosity > 1) {
              out.append(' ');
              d.ip4.print(sp + n * 12 + 8 - 3, len - (n * 12 + 8));
            }
          }
        }
        case 2 -> {
          out.append(" SA-Request");
          f.need(sp + 1, 4); // tcpdump prints nothing of " for" without the address
          out.append(" for ");
          f.ip4(sp + 1);
        }
        case 4 -> {
          out.append(" Keepalive");
          if (len != 3) out.append("[len=").append(len).append("] ");
        }
        case 5 -> out.append(" Notification");
        default -> out.append(" [type=").append(type).append(" len=").append(len).append(']');
      }
      sp += len - 3;
      length -= len - 3;
    }
  }
}
