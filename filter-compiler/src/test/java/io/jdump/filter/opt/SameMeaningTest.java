package io.jdump.filter.opt;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.jdump.bpf.Bpf;
import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Insn;
import io.jdump.bpf.Interpreter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The oracle of the optimizer's tests tells a kept meaning from a changed one. */
class SameMeaningTest {
  private static final Insn ACCEPT = Insn.stmt(Bpf.RET | Bpf.K, 262144);
  private static final Insn REJECT = Insn.stmt(Bpf.RET | Bpf.K, 0);

  private static Interpreter vm(Insn... insns) {
    return OptimizedDifferentialTest.vm(new BpfProgram(List.of(insns)));
  }

  /** An IPv4 frame of {@code n} bytes with byte 100 (when there is one) set to {@code b100}. */
  private static byte[] frame(int n, int b100) {
    byte[] f = new byte[n];
    if (n > 12) f[12] = 0x08;
    if (n > 100) f[100] = (byte) b100;
    return f;
  }

  @Test
  void droppingAnUnusedLoadKeepsTheMeaning() {
    Interpreter plain = vm(Insn.stmt(Bpf.LD | Bpf.B | Bpf.ABS, 100), Insn.stmt(Bpf.LD | Bpf.H | Bpf.ABS, 12),
        new Insn(Bpf.JMP | Bpf.JEQ | Bpf.K, 0, 1, 0x800), ACCEPT, REJECT);
    Interpreter opt = vm(Insn.stmt(Bpf.LD | Bpf.H | Bpf.ABS, 12), new Insn(Bpf.JMP | Bpf.JEQ | Bpf.K, 0, 1, 0x800),
        ACCEPT, REJECT);
    Random r = new Random(1);
    for (int n : new int[] {0, 13, 50, 101, 200}) {
      for (int cap = n; cap >= 0; cap--) assertNull(SameMeaning.violation(plain, opt, frame(n, 0), cap, r));
    }
  }

  @Test
  void acceptingWhatLongerFramesDoNotGetIsAViolation() {
    Interpreter plain = vm(Insn.stmt(Bpf.LD | Bpf.B | Bpf.ABS, 100), new Insn(Bpf.JMP | Bpf.JEQ | Bpf.K, 0, 1, 5),
        ACCEPT, REJECT);
    Interpreter opt = vm(ACCEPT);
    assertNotNull(SameMeaning.violation(plain, opt, frame(50, 0), 50, new Random(1)));
    assertNotNull(SameMeaning.violation(plain, opt, frame(200, 0), 200, new Random(1)));
    assertNull(SameMeaning.violation(plain, opt, frame(200, 5), 200, new Random(1)));
  }

  @Test
  void rejectingWhatTheUnoptimizedProgramAcceptsIsAViolation() {
    Interpreter plain = vm(ACCEPT);
    Interpreter opt = vm(Insn.stmt(Bpf.LD | Bpf.B | Bpf.ABS, 100), ACCEPT);
    assertNotNull(SameMeaning.violation(plain, opt, frame(50, 0), 50, new Random(1)));
    assertNotNull(SameMeaning.violation(plain, opt, frame(200, 0), 60, new Random(1)));
    assertNull(SameMeaning.violation(plain, opt, frame(200, 0), 200, new Random(1)));
  }
}
