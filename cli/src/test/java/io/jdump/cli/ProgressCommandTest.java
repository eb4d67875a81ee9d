package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the progress line shows: a file written from a file, on a terminal, not turned off. */
class ProgressCommandTest {
  @TempDir
  Path dir;

  /** A clock that moves a second each time it is read: every update redraws. */
  private static LongSupplier fastClock() {
    long[] now = {0};
    return () -> now[0] += 1_000_000_000L;
  }

  private Outcome run(boolean terminal, byte[] stdin, String... args) {
    return Jdump.run(stdin, terminal, fastClock(), args);
  }

  @Test
  void aFileWrittenFromAFileOnATerminalShowsTheLineThenErasesIt() throws IOException {
    Path in = new PcapMaker(1).write(dir.resolve("in.pcap"), 5000);
    Outcome o = run(true, new byte[0], "-r", in.toString(), "-w", dir.resolve("out.pcap").toString());
    assertEquals(0, o.status(), o::toString);
    String err = o.stderr();
    assertTrue(err.startsWith("reading from file " + in + ", link-type EN10MB (Ethernet), snapshot length 262144\n"));
    assertTrue(err.contains("\r\033[K4,096 read, 4,096 kept, "), err);
    assertTrue(err.contains("%), "), "percent of the input");
    assertTrue(err.endsWith("\r\033[K"), "erased at the end");
  }

  @Test
  void nothingOfItAppearsOffATerminalWithNoProgressOrWithPipes() throws IOException {
    Path in = new PcapMaker(2).write(dir.resolve("in.pcap"), 5000);
    byte[] bytes = Files.readAllBytes(in);
    String out = dir.resolve("out.pcap").toString();
    String reading = "reading from file " + in + ", link-type EN10MB (Ethernet), snapshot length 262144\n";
    assertEquals(reading, run(false, new byte[0], "-r", in.toString(), "-w", out).stderr());
    assertEquals(reading, run(true, new byte[0], "--no-progress", "-r", in.toString(), "-w", out).stderr());
    assertEquals(reading, run(true, new byte[0], "-r", in.toString(), "-w", "-").stderr());
    assertEquals(reading.replace(in.toString(), "-"), run(true, bytes, "-r", "-", "-w", out).stderr());
    assertEquals(reading, run(true, new byte[0], "-r", in.toString()).stderr(), "printing shows no line");
  }
}
