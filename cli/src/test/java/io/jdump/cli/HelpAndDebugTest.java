package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** -h, --version and --debug, shaped as tcpdump's: version lines, usage, status. */
class HelpAndDebugTest {
  @TempDir
  Path dir;

  @Test
  void helpPrintsVersionLinesAndUsageOnStandardOutputWithStatusZeroAsTcpdump() {
    for (String flag : new String[] {"-h", "--help"}) {
      Outcome jdump = Jdump.run(flag);
      Outcome tcpdump = Tcpdump.run(flag);
      assertEquals(tcpdump.status(), jdump.status());
      assertEquals("", jdump.stderr());
      assertTrue(jdump.out().startsWith("jdump version "));
      assertTrue(jdump.out().contains("\nUsage: jdump [-AbdDefhHIJKlLnNOpqStuUvxX#] [ -B size ] [ -c count ] [--count]"), jdump.out());
      assertTrue(tcpdump.out().contains("\nUsage: tcpdump "), "the oracle's shape");
      for (String option : new String[] {"[ -E algo:secret ]", "[ -M secret ]", "[ -T type ]",
          "[ -C file_size ]", "[ -z postrotate-command ]"}) {
        assertTrue(tcpdump.out().contains(option), "tcpdump's usage names " + option);
        assertTrue(jdump.out().contains(option), "jdump's usage names " + option);
      }
    }
  }

  @Test
  void versionPrintsJdumpsTheRuntimesAndLibpcapsVersion() {
    Outcome jdump = Jdump.run("--version");
    assertEquals(0, jdump.status());
    var lines = jdump.out().lines().toList();
    assertTrue(lines.get(0).matches("jdump version \\S+"), lines.get(0));
    String libpcap = Tcpdump.run("--version").out().lines().filter(l -> l.startsWith("libpcap version"))
        .findFirst().orElseThrow();
    assertEquals(libpcap, lines.get(1), "the installed libpcap, as tcpdump shows it");
    assertTrue(lines.get(2).contains(System.getProperty("java.runtime.version")));
  }

  @Test
  void aStackTraceOnlyWithDebug() throws IOException {
    byte[] cut = Arrays.copyOf(new PcapMaker(1).bytes(5), 60);
    String in = java.nio.file.Files.write(dir.resolve("cut.pcap"), cut).toString();
    Outcome plain = Jdump.run("-r", in);
    Outcome debug = Jdump.run("--debug", "-r", in);
    assertEquals(1, plain.status());
    assertEquals(1, debug.status());
    assertTrue(!plain.stderr().contains("\tat "), plain.stderr());
    assertTrue(debug.stderr().contains("\tat io.jdump."), debug.stderr());
    assertEquals(plain.errLines().get(1), debug.errLines().get(1), "the same words first");
  }
}
