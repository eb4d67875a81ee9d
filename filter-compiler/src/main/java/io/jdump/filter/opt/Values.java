package io.jdump.filter.opt;

import java.util.Arrays;

/**
 * Value numbers for one optimization: equal expressions over the packet (a load at the same
 * place, the same operation on the same values, the same constant) get the same number, so
 * that a register already holding a value is seen to hold it. The packet does not change while
 * a filter runs, so a load's number depends only on where it reads. {@link #UNKNOWN} (-1) is
 * equal to nothing, not even itself.
 */
final class Values {
  static final int UNKNOWN = -1;
  /** The op of constants' keys: no BPF code is negative. */
  private static final int CONSTANT = -2;

  // Numbers by (op, a, b): open addressing over parallel arrays. Every statement of every pass
  // asks for its number; a map of boxed keys was a visible part of a cold compile.
  private int[] ops = new int[1024];
  private long[] as = new long[1024];
  private long[] bs = new long[1024];
  /** The number of each slot, or -1 for an empty one. */
  private int[] slots = filled(1024);
  private int used;
  /** The constant of each value ({@link #isConstant} says whether it has one). */
  private long[] constants = new long[256];
  private boolean[] constant = new boolean[256];
  private int count;

  /** {@return the number of a value computed by {@code op} from {@code a} and {@code b}} */
  int of(int op, long a, long b) {
    return number(op, a, b, false, 0);
  }

  int constant(int c) {
    long v = c & 0xffffffffL;
    return number(CONSTANT, v, 0, true, v);
  }

  /** {@return a value equal to no other (a load through an unknown index)} */
  int fresh() {
    return fresh(false, 0);
  }

  private int number(int op, long a, long b, boolean isConstant, long c) {
    int mask = slots.length - 1;
    for (int i = hash(op, a, b) & mask; ; i = (i + 1) & mask) {
      int n = slots[i];
      if (n < 0) {
        n = fresh(isConstant, c);
        ops[i] = op;
        as[i] = a;
        bs[i] = b;
        slots[i] = n;
        if (++used * 2 > slots.length) grow();
        return n;
      }
      if (ops[i] == op && as[i] == a && bs[i] == b) return n;
    }
  }

  private static int hash(int op, long a, long b) {
    long h = (op * 0x9E3779B97F4A7C15L) ^ (a * 0xC2B2AE3D27D4EB4FL) ^ (b * 0x165667B19E3779F9L);
    h ^= h >>> 29;
    h *= 0xBF58476D1CE4E5B9L;
    return (int) (h ^ h >>> 32);
  }

  private void grow() {
    int[] oldOps = ops;
    long[] oldAs = as;
    long[] oldBs = bs;
    int[] oldSlots = slots;
    int size = oldSlots.length * 2;
    ops = new int[size];
    as = new long[size];
    bs = new long[size];
    slots = filled(size);
    int mask = size - 1;
    for (int j = 0; j < oldSlots.length; j++) {
      if (oldSlots[j] < 0) continue;
      int i = hash(oldOps[j], oldAs[j], oldBs[j]) & mask;
      while (slots[i] >= 0) i = (i + 1) & mask;
      ops[i] = oldOps[j];
      as[i] = oldAs[j];
      bs[i] = oldBs[j];
      slots[i] = oldSlots[j];
    }
  }

  private static int[] filled(int size) {
    int[] a = new int[size];
    Arrays.fill(a, -1);
    return a;
  }

  private int fresh(boolean isConstant, long c) {
    if (count == constants.length) {
      constants = Arrays.copyOf(constants, count * 2);
      constant = Arrays.copyOf(constant, count * 2);
    }
    constants[count] = c;
    constant[count] = isConstant;
    return count++;
  }

  boolean isConstant(int vn) {
    return vn >= 0 && constant[vn];
  }

  /** {@return the constant of a value, as an unsigned 32-bit number in a long} */
  long constantOf(int vn) {
    return constants[vn];
  }
}
