package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Listing;
import io.jdump.bpf.oracle.Libpcap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live command lines that end by themselves, run by jdump (in-process) and by tcpdump on the
 * same devices: -d, -dd, -ddd with -i (the program for the device as opened: its link type,
 * -y, LINUX_SLL2 on any, its snaplen, -f's netmask and warning), -I on a device without
 * monitor mode, -J, -Z with a user that does not exist. Standard error (each program's name
 * taken off) and the exit status must be tcpdump's, and so must standard output; where a
 * listing is not instruction for instruction libpcap's (jdump's compiler need not emit the same
 * instructions), both programs, as -ddd, must keep the same frames of every sample capture,
 * whole and cut, and frames.py's 400.
 *
 * <p>Left out on purpose: {@code vlan} (on a live Linux device libpcap tests the tag the kernel
 * took off, {@code ldb [vlanp]}; jdump's compiler tests the bytes, as for a file) and
 * {@code -y DOCSIS} (a link type jdump's compiler does not have).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveCommandLinesTest {
  private static final List<String> EXPRESSIONS = List.of("", "ip", "ip6", "arp", "tcp port 80",
      "udp and not port 53", "ip broadcast", "ether broadcast", "ip multicast", "net 10.0.0.0/8",
      "host 10.1.2.3 or host fd00::1", "icmp[icmptype] = icmp-echo", "tcp[tcpflags] & tcp-syn != 0",
      "len > 100", "inbound", "outbound", "ip proto 47", "portrange 1000-2000",
      "not ip and not ip6", "tcp and", "ip broadcast or ether multicast");

  private static final Libpcap LIBPCAP = Libpcap.load();

  private LiveLab lab;
  /** The sample captures' frames and frames.py's; loaded once. */
  private List<byte[]> frames;
  /** Listings that differ from tcpdump's but keep and drop the same frames. */
  private int equivalent;

  @BeforeAll
  void createLab() throws IOException {
    lab = LiveLab.create("k");
  }

  @AfterAll
  void removeLab() {
    if (lab != null) lab.close();
  }

  /** {@return seeded random -d command lines over the lab's device, any and lo} */
  private List<List<String>> listings(int count, long seed) {
    var random = new Random(seed);
    var cases = new ArrayList<List<String>>();
    for (int i = 0; i < count; i++) {
      String device = List.of(lab.hostIf, "any", "lo").get(random.nextInt(3));
      var args = new ArrayList<>(List.of(List.of("-d", "-dd", "-ddd").get(random.nextInt(3)),
          "-i", device));
      if (random.nextInt(3) == 0) args.add("-f");
      if (random.nextInt(4) == 0) args.addAll(List.of("-s", List.of("0", "96", "1500", "70000")
          .get(random.nextInt(4))));
      if (random.nextInt(4) == 0) {
        List<String> types = device.equals("any") ? List.of("LINUX_SLL", "LINUX_SLL2", "EN10MB")
            : List.of("EN10MB", "LINUX_SLL", "LINUX_SLL2");
        args.addAll(List.of("-y", types.get(random.nextInt(types.size()))));
      }
      if (random.nextInt(5) == 0) args.add("-O");
      String expr = EXPRESSIONS.get(random.nextInt(EXPRESSIONS.size()));
      if (!expr.isEmpty()) args.add(expr);
      cases.add(args);
    }
    return cases;
  }

  @Test
  void listingsWithADeviceAreTcpdumps() throws IOException {
    List<List<String>> cases = listings(120, 6);
    assertEquals(List.of(), mismatches(cases), cases.size() + " command lines");
    assertTrue(sampleFrames().size() >= 558, "sample frames: " + sampleFrames().size());
    System.out.println("-d with -i: " + cases.size() + " command lines as tcpdump, " + equivalent
        + " of them by equal verdicts rather than equal listings");
  }

  @Test
  void foreignFlagOnADeviceWithoutIpv4WarnsAsTcpdump() throws IOException {
    LiveLab.sh("ip", "addr", "flush", "dev", lab.hostIf);
    try {
      List<List<String>> cases = List.of(
          List.of("-f", "-d", "-i", lab.hostIf, "ip broadcast"),
          List.of("-f", "-ddd", "-i", lab.hostIf, "-y", "LINUX_SLL", "ip"),
          List.of("-d", "-i", lab.hostIf, "ip broadcast"));
      assertEquals(List.of(), mismatches(cases));
      Outcome j = Jdump.run("-f", "-d", "-i", lab.hostIf, "ip");
      assertEquals("jdump: WARNING: foreign (-f) flag used but: " + lab.hostIf
          + ": no IPv4 address assigned", j.errLines().get(0));
    } finally {
      LiveLab.sh("ip", "addr", "add", lab.plan.hostV4() + "/24", "dev", lab.hostIf);
    }
  }

  @Test
  void monitorModeTimeStampTypesAndUnknownUsersAreTcpdumps(@TempDir Path dir) throws IOException {
    Path tFile = dir.resolve("t.pcap");
    Path jFile = dir.resolve("j.pcap");
    List<List<String>> cases = List.of(
        List.of("-I", "-i", lab.hostIf), List.of("-I", "-i", "lo", "-w", "/dev/null"),
        List.of("-I", "-i", "any"), List.of("-J", "-i", lab.hostIf), List.of("-J", "-i", "any"),
        List.of("-i", lab.hostIf, "-Z", "jdump-no-such-user", "-w", "FILE"),
        List.of("-i", lab.hostIf, "-Z", "x".repeat(40), "-w", "FILE", "udp"));
    var mismatches = new ArrayList<String>();
    for (List<String> c : cases) {
      Files.deleteIfExists(tFile);
      Files.deleteIfExists(jFile);
      Outcome t = Tcpdump.run(c.stream().map(a -> a.equals("FILE") ? tFile.toString() : a)
          .toArray(String[]::new));
      Outcome j = Jdump.run(c.stream().map(a -> a.equals("FILE") ? jFile.toString() : a)
          .toArray(String[]::new));
      compare(c, t, j).ifPresent(mismatches::add);
      // Debian's tcpdump creates the file as root before it looks the user up; so does jdump
      assertEquals(Files.exists(tFile), Files.exists(jFile), c.toString());
    }
    assertEquals(List.of(), mismatches, cases.size() + " command lines");
  }

  private List<String> mismatches(List<List<String>> cases) throws IOException {
    var out = new ArrayList<String>();
    for (List<String> c : cases) {
      String[] args = c.toArray(String[]::new);
      Outcome t = Tcpdump.run(args);
      Outcome j = Jdump.run(args);
      if (t.status() == 0 && j.status() == 0 && !t.out().equals(j.out())) {
        // compare what the programs do: both again as -ddd, over every sample frame
        String[] ddd = c.stream().map(a -> a.matches("-d+") ? "-ddd" : a).toArray(String[]::new);
        Outcome td = Tcpdump.run(ddd);
        Outcome jd = Jdump.run(ddd);
        if (sameVerdicts(td.out(), jd.out())) {
          equivalent++;
          t = new Outcome(t.status(), j.stdout(), t.stderr());
        }
      }
      compare(c, t, j).ifPresent(out::add);
    }
    return out;
  }


  /** {@return true when both -ddd listings keep the same bytes of every sample frame} */
  private boolean sameVerdicts(String tcpdumps, String jdumps) throws IOException {
    try {
      return sameVerdicts(Listing.parseDdd(tcpdumps), Listing.parseDdd(jdumps));
    } catch (io.jdump.bpf.InvalidProgramException e) {
      return false;
    }
  }

  private boolean sameVerdicts(BpfProgram theirs, BpfProgram mine) throws IOException {
    for (byte[] f : sampleFrames()) {
      for (int caplen : new int[] {f.length, Math.min(f.length, 40), Math.min(f.length, 14)}) {
        if (LIBPCAP.filter(theirs, f, f.length, caplen) != LIBPCAP.filter(mine, f, f.length, caplen)) {
          return false;
        }
      }
    }
    return true;
  }

  private List<byte[]> sampleFrames() throws IOException {
    if (frames == null) {
      var all = new ArrayList<byte[]>();
      try (var files = Files.list(Path.of("../samples"))) {
        for (Path p : files.filter(p -> p.toString().matches(".*\\.pcap(ng)?")).sorted().toList()) {
          all.addAll(Capturer.frames(p));
        }
      }
      // and frames.py's mix (UDP, TCP, ICMP, IPv6), sent once on the peer's loopback, unseen
      LiveLab.sh("ip", "-n", lab.namespace, "link", "set", "lo", "up");
      for (String hex : LiveLab.sh(lab.framesCommand("lo", 400, 6, 0)).split("\n")) {
        if (!hex.isBlank()) all.add(java.util.HexFormat.of().parseHex(hex.strip()));
      }
      frames = all;
    }
    return frames;
  }

  private static java.util.Optional<String> compare(List<String> args, Outcome t, Outcome j) {
    String tErr = t.stderr().replaceAll("(?m)^tcpdump: ", "");
    String jErr = j.stderr().replaceAll("(?m)^jdump: ", "");
    if (t.status() == j.status() && tErr.equals(jErr) && t.out().equals(j.out())) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(args + "\n tcpdump (" + t.status() + "): " + tErr + t.out()
        + "\n jdump   (" + j.status() + "): " + jErr + j.out());
  }

  @Test
  void everyGeneratedCaseNamesARealDevice() {
    assertTrue(listings(120, 6).stream().anyMatch(c -> c.contains(lab.hostIf)));
  }
}
