package io.jdump.filter.explain;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.LinkType;
import io.jdump.bpf.Listing;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The annotated listing is tcpdump's {@code -d} listing, line for line, with annotations
 * added: tcpdump prints the program ({@code -ddd}) and its listing ({@code -d}); the
 * annotator's lines for that program, annotations stripped, are tcpdump's lines. Over the
 * bench filters and every fourth expression of the diff corpus, on the link types of issue 3,
 * optimized and not.
 */
class ListingMatchesTcpdumpTest {
  /** What an annotation adds to a line: spaces, then "; " and the words. */
  private static final Pattern ANNOTATION = Pattern.compile(" +; \\S.*");

  @Test
  void annotatedLinesAreTcpdumpLinesWithAnnotationsAdded() throws Exception {
    List<String> exprs = new ArrayList<>(Corpus.lines("/explain/bench-filters.txt"));
    List<String> corpus = Corpus.diffCorpus();
    for (int i = 0; i < corpus.size(); i += 4) exprs.add(corpus.get(i));
    List<Tcpdump.Case> cases = new ArrayList<>();
    for (LinkType t : Corpus.LINK_TYPES) {
      for (String e : exprs) cases.add(new Tcpdump.Case(t.name(), e));
    }
    int programs = 0;
    int lines = 0;
    int annotated = 0;
    List<String> failures = new ArrayList<>();
    for (String opt : new String[] {"", "-O "}) {
      List<String> ddd = Tcpdump.run(cases, opt + "-ddd");
      List<String> d = Tcpdump.run(cases, opt + "-d");
      for (int c = 0; c < cases.size(); c++) {
        if (ddd.get(c) == null) continue;
        BpfProgram p = Listing.parseDdd(ddd.get(c));
        int dlt = LinkType.forName(cases.get(c).dlt()).orElseThrow().dlt();
        List<String> mine = Annotator.listing(p, dlt);
        String[] theirs = d.get(c).split("\n");
        programs++;
        if (theirs.length != mine.size()) {
          failures.add(cases.get(c) + ": " + mine.size() + " lines, tcpdump " + theirs.length);
          continue;
        }
        for (int i = 0; i < theirs.length; i++) {
          String m = mine.get(i);
          lines++;
          if (m.equals(theirs[i])) continue;
          annotated++;
          if (!m.startsWith(theirs[i]) || !ANNOTATION.matcher(m.substring(theirs[i].length())).matches()) {
            failures.add(opt + cases.get(c) + ":\n  " + m + "\n  " + theirs[i]);
          }
        }
      }
    }
    System.out.printf("ListingMatchesTcpdumpTest: %d programs, %d lines equal to tcpdump -d, %d annotated%n",
        programs, lines, annotated);
    assertTrue(failures.isEmpty(), failures.size() + " differ:\n"
        + String.join("\n", failures.subList(0, Math.min(5, failures.size()))));
    assertTrue(programs > 1500, "only " + programs + " programs");
  }
}
