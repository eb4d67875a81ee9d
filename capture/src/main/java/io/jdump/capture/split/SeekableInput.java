package io.jdump.capture.split;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * A file that can be read at any offset: what a split reader needs from a local file, HDFS or
 * S3A (Hadoop's {@code FSDataInputStream} offers both operations).
 *
 * <pre>{@code
 * try (SeekableInput in = SeekableInput.of(Path.of("big.pcap"))) {
 *   int n = in.readAt(1 << 20, buf, 0, buf.length);
 * }
 * }</pre>
 */
public interface SeekableInput extends Closeable {
  /** {@return the file's size in bytes} */
  long size();

  /**
   * Reads up to {@code len} bytes at {@code position}, without moving any stream.
   *
   * @return bytes read: less than {@code len} only at the end of the file
   * @param b the buffer to fill
   * @param len the most bytes to read
   * @param off where in {@code b} to start
   * @param position the file offset to read from
   * @throws IOException when the input cannot be read
   */
  int readAt(long position, byte[] b, int off, int len) throws IOException;

  /**
   * {@return a new stream reading the file from {@code position}} closed by the caller.
   *
   * @param position the file offset to read from
   * @throws IOException when the input cannot be read
   */
  InputStream openAt(long position) throws IOException;

  /**
   * {@return a local file as a seekable input}
   *
   * @param file the capture file
   * @throws IOException when the input cannot be read
   */
  static SeekableInput of(Path file) throws IOException {
    return new LocalFile(file);
  }
}
