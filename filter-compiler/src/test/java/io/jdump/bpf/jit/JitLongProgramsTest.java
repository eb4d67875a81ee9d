package io.jdump.bpf.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.bpf.Bpf;
import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Insn;
import io.jdump.bpf.Interpreter;
import io.jdump.bpf.PacketFilter;
import io.jdump.bpf.oracle.Libpcap;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import jnr.ffi.Pointer;
import org.junit.jupiter.api.Test;

/**
 * Programs of 4,096 instructions (libpcap's kernel limit): random ones, a straight run of
 * loads and tests, and one long jeq chain. Each compiles to a class whose methods all stay
 * under HotSpot's HugeMethodLimit (so they run as machine code), cut into several methods,
 * and returns what libpcap's bpf_filter returns.
 */
class JitLongProgramsTest {
  private static final int LENGTH = Bpf.MAXINSNS;

  @Test
  void randomProgramsOf4096InstructionsCompileInPartsAndAgree() throws Exception {
    JitPrograms gen = new JitPrograms(0x6c6f6e67L, true);
    for (int i = 0; i < 6; i++) {
      List<Insn> insns = new ArrayList<>(gen.program(LENGTH - 34).insns()); // 4,095 or 4,096
      if (insns.size() < LENGTH) insns.add(0, Insn.stmt(Bpf.LD | Bpf.IMM, 0)); // A is 0 already
      checkCompilesAndAgrees(new BpfProgram(insns), gen, 400, "random");
    }
  }

  @Test
  void aRunOfLoadsAndTestsOf4096InstructionsCompilesInPartsAndAgrees() throws Exception {
    JitPrograms gen = new JitPrograms(0x72756eL);
    List<Insn> insns = new ArrayList<>();
    while (insns.size() < LENGTH - 2) {
      int pc = insns.size();
      insns.add(Insn.stmt(Bpf.LD | Bpf.B | Bpf.ABS, pc % 90));
      int skipToEnd = LENGTH - 2 - (pc + 2); // from the jump after this load to the ret #1
      insns.add(Insn.jump(Bpf.JMP | Bpf.JGT | Bpf.K, 0x7f, 0, Math.min(255, skipToEnd)));
    }
    insns = insns.subList(0, LENGTH - 2);
    insns.add(Insn.stmt(Bpf.RET | Bpf.K, 1));
    insns.add(Insn.stmt(Bpf.RET | Bpf.K, 0));
    checkCompilesAndAgrees(new BpfProgram(insns), gen, 400, "load run");
  }

  @Test
  void aJeqChainOf4096InstructionsCompilesInPartsAndAgrees() throws Exception {
    JitPrograms gen = new JitPrograms(0x636861696eL);
    List<Insn> insns = new ArrayList<>();
    insns.add(Insn.stmt(Bpf.LD | Bpf.H | Bpf.ABS, 0));
    IntFunction<Integer> key = i -> (i * 7919) & 0xffff;
    // host-list shape: every test's true edge goes to the next "ret #1", placed every 200
    // tests and jumped over by the false edge of the test before it.
    while (insns.size() < LENGTH - 1) {
      int pc = insns.size();
      int left = LENGTH - 1 - pc;
      int run = Math.min(200, left - 1);
      for (int i = 0; i < run; i++) {
        boolean last = i == run - 1;
        insns.add(Insn.jump(Bpf.JMP | Bpf.JEQ | Bpf.K, key.apply(pc + i), run - 1 - i, last ? 1 : 0));
      }
      insns.add(Insn.stmt(Bpf.RET | Bpf.K, 1));
    }
    insns.set(LENGTH - 2, Insn.stmt(Bpf.RET | Bpf.K, 1));
    insns.add(Insn.stmt(Bpf.RET | Bpf.K, 0));
    checkCompilesAndAgrees(new BpfProgram(insns), gen, 2000, "jeq chain");
  }

  private static void checkCompilesAndAgrees(BpfProgram program, JitPrograms gen, int packets, String kind)
      throws Exception {
    assertEquals(LENGTH, program.length());
    ClassGen.Generated generated = Jit.classFile(new Flow(program));
    assertTrue(generated.methods() > 1, "cut into parts: " + generated.methods());
    assertTrue(generated.largestMethod() < Jit.HUGE_METHOD, "largest method " + generated.largestMethod());
    PacketFilter jit = Jit.compile(program);
    assertTrue(jit.getClass().isHidden());
    Interpreter interp = Interpreter.of(program);
    Libpcap libpcap = Libpcap.load();
    Pointer native_ = libpcap.load(program);
    int accepted = 0;
    for (int i = 0; i < packets; i++) {
      byte[] packet = gen.packet();
      if (i % 2 == 0 && packet.length > 0) packet[0] = (byte) gen.random().nextInt(256);
      if (i % 2 == 1) packet = java.util.Arrays.copyOf(packet, JitPrograms.MAX_PACKET);
      int caplen = i % 2 == 1 ? packet.length : gen.caplen(packet);
      int wirelen = gen.wirelen(caplen);
      int expected = libpcap.filter(native_, packet, wirelen, caplen);
      assertEquals(expected, jit.apply(packet, 0, caplen, wirelen), "packet " + i);
      assertEquals(expected, interp.apply(packet, 0, caplen, wirelen), "interpreter, packet " + i);
      if (expected != 0) accepted++;
    }
    System.out.printf("JitLongProgramsTest: %s: %d instructions in %d methods (largest %d bytes), %d packets agree"
        + " (%d non-zero)%n", kind, program.length(), generated.methods(), generated.largestMethod(), packets, accepted);
  }
}
