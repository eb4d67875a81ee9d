package io.jdump.cli;

import io.jdump.capture.Packet;
import io.jdump.capture.PacketSink;
import java.io.IOException;

/**
 * {@code --print} with {@code -w}: each packet written to the file, then printed.
 *
 * <pre>{@code
 * PacketSink both = new TeeSink(fileWriter, printSink);
 * }</pre>
 */
final class TeeSink implements PacketSink {
  private final PacketSink first;
  private final PacketSink second;

  TeeSink(PacketSink first, PacketSink second) {
    this.first = first;
    this.second = second;
  }

  @Override
  public void write(Packet packet) throws IOException {
    first.write(packet);
    second.write(packet);
  }

  @Override
  public void flush() throws IOException {
    first.flush();
    second.flush();
  }

  /** Closes both, the file first: it is the one that must be complete. */
  @Override
  public void close() throws IOException {
    try {
      first.close();
    } finally {
      second.close();
    }
  }
}
