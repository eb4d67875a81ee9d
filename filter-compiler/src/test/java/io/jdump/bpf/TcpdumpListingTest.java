package io.jdump.bpf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.bpf.oracle.Libpcap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * For each (link type, expression) pair in {@code listing-cases.tsv}, tcpdump prints the
 * program with {@code -d}, {@code -dd} and {@code -ddd -y DLT EXPR}; jdump reads the -ddd text
 * back and must print all three byte for byte. libpcap's compiler (the oracle) must produce the
 * same program, so the listing is known to come from the same instructions.
 */
class TcpdumpListingTest {
  private static final String END = "@@jdump-end@@";
  private static final ListingFormat[] FORMATS = {ListingFormat.D, ListingFormat.DD, ListingFormat.DDD};

  record Case(String dlt, String expr) {}

  @Test
  void listingsMatchTcpdumpByteForByte() throws Exception {
    List<Case> cases = cases();
    Map<ListingFormat, List<String>> outputs = new java.util.EnumMap<>(ListingFormat.class);
    for (ListingFormat f : FORMATS) outputs.put(f, tcpdump(cases, "-" + "d".repeat(f.ordinal() + 1)));
    Libpcap libpcap = Libpcap.load();
    int instructions = 0;
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      String where = c.dlt + " '" + c.expr + "'";
      BpfProgram program = Listing.parseDdd(outputs.get(ListingFormat.DDD).get(i));
      int dlt = LinkType.forName(c.dlt).orElseThrow().dlt();
      assertEquals(libpcap.compile(c.expr, dlt, 262144, true), program, "libpcap's program differs for " + where);
      for (ListingFormat f : FORMATS) {
        assertEquals(outputs.get(f).get(i), Listing.format(program, f), f + " listing of " + where);
      }
      instructions += program.length();
    }
    System.out.printf("TcpdumpListingTest: %d expressions x 3 listings (%d instructions) equal tcpdump's%n",
        cases.size(), instructions);
    assertTrue(cases.size() >= 150);
  }

  private static List<Case> cases() throws IOException {
    try (InputStream in = Objects.requireNonNull(TcpdumpListingTest.class.getResourceAsStream("listing-cases.tsv"))) {
      List<Case> cases = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t", 2);
        cases.add(new Case(f[0], f[1]));
      }
      return cases;
    }
  }

  /** Runs tcpdump once per case from one shell, and returns each case's stdout. */
  private static List<String> tcpdump(List<Case> cases, String flag) throws IOException, InterruptedException {
    Path input = Files.createTempFile("jdump-listing", ".tsv");
    try {
      var sb = new StringBuilder();
      for (Case c : cases) sb.append(c.dlt).append('\t').append(c.expr).append('\n');
      Files.writeString(input, sb);
      String script = "while IFS=\"$(printf '\\t')\" read -r dlt expr; do "
          + "tcpdump " + flag + " -y \"$dlt\" -- \"$expr\" 2>/dev/null || echo \"tcpdump failed: $?\"; "
          + "echo " + END + "; done < \"$1\"";
      Process p = new ProcessBuilder("sh", "-c", script, "sh", input.toString())
          .redirectError(ProcessBuilder.Redirect.INHERIT).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, p.waitFor(), "the tcpdump loop failed");
      List<String> results = new ArrayList<>();
      for (String part : out.split(END + "\n", -1)) results.add(part);
      results.remove(results.size() - 1); // after the last marker
      assertEquals(cases.size(), results.size(), "one output per case");
      for (int i = 0; i < results.size(); i++) {
        assertTrue(!results.get(i).contains("tcpdump failed"), cases.get(i) + ": " + results.get(i));
      }
      return results;
    } finally {
      Files.deleteIfExists(input);
    }
  }
}
