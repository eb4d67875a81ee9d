package io.jdump.bpf;

import static io.jdump.bpf.Bpf.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.bpf.jit.Jit;
import io.jdump.bpf.oracle.Libpcap;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jnr.ffi.Pointer;
import org.junit.jupiter.api.Test;

/**
 * Seeded programs made of the shapes the interpreter decodes specially ({@link InterpreterCode}):
 * every packet load and {@code and #k} followed by every conditional jump on a constant (fused),
 * {@code ldxb} or {@code ld [k]} in front of such pairs (prefixes),
 * loads that can never fit (FAIL), and {@code jeq} chains of 1 to 300 tests with repeated keys,
 * {@code jt == jf} links and jumps into their middle (hash tables). The keys are read from the
 * packets the programs then see, so that the tables hit as well as miss. The interpreter, the
 * JIT and libpcap's bpf_filter return the same value every time.
 */
class InterpreterDecodedFormsTest {
  private static final long SEED = 0x666f726d73L;
  private static final int PROGRAMS = 3_000;
  private static final int PACKETS_PER_PROGRAM = 10;
  private static final int[] LOADS = {LD | W | ABS, LD | H | ABS, LD | B | ABS, LD | W | IND, LD | H | IND, LD | B | IND};
  private static final int[] JUMPS = {JMP | JEQ | K, JMP | JGT | K, JMP | JGE | K, JMP | JSET | K};

  @Test
  void fusedLoadsAndJeqTablesMatchLibpcap() throws InvalidProgramException {
    Libpcap libpcap = Libpcap.load();
    Random rnd = new Random(SEED);
    RandomPrograms bytes = new RandomPrograms(SEED + 1);
    int[] forms = new int[InterpreterCode.MSH_H_IND_JEQ_H_IND_JEQ + 1];
    int cases = 0;
    int accepted = 0;
    for (int n = 0; n < PROGRAMS; n++) {
      byte[][] templates = new byte[4][];
      for (int i = 0; i < templates.length; i++) templates[i] = bytes.packet();
      BpfProgram program = new Shapes(rnd, templates).program(rnd.nextInt(10) == 0 ? 300 + rnd.nextInt(500) : 4 + rnd.nextInt(60));
      int[] code = InterpreterCode.decode(program).code();
      for (int b = 0; b < code.length; b += InterpreterCode.SLOTS) forms[code[b]]++;
      Interpreter interp = Interpreter.of(program);
      PacketFilter jit = Jit.compile(program);
      Pointer native_ = libpcap.load(program);
      for (int j = 0; j < PACKETS_PER_PROGRAM; j++) {
        byte[] packet = templates[rnd.nextInt(templates.length)].clone();
        if (rnd.nextInt(3) == 0 && packet.length > 0) packet[rnd.nextInt(packet.length)] ^= (byte) (1 << rnd.nextInt(8));
        int caplen = rnd.nextInt(4) == 0 ? rnd.nextInt(packet.length + 1) : packet.length;
        int wirelen = bytes.wirelen(caplen);
        int expected = libpcap.filter(native_, packet, wirelen, caplen);
        int seq = cases;
        assertEquals(Integer.toUnsignedString(expected),
            Integer.toUnsignedString(interp.apply(Machines.guarded(packet), Machines.GUARD, caplen, wirelen)),
            () -> "case " + seq + ", caplen " + caplen + ", packet " + java.util.HexFormat.of().formatHex(packet)
                + "\n" + Listing.format(program, ListingFormat.D));
        assertEquals(expected, jit.apply(Machines.guarded(packet), Machines.GUARD, caplen, wirelen), "the JIT, case " + seq);
        if (expected != 0) accepted++;
        cases++;
      }
    }
    for (int op = InterpreterCode.W_ABS_J; op < InterpreterCode.AND_J + 4; op++) {
      assertTrue(forms[op] > 50, "fused form " + op + " decoded " + forms[op] + " times");
    }
    for (int op = InterpreterCode.MSH_H_IND_JEQ; op <= InterpreterCode.SUB_K_TAX; op++) {
      assertTrue(forms[op] > 20, "prefix form " + op + " decoded " + forms[op] + " times");
    }
    for (int op = InterpreterCode.W_ABS_JEQ_JEQ; op <= InterpreterCode.MSH_H_IND_JEQ_H_IND_JEQ; op++) {
      assertTrue(forms[op] > 20, "threaded form " + op + " decoded " + forms[op] + " times");
    }
    assertTrue(forms[InterpreterCode.JEQ_TABLE] > 1000, "jeq tables: " + forms[InterpreterCode.JEQ_TABLE]);
    assertTrue(forms[InterpreterCode.FAIL] > 100, "loads that never fit: " + forms[InterpreterCode.FAIL]);
    System.out.printf("InterpreterDecodedFormsTest: %d programs, %d cases, interpreter = JIT = libpcap (%d non-zero;"
        + " %d jeq tables, %d fused pairs, %d loads that never fit)%n", PROGRAMS, cases, accepted,
        forms[InterpreterCode.JEQ_TABLE], java.util.Arrays.stream(forms, InterpreterCode.W_ABS_J, InterpreterCode.AND_J + 4).sum(),
        forms[InterpreterCode.FAIL]);
    assertTrue(accepted > cases / 10 && accepted < cases * 9 / 10, "too one-sided: " + accepted + "/" + cases);
  }

  /** One program: blocks of the decoded shapes, every jump forward and at most 255 ahead. */
  private static final class Shapes {
    private final Random rnd;
    private final byte[][] templates;
    private final List<Insn> insns = new ArrayList<>();
    private int len;

    Shapes(Random rnd, byte[][] templates) {
      this.rnd = rnd;
      this.templates = templates;
    }

    BpfProgram program(int body) {
      len = body + 1;
      insns.add(Insn.stmt(LDX | IMM, rnd.nextInt(8)));
      while (insns.size() < len - 1) {
        int room = len - 1 - insns.size();
        switch (rnd.nextInt(10)) {
          case 0, 1, 2 -> { if (room >= 2) loadAndJump(); }
          case 3 -> { if (room >= 3) andAndJump(); }
          case 4, 5 -> chain(room);
          case 6 -> insns.add(rnd.nextBoolean() ? Insn.stmt(LDX | B | MSH, rnd.nextInt(24))
              : Insn.stmt(LDX | IMM, rnd.nextInt(4) == 0 ? -1 - rnd.nextInt(4) : rnd.nextInt(40)));
          case 7 -> { if (room >= 7) arithmetic(); }
          case 8 -> { if (room >= 5) portTest(); }
          default -> insns.add(rnd.nextInt(3) == 0 ? Insn.stmt(RET | A, 0) : Insn.stmt(LD | IMM, key(LD | W | ABS, 0)));
        }
      }
      insns.add(Insn.stmt(RET | K, 0x40000));
      return new BpfProgram(insns);
    }

    private void loadAndJump() {
      int code = LOADS[rnd.nextInt(LOADS.length)];
      int k = switch (rnd.nextInt(12)) {
        case 0 -> Integer.MAX_VALUE - rnd.nextInt(5); // never fits (or just does not)
        case 1 -> -1 - rnd.nextInt(4);
        default -> rnd.nextInt(100);
      };
      insns.add(Insn.stmt(code, k));
      jump(JUMPS[rnd.nextInt(JUMPS.length)], key(code, k));
    }

    private void andAndJump() {
      if (rnd.nextBoolean()) insns.add(Insn.stmt(LOADS[rnd.nextInt(3)], rnd.nextInt(90)));
      insns.add(Insn.stmt(ALU | AND | K, rnd.nextBoolean() ? 0xff : rnd.nextInt()));
      jump(JUMPS[rnd.nextInt(JUMPS.length)], rnd.nextInt(4));
    }

    /** A load (sometimes), then jeq tests on A, each false edge to the next unless the chain ends. */
    private void chain(int room) {
      int code = LOADS[rnd.nextInt(3)];
      int k = rnd.nextInt(90);
      if (room > 2 && rnd.nextBoolean()) {
        insns.add(Insn.stmt(code, k));
        room--;
      }
      int tests = Math.min(room, rnd.nextInt(8) == 0 ? 100 + rnd.nextInt(200) : 1 + rnd.nextInt(12));
      List<Integer> keys = new ArrayList<>();
      for (int i = 0; i < tests; i++) {
        int key = !keys.isEmpty() && rnd.nextInt(6) == 0 ? keys.get(rnd.nextInt(keys.size())) : key(code, k);
        keys.add(key);
        int pc = insns.size();
        boolean last = i == tests - 1;
        int jt = rnd.nextInt(30) == 0 ? 0 : target(pc);
        int jf = last ? target(pc) : 0;
        if (!last && rnd.nextInt(40) == 0) jt = 0; // jt == jf: ends the chain there
        insns.add(Insn.jump(JMP | JEQ | K, key, jt, jf));
      }
    }

    /** libpcap's port test: [ldxb] ldh [x + k]; jeq #p, false to: ldh [x + k + 2]; jeq #p. */
    private void portTest() {
      if (rnd.nextBoolean()) insns.add(Insn.stmt(LDX | B | MSH, rnd.nextInt(24)));
      int k = rnd.nextInt(6) == 0 ? -1 - rnd.nextInt(3) : rnd.nextInt(60);
      int port = key(LD | H | IND, k);
      insns.add(Insn.stmt(LD | H | IND, k));
      int pc = insns.size();
      insns.add(Insn.jump(JMP | JEQ | K, port, target(pc), 0));
      insns.add(Insn.stmt(LD | H | IND, k + 2));
      jump(JMP | JEQ | K, rnd.nextBoolean() ? port : key(LD | H | IND, k + 2));
    }

    /** libpcap's arithmetic: [ldxb] ldb [k] or [x + k]; and #k; an ALU #k; tax; then a test on X. */
    private void arithmetic() {
      boolean indirect = rnd.nextBoolean();
      if (indirect && rnd.nextBoolean()) insns.add(Insn.stmt(LDX | B | MSH, rnd.nextInt(24)));
      insns.add(Insn.stmt(indirect ? LD | B | IND : LD | B | ABS, rnd.nextInt(6) == 0 ? -1 : rnd.nextInt(60)));
      insns.add(Insn.stmt(ALU | AND | K, rnd.nextBoolean() ? 0xf : rnd.nextInt()));
      int[] alus = {ALU | LSH | K, ALU | RSH | K, ALU | ADD | K, ALU | SUB | K, ALU | AND | K};
      insns.add(Insn.stmt(alus[rnd.nextInt(alus.length)], rnd.nextInt(6) == 0 ? rnd.nextInt() : rnd.nextInt(8)));
      insns.add(Insn.stmt(MISC | TAX, 0));
      int pc = insns.size();
      insns.add(Insn.stmt(LD | IMM, rnd.nextInt(64)));
      insns.add(Insn.jump(JMP | JGT | X, 0, target(pc + 1), target(pc + 1)));
    }

    private void jump(int code, int k) {
      int pc = insns.size();
      insns.add(Insn.jump(code, k, target(pc), target(pc)));
    }

    /** {@return a forward offset from pc}: often the final ret, often close (into chains). */
    private int target(int pc) {
      int farthest = Math.min(255, len - 2 - pc);
      return switch (rnd.nextInt(4)) {
        case 0 -> farthest;
        case 1 -> Math.min(farthest, rnd.nextInt(4));
        default -> rnd.nextInt(farthest + 1);
      };
    }

    /** {@return a value a load at k is likely to see}: read from a template, or a small constant. */
    private int key(int code, int k) {
      byte[] p = templates[rnd.nextInt(templates.length)];
      int size = Bpf.size(code) == W ? 4 : Bpf.size(code) == H ? 2 : 1;
      if (rnd.nextInt(5) == 0 || k < 0 || (long) k + size > p.length) return rnd.nextInt(3);
      int v = 0;
      for (int i = 0; i < size; i++) v = v << 8 | (p[k + i] & 0xff);
      return v;
    }
  }
}
