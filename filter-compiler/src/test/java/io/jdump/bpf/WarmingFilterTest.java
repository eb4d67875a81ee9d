package io.jdump.bpf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * A warming filter decides every packet as the interpreter does, before, while and after the
 * JIT's class is made, and ends on the JIT's class (seeded random programs and packets).
 */
class WarmingFilterTest {
  @Test
  void decidesAsTheInterpreterBeforeAndAfterTheJitTakesOver() throws Exception {
    RandomPrograms gen = new RandomPrograms(14);
    int cases = 0;
    for (int n = 0; n < 300; n++) {
      BpfProgram program = gen.runnable();
      Interpreter reference = Interpreter.of(program);
      WarmingFilter warming = WarmingFilter.start(program);
      byte[][] packets = new byte[20][];
      for (int j = 0; j < packets.length; j++) packets[j] = gen.packet();
      for (int round = 0; round < 2; round++) {
        for (byte[] packet : packets) {
          int caplen = Math.min(packet.length, 10 + (packet.length * 7 + round) % 90);
          int wirelen = packet.length;
          int expected = reference.apply(packet, 0, caplen, wirelen);
          assertEquals(expected, warming.apply(packet, 0, caplen, wirelen), "program " + n);
          assertEquals(expected, warming.current().apply(packet, 0, caplen, wirelen), "program " + n);
          cases++;
        }
        if (round == 0) warming.compiled();
      }
    }
    assertEquals(300 * 40, cases);
  }

  @Test
  void endsOnTheJitsClass() throws Exception {
    BpfProgram program = new BpfProgram(java.util.List.of(
        Insn.stmt(Bpf.LD | Bpf.H | Bpf.ABS, 12),
        Insn.jump(Bpf.JMP | Bpf.JEQ | Bpf.K, 0x0800, 0, 1),
        Insn.stmt(Bpf.RET | Bpf.K, 262144),
        Insn.stmt(Bpf.RET | Bpf.K, 0)));
    WarmingFilter warming = WarmingFilter.start(program);
    PacketFilter done = warming.compiled();
    assertFalse(done instanceof Interpreter, done.getClass().getName());
    assertEquals(done, warming.current());
  }
}
