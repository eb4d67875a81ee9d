package io.jdump.print;

/**
 * AppleTalk: DDP headers (EtherType 0x809b, ARCNET type 221) and AARP (EtherType 0x80f3), as
 * tcpdump's print-atalk.c shows them. NBP and ATP bodies are not decoded: they print as the
 * other DDP types do.
 */
final class AtalkPrinter {
  static final int ETHERTYPE = 0x809b;
  static final int ETHERTYPE_AARP = 0x80f3;
  private static final int DDP_SIZE = 13;
  private static final int AARP_SIZE = 28;

  private final Frame f;
  private final StringBuilder out;

  AtalkPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  /** tcpdump's {@code atalk_print}: a long DDP header, then its type. */
  void ddp(int bp, int length) {
    f.proto = "atalk";
    if (!f.opts.linkHeader()) out.append("AT ");
    if (length < DDP_SIZE) {
      out.append(" [|ddp ").append(length).append(']');
      return;
    }
    if (!f.has(bp, DDP_SIZE)) {
      out.append(" [|ddp]");
      return;
    }
    address(f.u16(bp + 6), f.u8(bp + 9));
    out.append('.');
    socket(f.u8(bp + 11));
    out.append(" > ");
    address(f.u16(bp + 4), f.u8(bp + 8));
    out.append('.');
    socket(f.u8(bp + 10));
    out.append(": ");
    ddpType(f.u8(bp + 12), length - DDP_SIZE);
  }

  /** tcpdump's {@code ddp_print} for the types it names or numbers (also LocalTalk's). */
  void ddpType(int type, int length) {
    out.append(" at-");
    String name = switch (type) {
      case 1 -> "rtmp";
      case 5 -> "rtmpReq";
      case 4 -> "echo";
      case 22 -> "IP";
      case 23 -> "ARP";
      case 0x4b -> "KLAP";
      default -> null;
    };
    if (name != null) out.append(name);
    else out.append('#').append(type);
    out.append(' ').append(length);
  }

  /** tcpdump's {@code aarp_print}. */
  void aarp(int bp, int length) {
    f.proto = "aarp";
    out.append("aarp ");
    if (!f.has(bp, AARP_SIZE)) {
      f.printTrunc();
      return;
    }
    if (length < AARP_SIZE) {
      out.append(" [|aarp ").append(length).append(']');
      return;
    }
    int htype = f.u16(bp);
    int ptype = f.u16(bp + 2);
    int halen = f.u8(bp + 4);
    int palen = f.u8(bp + 5);
    int op = f.u16(bp + 6);
    if (htype == 1 && ptype == ETHERTYPE && halen == 6 && palen == 4) {
      switch (op) {
        case 1, 3 -> {
          out.append(op == 1 ? "who-has " : "probe ");
          protocolAddress(bp + 24);
          out.append(" tell ");
          protocolAddress(bp + 14);
          return;
        }
        case 2 -> {
          out.append("reply ");
          protocolAddress(bp + 14);
          out.append(" is-at ");
          f.names.mac(out, f.b, bp + 8);
          return;
        }
        default -> { }
      }
    }
    out.append("len ").append(length).append(" op ").append(op).append(" htype ").append(htype)
        .append(" ptype 0x");
    Text.hex(out, ptype);
    out.append(" halen ").append(halen).append(" palen ").append(palen);
  }

  private void protocolAddress(int p) {
    address((f.b[p + 1] & 0xff) << 8 | (f.b[p + 2] & 0xff), f.b[p + 3] & 0xff);
  }

  /** tcpdump's {@code ataddr_string} without /etc/atalk.names: net.node, or net for node 255. */
  void address(int net, int node) {
    out.append(net);
    if (node != 255) out.append('.').append(node);
  }

  /** tcpdump's {@code ddpskt_string}: a socket's name, its number with -n or when unnamed. */
  void socket(int skt) {
    String name = f.opts.numeric() ? null : switch (skt) {
      case 1 -> "rtmp";
      case 2 -> "nis";
      case 4 -> "echo";
      case 6 -> "zip";
      default -> null;
    };
    if (name != null) out.append(name);
    else out.append(skt);
  }
}
