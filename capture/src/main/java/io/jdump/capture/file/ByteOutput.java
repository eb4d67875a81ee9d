package io.jdump.capture.file;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One large reusable write buffer in front of a stream: writers encode record headers straight
 * into {@link #buf()} and copy packet bytes after them, so that writing a packet allocates
 * nothing and reaches the stream only when the buffer is full.
 *
 * <pre>{@code
 * int at = out.reserve(16);          // 16 bytes at out.buf()[at ..]
 * Endian.LITTLE.put32(out.buf(), at, caplen);
 * out.write(packet, off, caplen);
 * }</pre>
 */
final class ByteOutput implements AutoCloseable {
  static final int DEFAULT_CAPACITY = 1 << 20;

  private final OutputStream out;
  private final byte[] buf;
  /** Bytes [0, count) are encoded and not yet handed to the stream. */
  private int count;

  ByteOutput(OutputStream out, int capacity) {
    this.out = out;
    this.buf = new byte[capacity];
  }

  byte[] buf() {
    return buf;
  }

  /**
   * Makes room for {@code n} bytes (at most the capacity) and counts them as written.
   *
   * @return where they start in {@link #buf()}, zero-filled is not promised: write them all
   */
  int reserve(int n) throws IOException {
    if (n > buf.length - count) drain();
    int at = count;
    count += n;
    return at;
  }

  /** Appends bytes; a run longer than the buffer goes to the stream directly. */
  void write(byte[] src, int off, int len) throws IOException {
    if (len > buf.length - count) {
      drain();
      if (len > buf.length) {
        out.write(src, off, len);
        return;
      }
    }
    System.arraycopy(src, off, buf, count, len);
    count += len;
  }

  /** Appends {@code n} zero bytes (n < 4: pcapng padding). */
  void pad(int n) throws IOException {
    int at = reserve(n);
    for (int i = 0; i < n; i++) buf[at + i] = 0;
  }

  /** Hands the buffered bytes to the stream, without flushing the stream itself. */
  private void drain() throws IOException {
    if (count > 0) {
      out.write(buf, 0, count);
      count = 0;
    }
  }

  /** Pushes everything written so far through to the stream's destination. */
  void flush() throws IOException {
    drain();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    try {
      flush();
    } finally {
      out.close();
    }
  }
}
