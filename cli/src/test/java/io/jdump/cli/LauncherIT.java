package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar and the ./jdump launcher, as a user runs them: from another directory, through
 * a symbolic link, with nothing on standard error but tcpdump's lines (no SLF4J warning).
 */
class LauncherIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Path JAR = ROOT.resolve("cli/target/jdump.jar");

  @TempDir
  Path dir;

  private static Outcome exec(Path workDir, List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
    var err = new java.util.concurrent.CompletableFuture<byte[]>();
    Thread drain = new Thread(() -> {
      try {
        err.complete(p.getErrorStream().readAllBytes());
      } catch (IOException e) {
        err.completeExceptionally(e);
      }
    });
    drain.start();
    byte[] out = p.getInputStream().readAllBytes();
    int status = p.waitFor();
    drain.join();
    return new Outcome(status, out, new String(err.join(), StandardCharsets.UTF_8));
  }

  @Test
  void theLauncherRunsThroughASymlinkFromAnyDirectory() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("jdump"), ROOT.resolve("jdump"));
    Outcome o;
    try {
      o = exec(dir, List.of(link.toString(), "--version"));
    } finally {
      Files.delete(link); // before JUnit's clean-up, which warns about links leading outside
    }
    assertEquals(0, o.status(), o::toString);
    assertTrue(o.out().startsWith("jdump version "), o.out());
    assertEquals("", o.stderr());
  }

  @Test
  void theJarCopiesAFileWithOnlyTcpdumpsLineOnStandardError() throws Exception {
    Path in = new PcapMaker(1).write(dir.resolve("in.pcap"), 200);
    Path out = dir.resolve("out.pcap");
    Outcome o = exec(dir, List.of("java", "-jar", JAR.toString(), "-r", "in.pcap", "-w", "out.pcap"));
    assertEquals(0, o.status(), o::toString);
    assertEquals(List.of("reading from file in.pcap, link-type EN10MB (Ethernet), snapshot length 262144"),
        o.errLines());
    assertArrayEquals(Files.readAllBytes(in), Files.readAllBytes(out));
  }

  @Test
  void theJarRefusesBadInputWithOneLineAndStatusOne() throws Exception {
    Files.write(dir.resolve("cut.pcap"), java.util.Arrays.copyOf(new PcapMaker(2).bytes(10), 100));
    Outcome o = exec(dir, List.of("java", "-jar", JAR.toString(), "-n", "-r", "cut.pcap"));
    Outcome tcpdump = Tcpdump.run("-n", "-r", dir.resolve("cut.pcap").toString());
    assertEquals(tcpdump.status(), o.status());
    assertEquals(tcpdump.errorsWithoutName("tcpdump").subList(1, tcpdump.errLines().size()),
        o.errorsWithoutName("jdump").subList(1, o.errLines().size()), o::toString);
  }

  /** Runs {@code command | head -c 10} in bash; {@return the command's status, then its stderr} */
  private static List<String> intoHead(String command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("bash", "-c",
        command + " 2>err.txt | head -c 10 >/dev/null; echo ${PIPESTATUS[0]}; cat err.txt").start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out.lines().toList();
  }

  @Test
  void aReaderThatGoesAwayEndsJdumpAsItEndsTcpdump() throws Exception {
    Path in = GenPcap.write(dir, 20000, 5, 0);
    for (String args : List.of(" -r " + in + " -w -", " -n -r " + in)) {
      List<String> tcpdump = intoHead("cd " + dir + " && tcpdump" + args);
      List<String> jdump = intoHead("cd " + dir + " && java -jar " + JAR + args);
      assertEquals(tcpdump.stream().map(l -> l.replace("tcpdump: ", "")).toList(),
          jdump.stream().map(l -> l.replace("jdump: ", "")).toList(), args);
    }
  }
}
