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
}
