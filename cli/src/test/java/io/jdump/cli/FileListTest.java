package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * -V FILE, the capture files named in FILE read as one input: jdump's standard output, standard
 * error (the program's name aside), exit status and -w file against tcpdump 4.99's for lists
 * of the samples, with a cut file, a corrupt one, a missing one, blank lines, other link types.
 */
class FileListTest {
  @TempDir
  Path dir;

  private static final Path SAMPLES = Path.of("..", "samples").toAbsolutePath().normalize();

  private int compared;

  private static String sample(String name) {
    return SAMPLES.resolve(name).toString();
  }

  private Path list(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private Path list(String name, String... files) throws IOException {
    return list(name, String.join("\n", files) + "\n");
  }

  /** Runs both, with -w into a file of each's own when {@code write} is set. */
  private void sameAsTcpdump(boolean write, String... args) throws IOException {
    List<String> t = new ArrayList<>(Arrays.asList(args));
    List<String> j = new ArrayList<>(Arrays.asList(args));
    Path theirs = dir.resolve("tcpdump.out");
    Path ours = dir.resolve("jdump.out");
    Files.deleteIfExists(theirs);
    Files.deleteIfExists(ours);
    if (write) {
      t.addAll(0, List.of("-w", theirs.toString()));
      j.addAll(0, List.of("-w", ours.toString()));
    }
    Outcome tcpdump = Tcpdump.run(t.toArray(String[]::new));
    Outcome jdump = Jdump.run(j.toArray(String[]::new));
    String what = (write ? "-w " : "") + String.join(" ", args);
    assertEquals(tcpdump.status(), jdump.status(), () -> what + "\n" + tcpdump + "\n" + jdump);
    assertEquals(tcpdump.stderr().replace("tcpdump: ", "jdump: "), jdump.stderr(), what);
    assertEquals(tcpdump.out(), jdump.out(), what);
    if (write) {
      assertEquals(Files.exists(theirs), Files.exists(ours), what);
      if (Files.exists(theirs)) {
        assertArrayEquals(Files.readAllBytes(theirs), Files.readAllBytes(ours), what);
      }
    }
    compared++;
  }

  private void printedAndWritten(String... args) throws IOException {
    sameAsTcpdump(false, args);
    sameAsTcpdump(true, args);
  }

  @Test
  void listsOfTheSamplesReadAsTcpdumpReadsThem() throws IOException {
    List<String> all;
    try (Stream<Path> files = Files.list(SAMPLES)) {
      all = files.map(Path::toString).filter(n -> n.endsWith(".pcap") || n.endsWith(".pcapng"))
          .sorted().toList();
    }
    assertTrue(all.size() >= 10, all::toString);
    List<String> ethernet = all.stream().filter(n -> !n.contains("any-sll")).toList();
    Path everyEthernet = list("ethernet", ethernet.toArray(String[]::new));
    printedAndWritten("-n", "-V", everyEthernet.toString());
    printedAndWritten("-n", "-V", everyEthernet.toString(), "tcp or udp port 53");
    printedAndWritten("-n", "-V", everyEthernet.toString(), "ip broadcast or arp");
    printedAndWritten("-n", "-c", "3", "-V", everyEthernet.toString());
    printedAndWritten("--count", "-V", everyEthernet.toString());
    printedAndWritten("--count", "-c", "2", "-V", everyEthernet.toString(), "tcp");
    Path nano = list("nano", sample("http.pcap"), sample("http-nano.pcap"), sample("mixed.pcapng"));
    printedAndWritten("-n", "-V", nano.toString());
    // relative sequence numbers and -ttt deltas carry over from one file to the next
    printedAndWritten("-ttt", "-V", list("twice", sample("http.pcap"), sample("http.pcap"))
        .toString());
    // link types that differ: printed with the filter compiled anew, refused for -w
    Path mixed = list("mixed", sample("http.pcap"), sample("any-sll.pcap"),
        sample("any-sll2.pcap"), sample("dns.pcap"));
    printedAndWritten("-n", "-V", mixed.toString());
    printedAndWritten("-n", "-V", mixed.toString(), "ip broadcast or icmp");
    printedAndWritten("-n", "-V", mixed.toString(), "ether broadcast");
    printedAndWritten("-n", "-V", list("sll2", sample("any-sll2.pcap"), sample("any-sll2.pcap"))
        .toString());
    printedAndWritten("-n", "-e", "-V", list("sllfirst", sample("any-sll.pcap"),
        sample("http.pcap")).toString());
    System.out.println("FileListTest: " + compared + " runs identical to tcpdump's");
  }

  /**
   * tcpdump 4.99 opens the files after the first at microsecond precision even with --nano, then
   * prints and writes those microseconds as nanoseconds (16:29:15.000498933 for .498933000):
   * jdump keeps each file's time stamps, so --nano -V prints what --nano -r prints, file by file.
   */
  @Test
  void nanoTimeStampsStayRightInEveryFile() throws IOException {
    String[] files = {sample("http.pcap"), sample("http-nano.pcap"), sample("mixed.pcapng")};
    StringBuilder each = new StringBuilder();
    for (String f : files) each.append(Jdump.run("-n", "--nano", "-r", f).out());
    Outcome all = Jdump.run("-n", "--nano", "-V", list("nano", files).toString());
    assertEquals(0, all.status(), all::toString);
    assertEquals(each.toString(), all.out());
    assertTrue(all.out().contains("16:29:15.498986000"), all.out());
  }

  @Test
  void damagedAndMissingFilesAreReportedAsTcpdumpReportsThem() throws IOException {
    byte[] http = Files.readAllBytes(Path.of(sample("http.pcap")));
    String cut = Files.write(dir.resolve("cut.pcap"), Arrays.copyOf(http, 1000)).toString();
    String header = Files.write(dir.resolve("header.pcap"), Arrays.copyOf(http, 10)).toString();
    String junk = Files.writeString(dir.resolve("junk.pcap"), "not a capture file at all")
        .toString();
    String dns = sample("dns.pcap");
    String arp = sample("arp.pcap");
    String missing = dir.resolve("missing.pcap").toString();
    for (String[] files : new String[][] {{dns, cut, arp}, {cut, dns}, {dns, cut}, {cut},
        {dns, header, arp}, {dns, junk, arp}, {dns, missing, arp}, {missing}, {junk}}) {
      Path l = list("damaged", files);
      printedAndWritten("-n", "-V", l.toString());
      printedAndWritten("--count", "-V", l.toString());
    }
    System.out.println("FileListTest: " + compared + " runs with damage identical to tcpdump's");
  }

  @Test
  void listFilesAreReadLineByLineAsTcpdumpReadsThem() throws IOException {
    String http = sample("http.pcap");
    String dns = sample("dns.pcap");
    Files.createDirectories(dir.resolve("adir"));
    List<Path> lists = List.of(
        list("nonewline", http + "\n" + dns),
        list("blankmiddle", http + "\n\n" + dns + "\n"),
        list("blankend", http + "\n" + dns + "\n\n"),
        list("blank", "\n"),
        list("crlf", http + "\r\n" + dns + "\r\n"),
        list("space", http + " \n"),
        list("empty", ""),
        list("longname", dir.resolve("x".repeat(300)) + "\n"), // cut to libpcap's errbuf
        list("longline", "/" + "d/".repeat(2100) + "\n"), // two fgets pieces; errbuf again
        dir.resolve("adir"),
        dir.resolve("nolist"));
    for (Path l : lists) printedAndWritten("-n", "-V", l.toString());
    // the list on standard input
    byte[] names = (http + "\n" + dns + "\n").getBytes(StandardCharsets.UTF_8);
    Outcome tcpdump = Tcpdump.runWithInput(names, "-n", "-V", "-");
    Outcome jdump = Jdump.runWithInput(names, "-n", "-V", "-");
    assertEquals(tcpdump.status(), jdump.status());
    assertEquals(tcpdump.stderr().replace("tcpdump: ", "jdump: "), jdump.stderr());
    assertEquals(tcpdump.out(), jdump.out());
  }

  @Test
  void optionsAroundVAreCheckedAsTcpdumpChecksThem() throws IOException {
    Path l = list("two", sample("http.pcap"), sample("dns.pcap"));
    for (String[] args : new String[][] {
        {"-V", l.toString(), "-r", sample("http.pcap")},
        {"-r", sample("http.pcap"), "-V", l.toString()},
        {"-V", dir.resolve("nolist").toString(), "-r", sample("http.pcap")},
        {"-c", "0", "-V", l.toString()},
        {"-V", dir.resolve("nolist").toString(), "-y", "NOPE"},
        {"-d", "-V", l.toString(), "ip broadcast"},
        {"-ddd", "-y", "RAW", "-V", l.toString(), "tcp"},
        {"-V", l.toString(), "tcp and"},
        {"-nV" + l}}) {
      Outcome tcpdump = Tcpdump.run(args);
      Outcome jdump = Jdump.run(args);
      assertEquals(tcpdump.status(), jdump.status(), () -> List.of(args) + "\n" + jdump);
      assertEquals(tcpdump.errorsWithoutName("tcpdump"), jdump.errorsWithoutName("jdump"),
          List.of(args)::toString);
      assertEquals(tcpdump.out(), jdump.out(), List.of(args)::toString);
    }
    // a missing argument: getopt's words, then each program's own usage text
    Outcome jdump = Jdump.run("-V");
    assertEquals(Tcpdump.run("-V").errLines().get(0).replace("tcpdump", "jdump"),
        jdump.errLines().get(0));
    assertTrue(jdump.stderr().contains("[ -V file ]"), jdump.stderr());
  }
}
