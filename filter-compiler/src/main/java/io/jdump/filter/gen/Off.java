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
 * @param reg  the scratch cell holding the variable part, or -1 for a constant offset
 * @param k    the constant part
 * @param cell for a link layer whose header lengths are computed at run time (802.11 behind
 *             radiotap, say): the cell, taken on first use, that the program's prologue fills;
 *             null otherwise
 */
record Off(int reg, int k, Cell cell) {
  static Off at(int k) {
    return new Off(-1, k, null);
  }

  static Off in(int reg, int k) {
    return new Off(reg, k, null);
  }

  /** {@return an offset whose variable part is in a cell taken on first use} */
  static Off in(Cell cell, int k) {
    return new Off(-1, k, cell);
  }

  /**
   * A scratch cell taken when a load first needs it, as libpcap's gen_abs_offset_varpart takes
   * the cell of off_linkhdr or off_linkpl: the cell numbers then come out as libpcap's, and a
   * filter that never reads the offset gets no cell and no code computing it. One per
   * compilation.
   */
  static final class Cell {
    private final Scratch scratch;
    private int reg = -1;

    Cell(Scratch scratch) {
      this.scratch = scratch;
    }

    int reg() {
      if (reg < 0) {
        try {
          reg = scratch.alloc();
        } catch (io.jdump.filter.FilterException e) {
          throw new Generator.GenException(e.getMessage());
        }
      }
      return reg;
    }

    /** {@return whether a load has taken the cell} */
    boolean taken() {
      return reg >= 0;
    }
  }

  /** {@return the cell of the variable part, taking a lazy one now} */
  @Override
  public int reg() {
    return cell != null ? cell.reg() : reg;
  }

  boolean variable() {
    return reg >= 0 || cell != null;
  }

  Off plus(int d) {
    return new Off(reg, k + d, cell);
  }

  /** {@return the statements that put X = the variable part; none for a constant offset} */
  List<Insn> varpart() {
    return variable() ? List.of(Insn.stmt(LDX | MEM, reg())) : List.of();
  }

  /** {@return statements leaving the field of {@code size} at this offset in A} */
  List<Insn> load(int size) {
    if (!variable()) return List.of(Insn.stmt(LD | size | ABS, k));
    List<Insn> s = new ArrayList<>(2);
    s.add(Insn.stmt(LDX | MEM, reg()));
    s.add(Insn.stmt(LD | size | IND, k));
    return s;
  }
}
