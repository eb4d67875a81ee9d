package io.jdump.print;

/**
 * DVMRP (IGMP type 0x13), as tcpdump's {@code dvmrp_print}: the message type, and probes (with
 * {@code -v}), route reports (with {@code -vv}), neighbor lists, prunes and grafts.
 */
final class DvmrpPrinter {
  private final Frame f;
  private final StringBuilder out;

  DvmrpPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }


  void print(int bp, int len) {
    f.proto = "dvmrp";
    if (len < 8) {
      out.append(" [length ").append(len).append(" < 8]");
      f.printInvalid();
      return;
    }
    int type = f.u8(bp + 1);
    int p = bp + 8;
    len -= 8;
    out.append(' ');
    switch (type) {
      case 1 -> out.append("Probe");
      case 2 -> out.append("Report");
      case 3 -> out.append("Ask-neighbors(old)");
      case 4 -> out.append("Neighbors(old)");
      case 5 -> out.append("Ask-neighbors2");
      case 6 -> out.append("Neighbors2");
      case 7 -> out.append("Prune");
      case 8 -> out.append("Graft");
      case 9 -> out.append("Graft-ACK");
      default -> out.append("[type ").append(type).append(']');
    }
    switch (type) {
      case 1 -> {
        if (f.opts.verbosity() > 0) probe(p, len);
      }
      case 2 -> {
        if (f.opts.verbosity() > 1) report(p, len);
      }
      case 4 -> neighbors(p, len, false, 0, 0);
      case 6 -> neighbors(p, len, true, f.u8(p - 1), f.u8(p - 2));
      case 7, 8, 9 -> {
        f.need(p, 8);
        out.append(" src ");
        f.ip4(p);
        out.append(" grp ");
        f.ip4(p + 4);
        if (type == 7) {
          out.append(" timer ");
          Text.relts(out, f.u32(p + 8));
        }
      }
      default -> { }
    }
  }

  private void report(int p, int len) {
    while (len != 0) {
      if (len < 3) {
        out.append(" [length ").append(len).append(" < 3]");
        f.printInvalid();
        return;
      }
      int a = f.u8(p);
      int b = f.u8(p + 1);
      int c = f.u8(p + 2);
      int width = c != 0 ? 4 : b != 0 ? 3 : a != 0 ? 2 : 1;
      out.append("\n\tMask ");
      Text.ip4(out, 0xff000000 | a << 16 | b << 8 | c);
      p += 3;
      len -= 3;
      boolean done;
      do {
        if (len < width + 1) {
          out.append("\n\t  [Truncated Report]");
          f.printInvalid();
          return;
        }
        int origin = 0;
        int i;
        for (i = 0; i < width; i++) origin = origin << 8 | f.u8(p++);
        for (; i < 4; i++) origin <<= 8;
        int metric = f.u8(p++);
        done = (metric & 0x80) != 0;
        out.append("\n\t  ");
        Text.ip4(out, origin);
        out.append(" metric ").append(metric & 0x7f);
        len -= width + 1;
      } while (!done);
    }
  }

  private void probe(int p, int len) {
    if (len < 4) {
      out.append(" [full length ").append(len).append(" < 4]");
      f.printInvalid();
      return;
    }
    out.append(f.opts.verbosity() > 1 ? "\n\t" : " ");
    // "genid %u" is one print whose number is read first: a cut genid prints no label
    long genid = f.u32(p);
    out.append("genid ").append(genid);
    if (f.opts.verbosity() < 2) return;
    p += 4;
    len -= 4;
    while (len != 0) {
      if (len < 4) {
        out.append("[remaining length ").append(len).append(" < 4]");
        f.printInvalid();
        return;
      }
      f.need(p, 4);
      out.append("\n\tneighbor ");
      f.ip4(p);
      p += 4;
      len -= 4;
    }
  }

  /** Neighbors (old) and Neighbors2: per local address, its neighbors with metric and threshold. */
  private void neighbors(int p, int len, boolean two, int major, int minor) {
    if (two) out.append(" (v ").append(major).append('.').append(minor).append("):");
    int head = two ? 8 : 7;
    while (len != 0) {
      if (len < head) {
        out.append(" [length ").append(len).append(" < ").append(head).append(']');
        f.printInvalid();
        return;
      }
      int laddr = p;
      int metric = f.u8(p + 4);
      int thresh = f.u8(p + 5);
      int flags = two ? f.u8(p + 6) : 0;
      int n = f.u8(p + head - 1);
      p += head;
      len -= head;
      while (--n >= 0 && (!two || len != 0)) {
        if (len < 4) {
          out.append(" [length ").append(len).append(" < 4]");
          f.printInvalid();
          return;
        }
        f.need(laddr, 4);
        out.append(" [");
        f.ip4(laddr);
        out.append(two ? " -> " : " ->");
        f.need(p, 4);
        if (!two) out.append(' ');
        f.ip4(p);
        out.append(two ? " (" : ", (").append(metric).append('/').append(thresh);
        if ((flags & 0x01) != 0) out.append("/tunnel");
        if ((flags & 0x02) != 0) out.append("/srcrt");
        if ((flags & 0x40) != 0) out.append("/querier");
        if ((flags & 0x20) != 0) out.append("/disabled");
        if ((flags & 0x10) != 0) out.append("/down");
        out.append(")]");
        p += 4;
        len -= 4;
      }
      if (two && n != -1) {
        out.append(" [invalid ncount]");
        f.printInvalid();
        return;
      }
    }
  }
}
