package io.jdump.bpf.jit;

/** Local variable slots shared by every method of a compiled filter (after its arguments). */
final class MethodGenSlots {
  static final int A = 5;
  static final int X = 6;

  private MethodGenSlots() {}
}
