package io.jdump.filter.gen;

import static io.jdump.bpf.Bpf.ABS;
import static io.jdump.bpf.Bpf.IND;
import static io.jdump.bpf.Bpf.LD;
import static io.jdump.bpf.Bpf.LDX;
import static io.jdump.bpf.Bpf.MEM;

import io.jdump.bpf.Insn;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a header starts: a constant, or (after {@code geneve}, whose inner headers sit past
 * variable-length IP and Geneve headers) the value of a scratch cell plus a constant, as
 * libpcap's bpf_abs_offset. Loads through a variable offset put the cell in X first.
 *
 * <pre>{@code
 * Off inner = Off.in(2, 0);      // M[2] + 0
 * inner.plus(9).load(Bpf.B);     // ldx M[2]; ldb [x + 9]
 * }</pre>
 *
 * @param reg the scratch cell holding the variable part, or -1 for a constant offset
 * @param k   the constant part
 */
record Off(int reg, int k) {
  static Off at(int k) {
    return new Off(-1, k);
  }

  static Off in(int reg, int k) {
    return new Off(reg, k);
  }

  boolean variable() {
    return reg >= 0;
  }

  Off plus(int d) {
    return new Off(reg, k + d);
  }

  /** {@return the statements that put X = the variable part; none for a constant offset} */
  List<Insn> varpart() {
    return variable() ? List.of(Insn.stmt(LDX | MEM, reg)) : List.of();
  }

  /** {@return statements leaving the field of {@code size} at this offset in A} */
  List<Insn> load(int size) {
    if (!variable()) return List.of(Insn.stmt(LD | size | ABS, k));
    List<Insn> s = new ArrayList<>(2);
    s.add(Insn.stmt(LDX | MEM, reg));
    s.add(Insn.stmt(LD | size | IND, k));
    return s;
  }
}
