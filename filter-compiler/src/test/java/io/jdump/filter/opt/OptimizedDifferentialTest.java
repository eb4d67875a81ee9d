package io.jdump.filter.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Interpreter;
import io.jdump.bpf.InvalidProgramException;
import io.jdump.bpf.oracle.Libpcap;
import io.jdump.filter.FilterCompiler;
import io.jdump.filter.FilterException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The optimizer keeps the meaning: over a seeded corpus of expressions on every supported link
 * type, jdump's unoptimized program gives libpcap's unoptimized program's verdict, and jdump's
 * optimized program keeps that meaning ({@link SameMeaning}), on frames aimed at the program
 * and frames walking its paths ({@link Explorer}), whole and cut short at every few bytes. Like
 * libpcap's, jdump's optimizer drops loads whose value is unused, so a frame too short for such
 * a load may be accepted where the unoptimized program rejects it: but only with the verdict
 * every longer frame with those bytes gets.
 */
class OptimizedDifferentialTest {
  static final String REJECTS = "expression rejects all packets";

  @Test
  void optimizedUnoptimizedAndLibpcapAgreeOnEveryFrame() {
    Libpcap libpcap = Libpcap.load();
    long seed = Long.getLong("seed", 4);
    int n = Integer.getInteger("exprs", 320);
    List<String> failures = new ArrayList<>();
    int compiled = 0;
    int refused = 0;
    long runs = 0;
    Random r = new Random(seed);
    for (int dlt : Corpus.DLTS) {
      for (String e : Corpus.expressions(n, seed)) {
        String where = "dlt " + dlt + " [" + e + "]: ";
        BpfProgram ref;
        BpfProgram plain;
        try {
          ref = libpcap.compile(e, dlt, 262144, false);
          plain = FilterCompiler.compile(e, dlt, 262144, false);
        } catch (Libpcap.CompileError | FilterException ex) {
          continue;
        }
        BpfProgram opt;
        try {
          opt = FilterCompiler.compile(e, dlt, 262144, true);
        } catch (FilterException ex) {
          if (!REJECTS.equals(ex.getMessage())) {
            failures.add(where + "optimized compile failed: " + ex.getMessage());
            continue;
          }
          refused++;
          try {
            libpcap.compile(e, dlt, 262144, true);
            failures.add(where + "jdump refuses as rejecting all, libpcap compiles");
          } catch (Libpcap.CompileError le) {
            if (!REJECTS.equals(le.getMessage())) failures.add(where + "libpcap: " + le.getMessage());
          }
          opt = new BpfProgram(List.of(io.jdump.bpf.Insn.stmt(io.jdump.bpf.Bpf.RET, 0)));
        }
        compiled++;
        if (opt.length() > plain.length()) {
          failures.add(where + "optimized " + opt.length() + " > unoptimized " + plain.length());
        }
        Interpreter ri = vm(ref);
        Interpreter pi = vm(plain);
        Interpreter oi = vm(opt);
        List<byte[]> frames = Frames.aimedAt(plain, 20, r);
        frames.addAll(Explorer.walk(plain, 40, r));
        for (byte[] f : frames) {
          for (int cap = f.length; cap >= 0; cap -= 1 + r.nextInt(6)) {
            runs++;
            int want = ri.apply(f, 0, cap, f.length);
            int p = pi.apply(f, 0, cap, f.length);
            String why = want != p ? "libpcap " + want + " unoptimized " + p : SameMeaning.violation(ri, oi, f, cap, r);
            if (why != null) {
              failures.add(where + why + " caplen " + cap + " frame " + HexFormat.of().formatHex(f));
              break;
            }
          }
          if (!failures.isEmpty() && failures.get(failures.size() - 1).startsWith(where)) break;
        }
      }
    }
    System.out.println("optimizer differential: " + compiled + " programs, " + refused
        + " refused as rejecting all, " + runs + " runs, " + failures.size() + " mismatches");
    if (!failures.isEmpty()) {
      fail(failures.size() + " mismatches:\n" + String.join("\n", failures.subList(0, Math.min(30, failures.size()))));
    }
    assertEquals(0, failures.size());
  }

  static Interpreter vm(BpfProgram p) {
    try {
      return Interpreter.of(p);
    } catch (InvalidProgramException e) {
      throw new AssertionError("invalid program " + p, e);
    }
  }
}
