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
 * a symbolic link, in the C locale, with nothing on standard error but tcpdump's lines (no
 * SLF4J warning).
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
  void aFileNamedInUtf8OpensInTheCLocaleAsWithTcpdump() throws Exception {
    new PcapMaker(2).write(dir.resolve("in.pcap"), 20);
    // café.pcap, named by bash: this JVM may itself run in the C locale, whose names are ASCII
    String name = "\"$(printf 'caf\\303\\251.pcap')\"";
    String run = "cp in.pcap " + name + "; unset LANG LC_ALL LC_CTYPE; exec %s -n -r " + name;
    Outcome jdump = exec(dir, List.of("bash", "-c", run.formatted(ROOT.resolve("jdump"))));
    Outcome tcpdump = exec(dir, List.of("bash", "-c", run.formatted("tcpdump")));
    assertEquals(0, jdump.status(), jdump::toString);
    assertEquals(tcpdump.out(), jdump.out());
    assertEquals(tcpdump.stderr().replace("tcpdump", "jdump"), jdump.stderr());
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

  /**
   * -Z with -r and -w, in a process of its own (it changes the whole process's user): the same
   * messages, statuses, bytes and file owners as Debian's tcpdump, a missing user leaving the
   * output's header behind as tcpdump's does.
   */
  @Test
  void runAsAnotherUserWhileCopyingAFileAsTcpdumpDoes() throws Exception {
    Path in = new PcapMaker(3).write(dir.resolve("in.pcap"), 50);
    Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString(
        "rwxrwxrwx"));
    List<List<String>> cases = List.of(List.of("-Z", "nobody", "-w", "OUT"),
        List.of("-Z", "jdump-no-such-user", "-w", "OUT"),
        List.of("-Z", "x".repeat(40), "-w", "OUT"),
        List.of("-Z", "y".repeat(40), "-n", "-c", "2"),
        List.of("-Z", "nobody", "-w", "OUT", "-C", "1", "-W", "2"),
        List.of("-Z", "nobody", "-w", "OUT", "--print", "-n", "-c", "3"),
        List.of("-Z", "root", "-w", "OUT"));
    for (List<String> c : cases) {
      var mine = new java.util.ArrayList<>(List.of("java", "-jar", JAR.toString(), "-r", "in.pcap"));
      var theirs = new java.util.ArrayList<>(List.of("tcpdump", "-r", "in.pcap"));
      c.forEach(a -> mine.add(a.equals("OUT") ? "mine.pcap" : a));
      c.forEach(a -> theirs.add(a.equals("OUT") ? "theirs.pcap" : a));
      Outcome j = exec(dir, mine);
      Outcome t = exec(dir, theirs);
      assertEquals(t.status(), j.status(), c + "\n" + j);
      assertEquals(t.errorsWithoutName("tcpdump"), j.errorsWithoutName("jdump"), c::toString);
      assertEquals(t.out(), j.out(), c::toString);
      for (String suffix : List.of("", "0", "1")) {
        Path a = dir.resolve("theirs.pcap" + suffix);
        Path b = dir.resolve("mine.pcap" + suffix);
        assertEquals(Files.exists(a), Files.exists(b), c + " " + b);
        if (Files.exists(a)) {
          assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), c + " " + b);
          assertEquals(Files.getOwner(a), Files.getOwner(b), c + " " + b);
          Files.delete(a);
          Files.delete(b);
        }
      }
    }
  }

  /**
   * With -V, what was printed is flushed after each file, before the next file's line (or a
   * damaged file's message) goes to standard error: the same order when both go to one pipe.
   */
  @Test
  void aFileListPrintsEachFileBeforeTheNextOnesLine() throws Exception {
    Path cut = dir.resolve("cut.pcap");
    Files.write(cut, java.util.Arrays.copyOf(new PcapMaker(4).bytes(10), 300));
    Path list = dir.resolve("list.txt");
    Files.writeString(list, ROOT.resolve("samples/http.pcap") + "\n" + cut + "\n"
        + ROOT.resolve("samples/dns.pcap") + "\n");
    // Debian's tcpdump, run as root, reads on as user tcpdump after its first file
    Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString(
        "rwxr-xr-x"));
    Files.setPosixFilePermissions(cut, java.nio.file.attribute.PosixFilePermissions.fromString(
        "rw-r--r--"));
    for (String flags : List.of("-n", "-n -c 3", "-n -e -v")) {
      Outcome j = exec(dir, List.of("sh", "-c", "java -jar " + JAR + " " + flags + " -V list.txt 2>&1"));
      Outcome t = exec(dir, List.of("sh", "-c", "tcpdump " + flags + " -V list.txt 2>&1"));
      assertEquals(t.status(), j.status(), () -> flags + "\n" + t.out() + "\n" + j.out());
      assertEquals(t.out().replace("tcpdump: ", "jdump: "), j.out(), flags);
    }
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

  /** Every JDK here that the launcher supports: the one running the tests, and any Temurin 25. */
  private static List<Path> jdks() throws IOException {
    var homes = new java.util.ArrayList<Path>(List.of(Path.of(System.getProperty("java.home"))));
    Path jvm = Path.of("/usr/lib/jvm");
    if (Files.isDirectory(jvm)) {
      try (var dirs = Files.list(jvm)) {
        dirs.filter(d -> d.getFileName().toString().contains("25") && Files.isExecutable(d.resolve("bin/java")))
            .sorted().forEach(homes::add);
      }
    }
    return homes;
  }

  private static int feature(Path home) throws IOException {
    for (String line : Files.readAllLines(home.resolve("release"))) {
      if (line.startsWith("JAVA_VERSION=\"")) {
        return Integer.parseInt(line.substring(14).split("[.\"]")[0]);
      }
    }
    throw new IllegalStateException("no JAVA_VERSION in " + home);
  }

  /** The launcher's archives for the JDK at {@code home}: {@code .jsa} before 25, {@code .aot} from 25. */
  private static List<Path> archives(Path home) throws IOException {
    String kind = feature(home) >= 25 ? ".aot" : ".jsa";
    String version = Files.readAllLines(home.resolve("release")).stream()
        .filter(l -> l.startsWith("JAVA_RUNTIME_VERSION=")).findFirst().orElseThrow()
        .substring(21).replace("\"", "");
    try (var files = Files.list(JAR.getParent())) {
      return files.filter(f -> f.getFileName().toString().startsWith("jdump-" + version + "-")
          && f.getFileName().toString().endsWith(kind)).toList();
    }
  }

  private static Outcome launch(Path home, String... args) throws IOException, InterruptedException {
    var command = new java.util.ArrayList<String>(List.of("env", "JAVA_HOME=" + home, ROOT.resolve("jdump").toString()));
    command.addAll(List.of(args));
    return exec(ROOT, command);
  }

  /** The archive as the JVM must take it: -Xshare:on / -XX:AOTMode=on fail rather than go on without it. */
  private static Outcome strictly(Path home, Path archive) throws IOException, InterruptedException {
    List<String> use = archive.toString().endsWith(".aot")
        ? List.of("--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
            "-XX:AOTMode=on", "-XX:AOTCache=" + archive)
        : List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive);
    var command = new java.util.ArrayList<String>(List.of(home.resolve("bin/java").toString(), "-XX:+UseSerialGC"));
    command.addAll(use);
    command.addAll(List.of("-jar", JAR.toString(), "-d", "tcp port 80"));
    return exec(ROOT, command);
  }

  @Test
  void eachJdkGetsItsOwnArchiveTiedToTheJarAndRemadeWhenTheJarChanges() throws Exception {
    String sample = ROOT.resolve("samples/http.pcap").toString();
    String expected = Tcpdump.run("-n", "-r", sample).out();
    for (Path home : jdks()) {
      Outcome first = launch(home, "-n", "-r", sample);
      assertEquals(0, first.status(), home + ": " + first);
      assertEquals(expected, first.out(), home.toString());
      List<Path> made = archives(home);
      assertEquals(1, made.size(), home + ": " + made);
      assertTrue(Files.size(made.get(0)) > 0, home + ": the training run wrote nothing");
      assertEquals(0, strictly(home, made.get(0)).status(), home + ": the JVM refuses " + made.get(0));

      // A rebuilt jar: the old archive no longer fits it (the JVM says so), and the launcher
      // replaces it rather than starting with it.
      Files.setLastModifiedTime(JAR, java.nio.file.attribute.FileTime.fromMillis(
          Files.getLastModifiedTime(JAR).toMillis() + 2000));
      Outcome stale = strictly(home, made.get(0));
      assertTrue(stale.status() != 0, home + ": a stale archive was accepted: " + stale);
      Outcome second = launch(home, "-n", "-r", sample);
      assertEquals(0, second.status(), home + ": " + second);
      assertEquals(expected, second.out(), home.toString());
      List<Path> remade = archives(home);
      assertEquals(1, remade.size(), home + ": " + remade);
      assertTrue(!remade.get(0).equals(made.get(0)) && !Files.exists(made.get(0)), home + ": " + remade);
      assertEquals(0, strictly(home, remade.get(0)).status(), home + ": the JVM refuses " + remade.get(0));
    }
  }

  /**
   * The two commands issue 14 times from a cold start load no lambda and spin no method
   * handle: on JDK 17 the first invokedynamic of a run costs ~20 ms that no archive keeps
   * (see Main). A lambda added on their path fails here, not only in bench/start.
   */
  @Test
  void theCommonCommandsSpinNoMethodHandles() throws Exception {
    String sample = ROOT.resolve("samples/http.pcap").toString();
    for (List<String> args : List.of(List.of("-n", "-r", sample), List.of("-d", "tcp port 80"),
        List.of("-r", sample, "-w", dir.resolve("copy.pcap").toString()))) {
      Path log = dir.resolve("classes.txt");
      var command = new java.util.ArrayList<String>(List.of("java", "-XX:+UseSerialGC",
          "-Xlog:class+load:file=" + log, "-jar", JAR.toString()));
      command.addAll(args);
      Outcome o = exec(dir, command);
      assertEquals(0, o.status(), o::toString);
      List<String> spun = Files.readAllLines(log).stream()
          .filter(l -> l.contains("$$Lambda") || l.contains("LambdaForm$MH")
              || l.contains("java.lang.runtime.ObjectMethods "))
          .toList();
      assertEquals(List.of(), spun, args.toString());
    }
  }
}
