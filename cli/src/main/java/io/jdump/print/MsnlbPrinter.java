package io.jdump.print;

/** Microsoft Network Load Balancing heartbeats (EtherType 0x886f), as print-msnlb.c shows them. */
final class MsnlbPrinter {
  static final int ETHERTYPE = 0x886f;

  private final Frame f;
  private final StringBuilder out;

  MsnlbPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int p) {
    f.proto = "msnlb";
    out.append("MS NLB heartbeat");
    long prio = f.u32le(p + 8);
    out.append(", host priority: ").append(prio);
    f.need(p + 12, 4);
    out.append(", cluster IP: ");
    f.ip4(p + 12);
    f.need(p + 16, 4);
    out.append(", host IP: ");
    f.ip4(p + 16);
  }
}
