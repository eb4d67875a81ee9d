package io.jdump.filter.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Listing;
import io.jdump.bpf.ListingFormat;
import io.jdump.bpf.oracle.Libpcap;
import io.jdump.filter.FilterCompiler;
import io.jdump.filter.FilterException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every expression of libpcap's own filter test suite (testprogs/TESTrun, extracted into
 * {@code diff/libpcap-testrun.txt}) on the link type, snaplen and netmask TESTrun gives it,
 * compiled by libpcap 1.10.3 and by jdump, optimized and with {@code -O}: both must refuse
 * with the same message, or both must produce the same program. TESTrun's expected listings
 * are not used: they come from libpcap master, while jdump answers to the installed 1.10.3.
 *
 * <p>Besides failing on any difference, the test prints a table per link type and writes every
 * difference, with both listings, to {@code target/libpcap-testrun-report.txt}: link types are
 * being added to the compiler while this corpus runs, so the table is the to-do list.
 */
class LibpcapTestrunCorpusTest {
  private static final String RESOURCE = "/diff/libpcap-testrun.txt";
  /** filtertest's default snaplen, which TESTrun's listings return ({@code ret #262144}). */
  private static final int DEFAULT_SNAPLEN = 262144;
  /** How many differences the console shows in full; the report file has them all. */
  private static final int SHOWN = 25;

  record Case(int line, String dltName, int snaplen, int netmask, String expr) {}

  /** What one compiler made of one case: a program, or the message it refused with. */
  record Outcome(BpfProgram program, String refusal) {
    String describe() {
      return program != null ? Listing.format(program, ListingFormat.D) : "refused: " + refusal;
    }
  }

  /** Counts for one link type; compiles are counted, two per case (optimized and -O). */
  static final class Row {
    int cases;
    int equal;
    int refusedAlike;
    int differ;
    /** Cause of a difference -> [count, first expression], in order of first appearance. */
    final Map<String, Object[]> causes = new LinkedHashMap<>();
  }

  @Test
  void jdumpCompilesLibpcapsOwnTestSuiteAsLibpcapDoes() throws IOException {
    Libpcap libpcap = Libpcap.load();
    List<Case> cases = read();
    Map<String, Row> rows = new TreeMap<>();
    // Names TESTrun knows (libpcap master) that 1.10.3's pcap_datalink_name_to_val does not:
    // tcpdump -y refuses those before compiling anything, so there is nothing to compare.
    Map<String, Integer> unknownDlt = new TreeMap<>();
    StringBuilder report = new StringBuilder();
    int differ = 0;
    int shown = 0;
    for (Case c : cases) {
      int dlt = libpcap.datalinkValue(c.dltName());
      if (dlt < 0) {
        unknownDlt.merge(c.dltName(), 1, Integer::sum);
        continue;
      }
      Row row = rows.computeIfAbsent(c.dltName(), k -> new Row());
      row.cases++;
      for (boolean optimize : new boolean[] {true, false}) {
        Outcome theirs = libpcap(libpcap, c, dlt, optimize);
        Outcome ours = jdump(c, dlt, optimize);
        if (theirs.program() != null && theirs.program().equals(ours.program())) {
          row.equal++;
          continue;
        }
        if (theirs.refusal() != null && theirs.refusal().equals(ours.refusal())) {
          row.refusedAlike++;
          continue;
        }
        row.differ++;
        differ++;
        String cause = cause(theirs, ours);
        Object[] seen = row.causes.computeIfAbsent(cause, k -> new Object[] {0, c.expr()});
        seen[0] = (Integer) seen[0] + 1;
        String detail = String.format("%s (line %d) %s snaplen %d netmask 0x%08x: %s%n"
                + "  cause: %s%n--- libpcap 1.10.3%n%s%n--- jdump%n%s%n",
            optimize ? "opt" : "-O", c.line(), c.dltName(), c.snaplen(), c.netmask(),
            c.expr().isEmpty() ? "(empty)" : c.expr(), cause, theirs.describe(), ours.describe());
        report.append(detail).append('\n');
        if (shown++ < SHOWN) System.out.println(detail);
      }
    }

    StringBuilder table = new StringBuilder(String.format(
        "libpcap TESTrun corpus (%s): %d cases%n%-26s %6s %7s %8s %7s%n", libpcap.version(),
        cases.size(), "DLT", "cases", "equal", "refused", "differ"));
    int[] total = new int[4];
    rows.forEach((name, r) -> {
      table.append(String.format("%-26s %6d %7d %8d %7d%n", name, r.cases, r.equal,
          r.refusedAlike, r.differ));
      total[0] += r.cases;
      total[1] += r.equal;
      total[2] += r.refusedAlike;
      total[3] += r.differ;
    });
    table.append(String.format("%-26s %6d %7d %8d %7d%n", "total (compiles = 2 x cases)",
        total[0], total[1], total[2], total[3]));
    if (!unknownDlt.isEmpty()) {
      table.append("not compared, DLT name unknown to libpcap ").append(libpcap.version())
          .append(": ").append(unknownDlt).append('\n');
    }
    StringBuilder causes = new StringBuilder("differences by link type and cause:\n");
    rows.forEach((name, r) -> r.causes.forEach((cause, seen) -> causes.append(String.format(
        "  %-24s %5d  %s   e.g. %s%n", name, (Integer) seen[0], cause, seen[1]))));
    System.out.print(table);
    if (differ > 0) System.out.print(causes);

    Path out = Path.of("target", "libpcap-testrun-report.txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, table + "\n" + causes + "\n" + report);

    assertEquals(0, differ, differ + " of " + 2 * total[0]
        + " compiles differ from libpcap; see the table above and " + out.toAbsolutePath());
  }

  private static Outcome libpcap(Libpcap libpcap, Case c, int dlt, boolean optimize) {
    try {
      return new Outcome(libpcap.compile(c.expr(), dlt, c.snaplen(), optimize, c.netmask()), null);
    } catch (Libpcap.CompileError e) {
      return new Outcome(null, e.getMessage());
    }
  }

  private static Outcome jdump(Case c, int dlt, boolean optimize) {
    try {
      return new Outcome(
          FilterCompiler.compile(c.expr(), dlt, c.snaplen(), optimize, c.netmask()), null);
    } catch (FilterException e) {
      return new Outcome(null, e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      // A crash is a difference like any other; keep going so the table stays complete.
      return new Outcome(null, "jdump threw " + e);
    }
  }

  /** One line saying which way the two compilers disagree, to group differences by. */
  private static String cause(Outcome theirs, Outcome ours) {
    if (theirs.program() != null && ours.program() != null) {
      return "programs differ (" + theirs.program().length() + " vs " + ours.program().length()
          + " insns)";
    }
    if (theirs.program() != null) return "jdump refuses: " + ours.refusal();
    if (ours.program() != null) return "libpcap refuses, jdump compiles: " + theirs.refusal();
    return "messages differ: libpcap \"" + theirs.refusal() + "\", jdump \"" + ours.refusal()
        + "\"";
  }

  /**
   * Reads the corpus: tab-separated DLT name, snaplen, netmask, expression, with "-" for
   * TESTrun's default. Lines are not stripped, since the empty expression is a case too.
   */
  private static List<Case> read() {
    InputStream in = LibpcapTestrunCorpusTest.class.getResourceAsStream(RESOURCE);
    if (in == null) throw new IllegalStateException("missing test resource " + RESOURCE);
    List<Case> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t", -1);
        if (f.length != 4) throw new IllegalStateException(RESOURCE + ":" + n + ": not 4 fields");
        int snaplen = f[1].equals("-") ? DEFAULT_SNAPLEN : Integer.parseInt(f[1]);
        int netmask = f[2].equals("-") ? Libpcap.NETMASK_UNKNOWN : dottedQuad(f[2]);
        out.add(new Case(n, f[0], snaplen, netmask, f[3]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** filtertest's {@code -m} takes a dotted quad; pcap_compile wants it in host order. */
  private static int dottedQuad(String s) {
    String[] p = s.split("\\.");
    if (p.length != 4) throw new IllegalArgumentException("netmask " + s);
    int v = 0;
    for (String octet : p) v = (v << 8) | Integer.parseInt(octet);
    return v;
  }
}
