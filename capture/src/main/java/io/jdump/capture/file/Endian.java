package io.jdump.capture.file;

/**
 * Reads and writes multi-byte fields of a capture file in the byte order its header declares,
 * straight from and into byte arrays (no {@code ByteBuffer} per record). Shifts rather than
 * byte-array VarHandles: creating and first linking those spins method-handle classes, which a
 * cold start on JDK 17 pays for (issue 14); a record header is four fields.
 *
 * <pre>{@code
 * int caplen = Endian.LITTLE.i32(buf, off + 8);
 * }</pre>
 */
public enum Endian {
  /** Least significant byte first (x86, ARM): most capture files. */
  LITTLE,
  /** Most significant byte first, network order. */
  BIG;

  /** {@return the other byte order} */
  public Endian swapped() {
    return this == LITTLE ? BIG : LITTLE;
  }

  /**
   * {@return the unsigned 16-bit field at {@code off}}
   *
   * @param b   the bytes
   * @param off where the field starts
   */
  public int u16(byte[] b, int off) {
    int b0 = b[off] & 0xff;
    int b1 = b[off + 1] & 0xff;
    return this == LITTLE ? b1 << 8 | b0 : b0 << 8 | b1;
  }

  /**
   * {@return the 32-bit field at {@code off}} to be read as unsigned where the format says so.
   *
   * @param b   the bytes
   * @param off where the field starts
   */
  public int i32(byte[] b, int off) {
    int b0 = b[off] & 0xff;
    int b1 = b[off + 1] & 0xff;
    int b2 = b[off + 2] & 0xff;
    int b3 = b[off + 3] & 0xff;
    return this == LITTLE ? b3 << 24 | b2 << 16 | b1 << 8 | b0 : b0 << 24 | b1 << 16 | b2 << 8 | b3;
  }

  /**
   * {@return the 64-bit field at {@code off}}
   *
   * @param b   the bytes
   * @param off where the field starts
   */
  public long i64(byte[] b, int off) {
    long first = i32(b, off) & 0xffff_ffffL;
    long second = i32(b, off + 4) & 0xffff_ffffL;
    return this == LITTLE ? second << 32 | first : first << 32 | second;
  }

  /**
   * Writes the 16-bit field at {@code off}.
   *
   * @param b   the bytes
   * @param off where the field starts
   * @param v   its value
   */
  public void put16(byte[] b, int off, int v) {
    if (this == LITTLE) {
      b[off] = (byte) v;
      b[off + 1] = (byte) (v >>> 8);
    } else {
      b[off] = (byte) (v >>> 8);
      b[off + 1] = (byte) v;
    }
  }

  /**
   * Writes the 32-bit field at {@code off}.
   *
   * @param b   the bytes
   * @param off where the field starts
   * @param v   its value
   */
  public void put32(byte[] b, int off, int v) {
    if (this == LITTLE) {
      put16(b, off, v);
      put16(b, off + 2, v >>> 16);
    } else {
      put16(b, off, v >>> 16);
      put16(b, off + 2, v);
    }
  }

  /**
   * Writes the 64-bit field at {@code off}.
   *
   * @param b   the bytes
   * @param off where the field starts
   * @param v   its value
   */
  public void put64(byte[] b, int off, long v) {
    if (this == LITTLE) {
      put32(b, off, (int) v);
      put32(b, off + 4, (int) (v >>> 32));
    } else {
      put32(b, off, (int) (v >>> 32));
      put32(b, off + 4, (int) v);
    }
  }
}
