package io.jdump.bpf.jit;

import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.PacketFilter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;

/**
 * Compiles many random programs, runs each once and drops it; prints how many classes the JVM
 * unloaded and the metaspace in use. Run in a JVM with a small metaspace by
 * {@link JitMemoryTest}: if compiled filters were never unloaded, it would die of
 * {@code OutOfMemoryError: Metaspace}.
 */
public final class CompileMany {
  private CompileMany() {}

  public static void main(String[] args) throws Exception {
    int count = Integer.parseInt(args[0]);
    JitPrograms gen = new JitPrograms(0x6d656d6f7279L);
    byte[] packet = gen.packet();
    long sink = 0;
    for (int i = 0; i < count; i++) {
      BpfProgram program = gen.program(1 + gen.random().nextInt(60));
      PacketFilter f = Jit.compile(program);
      sink += f.apply(packet, 0, packet.length, packet.length);
    }
    System.gc();
    long metaspace = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getName().equals("Metaspace")) metaspace = pool.getUsage().getUsed();
    }
    System.out.printf("compiled %d unloaded %d metaspace_bytes %d sink %d%n", count,
        ManagementFactory.getClassLoadingMXBean().getUnloadedClassCount(), metaspace, sink);
  }
}
