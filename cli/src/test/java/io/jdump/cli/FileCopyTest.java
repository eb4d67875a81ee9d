package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jdump -r IN -w OUT ...} against {@code tcpdump -r IN -w OUT ...} on generated captures:
 * the two output files must be the same bytes, and standard error must say the same.
 */
class FileCopyTest {
  @TempDir
  Path dir;

  /** Runs both with the same arguments, {@code @OUT} standing for each one's own output file. */
  private void sameFile(List<String> args) throws IOException {
    Path ours = dir.resolve("jdump.out");
    Path theirs = dir.resolve("tcpdump.out");
    Outcome jdump = Jdump.run(with(args, ours));
    Outcome tcpdump = Tcpdump.run(with(args, theirs));
    assertEquals(tcpdump.status(), jdump.status(), () -> args + "\n" + jdump);
    assertEquals(tcpdump.errorsWithoutName("tcpdump"), jdump.errorsWithoutName("jdump"), args::toString);
    assertArrayEquals(Files.readAllBytes(theirs), Files.readAllBytes(ours), args::toString);
  }

  private static String[] with(List<String> args, Path out) {
    return args.stream().map(a -> a.equals("@OUT") ? out.toString() : a).toArray(String[]::new);
  }

  @Test
  void copiesEqualTcpdumpsForGeneratedCaptures() throws IOException {
    for (int seed = 1; seed <= 6; seed++) {
      Path in = GenPcap.write(dir, 300 * seed, seed, seed % 3 == 0 ? 100 : 0);
      sameFile(List.of("-r", in.toString(), "-w", "@OUT"));
      Path made = new PcapMaker(seed).write(dir.resolve("in" + seed + ".pcap"), 50 * seed);
      sameFile(List.of("-r", made.toString(), "-w", "@OUT"));
    }
  }

  @Test
  void countKeepsTheFirstPacketsAsTcpdumpDoes() throws IOException {
    Path in = GenPcap.write(dir, 400, 20, 0);
    var random = new Random(20);
    for (int i = 0; i < 10; i++) {
      String count = Integer.toString(1 + random.nextInt(i < 8 ? 400 : 2000));
      sameFile(List.of("-c", count, "-r", in.toString(), "-w", "@OUT"));
    }
    // atoi's reading, as tcpdump's: octal-looking, signed, padded, trailing junk, overflowing.
    for (String count : List.of("010", "+3", " 4", "5x", "7 ", "99999999999", "4294967297")) {
      sameFile(List.of("-c", count, "-r", in.toString(), "-w", "@OUT"));
    }
  }

  @Test
  void nanosecondInputIsWrittenInTheRequestedPrecision() throws IOException {
    Path nano = new PcapMaker(30).nano().write(dir.resolve("nano.pcap"), 300);
    Path micro = new PcapMaker(31).write(dir.resolve("micro.pcap"), 300);
    for (Path in : List.of(nano, micro)) {
      sameFile(List.of("-r", in.toString(), "-w", "@OUT"));
      sameFile(List.of("--time-stamp-precision=nano", "-r", in.toString(), "-w", "@OUT"));
      sameFile(List.of("--time-stamp-precision", "micro", "-r", in.toString(), "-w", "@OUT"));
      sameFile(List.of("--nano", "-r", in.toString(), "-w", "@OUT"));
    }
  }

  @Test
  void snappedInputKeepsItsSnapLength() throws IOException {
    for (int snap : new int[] {60, 96, 128, 1000}) {
      Path in = new PcapMaker(40 + snap).snaplen(snap).write(dir.resolve("snap" + snap + ".pcap"), 200);
      sameFile(List.of("-r", in.toString(), "-w", "@OUT"));
    }
  }

  @Test
  void readsStandardInputAndWritesStandardOutput() {
    byte[] in = new PcapMaker(50).bytes(500);
    for (List<String> args : List.of(List.of("-r", "-", "-w", "-"), List.of("-c", "7", "-r", "-", "-w", "-"))) {
      String[] a = args.toArray(String[]::new);
      Outcome jdump = Jdump.runWithInput(in, a);
      Outcome tcpdump = Tcpdump.runWithInput(in, a);
      assertEquals(tcpdump.status(), jdump.status());
      assertEquals(tcpdump.errLines(), jdump.errLines());
      assertArrayEquals(tcpdump.stdout(), jdump.stdout(), args::toString);
    }
  }

  @Test
  void aPcapngNameOrPcapngOptionWritesPcapngThatTcpdumpReadsBackToTheSamePackets() throws IOException {
    Path in = new PcapMaker(60).write(dir.resolve("in.pcap"), 300);
    for (List<String> args : List.of(
        List.of("-r", in.toString(), "-w", dir.resolve("a.pcapng").toString()),
        List.of("--pcapng", "-r", in.toString(), "-w", dir.resolve("b.out").toString()))) {
      Outcome jdump = Jdump.run(args.toArray(String[]::new));
      assertEquals(0, jdump.status(), jdump::toString);
      Path written = Path.of(args.get(args.size() - 1));
      assertEquals(0x0a0d0d0a, Integer.reverseBytes(readInt(written)), "a section header block");
      Outcome back = Tcpdump.run("-r", written.toString(), "-w", "-");
      Outcome original = Tcpdump.run("-r", in.toString(), "-w", "-");
      assertArrayEquals(original.stdout(), back.stdout(), "tcpdump reads the same packets back");
    }
  }

  private static int readInt(Path file) throws IOException {
    byte[] b = Files.readAllBytes(file);
    return (b[0] & 0xff) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | (b[3] & 0xff);
  }

  /** Filters given as tcpdump -ddd listings: jdump keeps what tcpdump keeps with the expression. */
  static final List<String> EXPRESSIONS = List.of(
      "tcp", "udp", "icmp", "arp", "ip6", "vlan", "not ip", "port 80", "tcp port 443 or udp port 53",
      "host 10.0.1.3", "src net 10.0.2.0/24", "len > 600", "less 100", "tcp[13] & 2 != 0",
      "ip[6:2] & 0x1fff != 0", "ip and udp and not port 123", "ip6 and tcp dst port 22",
      "ether[0] & 1 = 0", "vlan and tcp", "greater 1000 and ip");

  @Test
  void aBpfFileFromTcpdumpKeepsWhatTcpdumpsExpressionKeeps() throws IOException {
    Path in = GenPcap.write(dir, 3000, 70, 0);
    for (String expression : EXPRESSIONS) {
      Path program = dir.resolve("prog.ddd");
      Outcome ddd = Tcpdump.run("-y", "EN10MB", "-ddd", expression);
      Files.write(program, ddd.stdout());
      Path ours = dir.resolve("jdump.out");
      Path theirs = dir.resolve("tcpdump.out");
      Outcome jdump = Jdump.run("-r", in.toString(), "-w", ours.toString(), "--bpf-file", program.toString());
      Outcome tcpdump = Tcpdump.run("-r", in.toString(), "-w", theirs.toString(), expression);
      assertEquals(0, jdump.status(), jdump::toString);
      assertEquals(tcpdump.errLines(), jdump.errLines());
      assertArrayEquals(Files.readAllBytes(theirs), Files.readAllBytes(ours), expression);
    }
  }

  @Test
  void aBpfFileListsAsTcpdumpListsTheExpression() throws IOException {
    for (String expression : EXPRESSIONS) {
      Path program = dir.resolve("prog.ddd");
      Files.write(program, Tcpdump.run("-y", "EN10MB", "-ddd", expression).stdout());
      var forms = new ArrayList<>(List.of("-d", "-dd", "-ddd"));
      for (String form : forms) {
        Outcome jdump = Jdump.run(form, "--bpf-file", program.toString());
        Outcome tcpdump = Tcpdump.run("-y", "EN10MB", form, expression);
        assertEquals(0, jdump.status(), jdump::toString);
        assertEquals(tcpdump.out(), jdump.out(), () -> form + " " + expression);
      }
    }
  }
}
