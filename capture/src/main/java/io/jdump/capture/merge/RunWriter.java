package io.jdump.capture.merge;

import io.jdump.capture.Packet;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes kept packets with their merge keys, for {@link RunReader} to read back: what a Spark
 * task hands the driver, so that the driver merges without reading any capture file again.
 * Each record is a 28-byte big-endian header (key, timestamp in nanoseconds, caplen, wire
 * length, DLT) and the captured bytes. One reusable header array: nothing allocated a packet.
 *
 * <pre>{@code
 * try (var run = new RunWriter(new BufferedOutputStream(out))) {
 *   while (kept.next(p)) run.write(p, kept.key());
 * }
 * }</pre>
 */
public final class RunWriter implements AutoCloseable {
  static final int HEADER = 28;

  private final OutputStream out;
  private final byte[] header = new byte[HEADER];
  private long count;
  private long bytes;

  /**
   * Writes to {@code out}, which should buffer.
   *
   * @param out the output file, written from its position on
   */
  public RunWriter(OutputStream out) {
    this.out = out;
  }

  /**
   * Appends one packet with its merge key.
   *
   * @param key the packet's merge key
   * @param p the packet
   * @throws IOException when the input cannot be read
   */
  public void write(Packet p, long key) throws IOException {
    put64(0, key);
    put64(8, p.timestampNanos());
    put32(16, p.caplen());
    put32(20, p.wirelen());
    put32(24, p.dlt());
    out.write(header, 0, HEADER);
    out.write(p.buffer(), p.offset(), p.caplen());
    count++;
    bytes += HEADER + p.caplen();
  }

  /** {@return the number of packets written} */
  public long count() {
    return count;
  }

  /** {@return the number of bytes written} */
  public long bytes() {
    return bytes;
  }

  private void put64(int at, long v) {
    put32(at, (int) (v >>> 32));
    put32(at + 4, (int) v);
  }

  private void put32(int at, int v) {
    header[at] = (byte) (v >>> 24);
    header[at + 1] = (byte) (v >>> 16);
    header[at + 2] = (byte) (v >>> 8);
    header[at + 3] = (byte) v;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
