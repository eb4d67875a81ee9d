package io.jdump.capture.merge;

import io.jdump.capture.Packet;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads back what a {@link RunWriter} wrote, as a {@link MergeSource}. A run is one part of a
 * file: its keys were computed from the part's start, so the reader raises each to the
 * {@code carry}, the largest timestamp in the parts before it.
 *
 * <pre>{@code
 * MergeSource part = new RunReader(new BufferedInputStream(Files.newInputStream(run)), carry);
 * }</pre>
 */
public final class RunReader implements MergeSource {
  private final InputStream in;
  private final long carry;
  private final byte[] header = new byte[RunWriter.HEADER];
  private byte[] data = new byte[2048];
  private long key;

  /**
   * Reads {@code in}, which should buffer; keys are at least {@code carry}.
   *
   * @param carry the largest time stamp of the parts before this one (mergecap keeps each file's own order)
   * @param in the file
   */
  public RunReader(InputStream in, long carry) {
    this.in = in;
    this.carry = carry;
    this.key = carry;
  }

  @Override
  public boolean next(Packet into) throws IOException {
    int got = in.readNBytes(header, 0, RunWriter.HEADER);
    if (got == 0) return false;
    if (got < RunWriter.HEADER) throw new EOFException("truncated run: " + got + " header bytes");
    key = Math.max(carry, get64(0));
    long ts = get64(8);
    int caplen = get32(16);
    int wirelen = get32(20);
    int dlt = get32(24);
    if (caplen < 0) throw new IOException("corrupt run: caplen " + caplen);
    // Grows to the largest packet, then stays: one array for the whole run.
    if (caplen > data.length) data = new byte[Math.max(caplen, 2 * data.length)];
    if (in.readNBytes(data, 0, caplen) < caplen) throw new EOFException("truncated run: packet data");
    into.set(data, 0, caplen, wirelen, ts, dlt, 0);
    return true;
  }

  @Override
  public long key() {
    return key;
  }

  private long get64(int at) {
    return ((long) get32(at) << 32) | (get32(at + 4) & 0xffffffffL);
  }

  private int get32(int at) {
    return (header[at] & 0xff) << 24 | (header[at + 1] & 0xff) << 16
        | (header[at + 2] & 0xff) << 8 | (header[at + 3] & 0xff);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
