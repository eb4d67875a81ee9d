package io.jdump.filter.opt;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.bpf.oracle.Libpcap;
import io.jdump.filter.FilterCompiler;
import io.jdump.filter.FilterException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Over the optimizer's corpus (the report's, with more of its seeded combinations) and its sixteen
 * link types, jdump refuses with {@code expression rejects all packets} exactly where libpcap
 * 1.10 does: {@link PcapModel} proves what libpcap's optimizer proves, no more, no less.
 */
class RefusalCorpusTest {
  private static final int EXPRESSIONS = 700;

  @Test
  void jdumpRefusesExactlyWhereLibpcapRefusesOnTheOptimizerCorpus() {
    Libpcap libpcap = Libpcap.load();
    List<String> differ = new ArrayList<>();
    int checks = 0;
    int both = 0;
    for (int dlt : Corpus.DLTS) {
      for (String e : Corpus.expressions(EXPRESSIONS, 4)) {
        String theirs;
        try {
          libpcap.compile(e, dlt, 262144, true);
          theirs = null;
        } catch (Libpcap.CompileError x) {
          theirs = x.getMessage();
        }
        String ours;
        try {
          FilterCompiler.compile(e, dlt, 262144, true);
          ours = null;
        } catch (FilterException x) {
          ours = x.getMessage();
        }
        boolean theyRefuse = OptimizedDifferentialTest.REJECTS.equals(theirs);
        boolean weRefuse = OptimizedDifferentialTest.REJECTS.equals(ours);
        if ((theirs != null && !theyRefuse) || (ours != null && !weRefuse)) continue;
        checks++;
        if (theyRefuse && weRefuse) both++;
        if (theyRefuse != weRefuse) {
          differ.add("dlt " + dlt + " [" + e + "]: " + (theyRefuse ? "libpcap" : "jdump")
              + " alone refuses");
        }
      }
    }
    System.out.printf("refusal corpus: %d checks, %d refused by both, %d differ%n", checks, both,
        differ.size());
    assertTrue(both > 100, both + " refused by both: the corpus lost its contradictions");
    assertTrue(differ.isEmpty(), () -> differ.size() + " differ: " + differ);
  }
}
