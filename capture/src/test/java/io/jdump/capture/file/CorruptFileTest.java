package io.jdump.capture.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.capture.CaptureFileException;
import io.jdump.capture.Packet;
import io.jdump.capture.PacketSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every corruption libpcap checks for: jdump delivers the packets before it, then fails with
 * libpcap's words, as tcpdump (run on the same file) does; never an unchecked exception, and
 * never a buffer sized by a corrupt length.
 */
class CorruptFileTest {
  @TempDir static Path dir;
  static byte[] base;

  @BeforeAll
  static void makeBase() throws IOException {
    // Seed 11: its first frame (1,432 bytes) is longer than the snap length cases' 150 bytes.
    base = Files.readAllBytes(Oracles.genPcap(dir, 5, 11, 0));
  }

  static Stream<CorruptFiles.Case> cases() throws IOException {
    if (base == null) makeBase();
    return CorruptFiles.all(base).stream();
  }

  /** What a reader did with a file: the packets it gave, then its error (null at a clean end). */
  record Outcome(List<Frame> packets, boolean atOpen, String error) {}

  private static Outcome jdump(PacketSource in) {
    var packets = new ArrayList<Frame>();
    var p = new Packet();
    try {
      while (in.next(p)) packets.add(Frame.of(p));
      return new Outcome(packets, false, null);
    } catch (CaptureFileException e) {
      return new Outcome(packets, false, e.getMessage());
    } catch (IOException e) {
      throw new AssertionError("not a CaptureFileException", e);
    } finally {
      int capacity = capacity(in);
      assertTrue(capacity <= ByteInput.DEFAULT_CAPACITY, "buffer grew to " + capacity);
    }
  }

  private static int capacity(PacketSource in) {
    if (in instanceof PcapReader r) return r.bufferCapacity();
    if (in instanceof PcapngReader r) return r.bufferCapacity();
    throw new AssertionError(in.getClass());
  }

  private static Outcome jdump(Path f) throws IOException {
    PacketSource in;
    try {
      in = CaptureFiles.open(f);
    } catch (CaptureFileException e) {
      return new Outcome(List.of(), true, e.getMessage());
    }
    try (in) {
      return jdump(in);
    }
  }

  /** tcpdump's outcome: the packets it writes with -w -, and its last line of standard error. */
  private static Outcome tcpdump(Path f) {
    var run = Oracles.run(List.of("tcpdump", "--time-stamp-precision=nano", "-r", f.toString(), "-w", "-"));
    List<Frame> packets = run.stdout().length == 0 ? List.of() : Oracles.parsePcap(run.stdout());
    String[] lines = run.stderr().strip().split("\n");
    String last = lines[lines.length - 1];
    if (!last.startsWith("tcpdump: ")) {
      assertEquals(0, run.status(), run.stderr());
      return new Outcome(packets, false, null);
    }
    assertEquals(1, run.status(), "tcpdump's exit status on an error");
    String message = last.substring("tcpdump: ".length());
    boolean inLoop = message.startsWith("pcap_loop: ");
    return new Outcome(packets, !inLoop, inLoop ? message.substring("pcap_loop: ".length()) : message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void failsAfterThePacketsBeforeTheCorruptionAsTcpdumpDoes(CorruptFiles.Case c) throws IOException {
    Path f = dir.resolve(c.name());
    Files.write(f, c.bytes());
    Outcome jdump = jdump(f);
    Outcome tcpdump = tcpdump(f);
    assertEquals(c.message(), jdump.error());
    assertEquals(c.atOpen(), jdump.atOpen());
    assertEquals(c.packetsBefore(), jdump.packets().size());
    assertEquals(tcpdump, jdump);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void failsTheSameOnAStream(CorruptFiles.Case c) throws IOException {
    PacketSource in;
    try {
      in = CaptureFiles.open(new PcapReaderTest.Dribble(new ByteArrayInputStream(c.bytes()), 3));
    } catch (CaptureFileException e) {
      assertEquals(c.message(), e.getMessage());
      assertTrue(c.atOpen());
      return;
    }
    try (in) {
      Outcome o = jdump(in);
      assertEquals(c.message(), o.error());
      assertEquals(c.packetsBefore(), o.packets().size());
    }
  }

  @Test
  void reportsAMissingFileInLibpcapsWords() {
    var e = assertThrows(CaptureFileException.class, () -> CaptureFiles.open(dir.resolve("none.pcap")));
    assertEquals(dir.resolve("none.pcap") + ": No such file or directory", e.getMessage());
    var d = assertThrows(CaptureFileException.class, () -> CaptureFiles.open(dir));
    assertEquals("error reading dump file: Is a directory", d.getMessage());
  }
}
