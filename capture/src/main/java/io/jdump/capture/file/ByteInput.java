package io.jdump.capture.file;

import java.io.IOException;
import java.io.InputStream;

/**
 * One large reusable read buffer over a stream: records are parsed in place, and a record that
 * straddles two reads stays where it is until the rest arrives (compare netty's
 * {@code ByteToMessageDecoder}: an incomplete frame leaves the reader index alone).
 *
 * <pre>
 *   0 ......... pos ............ limit ........ buf.length
 *   | consumed  | readable bytes   | free space  |
 * </pre>
 *
 * <pre>{@code
 * var in = new ByteInput(stream, 256 << 10);
 * if (in.require(16) < 16) throw ...;   // bytes at in.buf()[in.pos() .. in.pos()+16)
 * in.skip(16);
 * }</pre>
 */
final class ByteInput implements AutoCloseable {
  /**
   * The default capacity: reads large enough to make system calls rare, small enough that the
   * records are parsed while still in the core's L2 cache (1 MiB read 1 GiB in 0.23 s, 256 KiB in
   * 0.17 s; 2-core Xeon, 2026-12-07). A longer record grows the buffer.
   */
  static final int DEFAULT_CAPACITY = 256 << 10;

  private final InputStream in;
  /** Holds bytes [pos, limit) not yet consumed; replaced only by a larger array. */
  private byte[] buf;
  /** The first unconsumed byte. */
  private int pos;
  /** One past the last byte read from the stream. */
  private int limit;
  /** Stream offset of {@code buf[0]}. */
  private long base;
  /** True once the stream has returned end-of-file. */
  private boolean eof;

  ByteInput(InputStream in, int capacity) {
    this.in = in;
    this.buf = new byte[capacity];
  }

  /** {@return the array holding the readable bytes} Valid until the next {@link #require}. */
  byte[] buf() {
    return buf;
  }

  /** {@return the index of the first readable byte in {@link #buf()}} */
  int pos() {
    return pos;
  }

  /** {@return bytes consumed from the stream so far} */
  long position() {
    return base + pos;
  }

  /** {@return the buffer's current capacity} (grows only for a record larger than it). */
  int capacity() {
    return buf.length;
  }

  /**
   * Reads until at least {@code n} bytes are readable or the stream ends. The caller bounds
   * {@code n} (a record length it has validated); the buffer grows by doubling as data actually
   * arrives, so a corrupt length on a short file never allocates more than the file holds.
   *
   * @return the readable bytes, at most {@code n}: less than {@code n} only at end of stream
   */
  int require(int n) throws IOException {
    int available = limit - pos;
    if (available >= n) return n;
    return fill(n);
  }

  private int fill(int n) throws IOException {
    if ((long) pos + n > buf.length) compact();
    while (limit - pos < n && !eof) {
      if (limit == buf.length) grow(n);
      int r = in.read(buf, limit, buf.length - limit);
      if (r < 0) eof = true;
      else limit += r;
    }
    return Math.min(n, limit - pos);
  }

  /** Moves the readable bytes to the front, so that a record fits after them. */
  private void compact() {
    int available = limit - pos;
    System.arraycopy(buf, pos, buf, 0, available);
    base += pos;
    pos = 0;
    limit = available;
  }

  private void grow(int n) {
    long wanted = (long) pos + n; // room for the whole record
    int doubled = buf.length > (Integer.MAX_VALUE >> 1) ? Integer.MAX_VALUE - 8 : buf.length * 2;
    byte[] bigger = new byte[(int) Math.min(wanted, doubled)];
    System.arraycopy(buf, 0, bigger, 0, limit);
    buf = bigger;
  }

  /** Consumes {@code n} readable bytes; {@code n} must not exceed what {@link #require} gave. */
  void skip(int n) {
    pos += n;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
