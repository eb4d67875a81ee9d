package io.jdump.bench.compile;

import io.jdump.bpf.BpfProgram;
import io.jdump.filter.FilterCompiler;
import io.jdump.filter.FilterException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Peak memory of one compilation, measured in a fresh JVM capped at {@code -Xmx256m}: the
 * peak heap of all heap pools and the process's peak resident set ({@code VmHWM}).
 *
 * <pre>{@code
 * String line = PeakMemory.fork(Path.of("hosts-1000.txt"), true, 120);
 * }</pre>
 */
final class PeakMemory {
  private PeakMemory() {}

  /** {@return "ok N insns, T ms\tHEAP\tRSS", or what went wrong} Runs {@link #once} in a fresh JVM. */
  static String fork(Path file, boolean optimize, long timeoutSeconds)
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        CompileBench.class.getName(), "--once", file.toString(), Boolean.toString(optimize))
        .redirectErrorStream(true).start();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
      return "timeout (" + timeoutSeconds + " s)\t-\t-";
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (out.contains("OutOfMemoryError")) return "OutOfMemoryError\t-\t-";
    return out.lines().reduce((a, b) -> b).orElse("?");
  }

  /** Compiles the file's expression once and prints the outcome and the peaks. */
  static void once(Path file, boolean optimize) throws IOException {
    String e = Files.readString(file, StandardCharsets.ISO_8859_1);
    long t0 = System.nanoTime();
    String outcome;
    try {
      BpfProgram p = FilterCompiler.compile(e, 1, 262144, optimize);
      outcome = "ok " + p.length() + " insns, " + (System.nanoTime() - t0) / 1_000_000 + " ms cold";
    } catch (FilterException ex) {
      outcome = "error: " + ex.getMessage();
    } catch (OutOfMemoryError ex) {
      outcome = "OutOfMemoryError";
    }
    long heap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) heap += pool.getPeakUsage().getUsed();
    }
    System.out.printf("%s\t%.1f\t%s%n", outcome, heap / 1048576.0, rssPeakMiB());
  }

  private static String rssPeakMiB() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) return "-";
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("VmHWM:")) {
        long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
        return String.format("%.1f", kib / 1024.0);
      }
    }
    return "-";
  }
}
