package io.jdump.filter.explain;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the installed tcpdump over many (link type, expression) cases from one shell. */
final class Tcpdump {
  private Tcpdump() {}

  private static final String END = "--jdump-explain-case-end--";

  record Case(String dlt, String expr) {}

  /** {@return tcpdump's stdout per case with {@code flags}, or null where tcpdump refused it} */
  static List<String> run(List<Case> cases, String flags) throws IOException, InterruptedException {
    Path input = Files.createTempFile("jdump-explain", ".tsv");
    try {
      var sb = new StringBuilder();
      for (Case c : cases) sb.append(c.dlt()).append('\t').append(c.expr()).append('\n');
      Files.writeString(input, sb);
      String script = "while IFS=\"$(printf '\\t')\" read -r dlt expr; do "
          + "tcpdump " + flags + " -y \"$dlt\" -- \"$expr\" 2>/dev/null || echo refused; "
          + "echo " + END + "; done < \"$1\"";
      Process p = new ProcessBuilder("sh", "-c", script, "sh", input.toString())
          .redirectError(ProcessBuilder.Redirect.INHERIT).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) throw new IOException("the tcpdump loop failed");
      List<String> results = new ArrayList<>();
      for (String part : out.split(END + "\n", -1)) results.add(part.endsWith("refused\n") ? null : part);
      results.remove(results.size() - 1);
      if (results.size() != cases.size()) throw new IOException("one output per case expected");
      return results;
    } finally {
      Files.deleteIfExists(input);
    }
  }
}
