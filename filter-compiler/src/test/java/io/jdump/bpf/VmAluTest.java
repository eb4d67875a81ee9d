package io.jdump.bpf;

import static io.jdump.bpf.Bpf.*;
import static io.jdump.bpf.Insn.stmt;
import static io.jdump.bpf.Machines.program;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Every ALU operation with k and with X, in unsigned 32-bit arithmetic; jdump and libpcap agree. */
class VmAluTest {
  private final Machines vm = new Machines();
  private final byte[] packet = new byte[4];

  private int withK(int a, int op, int k) {
    return vm.run(program(stmt(LD | IMM, a), stmt(ALU | op | K, k), stmt(RET | A, 0)), packet);
  }

  private int withX(int a, int op, int x) {
    return vm.run(program(stmt(LD | IMM, a), stmt(LDX | IMM, x), stmt(ALU | op | X, 0), stmt(RET | A, 0)), packet);
  }

  /** Both operand sources, which must agree whenever k and X hold the same value. */
  private int both(int a, int op, int operand) {
    int k = withK(a, op, operand);
    assertEquals(k, withX(a, op, operand), "k and X forms differ");
    return k;
  }

  @Test
  void addSubMulWrapAround2To32() {
    assertEquals(5, both(2, ADD, 3));
    assertEquals(1, both(0xffffffff, ADD, 2));
    assertEquals(0xffffffff, both(0, SUB, 1));
    assertEquals(0xfffffffe, both(0x7fffffff, MUL, 2));
    assertEquals(0x00000001, both(0xffffffff, MUL, 0xffffffff));
  }

  @Test
  void divisionAndModuloAreUnsigned() {
    assertEquals(0x7fffffff, both(0xfffffffe, DIV, 2));
    assertEquals(1, both(0xffffffff, DIV, 0x80000000));
    assertEquals(0x7fffffff, both(0xffffffff, MOD, 0x80000000));
    assertEquals(3, both(1003, MOD, 10));
  }

  @Test
  void divisionOrModuloByXZeroReturnsZero() {
    assertEquals(0, vm.run(program(stmt(LD | IMM, 7), stmt(LDX | IMM, 0), stmt(ALU | DIV | X, 0), stmt(RET | K, 99)), packet));
    assertEquals(0, vm.run(program(stmt(LD | IMM, 7), stmt(LDX | IMM, 0), stmt(ALU | MOD | X, 0), stmt(RET | K, 99)), packet));
  }

  @Test
  void bitwiseOperations() {
    assertEquals(0x0f0f0000, both(0xffff0000, AND, 0x0f0f0f0f));
    assertEquals(0xffff0f0f, both(0xffff0000, OR, 0x0f0f0f0f));
    assertEquals(0xf0f00f0f, both(0xffff0000, XOR, 0x0f0f0f0f));
  }

  @Test
  void shiftsBelow32() {
    assertEquals(0x80000000, both(1, LSH, 31));
    assertEquals(1, both(0x80000000, RSH, 31));
    assertEquals(0x12345678, both(0x12345678, LSH, 0));
  }

  @Test
  void shiftByXOf32OrMoreGivesZero() {
    assertEquals(0, withX(0x92345679, LSH, 32));
    assertEquals(0, withX(0x92345679, RSH, 33));
    assertEquals(0, withX(0x92345679, LSH, -1));
  }

  @Test
  void shiftByConstant32OrMoreUsesKMod32AsLibpcapOnX86() {
    assertEquals(0x92345679, withK(0x92345679, LSH, 32));
    assertEquals(0x2468acf2, withK(0x92345679, LSH, 33));
    assertEquals(0x09234567, withK(0x92345679, RSH, 36));
    assertEquals(1, withK(0x92345679, RSH, -1));
  }

  @Test
  void negationIsTwosComplement() {
    assertEquals(-5, vm.run(program(stmt(LD | IMM, 5), stmt(ALU | NEG, 0), stmt(RET | A, 0)), packet));
    assertEquals(0x80000000, vm.run(program(stmt(LD | IMM, 0x80000000), stmt(ALU | NEG, 0), stmt(RET | A, 0)), packet));
    assertEquals(0, vm.run(program(stmt(LD | IMM, 0), stmt(ALU | NEG, 0), stmt(RET | A, 0)), packet));
  }
}
