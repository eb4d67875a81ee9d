package io.jdump.print;

/**
 * Cisco's IGRP, IP protocol 9, as tcpdump's {@code igrp_print}: the header, then the interior,
 * system and exterior routes it announces.
 */
final class IgrpPrinter {
  private static final int HEADER = 12;
  private static final int ROUTE = 14;

  private final Frame f;
  private final StringBuilder out;

  IgrpPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int bp, int len) {
    f.proto = "igrp";
    out.append("igrp:");
    int nint = f.u16(bp + 4);
    int nsys = f.u16(bp + 6);
    int next = f.u16(bp + 8);
    int vop = f.u8(bp);
    out.append(' ');
    switch (vop & 0x0f) {
      case 1 -> out.append("update");
      case 2 -> out.append("request");
      default -> out.append("op-#").append(vop & 0x0f);
    }
    out.append(" V").append(vop >> 4).append(" edit=").append(f.u8(bp + 1)).append(" AS=")
        .append(f.u16(bp + 2)).append(" (").append(nint).append('/').append(nsys).append('/')
        .append(next).append(')');
    int sum = f.u16(bp + 10);
    if (f.opts.verbosity() > 0) {
      out.append(" checksum=0x");
      Text.hex4(out, sum);
    }
    long length = (len - HEADER) & 0xffffffffL; // unsigned, as tcpdump subtracts
    int cp = bp + HEADER;
    while (length >= ROUTE) {
      int n0 = f.u8(cp);
      int n1 = f.u8(cp + 1);
      int n2 = f.u8(cp + 2);
      if (nint > 0) {
        out.append(" *.").append(n0).append('.').append(n1).append('.').append(n2);
        nint--;
      } else if (nsys > 0) {
        out.append(' ').append(n0).append('.').append(n1).append('.').append(n2).append(".0");
        nsys--;
      } else if (next > 0) {
        out.append(" X").append(n0).append('.').append(n1).append('.').append(n2).append(".0");
        next--;
      } else {
        out.append(" [extra bytes ").append(length).append(']');
        break;
      }
      entry(cp);
      cp += ROUTE;
      length -= ROUTE;
    }
    if (nint != 0 || nsys != 0 || next != 0 || length != 0) f.printInvalid();
  }

  private void entry(int p) {
    f.need(p, ROUTE); // tcpdump reads every field before it prints the entry
    long delay = f.u24(p + 3);
    long bandwidth = f.u24(p + 6);
    long metric = Math.min(bandwidth + delay, 0xffffff);
    int mtu = f.u16(p + 9);
    out.append(" d=").append((10 * delay) & 0xffffffffL).append(" b=")
        .append(bandwidth == 0 ? 0 : 10000000 / bandwidth).append(" r=").append(f.u8(p + 11))
        .append(" l=").append(f.u8(p + 12)).append(" M=").append(metric).append(" mtu=")
        .append(mtu).append(" in ").append(f.u8(p + 13)).append(" hops");
  }
}
