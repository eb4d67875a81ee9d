package io.jdump.filter.explain;

import java.util.Set;
import java.util.TreeSet;

/**
 * What the branches taken on one path say about a run of packet bits: the values it may
 * hold, as a finite set or a range. Joining two paths keeps every value either allows, so a
 * fact is never more precise than the packets that reach an instruction.
 *
 * @param lo     the least value possible
 * @param hi     the greatest value possible
 * @param values the only values possible (all within lo..hi), or null when any in range is
 */
record Fact(long lo, long hi, Set<Long> values) {
  static Fact any(int bits) {
    return new Fact(0, bits >= 63 ? Long.MAX_VALUE : (1L << bits) - 1, null);
  }

  boolean isEmpty() {
    return lo > hi || (values != null && values.isEmpty());
  }

  Fact eq(long v) {
    boolean possible = values != null ? values.contains(v) : v >= lo && v <= hi;
    return possible ? new Fact(v, v, Set.of(v)) : new Fact(1, 0, Set.of());
  }

  Fact ne(long v) {
    if (values != null) {
      var rest = new TreeSet<>(values);
      rest.remove(v);
      return of(rest);
    }
    if (lo == v && hi == v) return new Fact(1, 0, Set.of());
    if (lo == v) return new Fact(lo + 1, hi, null);
    if (hi == v) return new Fact(lo, hi - 1, null);
    return this;
  }

  Fact within(long from, long to) {
    long l = Math.max(lo, from);
    long h = Math.min(hi, to);
    if (values == null) return new Fact(l, h, null);
    var in = new TreeSet<Long>();
    for (long v : values) if (v >= l && v <= h) in.add(v);
    return of(in);
  }

  Fact join(Fact o) {
    if (values != null && o.values != null) {
      var all = new TreeSet<>(values);
      all.addAll(o.values);
      return of(all);
    }
    return new Fact(Math.min(lo, o.lo), Math.max(hi, o.hi), null);
  }

  private static Fact of(TreeSet<Long> vs) {
    if (vs.isEmpty()) return new Fact(1, 0, Set.of());
    return new Fact(vs.first(), vs.last(), Set.copyOf(vs));
  }
}
