package io.jdump.cli;

import io.jdump.capture.Packet;
import io.jdump.capture.PacketSink;
import java.io.IOException;

/**
 * tcpdump's {@code -U} with {@code -w}: the file is flushed after each packet, so that a reader
 * of the growing file (or of {@code -w -}) sees every packet as soon as it is captured.
 *
 * <pre>{@code
 * PacketSink out = new PacketBufferedSink(CaptureFiles.pcapWriter(stream, 1, 262144, false));
 * }</pre>
 */
final class PacketBufferedSink implements PacketSink {
  private final PacketSink inner;

  PacketBufferedSink(PacketSink inner) {
    this.inner = inner;
  }

  @Override
  public void write(Packet packet) throws IOException {
    inner.write(packet);
    inner.flush();
  }

  @Override
  public void flush() throws IOException {
    inner.flush();
  }

  @Override
  public void close() throws IOException {
    inner.close();
  }
}
