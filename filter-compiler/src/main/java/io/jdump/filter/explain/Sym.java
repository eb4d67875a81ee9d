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
  }

  /**
   * A run of bits of the packet: {@code bits} bits starting {@code start} bits after
   * {@code var} (or after the packet's start when null). Facts are kept per key, so that
   * {@code ldb [16] & 1} and {@code ld [14] & 0x100} name the same bit.
   */
  record Key(Sym var, long start, int bits) {}
}
