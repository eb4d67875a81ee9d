package io.jdump.filter.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.bpf.Bpf;
import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Insn;
import io.jdump.bpf.LinkType;
import io.jdump.bpf.Listing;
import io.jdump.bpf.ListingFormat;
import io.jdump.bpf.oracle.Libpcap;
import io.jdump.filter.FilterCompiler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the annotator says: the hand-checked annotations of libpcap's programs
 * ({@code explain/annotated.txt}) stay as they are, and every comparison of the bench filters
 * on Ethernet is named, in jdump's programs and in libpcap's, optimized or not.
 */
class AnnotationsTest {
  private static final Libpcap LIBPCAP = Libpcap.load();

  @Test
  void libpcapProgramsGetTheHandCheckedAnnotations() throws Exception {
    String text;
    try (InputStream in = getClass().getResourceAsStream("/explain/annotated.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int cases = 0;
    int lines = 0;
    String head = null;
    List<String> expected = new ArrayList<>();
    for (String line : (text + "== END\n").split("\n")) {
      if (line.startsWith("#")) continue;
      if (line.startsWith("== ")) {
        if (head != null) {
          check(head, expected);
          cases++;
          lines += expected.size();
        }
        head = line.substring(3);
        expected = new ArrayList<>();
      } else {
        expected.add(line);
      }
    }
    System.out.printf("AnnotationsTest: %d hand-checked programs, %d lines%n", cases, lines);
    assertTrue(cases >= 26);
  }

  private static void check(String head, List<String> expected) throws Exception {
    int space = head.indexOf(' ');
    LinkType t = LinkType.forName(head.substring(0, space)).orElseThrow();
    BpfProgram p = LIBPCAP.compile(head.substring(space + 1), t.dlt(), 262144, true);
    assertEquals(String.join("\n", expected), String.join("\n", Annotator.listing(p, t.dlt())), head);
  }

  /**
   * Past geneve every offset is computed at run time and kept in memory; the tests that read
   * the tunnel's inner frame are still named, on link types with and without a MAC header.
   */
  @Test
  void everyComparisonPastGeneveIsNamed() throws Exception {
    List<String> exprs = List.of("geneve and tcp port 80", "geneve 5 and udp port 53",
        "geneve and ether src 00:11:22:33:44:55", "geneve and host 10.0.0.1", "geneve and arp",
        "geneve and ip6 and tcp", "geneve and ether broadcast", "geneve 100 and icmp");
    int comparisons = 0;
    int inner = 0;
    List<String> unnamed = new ArrayList<>();
    for (LinkType t : List.of(LinkType.EN10MB, LinkType.LINUX_SLL, LinkType.RAW, LinkType.PPP)) {
      for (String expr : exprs) {
        BpfProgram p = LIBPCAP.compile(expr, t.dlt(), 262144, true);
        assertEquals(Listing.format(p, ListingFormat.D), Listing.format(FilterCompiler.compile(expr, t.dlt(), 262144, true), ListingFormat.D), expr);
        List<String> notes = Annotator.annotate(p, t.dlt());
        for (int pc = 0; pc < p.length(); pc++) {
          Insn i = p.get(pc);
          if ((i.code() & 0x07) != Bpf.JMP || (i.code() & 0xf0) == Bpf.JA) continue;
          comparisons++;
          String note = notes.get(pc);
          if (note == null) unnamed.add(t + " '" + expr + "' pc " + pc);
          else if (note.startsWith("inner ")) inner++;
        }
      }
    }
    System.out.printf("AnnotationsTest: %d comparisons in geneve programs, %d of the inner frame,"
        + " %d unnamed%n", comparisons, inner, unnamed.size());
    assertTrue(unnamed.isEmpty(), String.join("\n", unnamed));
    assertTrue(inner >= 50, "inner comparisons: " + inner);
  }

  @Test
  void everyComparisonOfTheBenchFiltersIsNamedOnEthernet() throws Exception {
    int dlt = LinkType.EN10MB.dlt();
    int comparisons = 0;
    List<String> unnamed = new ArrayList<>();
    for (String expr : Corpus.lines("/explain/bench-filters.txt")) {
      for (boolean optimize : new boolean[] {true, false}) {
        for (boolean jdump : new boolean[] {true, false}) {
          BpfProgram p = jdump ? FilterCompiler.compile(expr, dlt, 262144, optimize)
              : LIBPCAP.compile(expr, dlt, 262144, optimize);
          List<String> notes = Annotator.annotate(p, dlt);
          for (int pc = 0; pc < p.length(); pc++) {
            Insn i = p.get(pc);
            if ((i.code() & 0x07) != Bpf.JMP || (i.code() & 0xf0) == Bpf.JA) continue;
            comparisons++;
            if (notes.get(pc) == null) {
              unnamed.add((jdump ? "jdump" : "libpcap") + (optimize ? "" : " -O") + " '" + expr + "' pc " + pc);
            }
          }
        }
      }
    }
    System.out.printf("AnnotationsTest: %d comparisons of the bench filters, %d unnamed%n",
        comparisons, unnamed.size());
    assertTrue(unnamed.isEmpty(), String.join("\n", unnamed));
  }

  @Test
  void annotatorNamesNothingOnAnUnknownLinkType() throws IOException, Exception {
    BpfProgram p = LIBPCAP.compile("ip", LinkType.FDDI.dlt(), 262144, true);
    List<String> notes = Annotator.annotate(p, LinkType.FDDI.dlt());
    for (int pc = 0; pc < p.length(); pc++) {
      boolean ret = (p.get(pc).code() & 0x07) == Bpf.RET;
      assertEquals(ret, notes.get(pc) != null, "pc " + pc + ": " + notes.get(pc));
    }
  }
}
