package io.jdump.capture.live;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What tcpdump prints on stderr when asked to capture, up to its "listening on" line. */
final class TcpdumpSays {
  private TcpdumpSays() {}

  /**
   * Runs {@code tcpdump ARGS -Z root -w /dev/null} until it listens or fails; {@return its
   * stderr with the {@code "tcpdump: "} prefixes taken off}, lines joined by newlines.
   */
  static String opening(List<String> args) throws IOException {
    var cmd = new ArrayList<>(List.of("tcpdump"));
    cmd.addAll(args);
    cmd.addAll(List.of("-Z", "root", "-w", "/dev/null"));
    return firstLines(cmd);
  }

  /** Like {@link #opening} with a command line of one's own (setpriv in front, say). */
  static String firstLines(List<String> cmd) throws IOException {
    Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    var lines = new ArrayList<String>();
    try (var r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        lines.add(line.startsWith("tcpdump: ") ? line.substring(9) : line);
        if (line.contains("listening on")) break;
      }
    } finally {
      p.destroy();
      try {
        if (!p.waitFor(20, TimeUnit.SECONDS)) p.destroyForcibly();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return String.join("\n", lines);
  }
}
