package io.jdump.capture.split;

import java.io.IOException;

/**
 * A cached stretch of a {@link SeekableInput}: the boundary search reads small fields at
 * nearby offsets, forward and a little back, and should not pay a read for each.
 */
final class Window {
  private final SeekableInput in;
  private final byte[] buf;
  private long start;
  private int length;

  Window(SeekableInput in, int capacity) {
    this.in = in;
    this.buf = new byte[capacity];
  }

  byte[] buf() {
    return buf;
  }

  /**
   * Makes bytes [position, position + n) readable in {@link #buf()}.
   *
   * @return their index in {@link #buf()}, or -1 when the file ends before them
   */
  int at(long position, int n) throws IOException {
    if (position >= start && position + n <= start + length) return (int) (position - start);
    if (position + n > in.size()) return -1;
    start = position;
    length = in.readAt(position, buf, 0, (int) Math.min(buf.length, in.size() - position));
    return length >= n ? 0 : -1;
  }
}
