package io.jdump.print;

/**
 * AODV (RFC 3561, and the IPv6 forms of draft-perkins-manet-aodv6-01) on UDP port 654, as
 * tcpdump's {@code aodv_print}: route requests, replies, errors and acknowledgements, with the
 * hello extension after a request or reply.
 */
final class AodvPrinter {
  private final Frame f;
  private final StringBuilder out;

  AodvPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int dat, int length, boolean v6) {
    f.proto = "aodv";
    int type = f.u8(dat);
    out.append(" aodv");
    switch (type) {
      case 1 -> {
        if (v6) request(dat, length, " v6 rreq ", 16, 8, 24, 28, 44);
        else request(dat, length, " rreq ", 4, 8, 12, 16, 20);
      }
      case 2 -> {
        if (v6) reply(dat, length, 16, 4, 20, 24, 40);
        else reply(dat, length, 4, 4, 8, 12, 16);
      }
      case 3 -> error(dat, length, v6 ? 16 : 4);
      case 4, 19 -> out.append(" rrep-ack ").append(length);
      case 16 -> request(dat, length, " rreq ", 16, 16, 8, 32, 12);
      case 17 -> reply(dat, length, 16, 8, 4, 24, 40);
      case 18 -> error(dat, length, 16);
      default -> out.append(" type ").append(type).append(' ').append(length);
    }
  }

  /** A route request; da, ds, oa and os are where its fields sit in this form. */
  private void request(int dat, int length, String name, int addrSize, int da, int ds, int oa,
      int os) {
    int size = 4 + 4 + 2 * addrSize + 8;
    if (!f.has(dat, size) || length < size) {
      f.printTrunc();
      return;
    }
    int flags = f.u8(dat); // tcpdump tests the type byte for the flags
    out.append(name).append(length).append(' ');
    if ((flags & 0x80) != 0) out.append("[J]");
    if ((flags & 0x40) != 0) out.append("[R]");
    if ((flags & 0x20) != 0) out.append("[G]");
    if ((flags & 0x10) != 0) out.append("[D]");
    out.append((flags & 0x08) != 0 ? "[U] " : " ");
    out.append("hops ").append(f.u8(dat + 3)).append(" id 0x");
    Text.hex8(out, f.u32(dat + 4));
    out.append("\n\tdst ");
    address(dat + da, addrSize);
    out.append(" seq ").append(f.u32(dat + ds)).append(" src ");
    address(dat + oa, addrSize);
    out.append(" seq ").append(f.u32(dat + os));
    extension(dat + size, length - size);
  }

  private void reply(int dat, int length, int addrSize, int da, int ds, int oa, int life) {
    int size = 4 + 2 * addrSize + 8;
    if (!f.has(dat, size) || length < size) {
      f.printTrunc();
      return;
    }
    int flags = f.u8(dat);
    out.append(" rrep ").append(length).append(' ');
    if ((flags & 0x80) != 0) out.append("[R]");
    out.append((flags & 0x40) != 0 ? "[A] " : " ");
    out.append("prefix ").append(f.u8(dat + 2) & 0x1f).append(" hops ").append(f.u8(dat + 3))
        .append("\n\tdst ");
    address(dat + da, addrSize);
    out.append(" dseq ").append(f.u32(dat + ds)).append(" src ");
    address(dat + oa, addrSize);
    out.append(' ').append(f.u32(dat + life)).append(" ms");
    extension(dat + size, length - size);
  }

  private void error(int dat, int length, int addrSize) {
    if (!f.has(dat, 4) || length < 4) {
      f.printTrunc();
      return;
    }
    int dc = f.u8(dat + 3);
    out.append(" rerr ").append((f.u8(dat + 1) & 0x80) != 0 ? "[D]" : "").append(" [items ")
        .append(dc).append("] [").append(length).append("]:");
    int dp = dat + 4;
    int i = length - 4;
    int size = addrSize + 4;
    for (; dc != 0; dc--) {
      if (!f.has(dp, size) || i < size) {
        f.printTrunc();
        return;
      }
      out.append(" {");
      address(dp, addrSize);
      out.append("}(").append(f.u32(dp + addrSize)).append(')');
      dp += size;
      i -= size;
    }
  }

  private void extension(int ep, int length) {
    if (length < 2) return;
    if (!f.has(ep, 2)) {
      f.printTrunc();
      return;
    }
    int type = f.u8(ep);
    int len = f.u8(ep + 1);
    if (type != 1) {
      out.append("\n\text ").append(type).append(' ').append(len);
      return;
    }
    if (!f.has(ep, 6) || length < 6) {
      f.printTrunc();
      return;
    }
    if (len < 4) {
      out.append("\n\text HELLO - bad length ").append(len);
      return;
    }
    out.append("\n\text HELLO ").append(f.u32(ep + 2)).append(" ms");
  }

  private void address(int p, int size) {
    if (size == 4) {
      f.ip4(p);
    } else {
      f.need(p, 16);
      f.names.ip6(out, f.b, p);
    }
  }
}
