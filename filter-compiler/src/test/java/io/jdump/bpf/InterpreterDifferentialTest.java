package io.jdump.bpf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.bpf.oracle.Libpcap;
import java.util.HashSet;
import java.util.Set;
import jnr.ffi.Pointer;
import org.junit.jupiter.api.Test;

/**
 * Seeded random programs that cover every opcode, over random packets (caplen from 0 to the
 * whole packet, wire lengths up to 2^32 - 1): jdump's interpreter and libpcap's bpf_filter
 * return the same value every time.
 */
class InterpreterDifferentialTest {
  private static final long SEED = 0x6a64756d70L;
  private static final int PROGRAMS = 12_000;
  private static final int PACKETS_PER_PROGRAM = 5;

  @Test
  void interpreterMatchesLibpcapOnRandomProgramsAndPackets() throws InvalidProgramException {
    Libpcap libpcap = Libpcap.load();
    RandomPrograms gen = new RandomPrograms(SEED);
    Set<Integer> opcodes = new HashSet<>();
    int cases = 0;
    int accepted = 0;
    for (int n = 0; n < PROGRAMS; n++) {
      BpfProgram program = gen.runnable();
      program.insns().forEach(i -> opcodes.add(i.code()));
      Interpreter jdump = Interpreter.of(program);
      Pointer native_ = libpcap.load(program);
      for (int j = 0; j < PACKETS_PER_PROGRAM; j++) {
        byte[] packet = gen.packet();
        int caplen = gen.caplen(packet);
        int wirelen = gen.wirelen(caplen);
        int expected = libpcap.filter(native_, packet, wirelen, caplen);
        int actual = jdump.apply(Machines.guarded(packet), Machines.GUARD, caplen, wirelen);
        int seq = cases;
        assertEquals(Integer.toUnsignedString(expected), Integer.toUnsignedString(actual),
            () -> "case " + seq + ", caplen " + caplen + ", wirelen " + Integer.toUnsignedString(wirelen)
                + "\n" + Listing.format(program, ListingFormat.D));
        if (actual != 0) accepted++;
        cases++;
      }
    }
    for (int code : RandomPrograms.RUNNABLE) {
      assertTrue(opcodes.contains(code), "opcode 0x" + Integer.toHexString(code) + " never generated");
    }
    System.out.printf("InterpreterDifferentialTest: %d programs, %d packets, all equal to libpcap's bpf_filter"
        + " (%d returned non-zero)%n", PROGRAMS, cases, accepted);
    assertTrue(accepted > cases / 10 && accepted < cases * 9 / 10, "too one-sided: " + accepted + "/" + cases);
  }
}
