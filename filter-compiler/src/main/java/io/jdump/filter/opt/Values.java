package io.jdump.filter.opt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Value numbers for one optimization: equal expressions over the packet (a load at the same
 * place, the same operation on the same values, the same constant) get the same number, so
 * that a register already holding a value is seen to hold it. The packet does not change while
 * a filter runs, so a load's number depends only on where it reads. {@link #UNKNOWN} (-1) is
 * equal to nothing, not even itself.
 */
final class Values {
  static final int UNKNOWN = -1;

  private record Key(int op, long a, long b) {}

  private final Map<Key, Integer> numbers = new HashMap<>();
  /** The constant of each value, or null when it depends on the packet. */
  private final List<Long> constants = new ArrayList<>();

  /** {@return the number of a value computed by {@code op} from {@code a} and {@code b}} */
  int of(int op, long a, long b) {
    return numbers.computeIfAbsent(new Key(op, a, b), x -> fresh(null));
  }

  int constant(int c) {
    long v = c & 0xffffffffL;
    return numbers.computeIfAbsent(new Key(-2, v, 0), x -> fresh(v));
  }

  /** {@return a value equal to no other (a load through an unknown index)} */
  int fresh() {
    return fresh(null);
  }

  private int fresh(Long c) {
    constants.add(c);
    return constants.size() - 1;
  }

  boolean isConstant(int vn) {
    return vn >= 0 && constants.get(vn) != null;
  }

  /** {@return the constant of a value, as an unsigned 32-bit number in a long} */
  long constantOf(int vn) {
    return constants.get(vn);
  }
}
