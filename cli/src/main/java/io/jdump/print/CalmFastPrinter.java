package io.jdump.print;

/**
 * ISO 21218 CALM FAST (Ethernet type 0x1111) as tcpdump's {@code calm_fast_print}: the
 * sender's address when the link has one, the two network references, and at {@code -v} the
 * payload in hex and ASCII.
 */
final class CalmFastPrinter {
  private final Frame f;
  private final StringBuilder out;

  CalmFastPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  /** src: the Ethernet source address's position, or -1 when the link has none. */
  void print(int p, int length, int src) {
    f.proto = "calm_fast";
    out.append("CALM FAST");
    if (src >= 0) {
      out.append(" src:");
      f.names.mac(out, f.b, src);
    }
    out.append("; ");
    if (length < 2) {
      out.append(" (length ").append(length).append(" < 2)");
      f.printInvalid();
      f.need(p, length);
      return;
    }
    out.append("SrcNwref:").append(f.u8(p)).append("; ");
    out.append("DstNwref:").append(f.u8(p + 1)).append("; ");
    if (f.opts.verbosity() > 0) {
      int avail = Math.max(0, f.end - p - 2);
      HexDump.hexAscii(out, f.b, p + 2, Math.min(length - 2, avail));
      if (length - 2 > avail) throw f.truncated();
    }
  }
}
