package io.jdump.bpf;

import static io.jdump.bpf.Bpf.*;
import static io.jdump.bpf.Insn.stmt;
import static io.jdump.bpf.Machines.program;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** ret k, ret a, tax and txa, and opcodes the validator passes but bpf_filter cannot run. */
class VmRetMiscTest {
  private final Machines vm = new Machines();
  private final byte[] packet = new byte[] {0x45, 0, 0, 20};

  @Test
  void retKReturnsTheConstantAsAnUnsignedSnapLength() {
    assertEquals(262144, vm.run(program(stmt(RET | K, 262144)), packet));
    assertEquals(0, vm.run(program(stmt(RET | K, 0)), packet));
    assertEquals(0xffffffff, vm.run(program(stmt(RET | K, -1)), packet));
  }

  @Test
  void retAReturnsTheAccumulator() {
    assertEquals(0x45000014, vm.run(program(stmt(LD | W | ABS, 0), stmt(RET | A, 0)), packet));
  }

  @Test
  void registersStartAtZero() {
    assertEquals(0, vm.run(program(stmt(RET | A, 0)), packet));
    assertEquals(0, vm.run(program(stmt(MISC | TXA, 0), stmt(RET | A, 0)), packet));
  }

  @Test
  void taxAndTxaCopyBetweenRegisters() {
    var p = program(stmt(LD | IMM, 77), stmt(MISC | TAX, 0), stmt(LD | IMM, 0), stmt(MISC | TXA, 0), stmt(RET | A, 0));
    assertEquals(77, vm.run(p, packet));
  }

  @Test
  void opcodeValidButNotRunnableReturnsZero() throws InvalidProgramException {
    // bpf_validate passes these (it checks only the class); libpcap 1.10's bpf_filter aborts.
    for (int code : new int[] {RET | X, RET | 0x18, LD | 0x18 | ABS, LDX | W | ABS, MISC | 0x08, 0x106, ALU | NEG | X}) {
      var p = program(stmt(LD | IMM, 1), stmt(code, 5), stmt(RET | K, 9));
      Validator.validate(p);
      assertEquals(0, Machines.jdumpOnly(p, packet, 4, 4), "opcode 0x" + Integer.toHexString(code));
    }
  }
}
