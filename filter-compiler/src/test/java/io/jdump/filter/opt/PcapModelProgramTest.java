package io.jdump.filter.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Listing;
import io.jdump.bpf.ListingFormat;
import io.jdump.bpf.oracle.Libpcap;
import io.jdump.filter.FilterCompiler;
import io.jdump.filter.FilterException;
import io.jdump.filter.TestResources;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * jdump's optimized programs are libpcap 1.10's, instruction for instruction: for every corpus
 * expression and link type that both compile, {@code FilterCompiler.compile(e, dlt, snaplen,
 * true)} equals {@code pcap_compile(e, optimize=1)}. Equal programs make equal verdicts on every
 * frame, cut or whole, so this is the strongest form of "jdump keeps libpcap's packets".
 */
class PcapModelProgramTest {
  /** -Dpcapmodel.generated=N -Dpcapmodel.seed=S explore further than the suite's fixed draw. */
  private static final int GENERATED = Integer.getInteger("pcapmodel.generated", 1500);
  private static final long SEED = Long.getLong("pcapmodel.seed", 12);

  @Test
  void optimizedProgramsAreLibpcapsInstructionForInstruction() {
    Libpcap libpcap = Libpcap.load();
    Set<String> exprs = new LinkedHashSet<>(TestResources.lines("/diff/expressions.txt"));
    exprs.addAll(Corpus.expressions(GENERATED, SEED));
    List<String> differ = new ArrayList<>();
    int equal = 0;
    int refusedBoth = 0;
    for (int dlt : Corpus.DLTS) {
      for (String e : exprs) {
        for (int snaplen : new int[] {262144, 96}) {
          if (snaplen != 262144 && dlt != 1) continue;
          for (boolean optimize : new boolean[] {true, false}) {
          BpfProgram theirs;
          String theirError = null;
          try {
            theirs = libpcap.compile(e, dlt, snaplen, optimize);
          } catch (Libpcap.CompileError x) {
            theirs = null;
            theirError = x.getMessage();
          }
          BpfProgram ours;
          String ourError = null;
          try {
            ours = FilterCompiler.compile(e, dlt, snaplen, optimize);
          } catch (FilterException x) {
            ours = null;
            ourError = x.getMessage();
          }
          String name = "-y " + dlt + " -s " + snaplen + (optimize ? "" : " -O") + " '" + e + "'";
          if (theirs == null || ours == null) {
            if (theirError != null && theirError.equals(ourError)) refusedBoth++;
            else differ.add(name + ": libpcap " + theirError + ", jdump " + ourError);
            continue;
          }
          if (theirs.equals(ours)) {
            equal++;
          } else {
            differ.add(name + ":\nlibpcap\n" + Listing.format(theirs, ListingFormat.D) + "jdump\n"
                + Listing.format(ours, ListingFormat.D));
          }
          }
        }
      }
    }
    differ.stream().limit(50).forEach(d -> System.out.println("differ: " + d));
    System.out.printf("optimized programs: %d equal to libpcap's, %d refused by both, %d differ%n",
        equal, refusedBoth, differ.size());
    assertTrue(equal > 10000, equal + " equal: the corpus shrank");
    assertEquals(List.of(), differ.subList(0, Math.min(differ.size(), 20)),
        () -> differ.size() + " differ");
  }
}
