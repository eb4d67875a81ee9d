package io.jdump.print;

/** Spanning tree BPDUs (802.1D configuration and 802.1w rapid), as tcpdump's {@code stp_print}. */
final class StpPrinter {
  private final Frame f;
  private final StringBuilder out;

  StpPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int p, int length) {
    f.proto = "stp";
    if (length < 4 || f.u16(p) != 0) {
      f.printInvalid();
      return;
    }
    int version = f.u8(p + 2);
    int type = f.u8(p + 3);
    out.append("STP ");
    switch (version) {
      case 0 -> out.append("802.1d");
      case 2 -> out.append("802.1w");
      case 3 -> out.append("802.1s");
      default -> {
        out.append("Unknown STP protocol (0x");
        Text.hex2(out, version);
        out.append(')');
        return;
      }
    }
    out.append(", ");
    switch (type) {
      case 0x00 -> out.append("Config");
      case 0x02 -> out.append("Rapid STP");
      case 0x80 -> out.append("Topology Change");
      default -> {
        out.append("Unknown BPDU Type (0x");
        Text.hex2(out, type);
        out.append(')');
      }
    }
    if (type == 0x00) {
      if (length < 35) {
        f.printInvalid();
        return;
      }
      config(p, length);
    } else if (type == 0x02 && version == 2) {
      if (length < 36) {
        f.printInvalid();
        return;
      }
      config(p, length);
    }
  }

  private void config(int p, int length) {
    int flags = f.u8(p + 4);
    out.append(", Flags [");
    String[] names = {"Topology change", "Proposal", null, null, "Learn", "Forward", "Agreement",
      "Topology change ACK"};
    boolean any = false;
    for (int i = 0; i < 8; i++) {
      if (names[i] != null && (flags & (1 << i)) != 0) {
        if (any) out.append(", ");
        out.append(names[i]);
        any = true;
      }
    }
    if (!any) out.append("none");
    out.append("], bridge-id ");
    bridgeId(p + 17);
    out.append('.');
    Text.hex4(out, f.u16(p + 25));
    out.append(", length ").append(length);
    if (f.opts.verbosity() == 0) return;
    out.append("\n\tmessage-age ");
    seconds(f.u16(p + 27));
    out.append("s, max-age ");
    seconds(f.u16(p + 29));
    out.append("s, hello-time ");
    seconds(f.u16(p + 31));
    out.append("s, forwarding-delay ");
    seconds(f.u16(p + 33));
    out.append("s\n\troot-id ");
    bridgeId(p + 5);
    out.append(", root-pathcost ").append(f.u32(p + 13));
    if (f.u8(p + 2) == 2) {
      out.append(", port-role ").append(switch ((flags >> 2) & 3) {
        case 0 -> "Unknown";
        case 1 -> "Alternate";
        case 2 -> "Root";
        default -> "Designated";
      });
    }
  }

  /** %.2f of a time in 1/256 s, without String.format. */
  private void seconds(int v) {
    long hundredths = Math.round(v * 100.0 / 256.0);
    out.append(hundredths / 100).append('.');
    Text.zeroPad(out, hundredths % 100, 2);
  }

  private void bridgeId(int p) {
    f.need(p, 8);
    Text.hex2(out, f.b[p]);
    Text.hex2(out, f.b[p + 1]);
    out.append('.');
    Text.colonHex(out, f.b, p + 2, 6);
  }
}
