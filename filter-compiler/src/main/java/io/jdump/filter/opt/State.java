package io.jdump.filter.opt;

import io.jdump.bpf.Bpf;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

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
  private int[] loaded = new int[4];
  private int nLoaded;
  /** The captured length is at least this (every absolute load below it succeeds). */
  long caplenAtLeast;
  /** Facts by value; shared, with its {@link Facts}, with copies until one of them writes. */
  Map<Integer, Facts> facts = new HashMap<>();
  /**
   * Whether {@link #loaded} and {@link #facts} belong to this state alone. A state is copied
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
    facts = o.facts;
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

  private Map<Integer, Facts> ownFacts() {
    if (!ownFacts) {
      facts = new HashMap<>(facts);
      ownFacts = true;
    }
    return facts;
  }

  private Object token() {
    if (token == null) token = new Object();
    return token;
  }

  /** {@return the entry's facts, copied into the entry first unless this state owns them} */
  private Facts own(Map.Entry<Integer, Facts> e) {
    Facts f = e.getValue();
    if (f.owner == token()) return f;
    Facts c = f.copy();
    c.owner = token;
    e.setValue(c);
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
    if (facts == o.facts || facts.isEmpty()) return;
    for (Iterator<Map.Entry<Integer, Facts>> it = ownFacts().entrySet().iterator(); it.hasNext(); ) {
      var e = it.next();
      Facts g = o.facts.get(e.getKey());
      if (g == null) {
        it.remove();
        continue;
      }
      Facts f = e.getValue();
      if (f == g) continue;
      long lo = Math.min(f.lo, g.lo);
      long hi = Math.max(f.hi, g.hi);
      int clear = f.clear & g.clear;
      int set = f.set & g.set;
      long[] neq = kept(f.neq, g.neq);
      long[] seen = kept(f.seen, g.seen);
      if (lo == f.lo && hi == f.hi && clear == f.clear && set == f.set && neq == f.neq
          && seen == f.seen) {
        continue;
      }
      f = own(e);
      f.lo = lo;
      f.hi = hi;
      f.clear = clear;
      f.set = set;
      f.neq = neq;
      f.seen = seen;
    }
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
    Map<Integer, Facts> mine = ownFacts();
    Facts f = mine.get(vn);
    if (f != null && f.owner == token()) return f;
    Facts c = f == null ? new Facts() : f.copy();
    c.owner = token;
    mine.put(vn, c);
    return c;
  }
}
