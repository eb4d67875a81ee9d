package io.jdump.print;

/**
 * The Precision Time Protocol (IEEE 1588, UDP ports 319/320 and ethertype 0x88f7) as tcpdump's
 * {@code ptp_print}: version 2's common header and each message type's fields.
 */
final class PtpPrinter {
  private static final String[] FLAGS = {"l1 61", "l1 59", "utc reasonable", "timescale",
    "time tracable", "frequency tracable"};

  private final Frame f;
  private final StringBuilder out;

  PtpPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int bp, int len) {
    f.proto = "ptp";
    if (len < 34) {
      out.append(" [length ").append(len).append(" < 34]");
      f.printInvalid();
      return;
    }
    int vers = f.u16(bp) & 0xff;
    out.append("PTPv").append(vers);
    if (vers == 1) out.append(" (not implemented)");
    else if (vers == 2) v2(bp);
  }

  private static String msgType(int t) {
    return switch (t) {
      case 0 -> "sync msg";
      case 1 -> "delay req msg";
      case 2 -> "peer delay req msg";
      case 3 -> "peer delay resp msg";
      case 8 -> "follow up msg";
      case 9 -> "delay resp msg";
      case 0xa -> "pdelay resp fup msg";
      case 0xb -> "announce msg";
      case 0xc -> "signalling msg";
      case 0xd -> "management msg";
      default -> "Reserved";
    };
  }

  private static String control(int c) {
    return switch (c) {
      case 0 -> "Sync";
      case 1 -> "Delay_Req";
      case 2 -> "Follow_Up";
      case 3 -> "Delay_Resp";
      case 4 -> "Management";
      case 5 -> "Other";
      default -> "Reserved";
    };
  }

  private long u48(int p) {
    return ((long) f.u16(p) << 32) | f.u32(p + 2);
  }

  private long u64(int p) {
    return (f.u32(p) << 32) | f.u32(p + 4);
  }

  private void v2(int bp) {
    int foct = f.u8(bp);
    out.append(", v1 compat : ").append((foct & 0x10) != 0 ? "yes" : "no");
    int type = foct & 0x0f;
    out.append(", msg type : ").append(msgType(type));
    long v1 = f.u16(bp + 2);
    out.append(", length : ").append(v1);
    int w = f.u16(bp + 4);
    out.append(", domain : ").append(w >> 8);
    out.append(", reserved1 : ").append(w & 0xff);
    int flags = f.u16(bp + 6);
    out.append(", Flags [");
    flags(flags);
    out.append(']');
    long ns = u48(bp + 8);
    out.append(", NS correction : ").append(ns);
    long v2 = f.u16(bp + 14);
    out.append(", sub NS correction : ").append(v2);
    long v3 = f.u32(bp + 16);
    out.append(", reserved2 : ").append(v3);
    long clk = u64(bp + 20);
    out.append(", clock identity : 0x");
    Text.hex(out, clk);
    long v4 = f.u16(bp + 28);
    out.append(", port id : ").append(v4);
    long v5 = f.u16(bp + 30);
    out.append(", seq id : ").append(v5);
    int c = f.u8(bp + 32);
    out.append(", control : ").append(c).append(" (").append(control(c)).append(')');
    long v6 = f.u16(bp + 32) & 0xff;
    out.append(", log message interval : ").append(v6);
    int p = bp + 34;
    switch (type) {
      case 0, 1 -> timestamp(p, "originTimeStamp", false);
      case 8 -> timestamp(p, "preciseOriginTimeStamp", false);
      case 2, 0xa -> timestamp(p, "preciseOriginTimeStamp", true);
      case 3, 9 -> timestamp(p, "receiveTimeStamp", true);
      case 0xb -> announce(p);
      case 0xc -> portId(p);
      case 0xd -> {
        portId(p);
        // tcpdump passes the same pointer to each of the four fields
        int b = f.u8(p);
        out.append(", , start boundary hops  ").append(b);
        out.append(", , boundary hops  ").append(b);
        out.append(", , flags  0x");
        Text.hex(out, b);
        out.append(", , reserved  0x");
        Text.hex(out, b);
      }
      default -> { }
    }
  }

  private void flags(int v) {
    int mark = out.length();
    int[] bits = {0x1, 0x2, 0x4, 0x8, 0x10, 0x20};
    for (int i = 0; i < bits.length; i++) sep(mark, v, bits[i], FLAGS[i]);
    sep(mark, v, 0x100, "alternate master");
    sep(mark, v, 0x200, "two step");
    sep(mark, v, 0x400, "unicast");
    sep(mark, v, 0x1000, "profile specific 1");
    sep(mark, v, 0x2000, "profile specific 2");
    sep(mark, v, 0x4000, "security mask");
    sep(mark, v, 0x18c0, "unknown");
    if (out.length() == mark) out.append("none");
  }

  private void sep(int mark, int v, int bit, String name) {
    if ((v & bit) != bit) return; // tcpdump's bittok2str wants every bit of a mask
    if (out.length() > mark) out.append(", ");
    out.append(name);
  }

  private void timestamp(int p, String name, boolean identity) {
    out.append(", ").append(name).append(" :");
    long secs = u48(p);
    out.append(' ').append(secs).append(" seconds,");
    long ns = f.u32(p + 6);
    out.append(' ').append(ns).append(" nanoseconds");
    if (identity) portId(p + 10);
  }

  private void portId(int p) {
    long id = u64(p);
    out.append(", port identity : 0x");
    Text.hex(out, id);
    long v7 = f.u16(p + 8);
    out.append(", port id : ").append(v7);
  }

  private void announce(int p) {
    out.append(", originTimeStamp :");
    long secs = u48(p);
    out.append(' ').append(secs).append(" seconds");
    long ns = f.u32(p + 6);
    out.append(' ').append(ns).append(" nanoseconds");
    int v = f.u16(p + 10);
    out.append(", origin cur utc :").append(v);
    v = f.u8(p + 12);
    out.append(", rsvd : ").append(v);
    v = f.u8(p + 13);
    out.append(", gm priority_1 : ").append(v);
    v = f.u8(p + 14);
    out.append(", gm clock class : ").append(v);
    v = f.u8(p + 15);
    out.append(", gm clock accuracy : ").append(v);
    v = f.u16(p + 16);
    out.append(", gm clock variance : ").append(v);
    v = f.u8(p + 18);
    out.append(", gm priority_2 : ").append(v);
    long id = u64(p + 19);
    out.append(", gm clock id : 0x");
    Text.hex(out, id);
    v = f.u16(p + 27);
    out.append(", steps removed : ").append(v);
    v = f.u8(p + 29);
    out.append(", time source : 0x");
    Text.hex(out, v);
  }
}
