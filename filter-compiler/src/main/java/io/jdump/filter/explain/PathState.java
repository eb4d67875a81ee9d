package io.jdump.filter.explain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What is known at one instruction over every path reaching it: the symbolic A, X and scratch
 * memory (null where paths disagree or nothing is known), and the facts the branches taken
 * established about packet bits. Copied, never shared, between instructions.
 */
final class PathState {
  Sym a;
  Sym x;
  final Sym[] mem;
  final Map<Sym.Key, Fact> facts;
  /**
   * The names A, X and memory got when they were set, on the path that set them: where paths
   * holding different fields meet (an optimizer shares the tail of {@code ip dst} and
   * {@code arp target ip} tests), the symbol is lost but the names join as alternatives.
   */
  Naming an;
  Naming xn;
  final Naming[] mn;

  private PathState(Sym a, Sym x, Sym[] mem, Map<Sym.Key, Fact> facts, Naming an, Naming xn,
      Naming[] mn) {
    this.a = a;
    this.x = x;
    this.mem = mem;
    this.facts = facts;
    this.an = an;
    this.xn = xn;
    this.mn = mn;
  }

  /** The state at the entry: registers and memory hold 0, as in bpf_filter. */
  static PathState entry() {
    Sym[] mem = new Sym[16];
    Arrays.fill(mem, new Sym.Const(0));
    return new PathState(new Sym.Const(0), new Sym.Const(0), mem, new HashMap<>(), null, null,
        new Naming[16]);
  }

  PathState copy() {
    return new PathState(a, x, mem.clone(), new HashMap<>(facts), an, xn, mn.clone());
  }

  /** {@return this state with nothing known about A, X and memory} (a loop's head). */
  PathState forgetRegisters() {
    PathState s = copy();
    s.a = null;
    s.x = null;
    s.an = null;
    s.xn = null;
    Arrays.fill(s.mem, null);
    Arrays.fill(s.mn, null);
    return s;
  }

  /** {@return whether both paths hold the same scratch memory} */
  boolean sameMemory(PathState o) {
    return Arrays.equals(mem, o.mem);
  }

  /** {@return what holds on both paths}: equal symbols, and facts both paths have, widened. */
  PathState join(PathState o) {
    Sym[] m = new Sym[16];
    Naming[] names = new Naming[16];
    for (int i = 0; i < 16; i++) {
      m[i] = Objects.equals(mem[i], o.mem[i]) ? mem[i] : null;
      names[i] = either(mn[i], o.mn[i]);
    }
    Map<Sym.Key, Fact> f = new HashMap<>();
    for (var e : facts.entrySet()) {
      Fact other = o.facts.get(e.getKey());
      if (other != null) f.put(e.getKey(), e.getValue().join(other));
    }
    return new PathState(Objects.equals(a, o.a) ? a : null, Objects.equals(x, o.x) ? x : null, m, f,
        either(an, o.an), either(xn, o.xn), names);
  }

  private static final int MAX_ALTERNATIVES = 4;

  /**
   * {@return a name that is one or the other} when both read constants the same way. Fields
   * of one name in different protocols merge ({@code tcp/udp dst port}); others stay
   * alternatives ({@code ip dst or arp target ip}).
   */
  static Naming either(Naming p, Naming q) {
    if (p == null || q == null) return null;
    if (p.equals(q)) return p;
    if (p.format() != q.format() || p.shift() != q.shift() || p.bits() != q.bits()) return null;
    Map<String, Set<String>> byField = new LinkedHashMap<>();
    for (Naming n : List.of(p, q)) {
      for (String alt : n.text().split(" or ")) {
        int space = alt.indexOf(' ');
        String protos = space < 0 ? "" : alt.substring(0, space);
        String field = space < 0 ? alt : alt.substring(space);
        Set<String> set = byField.computeIfAbsent(field, f -> new TreeSet<>(PathState::byRank));
        set.addAll(List.of(protos.split("/")));
      }
    }
    if (byField.size() > MAX_ALTERNATIVES) return null;
    List<String> alts = new ArrayList<>();
    byField.forEach((field, protos) -> alts.add(String.join("/", protos) + field));
    return new Naming(String.join(" or ", alts), p.format(), p.shift(), p.bits());
  }

  Fact fact(Sym.Key key) {
    return facts.get(key);
  }

  /** Protocols in the order of {@link Header}: tcp before udp before sctp. */
  private static int byRank(String a, String b) {
    return Integer.compare(rank(a), rank(b)) != 0 ? Integer.compare(rank(a), rank(b)) : a.compareTo(b);
  }

  private static int rank(String proto) {
    for (Header h : Header.values()) if (h.proto.equals(proto)) return h.ordinal();
    return Header.values().length;
  }
}
