package io.jdump.bpf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A filter given only the first {@link Reach#of} bytes of each packet (in an array no longer, so
 * a read past them would throw) decides as it does on the whole packet: random programs and
 * packets, on the interpreter and the JIT, and the reach of a few programs worked out by hand.
 */
class ReachTest {
  /** tcpdump -ddd 'tcp port 80': the furthest read is ldh [x + 16] with x at most 60. */
  private static final String TCP_PORT_80 = """
      20
      40 0 0 12
      21 0 6 34525
      48 0 0 20
      21 0 15 6
      40 0 0 54
      21 12 0 80
      40 0 0 56
      21 10 11 80
      21 0 10 2048
      48 0 0 23
      21 0 8 6
      40 0 0 20
      69 6 0 8191
      177 0 0 14
      72 0 0 14
      21 2 0 80
      72 0 0 16
      21 0 1 80
      6 0 0 262144
      6 0 0 0
      """;

  @Test
  void reachOfProgramsWorkedOutByHand() throws InvalidProgramException {
    assertEquals(78, Reach.of(Listing.parseDdd(TCP_PORT_80)));
    assertEquals(14, Reach.of(Machines.program(Insn.stmt(Bpf.LD | Bpf.H | Bpf.ABS, 12),
        Insn.stmt(Bpf.RET | Bpf.A, 0))));
    // X from the accumulator: an indexed load may go anywhere
    assertEquals(Reach.WHOLE, Reach.of(Machines.program(Insn.stmt(Bpf.LD | Bpf.B | Bpf.ABS, 0),
        Insn.stmt(Bpf.MISC | Bpf.TAX, 0), Insn.stmt(Bpf.LD | Bpf.B | Bpf.IND, 0),
        Insn.stmt(Bpf.RET | Bpf.A, 0))));
    // x + k wraps in 32 bits to a small offset
    assertEquals(Reach.WHOLE, Reach.of(Machines.program(Insn.stmt(Bpf.LDX | Bpf.IMM, 8),
        Insn.stmt(Bpf.LD | Bpf.B | Bpf.IND, -4), Insn.stmt(Bpf.RET | Bpf.A, 0))));
    // X from memory, but no indexed load: only the absolute loads count
    assertEquals(4, Reach.of(Machines.program(Insn.stmt(Bpf.LDX | Bpf.MEM, 0),
        Insn.stmt(Bpf.LD | Bpf.W | Bpf.ABS, 0), Insn.stmt(Bpf.RET | Bpf.A, 0))));
  }

  @Test
  void theFirstReachBytesDecideAsTheWholePacket() throws InvalidProgramException {
    var programs = new RandomPrograms(14);
    int bounded = 0;
    for (int n = 0; n < 3000; n++) {
      BpfProgram program = programs.runnable();
      long reach = Reach.of(program);
      if (reach == Reach.WHOLE) continue;
      bounded++;
      PacketFilter interp = Interpreter.of(program);
      PacketFilter jit = io.jdump.bpf.jit.Jit.compile(program);
      for (int p = 0; p < 8; p++) {
        byte[] packet = new byte[programs.random().nextInt(RandomPrograms.MAX_PACKET + 1)];
        programs.random().nextBytes(packet);
        int caplen = packet.length;
        int wirelen = caplen + programs.random().nextInt(100);
        byte[] prefix = Arrays.copyOf(packet, (int) Math.min(caplen, reach));
        for (PacketFilter f : new PacketFilter[] {interp, jit}) {
          assertEquals(f.apply(packet, 0, caplen, wirelen), f.apply(prefix, 0, caplen, wirelen),
              () -> Listing.format(program, ListingFormat.DDD));
        }
      }
    }
    assertTrue(bounded > 300, "programs with a bounded reach: " + bounded);
  }
}
