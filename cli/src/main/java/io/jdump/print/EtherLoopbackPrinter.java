package io.jdump.print;

/**
 * The Ethernet configuration testing protocol (ethertype 0x9000, "Loopback") as tcpdump's
 * {@code loopback_print}: skip count, then the first message, reply or forward.
 */
final class EtherLoopbackPrinter {
  private final Frame f;
  private final StringBuilder out;

  EtherLoopbackPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int cp, int len) {
    f.proto = "loopback";
    out.append("Loopback");
    if (len < 2) {
      invalid(cp, len);
      return;
    }
    int skip = f.u16le(cp);
    cp += 2;
    len -= 2;
    out.append(", skipCount ").append(skip);
    if (skip % 8 != 0) out.append(" (bogus)");
    if (skip > len) {
      invalid(cp, len);
      return;
    }
    f.need(cp, skip);
    cp += skip;
    len -= skip;
    message(cp, len);
  }

  private void message(int cp, int len) {
    if (len < 2) {
      invalid(cp, len);
      return;
    }
    int function = f.u16le(cp);
    cp += 2;
    len -= 2;
    out.append(", ");
    switch (function) {
      case 1 -> {
        out.append("Reply");
        if (len < 2) {
          invalid(cp, len);
          return;
        }
        int receipt = f.u16le(cp); // read before its label, as tcpdump's GET
        out.append(", receipt number ").append(receipt);
        cp += 2;
        len -= 2;
        out.append(", data (").append(len).append(" octets)");
      }
      case 2 -> {
        out.append("Forward Data");
        if (len < 6) {
          invalid(cp, len);
          return;
        }
        f.need(cp, 6);
        out.append(", forwarding address ");
        f.names.mac(out, f.b, cp);
        cp += 6;
        len -= 6;
        out.append(", data (").append(len).append(" octets)");
      }
      default -> out.append(" invalid (").append(function).append(')');
    }
    f.need(cp, len);
  }

  private void invalid(int cp, int len) {
    f.printInvalid();
    f.need(cp, len);
  }
}
