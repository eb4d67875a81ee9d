package io.jdump.print;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares tcpdump's output with the printer's, packet by packet. Both are made with
 * {@code -#}, whose "%5u  " prefix on each packet's first line lets the expected text be cut
 * into packets even when a packet prints several lines ({@code -v}, {@code -X}, {@code -A}).
 */
public final class GoldenComparison {
  /** Lines compared (the longer side of each packet) and lines that differ. */
  public record Result(int total, int differing, String firstDifference) {}

  private GoldenComparison() {}

  /** Compares two outputs made with {@code -#}, both cut into packets by their numbers. */
  public static Result compareText(String expected, String got) {
    List<String> gotPackets = splitPackets(got, 0);
    return compare(expected, gotPackets);
  }

  static Result compare(String expected, List<String> gotPackets) {
    List<String> exp = splitPackets(expected, gotPackets.size());
    int total = 0, differing = 0;
    String first = null;
    for (int i = 0; i < Math.max(exp.size(), gotPackets.size()); i++) {
      String[] e = i < exp.size() ? lines(exp.get(i)) : new String[0];
      String[] g = i < gotPackets.size() ? lines(gotPackets.get(i)) : new String[0];
      int n = Math.max(e.length, g.length);
      total += n;
      for (int j = 0; j < n; j++) {
        String a = j < e.length ? e[j] : null;
        String b = j < g.length ? g[j] : null;
        if (a == null || !a.equals(b)) {
          differing++;
          if (first == null) first = "packet " + (i + 1) + "\n  tcpdump: " + a + "\n  jdump:   " + b;
        }
      }
    }
    return new Result(total, differing, first);
  }

  private static String[] lines(String block) {
    String s = block.endsWith("\n") ? block.substring(0, block.length() - 1) : block;
    return s.split("\n", -1);
  }

  /** Cuts tcpdump's output at the lines that start with the next packet's number. */
  static List<String> splitPackets(String text, int expectedCount) {
    List<String> out = new ArrayList<>();
    String[] ls = text.split("\n", -1);
    StringBuilder cur = null;
    int next = 1;
    for (int i = 0; i < ls.length; i++) {
      String l = ls[i];
      if (i == ls.length - 1 && l.isEmpty()) break;
      if (l.startsWith(numberPrefix(next))) {
        if (cur != null) out.add(cur.toString());
        cur = new StringBuilder();
        next++;
      }
      if (cur == null) cur = new StringBuilder();
      cur.append(l).append('\n');
    }
    if (cur != null) out.add(cur.toString());
    return out;
  }

  private static String numberPrefix(int n) {
    String s = Integer.toString(n);
    return " ".repeat(Math.max(0, 5 - s.length())) + s + "  ";
  }
}
