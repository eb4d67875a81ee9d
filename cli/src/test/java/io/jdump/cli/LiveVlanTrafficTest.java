package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.bpf.Bpf;
import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.oracle.Libpcap;
import io.jdump.capture.live.KernelFilter;
import io.jdump.filter.FilterCompiler;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tagged frames in a live capture. Linux takes the outer 802.1Q tag off a frame before a
 * capture socket's filter runs, and libpcap puts it back for user space, where jdump's VM
 * decides. The kernel's copy of the program passes every frame whose tag was taken off and
 * filters the others, whose bytes are the VM's: so a filter that reads the tag's bytes (by
 * {@code vlan} or by hand) keeps what libpcap keeps offline from the same frames, and the
 * kernel still drops the untagged frames the filter rejects.
 *
 * <p>The peer sends 20 frames tagged VLAN 100 and 20 untagged ones (frames.py's, over
 * AF_PACKET), in the order that puts a frame the filter keeps last: a capture that ends by -c
 * on it has then seen every frame, and "received by filter" counts exactly the frames the
 * kernel passed (every tagged one, and the untagged ones the filter keeps). The expected
 * frames are libpcap's offline verdicts on the frames as sent.
 */
class LiveVlanTrafficTest {
  private static final int SEED = 41;
  private static final int VID = 100;
  private static final Libpcap LIBPCAP = Libpcap.load();

  @TempDir Path dir;
  private LiveLab lab;

  @BeforeEach
  void createLab() throws IOException {
    lab = LiveLab.create("v");
  }

  @AfterEach
  void removeLab() {
    lab.close();
  }

  /** The tag's bytes read by hand: the kernel used to drop every tagged frame for these. */
  @ParameterizedTest
  @ValueSource(strings = {"ether[12:2] = 0x8100", "ether proto 0x8100", "ether[14:2] & 0xfff = 100",
      "ether[12:2] = 0x8100 and ether[16:2] = 0x86dd"})
  void handWrittenTagTestsKeepTaggedFrames(String filter) throws Exception {
    Run run = capture(filter, filter, false);
    assertTrue(run.tagged() > 0, "tagged frames kept");
    run.assertAsLibpcapOffline();
  }

  /**
   * {@code vlan}: in the kernel now too (its copy passes the tagged frames and drops the
   * untagged ones the filter rejects); the frames are tcpdump's, whose libpcap reads the tag
   * by its own ancillary loads on a live Linux device.
   */
  @ParameterizedTest
  @ValueSource(strings = {"vlan", "vlan 100", "vlan 100 and ip6", "vlan and (udp or icmp6)",
      "not vlan", "vlan 200 or ip6", "vlan or tcp"})
  void vlanFiltersKeepWhatTcpdumpKeeps(String filter) throws Exception {
    capture(filter, filter, true).assertAsLibpcapOffline();
    assertSameFrames(Capturer.frames(dir.resolve("t")), Capturer.frames(dir.resolve("j")));
  }

  /**
   * --any-vlan: "icmp6" keeps tagged and untagged ICMPv6 as libpcap's "icmp6 or (vlan and
   * icmp6)", with the program in the kernel (its copy passes the tagged frames, filters the
   * untagged).
   */
  @Test
  void anyVlanKeepsTaggedFramesTooLive() throws Exception {
    capture("icmp6 or (vlan and icmp6)", "icmp6", false, "--any-vlan").assertAsLibpcapOffline();
  }

  /** Untagged filters: the kernel drops the untagged frames they reject; the VM the tagged. */
  @ParameterizedTest
  @ValueSource(strings = {"ip6", "tcp or icmp6", "not udp", "ip6 and not udp",
      "ether src 02:97:00:00:00:02 and icmp6"})
  void untaggedFiltersStillFilterInTheKernel(String filter) throws Exception {
    Run run = capture(filter, filter, false);
    assertTrue(run.received() < 40, "the kernel dropped frames: " + run.stderr);
    run.assertAsLibpcapOffline();
  }

  /**
   * Where jdump and tcpdump part (README, "Live capture"): tcpdump's kernel program reads a
   * tagged frame without its tag, so its "ip6" keeps the tagged IPv6 frames (sent first here:
   * its 8 frames are those); jdump reads a frame as libpcap hands it over, tag included, and
   * keeps what libpcap keeps from the same frames offline: the untagged IPv6 ones.
   */
  @Test
  void taggedFramesAreReadWithTheirTagUnlikeTcpdump() throws Exception {
    Run run = capture("ip6", "ip6", true);
    run.assertAsLibpcapOffline();
    assertEquals(0, run.tagged(), "tagged frames jdump kept");
    List<byte[]> theirs = Capturer.frames(dir.resolve("t"));
    assertEquals(run.expected().size(), theirs.size());
    assertTrue(theirs.stream().allMatch(LiveVlanTrafficTest::tagged), "tcpdump kept tagged frames");
  }

  /**
   * With untagged traffic only, the kernel's copy filters as tcpdump's program does: the same
   * statistics lines, "received by filter" included, and the same frames.
   */
  @ParameterizedTest
  @ValueSource(strings = {"ip6", "tcp or icmp6", "not udp", "ether[12:2] = 0x86dd"})
  void untaggedTrafficCountsAsTcpdumpCounts(String filter) throws Exception {
    List<byte[]> sent = framesOf(20, SEED, 0);
    BpfProgram p = LIBPCAP.compile(filter, 1, 262144, true);
    List<byte[]> expected = sent.stream().filter(f -> LIBPCAP.filter(p, f, f.length, f.length) != 0)
        .toList();
    assertTrue(LIBPCAP.filter(p, sent.get(19), sent.get(19).length, sent.get(19).length) != 0,
        "the last frame is kept");
    String n = Integer.toString(expected.size());
    var j = Capturer.jdump("-i", lab.hostIf, "-c", n, "-w", file("j"), filter);
    var t = Capturer.tcpdump("-i", lab.hostIf, "-c", n, "-w", file("t"), filter);
    lab.send(20, SEED, 0);
    assertEquals(t.waitFor(), j.waitFor(), j.stderr());
    assertEquals(t.stderr().replaceAll("(?m)^tcpdump: ", ""), j.stderr().replaceAll("(?m)^jdump: ", ""));
    assertTrue(j.stderr().contains(n + " packets received by filter"), j.stderr());
    assertSameFrames(expected, Capturer.frames(dir.resolve("j")));
    assertSameFrames(Capturer.frames(dir.resolve("t")), Capturer.frames(dir.resolve("j")));
  }

  /** --no-kernel-filter: every frame crosses, the VM still keeps the same ones. */
  @Test
  void withoutKernelFilterEveryFrameIsReceived() throws Exception {
    Run run = capture("ip6", "ip6", false, "--no-kernel-filter");
    assertEquals(40, run.received(), run.stderr);
    run.assertAsLibpcapOffline();
  }

  /**
   * A program that the kernel would take alone but not with its prefix (4,094 to 4,096
   * instructions, -O): it stays out of the kernel, so every frame crosses ("received by filter"
   * counts all 40) and libpcap has nothing to warn about, and the VM keeps what libpcap keeps.
   */
  @Test
  void programTooLongForThePrefixStaysOutOfTheKernel() throws Exception {
    String filter = null;
    for (int hosts = 800; filter == null && hosts < 900; hosts++) {
      var b = new StringBuilder("ip6");
      for (int i = 0; i < hosts; i++) {
        b.append(String.format(" or ether src 02:00:00:00:%02x:%02x", i >> 8, i & 0xff));
      }
      int length = FilterCompiler.compile(b.toString(), 1, 262144, false).length();
      if (length > Bpf.MAXINSNS - KernelFilter.PREFIX_LENGTH && length <= Bpf.MAXINSNS) {
        filter = b.toString();
      }
    }
    assertTrue(filter != null, "a filter of 4,094 to 4,096 instructions");
    List<byte[]> tagged = framesOf(20, SEED, VID);
    List<byte[]> untagged = framesOf(20, SEED + 1, 0);
    BpfProgram p = LIBPCAP.compile(filter, 1, 262144, false);
    List<byte[]> expected = untagged.stream().filter(f -> kept(p, f)).toList();
    assertEquals(0, tagged.stream().filter(f -> kept(p, f)).count());
    var j = Capturer.jdump("-O", "-i", lab.hostIf, "-c", Integer.toString(expected.size()), "-w",
        file("j"), filter);
    LiveLab.sh(lab.framesCommand(lab.peerIf, 20, SEED, 0, VID));
    lab.send(20, SEED + 1, 0);
    assertEquals(0, j.waitFor(), j.stderr());
    assertSameFrames(expected, Capturer.frames(dir.resolve("j")));
    assertEquals(40, receivedLine(j.stderr()), j.stderr());
    assertTrue(!j.stderr().contains("Kernel filter failed"), j.stderr());
  }

  /** One capture of the mixed traffic, and what the frames and counts must be. */
  private record Run(List<byte[]> expected, List<byte[]> kept, long received, long tagged,
      long receivedWant, String stderr) {
    void assertAsLibpcapOffline() {
      assertSameFrames(expected, kept);
      assertEquals(receivedWant, received, stderr);
      assertTrue(stderr.contains(expected.size() + " packets captured\n"), stderr);
    }
  }

  /**
   * Captures the mixed traffic with jdump (its filter {@code mine}, its options), and tcpdump
   * beside it if asked; {@code filter} is libpcap's expression of the same meaning.
   */
  private Run capture(String filter, String mine, boolean tcpdumpToo, String... options)
      throws Exception {
    List<byte[]> untagged = framesOf(20, SEED + 1, 0);
    List<byte[]> tagged = framesOf(20, SEED, VID);
    BpfProgram p = LIBPCAP.compile(filter, 1, 262144, true);
    boolean taggedLast = kept(p, tagged.get(19));
    assertTrue(taggedLast || kept(p, untagged.get(19)), "a frame the filter keeps comes last");
    var sent = new ArrayList<byte[]>(taggedLast ? untagged : tagged);
    sent.addAll(taggedLast ? tagged : untagged);
    List<byte[]> expected = sent.stream().filter(f -> kept(p, f)).toList();
    long untaggedKept = untagged.stream().filter(f -> kept(p, f)).count();
    boolean kernel = !List.of(options).contains("--no-kernel-filter");
    String n = Integer.toString(expected.size());
    var args = new ArrayList<>(List.of(options));
    args.addAll(List.of("-i", lab.hostIf, "-c", n, "-w", file("j"), mine));
    var j = Capturer.jdump(args.toArray(String[]::new));
    var t = tcpdumpToo ? Capturer.tcpdump("-i", lab.hostIf, "-c", n, "-w", file("t"), filter) : null;
    if (taggedLast) lab.send(20, SEED + 1, 0);
    LiveLab.sh(lab.framesCommand(lab.peerIf, 20, SEED, 0, VID));
    if (!taggedLast) lab.send(20, SEED + 1, 0);
    assertEquals(0, j.waitFor(), j.stderr());
    if (t != null) assertEquals(0, t.waitFor(), t.stderr());
    List<byte[]> kept = Capturer.frames(dir.resolve("j"));
    long keptTagged = kept.stream().filter(LiveVlanTrafficTest::tagged).count();
    return new Run(expected, kept, receivedLine(j.stderr()), keptTagged,
        kernel ? 20 + untaggedKept : 40, j.stderr());
  }

  private static boolean tagged(byte[] f) {
    return (f[12] & 0xff) == 0x81 && f[13] == 0;
  }

  private static boolean kept(BpfProgram p, byte[] f) {
    return LIBPCAP.filter(p, f, f.length, f.length) != 0;
  }

  /** {@return the frames frames.py sends for this seed and VLAN}: sent on the peer's loopback. */
  private List<byte[]> framesOf(int count, int seed, int vid) throws IOException {
    LiveLab.sh("ip", "-n", lab.namespace, "link", "set", "lo", "up");
    return LiveLab.sh(lab.framesCommand("lo", count, seed, 0, vid)).lines()
        .filter(l -> !l.isBlank()).map(l -> HexFormat.of().parseHex(l)).toList();
  }

  /** {@return N from the "N packets received by filter" line}, or -1 */
  private static long receivedLine(String stderr) {
    var m = java.util.regex.Pattern.compile("(?m)^(\\d+) packets? received by filter$").matcher(stderr);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }

  private String file(String name) {
    return dir.resolve(name).toString();
  }

  private static void assertSameFrames(List<byte[]> expected, List<byte[]> actual) {
    assertEquals(expected.size(), actual.size(), "frame count");
    for (int i = 0; i < expected.size(); i++) assertArrayEquals(expected.get(i), actual.get(i), "frame " + i);
  }
}
