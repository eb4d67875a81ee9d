package io.jdump.bpf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The hot path allocates nothing: filtering many packets leaves the thread's allocation count flat. */
class InterpreterAllocationTest {
  @Test
  void applyAllocatesNothingPerPacket() throws InvalidProgramException {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    RandomPrograms gen = new RandomPrograms(0x616c6c6fL);
    Interpreter[] filters = new Interpreter[32];
    for (int i = 0; i < filters.length; i++) filters[i] = Interpreter.of(gen.runnable());
    byte[][] packets = new byte[64][];
    for (int i = 0; i < packets.length; i++) packets[i] = gen.packet();
    long sink = run(filters, packets, 2_000); // warm up, so that class loading is over
    long before = threads.getCurrentThreadAllocatedBytes();
    sink += run(filters, packets, 10_000);
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    int calls = 10_000 * filters.length;
    assertTrue(allocated < calls / 10, allocated + " bytes allocated over " + calls + " calls (" + sink + ")");
  }

  private static long run(Interpreter[] filters, byte[][] packets, int rounds) {
    long sum = 0;
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < filters.length; i++) {
        byte[] p = packets[(r + i) & (packets.length - 1)];
        sum += filters[i].apply(p, 0, p.length, p.length);
      }
    }
    return sum;
  }
}
