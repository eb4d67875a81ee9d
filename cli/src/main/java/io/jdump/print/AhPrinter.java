package io.jdump.print;

/**
 * The IPsec authentication header (RFC 4302) as tcpdump's {@code ah_print}: length, SPI,
 * sequence number and ICV; the protocol it protects follows.
 */
final class AhPrinter {
  private final Frame f;
  private final StringBuilder out;

  AhPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  /** {@return the header's length (tcpdump 4.99 accepts a length of 0: 8 bytes)} */
  int print(int bp) {
    f.proto = "ah";
    if (!f.has(bp, 1)) { // nothing of the header: tcpdump's marker alone, and it returns
      f.printTrunc();
      return 0;
    }
    out.append("AH");
    int len = f.u8(bp + 1);
    int hdr = (len + 2) * 4;
    out.append('(');
    if (f.opts.verbosity() > 0) {
      out.append("length=").append(len).append('(').append(hdr).append("-bytes),");
    }
    int reserved = f.u16(bp + 2);
    if (reserved != 0) {
      out.append("reserved=0x");
      Text.hex(out, reserved);
      out.append("[MustBeZero],");
    }
    long spi = f.u32(bp + 4);
    out.append("spi=0x");
    Text.hex8(out, spi);
    out.append(',');
    long seq = f.u32(bp + 8);
    out.append("seq=0x");
    Text.hex(out, seq);
    out.append(",icv=0x");
    for (int p = bp + 12; p < bp + hdr; p++) {
      int b = f.u8(p);
      Text.hex2(out, b);
    }
    out.append("): ");
    return hdr;
  }
}
