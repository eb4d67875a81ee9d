package io.jdump.bpf.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Insn;
import io.jdump.bpf.Interpreter;
import io.jdump.bpf.InvalidProgramException;
import io.jdump.bpf.Listing;
import io.jdump.bpf.ListingFormat;
import io.jdump.bpf.PacketFilter;
import io.jdump.bpf.oracle.Libpcap;
import java.util.HashSet;
import java.util.Set;
import jnr.ffi.Pointer;
import org.junit.jupiter.api.Test;

/**
 * Seeded random programs ({@link JitPrograms}: every opcode, edge operands, merged caplen tests,
 * jeq chains) over random packets placed at random offsets of a larger buffer: the JIT,
 * jdump's interpreter and libpcap's bpf_filter return the same value every time.
 */
class JitDifferentialTest {
  private static final long SEED = 0x6a69745f66757aL;
  private static final int PROGRAMS = 12_000;
  private static final int PACKETS_PER_PROGRAM = 6;

  @Test
  void jitMatchesLibpcapAndInterpreterOnRandomProgramsAndPackets() throws InvalidProgramException {
    Libpcap libpcap = Libpcap.load();
    JitPrograms gen = new JitPrograms(SEED);
    Set<Integer> opcodes = new HashSet<>();
    Set<Integer> cells = new HashSet<>();
    int cases = 0;
    int accepted = 0;
    int switches = 0;
    int longJumps = 0;
    for (int n = 0; n < PROGRAMS; n++) {
      int body = gen.random().nextInt(25) == 0 ? 260 + gen.random().nextInt(500) : 1 + gen.random().nextInt(60);
      BpfProgram program = gen.program(body);
      for (int pc = 0; pc < program.length(); pc++) {
        Insn i = program.get(pc);
        opcodes.add(i.code());
        if (i.code() == Flow.LD_MEM || i.code() == Flow.LDX_MEM) cells.add(i.k());
        if (i.code() == Flow.JA && i.k() > 255) longJumps++;
      }
      Flow flow = new Flow(program);
      Chains chains = new Chains(flow);
      for (int pc = 0; pc < flow.n; pc++) if (chains.chainAt(pc) != null) switches++;
      PacketFilter jit = Jit.compile(program);
      assertTrue(jit.getClass().isHidden(), "compiled, not interpreted");
      Interpreter interp = Interpreter.of(program);
      Pointer native_ = libpcap.load(program);
      for (int j = 0; j < PACKETS_PER_PROGRAM; j++) {
        byte[] packet = gen.packet();
        int caplen = gen.caplen(packet);
        int wirelen = gen.wirelen(caplen);
        int offset = gen.random().nextInt(4) == 0 ? 0 : gen.random().nextInt(40);
        byte[] buf = gen.buffer(packet, offset);
        int expected = libpcap.filter(native_, packet, wirelen, caplen);
        int byInterp = interp.apply(buf, offset, caplen, wirelen);
        int byJit = jit.apply(buf, offset, caplen, wirelen);
        int seq = cases;
        assertEquals(Integer.toUnsignedString(expected), Integer.toUnsignedString(byJit),
            () -> "case " + seq + ", caplen " + caplen + ", wirelen " + Integer.toUnsignedString(wirelen)
                + ", packet " + java.util.HexFormat.of().formatHex(packet) + "\n" + Listing.format(program, ListingFormat.D));
        assertEquals(expected, byInterp, "the interpreter differs from libpcap");
        if (byJit != 0) accepted++;
        cases++;
      }
    }
    for (int code : JitPrograms.RUNNABLE) {
      assertTrue(opcodes.contains(code), "opcode 0x" + Integer.toHexString(code) + " never generated");
    }
    assertEquals(16, cells.size(), "every scratch cell loaded");
    assertTrue(switches > 1000, "jeq chains compiled to switches: " + switches);
    assertTrue(longJumps > 100, "long ja: " + longJumps);
    System.out.printf("JitDifferentialTest: %d programs, %d cases, JIT = interpreter = libpcap's bpf_filter"
        + " (%d non-zero, %d switches, %d long ja)%n", PROGRAMS, cases, accepted, switches, longJumps);
    assertTrue(accepted > cases / 10 && accepted < cases * 9 / 10, "too one-sided: " + accepted + "/" + cases);
  }
}
