package io.jdump.bench.compile;

import io.jdump.bpf.BpfProgram;
import io.jdump.filter.FilterCompiler;
import io.jdump.filter.FilterException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * bench/compile: jdump's filter compiler against libpcap's {@code pcap_compile}, warm, in
 * one run. Each case is compiled with the optimizer (tcpdump's default) and without
 * ({@code -O}); jdump's time is the median of repetitions in this JVM after warm-up,
 * libpcap's the median of repetitions in a fresh process of the C helper (one per case, so
 * that its crashes and its "out of memory" stay there). Then peak memory of compiling the
 * 1,000 and 10,000-host chains once in a fresh JVM capped at {@code -Xmx256m}.
 *
 * <pre>{@code
 * java -cp bench-vm.jar io.jdump.bench.compile.CompileBench filters.txt work/ pcap-compile-bench
 * }</pre>
 */
public final class CompileBench {
  /** jdump's measuring budget per case and mode, after warm-up. */
  private static final long BUDGET_NANOS = TimeUnit.MILLISECONDS.toNanos(700);
  /** A first compile slower than this is reported alone ("cold, 1 run"): no repetitions. */
  private static final long SLOW_NANOS = TimeUnit.SECONDS.toNanos(10);

  private CompileBench() {}

  private record Case(String name, String expression) {}

  public static void main(String[] args) throws Exception {
    if (args.length >= 1 && args[0].equals("--once")) {
      PeakMemory.once(Path.of(args[1]), Boolean.parseBoolean(args[2]));
      return;
    }
    Path filters = Path.of(args[0]);
    Path work = Path.of(args[1]);
    Path helper = Path.of(args[2]);
    long libpcapTimeout = Long.parseLong(args.length > 3 ? args[3] : "60");
    Files.createDirectories(work);
    List<Case> cases = new ArrayList<>();
    for (String line : Files.readAllLines(filters)) {
      String e = line.strip();
      if (e.isEmpty() || e.startsWith("#")) continue;
      if (e.equals("(empty)")) e = "";
      cases.add(new Case(e.length() > 40 ? e.substring(0, 37) + "..." : e.isEmpty() ? "(empty)" : e, e));
    }
    for (int n : new int[] {100, 1_000, 10_000}) cases.add(new Case("or of " + n + " hosts", hosts(n)));

    System.out.println("case\tmode\tjdump_ms\tlibpcap_ms\tratio\tjdump_insns\tlibpcap_insns");
    List<Double> typical = new ArrayList<>();
    for (Case c : cases) {
      Path file = work.resolve("expr.txt");
      Files.writeString(file, c.expression(), StandardCharsets.ISO_8859_1);
      for (boolean optimize : new boolean[] {true, false}) {
        Timing j = jdump(c.expression(), optimize);
        Libpcap.Result l = Libpcap.run(helper, file, optimize, c.expression().length() > 10_000 ? 3 : 101,
            libpcapTimeout);
        String ratio = j.ms() >= 0 && l.ms() > 0 ? String.format("%.2f", j.ms() / l.ms()) : "-";
        System.out.printf("%s\t%s\t%s\t%s\t%s\t%s\t%s%n", c.name(), optimize ? "optimized" : "-O",
            j.text(), l.text(), ratio, j.insns(), l.insns());
        if (!c.name().startsWith("or of") && j.ms() >= 0) typical.add(j.ms());
      }
    }
    double[] t = typical.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    if (t.length > 0) {
      System.out.printf("# typical (bench filters, both modes): median %.3f ms, max %.3f ms warm%n",
          t[t.length / 2], t[t.length - 1]);
    }
    System.out.println("# peak memory, one compile in a fresh JVM with -Xmx256m (libpcap: its own process)");
    System.out.println("case\tmode\tjdump\tjdump_heap_peak_MiB\tjdump_rss_peak_MiB\tlibpcap_rss_MiB");
    for (int n : new int[] {1_000, 10_000}) {
      Path file = work.resolve("hosts-" + n + ".txt");
      Files.writeString(file, hosts(n), StandardCharsets.ISO_8859_1);
      for (boolean optimize : new boolean[] {true, false}) {
        String j = PeakMemory.fork(file, optimize, libpcapTimeout * 2);
        Libpcap.Result l = Libpcap.run(helper, file, optimize, 1, libpcapTimeout);
        System.out.printf("or of %d hosts\t%s\t%s\t%s%n", n, optimize ? "optimized" : "-O", j,
            l.rssMiB());
      }
    }
  }

  /**
   * {@return "host a.b.c.d or ...", n random unicast addresses, the same ones on every run}
   * Random, not consecutive: consecutive addresses collapse into a few range tests and hide
   * what a long chain costs the optimizer. Seeded by {@code n}, so each size is repeatable.
   */
  static String hosts(int n) {
    Random r = new Random(n);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) b.append(" or ");
      b.append("host ").append(1 + r.nextInt(223)).append('.').append(r.nextInt(256)).append('.')
          .append(r.nextInt(256)).append('.').append(1 + r.nextInt(254));
    }
    return b.toString();
  }

  private record Timing(double ms, String text, String insns) {}

  /** Median of repeated compiles after warm-up; a slow first compile is reported alone. */
  private static Timing jdump(String e, boolean optimize) {
    try {
      long t0 = System.nanoTime();
      BpfProgram p = FilterCompiler.compile(e, 1, 262144, optimize);
      long first = System.nanoTime() - t0;
      String insns = Integer.toString(p.length());
      if (first > SLOW_NANOS) return new Timing(first / 1e6, String.format("%.1f (cold, 1 run)", first / 1e6), insns);
      // Warm-up: the same budget again, at least 20 compiles.
      long end = System.nanoTime() + BUDGET_NANOS;
      for (int i = 0; i < 20 || System.nanoTime() < end; i++) FilterCompiler.compile(e, 1, 262144, optimize);
      List<Long> times = new ArrayList<>();
      end = System.nanoTime() + BUDGET_NANOS;
      while (times.size() < 5 || (System.nanoTime() < end && times.size() < 10_000)) {
        long s = System.nanoTime();
        FilterCompiler.compile(e, 1, 262144, optimize);
        times.add(System.nanoTime() - s);
      }
      long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
      double ms = sorted[sorted.length / 2] / 1e6;
      return new Timing(ms, String.format("%.4f", ms), insns);
    } catch (FilterException ex) {
      return new Timing(-1, "error: " + ex.getMessage(), "-");
    } catch (OutOfMemoryError ex) {
      return new Timing(-1, "OutOfMemoryError (-Xmx" + Runtime.getRuntime().maxMemory() / 1048576 + "m)", "-");
    }
  }

  /** The C helper, one process per case. */
  static final class Libpcap {
    record Result(double ms, String text, String insns, String rssMiB) {}

    static Result run(Path helper, Path file, boolean optimize, int reps, long timeoutSeconds)
        throws IOException, InterruptedException {
      Process p = new ProcessBuilder(helper.toString(), file.toString(), optimize ? "1" : "0",
          Integer.toString(reps)).redirectErrorStream(true).start();
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
        return new Result(-1, "timeout (" + timeoutSeconds + " s)", "-", "-");
      }
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (p.exitValue() > 128) return new Result(-1, "crashed (signal " + (p.exitValue() - 128) + ")", "-", "-");
      if (out.startsWith("error ")) return new Result(-1, out, "-", "-");
      String[] f = out.split(" ");
      if (f.length != 4 || !f[0].equals("ok")) return new Result(-1, "? " + out, "-", "-");
      double ms = Double.parseDouble(f[1]);
      return new Result(ms, String.format("%.4f", ms), f[3],
          String.format("%.1f", Long.parseLong(f[2]) / 1024.0));
    }
  }
}
