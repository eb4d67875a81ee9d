package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that cannot be written or read, other than the capture: tcpdump's words and status. */
class FileErrorsTest {
  @TempDir
  Path dir;

  private void sameAsTcpdump(String... args) {
    Outcome tcpdump = Tcpdump.run(args);
    Outcome jdump = Jdump.run(args);
    assertEquals(tcpdump.errorsWithoutName("tcpdump"), jdump.errorsWithoutName("jdump"), List.of(args)::toString);
    assertEquals(tcpdump.status(), jdump.status());
    assertEquals(1, jdump.status());
  }

  @Test
  void unwritableOutputsAreRefusedAfterTheInputIsOpened() throws IOException {
    String in = new PcapMaker(1).write(dir.resolve("in.pcap"), 10).toString();
    Files.createDirectories(dir.resolve("sub"));
    sameAsTcpdump("-r", in, "-w", dir.resolve("missing/x.pcap").toString());
    sameAsTcpdump("-r", in, "-w", dir.resolve("sub").toString());
  }

  @Test
  void unreadableFilterFilesAreRefusedAsTcpdumpRefusesThem() throws IOException {
    String in = new PcapMaker(2).write(dir.resolve("in.pcap"), 10).toString();
    Files.createDirectories(dir.resolve("sub"));
    sameAsTcpdump("-r", in, "-F", dir.resolve("missing").toString());
    sameAsTcpdump("-r", in, "-F", dir.resolve("sub").toString());
    sameAsTcpdump("-y", "EN10MB", "-d", "-F", dir.resolve("missing").toString());
  }

  @Test
  void aLongMissingNameIsCutAsLibpcapsErrorBufferCutsIt() {
    sameAsTcpdump("-r", dir.resolve("x".repeat(300)).toString());
    sameAsTcpdump("-r", "/" + "d/".repeat(2100) + "x.pcap");
  }

  @Test
  void aMissingBpfFileIsWordedAsAMissingFilterFile() {
    Outcome jdump = Jdump.run("-d", "--bpf-file", dir.resolve("nope.ddd").toString());
    assertEquals(List.of("jdump: can't open " + dir.resolve("nope.ddd") + ": No such file or directory"),
        jdump.errLines());
    assertEquals(1, jdump.status());
  }

  @Test
  void aBpfFileAndAnExpressionTogetherAreRefused() throws IOException {
    Path program = Files.writeString(dir.resolve("p.ddd"), "1\n6 0 0 262144\n");
    Outcome jdump = Jdump.run("-d", "--bpf-file", program.toString(), "tcp");
    assertEquals(List.of("jdump: --bpf-file cannot be used with a filter expression or -F"), jdump.errLines());
    assertEquals(1, jdump.status());
  }

  @Test
  void aFullDiskUnderPrintedOutputEndsAsTcpdumpDoesWithStatus14() throws IOException {
    String in = GenPcap.write(dir, 20000, 3, 0).toString();
    Outcome jdump;
    try (var full = new java.io.FileOutputStream("/dev/full")) {
      jdump = Jdump.runTo(full, "-n", "-r", in);
    }
    var tcpdump = new ProcessBuilder("bash", "-c", "tcpdump -n -r " + in + " >/dev/full").start();
    String tcpdumpErr = new String(tcpdump.getErrorStream().readAllBytes());
    assertEquals(waitFor(tcpdump), jdump.status());
    assertEquals(14, jdump.status());
    assertEquals(tcpdumpErr.lines().map(l -> l.replace("tcpdump: ", "")).toList(),
        jdump.errLines().stream().map(l -> l.replace("jdump: ", "")).toList());
  }

  @Test
  void aFullDiskUnderAWrittenFileIsNamedWhereTcpdumpStaysSilent() throws IOException {
    String in = GenPcap.write(dir, 20000, 4, 0).toString();
    Outcome jdump = Jdump.run("-r", in, "-w", "/dev/full");
    assertEquals(1, jdump.status());
    assertEquals("jdump: /dev/full: No space left on device", jdump.errLines().get(1));
  }

  private static int waitFor(Process p) {
    try {
      return p.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
