package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The live flags with real traffic, jdump beside tcpdump on the same veth at the same time:
 * -Q in|out|inout with frames sent both ways, -B, --immediate-mode, -p, -j, -s,
 * --time-stamp-precision=nano, -U (each frame in the file before exit), --print with -w, -l
 * (each line out before exit), the SIGUSR1 line, signals while rotating with -G, -Z. The
 * frames are frames.py's, of known content; the link carries nothing else (IPv6 off, frames
 * addressed to no one), so that counts are exact. No assertion depends on timing: a capture
 * ends by -c or by a signal sent once what is awaited has been seen (waits have a 60 s bound).
 */
class LiveFlagsTrafficTest {
  private static final int SEED = 33;

  @TempDir Path dir;
  private LiveLab lab;

  @BeforeEach
  void createLab() throws IOException {
    lab = LiveLab.create("f");
  }

  @AfterEach
  void removeLab() {
    lab.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"in", "out", "inout"})
  void directionKeepsWhatTcpdumpKeeps(String direction) throws Exception {
    List<byte[]> in = framesOf(20, SEED);
    List<byte[]> out = framesOf(20, SEED + 1);
    var expected = new ArrayList<byte[]>();
    if (!direction.equals("out")) expected.addAll(in);
    if (!direction.equals("in")) expected.addAll(out);
    String n = Integer.toString(expected.size());
    var j = Capturer.jdump("-i", lab.hostIf, "-Q", direction, "-c", n, "-w", file("j"));
    var t = Capturer.tcpdump("-i", lab.hostIf, "-Q", direction, "-c", n, "-w", file("t"));
    // the frames a capture leaves out first, so that both read the statistics after all 40
    if (direction.equals("in")) lab.sendFromHost(20, SEED + 1);
    lab.send(20, SEED, 0);
    if (!direction.equals("in")) lab.sendFromHost(20, SEED + 1);
    assertBothEndedAlike(j, t);
    assertSameFrames(expected, Capturer.frames(dir.resolve("j")));
    assertSameFrames(Capturer.frames(dir.resolve("t")), Capturer.frames(dir.resolve("j")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-B 1024", "-B 65536", "--immediate-mode -B 65536", "-p", "-j host",
      "-j adapter_unsynced", "-s 100", "-s 96 -p --immediate-mode", "-s 0 -B 4096",
      "--time-stamp-precision=nano", "--time-stamp-precision=micro"})
  void captureFlagsKeepWhatTcpdumpKeeps(String flags) throws Exception {
    // (--immediate-mode with the default buffer and snaplen gives libpcap's ring a few blocks of
    // one frame each: tcpdump itself loses frames when the machine is busy, so not that)
    List<byte[]> sent = framesOf(40, SEED);
    var s = java.util.regex.Pattern.compile("-s (\\d+)").matcher(flags);
    int snaplen = s.find() && !s.group(1).equals("0") ? Integer.parseInt(s.group(1)) : Integer.MAX_VALUE;
    var j = Capturer.jdump(args(flags, "-i", lab.hostIf, "-c", "40", "-w", file("j")));
    var t = Capturer.tcpdump(args(flags, "-i", lab.hostIf, "-c", "40", "-w", file("t")));
    lab.send(40, SEED, 0);
    assertBothEndedAlike(j, t);
    List<byte[]> mine = Capturer.frames(dir.resolve("j"));
    assertSameFrames(sent.stream().map(f -> Arrays.copyOf(f, Math.min(f.length, snaplen))).toList(),
        mine);
    assertSameFrames(Capturer.frames(dir.resolve("t")), mine);
    assertArrayEquals(magic(dir.resolve("t")), magic(dir.resolve("j")), "pcap magic (precision)");
  }

  @Test
  void packetBufferedFileHoldsEachFrameBeforeExit() throws Exception {
    List<byte[]> sent = framesOf(30, SEED);
    var j = Capturer.jdump("-U", "-i", lab.hostIf, "-w", file("j"));
    var t = Capturer.tcpdump("-U", "-i", lab.hostIf, "-w", file("t"));
    lab.send(30, SEED, 0);
    for (String name : List.of("j", "t")) {
      awaitTrue(() -> framesIn(dir.resolve(name)) == 30, name + " holds 30 frames");
    }
    assertTrue(j.isAlive() && t.isAlive(), "both still capturing");
    assertSameFrames(sent, Capturer.frames(dir.resolve("j")));
    j.signal("INT");
    t.signal("INT");
    assertBothEndedAlike(j, t);
    assertSameFrames(sent, Capturer.frames(dir.resolve("j")));
  }

  @Test
  void printWithWritePrintsWhatTcpdumpPrints() throws Exception {
    List<byte[]> sent = framesOf(25, SEED);
    Path jOut = dir.resolve("j.txt");
    Path tOut = dir.resolve("t.txt");
    var j = Capturer.jdumpTo(jOut, "--print", "-n", "-i", lab.hostIf, "-c", "25", "-w", file("j"));
    var t = Capturer.tcpdumpTo(tOut, "--print", "-n", "-i", lab.hostIf, "-c", "25", "-w", file("t"));
    lab.send(25, SEED, 0);
    assertBothEndedAlike(j, t);
    assertSameFrames(sent, Capturer.frames(dir.resolve("j")));
    List<String> printed = withoutTimes(jOut);
    assertEquals(25, printed.size(), printed.toString());
    assertEquals(withoutTimes(tOut), printed);
  }

  /**
   * Capturing, tcpdump prints no --count line (only after reading files); with -w and --print
   * it prints each packet whatever --count says.
   */
  @ParameterizedTest
  @ValueSource(strings = {"--count", "--count --print -w"})
  void countWhileCapturingPrintsWhatTcpdumpPrints(String flags) throws Exception {
    List<byte[]> sent = framesOf(12, SEED);
    Path jOut = dir.resolve("j.txt");
    Path tOut = dir.resolve("t.txt");
    boolean writing = flags.endsWith("-w");
    var j = Capturer.jdumpTo(jOut, args(flags + (writing ? " " + file("j") : ""), "-n", "-i",
        lab.hostIf, "-c", "12"));
    var t = Capturer.tcpdumpTo(tOut, args(flags + (writing ? " " + file("t") : ""), "-n", "-i",
        lab.hostIf, "-c", "12"));
    lab.send(12, SEED, 0);
    assertBothEndedAlike(j, t);
    List<String> printed = withoutTimes(jOut);
    assertEquals(writing ? 12 : 0, printed.size(), printed.toString());
    assertEquals(withoutTimes(tOut), printed);
    if (writing) assertSameFrames(sent, Capturer.frames(dir.resolve("j")));
  }

  @Test
  void lineBufferedLinesAppearBeforeExit() throws Exception {
    framesOf(15, SEED);
    Path jOut = dir.resolve("j.txt");
    Path tOut = dir.resolve("t.txt");
    var j = Capturer.jdumpTo(jOut, "-l", "-n", "-i", lab.hostIf);
    var t = Capturer.tcpdumpTo(tOut, "-l", "-n", "-i", lab.hostIf);
    lab.send(15, SEED, 0);
    for (Path out : List.of(jOut, tOut)) {
      awaitTrue(() -> lineCount(out) == 15, out + " has 15 lines");
    }
    assertTrue(j.isAlive() && t.isAlive(), "both still capturing");
    assertEquals(withoutTimes(tOut), withoutTimes(jOut));
    j.signal("INT");
    t.signal("INT");
    assertBothEndedAlike(j, t);
  }

  @Test
  void usr1LineIsTcpdumps() throws Exception {
    framesOf(12, SEED);
    var j = Capturer.jdump("-U", "--immediate-mode", "-i", lab.hostIf, "-w", file("j"));
    var t = Capturer.tcpdump("-U", "--immediate-mode", "-i", lab.hostIf, "-w", file("t"));
    lab.send(12, SEED, 0);
    for (String name : List.of("j", "t")) {
      awaitTrue(() -> framesIn(dir.resolve(name)) == 12, name + " holds 12 frames");
    }
    j.signal("USR1");
    t.signal("USR1");
    String line = "12 packets captured, 12 packets received by filter, 0 packets dropped by kernel";
    awaitTrue(() -> j.stderr().contains(line + "\n"), "jdump's line:\n" + j.stderr());
    awaitTrue(() -> t.stderr().contains(line + "\n"), "tcpdump's line:\n" + t.stderr());
    assertTrue(j.isAlive(), "the capture goes on");
    j.signal("INT");
    t.signal("INT");
    assertBothEndedAlike(j, t);
  }

  @ParameterizedTest
  @ValueSource(strings = {"INT -G 1", "TERM -G 1", "INT -C 1 -G 2"})
  void signalWhileRotatingLosesNothingCounted(String signalAndFlags) throws Exception {
    String signal = signalAndFlags.split(" ")[0];
    String flags = signalAndFlags.substring(signal.length() + 1);
    int count = 300;
    framesOf(count, SEED);
    var j = Capturer.jdump(args(flags, "-i", lab.hostIf, "-w", file("r-%s-")));
    List<byte[]> sent = lab.send(count, SEED, 0.01);
    j.signal(signal);
    assertEquals(0, j.waitFor(), j.stderr());
    var all = new ArrayList<byte[]>();
    List<String> names = names("r-");
    for (String name : names) all.addAll(Capturer.frames(dir.resolve(name)));
    assertTrue(names.size() > 1, "rotated: " + names);
    assertEquals(j.capturedLine(), all.size(), j.stderr());
    assertSameFrames(sent.subList(0, all.size()), all);
  }

  @Test
  void relinquishedCaptureWritesAsThatUserWhatTcpdumpWrites() throws Exception {
    List<byte[]> sent = framesOf(20, SEED);
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    var j = Capturer.jdump("-Z", "nobody", "-i", lab.hostIf, "-c", "20", "-w", file("j"));
    var t = Capturer.tcpdump("-Z", "nobody", "-i", lab.hostIf, "-c", "20", "-w", file("t"));
    lab.send(20, SEED, 0);
    assertBothEndedAlike(j, t);
    assertSameFrames(sent, Capturer.frames(dir.resolve("j")));
    assertSameFrames(Capturer.frames(dir.resolve("t")), Capturer.frames(dir.resolve("j")));
    assertEquals("nobody", Files.getOwner(dir.resolve("t")).getName());
    assertEquals("nobody", Files.getOwner(dir.resolve("j")).getName());
  }

  @Test
  void relinquishedRotationCreatesLaterFilesAsThatUser() throws Exception {
    framesOf(300, SEED);
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
    var j = Capturer.jdump("-Z", "nobody", "-i", lab.hostIf, "-G", "1", "-W", "2", "-w",
        file("z-%s"));
    lab.send(300, SEED, 0.01);
    assertEquals(0, j.waitFor(), j.stderr());
    assertTrue(j.stderr().contains("\nMaximum file limit reached: 2\n"), j.stderr());
    List<String> names = names("z-");
    assertEquals(2, names.size(), names.toString());
    long inFiles = 0;
    for (String name : names) {
      assertEquals("nobody", Files.getOwner(dir.resolve(name)).getName(), name);
      inFiles += Capturer.frames(dir.resolve(name)).size();
    }
    assertEquals(j.capturedLine(), inFiles);
  }

  /** Same exit status, same stderr with each program's name taken off. */
  private static void assertBothEndedAlike(Capturer j, Capturer t) throws IOException {
    int js = j.waitFor();
    int ts = t.waitFor();
    assertEquals(ts, js, j.stderr());
    assertEquals(t.stderr().replaceAll("(?m)^tcpdump: ", ""), j.stderr().replaceAll("(?m)^jdump: ", ""));
  }

  /** {@return the frames frames.py will send for this seed}: sent once on the peer's loopback. */
  private List<byte[]> framesOf(int count, int seed) throws IOException {
    LiveLab.sh("ip", "-n", lab.namespace, "link", "set", "lo", "up");
    return LiveLab.sh(lab.framesCommand("lo", count, seed, 0)).lines().filter(l -> !l.isBlank())
        .map(l -> java.util.HexFormat.of().parseHex(l)).toList();
  }

  private String file(String name) {
    return dir.resolve(name).toString();
  }

  private static String[] args(String flags, String... rest) {
    return Stream.concat(Arrays.stream(flags.split(" ")), Arrays.stream(rest)).toArray(String[]::new);
  }

  private static byte[] magic(Path file) throws IOException {
    try (var in = Files.newInputStream(file)) {
      return in.readNBytes(4);
    }
  }

  /** {@return the frames a file holds so far}, -1 while its header is not complete */
  private static int framesIn(Path file) {
    try {
      return Capturer.frames(file).size();
    } catch (IOException | RuntimeException notYet) {
      return -1;
    }
  }

  private static long lineCount(Path file) {
    try {
      return Files.readAllLines(file).size();
    } catch (IOException e) {
      return -1;
    }
  }

  /** The printed lines without their time stamps (each capture stamps its own copy). */
  private static List<String> withoutTimes(Path file) throws IOException {
    return Files.readAllLines(file).stream().map(l -> l.replaceFirst("^\\d\\d:\\d\\d:\\d\\d\\.\\d+ ", ""))
        .toList();
  }

  /** Waits for a condition that follows from what the test did; 60 s is a bound, not a timing. */
  private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
    for (int i = 0; i < 1200 && !condition.getAsBoolean(); i++) Thread.sleep(50);
    assertTrue(condition.getAsBoolean(), what);
  }

  private List<String> names(String prefix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix)).sorted()
          .toList();
    }
  }

  private static void assertSameFrames(List<byte[]> expected, List<byte[]> actual) {
    assertEquals(expected.size(), actual.size(), "frame count");
    for (int i = 0; i < expected.size(); i++) assertArrayEquals(expected.get(i), actual.get(i), "frame " + i);
  }
}
