package io.jdump.filter.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.LinkType;
import io.jdump.bpf.Listing;
import io.jdump.bpf.ListingFormat;
import io.jdump.bpf.oracle.Libpcap;
import io.jdump.filter.FilterException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The written-out expression means what the original means: libpcap (the oracle) compiles
 * both to the same program, unoptimized so that no optimizer can hide a difference, on every
 * link type of issue 3. Expressions libpcap refuses must be refused alike, with its message.
 */
class RewriteKeepsMeaningTest {
  private static final Libpcap LIBPCAP = Libpcap.load();

  @Test
  void diffCorpusRewrittenCompilesToTheSameLibpcapProgram() throws Exception {
    check(Corpus.diffCorpus(), 600);
  }

  @Test
  void inheritedQualifiersAndPrecedenceRewrittenCompileToTheSameLibpcapProgram() throws Exception {
    check(Corpus.inheritance(280), 250);
  }

  private static void check(List<String> exprs, int atLeast) throws Exception {
    List<String> failures = new ArrayList<>();
    int compared = 0;
    int programs = 0;
    for (String expr : exprs) {
      String rewritten;
      try {
        rewritten = Explain.rewrite(expr);
      } catch (FilterException e) {
        continue; // jdump's parser refuses it: the compiler's own tests cover that
      }
      if (rewritten == null) continue;
      boolean counted = false;
      for (LinkType t : Corpus.LINK_TYPES) {
        String original = compile(expr, t);
        String again = compile(rewritten, t);
        if (!original.startsWith("error")) programs++;
        if (!original.equals(again)) {
          failures.add(t + " '" + expr + "' -> '" + rewritten + "'\n" + original + "\n" + again);
        }
        counted |= !original.startsWith("error");
      }
      if (counted) compared++;
    }
    System.out.printf("RewriteKeepsMeaningTest: %d expressions rewritten, %d programs equal to the"
        + " original's on %d link types%n", compared, programs, Corpus.LINK_TYPES.size());
    assertTrue(failures.isEmpty(), failures.size() + " rewrites changed the program:\n"
        + String.join("\n", failures.subList(0, Math.min(5, failures.size()))));
    assertTrue(compared >= atLeast, "only " + compared + " expressions compiled");
  }

  private static String compile(String expr, LinkType t) {
    try {
      BpfProgram p = LIBPCAP.compile(expr, t.dlt(), 262144, false);
      return Listing.format(p, ListingFormat.D);
    } catch (Libpcap.CompileError e) {
      return "error: " + e.getMessage();
    }
  }

  @Test
  void ss7AndAtmFieldsRewrittenCompileToTheSameLibpcapProgram() throws Exception {
    assertEquals("(sio 1 or sio 2) and fisu", Explain.rewrite("sio (1 or 2) and fisu"));
    List<String> ss7 = List.of("sio (1 or 2) and fisu", "dpc > 5 or hsls <= 3", "not lsu",
        "opc != 7 and sls (1 or 3 or 5)", "hmsu or hfisu");
    List<String> atm = List.of("lane and ip", "vpi (0 or 1) and vci >= 5", "oamf4ec or metaconnect",
        "llc and not connectmsg", "vpi 1 and lane and vpi < 3");
    for (var c : List.of(Map.entry(LinkType.MTP2, ss7), Map.entry(LinkType.SUNATM, atm))) {
      for (String expr : c.getValue()) {
        String rewritten = Explain.rewrite(expr);
        assertEquals(compile(expr, c.getKey()), compile(rewritten, c.getKey()), expr + " -> " + rewritten);
      }
    }
  }

  @Test
  void inheritedQualifiersAreWrittenOut() throws Exception {
    assertEquals("(tcp port 80) or (tcp port 443)", Explain.rewrite("tcp port 80 or 443"));
    assertEquals("src net 10 and not src net 11", Explain.rewrite("src net 10 and not 11"));
    assertEquals("host a or host b", Explain.rewrite("host a or b"));
    assertEquals("(host a or host b) and host c", Explain.rewrite("host a or b and c"));
    assertEquals("ip proto \\tcp", Explain.rewrite("ip proto \\tcp"));
    assertEquals("(ip[2:2] - ((ip[0] & 15) << 2)) - ((tcp[12] & 0xf0) >> 2) != 0",
        Explain.rewrite("ip[2:2] - ((ip[0]&0xf)<<2) - ((tcp[12]&0xf0)>>2) != 0"));
  }
}
