package io.jdump.filter.diff;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.LinkType;
import io.jdump.bpf.Listing;
import io.jdump.bpf.ListingFormat;
import io.jdump.bpf.oracle.Libpcap;
import io.jdump.filter.FilterCompiler;
import io.jdump.filter.FilterException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every link type jdump knows (152; most of them with little filtering of their own,
 * {@code gen.LinkLayouts}): each expression of the harness (its corpus, the SS7, ATM, 802.11
 * and pflog ones and the errors) compiles, optimized and with -O, to libpcap 1.10's very
 * program or is refused in libpcap's words. {@link DifferentialTest} compares verdicts over
 * frames for the link types it frames; this compares the programs themselves, which keeps cut
 * frames' verdicts equal too, and keeps the table honest beyond TESTrun's two dozen
 * expressions per link type; a few minutes. Every other DLT number from 0 to 299 (libpcap
 * compiles some it has no name for: 112 is NetBSD's Cisco HDLC) gets every tenth expression.
 */
class EveryLinkTypeTest {
  private static final int SNAPLEN = 262144;

  @Test
  void everyLinkTypeCompilesOrRefusesAsLibpcap() {
    Libpcap libpcap = Libpcap.load();
    List<String> pool = new ArrayList<>();
    for (String f : List.of("expressions.txt", "expressions-ss7.txt", "expressions-atm.txt",
        "expressions-802.11.txt", "expressions-pflog.txt", "errors.txt")) {
      pool.addAll(ExpressionFiles.lines(f));
    }
    List<String> differ = new ArrayList<>();
    int compiles = 0;
    Set<String> exprs = new LinkedHashSet<>(pool);
    Set<LinkType> types = EnumSet.allOf(LinkType.class);
    for (LinkType t : types) {
      for (String e : exprs) {
        for (boolean optimize : new boolean[] {true, false}) {
          compiles++;
          String theirs = libpcap(libpcap, e, t.dlt(), optimize);
          String ours = jdump(e, t.dlt(), optimize);
          if (!theirs.equals(ours)) {
            differ.add(String.format("-y %s%s '%s'%n  libpcap: %s%n  jdump:   %s", t, optimize ? "" : " -O", e,
                theirs, ours));
          }
        }
      }
    }
    Set<Integer> named = new LinkedHashSet<>();
    for (LinkType t : types) named.add(t.dlt());
    List<String> sample = new ArrayList<>();
    int i = 0;
    for (String e : exprs) {
      if (i++ % 10 == 0) sample.add(e);
    }
    int unnamed = 0;
    for (int dlt = 0; dlt < 300; dlt++) {
      if (named.contains(dlt)) continue;
      unnamed++;
      for (String e : sample) {
        for (boolean optimize : new boolean[] {true, false}) {
          compiles++;
          String theirs = libpcap(libpcap, e, dlt, optimize);
          String ours = jdump(e, dlt, optimize);
          if (!theirs.equals(ours)) {
            differ.add(String.format("-y %d%s '%s'%n  libpcap: %s%n  jdump:   %s", dlt, optimize ? "" : " -O", e,
                theirs, ours));
          }
        }
      }
    }
    System.out.printf("every link type: %d link types, %d expressions, %d other DLT numbers x %d"
        + " expressions, %d compiles, %d differ%n",
        types.size(), exprs.size(), unnamed, sample.size(), compiles, differ.size());
    differ.stream().limit(40).forEach(System.out::println);
    assertTrue(differ.isEmpty(), () -> differ.size() + " compiles differ from libpcap; the first: " + differ.get(0));
  }

  private static String libpcap(Libpcap libpcap, String e, int dlt, boolean optimize) {
    try {
      return describe(libpcap.compile(e, dlt, SNAPLEN, optimize));
    } catch (Libpcap.CompileError ex) {
      return "refused: " + ex.getMessage();
    }
  }

  private static String jdump(String e, int dlt, boolean optimize) {
    try {
      return describe(FilterCompiler.compile(e, dlt, SNAPLEN, optimize));
    } catch (FilterException ex) {
      return "refused: " + ex.getMessage();
    } catch (RuntimeException | StackOverflowError ex) {
      return "threw " + ex;
    }
  }

  private static String describe(BpfProgram p) {
    return Listing.format(p, ListingFormat.D).replace("\n", " ; ");
  }
}
