package io.jdump.filter.explain;

/**
 * What a register or scratch slot holds, symbolically, on every path that reaches an
 * instruction: a constant, bytes of the packet, the packet length, a Linux extension value,
 * an IPv4 header length, or arithmetic over those. A value that differs between paths is not a
 * {@code Sym} at all (null), and is then described by nothing.
 */
sealed interface Sym {
  record Const(long value) implements Sym {}

  /** {@code size} bytes of the packet at {@code at}. */
  record Bytes(Pos at, int size) implements Sym {}

  /** The wire length ({@code ld #pktlen}, {@code len} in pcap-filter). */
  record Len() implements Sym {}

  /** A Linux {@code SKF_AD_*} extension: {@code ldh [type]} and its kin. */
  record Ext(int k) implements Sym {}

  /** {@code 4*([at]&0xf)}: the length of an IPv4 header starting at {@code at}. */
  record Hlen(Pos at) implements Sym {}

  /** {@code op} is an ALU operation of {@link io.jdump.bpf.Bpf}; {@code right} is null for NEG. */
  record Alu(int op, Sym left, Sym right) implements Sym {}

  /**
   * An offset into the packet: a constant plus, when {@code var} is not null, the run-time
   * value {@code var} (what X held for an indexed load).
   */
  record Pos(long k, Sym var) {
    static Pos abs(long k) {
      return new Pos(k, null);
    }

    Pos plus(long n) {
      return new Pos(k + n, var);
    }

    /**
     * {@return the offset {@code var + k}, written one way whatever the order the program added
     * it up in} Constants in a sum move into k; the other terms are sorted. Offsets past a
     * geneve header are sums of three or four run-time values, and the same offset must give
     * the same key whether an annotation computes it or the program does.
     */
    static Pos of(long k, Sym var) {
      java.util.List<Sym> terms = new java.util.ArrayList<>();
      java.util.ArrayDeque<Sym> work = new java.util.ArrayDeque<>();
      if (var != null) work.push(var);
      while (!work.isEmpty()) {
        Sym s = work.pop();
        if (s instanceof Const c) {
          k += c.value();
        } else if (s instanceof Alu a && a.op() == io.jdump.bpf.Bpf.ADD) {
          work.push(a.right());
          work.push(a.left());
        } else {
          terms.add(s);
        }
      }
      k &= 0xffffffffL;
      if (terms.isEmpty()) return abs(k);
      terms.sort(java.util.Comparator.comparing(Object::toString));
      Sym sum = terms.get(0);
      for (Sym t : terms.subList(1, terms.size())) sum = new Alu(io.jdump.bpf.Bpf.ADD, sum, t);
      return new Pos(k, sum);
    }
  }

  /**
   * A run of bits of the packet: {@code bits} bits starting {@code start} bits after
   * {@code var} (or after the packet's start when null). Facts are kept per key, so that
   * {@code ldb [16] & 1} and {@code ld [14] & 0x100} name the same bit.
   */
  record Key(Sym var, long start, int bits) {}
}
