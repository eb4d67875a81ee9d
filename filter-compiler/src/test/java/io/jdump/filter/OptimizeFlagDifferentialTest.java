package io.jdump.filter;

import static org.junit.jupiter.api.Assertions.fail;

import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Interpreter;
import io.jdump.bpf.oracle.Libpcap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With optimize on, libpcap's optimizer may refuse an expression that can only reject
 * ("expression rejects all packets"). jdump has no optimizer yet: it refuses only where
 * constants decide, and otherwise its program must reject every packet libpcap would have
 * refused. Its refusals must be libpcap's, and where both compile, verdicts agree on whole
 * frames.
 */
class OptimizeFlagDifferentialTest {
  static final String REJECTS = "expression rejects all packets";

  @Test
  void optimizedCompilationAgreesWithLibpcap() {
    Libpcap libpcap = Libpcap.load();
    List<String> failures = new ArrayList<>();
    int both = 0;
    int refusedByBoth = 0;
    int refusedByLibpcapOnly = 0;
    int optimizerChanged = 0;
    for (int dlt : FilterCompilerDifferentialTest.DLTS) {
      List<byte[]> packets = Packets.corpus(dlt, 120, 99);
      for (String e : FilterCompilerDifferentialTest.EXPRESSIONS) {
        BpfProgram want = null;
        String wantError = null;
        try {
          want = libpcap.compile(e, dlt, 262144, true);
        } catch (Libpcap.CompileError ex) {
          wantError = ex.getMessage();
        }
        BpfProgram got = null;
        String gotError = null;
        try {
          got = FilterCompiler.compile(e, dlt, 262144, true);
        } catch (FilterException ex) {
          gotError = ex.getMessage();
        }
        String where = "dlt " + dlt + " [" + e + "]: ";
        if (REJECTS.equals(wantError) && got != null) {
          refusedByLibpcapOnly++;
          Interpreter g = FilterCompilerDifferentialTest.interpreter(got);
          for (byte[] p : packets) {
            if (g.apply(p, 0, p.length, p.length) != 0) {
              failures.add(where + "libpcap rejects all, jdump accepts a frame");
              break;
            }
          }
          continue;
        }
        if (want == null || got == null) {
          if (!String.valueOf(wantError).equals(String.valueOf(gotError))) {
            failures.add(where + "libpcap " + wantError + " / jdump " + gotError);
          } else if (REJECTS.equals(wantError)) {
            refusedByBoth++;
          }
          continue;
        }
        both++;
        Interpreter w = FilterCompilerDifferentialTest.interpreter(want);
        Interpreter g = FilterCompilerDifferentialTest.interpreter(got);
        Interpreter plain;
        try {
          plain = FilterCompilerDifferentialTest.interpreter(libpcap.compile(e, dlt, 262144, false));
        } catch (Libpcap.CompileError ex) {
          throw new AssertionError(ex);
        }
        for (byte[] p : packets) {
          int wv = w.apply(p, 0, p.length, p.length);
          // libpcap's optimizer drops loads it proves useless, so on frames cut short its
          // program may accept what its own unoptimized program refuses; jdump follows the latter.
          if (wv != plain.apply(p, 0, p.length, p.length)) {
            optimizerChanged++;
            continue;
          }
          if (wv != g.apply(p, 0, p.length, p.length)) {
            failures.add(where + "verdicts differ on " + java.util.HexFormat.of().formatHex(p));
            break;
          }
        }
      }
    }
    System.out.println("optimize flag: " + both + " compiled by both, " + refusedByBoth
        + " refused by both as rejecting all, " + refusedByLibpcapOnly
        + " refused by libpcap's optimizer only (jdump's program rejects every frame), "
        + optimizerChanged + " frames whose verdict libpcap's optimizer changed (not compared), "
        + failures.size() + " mismatches");
    if (!failures.isEmpty()) fail(failures.size() + " mismatches:\n" + String.join("\n", failures));
  }
}
