package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.jdump.print.GoldenComparison;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * tcpdump's own regression suite as the oracle's test: every case of its TESTLIST (capture and
 * flags) and every capture of it again with no flag, {@code -vv}, {@code -e} and
 * {@code -X -vvv}, run by the
 * jdump command and by tcpdump 4.99 ({@code -# -n -r}), standard output line for line, exit
 * status and error messages. These captures were made by others, on networks and with fuzzers
 * this project never saw: the closest thing to a user's own files. A case may differ only as
 * much as tcpdump-suite-gaps.txt says, with its cause; the table of all results is written to
 * target/tcpdump-suite-report.txt (in the gaps file's form, to update it).
 */
class TcpdumpSuiteTest {
  private static final Path GAPS = Path.of("src/test/resources/print/tcpdump-suite-gaps.txt");
  /**
   * Besides TESTLIST's: none, the decoders' verbose paths with link headers, and -X -vvv, where a
   * decoder that long-jumps on a cut field (tcpdump's GET macros) and one that returns (its
   * trunc labels) dump the frame from different bytes.
   */
  private static final List<String> EVERY_CAPTURE_FLAGS = List.of("", "-vv", "-e", "-X -vvv");
  private static final Map<String, String> REPORT = new TreeMap<>();

  /** A run to compare: its key in the gaps file, capture and flags. */
  private record Run(String key, String capture, List<String> flags) {}

  @TestFactory
  Stream<DynamicTest> printsWhatTcpdumpPrintsOnItsOwnCaptures() throws Exception {
    Path dir = TcpdumpSuite.directory();
    List<Run> runs = new ArrayList<>();
    for (TcpdumpSuite.Case c : TcpdumpSuite.cases(dir)) {
      runs.add(new Run(c.name(), c.capture(), c.flags()));
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<String> captures = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".pcap") || n.endsWith(".pcapng")).sorted().toList();
      for (String capture : captures) {
        for (String flags : EVERY_CAPTURE_FLAGS) {
          List<String> words = flags.isEmpty() ? List.of() : List.of(flags.split(" "));
          runs.add(new Run(capture + " " + (flags.isEmpty() ? "-" : flags), capture, words));
        }
      }
    }
    Map<String, Integer> gaps = gaps();
    return runs.stream().map(r -> DynamicTest.dynamicTest(r.key(),
        () -> assertTimeoutPreemptively(Duration.ofSeconds(120), () -> check(dir, r, gaps))));
  }

  private static void check(Path dir, Run run, Map<String, Integer> gaps) {
    List<String> args = new ArrayList<>(List.of("-#", "-n", "-r",
        dir.resolve(run.capture()).toString()));
    args.addAll(run.flags());
    String[] argv = args.toArray(String[]::new);
    Outcome want = Tcpdump.run(argv);
    Outcome got = Jdump.run(argv);
    GoldenComparison.Result r = GoldenComparison.compareText(
        new String(want.stdout(), StandardCharsets.ISO_8859_1),
        new String(got.stdout(), StandardCharsets.ISO_8859_1));
    int differing = r.differing();
    String first = r.firstDifference();
    if (want.status() != got.status()) {
      differing++;
      first = "exit status: tcpdump " + want.status() + ", jdump " + got.status()
          + (first == null ? "" : "; " + first);
    }
    List<String> wantErrors = errors(want, "tcpdump");
    List<String> gotErrors = errors(got, "jdump");
    if (!wantErrors.equals(gotErrors)) {
      differing++;
      if (first == null) first = "errors: tcpdump " + wantErrors + ", jdump " + gotErrors;
    }
    synchronized (REPORT) {
      REPORT.put(run.key(), differing + " | of " + (r.total() + 2)
          + (first == null ? "" : " | " + first.replace('\n', ' ')));
    }
    Integer allowed = gaps.get(run.key());
    String why = first;
    int found = differing;
    if (allowed == null && differing > 0) {
      fail(run.key() + ": " + differing + " of " + r.total() + " lines differ; first at " + why);
    }
    if (allowed != null) {
      assertTrue(found <= allowed, () -> run.key() + ": known gap grew from " + allowed
          + " to " + found + " lines; first at " + why);
    }
  }

  /** {@return the error lines (those naming the program), the name taken off} */
  private static List<String> errors(Outcome o, String program) {
    return o.errLines().stream().filter(l -> l.startsWith(program + ": "))
        .map(l -> l.substring(program.length() + 2)).toList();
  }

  private static Map<String, Integer> gaps() throws IOException {
    Map<String, Integer> m = new TreeMap<>();
    for (String l : Files.readAllLines(GAPS)) {
      if (l.isBlank() || l.startsWith("#")) continue;
      String[] parts = l.split("\\|");
      m.put(parts[0].strip(), Integer.parseInt(parts[1].strip()));
    }
    return m;
  }

  @AfterAll
  static void writeReport() throws IOException {
    StringBuilder sb = new StringBuilder("# case | differing lines | of lines | first difference\n");
    synchronized (REPORT) {
      REPORT.forEach((k, v) -> sb.append(k).append(" | ").append(v).append('\n'));
    }
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/tcpdump-suite-report.txt"), sb, StandardCharsets.UTF_8);
  }
}
