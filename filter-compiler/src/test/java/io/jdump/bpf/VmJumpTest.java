package io.jdump.bpf;

import static io.jdump.bpf.Bpf.*;
import static io.jdump.bpf.Insn.jump;
import static io.jdump.bpf.Insn.stmt;
import static io.jdump.bpf.Machines.program;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ja and the conditional jumps with k and X, unsigned comparisons, long and backward ja. */
class VmJumpTest {
  private final Machines vm = new Machines();
  private final byte[] packet = new byte[4];

  /** Returns 1 when the jump is taken, 2 when not; compares A = a with k, and with X = k. */
  private int taken(int a, int op, int k) {
    int viaK = vm.run(program(stmt(LD | IMM, a), jump(JMP | op | K, k, 0, 1), stmt(RET | K, 1), stmt(RET | K, 2)), packet);
    int viaX = vm.run(program(stmt(LD | IMM, a), stmt(LDX | IMM, k), jump(JMP | op | X, 0, 0, 1),
        stmt(RET | K, 1), stmt(RET | K, 2)), packet);
    assertEquals(viaK, viaX, "k and X forms differ");
    return viaK;
  }

  @Test
  void jeqComparesEquality() {
    assertEquals(1, taken(0x800, JEQ, 0x800));
    assertEquals(2, taken(0x800, JEQ, 0x86dd));
  }

  @Test
  void jgtAndJgeAreUnsigned() {
    assertEquals(1, taken(0x80000000, JGT, 1));
    assertEquals(2, taken(5, JGT, 5));
    assertEquals(1, taken(5, JGE, 5));
    assertEquals(2, taken(1, JGE, 0xffffffff));
    assertEquals(1, taken(0xffffffff, JGE, 0xfffffffe));
  }

  @Test
  void jsetTestsAnyCommonBit() {
    assertEquals(1, taken(0x1fff, JSET, 0x1000));
    assertEquals(2, taken(0x2000, JSET, 0x1fff));
  }

  @Test
  void jumpOffsetsCountFromTheNextInstruction() {
    var p = program(jump(JMP | JEQ | K, 0, 2, 0), stmt(RET | K, 10), stmt(RET | K, 11), stmt(RET | K, 12));
    assertEquals(12, vm.run(p, packet));
  }

  @Test
  void longJaCrossesMoreThan255Instructions() {
    List<Insn> insns = new ArrayList<>();
    insns.add(stmt(JMP | JA, 1000));
    for (int i = 0; i < 1000; i++) insns.add(stmt(RET | K, i));
    insns.add(stmt(RET | K, 4242));
    assertEquals(4242, vm.run(new BpfProgram(insns), packet));
  }

  @Test
  void backwardJaLoopsAsInProtochain() {
    // M[0] counts down from 5; each pass adds 3 to A' in M[1]: a loop libpcap 1.10 runs too.
    var p = program(
        stmt(LD | IMM, 5), stmt(ST, 0), stmt(LD | IMM, 0), stmt(ST, 1),
        stmt(LD | MEM, 0), jump(JMP | JEQ | K, 0, 6, 0),
        stmt(ALU | SUB | K, 1), stmt(ST, 0),
        stmt(LD | MEM, 1), stmt(ALU | ADD | K, 3), stmt(ST, 1),
        stmt(JMP | JA, -8),
        stmt(LD | MEM, 1), stmt(RET | A, 0));
    assertEquals(15, vm.run(p, packet));
  }

  @Test
  void jaToItselfReturnsZeroWhereLibpcapWouldSpinForever() {
    var p = program(stmt(LD | IMM, 1), stmt(JMP | JA, -1), stmt(RET | K, 1));
    assertEquals(0, Machines.jdumpOnly(p, packet, 4, 4));
  }

  @Test
  void moreThan64BackwardJumpsReturnZero() {
    var loop = program(stmt(LD | IMM, 0), stmt(ALU | ADD | K, 1), jump(JMP | JGE | K, 100, 1, 0),
        stmt(JMP | JA, -3), stmt(RET | A, 0));
    assertEquals(0, Machines.jdumpOnly(loop, packet, 4, 4));
    var shortLoop = program(stmt(LD | IMM, 0), stmt(ALU | ADD | K, 1), jump(JMP | JGE | K, 65, 1, 0),
        stmt(JMP | JA, -3), stmt(RET | A, 0));
    assertEquals(65, vm.run(shortLoop, packet));
  }
}
