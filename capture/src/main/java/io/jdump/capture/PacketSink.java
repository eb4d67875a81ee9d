package io.jdump.capture;

import java.io.IOException;

/**
 * Where kept packets go: a file writer, a printer, a counter.
 *
 * <pre>{@code
 * try (PacketSink out = CaptureFiles.pcapWriter(stream, LinkType.EN10MB.dlt(), 262144, false)) {
 *   out.write(packet);
 * }
 * }</pre>
 */
public interface PacketSink extends AutoCloseable {
  /**
   * Writes one packet; the view is not kept past the call.
   *
   * @param packet the packet to write
   * @throws IOException when the output cannot be written
   */
  void write(Packet packet) throws IOException;

  /**
   * Pushes buffered packets to the underlying stream (tcpdump's {@code -U}).
   *
   * @throws IOException when the output cannot be written
   */
  void flush() throws IOException;

  /** Flushes and closes; every packet written is in the output afterwards. */
  @Override
  void close() throws IOException;
}
