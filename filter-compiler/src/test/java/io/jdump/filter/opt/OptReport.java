package io.jdump.filter.opt;

import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Interpreter;
import io.jdump.bpf.oracle.Libpcap;
import io.jdump.filter.FilterCompiler;
import io.jdump.filter.FilterException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The optimizer's report (run with {@code bench/optreport}): program lengths of jdump's
 * optimizer against libpcap 1.10's ({@code tcpdump -d -y DLT EXPR}) over the corpus and every
 * supported link type; instructions executed per packet on the benchmark workload, per
 * filter, both programs on one counting interpreter; compile times.
 *
 * <pre>{@code
 * java ... io.jdump.filter.opt.OptReport small.pcap bench/filters.txt
 * }</pre>
 */
public final class OptReport {
  private OptReport() {}

  public static void main(String[] args) throws Exception {
    Libpcap libpcap = Libpcap.load();
    System.out.println("libpcap: " + libpcap.version());
    lengths(libpcap, Corpus.expressions(Integer.getInteger("exprs", 320), 4));
    if (args.length >= 2) executed(libpcap, Path.of(args[0]), Path.of(args[1]));
    timing();
  }

  private static void lengths(Libpcap libpcap, List<String> exprs) {
    List<Double> ratios = new ArrayList<>();
    int[] hist = new int[7];
    String[] labels = {"< 0.50", "0.50-0.75", "0.75-0.90", "0.90-1.00", "= 1.00", "1.00-1.10", "> 1.10"};
    int shorterOrEqual = 0;
    double worst = 0;
    String worstWhere = "";
    int distinct = 0;
    java.util.Set<String> seen = new java.util.HashSet<>();
    int[] refused = new int[3]; // both, libpcap only, jdump only
    List<String> refusedApart = new ArrayList<>();
    for (int dlt : Corpus.DLTS) {
      for (String e : exprs) {
        BpfProgram theirs = null;
        BpfProgram ours = null;
        String theirError = null;
        String ourError = null;
        try {
          theirs = libpcap.compile(e, dlt, 262144, true);
        } catch (Libpcap.CompileError ex) {
          theirError = ex.getMessage();
        }
        try {
          ours = FilterCompiler.compile(e, dlt, 262144, true);
        } catch (FilterException ex) {
          ourError = ex.getMessage();
        }
        boolean theyRefuse = OptimizedDifferentialTest.REJECTS.equals(theirError);
        boolean weRefuse = OptimizedDifferentialTest.REJECTS.equals(ourError);
        if (theyRefuse && weRefuse) refused[0]++;
        if (theyRefuse != weRefuse && (theirs != null || ours != null)) {
          refused[theyRefuse ? 1 : 2]++;
          refusedApart.add("dlt " + dlt + " [" + e + "] refused by " + (theyRefuse ? "libpcap" : "jdump") + " only");
        }
        if (theirs == null || ours == null) continue;
        if (seen.add(e)) distinct++;
        double ratio = (double) ours.length() / theirs.length();
        ratios.add(ratio);
        if (ours.length() <= theirs.length()) shorterOrEqual++;
        if (ratio > worst) {
          worst = ratio;
          worstWhere = "dlt " + dlt + " [" + e + "] " + ours.length() + " vs " + theirs.length();
        }
        int bin = ratio < 0.5 ? 0 : ratio < 0.75 ? 1 : ratio < 0.9 ? 2 : ratio < 1 ? 3
            : ratio == 1 ? 4 : ratio <= 1.1 ? 5 : 6;
        hist[bin]++;
        if (ratio > 1.1 && Boolean.getBoolean("verbose")) {
          System.out.printf("  longer: dlt %d [%s] %d vs %d%n", dlt, e, ours.length(), theirs.length());
        }
      }
    }
    double[] sorted = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    System.out.printf("lengths: %d programs (%d distinct expressions x %d link types) compiled by both%n",
        sorted.length, distinct, Corpus.DLTS.length);
    for (int i = 0; i < hist.length; i++) {
      System.out.printf("  jdump/libpcap %-10s %5d%n", labels[i], hist[i]);
    }
    System.out.printf("  no longer than libpcap: %.1f%%  median ratio %.3f  mean ratio %.3f  max ratio %.3f (%s)%n",
        100.0 * shorterOrEqual / sorted.length, sorted[sorted.length / 2],
        Arrays.stream(sorted).average().orElse(0), worst, worstWhere);
    System.out.printf("  more than 10%% longer: %d%n", Arrays.stream(sorted).filter(x -> x > 1.1).count());
    System.out.printf("'expression rejects all packets': %d refused by both, %d by libpcap only, %d by jdump only%n",
        refused[0], refused[1], refused[2]);
    if (Boolean.getBoolean("verbose")) refusedApart.forEach(x -> System.out.println("  " + x));
  }

  private static void executed(Libpcap libpcap, Path pcap, Path filters) throws IOException {
    List<byte[]> pkts = new ArrayList<>();
    List<Integer> wire = new ArrayList<>();
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(pcap));
    int magic = b.order(ByteOrder.LITTLE_ENDIAN).getInt(0);
    if (magic != 0xa1b2c3d4 && magic != 0xa1b23c4d) b.order(ByteOrder.BIG_ENDIAN);
    int dlt = b.getInt(20) & 0x0fffffff;
    b.position(24);
    while (b.remaining() >= 16) {
      b.getInt();
      b.getInt();
      int incl = b.getInt();
      int orig = b.getInt();
      byte[] p = new byte[incl];
      b.get(p);
      pkts.add(p);
      wire.add(orig);
    }
    System.out.printf("executed instructions per packet, %d packets of %s (both programs on one counting VM)%n",
        pkts.size(), pcap.getFileName());
    System.out.printf("  %8s %8s %6s %6s %8s  %s%n", "jdump", "libpcap", "len", "len", "accepted", "filter");
    for (String line : Files.readAllLines(filters)) {
      String e = line.strip();
      if (e.isEmpty() || e.startsWith("#")) continue;
      if (e.equals("(empty)")) e = "";
      BpfProgram ours;
      BpfProgram theirs;
      try {
        ours = FilterCompiler.compile(e, dlt, 262144, true);
        theirs = libpcap.compile(e, dlt, 262144, true);
      } catch (Libpcap.CompileError | FilterException ex) {
        System.out.println("  (not compiled: " + ex.getMessage() + ") " + e);
        continue;
      }
      CountingVm o = new CountingVm(ours);
      CountingVm t = new CountingVm(theirs);
      Interpreter check = OptimizedDifferentialTest.vm(ours);
      int accepted = 0;
      int differ = 0;
      for (int i = 0; i < pkts.size(); i++) {
        byte[] p = pkts.get(i);
        int v = o.apply(p, p.length, wire.get(i));
        if (v != check.apply(p, 0, p.length, wire.get(i))) throw new AssertionError("counting VM differs: " + e);
        if (v != t.apply(p, p.length, wire.get(i))) differ++;
        if (v != 0) accepted++;
      }
      String shown = e.length() > 60 ? e.substring(0, 57) + "..." : e;
      System.out.printf("  %8.2f %8.2f %6d %6d %8d  %s%s%n", (double) o.executed / pkts.size(),
          (double) t.executed / pkts.size(), ours.length(), theirs.length(), accepted,
          shown.isEmpty() ? "(empty)" : shown, differ == 0 ? "" : "  [" + differ + " verdicts differ]");
    }
  }

  private static void timing() throws FilterException {
    String typical = "ip and not net 10.0.0.0/8 and (tcp port 443 or udp port 443)";
    for (int i = 0; i < 1000; i++) FilterCompiler.compile(typical, 1, 262144, true);
    // Batches of each kind alternate, and the medians are compared: a shared machine's noise
    // hits both alike.
    int reps = 100;
    double[] plain = new double[9];
    double[] opt = new double[9];
    for (int b = 0; b < plain.length; b++) {
      long t0 = System.nanoTime();
      for (int i = 0; i < reps; i++) FilterCompiler.compile(typical, 1, 262144, false);
      long t1 = System.nanoTime();
      for (int i = 0; i < reps; i++) FilterCompiler.compile(typical, 1, 262144, true);
      long t2 = System.nanoTime();
      plain[b] = (t1 - t0) / 1e6 / reps;
      opt[b] = (t2 - t1) / 1e6 / reps;
    }
    Arrays.sort(plain);
    Arrays.sort(opt);
    System.out.printf("compile time (warm, median of 9 x %d) of [%s]: %.3f ms unoptimized, %.3f ms optimized%n",
        reps, typical, plain[4], opt[4]);
    // Spread addresses (10.a.b.1: no two consecutive) and the issue's consecutive ones
    // (10.0.a.b: one range test); each time is one compile after one warm-up compile (up to
    // 1,000 hosts). The process's CPU time, beside the wall time, includes the JVM's garbage
    // collection and JIT threads, and not the waits of a loaded machine.
    for (int n : new int[] {250, 1000, 4000, 10000}) {
      for (boolean spread : new boolean[] {true, false}) {
        StringBuilder c = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          if (i > 1) c.append(" or ");
          c.append(spread ? String.format("host 10.%d.%d.1", i / 250, i % 250)
              : String.format("host 10.%d.%d.%d", i >> 16 & 255, i >> 8 & 255, i & 255));
        }
        String e = c.toString();
        if (n <= 1000) FilterCompiler.compile(e, 1, 262144, true);
        long a = System.nanoTime();
        long ca = cpu();
        FilterCompiler.compile(e, 1, 262144, false);
        long m = System.nanoTime();
        long cm = cpu();
        BpfProgram p = FilterCompiler.compile(e, 1, 262144, true);
        long z = System.nanoTime();
        long cz = cpu();
        System.out.printf("  %5d-host or-chain (%s): unoptimized %.0f ms (cpu %.0f), optimized %.0f ms (cpu %.0f), %d instructions%n",
            n, spread ? "spread" : "consecutive", (m - a) / 1e6, (cm - ca) / 1e6, (z - m) / 1e6, (cz - cm) / 1e6, p.length());
      }
    }
  }

  private static long cpu() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
  }
}
