package io.jdump.filter.diff;

import io.jdump.filter.TestResources;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads the harness's data files under {@code src/test/resources/diff}. */
final class ExpressionFiles {
  private ExpressionFiles() {}

  /** {@return the non-blank lines of a resource, '#' comment lines dropped, in file order} */
  static List<String> lines(String name) {
    return TestResources.lines("/diff/" + name);
  }

  /** An expression with no operator or parenthesis: an atom for the generator. */
  static boolean isPrimitive(String expr) {
    return !Pattern.compile("\\b(and|or|not)\\b|&&|\\|\\||!|\\(").matcher(expr).find();
  }

  /** The expressions jdump is allowed to fail on cleanly; see {@code not-yet.txt}. */
  record NotYet(List<Pattern> patterns, List<String> exact) {
    static NotYet load() {
      List<Pattern> patterns = new ArrayList<>();
      List<String> exact = new ArrayList<>();
      for (String line : lines("not-yet.txt")) {
        if (line.startsWith("=")) exact.add(line.substring(1).strip());
        else patterns.add(Pattern.compile(line));
      }
      return new NotYet(List.copyOf(patterns), List.copyOf(exact));
    }

    boolean covers(String expr) {
      if (exact.contains(expr)) return true;
      for (Pattern p : patterns) if (p.matcher(expr).find()) return true;
      return false;
    }
  }
}
