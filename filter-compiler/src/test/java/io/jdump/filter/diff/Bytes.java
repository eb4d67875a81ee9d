package io.jdump.filter.diff;

import java.util.Arrays;

/** A growable big-endian byte writer for building test frames; test code, allocates freely. */
final class Bytes {
  private byte[] buf = new byte[128];
  private int len;

  Bytes u8(int v) {
    ensure(1);
    buf[len++] = (byte) v;
    return this;
  }

  Bytes u16(int v) {
    return u8(v >>> 8).u8(v);
  }

  Bytes u16le(int v) {
    return u8(v).u8(v >>> 8);
  }

  Bytes u24(int v) {
    return u8(v >>> 16).u16(v);
  }

  Bytes u32(int v) {
    return u16(v >>> 16).u16(v);
  }

  Bytes u32le(int v) {
    return u16le(v).u16le(v >>> 16);
  }

  Bytes put(byte[] b) {
    ensure(b.length);
    System.arraycopy(b, 0, buf, len, b.length);
    len += b.length;
    return this;
  }

  Bytes zeros(int n) {
    ensure(n);
    len += n;
    return this;
  }

  /** Appends {@code n} bytes counting up from {@code seed}: recognisable filler. */
  Bytes filler(int n, int seed) {
    for (int i = 0; i < n; i++) u8(seed + i);
    return this;
  }

  int length() {
    return len;
  }

  /** Overwrites a 16-bit big-endian field already written, e.g. a length known only at the end. */
  Bytes set16(int at, int v) {
    buf[at] = (byte) (v >>> 8);
    buf[at + 1] = (byte) v;
    return this;
  }

  byte[] toArray() {
    return Arrays.copyOf(buf, len);
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private void ensure(int n) {
    if (len + n > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
  }
}
