package io.jdump.print;

/**
 * Realtek's switch protocols (EtherType 0x8899), as print-realtek.c shows them: RRCP (remote
 * control of cheap switches), REP, RLDP (loop detection) and the DSA tags some Realtek chips
 * put in this type's place. Found on real office networks: RLDP/loop-detection frames every
 * two seconds from unmanaged switches.
 */
final class RealtekPrinter {
  static final int ETHERTYPE = 0x8899;

  private static final int RRCP_REPLY = 0x80;
  private static final int RRCP_HELLO = 0;
  private static final int RRCP_GET = 1;
  private static final int RRCP_SET = 2;

  private final Frame f;
  private final StringBuilder out;

  RealtekPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  /** {@code src} and {@code dst} are where the MAC addresses are, or -1 when the caller has none. */
  void print(int p, int src, int dst) {
    f.proto = "rtl";
    if (src >= 0 && dst >= 0) {
      // rtl_print repeats the addresses even after -e printed them
      f.need(src, 6);
      f.need(dst, 6);
      f.names.mac(out, f.b, src);
      out.append(" > ");
      f.names.mac(out, f.b, dst);
      out.append(", ");
    }
    int proto = f.u8(p);
    if (proto == 0x01) rrcp(p);
    else if (proto == 0x02) out.append("REP");
    else if (proto == 0x03 || proto == 0x23) out.append("RLDP");
    else if (proto == 0x04) out.append("Realtek 8-byte DSA tag");
    else if ((proto & 0xf0) == 0x90) out.append("Realtek RTL8306 4-byte DSA tag");
    else if ((proto & 0xf0) == 0xa0) out.append("Realtek RTL8366RB 4-byte DSA tag");
    else {
      out.append("Realtek unknown type 0x");
      Text.hex2(out, proto);
    }
  }

  private void rrcp(int p) {
    f.proto = "rrcp";
    int flags = f.u8(p + 1);
    int opcode = flags & 0x7f;
    boolean reply = (flags & RRCP_REPLY) != 0;
    out.append("RRCP ").append(reply ? "reply" : "query").append(": ");
    switch (opcode) {
      case RRCP_HELLO -> out.append("hello");
      case RRCP_GET -> out.append("get");
      case RRCP_SET -> out.append("set");
      default -> {
        out.append("unknown opcode (0x");
        Text.hex2(out, opcode);
        out.append(')');
      }
    }
    boolean config = opcode == RRCP_GET || opcode == RRCP_SET;
    // each of tcpdump's printf calls fetches all its fields before it prints any
    if (config) {
      int addr = f.u16le(p + 4);
      long data = f.u32le(p + 6);
      out.append(" addr=0x");
      Text.hex4(out, addr);
      out.append(", data=0x");
      Text.hex8(out, data);
    }
    int auth = f.u16(p + 2);
    out.append(", auth=0x");
    Text.hex4(out, auth);
    if (opcode == RRCP_HELLO && reply) {
      int down = f.u8(p + 4);
      int up = f.u8(p + 5);
      f.need(p + 6, 6);
      long vendor = f.u32(p + 14);
      int chip = f.u16(p + 12);
      out.append(" downlink_port=").append(down).append(", uplink_port=").append(up)
          .append(", uplink_mac=");
      f.names.mac(out, f.b, p + 6);
      out.append(", vendor_id=");
      Text.hex8(out, vendor);
      out.append(" ,chip_id=");
      Text.hex4(out, chip);
      out.append(' ');
    } else if (config) {
      // tcpdump fetches both cookies before printing either
      long cookie2 = f.u32(p + 14);
      long cookie1 = f.u32(p + 10);
      out.append(", cookie=0x");
      Text.hex8(out, cookie2);
      Text.hex8(out, cookie1);
      out.append(' ');
    }
  }
}
