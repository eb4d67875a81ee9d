package io.jdump.print;

/**
 * BIND 9's lightweight resolver protocol (UDP port 921) as tcpdump's {@code lwres_print}: the
 * opcode, and the names and addresses of the queries and responses it knows.
 */
final class LwresPrinter {
  private final Frame f;
  private final StringBuilder out;

  LwresPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int bp, int length) {
    f.proto = "lwres";
    f.need(bp + 26, 2);
    out.append(" lwres");
    int v = f.u16(bp + 4);
    if (f.opts.verbosity() > 0 || v != 0) out.append(" v").append(v);
    long s;
    boolean unsupported = false;
    if (v != 0) {
      s = bp + f.u32(bp);
    } else {
      boolean response = (f.u16(bp + 6) & 1) != 0;
      long opcode = f.u32(bp + 12);
      out.append(' ');
      opcodeName(opcode);
      out.append(response ? "" : "?");
      int flags = f.u16(bp + 6);
      if ((flags & ~1) != 0) out.append("[0x").append(Integer.toHexString(flags)).append(']');
      if (f.opts.verbosity() > 1) {
        out.append(" (serial:0x").append(Long.toHexString(f.u32(bp + 8)))
            .append(" result:0x").append(Long.toHexString(f.u32(bp + 16)))
            .append(" recvlen:").append(f.u32(bp + 20));
        if (f.opts.verbosity() > 2) {
          out.append(" authtype:0x").append(Integer.toHexString(f.u16(bp + 24)))
              .append(" authlen:").append(f.u16(bp + 26));
        }
        out.append(')');
      }
      int p = bp + 28;
      s = p;
      if (opcode == 0) {
        s = p;
      } else if (opcode == 0x00010001L) {
        s = response ? addrsByNameResponse(p) : addrsByNameRequest(p);
      } else if (opcode == 0x00010002L) {
        s = response ? nameByAddrResponse(p) : nameByAddrRequest(p);
      } else if (opcode == 0x00010003L) {
        s = response ? rdataByNameResponse(p) : rdataByNameRequest(p);
      } else {
        unsupported = true;
      }
      if (s < 0) {
        f.printInvalid();
        return;
      }
    }
    long plen = f.u32(bp);
    if (plen != length) out.append(" [len: ").append(plen).append(" != ").append(length).append(']');
    if (!unsupported && ((s - bp) & 0xffffffffL) < plen) out.append("[extra]");
  }

  private void opcodeName(long v) {
    if (v == 0) out.append("noop");
    else if (v == 0x00010001L) out.append("getaddrsbyname");
    else if (v == 0x00010002L) out.append("getnamebyaddr");
    else if (v == 0x00010003L) out.append("getrdatabyname");
    else out.append("#0x").append(Long.toHexString(v));
  }

  private void flags(int p) {
    if (f.opts.verbosity() > 2) out.append(" flags:0x").append(Long.toHexString(f.u32(p)));
  }

  private long addrsByNameRequest(int p) {
    f.need(p + 8, 2);
    flags(p);
    long v = f.u32(p + 4);
    switch ((int) (v & 3)) {
      case 1 -> out.append(" IPv4");
      case 2 -> out.append(" IPv6");
      case 3 -> out.append(" IPv4/6");
      default -> { }
    }
    if ((v & ~3L) != 0) out.append("[0x").append(Long.toHexString(v)).append(']');
    return p + 10 + name(f.u16(p + 8), p + 10);
  }

  private long nameByAddrRequest(int p) {
    f.need(p, 4);
    flags(p);
    int a = addr(p + 4);
    return a < 0 ? -1 : p + 4 + a;
  }

  private long rdataByNameRequest(int p) {
    f.need(p + 8, 2);
    flags(p);
    typeAndClass(p + 6, p + 4);
    return p + 10 + name(f.u16(p + 8), p + 10);
  }

  private long addrsByNameResponse(int p) {
    f.need(p + 8, 2);
    flags(p);
    out.append(' ').append(f.u16(p + 4)).append('/').append(f.u16(p + 6));
    long s = p + 10;
    s += name(f.u16(p + 8), (int) s);
    int na = f.u16(p + 4);
    for (int i = 0; i < na; i++) s += nameLen(at(s));
    na = f.u16(p + 6);
    for (int i = 0; i < na; i++) {
      int a = addr(at(s));
      if (a < 0) return -1;
      s += a;
    }
    return s;
  }

  private long nameByAddrResponse(int p) {
    f.need(p + 6, 2);
    flags(p);
    out.append(' ').append(f.u16(p + 4));
    long s = p + 8;
    s += name(f.u16(p + 6), (int) s);
    int na = f.u16(p + 4);
    for (int i = 0; i < na; i++) s += nameLen(at(s));
    return s;
  }

  private long rdataByNameResponse(int p) {
    f.need(p + 14, 2);
    flags(p);
    typeAndClass(p + 6, p + 4);
    out.append(" TTL ");
    Text.relts(out, f.u32(p + 8));
    out.append(' ').append(f.u16(p + 12)).append('/').append(f.u16(p + 14));
    long s = p + 16;
    s += nameLen((int) s);
    int n = f.u16(p + 12) + f.u16(p + 14);
    for (int i = 0; i < n; i++) s += binLen(at(s));
    return s;
  }

  /** A position past the capture is cut: reads there throw as tcpdump's would longjmp. */
  private int at(long s) {
    if (s > f.end) f.need(f.end, 1);
    return (int) s;
  }

  private void typeAndClass(int type, int cls) {
    int t = f.u16(type);
    String n = DnsTypes.name(t);
    out.append(' ');
    if (n != null) out.append(n);
    else out.append("Type").append(t);
    int c = f.u16(cls);
    if (c != 1) {
      out.append(' ');
      switch (c) {
        case 3 -> out.append("CHAOS");
        case 4 -> out.append("HS");
        case 255 -> out.append("ANY");
        default -> out.append("Class").append(c);
      }
    }
  }

  private int name(int l, int p) {
    out.append(' ');
    for (int i = 0; i < l; i++) DnsNames.charEscaped(out, f.u8(p + i));
    if (f.u8(p + l) != 0) out.append(" (not NUL-terminated!)");
    return l + 1;
  }

  private int nameLen(int p) {
    return 2 + name(f.u16(p), p + 2);
  }

  private int binLen(int p) {
    int l = f.u16(p);
    for (int i = 0; i < l; i++) Text.hex2(out, f.u8(p + 2 + i));
    return 2 + l;
  }

  private int addr(int p) {
    int l = f.u16(p + 4);
    int a = p + 6;
    f.need(a, l);
    long family = f.u32(p);
    if (family == 1) {
      if (l < 4) return -1;
      out.append(' ');
      f.ip4(a);
      a += 4;
    } else if (family == 2) {
      if (l < 16) return -1;
      out.append(' ');
      f.names.ip6(out, f.b, a);
      a += 16;
    } else {
      out.append(' ').append(family).append('/');
      for (int i = 0; i < l; i++) Text.hex2(out, f.u8(a++));
    }
    return a - p;
  }
}
