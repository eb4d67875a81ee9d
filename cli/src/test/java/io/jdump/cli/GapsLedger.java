package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A side-by-side test's known differences from tcpdump and this run's results. The gaps file
 * lists each case allowed to differ, {@code case | differing lines at most | of lines | cause}:
 * a case not listed must not differ, a listed one must not grow, so that what is known passes
 * while it is being fixed and anything new fails. Every result goes into a report in the gaps
 * file's form, to update the file from ({@code print/tools/update-suite-gaps}).
 *
 * <p>One ledger per test instance: the dynamic tests may record from several threads.
 */
final class GapsLedger {
  private final Map<String, Integer> allowed;
  private final Map<String, SideBySide> results = new TreeMap<>();

  GapsLedger(Path gapsFile) throws IOException {
    Map<String, Integer> m = new TreeMap<>();
    for (String l : Files.readAllLines(gapsFile)) {
      if (l.isBlank() || l.startsWith("#")) continue;
      String[] parts = l.split("\\|");
      m.put(parts[0].strip(), Integer.parseInt(parts[1].strip()));
    }
    allowed = Map.copyOf(m);
  }

  /** Records {@code key}'s result, and fails when it differs more than the gaps file allows. */
  void check(String key, SideBySide r) {
    synchronized (results) {
      results.put(key, r);
    }
    Integer most = allowed.get(key);
    if (most == null && r.differing() > 0) {
      fail(key + ": " + r.differing() + " of " + r.total() + " lines differ; first at "
          + r.first());
    }
    if (most != null) {
      assertTrue(r.differing() <= most, () -> key + ": known gap grew from " + most
          + " to " + r.differing() + " lines; first at " + r.first());
    }
  }

  /**
   * Writes every result, then for each group ({@code group} of the key: a flag set, say) how
   * many cases were run and how many were identical, as comment lines.
   */
  void writeReport(Path file, Function<String, String> group) throws IOException {
    StringBuilder sb =
        new StringBuilder("# case | differing lines | of lines | first difference\n");
    Map<String, int[]> groups = new TreeMap<>();
    synchronized (results) {
      results.forEach((k, r) -> {
        sb.append(k).append(" | ").append(r.differing()).append(" | of ").append(r.total());
        if (r.first() != null) sb.append(" | ").append(r.first().replace('\n', ' '));
        sb.append('\n');
        int[] counts = groups.computeIfAbsent(group.apply(k), g -> new int[2]);
        counts[0]++;
        if (r.differing() == 0) counts[1]++;
      });
    }
    groups.forEach((g, c) -> sb.append("# ").append(g).append(": ").append(c[0])
        .append(" cases, ").append(c[1]).append(" identical, ").append(c[0] - c[1])
        .append(" differing\n"));
    Files.createDirectories(file.getParent());
    Files.writeString(file, sb, StandardCharsets.UTF_8);
  }
}
