package io.jdump.print;

/**
 * IPX, as tcpdump's {@code ipx_print}: source and destination as network.node.socket, then
 * the socket's service by the destination socket. SAP and RIP bodies are not decoded (their
 * socket numbers print as others do: known gaps).
 */
final class IpxPrinter {
  /** tcpdump's {@code ipxSize}: the fixed IPX header. */
  private static final int HEADER = 30;

  private final Frame f;
  private final StringBuilder out;

  IpxPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int p) {
    f.proto = "ipx";
    if (!f.opts.linkHeader()) out.append("IPX ");
    f.need(p + 18, 12); // the source, printed first, ends the header
    address(p + 18);
    out.append(" > ");
    address(p + 6);
    out.append(": ");
    int length = f.u16(p + 2);
    if (length < HEADER) {
      out.append("[length ").append(length).append(" < ").append(HEADER).append(']');
      f.printInvalid();
      return;
    }
    int socket = f.u16(p + 16);
    length -= HEADER;
    switch (socket) {
      case 0x0451 -> out.append("ipx-ncp ").append(length);
      case 0x0455 -> out.append("ipx-netbios ").append(length);
      case 0x0456 -> out.append("ipx-diags ").append(length);
      default -> {
        out.append("ipx-#");
        Text.hex(out, socket);
        out.append(' ').append(length);
      }
    }
  }

  /** network (%08x), node (six %02x), socket (%04x) */
  private void address(int at) {
    Text.hex8(out, f.u32(at));
    out.append('.');
    Text.colonHex(out, f.b, at + 4, 6);
    out.append('.');
    Text.hex4(out, f.u16(at + 10));
  }
}
