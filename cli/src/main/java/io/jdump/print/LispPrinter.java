package io.jdump.print;

/**
 * LISP control messages on UDP 4342, as tcpdump's print-lisp.c: every type's name, and for
 * Map-Register and Map-Notify the authentication data, the EID records with their locators at
 * {@code -v}, and the xTR and site ids.
 */
final class LispPrinter {
  private static final int HDR = 16;

  private final Frame f;
  private final StringBuilder out;

  LispPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int bp, int length) {
    f.proto = "lisp";
    if (!f.has(bp, HDR)) {
      f.printTrunc();
      return;
    }
    boolean v = f.opts.verbosity() > 0;
    int first = f.u8(bp);
    int type = first >> 4;
    switch (type) {
      case 0 -> out.append("LISP-Reserved");
      case 1 -> out.append("LISP-Map-Request");
      case 2 -> out.append("LISP-Map-Reply");
      case 3 -> out.append("LISP-Map-Register");
      case 4 -> out.append("LISP-Map-Notify");
      case 8 -> out.append("LISP-Encapsulated-Contol-Message");
      default -> out.append("unknown-type-").append(type);
    }
    out.append(',');
    long word = f.u32(bp);
    if (v && type == 3) {
      out.append(" flags [");
      flags(word, REGISTER_BITS, REGISTER_FLAGS);
      out.append("],");
    } else if (v && type == 4) {
      out.append(" flags [");
      flags(word, NOTIFY_BITS, NOTIFY_FLAGS);
      out.append("],");
    }
    if (type != 3 && type != 4) return;
    boolean xtr = type == 3 ? (first & 2) != 0 : (first & 8) != 0;
    int authLen = f.u16(bp + 14);
    int off = HDR;
    int records = f.u8(bp + 3);
    if (v) {
      int keyId = f.u16(bp + 12);
      out.append("\n    ").append(records).append(" record(s), Authentication ")
          .append(keyId == 0 ? "None" : keyId == 1 ? "SHA1" : keyId == 2 ? "SHA256"
              : "unknown-type").append(',');
      hex("\n    Authentication-Data: ", bp + off, authLen);
    } else {
      out.append(' ').append(records).append(" record(s),");
    }
    off += authLen;
    if (records == 0) {
      f.printInvalid();
      return;
    }
    while (length > off && records-- > 0) {
      if (!f.has(bp + off, 12)) {
        f.printTrunc();
        return;
      }
      out.append('\n');
      int eid = bp + off;
      off += 12;
      int mask = f.u8(eid + 5);
      int afi = f.u16(eid + 10);
      int locs = f.u8(eid + 4);
      if (v) {
        out.append("      Record TTL ").append(f.u32(eid)).append(',');
        int act = f.u8(eid + 6);
        out.append(((act >> 4) & 1) != 0 ? " Authoritative," : " Non-Authoritative,");
        int action = act >> 5;
        out.append(' ').append(switch (action) {
          case 0 -> "No-Action";
          case 1 -> "Natively-Forward";
          case 2 -> "Send-Map-Request";
          case 3 -> "Drop";
          default -> "unknown";
        }).append(',');
        out.append(" Map Version: ").append(f.u16(eid + 8) & 0xfff).append(',');
      }
      switch (afi) {
        case 1 -> {
          f.need(bp + off, 4);
          out.append(" EID ");
          f.names.ip4(out, f.b, bp + off);
          out.append('/').append(mask).append(',');
          off += 4;
        }
        case 2 -> {
          f.need(bp + off, 16);
          out.append(" EID ");
          f.names.ip6(out, f.b, bp + off);
          out.append('/').append(mask).append(',');
          off += 16;
        }
        default -> {
          return;
        }
      }
      out.append(' ').append(locs).append(" locator(s)");
      while (locs-- > 0) {
        if (!f.has(bp + off, 8)) {
          f.printTrunc();
          return;
        }
        int loc = bp + off;
        off += 8;
        int locAfi = f.u16(loc + 6);
        if (v) out.append("\n       ");
        if (locAfi == 1 || locAfi == 2) {
          int n = locAfi == 1 ? 4 : 16;
          if (!f.has(bp + off, n)) {
            f.printTrunc();
            return;
          }
          out.append(" LOC ");
          if (n == 4) f.names.ip4(out, f.b, loc + 8);
          else f.names.ip6(out, f.b, loc + 8);
          off += n;
        }
        if (v) {
          out.append("\n          Priority/Weight ").append(f.u8(loc)).append('/')
              .append(f.u8(loc + 1)).append(", Multicast Priority/Weight ").append(f.u8(loc + 2))
              .append('/').append(f.u8(loc + 3)).append(',');
          out.append(" flags [");
          flags(f.u16(loc + 4), LOC_BITS, LOC_FLAGS);
          out.append("],");
        }
      }
    }
    if (xtr) {
      if (!f.has(bp + off, 24)) {
        f.printInvalid();
        return;
      }
      hex("\n    xTR-ID: ", bp + off, 16);
      long hi = f.u32(bp + off + 16);
      long lo = f.u32(bp + off + 20);
      out.append("\n    SITE-ID: ").append(Long.toUnsignedString(hi << 32 | lo));
    } else if (bp + off < f.end) {
      hex("\n    Data: ", bp + off, f.end - (bp + off));
    }
  }

  private static final long[] REGISTER_BITS = {0x08000000, 0x04000000, 0x02000000, 0x01000000,
    0x00000100};
  private static final long[] NOTIFY_BITS = {0x08000000, 0x04000000};
  private static final long[] LOC_BITS = {4, 2, 1};
  private static final String[] REGISTER_FLAGS = {"P-Proxy-Map-Reply", "S-LISP-SEC-Capable",
    "I-xTR-ID-Present", "R-Build-For-RTR", "M-Want-Map-Notify"};
  private static final String[] NOTIFY_FLAGS = {"I-xTR-ID-Present", "R-Build-For-RTR"};
  private static final String[] LOC_FLAGS = {"Local-Locator", "RLoc-Probed", "Reachable"};

  /** tcpdump's bittok2str: the set bits' names joined by ", ", or "none". */
  private void flags(long word, long[] bits, String[] names) {
    int n = 0;
    for (int i = 0; i < bits.length; i++) {
      if ((word & bits[i]) != 0) {
        if (n++ > 0) out.append(", ");
        out.append(names[i]);
      }
    }
    if (n == 0) out.append("none");
  }

  /** tcpdump's hex_print: what was captured of len bytes, then the cut (a long jump). */
  private void hex(String ident, int p, int len) {
    int avail = Math.max(0, f.end - p);
    boolean cut = len > avail;
    HexDump.hex(out, f.b, p, cut ? avail : len, ident);
    if (cut) throw f.truncated();
  }
}
