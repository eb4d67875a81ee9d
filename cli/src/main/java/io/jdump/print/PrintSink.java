package io.jdump.print;

import io.jdump.capture.Packet;
import io.jdump.capture.PacketSink;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A {@link PacketSink} that prints each packet as tcpdump does, to a byte stream (standard
 * output). Characters go out as single bytes, as tcpdump writes them; nothing is allocated per
 * packet once the buffers have grown to the longest line.
 *
 * <pre>{@code
 * try (var sink = new PrintSink(new PacketPrinter(opts), System.out, lineBuffered)) {
 *   while (source.next(packet)) if (filter.apply(...) != 0) sink.write(packet);
 * }
 * }</pre>
 */
public final class PrintSink implements PacketSink {
  private static final int FLUSH_AT = 1 << 16;

  private final PacketPrinter printer;
  private final OutputStream out;
  private final boolean lineBuffered;
  /** --count where tcpdump prints no packet; its count line is the command's to print. */
  private final boolean countOnly;
  private byte[] bytes = new byte[FLUSH_AT * 2];
  private int used;

  /**
   * @param printer formats the packets
   * @param out where the lines go; closed by {@link #close()}
   * @param lineBuffered tcpdump's {@code -l}: flush after every packet
   */
  public PrintSink(PacketPrinter printer, OutputStream out, boolean lineBuffered) {
    this.printer = printer;
    this.out = out;
    this.lineBuffered = lineBuffered;
    this.countOnly = printer.options().countOnly();
  }

  @Override
  public void write(Packet packet) throws IOException {
    if (countOnly) return;
    StringBuilder text = printer.lines(packet);
    int n = text.length();
    if (used + n > bytes.length) {
      drain();
      if (n > bytes.length) bytes = new byte[n];
    }
    byte[] to = bytes;
    int at = used;
    for (int i = 0; i < n; i++) to[at + i] = (byte) text.charAt(i);
    used += n;
    if (lineBuffered) flush();
    else if (used >= FLUSH_AT) drain();
    try {
      printer.throwStop();
    } catch (EspSecretException e) {
      flush(); // tcpdump's exit flushes the unfinished line
      throw e;
    }
  }

  private void drain() throws IOException {
    if (used > 0) out.write(bytes, 0, used);
    used = 0;
  }

  @Override
  public void flush() throws IOException {
    drain();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    flush();
    out.close();
  }
}
