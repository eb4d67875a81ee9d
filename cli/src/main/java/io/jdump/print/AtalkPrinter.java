package io.jdump.print;

/**
 * AppleTalk: DDP headers (EtherType 0x809b, ARCNET type 221, LocalTalk), their NBP, ATP and
 * EIGRP bodies, and AARP (EtherType 0x80f3), as tcpdump's print-atalk.c shows them.
 */
final class AtalkPrinter {
  static final int ETHERTYPE = 0x809b;
  static final int ETHERTYPE_AARP = 0x80f3;
  private static final int DDP_SIZE = 13;
  private static final int AARP_SIZE = 28;

  private static final int ATP_SIZE = 8;
  // ATP's control byte: the function (request, response, release), then its flag bits
  private static final int ATP_REQUEST = 0x40;
  private static final int ATP_RESPONSE = 0x80;
  private static final int ATP_RELEASE = 0xc0;
  private static final int ATP_XO = 0x20;
  private static final int ATP_EOM = 0x10;
  private static final int ATP_STS = 0x08;
  private static final int NBP_HEADER = 2;
  private static final int NBP_TUPLE = 5;

  private final Frame f;
  private final StringBuilder out;
  private final EigrpPrinter eigrp;

  AtalkPrinter(Frame f, EigrpPrinter eigrp) {
    this.f = f;
    this.out = f.out;
    this.eigrp = eigrp;
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
    body(bp + DDP_SIZE, length - DDP_SIZE, f.u8(bp + 12), f.u16(bp + 6), f.u8(bp + 9),
        f.u8(bp + 11));
  }

  /**
   * tcpdump's {@code ddp_print}: the body of a DDP datagram of {@code type} from net.node.socket
   * {@code snet}.{@code snode}.{@code skt} (0 for a short DDP header's net).
   */
  void body(int bp, int length, int type, int snet, int snode, int skt) {
    switch (type) {
      case 2 -> nbp(bp, length, snet, snode, skt);
      case 3 -> atp(bp, length);
      case 88 -> eigrp.print(bp, length);
      default -> ddpType(type, length);
    }
  }

  /** tcpdump's {@code atp_print}: request, response or release, the transaction and its bitmap. */
  private void atp(int ap, int length) {
    if (!f.has(ap, ATP_SIZE)) {
      f.printTrunc();
      return;
    }
    if (length < ATP_SIZE) {
      out.append(" [|atp ").append(length).append(']');
      return;
    }
    length -= ATP_SIZE;
    int control = f.u8(ap);
    int bitmap = f.u8(ap + 1);
    int transaction = f.u16(ap + 2);
    switch (control & 0xc0) {
      case ATP_REQUEST -> {
        out.append(" atp-req").append((control & ATP_XO) != 0 ? " " : "*").append(' ')
            .append(transaction);
        bitmap(bitmap);
        if (length != 0) out.append(" [len=").append(length).append(']');
        switch (control & (ATP_EOM | ATP_STS)) {
          case ATP_EOM -> out.append(" [EOM]");
          case ATP_STS -> out.append(" [STS]");
          case ATP_EOM | ATP_STS -> out.append(" [EOM,STS]");
          default -> { }
        }
      }
      case ATP_RESPONSE -> {
        out.append(" atp-resp").append((control & ATP_EOM) != 0 ? "*" : " ").append(transaction)
            .append(':').append(bitmap).append(" (").append(length).append(')');
        switch (control & (ATP_XO | ATP_STS)) {
          case ATP_XO -> out.append(" [XO]");
          case ATP_STS -> out.append(" [STS]");
          case ATP_XO | ATP_STS -> out.append(" [XO,STS]");
          default -> { }
        }
      }
      case ATP_RELEASE -> {
        out.append(" atp-rel  ").append(transaction);
        bitmap(bitmap);
        if (length != 0) out.append(" [len=").append(length).append(']');
        if ((control & (ATP_XO | ATP_EOM | ATP_STS)) != 0) { // none expected in a release
          char c = '[';
          if ((control & ATP_XO) != 0) {
            out.append(c).append("XO");
            c = ',';
          }
          if ((control & ATP_EOM) != 0) {
            out.append(c).append("EOM");
            c = ',';
          }
          if ((control & ATP_STS) != 0) out.append(c).append("STS");
          out.append(']');
        }
      }
      default -> {
        out.append(" atp-0x");
        Text.hex(out, control);
        out.append("  ").append(transaction).append(" (").append(length).append(')');
      }
    }
    long data = f.u32(ap + 4);
    if (data != 0) {
      out.append(" 0x");
      Text.hex(out, data);
    }
  }

  /** tcpdump's {@code atp_bitmap_print}: the packets asked for, as a range when contiguous. */
  private void bitmap(int bm) {
    if (((bm + 1) & bm) != 0) {
      char c = '<';
      for (int i = 0; bm != 0; i++) {
        if ((bm & 1) != 0) {
          out.append(c).append(i);
          c = ',';
        }
        bm >>>= 1;
      }
      out.append('>');
    } else {
      int i = 0;
      for (; bm != 0; i++) bm >>>= 1;
      if (i > 1) out.append("<0-").append(i - 1).append('>');
      else out.append("<0>");
    }
  }

  /** tcpdump's {@code nbp_print}: a lookup or broadcast request, or a reply's tuples. */
  private void nbp(int np, int length, int snet, int snode, int skt) {
    if (length < NBP_HEADER) {
      out.append(" truncated-nbp ").append(length);
      return;
    }
    length -= NBP_HEADER;
    if (length < 8) { // room for at least one tuple
      out.append(" truncated-nbp ").append(length + NBP_HEADER);
      return;
    }
    int tp = np + NBP_HEADER;
    if (tp > f.end) {
      f.printTrunc();
      return;
    }
    int control = f.u8(np);
    int kind = control & 0xf0;
    switch (kind) {
      case 0x10, 0x20 -> {
        out.append(kind == 0x20 ? " nbp-lkup " : " nbp-brRq ").append(f.u8(np + 1)).append(':');
        if (tp + NBP_TUPLE > f.end) {
          f.printTrunc();
          return;
        }
        name(tp);
        if ((control & 0xf) != 1) out.append(" [ntup=").append(control & 0xf).append(']');
        if (f.u8(tp + 4) != 0) out.append(" [enum=").append(f.u8(tp + 4)).append(']');
        if (f.u16(tp) != snet || f.u8(tp + 2) != snode || f.u8(tp + 3) != skt) {
          out.append(" [addr=");
          address(f.u16(tp), f.u8(tp + 2));
          out.append('.').append(f.u8(tp + 3)).append(']');
        }
      }
      case 0x30 -> {
        out.append(" nbp-reply ").append(f.u8(np + 1)).append(':');
        for (int i = control & 0xf; i != 0 && tp >= 0; i--) tp = tuple(tp, snet, snode, skt);
      }
      default -> {
        out.append(" nbp-0x");
        Text.hex(out, control);
        out.append("  ").append(f.u8(np + 1)).append(" (").append(length).append(')');
      }
    }
  }

  /** tcpdump's {@code nbp_tuple_print}: {@return the next tuple, or -1 when cut} */
  private int tuple(int tp, int snet, int snode, int skt) {
    if (tp + NBP_TUPLE > f.end) {
      f.printTrunc();
      return -1;
    }
    int next = name(tp);
    int enumerator = f.u8(tp + 4);
    if (enumerator != 1) out.append('(').append(enumerator).append(')');
    if (f.u8(tp + 3) != skt) out.append(' ').append(f.u8(tp + 3));
    if (f.u16(tp) != snet || f.u8(tp + 2) != snode) {
      out.append(" [addr=");
      address(f.u16(tp), f.u8(tp + 2));
      out.append(']');
    }
    return next;
  }

  /** tcpdump's {@code nbp_name_print}: "object:type@zone"; {@return what follows, or -1} */
  private int name(int tp) {
    out.append(" \"");
    int cp = cstring(tp + NBP_TUPLE);
    if (cp < 0) return -1;
    out.append(':');
    cp = cstring(cp);
    if (cp < 0) return -1;
    out.append('@');
    cp = cstring(cp);
    if (cp >= 0) out.append('"');
    return cp;
  }

  /** tcpdump's {@code print_cstring}: a counted string of at most 32; {@return its end, or -1} */
  private int cstring(int cp) {
    if (cp >= f.end) {
      f.printTrunc();
      return -1;
    }
    int length = f.u8(cp++);
    if (length > 32) {
      out.append("[len=").append(length).append(']');
      return -1;
    }
    for (; length != 0; length--) {
      if (cp >= f.end) {
        f.printTrunc();
        return -1;
      }
      Text.printChar(out, f.u8(cp++));
    }
    return cp;
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
        .append(" ptype ");
    if (ptype != 0) out.append("0x"); // C's %#x prints a zero bare
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
