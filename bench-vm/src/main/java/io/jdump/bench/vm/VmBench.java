package io.jdump.bench.vm;

import io.jdump.bpf.Listing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import java.util.Map;

/**
 * bench/vm's harness: for every filter, the program libpcap compiles for the capture's link
 * type and snap length ({@code tcpdump -r PCAP -ddd EXPR}), or jdump's compiler does, runs on
 * libpcap's interpreter (the anchor, {@code run-anchor -p}), jdump's interpreter and jdump's
 * JIT, over the same first
 * packets of the capture. jdump's engines are measured in {@code forks} fresh JVMs per filter
 * ({@link Measure}); the median over forks is reported.
 *
 * <pre>{@code
 * java -jar bench-vm.jar PCAP FILTERS RUN_ANCHOR WORKDIR [FORKS] [PACKETS] [SECONDS] [libpcap|jdump]
 * }</pre>
 */
public final class VmBench {
  private VmBench() {}

  record Anchor(int insns, long accepted, double ns) {}

  record Fork(double libpcapNs, long libpcapAccepted, double interpNs, double jitNs, long interpAccepted,
      long jitAccepted, double interpBpp, double jitBpp, double compileFirstUs, double compileMedianUs) {}

  public static void main(String[] args) throws Exception {
    Path pcap = Path.of(args[0]);
    Path filtersFile = Path.of(args[1]);
    Path anchorScript = Path.of(args[2]);
    Path work = Path.of(args[3]);
    int forks = args.length > 4 ? Integer.parseInt(args[4]) : 3;
    int packets = args.length > 5 ? Integer.parseInt(args[5]) : 4_000;
    double seconds = args.length > 6 ? Double.parseDouble(args[6]) : 0.7;
    boolean jdumpPrograms = args.length > 7 && args[7].equals("jdump");
    Files.createDirectories(work);

    List<String> filters = new ArrayList<>();
    for (String line : Files.readAllLines(filtersFile)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      filters.add(line);
    }
    Map<String, Path> programs = new LinkedHashMap<>();
    Map<String, Integer> insns = new LinkedHashMap<>();
    for (int i = 0; i < filters.size(); i++) {
      String f = filters.get(i);
      String expr = f.equals("(empty)") ? "" : f;
      String ddd = jdumpPrograms ? JdumpPrograms.ddd(pcap, expr)
          : run(List.of("tcpdump", "-r", pcap.toString(), "-ddd", expr), true);
      Path file = work.resolve("prog-" + i + ".ddd");
      Files.writeString(file, ddd);
      programs.put(f, file);
      insns.put(f, Listing.parseDdd(ddd).length());
    }
    String tcpdumpVersion = run(List.of("tcpdump", "--version"), false).lines().findFirst().orElse("tcpdump");
    String libpcapVersion = run(List.of("tcpdump", "--version"), false).lines()
        .filter(l -> l.startsWith("libpcap")).findFirst().orElse("libpcap");

    // libpcap compiles each expression itself here: its accepted count checks that the -ddd
    // programs the other engines run are the ones it runs.
    Map<String, Anchor> anchor = anchor(run(List.of(anchorScript.toString(), pcap.toString(),
        filtersFile.toString(), "-n", Integer.toString(packets), "-t", "0.1"), false));

    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath = System.getProperty("java.class.path");
    Map<String, List<Fork>> results = new LinkedHashMap<>();
    for (int k = 0; k < forks; k++) {
      for (String f : filters) {
        System.err.printf("bench/vm: fork %d/%d: %s%n", k + 1, forks, abbreviate(f));
        // libpcap right before jdump, on the same program: a busy machine slows both alike.
        Anchor c = anchor(run(List.of(anchorScript.toString(), pcap.toString(), "-p", programs.get(f).toString(),
            "-n", Integer.toString(packets), "-t", Double.toString(seconds)), false)).values().iterator().next();
        String line = run(List.of(javaBin, "-Xms1g", "-Xmx1g", "-cp", classpath, Measure.class.getName(), pcap.toString(),
            programs.get(f).toString(), Integer.toString(packets), Double.toString(seconds)), false).strip();
        String[] v = line.split(" ");
        results.computeIfAbsent(f, x -> new ArrayList<>()).add(new Fork(c.ns(), c.accepted(), d(v[0]), d(v[1]), Long.parseLong(v[2]),
            Long.parseLong(v[3]), d(v[4]), d(v[5]), d(v[6]), d(v[7])));
      }
    }

    String compiler = jdumpPrograms ? "jdump's compiler (io.jdump.filter.FilterCompiler; libpcap " + libpcapVersion
        + " compiles them too, for the accepted check)" : "libpcap's compiler (" + tcpdumpVersion + " -ddd, " + libpcapVersion + ")";
    Packets set = Packets.load(pcap, packets);
    System.out.printf(Locale.ROOT, "# %s, %d packets of %s (%.1f MB held in memory); programs: %s; %d cores, %s %s; %s%n",
        LocalDate.now(ZoneOffset.UTC), set.count(), pcap.getFileName(), set.data().length / 1e6, compiler,
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
        System.getProperty("java.version"), forks + " JVM forks per filter, median of forks (each: median of "
            + Measure.ROUNDS + " rounds)");
    System.out.println("filter\tinsns\taccepted\tlibpcap_ns\tinterp_ns\tjit_ns\tjit_speedup");
    List<Double> speedups = new ArrayList<>();
    List<Double> interpRatios = new ArrayList<>();
    double maxBpp = 0;
    List<Double> compileMedian = new ArrayList<>();
    double compileFirstMax = 0;
    for (String f : filters) {
      List<Fork> r = results.get(f);
      Anchor a = anchor.get(f);
      double libpcapNs = median(r.stream().mapToDouble(Fork::libpcapNs).toArray());
      double interpNs = median(r.stream().mapToDouble(Fork::interpNs).toArray());
      double jitNs = median(r.stream().mapToDouble(Fork::jitNs).toArray());
      boolean same = a != null && (jdumpPrograms || a.insns() == insns.get(f)) && r.stream().allMatch(x -> x.libpcapAccepted() == a.accepted()
          && x.interpAccepted() == a.accepted() && x.jitAccepted() == a.accepted());
      double speedup = libpcapNs / jitNs;
      speedups.add(speedup);
      interpRatios.add(interpNs / libpcapNs);
      for (Fork x : r) maxBpp = Math.max(maxBpp, Math.max(x.interpBpp(), x.jitBpp()));
      compileMedian.add(median(r.stream().mapToDouble(Fork::compileMedianUs).toArray()));
      for (Fork x : r) compileFirstMax = Math.max(compileFirstMax, x.compileFirstUs());
      String accepted = same ? Long.toString(a.accepted())
          : "MISMATCH(libpcap " + (a == null ? "?" : a.accepted()) + ", interp " + r.get(0).interpAccepted()
              + ", jit " + r.get(0).jitAccepted() + ")";
      System.out.printf(Locale.ROOT, "%s\t%d\t%s\t%.2f\t%.2f\t%.2f\t%.2f%n", f, insns.get(f), accepted,
          libpcapNs, interpNs, jitNs, speedup);
    }
    double[] ir = interpRatios.stream().mapToDouble(Double::doubleValue).toArray();
    System.out.printf(Locale.ROOT, "# interpreter time / libpcap time: median %.2f, max %.2f%n", median(ir),
        Arrays.stream(ir).max().orElse(Double.NaN));
    System.out.printf(Locale.ROOT, "# bytes allocated per packet while filtering (ThreadMXBean), worst engine and filter: %.4f%n", maxBpp);
    double[] cm = compileMedian.stream().mapToDouble(Double::doubleValue).toArray();
    System.out.printf(Locale.ROOT, "# JIT compile time per program: median %.0f us (max over filters %.0f us);"
        + " first compile in a fresh JVM: at most %.0f us%n", median(cm), Arrays.stream(cm).max().orElse(0), compileFirstMax);
    double[] s = speedups.stream().mapToDouble(Double::doubleValue).toArray();
    System.out.printf(Locale.ROOT, "median jit speedup over libpcap: %.2f (min %.2f)%n", median(s),
        Arrays.stream(s).min().orElse(Double.NaN));
  }

  private static Map<String, Anchor> anchor(String out) {
    Map<String, Anchor> m = new LinkedHashMap<>();
    for (String line : out.split("\n")) {
      String[] f = line.split("\t");
      if (f.length != 5 || f[0].equals("filter")) continue;
      m.put(f[0], new Anchor(Integer.parseInt(f[1]), Long.parseLong(f[3]), d(f[4])));
    }
    return m;
  }

  private static String run(List<String> command, boolean quietStderr) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.redirectError(quietStderr ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.INHERIT);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) throw new IOException("failed (" + p.exitValue() + "): " + String.join(" ", command));
    return out;
  }

  private static double d(String s) {
    return Double.parseDouble(s);
  }

  static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static String abbreviate(String f) {
    return f.length() > 60 ? f.substring(0, 57) + "..." : f;
  }
}
