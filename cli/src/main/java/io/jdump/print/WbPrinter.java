package io.jdump.print;

/**
 * LBL's whiteboard (wb, UDP destination port 4567 or {@code -T wb}) as tcpdump's
 * {@code wb_print}: the message type and its page and sequence fields.
 */
final class WbPrinter {
  private static final String[] DOPS = {null, null, "RECT", "LINE", "ML", "DEL", "XFORM", "ELL",
    "CHAR", "STR", "NOP", "PSCODE", "PSCOMP", "REF", "SKIP", "HOLE"};

  private final Frame f;
  private final StringBuilder out;

  WbPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int hdr, int len) {
    f.proto = "wb";
    if (len < 12) {
      f.printInvalid();
      return;
    }
    f.need(hdr, 12);
    len -= 12;
    if (f.u8(hdr + 11) != 0) out.append('*');
    int type = f.u8(hdr + 10);
    int body = hdr + 12;
    boolean ok = switch (type) {
      case 4 -> {
        out.append(" wb-kill");
        yield true;
      }
      case 1 -> id(body, len);
      case 2 -> rreq(body, len);
      case 3 -> rrep(body, len);
      case 0 -> drawop(body, len);
      case 5 -> preq(body, len);
      case 7 -> prep(body, len);
      default -> {
        out.append(" wb-").append(type).append('!');
        yield false;
      }
    };
    if (!ok) f.printInvalid();
  }

  /** "sid:uid" of a page id at p. */
  private void page(int p) {
    f.ip4(p);
    out.append(':').append(f.u32(p + 4));
  }

  private boolean id(int id, int len) {
    out.append(" wb-id:");
    if (len < 28) return false;
    len -= 28;
    // tcpdump fetches all of a line's fields before it prints any
    f.need(id, 24);
    out.append(' ').append(f.u32(id + 12)).append('/');
    page(id + 16);
    out.append(" (max ").append(f.u32(id)).append('/');
    page(id + 4);
    out.append(") ");
    f.need(id, 28);
    long nid = f.u16(id + 24);
    if (len < 8 * nid) return false;
    len -= (int) (8 * nid);
    int io = offsets(id + 28, nid);
    out.append("> \"");
    f.printjnp(io, len);
    out.append('"');
    return true;
  }

  /** "<id:off,id:off" of n site offsets at io; {@return the position after them} */
  private int offsets(int io, long n) {
    char c = '<';
    for (long i = 0; i < n; i++, io += 8) {
      f.need(io, 8);
      out.append(c);
      f.ip4(io);
      out.append(':').append(f.u32(io + 4));
      c = ',';
    }
    return io;
  }

  private boolean rreq(int p, int len) {
    out.append(" wb-rreq:");
    if (len < 20) return false;
    f.need(p, 20);
    out.append(" please repair ");
    f.ip4(p);
    out.append(' ');
    page(p + 4);
    out.append('<').append(f.u32(p + 12)).append(':').append(f.u32(p + 16)).append('>');
    return true;
  }

  private boolean preq(int p, int len) {
    out.append(" wb-preq:");
    if (len < 16) return false;
    f.need(p, 12);
    out.append(" need ").append(f.u32(p + 8)).append('/');
    page(p);
    f.need(p, 16);
    return true;
  }

  private boolean prep(int p, int len) {
    out.append(" wb-prep:");
    if (len < 4) return false;
    long n = f.u32(p);
    int ps = p + 4;
    while (n != 0) {
      f.need(ps, 12);
      out.append(' ').append(f.u32(ps)).append('/');
      page(ps + 4);
      f.need(ps, 16);
      // tcpdump reads one byte of the 16-bit count, as it does
      int nid = f.u8(ps + 12);
      int io = offsets(ps + 16, nid);
      out.append('>');
      ps = io;
      n--;
    }
    return true;
  }

  private void dops(int dop, long ss, long es) {
    int dh = dop + 16;
    out.append(" <");
    // ss is tcpdump's 32-bit counter: it may wrap, and dh moves on every turn until the
    // capture ends, so the loop ends
    for (; ss <= es; ss = (ss + 1) & 0xffffffffL) {
      int t = f.u8(dh + 7);
      if (t < DOPS.length && DOPS[t] != null) out.append(' ').append(DOPS[t]);
      else out.append(" dop-").append(t).append('!');
      if (t == 14 || t == 15) {
        long ts = f.u32(dh);
        out.append((ts - ss + 1) & 0xffffffffL);
        if (ss > ts || ts > es) {
          out.append("[|]");
          if (ts < ss) return;
        }
        ss = ts;
      }
      dh += (f.u16(dh + 4) + 8 + 3) & ~3;
    }
    out.append(" >");
  }

  private boolean rrep(int p, int len) {
    out.append(" wb-rrep:");
    if (len < 20) return false;
    f.need(p, 20);
    out.append(" for ");
    f.ip4(p);
    out.append(' ');
    int dop = p + 4;
    page(dop);
    out.append('<').append(f.u32(dop + 8)).append(':').append(f.u32(dop + 12)).append('>');
    if (f.opts.verbosity() > 0) dops(dop, f.u32(dop + 8), f.u32(dop + 12));
    return true;
  }

  private boolean drawop(int dop, int len) {
    out.append(" wb-dop:");
    if (len < 16) return false;
    f.need(dop, 16);
    out.append(' ');
    page(dop);
    out.append('<').append(f.u32(dop + 8)).append(':').append(f.u32(dop + 12)).append('>');
    if (f.opts.verbosity() > 0) dops(dop, f.u32(dop + 8), f.u32(dop + 12));
    return true;
  }
}
