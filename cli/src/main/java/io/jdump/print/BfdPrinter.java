package io.jdump.print;

/**
 * BFD (RFC 5880/5881/5883/7130) to UDP ports 3784, 4784, 6784 and echo 3785, as tcpdump's
 * {@code bfd_print}; tcpdump 4.99 looks at the destination port only.
 */
final class BfdPrinter {
  private final Frame f;
  private final StringBuilder out;

  BfdPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  static boolean isBfdPort(int p) {
    return p == 3784 || p == 4784 || p == 6784 || p == 3785;
  }

  void print(int p, int len, int port) {
    f.proto = "bfd";
    if (port == 3784 || port == 4784 || port == 6784) {
      f.need(p, 24);
      int vd = f.u8(p);
      int version = (vd & 0xe0) >> 5;
      int flags = f.u8(p + 1);
      switch (version) {
        case 0 -> {
          if (f.opts.verbosity() < 1) {
            out.append("BFDv0, Control, Flags: [");
            v0Flags(flags);
            out.append("], length: ").append(len);
            return;
          }
          out.append("BFDv0, length: ").append(len).append("\n\tControl, Flags: [");
          v0Flags(flags);
          out.append("], Diagnostic: ");
          diag(vd);
          body(p, flags);
        }
        case 1 -> {
          if (f.opts.verbosity() < 1) {
            out.append("BFDv1, ");
            portState(port, flags);
            out.append(", length: ").append(len);
            return;
          }
          out.append("BFDv1, length: ").append(len).append("\n\t");
          portState(port, flags);
          out.append(", Diagnostic: ");
          diag(vd);
          body(p, flags);
        }
        default -> {
          out.append("BFDv").append(version).append(", Control, length: ").append(len);
          if (f.opts.verbosity() >= 1) f.unknownData(p, "\n\t", len);
        }
      }
    } else if (port == 3785) {
      out.append("BFD, Echo, length: ").append(len);
      if (f.opts.verbosity() >= 1) f.unknownData(p, "\n\t", len);
    } else {
      out.append("BFD, unknown (").append(port).append("), length: ").append(len);
      if (f.opts.verbosity() >= 1) f.unknownData(p, "\n\t", len);
    }
  }

  private void portState(int port, int flags) {
    out.append(switch (port) {
      case 3784 -> "Control";
      case 4784 -> "Multihop";
      case 6784 -> "Lag";
      default -> "unknown (" + port + ")";
    }).append(", State ").append(switch ((flags & 0xc0) >> 6) {
      case 0 -> "AdminDown";
      case 1 -> "Down";
      case 2 -> "Init";
      default -> "Up";
    }).append(", Flags: [");
    int start = out.length();
    if ((flags & 0x20) != 0) OspfPrinter.sep(out, start).append("Poll");
    if ((flags & 0x10) != 0) OspfPrinter.sep(out, start).append("Final");
    if ((flags & 0x08) != 0) OspfPrinter.sep(out, start).append("Control Plane Independent");
    if ((flags & 0x04) != 0) OspfPrinter.sep(out, start).append("Authentication Present");
    if ((flags & 0x02) != 0) OspfPrinter.sep(out, start).append("Demand");
    if ((flags & 0x01) != 0) OspfPrinter.sep(out, start).append("Multipoint");
    if (out.length() == start) out.append("none");
    out.append(']');
  }

  private void v0Flags(int flags) {
    String[] names = {"Reserved", "Reserved", "Authentication Present",
        "Control Plane Independent", "Final", "Poll", "Demand", "I Hear You"};
    int start = out.length();
    for (int bit = 7; bit >= 0; bit--) {
      if ((flags & (1 << bit)) != 0) OspfPrinter.sep(out, start).append(names[bit]);
    }
    if (out.length() == start) out.append("none");
  }

  private void diag(int vd) {
    int d = vd & 0x1f;
    out.append(switch (d) {
      case 0 -> "No Diagnostic";
      case 1 -> "Control Detection Time Expired";
      case 2 -> "Echo Function Failed";
      case 3 -> "Neighbor Signaled Session Down";
      case 4 -> "Forwarding Plane Reset";
      case 5 -> "Path Down";
      case 6 -> "Concatenated Path Down";
      case 7 -> "Administratively Down";
      case 8 -> "Reverse Concatenated Path Down";
      default -> "unknown";
    }).append(" (0x");
    Text.hex2(out, d);
    out.append(')');
  }

  private void body(int p, int flags) {
    int mult = f.u8(p + 2);
    long tx = f.u32(p + 12);
    out.append("\n\tDetection Timer Multiplier: ").append(mult).append(" (")
        .append(((mult * tx) & 0xffffffffL) / 1000).append(" ms Detection time), BFD Length: ")
        .append(f.u8(p + 3));
    out.append("\n\tMy Discriminator: 0x");
    Text.hex8(out, f.u32(p + 4));
    out.append(", Your Discriminator: 0x");
    Text.hex8(out, f.u32(p + 8));
    interval("\n\t  Desired min Tx Interval:    ", tx);
    interval("\n\t  Required min Rx Interval:   ", f.u32(p + 16));
    interval("\n\t  Required min Echo Interval: ", f.u32(p + 20));
    if ((flags & 0x04) != 0) auth(p + 24);
  }

  private void interval(String label, long micros) {
    out.append(label);
    Text.spacePad(out, micros / 1000, 4);
    out.append(" ms");
  }

  private void auth(int p) {
    f.need(p, 4);
    int type = f.u8(p);
    int len = f.u8(p + 1);
    out.append("\n\tAuthentication: ").append(switch (type) {
      case 1 -> "Simple Password";
      case 2 -> "Keyed MD5";
      case 3 -> "Meticulous Keyed MD5";
      case 4 -> "Keyed SHA1";
      case 5 -> "Meticulous Keyed SHA1";
      default -> "Unknown";
    }).append(" (").append(type).append("), length: ").append(len);
    out.append("\n\t  Auth Key ID: ").append(f.u8(p + 2));
    switch (type) {
      case 1 -> {
        if (len < 4 || len > 19) {
          out.append("[invalid length ").append(len).append(']');
          return;
        }
        out.append(", Password: ");
        for (int i = 0; i < len - 3; i++) Text.printChar(out, f.u8(p + 3 + i));
      }
      case 2, 3, 4, 5 -> {
        boolean md5 = type <= 3;
        if (len != (md5 ? 24 : 28)) {
          out.append("[invalid length ").append(len).append(']');
          return;
        }
        long seq = f.u32(p + 4);
        out.append(", Sequence Number: 0x");
        Text.hex8(out, seq);
        int n = md5 ? 16 : 20;
        f.need(p + 8, n);
        out.append(md5 ? "\n\t  Digest: " : "\n\t  Hash: ");
        for (int i = 0; i < n; i++) Text.hex2(out, f.u8(p + 8 + i));
      }
      default -> { }
    }
  }

}
