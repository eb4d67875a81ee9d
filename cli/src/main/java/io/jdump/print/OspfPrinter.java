package io.jdump.print;

/**
 * OSPFv2 (IP protocol 89), as tcpdump's {@code ospf_print}: the packet type and length, and
 * with {@code -v} the router and area, the authentication, then hello, database description,
 * LS request, LS update (each LSA through {@link OspfLsa}), LS acknowledgement and the
 * link-local signalling block.
 *
 * <p>tcpdump leaves this printer by its long jump on every cut read, so a cut packet ends with
 * {@code [|ospf2]} and {@code -x} dumps it whole: here that is a {@link Truncated} throw.
 */
final class OspfPrinter {
  private static final int HEADER = 24;

  private final Frame f;
  private final StringBuilder out;
  private final OspfLsa lsa;

  OspfPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
    this.lsa = new OspfLsa(f);
  }

  /** tcpdump's {@code bittok2str} of {@code ospf_option_values}. */
  static void options(StringBuilder out, int o) {
    int start = out.length();
    if ((o & 0x01) != 0) sep(out, start).append("MultiTopology");
    if ((o & 0x02) != 0) sep(out, start).append("External");
    if ((o & 0x04) != 0) sep(out, start).append("Multicast");
    if ((o & 0x08) != 0) sep(out, start).append("NSSA");
    if ((o & 0x10) != 0) sep(out, start).append("LLS");
    if ((o & 0x20) != 0) sep(out, start).append("Demand Circuit");
    if ((o & 0x40) != 0) sep(out, start).append("Opaque");
    if ((o & 0x80) != 0) sep(out, start).append("Up/Down");
    if (out.length() == start) out.append("none");
  }

  /** The router id and area of an OSPFv2 or v3 header at bp (v2 and v3 place them alike). */
  static void routerArea(Frame f, StringBuilder out, int bp) {
    f.need(bp + 4, 4);
    out.append("\n\tRouter-ID ");
    f.names.ip4(out, f.b, bp + 4);
    if (f.i32(bp + 8) != 0) {
      out.append(", Area ");
      f.names.ip4(out, f.b, bp + 8);
    } else {
      out.append(", Backbone Area");
    }
  }

  /** A hello's designated and backup designated routers, each when set (OSPFv2 and v3). */
  static void designated(Frame f, StringBuilder out, int dr, int bdr) {
    if (f.i32(dr) != 0) {
      out.append("\n\t  Designated Router ");
      f.names.ip4(out, f.b, dr);
    }
    if (f.i32(bdr) != 0) {
      out.append(", Backup Designated Router ");
      f.names.ip4(out, f.b, bdr);
    }
  }

  static StringBuilder sep(StringBuilder out, int start) {
    if (out.length() != start) out.append(", ");
    return out;
  }

  void print(int bp, int length) {
    f.proto = "ospf2";
    if (f.u16(bp + 14) == 2) { // the MD5 digest trails the packet and is not decoded
      length -= 16;
      f.end -= 16;
    }
    int type = f.u8(bp + 1);
    out.append("OSPFv").append(f.u8(bp)).append(", ");
    String name = switch (type) {
      case 1 -> "Hello";
      case 2 -> "Database Description";
      case 3 -> "LS-Request";
      case 4 -> "LS-Update";
      case 5 -> "LS-Ack";
      default -> null;
    };
    if (name == null) {
      out.append("unknown LS-type ").append(type).append(", length ").append(length);
      return;
    }
    out.append(name).append(", length ").append(length);
    if (f.opts.verbosity() == 0) return;
    int olen = f.u16(bp + 2);
    if (length != olen) out.append(" [len ").append(olen).append(']');
    int dataend = bp + (length > olen ? olen : length);
    routerArea(f, out, bp);
    f.need(bp + 16, 8);
    int auth = f.u16(bp + 14);
    out.append(", Authentication Type: ").append(switch (auth) {
      case 0 -> "none";
      case 1 -> "simple";
      case 2 -> "MD5";
      default -> "unknown";
    }).append(" (").append(auth).append(')');
    switch (auth) {
      case 0 -> { }
      case 1 -> {
        out.append("\n\tSimple text password: ");
        printjnp(bp + 16, 8);
      }
      case 2 -> {
        out.append("\n\tKey-ID: ").append(f.u8(bp + 18)).append(", Auth-Length: ")
            .append(f.u8(bp + 19)).append(", Crypto Sequence Number: 0x");
        Text.hex8(out, f.u32(bp + 20));
      }
      default -> {
        return;
      }
    }
    if (f.u8(bp) != 2) {
      out.append(" ospf [version ").append(f.u8(bp)).append(']');
      return;
    }
    v2(bp, type, dataend);
    if (length > olen) lls(bp, type, length);
  }

  private void v2(int op, int type, int dataend) {
    int p = op + HEADER;
    switch (type) {
      case 1 -> {
        int o = f.u8(p + 6);
        out.append("\n\tOptions [");
        options(out, o);
        out.append(']');
        f.need(p, 12); // tcpdump reads every field of a line before printing any of it
        out.append("\n\t  Hello Timer ").append(f.u16(p + 4)).append("s, Dead Timer ")
            .append(f.u32(p + 8)).append("s, Mask ");
        f.ip4(p);
        out.append(", Priority ").append(f.u8(p + 7));
        OspfPrinter.designated(f, out, p + 12, p + 16);
        int ap = p + 20;
        if (ap < dataend) out.append("\n\t  Neighbor List:");
        for (; ap < dataend; ap += 4) {
          f.need(ap, 4);
          out.append("\n\t    ");
          f.ip4(ap);
        }
      }
      case 2 -> {
        int o = f.u8(p + 2);
        out.append("\n\tOptions [");
        options(out, o);
        out.append(']');
        int fl = f.u8(p + 3);
        out.append(", DD Flags [");
        int start = out.length();
        if ((fl & 4) != 0) sep(out, start).append("Init");
        if ((fl & 2) != 0) sep(out, start).append("More");
        if ((fl & 1) != 0) sep(out, start).append("Master");
        if ((fl & 8) != 0) sep(out, start).append("OOBResync");
        if (out.length() == start) out.append("none");
        out.append(']');
        if (f.u16(p) != 0) out.append(", MTU: ").append(f.u16(p));
        long seq = f.u32(p + 4);
        out.append(", Sequence: 0x");
        Text.hex8(out, seq);
        for (int h = p + 8; h < dataend && lsa.header(h) != -1; h += 20) { }
      }
      case 3 -> {
        for (int r = p; r < dataend; r += 12) {
          f.need(r, 12);
          long lsType = f.u32(r);
          out.append("\n\t  Advertising Router: ");
          f.ip4(r + 8);
          out.append(", ").append(OspfLsa.typeName(lsType)).append(" LSA (").append(lsType)
              .append(')');
          if (lsType >= 9 && lsType <= 11) {
            int ot = f.u8(r + 4);
            f.need(r + 5, 3);
            out.append(", Opaque-Type: ").append(OspfLsa.opaqueName(ot)).append(" LSA (")
                .append(ot).append("), Opaque-ID: ").append(f.u24(r + 5));
          } else {
            out.append(", LSA-ID: ");
            f.ip4(r + 4);
          }
        }
      }
      case 4 -> {
        long count = f.u32(p);
        out.append(", ").append(count).append(" LSA").append(count == 1 ? "" : "s");
        int a = p + 4;
        for (long n = 1; n <= count; n++) {
          out.append("\n\t  LSA #").append(n);
          a = lsa.lsa(a);
          if (a < 0) throw f.truncated();
        }
      }
      case 5 -> {
        // tcpdump walks the headers up to a bad length or the end of the capture
        for (int h = p; lsa.header(h) != -1; h += 20) { }
      }
      default -> { }
    }
  }

  /** tcpdump's {@code ospf_decode_lls}: RFC 4813 data after the packet. */
  private void lls(int op, int type, int length) {
    switch (type) {
      case 1 -> {
        if ((f.u8(op + HEADER + 6) & 0x10) == 0) return;
      }
      case 2 -> {
        if ((f.u8(op + HEADER + 2) & 0x10) == 0) return;
      }
      default -> {
        return;
      }
    }
    int length2 = f.u16(op + 2);
    int dptr = op + length2;
    int dataend = op + length;
    if (f.u16(op + 14) == 2) {
      dptr += f.u8(op + 19);
      length2 += f.u8(op + 19);
    }
    if (length2 >= length) {
      out.append("\n\t[LLS truncated]");
      return;
    }
    int sum = f.u16(dptr);
    out.append("\n\t  LLS: checksum: 0x");
    Text.hex4(out, sum);
    dptr += 2;
    int lllen = f.u16(dptr);
    out.append(", length: ").append(lllen);
    dptr += 2;
    while (dptr < dataend) {
      int t = f.u16(dptr);
      out.append("\n\t    ").append(switch (t) {
        case 1 -> "Extended Options";
        case 2 -> "MD5 Authentication";
        default -> "Unknown TLV";
      }).append(" (").append(t).append(')');
      dptr += 2;
      int len = f.u16(dptr);
      out.append(", length: ").append(len);
      dptr += 2;
      if (t == 1) {
        if (len != 4) {
          out.append(" [should be 4]");
          len = 4;
        }
        long fl = f.u32(dptr);
        out.append("\n\t      Options: 0x");
        Text.hex8(out, fl);
        out.append(" [");
        int start = out.length();
        if ((fl & 1) != 0) sep(out, start).append("LSDB resync");
        if ((fl & 2) != 0) sep(out, start).append("Restart");
        if (out.length() == start) out.append('?');
        out.append(']');
      } else if (t == 2) {
        if (len != 20) {
          out.append(" [should be 20]");
          len = 20;
        }
        long seq = f.u32(dptr);
        out.append("\n\t      Sequence number: 0x");
        Text.hex8(out, seq);
      }
      dptr += len;
    }
  }

  /** tcpdump's {@code nd_printjnp}: up to n bytes, stopping at a NUL, escaped. */
  private void printjnp(int p, int n) {
    for (int i = 0; i < n; i++) {
      int c = f.u8(p + i);
      if (c == 0) return;
      Text.printChar(out, c);
    }
  }

}
