package io.jdump.cli;

import io.jdump.bpf.LinkType;
import io.jdump.capture.Packet;
import io.jdump.capture.PacketSink;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

/**
 * One line per packet until tcpdump's protocol printers arrive: the time of day as tcpdump
 * prints it, the link type and the wire length ({@code 22:13:20.000098 EN10MB, length 532}).
 * Each line is built in one reused array: printing allocates nothing per packet.
 *
 * <pre>{@code
 * try (var printer = new SummaryPrinter(System.out, false, ZoneId.systemDefault(), false)) {
 *   printer.write(packet);
 * }
 * }</pre>
 */
final class SummaryPrinter implements PacketSink {
  private static final int MAX_CACHED_DLT = 300;
  private static final byte[] LENGTH = ", length ".getBytes(StandardCharsets.US_ASCII);

  private final OutputStream out;
  private final boolean lineBuffered;
  private final TimeOfDay clock;
  private final byte[] line = new byte[128];
  /** Link type names by DLT, cached so a line never builds a string; 0..MAX_CACHED_DLT. */
  private final byte[][] linkNames = new byte[MAX_CACHED_DLT + 1][];

  /**
   * @param out          where lines go; the caller buffers it, and {@link #close()} only flushes it
   * @param lineBuffered flush after each line, as stdio does for a terminal
   */
  SummaryPrinter(OutputStream out, boolean lineBuffered, ZoneId zone, boolean nano) {
    this.out = out;
    this.lineBuffered = lineBuffered;
    this.clock = new TimeOfDay(zone, nano);
  }

  @Override
  public void write(Packet packet) throws IOException {
    int pos = clock.format(packet.timestampNanos(), line, 0);
    line[pos++] = ' ';
    byte[] name = linkName(packet.dlt());
    System.arraycopy(name, 0, line, pos, name.length);
    pos += name.length;
    System.arraycopy(LENGTH, 0, line, pos, LENGTH.length);
    pos += LENGTH.length;
    pos = unsigned(packet.wirelen(), line, pos);
    line[pos++] = '\n';
    out.write(line, 0, pos);
    if (lineBuffered) out.flush();
  }

  private byte[] linkName(int dlt) {
    if (dlt < 0 || dlt > MAX_CACHED_DLT) return nameOf(dlt);
    byte[] name = linkNames[dlt];
    if (name == null) linkNames[dlt] = name = nameOf(dlt);
    return name;
  }

  private static byte[] nameOf(int dlt) {
    String name = LinkType.forDlt(dlt).map(Enum::name).orElse("DLT " + Integer.toUnsignedString(dlt));
    return name.getBytes(StandardCharsets.US_ASCII);
  }

  private static int unsigned(int value, byte[] into, int pos) {
    long v = Integer.toUnsignedLong(value);
    int width = 1;
    for (long t = v; t >= 10; t /= 10) width++;
    for (int i = pos + width - 1; i >= pos; i--) {
      into[i] = (byte) ('0' + v % 10);
      v /= 10;
    }
    return pos + width;
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
