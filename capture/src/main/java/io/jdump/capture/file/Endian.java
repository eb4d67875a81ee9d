package io.jdump.capture.file;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Reads and writes multi-byte fields of a capture file in the byte order its header declares,
 * straight from and into byte arrays (no {@code ByteBuffer} per record).
 *
 * <pre>{@code
 * int caplen = Endian.LITTLE.u32(buf, off + 8);
 * }</pre>
 */
public enum Endian {
  LITTLE(ByteOrder.LITTLE_ENDIAN),
  BIG(ByteOrder.BIG_ENDIAN);

  private final VarHandle shorts;
  private final VarHandle ints;
  private final VarHandle longs;

  Endian(ByteOrder order) {
    shorts = MethodHandles.byteArrayViewVarHandle(short[].class, order);
    ints = MethodHandles.byteArrayViewVarHandle(int[].class, order);
    longs = MethodHandles.byteArrayViewVarHandle(long[].class, order);
  }

  /** {@return the other byte order} */
  public Endian swapped() {
    return this == LITTLE ? BIG : LITTLE;
  }

  /** {@return the unsigned 16-bit field at {@code off}} */
  public int u16(byte[] b, int off) {
    return (short) shorts.get(b, off) & 0xffff;
  }

  /** {@return the 32-bit field at {@code off}} to be read as unsigned where the format says so. */
  public int i32(byte[] b, int off) {
    return (int) ints.get(b, off);
  }

  /** {@return the 64-bit field at {@code off}} */
  public long i64(byte[] b, int off) {
    return (long) longs.get(b, off);
  }

  public void put16(byte[] b, int off, int v) {
    shorts.set(b, off, (short) v);
  }

  public void put32(byte[] b, int off, int v) {
    ints.set(b, off, v);
  }

  public void put64(byte[] b, int off, long v) {
    longs.set(b, off, v);
  }
}
