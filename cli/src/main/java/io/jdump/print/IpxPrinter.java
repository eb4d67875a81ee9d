package io.jdump.print;

/**
 * IPX, as tcpdump's {@code ipx_print}: source and destination as network.node.socket, then
 * the socket's service by the destination socket, with SAP and RIP bodies decoded (SAP
 * service types named, without -n, as tcpdump names them) and Cisco's EIGRP over IPX.
 */
final class IpxPrinter {
  /** tcpdump's {@code ipxSize}: the fixed IPX header. */
  private static final int HEADER = 30;

  private final Frame f;
  private final StringBuilder out;
  private final EigrpPrinter eigrp;

  IpxPrinter(Frame f, EigrpPrinter eigrp) {
    this.f = f;
    this.out = f.out;
    this.eigrp = eigrp;
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
      case 0x0452, 0x0453 -> {
        int command = f.u16(p + HEADER);
        if (length < 2) { // tcpdump's ND_LCHECK_U, after the command was read
          out.append(" [length ").append(length).append(" < 2]");
          f.printInvalid();
        }
        else if (socket == 0x0452) sap(command, p + HEADER + 2, length - 2);
        else rip(command, p + HEADER + 2, length - 2);
      }
      case 0x0553 -> out.append("ipx-nwlink-dgm ").append(length);
      case 0x0455 -> out.append("ipx-netbios ").append(length);
      case 0x0456 -> out.append("ipx-diags ").append(length);
      case 0x85be -> eigrp.print(p + HEADER, length);
      default -> {
        out.append("ipx-#");
        Text.hex(out, socket);
        out.append(' ').append(length);
      }
    }
  }

  /** tcpdump's {@code ipx_sap_print}: a query's service type, or up to 8 advertised services. */
  private void sap(int command, int p, int length) {
    switch (command) {
      case 1, 3 -> {
        out.append(command == 1 ? "ipx-sap-req" : "ipx-sap-nearest-req");
        // the service type is read before its space: a cut one leaves "ipx-sap-req [|ipx]"
        int type = f.u16(p);
        out.append(' ');
        service(type);
      }
      case 2, 4 -> {
        out.append(command == 2 ? "ipx-sap-resp" : "ipx-sap-nearest-resp");
        for (int i = 0; i < 8 && length != 0; i++) {
          f.need(p, 2);
          if (length < 2) {
            f.printInvalid();
            return;
          }
          int type = f.u16(p);
          out.append(' ');
          service(type);
          out.append(" '");
          p += 2;
          length -= 2;
          if (length < 48) {
            out.append('\'');
            f.printInvalid();
            return;
          }
          f.printjnp(p, 48);
          out.append('\'');
          p += 48;
          length -= 48;
          f.need(p, 10);
          if (length < 10) {
            f.printInvalid();
            return;
          }
          out.append(" addr ");
          Text.hex8(out, f.u32(p));
          out.append('.');
          Text.colonHex(out, f.b, p + 4, 6);
          p += 10;
          length -= 10;
          f.need(p, 4);
          if (length < 4) {
            f.printInvalid();
            return;
          }
          p += 4;
          length -= 4;
        }
      }
      default -> {
        out.append("ipx-sap-?");
        Text.hex(out, command);
      }
    }
  }

  /** tcpdump's {@code ipxsap_string}: the service type's name without -n, else its hex. */
  private void service(int type) {
    String name = f.opts.numeric() ? null : IpxSapNames.TABLE.name(type);
    if (name != null) out.append(name);
    else Text.hex4(out, type);
  }

  /** tcpdump's {@code ipx_rip_print}: network/hops.ticks entries. */
  private void rip(int command, int p, int length) {
    switch (command) {
      case 1 -> {
        out.append("ipx-rip-req");
        if (length != 0) {
          if (length < 8) {
            f.printInvalid();
            return;
          }
          route(p);
        }
      }
      case 2 -> {
        out.append("ipx-rip-resp");
        for (int i = 0; i < 50 && length != 0; i++) {
          if (length < 8) {
            f.printInvalid();
            return;
          }
          route(p);
          p += 8;
          length -= 8;
        }
      }
      default -> {
        out.append("ipx-rip-?");
        Text.hex(out, command);
      }
    }
  }

  private void route(int p) {
    long net = f.u32(p);
    int hops = f.u16(p + 4);
    int ticks = f.u16(p + 6);
    out.append(' ');
    Text.hex8(out, net);
    out.append('/').append(hops).append('.').append(ticks);
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
