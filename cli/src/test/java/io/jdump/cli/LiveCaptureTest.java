package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.oracle.Libpcap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * jdump -i on a veth pair, beside tcpdump on the same interface at the same time: known frames
 * (UDP, TCP, ICMP over IPv4; UDP and ICMPv6 over IPv6) sent from the peer namespace, captured
 * with and without a filter, with and without the kernel filter, to one file and to rotated
 * files. Each capture ends itself with -c at the number of frames libpcap's filter selects, so
 * no assertion depends on timing.
 */
class LiveCaptureTest {
  private static final int SEED = 97;
  private static final Libpcap LIBPCAP = Libpcap.load();

  @TempDir Path dir;
  private LiveLab lab;

  @BeforeEach
  void createLab() throws IOException {
    lab = LiveLab.create("x");
  }

  @AfterEach
  void removeLab() {
    lab.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "udp", "tcp and dst port 5002", "icmp or icmp6", "ip6 and udp",
      "not ip6", "len > 150", "udp[8:4] = 0x6a64756d", "ip6 and ip6[40] = 128"})
  void capturesWhatLibpcapSelectsAsTcpdumpDoes(String filter) throws Exception {
    List<byte[]> frames = framesOf(60);
    List<byte[]> expected = selected(frames, filter);
    assertTrue(!expected.isEmpty(), "the filter selects some frames");
    String n = Integer.toString(expected.size());
    Path kernel = dir.resolve("kernel.pcap");
    Path vmOnly = dir.resolve("vm.pcap");
    Path tcpdumpFile = dir.resolve("tcpdump.pcap");
    var j1 = Capturer.jdump(args("-i", lab.hostIf, "-c", n, "-w", kernel.toString(), filter));
    var j2 = Capturer.jdump(args("-i", lab.hostIf, "-c", n, "--no-kernel-filter", "-w",
        vmOnly.toString(), filter));
    var t = Capturer.tcpdump(args("-i", lab.hostIf, "-c", n, "-w", tcpdumpFile.toString(), filter));
    lab.send(60, SEED, 0);
    for (var c : List.of(j1, j2, t)) assertEquals(0, c.waitFor(), c.stderr());
    assertSameFrames(expected, Capturer.frames(kernel));
    assertSameFrames(expected, Capturer.frames(vmOnly));
    assertSameFrames(Capturer.frames(tcpdumpFile), Capturer.frames(kernel));
    assertEquals(expected.size(), j1.capturedLine(), j1.stderr());
    assertEquals(expected.size(), j2.capturedLine(), j2.stderr());
    assertEquals("jdump: listening on " + lab.hostIf
        + ", link-type EN10MB (Ethernet), snapshot length 262144 bytes",
        j1.stderr().lines().findFirst().orElseThrow());
  }

  @Test
  void sizeRotationSplitsFilesWhereTcpdumpDoes() throws Exception {
    int count = 9000;
    framesOf(count);
    String n = Integer.toString(count);
    var j = Capturer.jdump("-i", lab.hostIf, "-c", n, "-C", "1", "-W", "10", "-w",
        dir.resolve("j").toString());
    var t = Capturer.tcpdump("-i", lab.hostIf, "-c", n, "-C", "1", "-W", "10", "-w",
        dir.resolve("t").toString());
    List<byte[]> sent = lab.send(count, SEED, 0);
    assertEquals(0, j.waitFor(), j.stderr());
    assertEquals(0, t.waitFor(), t.stderr());
    List<String> jNames = names("j");
    List<String> tNames = names("t");
    assertEquals(tNames.stream().map(s -> s.substring(1)).toList(),
        jNames.stream().map(s -> s.substring(1)).toList());
    assertTrue(jNames.size() > 1, "rotated: " + jNames);
    var all = new ArrayList<byte[]>();
    for (int i = 0; i < jNames.size(); i++) {
      List<byte[]> mine = Capturer.frames(dir.resolve(jNames.get(i)));
      assertSameFrames(Capturer.frames(dir.resolve(tNames.get(i))), mine);
      all.addAll(mine);
    }
    assertSameFrames(sent, all);
  }

  @Test
  void timeRotationNamesFilesByStrftimeAndLosesNothing() throws Exception {
    int count = 300;
    framesOf(count);
    var j = Capturer.jdump("-i", lab.hostIf, "-c", Integer.toString(count), "-G", "1", "-w",
        dir.resolve("g-%s.pcap").toString());
    List<byte[]> sent = lab.send(count, SEED, 0.01);
    assertEquals(0, j.waitFor(), j.stderr());
    List<String> names = names("g-");
    assertTrue(names.size() > 1, "rotated: " + names);
    var all = new ArrayList<byte[]>();
    for (String name : names) {
      assertTrue(name.matches("g-\\d{10}\\.pcap"), name);
      all.addAll(Capturer.frames(dir.resolve(name)));
    }
    assertSameFrames(sent, all);
  }

  @Test
  void timeRotationWithFileCountStopsAfterThatManyFiles() throws Exception {
    framesOf(400);
    var j = Capturer.jdump("-i", lab.hostIf, "-G", "1", "-W", "2", "-w",
        dir.resolve("w-%s.pcap").toString());
    lab.send(400, SEED, 0.01);
    assertEquals(0, j.waitFor(), j.stderr());
    assertTrue(j.stderr().contains("\nMaximum file limit reached: 2\n"), j.stderr());
    List<String> names = names("w-");
    assertEquals(2, names.size(), names.toString());
    long inFiles = 0;
    for (String name : names) inFiles += Capturer.frames(dir.resolve(name)).size();
    assertEquals(j.capturedLine(), inFiles);
  }

  @ParameterizedTest
  @ValueSource(strings = {"INT", "TERM"})
  void signalWhileWritingLosesNothingCounted(String signal) throws Exception {
    framesOf(4000);
    Path file = dir.resolve("s.pcap");
    var j = Capturer.jdump("-i", lab.hostIf, "-w", file.toString());
    List<byte[]> sent = lab.send(4000, SEED, 0);
    j.signal(signal);
    assertEquals(0, j.waitFor(), j.stderr());
    List<byte[]> got = Capturer.frames(file);
    assertEquals(j.capturedLine(), got.size(), j.stderr());
    assertSameFrames(sent.subList(0, got.size()), got);
  }

  @Test
  void signalWhileRotatingLosesNothingCounted() throws Exception {
    framesOf(9000);
    var j = Capturer.jdump("-i", lab.hostIf, "-C", "1", "-w", dir.resolve("r").toString());
    List<byte[]> sent = lab.send(9000, SEED, 0);
    j.signal("TERM");
    assertEquals(0, j.waitFor(), j.stderr());
    var all = new ArrayList<byte[]>();
    for (String name : names("r")) all.addAll(Capturer.frames(dir.resolve(name)));
    assertEquals(j.capturedLine(), all.size(), j.stderr());
    assertSameFrames(sent.subList(0, all.size()), all);
  }

  @Test
  void usr1PrintsStatisticsAndCaptureGoesOn() throws Exception {
    framesOf(10);
    var j = Capturer.jdump("-i", lab.hostIf, "-c", "20", "-w", dir.resolve("u.pcap").toString());
    lab.send(10, SEED, 0);
    j.signal("USR1");
    String summary = "\\d+ packets? captured, \\d+ packets? received by filter, \\d+ packets? dropped by kernel";
    for (int i = 0; i < 1200 && j.stderr().lines().noneMatch(l -> l.matches(summary)); i++) {
      Thread.sleep(50); // a bound, not a timing: the line comes within milliseconds
    }
    lab.send(10, SEED + 1, 0);
    assertEquals(0, j.waitFor(), j.stderr());
    assertEquals(20, Capturer.frames(dir.resolve("u.pcap")).size());
  }

  @Test
  void deviceGoneEndsWithTcpdumpsLineAndAValidFile() throws Exception {
    framesOf(20);
    Path file = dir.resolve("gone.pcap");
    var j = Capturer.jdump("-i", lab.hostIf, "-w", file.toString());
    var t = Capturer.tcpdump("-i", lab.hostIf, "-w", dir.resolve("tgone.pcap").toString());
    lab.send(20, SEED, 0);
    LiveLab.sh("ip", "netns", "del", lab.namespace); // the veth pair goes with it
    assertEquals(1, j.waitFor(), j.stderr());
    assertEquals(1, t.waitFor(), t.stderr());
    assertEquals(errorLine(t.stderr(), "tcpdump: "), errorLine(j.stderr(), "jdump: "));
    assertEquals(j.capturedLine(), Capturer.frames(file).size());
  }

  @Test
  void listsDataLinkTypesAsTcpdump() throws Exception {
    Outcome j = Jdump.run("-L", "-i", lab.hostIf);
    Outcome t = Tcpdump.run("-L", "-i", lab.hostIf);
    assertEquals(t.status(), j.status());
    assertEquals(t.stderr(), j.stderr());
    assertEquals(t.out(), j.out());
  }

  private static String errorLine(String stderr, String prefix) {
    return stderr.lines().filter(l -> l.startsWith(prefix) && !l.contains("listening on"))
        .map(l -> l.substring(prefix.length())).findFirst().orElse("(none)");
  }

  /** {@return the frames the sender will send}: sent once on the peer's loopback, unseen. */
  private List<byte[]> framesOf(int count) throws IOException {
    LiveLab.sh("ip", "-n", lab.namespace, "link", "set", "lo", "up");
    String out = LiveLab.sh(lab.framesCommand("lo", count, SEED, 0));
    return out.lines().filter(l -> !l.isBlank()).map(l -> java.util.HexFormat.of().parseHex(l)).toList();
  }

  private static List<byte[]> selected(List<byte[]> frames, String filter) throws Exception {
    if (filter.isEmpty()) return frames;
    BpfProgram p = LIBPCAP.compile(filter, 1, 262144, true);
    return frames.stream().filter(f -> LIBPCAP.filter(p, f, f.length, f.length) != 0).toList();
  }

  private List<String> names(String prefix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(prefix)).sorted()
          .toList();
    }
  }

  private static String[] args(String... a) {
    return Stream.of(a).filter(s -> !s.isEmpty()).toArray(String[]::new);
  }

  private static void assertSameFrames(List<byte[]> expected, List<byte[]> actual) {
    assertEquals(expected.size(), actual.size(), "frame count");
    for (int i = 0; i < expected.size(); i++) assertArrayEquals(expected.get(i), actual.get(i), "frame " + i);
  }
}
