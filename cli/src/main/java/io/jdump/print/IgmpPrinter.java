package io.jdump.print;

/** IGMP, as tcpdump's {@code igmp_print}: queries and reports of versions 1 to 3. */
final class IgmpPrinter {
  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;

  IgmpPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  /** tcpdump's {@code igmp_print} for the common messages. */
  void igmp(int p, int len) {
    f.proto = "igmp";
    if (f.opts.quiet()) {
      out.append("igmp");
      return;
    }
    int type = f.u8(p);
    switch (type) {
      case 0x11 -> {
        out.append("igmp query");
        if (len >= 12) {
          igmpV3Query(p, len);
        } else {
          int mrt = f.u8(p + 1);
          if (mrt != 0) out.append(" v2");
          else out.append(" v1");
          if (mrt != 0 && mrt != 100) out.append(" [max resp time ").append(mrt).append(']');
          if (f.i32(p + 4) != 0) {
            out.append(" [gaddr ");
            f.names.ip4(out, f.b, p + 4);
            out.append(']');
          }
          if (len != 8) out.append(" [len ").append(len).append(']');
        }
      }
      case 0x12, 0x16, 0x17 -> {
        f.need(p + 4, 4); // one ND_PRINT in tcpdump: a cut group prints none of the line
        out.append(type == 0x12 ? "igmp v1 report " : type == 0x16 ? "igmp v2 report "
            : "igmp leave ");
        f.names.ip4(out, f.b, p + 4);
        if (type == 0x12 && len != 8) out.append(" [len ").append(len).append(']'); // v1 only
      }
      case 0x22 -> {
        out.append("igmp v3 report");
        // tcpdump's print_igmpv3_report wants a whole number of words, 16 bytes at least
        if (len < 16 || (len & 3) != 0) out.append(" [invalid len ").append(len).append(']');
        else GroupRecords.print(f, p, len, 4, "v3-report");
      }
      case 0x1e, 0x1f -> mtrace(type == 0x1e ? "mresp" : "mtrace", p, len);
      case 0x13 -> {
        out.append("igmp dvmrp");
        // tcpdump's IGMP printer checks the length before dvmrp_print does, in its own words
        if (len < 8) out.append(" [len ").append(len).append(']');
        else d.dvmrp.print(p, len);
      }
      case 0x14 -> {
        out.append("igmp pimv1");
        d.pimv1.print(p, len);
      }
      default -> {
        out.append("igmp-").append(type);
      }
    }
    if (f.opts.verbosity() > 0 && len >= 4 && f.has(p, len)
        && Checksum.fold(Checksum.sum(f.b, p, len)) != 0) {
      out.append(" bad igmp cksum ");
      Text.hex(out, f.u16(p + 2));
      out.append('!');
    }
  }
  /** tcpdump's {@code print_mtrace}: the query id, source, destination and reply address. */
  private void mtrace(String name, int p, int len) {
    if (len < 24) {
      out.append(" [invalid len ").append(len).append(']');
      return;
    }
    f.need(p + 8, 16);
    out.append(name).append(' ').append(f.u24(p + 21)).append(": ");
    f.names.ip4(out, f.b, p + 8);
    out.append(" to ");
    f.names.ip4(out, f.b, p + 12);
    out.append(" reply-to ");
    f.names.ip4(out, f.b, p + 16);
    if ((f.u8(p + 16) & 0xf0) == 0xe0) out.append(" with-ttl ").append(f.u8(p + 20));
  }

  private void igmpV3Query(int p, int len) {
    out.append(" v3");
    if ((len & 3) != 0) { // 12 bytes at least (the caller's test), and whole words
      out.append(" [invalid len ").append(len).append(']');
      return;
    }
    int mrc = f.u8(p + 1);
    int mrt = mrc < 128 ? mrc : ((mrc & 0x0f) | 0x10) << (((mrc & 0x70) >> 4) + 3);
    if (mrc != 100) {
      out.append(" [max resp time ");
      if (mrt < 600) out.append(mrt / 10).append('.').append(mrt % 10).append('s');
      else Text.relts(out, mrt / 10);
      out.append(']');
    }
    int group = f.i32(p + 4);
    if (group == 0) return;
    out.append(" [gaddr ");
    f.names.ip4(out, f.b, p + 4);
    int n = f.u16(p + 10);
    if (n > 0) {
      if (len < 12 + (n << 2)) {
        out.append(" [invalid number of sources]");
      } else if (f.opts.verbosity() > 1) {
        out.append(" {");
        for (int i = 0; i < n; i++) {
          f.need(p + 12 + 4 * i, 4);
          out.append(' ');
          f.names.ip4(out, f.b, p + 12 + 4 * i);
        }
        out.append(" }");
      } else {
        out.append(", ").append(n).append(" source(s)");
      }
    }
    out.append(']');
  }
}
