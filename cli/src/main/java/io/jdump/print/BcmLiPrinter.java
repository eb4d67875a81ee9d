package io.jdump.print;

/**
 * Broadcom's lawful-intercept shim on UDP port 49152, as tcpdump's {@code bcm_li_print}: its
 * 4-byte header, then (with {@code -v}) the Ethernet frame or IP packet it carries. Routing
 * daemons often send from that port (FRR's BFD does), so tcpdump prints their packets so.
 */
final class BcmLiPrinter {
  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;

  BcmLiPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  void print(int p, int length) {
    f.proto = "bcm_li";
    if (length < 4) {
      out.append(" (length ").append(length).append(" < 4)");
      f.printInvalid();
      return;
    }
    long shim = f.u32(p); // a shim that was not captured ends in tcpdump's long jump
    int direction = (int) (shim >> 29) & 7;
    int type = (int) (shim >> 25) & 0xf;
    int subtype = (int) (shim >> 22) & 7;
    out.append(f.opts.verbosity() > 0 ? "\n    BCM-LI-SHIM: direction " : "BCM-LI-SHIM: direction ")
        .append(switch (direction) {
          case 1 -> "unused";
          case 2 -> "egress";
          case 3 -> "ingress";
          default -> "unknown";
        }).append(", pkt-type ").append(switch (type) {
          case 4 -> "undecided";
          case 5 -> "ipv4";
          case 6 -> "ipv6";
          case 7 -> "ethernet";
          default -> "unknown";
        }).append(", pkt-subtype ").append(switch (subtype) {
          case 1 -> "single VLAN tag";
          case 2 -> "double VLAN tag";
          case 3 -> "untagged";
          default -> "unknown";
        }).append(", li-id ").append(shim & 0x3fffff);
    if (f.opts.verbosity() == 0) {
      // tcpdump 4.99.3 reads the whole payload here: a cut one ends in its long jump
      f.need(p, length);
      return;
    }
    out.append("\n    ");
    int bp = p + 4;
    length -= 4;
    switch (type) {
      case 7 -> d.link.ethernet(bp, length, Math.max(0, f.end - bp));
      case 5 -> d.ip4.print(bp, length);
      case 6 -> d.ip6.print(bp, length);
      case 4 -> {
        int v = f.u8(bp) >> 4;
        if (v == 4) d.ip4.print(bp, length);
        else if (v == 6) d.ip6.print(bp, length);
        else out.append("unknown payload");
      }
      default -> f.printInvalid();
    }
  }
}
