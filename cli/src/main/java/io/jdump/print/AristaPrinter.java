package io.jdump.print;

/**
 * Arista's vendor EtherType 0xd28b: a TapAgg time stamp before the frame's own type, as
 * tcpdump's print-arista.c shows it.
 */
final class AristaPrinter {
  static final int ETHERTYPE = 0xd28b;

  private final Frame f;
  private final StringBuilder out;

  AristaPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  /** {@return the bytes of the Arista header read, or -1 when the frame cannot go on} */
  int print(int p) {
    f.proto = "arista";
    int subtype = f.u16(p);
    out.append("SubType ").append(subtype == 1 ? "Timestamp" : "Unknown").append(" (0x");
    Text.hex4(out, subtype);
    out.append("), ");
    if (subtype != 1) return -1;
    int timescale = f.u8(p + 2);
    out.append("Timescale ").append(timescale == 0 ? "TAI" : timescale == 1 ? "UTC" : "Unknown")
        .append(" (").append(timescale).append("), ");
    int format = f.u8(p + 3) >> 4;
    int hw = f.u8(p + 3) & 0x0f;
    out.append("Format ")
        .append(format == 1 ? "64-bit" : format == 2 ? "48-bit" : "Unknown")
        .append(" (").append(format).append("), HwInfo ")
        .append(hw == 0 ? "R/R2" : hw == 1 ? "R3" : "Unknown").append(" (").append(hw)
        .append("), Timestamp ");
    int used;
    switch (format) {
      case 1 -> {
        long secs = f.u32(p + 4);
        long nanos = f.u32(p + 8);
        date(secs + nanos / 1_000_000_000L, nanos % 1_000_000_000L);
        used = 12;
      }
      case 2 -> {
        long secs = f.u16(p + 4);
        long nanos = f.u32(p + 6);
        secs += nanos / 1_000_000_000L;
        out.append(secs).append('.');
        Text.zeroPad(out, nanos % 1_000_000_000L, 9);
        used = 10;
      }
      default -> {
        return -1;
      }
    }
    out.append(": ");
    return used;
  }

  /** "%Y-%m-%d %H:%M:%S.nnnnnnnnn" in UTC, as gmtime and strftime give it. */
  private void date(long secs, long nanos) {
    f.times.utc(out, secs, ' ');
    out.append('.');
    Text.zeroPad(out, nanos, 9);
  }
}
