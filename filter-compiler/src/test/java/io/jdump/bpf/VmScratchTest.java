package io.jdump.bpf;

import static io.jdump.bpf.Bpf.*;
import static io.jdump.bpf.Insn.stmt;
import static io.jdump.bpf.Machines.program;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** st, stx, ld M[k] and ldx M[k] over the 16 scratch cells. */
class VmScratchTest {
  private final Machines vm = new Machines();
  private final byte[] packet = new byte[8];

  @Test
  void everyCellKeepsItsOwnValue() {
    List<Insn> insns = new ArrayList<>();
    for (int i = 0; i < MEMWORDS; i++) {
      insns.add(stmt(LD | IMM, 1 << i));
      insns.add(i % 2 == 0 ? stmt(ST, i) : stmt(MISC | TAX, 0));
      if (i % 2 == 1) insns.add(stmt(STX, i));
    }
    for (int cell = 0; cell < MEMWORDS; cell++) {
      List<Insn> p = new ArrayList<>(insns);
      p.add(cell % 2 == 0 ? stmt(LD | MEM, cell) : stmt(LDX | MEM, cell));
      if (cell % 2 == 1) p.add(stmt(MISC | TXA, 0));
      p.add(stmt(RET | A, 0));
      assertEquals(1 << cell, vm.run(new BpfProgram(p), packet), "M[" + cell + "]");
    }
  }

  @Test
  void cellsStartAtZeroInJdump() {
    // libpcap 1.10 leaves them uninitialised; jdump zeroes them, as later libpcap does.
    for (int cell = 0; cell < MEMWORDS; cell++) {
      assertEquals(0, Machines.jdumpOnly(program(stmt(LD | MEM, cell), stmt(RET | A, 0)), packet, 8, 8));
    }
  }

  @Test
  void storeOverwritesTheCell() {
    var p = program(stmt(LD | IMM, 1), stmt(ST, 15), stmt(LD | IMM, 2), stmt(ST, 15), stmt(LD | IMM, 0),
        stmt(LDX | MEM, 15), stmt(MISC | TXA, 0), stmt(RET | A, 0));
    assertEquals(2, vm.run(p, packet));
  }
}
