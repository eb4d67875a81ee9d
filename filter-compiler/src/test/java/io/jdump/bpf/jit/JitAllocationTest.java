package io.jdump.bpf.jit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.bpf.InvalidProgramException;
import io.jdump.bpf.PacketFilter;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** Compiled filters allocate nothing per packet: the thread's allocation count stays flat. */
class JitAllocationTest {
  @Test
  void compiledApplyAllocatesNothingPerPacket() throws InvalidProgramException {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    JitPrograms gen = new JitPrograms(0x616c6c6f63L);
    PacketFilter[] filters = new PacketFilter[32];
    for (int i = 0; i < filters.length; i++) {
      filters[i] = Jit.compile(gen.program(i < 4 ? 600 : 1 + gen.random().nextInt(60)));
    }
    byte[][] packets = new byte[64][];
    for (int i = 0; i < packets.length; i++) packets[i] = gen.packet();
    long sink = run(filters, packets, 2_000); // warm up: class loading and linking are over
    long before = threads.getCurrentThreadAllocatedBytes();
    sink += run(filters, packets, 10_000);
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    int calls = 10_000 * filters.length;
    System.out.printf("JitAllocationTest: %d bytes allocated over %d calls%n", allocated, calls);
    assertTrue(allocated < calls / 10, allocated + " bytes allocated over " + calls + " calls (" + sink + ")");
  }

  private static long run(PacketFilter[] filters, byte[][] packets, int rounds) {
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
