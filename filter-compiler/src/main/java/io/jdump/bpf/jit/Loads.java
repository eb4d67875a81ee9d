package io.jdump.bpf.jit;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Big-endian packet loads called by compiled filters. One view access is one bounds check and
 * one (unaligned) load plus a byte swap once HotSpot inlines it; the caller has already
 * tested caplen, so these never fail on a well-formed call.
 */
final class Loads {
  private static final VarHandle INT_BE =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle SHORT_BE =
      MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);

  private Loads() {}

  static int word(byte[] buf, int at) {
    return (int) INT_BE.get(buf, at);
  }

  static int half(byte[] buf, int at) {
    return (short) SHORT_BE.get(buf, at) & 0xffff;
  }
}
