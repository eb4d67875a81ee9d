package io.jdump.print;

/**
 * RIP (UDP port 520, RFC 1058 and 2453) and RIPng (port 521, RFC 2080), as tcpdump's
 * {@code rip_print} and {@code ripng_print}.
 */
final class RipPrinter {
  private static final int ROUTE = 20;

  private final Frame f;
  private final StringBuilder out;
  /** An address formatted before it is padded to tcpdump's {@code %15s}. */
  private final StringBuilder addr = new StringBuilder(40);

  RipPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void rip(int dat, int length) {
    f.proto = "rip";
    if (f.end < dat) {
      f.printTrunc();
      return;
    }
    // tcpdump walks only what was captured of the datagram
    int i = Math.min(f.end - dat, length);
    if (i < 4) {
      f.printTrunc();
      return;
    }
    i -= 4;
    int vers = f.u8(dat + 1);
    out.append(f.opts.verbosity() >= 1 ? "\n\tRIPv" : "RIPv").append(vers);
    if (vers == 0) { // RFC 1058: to be ignored, so only dumped
      f.unknownData(dat, "\n\t", length);
      return;
    }
    int cmd = f.u8(dat);
    out.append(", ");
    String name = switch (cmd) {
      case 1 -> "Request";
      case 2 -> "Response";
      case 3 -> "Trace on";
      case 4 -> "Trace off";
      case 5 -> "Poll";
      case 6 -> "Poll Entry";
      default -> null;
    };
    if (name != null) out.append(name);
    else out.append("unknown command (").append(cmd).append(')');
    out.append(", length: ").append(length);
    if (f.opts.verbosity() < 1) return;
    switch (cmd) {
      case 1, 2 -> {
        if (vers != 1 && vers != 2) {
          out.append(", unknown version");
          break;
        }
        out.append(", routes: ").append(length / ROUTE).append(vers == 2 ? " or less" : "");
        int p = dat + 4;
        while (i != 0) {
          int size = vers == 1 ? entryV1(p, i) : entryV2(p, i);
          if (size == 0) {
            f.printTrunc();
            break;
          }
          if (i < size) {
            out.append(" [remaining entries length ").append(i).append(" < ").append(size)
                .append(']');
            f.printInvalid();
            break;
          }
          p += size;
          i -= size;
        }
      }
      case 4, 5, 6 -> { }
      default -> {
        if (f.opts.verbosity() <= 1 && !f.unknownData(dat, "\n\t", length)) return;
      }
    }
    if (f.opts.verbosity() > 1) f.unknownData(dat, "\n\t", length);
  }

  /** One RIPv1 entry; returns its size, or 0 when fewer bytes remain. */
  private int entryV1(int p, int remaining) {
    if (remaining < ROUTE) return 0;
    f.need(p, ROUTE);
    int family = f.u16(p);
    if (family != 2 && family != 0) {
      out.append("\n\t AFI ");
      afName(family);
      out.append(", ");
      f.unknownData(p + 4, "\n\t  ", ROUTE - 4);
      return ROUTE;
    }
    if (f.u16(p + 2) != 0 || f.i32(p + 8) != 0 || f.i32(p + 12) != 0) {
      f.unknownData(p, "\n\t  ", ROUTE);
      return ROUTE;
    }
    out.append(family == 0 ? "\n\t  AFI 0, " : "\n\t  ");
    f.names.ip4(out, f.b, p + 4);
    out.append(", metric: ").append(f.u32(p + 16));
    return ROUTE;
  }

  /** One RIPv2 entry; returns what tcpdump takes off the remaining length. */
  private int entryV2(int p, int remaining) {
    if (remaining < 4) return 0;
    f.need(p, 4);
    int family = f.u16(p);
    if (family == 0xffff) {
      int auth = f.u16(p + 2);
      p += 4;
      remaining -= 4;
      if (auth == 2) {
        out.append("\n\t  Simple Text Authentication data: ");
        for (int i = 0; i < 16; i++) {
          int c = f.u8(p + i);
          if (c == 0) break;
          Text.printChar(out, c);
        }
      } else if (auth == 3) {
        if (remaining < 16) return 0;
        f.need(p, 16);
        out.append("\n\t  Auth header: Packet Len ").append(f.u16(p)).append(',')
            .append(" Key-ID ").append(f.u8(p + 2)).append(',')
            .append(" Auth Data Len ").append(f.u8(p + 3)).append(',')
            .append(" SeqNo ").append(f.u32(p + 4)).append(',')
            .append(" MBZ ").append(f.u32(p + 8)).append(',')
            .append(" MBZ ").append(f.u32(p + 12));
      } else if (auth == 1) {
        out.append("\n\t  Auth trailer:");
        f.unknownData(p, "\n\t  ", remaining);
        return 4 + remaining;
      } else {
        out.append("\n\t  Unknown (").append(auth).append(") Authentication data:");
        f.unknownData(p, "\n\t  ", remaining);
        return 4 + remaining;
      }
    } else if (family != 2 && family != 0) {
      out.append("\n\t  AFI ");
      afName(family);
      f.unknownData(p + 4, "\n\t  ", ROUTE - 4);
    } else {
      if (remaining < ROUTE) return 0;
      f.need(p, ROUTE);
      out.append("\n\t  AFI ");
      String n = BsdFamilies.name(family);
      if (n != null) out.append(n);
      else out.append(family);
      out.append(", ");
      addr.setLength(0);
      f.names.ip4(addr, f.b, p + 4);
      for (int i = addr.length(); i < 15; i++) out.append(' ');
      out.append(addr).append('/');
      int plen = maskLength(f.u32(p + 8));
      out.append(plen);
      if (plen >= 0 && plen < 10) out.append(' ');
      out.append(", tag 0x");
      Text.hex4(out, f.u16(p + 2));
      out.append(", metric: ").append(f.u32(p + 16)).append(", next-hop: ");
      if (f.i32(p + 12) != 0) f.names.ip4(out, f.b, p + 12);
      else out.append("self");
    }
    return ROUTE;
  }

  private void afName(int family) {
    String n = BsdFamilies.name(family);
    if (n != null) out.append(n);
    else out.append("Unknown (").append(family).append(')');
  }

  /** tcpdump's {@code mask2plen}: the prefix length of a contiguous mask, else -1. */
  static int maskLength(long mask) {
    for (int len = 32; len >= 0; len--) {
      long m = len == 0 ? 0 : (0xffffffffL << (32 - len)) & 0xffffffffL;
      if (m == mask) return len;
    }
    return -1;
  }

  void ripng(int dat, int length) {
    f.proto = "ripng";
    int vers = f.u8(dat + 1);
    if (vers != 1) {
      out.append(" [vers ").append(vers).append(']');
      f.printInvalid();
      return;
    }
    int cmd = f.u8(dat);
    if (cmd != 1 && cmd != 2) {
      out.append(" ripng-").append(cmd).append(" ?? ").append(length);
      f.printInvalid();
      return;
    }
    if (length < 4) {
      f.printInvalid();
      return;
    }
    int left = length - 4;
    int j = left / 20;
    if (cmd == 1 && j == 1 && f.u8(dat + 4 + 19) == 16 && zero16(dat + 4)) {
      out.append(" ripng-req dump");
      return;
    }
    out.append(cmd == 1 ? " ripng-req " : " ripng-resp ").append(j);
    if (j * 20 != left) out.append('[').append(length).append(']');
    out.append(':');
    for (int ni = dat + 4; left >= 20; left -= 20, ni += 20) {
      out.append(f.opts.verbosity() > 1 ? "\n\t" : " ");
      f.need(ni, 19);
      f.names.ip6(out, f.b, ni);
      out.append('/').append(f.u8(ni + 18));
      int tag = f.u16(ni + 16);
      if (tag != 0) out.append(" [").append(tag).append(']');
      int metric = f.u8(ni + 19);
      if (metric != 0 && cmd == 2) out.append(" (").append(metric).append(')');
    }
    if (left != 0) f.printInvalid();
  }

  private boolean zero16(int p) {
    f.need(p, 16);
    for (int i = 0; i < 16; i++) {
      if (f.b[p + i] != 0) return false;
    }
    return true;
  }

}
