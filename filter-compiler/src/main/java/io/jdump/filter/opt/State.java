package io.jdump.filter.opt;

import io.jdump.bpf.Bpf;
import java.util.Arrays;

/**
 * What is known at one point of the program on every path reaching it: the value each
 * register holds, the loads known to succeed (so that repeating one cannot end the filter
 * early on a frame cut short), the length the captured frame is known to have at least, and
 * what earlier tests established about values (ranges, bits, excluded constants).
 */
final class State {
  /** Facts about one value; {@code neq} stays small so that long or-chains stay linear. */
  static final class Facts {
    long lo;
    long hi = 0xffffffffL;
    int clear;
    int set;
    long[] neq = new long[0];
    /** Tests already made on the value: op, outcome and constant packed by {@link #test}. */
    long[] seen = new long[0];
    /** The state whose own {@link #facts} may change this in place ({@link State#token}). */
    Object owner;

    static long test(int op, boolean taken, long k) {
      return (long) op << 33 | (taken ? 1L << 32 : 0) | k;
    }

    boolean saw(long t) {
      for (long n : seen) if (n == t) return true;
      return false;
    }

    Facts copy() {
      Facts f = new Facts();
      f.lo = lo;
      f.hi = hi;
      f.clear = clear;
      f.set = set;
      f.neq = neq;
      f.seen = seen;
      return f;
    }

    boolean excludes(long v) {
      for (long n : neq) if (n == v) return true;
      return false;
    }
  }

  static final int MAX_NEQ = 8;

  int a = Values.UNKNOWN;
  int x = Values.UNKNOWN;
  final int[] m = new int[Bpf.MEMWORDS];
  /**
   * Values of the loads known to succeed, the first {@link #nLoaded} of them; shared with copies
   * until one of them writes. A few dozen at most: a scan beats a hash set.
   */
  private int[] loaded;
  private int nLoaded;
  /** The captured length is at least this (every absolute load below it succeeds). */
  long caplenAtLeast;
  /**
   * Facts by value: the first {@link #nFacts} values, ascending, and their facts; shared, with
   * the {@link Facts}, with copies until one of them writes. Sorted arrays, not a map of boxed
   * keys: they are copied on most branches, and a cold JVM copied hash maps slowly.
   */
  private int[] factKeys = NO_KEYS;
  private Facts[] factValues = NO_FACTS;
  private int nFacts;
  private static final int[] NO_KEYS = {};
  private static final Facts[] NO_FACTS = {};
  /**
   * Whether {@link #loaded} and the facts belong to this state alone. A state is copied
   * on every edge of the graph, and most copies are never written: sharing until the first
   * write keeps the passes linear in time and memory on long {@code or}-chains.
   */
  private boolean ownLoaded = true;
  private boolean ownFacts = true;
  /**
   * Marks the {@link Facts} this state may change in place; replaced when the state is copied,
   * since the copy then shares them. A map of its own shares the other facts until one is
   * written: copying every fact on each branch was most of the time on long chains.
   */
  private Object token;

  State() {
    Arrays.fill(m, Values.UNKNOWN);
    loaded = new int[4];
  }

  State copy() {
    State s = new State(this);
    ownLoaded = false;
    ownFacts = false;
    token = null;
    return s;
  }

  private State(State o) {
    a = o.a;
    x = o.x;
    System.arraycopy(o.m, 0, m, 0, m.length);
    loaded = o.loaded;
    nLoaded = o.nLoaded;
    caplenAtLeast = o.caplenAtLeast;
    factKeys = o.factKeys;
    factValues = o.factValues;
    nFacts = o.nFacts;
    ownLoaded = false;
    ownFacts = false;
  }

  boolean isLoaded(int vn) {
    for (int i = 0; i < nLoaded; i++) if (loaded[i] == vn) return true;
    return false;
  }

  void addLoaded(int vn) {
    if (isLoaded(vn)) return;
    if (!ownLoaded || nLoaded == loaded.length) {
      loaded = Arrays.copyOf(loaded, Math.max(4, nLoaded * 2));
      ownLoaded = true;
    }
    loaded[nLoaded++] = vn;
  }

  private void ownFacts() {
    if (!ownFacts) {
      factKeys = Arrays.copyOf(factKeys, nFacts);
      factValues = Arrays.copyOf(factValues, nFacts);
      ownFacts = true;
    }
  }

  /** {@return what is known of value {@code vn}, or null for nothing} Not to be changed. */
  Facts factsOf(int vn) {
    int i = Arrays.binarySearch(factKeys, 0, nFacts, vn);
    return i >= 0 ? factValues[i] : null;
  }

  private Object token() {
    if (token == null) token = new Object();
    return token;
  }

  /** {@return the facts at {@code i}, copied there first unless this state owns them} */
  private Facts ownAt(int i) {
    Facts f = factValues[i];
    if (f.owner == token()) return f;
    Facts c = f.copy();
    c.owner = token;
    factValues[i] = c;
    return c;
  }

  /** Keeps only what also holds in {@code o} (paths merging). */
  void meet(State o) {
    if (a != o.a) a = Values.UNKNOWN;
    if (x != o.x) x = Values.UNKNOWN;
    for (int i = 0; i < m.length; i++) if (m[i] != o.m[i]) m[i] = Values.UNKNOWN;
    if (loaded != o.loaded || nLoaded != o.nLoaded) {
      int[] kept = null;
      int n = 0;
      for (int i = 0; i < nLoaded; i++) {
        if (o.isLoaded(loaded[i])) {
          if (kept != null) kept[n] = loaded[i];
          n++;
        } else if (kept == null) {
          kept = Arrays.copyOf(loaded, loaded.length);
        }
      }
      if (kept != null) {
        loaded = kept;
        nLoaded = n;
        ownLoaded = true;
      }
    }
    caplenAtLeast = Math.min(caplenAtLeast, o.caplenAtLeast);
    if (nFacts == 0
        || (factKeys == o.factKeys && factValues == o.factValues && nFacts == o.nFacts)) {
      return;
    }
    ownFacts();
    int n = 0;
    for (int i = 0; i < nFacts; i++) {
      Facts g = o.factsOf(factKeys[i]);
      if (g == null) continue;
      Facts f = factValues[i];
      factKeys[n] = factKeys[i];
      factValues[n] = f;
      if (f != g) {
        long lo = Math.min(f.lo, g.lo);
        long hi = Math.max(f.hi, g.hi);
        int clear = f.clear & g.clear;
        int set = f.set & g.set;
        long[] neq = kept(f.neq, g.neq);
        long[] seen = kept(f.seen, g.seen);
        if (lo != f.lo || hi != f.hi || clear != f.clear || set != f.set || neq != f.neq
            || seen != f.seen) {
          f = ownAt(n);
          f.lo = lo;
          f.hi = hi;
          f.clear = clear;
          f.set = set;
          f.neq = neq;
          f.seen = seen;
        }
      }
      n++;
    }
    Arrays.fill(factValues, n, nFacts, null);
    nFacts = n;
  }

  /**
   * {@return {@code a} itself when each element is also in {@code b}, else those that are}
   * Loops, not a stream: meet runs on every join, and a cold JVM runs streams slowly.
   */
  private static long[] kept(long[] a, long[] b) {
    int n = 0;
    for (long v : a) if (contains(b, v)) n++;
    if (n == a.length) return a;
    long[] out = new long[n];
    int j = 0;
    for (long v : a) if (contains(b, v)) out[j++] = v;
    return out;
  }

  private static boolean contains(long[] a, long v) {
    for (long n : a) if (n == v) return true;
    return false;
  }

  /** {@return the facts of {@code vn}, this state's own to change} */
  Facts factsFor(int vn) {
    ownFacts();
    int i = Arrays.binarySearch(factKeys, 0, nFacts, vn);
    if (i >= 0) return ownAt(i);
    i = -i - 1;
    if (nFacts == factKeys.length) {
      int size = Math.max(4, nFacts * 2);
      factKeys = Arrays.copyOf(factKeys, size);
      factValues = Arrays.copyOf(factValues, size);
    }
    System.arraycopy(factKeys, i, factKeys, i + 1, nFacts - i);
    System.arraycopy(factValues, i, factValues, i + 1, nFacts - i);
    Facts c = new Facts();
    c.owner = token();
    factKeys[i] = vn;
    factValues[i] = c;
    nFacts++;
    return c;
  }
}
