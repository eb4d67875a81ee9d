package io.jdump.bench.vm;

import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Engine;
import io.jdump.bpf.Listing;
import io.jdump.bpf.PacketFilter;
import io.jdump.bpf.jit.Jit;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * One measuring JVM (a fork): one program, both engines, the same packets. Each engine gets its
 * own loop method, so that each call site sees one filter class, as in jdump itself where one
 * process runs one filter. Per engine: warm-up, then {@value #ROUNDS} timed rounds of as many
 * passes over the packets as fill {@code seconds / ROUNDS}, the engines taking turns; the
 * median round counts.
 *
 * <p>Prints one line: {@code interp_ns jit_ns interp_accepted jit_accepted interp_bytes_per_packet
 * jit_bytes_per_packet compile_first_us compile_median_us}.
 *
 * <pre>{@code
 * java -cp bench-vm.jar io.jdump.bench.vm.Measure small.pcap prog.ddd 4000 0.7
 * }</pre>
 */
public final class Measure {
  static final int ROUNDS = 7;
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private Measure() {}

  public static void main(String[] args) throws Exception {
    Packets p = Packets.load(Path.of(args[0]), Integer.parseInt(args[2]));
    BpfProgram program = Listing.parseDdd(Files.readString(Path.of(args[1])));
    double seconds = Double.parseDouble(args[3]);

    long t0 = System.nanoTime();
    PacketFilter jit = Jit.compile(program);
    long first = System.nanoTime() - t0;
    long[] compiles = new long[101];
    for (int i = 0; i < compiles.length; i++) {
      t0 = System.nanoTime();
      Jit.compile(program);
      compiles[i] = System.nanoTime() - t0;
    }
    Arrays.sort(compiles);
    PacketFilter interp = Engine.INTERP.filter(program);

    long interpAccepted = accepted(interp, p);
    long jitAccepted = accepted(jit, p);
    long sink = warm(true, interp, p, seconds) + warm(false, jit, p, seconds);
    int interpPasses = passes(true, interp, p, seconds);
    int jitPasses = passes(false, jit, p, seconds);
    // Rounds alternate between the engines, so that a busy machine slows both alike.
    double[] interpRounds = new double[ROUNDS];
    double[] jitRounds = new double[ROUNDS];
    long interpBytes = 0;
    long jitBytes = 0;
    for (int r = 0; r < ROUNDS; r++) {
      long allocated = THREADS.getCurrentThreadAllocatedBytes();
      t0 = System.nanoTime();
      sink += loopInterp(interp, p, interpPasses);
      interpRounds[r] = (System.nanoTime() - t0) / ((double) interpPasses * p.count());
      interpBytes += THREADS.getCurrentThreadAllocatedBytes() - allocated;
      allocated = THREADS.getCurrentThreadAllocatedBytes();
      t0 = System.nanoTime();
      sink += loopJit(jit, p, jitPasses);
      jitRounds[r] = (System.nanoTime() - t0) / ((double) jitPasses * p.count());
      jitBytes += THREADS.getCurrentThreadAllocatedBytes() - allocated;
    }
    System.out.printf("%.3f %.3f %d %d %.4f %.4f %.1f %.1f%s%n", median(interpRounds), median(jitRounds),
        interpAccepted, jitAccepted, interpBytes / ((double) ROUNDS * interpPasses * p.count()),
        jitBytes / ((double) ROUNDS * jitPasses * p.count()), first / 1e3, compiles[compiles.length / 2] / 1e3,
        sink == 42 ? " " : "");
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }

  /** Runs the engine's loop for half the timed budget, so that HotSpot compiles it first. */
  private static long warm(boolean interp, PacketFilter f, Packets p, double seconds) {
    long sink = 0;
    long until = System.nanoTime() + (long) (seconds * 0.5e9);
    for (int n = 0; System.nanoTime() < until || n < 20; n++) {
      sink += interp ? loopInterp(f, p, 1) : loopJit(f, p, 1);
    }
    return sink;
  }

  /** {@return how many passes over the packets fill one round}: seconds / ROUNDS. */
  private static int passes(boolean interp, PacketFilter f, Packets p, double seconds) {
    // One pass over an in-cache set can take microseconds: time enough passes to fill 1 ms.
    for (int n = 1;; n *= 2) {
      long t0 = System.nanoTime();
      long sink = interp ? loopInterp(f, p, n) : loopJit(f, p, n);
      long took = System.nanoTime() - t0 + (sink & 0);
      if (took >= 1_000_000 || n >= 1 << 24) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, seconds * 1e9 / ROUNDS / (Math.max(1, took) / (double) n)));
      }
    }
  }

  // Two copies of one loop: each call site then profiles one filter class and inlines it.
  private static long loopInterp(PacketFilter f, Packets p, int passes) {
    final byte[] data = p.data();
    final int[] off = p.offset();
    final int[] cap = p.caplen();
    final int[] wire = p.wirelen();
    long sum = 0;
    for (int k = 0; k < passes; k++) {
      for (int i = 0; i < off.length; i++) sum += f.apply(data, off[i], cap[i], wire[i]);
    }
    return sum;
  }

  private static long loopJit(PacketFilter f, Packets p, int passes) {
    final byte[] data = p.data();
    final int[] off = p.offset();
    final int[] cap = p.caplen();
    final int[] wire = p.wirelen();
    long sum = 0;
    for (int k = 0; k < passes; k++) {
      for (int i = 0; i < off.length; i++) sum += f.apply(data, off[i], cap[i], wire[i]);
    }
    return sum;
  }

  private static long accepted(PacketFilter f, Packets p) {
    long n = 0;
    for (int i = 0; i < p.count(); i++) n += f.apply(p.data(), p.offset()[i], p.caplen()[i], p.wirelen()[i]) != 0 ? 1 : 0;
    return n;
  }
}
