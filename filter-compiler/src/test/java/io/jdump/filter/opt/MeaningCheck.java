package io.jdump.filter.opt;

import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Interpreter;
import io.jdump.bpf.LinkType;
import io.jdump.bpf.oracle.Libpcap;
import io.jdump.filter.FilterCompiler;
import io.jdump.filter.FilterException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dev aid for known-mismatches.txt: reads check names ({@code -y DLT [-s N] 'expr'}) on stdin
 * and prints, for each, whether jdump's optimized program keeps the meaning of libpcap's
 * unoptimized one ({@link SameMeaning}) on frames aimed at the program and walking its paths,
 * whole and cut at every few bytes: {@code keeps} or {@code VIOLATES}, then the name.
 */
final class MeaningCheck {
  private static final Pattern NAME = Pattern.compile("^-y (\\S+)(?: -s (\\d+))? '(.*)'$");

  private MeaningCheck() {}

  public static void main(String[] args) throws Exception {
    Libpcap libpcap = Libpcap.load();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
    for (String line; (line = in.readLine()) != null; ) {
      Matcher m = NAME.matcher(line.strip());
      if (!m.matches()) continue;
      int dlt = LinkType.forName(m.group(1)).orElseThrow().dlt();
      int snap = m.group(2) == null ? 262144 : Integer.parseInt(m.group(2));
      String e = m.group(3).replace("'\\''", "'");
      String verdict;
      try {
        verdict = check(libpcap, e, dlt, snap);
      } catch (Libpcap.CompileError | FilterException ex) {
        verdict = "not compiled (" + ex.getMessage() + ")";
      }
      System.out.println(verdict + "  " + line.strip());
    }
  }

  private static String check(Libpcap libpcap, String e, int dlt, int snap) throws Exception {
    BpfProgram plain = libpcap.compile(e, dlt, snap, false);
    BpfProgram opt = FilterCompiler.compile(e, dlt, snap, true);
    Interpreter p = OptimizedDifferentialTest.vm(plain);
    Interpreter o = OptimizedDifferentialTest.vm(opt);
    Random r = new Random(e.hashCode());
    List<byte[]> frames = Frames.aimedAt(plain, 200, r);
    frames.addAll(Explorer.walk(plain, 400, r));
    for (byte[] f : frames) {
      for (int cap = f.length; cap >= 0; cap -= 1 + r.nextInt(3)) {
        String why = SameMeaning.violation(p, o, f, cap, r);
        if (why != null) return "VIOLATES (" + why + ")";
      }
    }
    return "keeps";
  }
}
