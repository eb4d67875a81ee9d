package io.jdump.cli;

import io.jdump.print.GoldenComparison;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One command line run by tcpdump and by the jdump command (in-process), and how far they
 * differ: standard output line for line (cut into packets by {@code -#}), then the exit status
 * and the error lines, one line each. A capture tcpdump gives up on part way shows as both: the
 * packets jdump printed past that point, and tcpdump's status and message.
 *
 * @param differing lines that differ (status and errors count one each)
 * @param total lines compared, status and errors included
 * @param first the first difference, or null when there is none
 */
record SideBySide(int differing, int total, String first) {
  /** {@return tcpdump's and jdump's runs of {@code argv} compared} */
  static SideBySide run(String... argv) {
    return run(Map.of(), argv);
  }

  /** {@return the runs of {@code argv} compared}, tcpdump's with these environment variables */
  static SideBySide run(Map<String, String> env, String... argv) {
    Outcome want = Tcpdump.runWithEnv(env, argv);
    Outcome got = Jdump.run(argv);
    // ISO-8859-1 maps every byte to one char: a packet's raw bytes (-A) compare as they are.
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
    return new SideBySide(differing, r.total() + 2, first);
  }

  /** {@return the error lines (those naming the program), the name taken off} */
  private static List<String> errors(Outcome o, String program) {
    return o.errLines().stream().filter(l -> l.startsWith(program + ": "))
        .map(l -> l.substring(program.length() + 2)).toList();
  }
}
