package io.jdump.bpf;

import static io.jdump.bpf.Bpf.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.bpf.oracle.Libpcap;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random programs, most of them one mutation away from valid (an unknown opcode, a
 * scratch index of 16, a division by the constant 0, a jump one past the end, a ja whose k
 * wraps, a last instruction that is not ret): jdump's validator accepts exactly the programs
 * libpcap's bpf_validate accepts.
 */
class ValidatorDifferentialTest {
  private static final long SEED = 0x76616c6964L;
  private static final int PROGRAMS = 30_000;

  private final Libpcap libpcap = Libpcap.load();

  @Test
  void validatorAcceptsExactlyWhatLibpcapAccepts() {
    RandomPrograms gen = new RandomPrograms(SEED);
    Random rnd = gen.random();
    int accepted = 0;
    for (int n = 0; n < PROGRAMS; n++) {
      BpfProgram program = mutated(gen, rnd);
      boolean expected = libpcap.validate(program);
      String refusal = refusal(program);
      assertEquals(expected, refusal == null, () -> "libpcap " + (expected ? "accepts" : "refuses")
          + ", jdump says " + refusal + "\n" + Listing.format(program, ListingFormat.DDD));
      if (refusal != null) {
        assertTrue(refusal.startsWith("pc ") || refusal.startsWith("empty"), refusal);
      } else {
        accepted++;
      }
    }
    System.out.printf("ValidatorDifferentialTest: %d programs, %d accepted and %d refused by both%n",
        PROGRAMS, accepted, PROGRAMS - accepted);
    assertTrue(accepted > PROGRAMS / 5 && accepted < PROGRAMS * 4 / 5, "too one-sided: " + accepted);
  }

  @Test
  void everyOpcodeWithEveryClassOfOperandMatchesLibpcap() {
    int[] ks = {0, 1, 15, 16, 31, 32, -1, -2, 0x80000000};
    int cases = 0;
    for (int code = 0; code <= 0xffff; code += code < 0x400 ? 1 : 0x3f) {
      for (int k : ks) {
        for (int last : new int[] {RET | K, LD | IMM}) {
          var program = new BpfProgram(List.of(Insn.stmt(LD | IMM, 0), new Insn(code, 0, 0, k), Insn.stmt(last, 0)));
          assertEquals(libpcap.validate(program), refusal(program) == null,
              "opcode 0x" + Integer.toHexString(code) + " k " + k + " then " + last);
          cases++;
        }
      }
    }
    System.out.printf("ValidatorDifferentialTest: %d single-opcode programs agree%n", cases);
  }

  @Test
  void longProgramsPassAsInLibpcapWhichHasNoLengthLimitInUserSpace() {
    for (int len : new int[] {Bpf.MAXINSNS, Bpf.MAXINSNS + 1, 70_000}) {
      List<Insn> insns = new ArrayList<>();
      insns.add(Insn.stmt(JMP | JA, len - 2));
      while (insns.size() < len) insns.add(Insn.stmt(RET | K, insns.size()));
      var program = new BpfProgram(insns);
      assertTrue(libpcap.validate(program), "libpcap, " + len);
      assertEquals(null, refusal(program), "jdump, " + len);
    }
  }

  @Test
  void refusalNamesThePcAndTheReason() {
    var past = new BpfProgram(List.of(Insn.jump(JMP | JEQ | K, 0, 0, 2), Insn.stmt(RET | K, 0)));
    assertEquals("pc 0: jump to 3 is past the end of the program (2 instructions)",
        assertThrows(InvalidProgramException.class, () -> Validator.validate(past)).getMessage());
    var mem = new BpfProgram(List.of(Insn.stmt(ST, 16), Insn.stmt(RET | K, 0)));
    assertEquals("pc 0: scratch memory index 16 is out of range (M[0] to M[15])",
        assertThrows(InvalidProgramException.class, () -> Validator.validate(mem)).getMessage());
    var div = new BpfProgram(List.of(Insn.stmt(ALU | DIV | K, 0), Insn.stmt(RET | K, 0)));
    assertEquals("pc 0: division by the constant 0",
        assertThrows(InvalidProgramException.class, () -> Validator.validate(div)).getMessage());
    var noRet = new BpfProgram(List.of(Insn.stmt(LD | IMM, 0)));
    assertEquals("pc 0: the program does not end in ret",
        assertThrows(InvalidProgramException.class, () -> Validator.validate(noRet)).getMessage());
    var unknown = new BpfProgram(List.of(Insn.stmt(ALU | 0xb0, 0), Insn.stmt(RET | K, 0)));
    assertEquals("pc 0: unknown ALU operation in opcode 0xb4",
        assertThrows(InvalidProgramException.class, () -> Validator.validate(unknown)).getMessage());
    assertEquals("empty program: it must end in ret", assertThrows(InvalidProgramException.class,
        () -> Validator.validate(new BpfProgram(List.of()))).getMessage());
  }

  private static String refusal(BpfProgram program) {
    try {
      Validator.validate(program);
      return null;
    } catch (InvalidProgramException e) {
      return e.getMessage();
    }
  }

  /** A short runnable program with up to three instructions replaced by troublemakers. */
  private static BpfProgram mutated(RandomPrograms gen, Random rnd) {
    int len = rnd.nextInt(40) == 0 ? 0 : 1 + rnd.nextInt(12);
    List<Insn> insns = new ArrayList<>();
    for (int pc = 0; pc < len - 1; pc++) insns.add(gen.random(pc, len));
    if (len > 0) insns.add(Insn.stmt(rnd.nextInt(8) == 0 ? rnd.nextInt(0x10000) : RET | K, 0));
    int mutations = len == 0 ? 0 : rnd.nextInt(4);
    for (int m = 0; m < mutations; m++) {
      int pc = rnd.nextInt(len);
      insns.set(pc, troublemaker(gen, rnd, pc, len));
    }
    return new BpfProgram(insns);
  }

  private static Insn troublemaker(RandomPrograms gen, Random rnd, int pc, int len) {
    int end = len - 1 - pc; // the offset that lands just past the last instruction
    return switch (rnd.nextInt(9)) {
      case 0 -> new Insn(rnd.nextInt(0x100), rnd.nextInt(4), rnd.nextInt(4), gen.value());
      case 1 -> new Insn(rnd.nextInt(0x10000), 0, 0, gen.value());
      case 2 -> Insn.stmt(new int[] {ST, STX, LD | MEM, LDX | MEM}[rnd.nextInt(4)], 14 + rnd.nextInt(4) - (rnd.nextInt(5) == 0 ? 20 : 0));
      case 3 -> Insn.stmt(ALU | (rnd.nextBoolean() ? DIV : MOD) | (rnd.nextBoolean() ? K : X), rnd.nextInt(3));
      case 4 -> Insn.jump(JMP | (rnd.nextInt(5) << 4) | (rnd.nextBoolean() ? K : X), 0,
          Math.max(0, Math.min(255, end - 1 + rnd.nextInt(3))), Math.max(0, Math.min(255, end - 1 + rnd.nextInt(2))));
      case 5 -> Insn.stmt(JMP | JA, switch (rnd.nextInt(6)) {
        case 0 -> end - 1;
        case 1 -> end;
        case 2 -> -1;
        case 3 -> -(pc + 1);
        case 4 -> -(pc + 2);
        default -> gen.value();
      });
      case 6 -> new Insn(JMP | 0x50 + (rnd.nextInt(11) << 4) % 0xb0, 0, 0, 0);
      case 7 -> Insn.stmt(RET | rnd.nextInt(4) << 3, 0);
      default -> Insn.stmt(rnd.nextInt(8) | rnd.nextInt(0x20) << 3, gen.value());
    };
  }
}
