package io.jdump.print;

/**
 * RADIUS (UDP 1645, 1646, 1700, 1812, 1813, 3799, or {@code -T radius}), as tcpdump's
 * {@code radius_print}: code, id and length; with {@code -v} the authenticator too (the
 * attributes are not decoded yet, a known gap).
 */
final class RadiusPrinter {
  private final Frame f;
  private final StringBuilder out;

  RadiusPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  static boolean isPort(int port) {
    return port == 1645 || port == 1646 || port == 1700 || port == 1812 || port == 1813
        || port == 3799;
  }

  void print(int p, int length) {
    f.proto = "radius";
    if (!f.has(p, 20)) {
      f.printTrunc();
      return;
    }
    int len = f.u16(p + 2);
    if (len < 20) {
      f.printTrunc();
      return;
    }
    if (len > length) len = length;
    int code = f.u8(p);
    if (f.opts.verbosity() < 1) {
      out.append("RADIUS, ");
      command(code);
      out.append(" (").append(code).append("), id: 0x");
      Text.hex2(out, f.u8(p + 1));
      out.append(" length: ").append(len);
      return;
    }
    out.append("RADIUS, length: ").append(len).append("\n\t");
    command(code);
    out.append(" (").append(code).append("), id: 0x");
    Text.hex2(out, f.u8(p + 1));
    out.append(", Authenticator: ");
    for (int i = 0; i < 16; i++) Text.hex2(out, f.b[p + 4 + i]);
  }

  private void command(int code) {
    out.append(switch (code) {
      case 1 -> "Access-Request";
      case 2 -> "Access-Accept";
      case 3 -> "Access-Reject";
      case 4 -> "Accounting-Request";
      case 5 -> "Accounting-Response";
      case 11 -> "Access-Challenge";
      case 12 -> "Status-Server";
      case 13 -> "Status-Client";
      case 40 -> "Disconnect-Request";
      case 41 -> "Disconnect-ACK";
      case 42 -> "Disconnect-NAK";
      case 43 -> "CoA-Request";
      case 44 -> "CoA-ACK";
      case 45 -> "CoA-NAK";
      default -> "Unknown Command";
    });
  }
}
