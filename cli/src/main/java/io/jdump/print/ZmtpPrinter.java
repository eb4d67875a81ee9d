package io.jdump.print;

/**
 * ZeroMQ's ZMTP/1.0 (RFC 36/ZMTP), as tcpdump's print-zeromq.c: frames over TCP ({@code -T
 * zmtp1}) and the datagrams PGM's ODATA/RDATA carry ({@code -T pgm_zmtp1}).
 */
final class ZmtpPrinter {
  /** Body bytes dumped at -v (tcpdump's VBYTES); -vv dumps them all. */
  private static final int VBYTES = 128;

  private final Frame f;
  private final StringBuilder out;

  ZmtpPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  /** tcpdump's zmtp1_print: a TCP payload of len bytes at cp. */
  void stream(int cp, int len) {
    int ep = (int) Math.min(f.end, (long) cp + len);
    f.proto = "zmtp1";
    out.append(": ZMTP/1.0");
    while (cp < ep) cp = frame(cp, ep);
  }

  /** tcpdump's zmtp1_datagram_print: an intermediate part, then frames. */
  void datagram(int cp, int len) {
    int ep = (int) Math.min(f.end, (long) cp + len);
    f.proto = "zmtp1";
    int offset = f.u16(cp);
    out.append("\n\t frame offset 0x");
    Text.hex4(out, offset);
    cp += 2;
    int remaining = Math.max(0, f.end - cp);
    if (offset == 0xffff) {
      offset = len - 2;
    } else if (2 + offset > len) {
      out.append(" (exceeds datagram declared length)");
      throw f.truncated();
    }
    if (offset != 0) {
      out.append("\n\t frame intermediate part, ").append(Integer.toUnsignedString(offset))
          .append(" bytes");
      if (Integer.compareUnsigned(offset, remaining) > 0) {
        out.append(" (").append(remaining).append(" captured)");
      }
      if (f.opts.verbosity() > 0) {
        int printed = Integer.compareUnsigned(offset, remaining) < 0 ? offset : remaining;
        if (f.opts.verbosity() == 1) printed = Math.min(VBYTES, printed);
        if (printed > 1) {
          out.append(", first ").append(printed).append(" byte(s):");
          HexDump.hexAscii(out, f.b, cp, printed, "\n\t ");
        }
      }
    }
    long next = cp + Integer.toUnsignedLong(offset);
    if (next >= ep) return;
    cp = (int) next;
    while (cp < ep) cp = frame(cp, ep);
  }

  private int frame(int cp, int ep) {
    out.append("\n\t");
    long declared;
    int headerLen;
    if (f.u8(cp) != 0xff) {
      headerLen = 1;
      declared = f.u8(cp);
      out.append(" frame flags+body  (8-bit) length ").append(declared);
    } else {
      headerLen = 9;
      out.append(" frame flags+body (64-bit) length");
      f.need(cp, headerLen);
      declared = f.u32(cp + 1) << 32 | f.u32(cp + 5);
      out.append(' ').append(Long.toUnsignedString(declared));
    }
    if (declared == 0) return cp + headerLen;
    f.need(cp, headerLen + 1);
    int flags = f.u8(cp + headerLen);
    long captured = ep - cp - headerLen;
    if (Long.compareUnsigned(declared, captured) > 0) {
      out.append(" (").append(captured).append(" captured)");
    }
    out.append(", flags 0x");
    Text.hex2(out, flags);
    if (f.opts.verbosity() > 0) {
      long printed = Long.compareUnsigned(captured, declared) < 0 ? captured : declared;
      out.append(" (");
      for (int bit = 7; bit >= 1; bit--) out.append((flags & (1 << bit)) != 0 ? "MBZ|" : "-|");
      out.append((flags & 1) != 0 ? "MORE" : "-").append(')');
      if (f.opts.verbosity() == 1) printed = Math.min(VBYTES + 1, printed);
      if (printed > 1) {
        out.append(", first ").append(printed - 1).append(" byte(s) of body:");
        HexDump.hexAscii(out, f.b, cp + headerLen + 1, (int) printed - 1, "\n\t ");
      }
    }
    cp += headerLen;
    // a declared length past the capture ends the packet, as tcpdump's ND_TCHECK_LEN
    if (Long.compareUnsigned(declared, f.end - cp) > 0) throw f.truncated();
    return cp + (int) declared;
  }
}
