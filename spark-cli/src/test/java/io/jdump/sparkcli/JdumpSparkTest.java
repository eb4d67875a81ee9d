package io.jdump.sparkcli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.capture.merge.MergeFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jdump-spark on an embedded local[2] Spark against {@code mergecap -F pcap} and
 * {@code tcpdump -w}: the same bytes for the same filter over the same files (samples, generated
 * files cut into parts of a few hundred bytes, directories, globs, repeated -r), and one line in
 * tcpdump's words with tcpdump's status for each kind of bad input.
 */
class JdumpSparkTest {
  private static final Path SAMPLES = Path.of("").toAbsolutePath().getParent().resolve("samples");
  private static final List<String> ETHERNET_SAMPLES = List.of("arp.pcap", "dns.pcap",
      "geneve.pcap", "http-nano.pcap", "http.pcap", "icmp.pcap", "ipv6.pcap", "vlan.pcap",
      "mixed.pcapng");
  private static final String[] FILTERS = {"", "tcp port 80", "udp", "icmp or arp", "vlan",
      "ip6", "not host 10.0.0.1", "tcp[tcpflags] & tcp-syn != 0"};
  private static final int GENERATED_CASES = 30;

  private static JavaSparkContext sc;

  @TempDir Path dir;

  /** What a run printed and returned. */
  record Result(int status, String err) {}

  @BeforeAll
  static void start() {
    sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("JdumpSparkTest")
        .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
        .set("spark.driver.bindAddress", "127.0.0.1"));
  }

  @AfterAll
  static void stop() {
    sc.close();
  }

  @Test
  void samplesAloneAndTogether() throws IOException {
    int compared = 0;
    for (String sample : ETHERNET_SAMPLES) {
      for (String filter : List.of("", "tcp port 80")) {
        compare(List.of(SAMPLES.resolve(sample)), filter, "64M");
        compared++;
      }
    }
    var all = ETHERNET_SAMPLES.stream().map(SAMPLES::resolve).toList();
    for (String filter : FILTERS) {
      compare(all, filter, "4K");
      compared++;
    }
    assertEquals(ETHERNET_SAMPLES.size() * 2 + FILTERS.length, compared);
  }

  @Test
  void generatedFilesInSmallParts() throws IOException {
    var random = new Random(1616);
    for (int c = 0; c < GENERATED_CASES; c++) {
      var files = new ArrayList<Path>();
      int k = 1 + random.nextInt(5);
      for (int f = 0; f < k; f++) {
        files.add(MergeFiles.random(dir, "g" + c + "-" + f, random, 120));
      }
      // Parts of 300 to 2,300 bytes: a few records each, boundaries inside records.
      compare(files, FILTERS[c % FILTERS.length], Integer.toString(300 + random.nextInt(2000)));
    }
  }

  @Test
  void directoriesGlobsAndRepeatedReads() throws IOException {
    var random = new Random(7);
    Path captures = Files.createDirectories(dir.resolve("captures"));
    var files = new ArrayList<Path>();
    for (String name : List.of("c.pcap", "a.pcap", "b.pcap")) {
      files.add(MergeFiles.random(captures, name.replace(".pcap", ""), random, 60));
    }
    Files.writeString(captures.resolve("_SUCCESS"), ""); // what Hadoop writers leave: skipped
    Path a = captures.resolve("a.pcap");
    Path b = captures.resolve("b.pcap");
    Path c = captures.resolve("c.pcap");
    List<Path> sorted = List.of(a, b, c);
    assertSame(sorted, "tcp", "-r", captures.toString());
    assertSame(sorted, "tcp", "-r", captures + "/");
    assertSame(sorted, "udp", "-r", captures + "/*.pcap");
    assertSame(List.of(c, a, b), "", "-r", c.toString(), "-r", captures + "/[ab].pcap");
    assertSame(List.of(b, b, a), "port 80", "-r", b.toString(), "-r", b.toString(), "-r", a.toString());
    assertSame(List.of(a, c), "", "-r", captures + "/{a,c}.pcap");
  }

  @Test
  void countStopsAsTcpdumpsDoes() throws IOException {
    var files = List.of(SAMPLES.resolve("http.pcap"), SAMPLES.resolve("dns.pcap"));
    Path out = dir.resolve("c.pcap");
    Result r = ours("-r", files.get(0).toString(), "-r", files.get(1).toString(), "-w",
        out.toString(), "-c", "7", "ip");
    assertEquals(0, r.status(), r.err());
    assertArrayEquals(Oracle.expected(dir, files, "ip", "-c", "7"), Files.readAllBytes(out));
  }

  @Test
  void pcapngHoldsTheSamePackets() throws IOException {
    var files = ETHERNET_SAMPLES.stream().map(SAMPLES::resolve).toList();
    Path out = dir.resolve("out.pcapng");
    var args = new ArrayList<String>();
    for (Path f : files) args.addAll(List.of("-r", f.toString()));
    args.addAll(List.of("-w", out.toString(), "--pcapng", "--split-size", "2K", "tcp or udp"));
    Result r = ours(args.toArray(String[]::new));
    assertEquals(0, r.status(), r.err());
    assertEquals(0x0a0d0d0a, Integer.reverseBytes(java.nio.ByteBuffer.wrap(Files.readAllBytes(out)).getInt(0)));
    // tcpdump reading our pcapng writes what it writes reading mergecap's pcap.
    Path back = dir.resolve("back.pcap");
    Oracle.check(List.of("tcpdump", "-r", out.toString(), "-w", back.toString()));
    assertArrayEquals(Oracle.expected(dir, files, "tcp or udp"), Files.readAllBytes(back));
  }

  @Test
  void errorsAreOneLineInTcpdumpsWords() throws IOException {
    Path out = dir.resolve("out.pcap");
    Path missing = dir.resolve("missing.pcap");
    Path text = Files.writeString(dir.resolve("notes.txt"), "these are not packets\n".repeat(4));
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Path truncated = dir.resolve("truncated.pcap");
    byte[] http = Files.readAllBytes(SAMPLES.resolve("http.pcap"));
    Files.write(truncated, Arrays.copyOf(http, http.length - 10));
    String http0 = SAMPLES.resolve("http.pcap").toString();

    assertFails("jdump-spark: " + Oracle.tcpdumpError(List.of("-r", missing.toString())),
        "-r", missing.toString(), "-w", out.toString());
    assertFails("jdump-spark: " + text + ": " + Oracle.tcpdumpError(List.of("-r", text.toString())),
        "-r", http0, "-r", text.toString(), "-w", out.toString());
    assertFails("jdump-spark: " + empty + ": no capture files in directory",
        "-r", empty.toString(), "-w", out.toString());
    assertFails("jdump-spark: " + dir + "/*.nothing: No such file or directory",
        "-r", dir + "/*.nothing", "-w", out.toString());
    assertFails("jdump-spark: " + Oracle.tcpdumpError(List.of("-r", http0, "tcp port")),
        "-r", http0, "-w", out.toString(), "tcp", "port");
    assertFails("jdump-spark: " + Oracle.tcpdumpError(List.of("-r", http0, "-w", "/nonexistent/x.pcap")),
        "-r", http0, "-w", "/nonexistent/x.pcap");
    assertFails("jdump-spark: " + SAMPLES.resolve("http.pcap") + " and " + SAMPLES.resolve("any-sll.pcap")
        + " have different link types (EN10MB and LINUX_SLL); a merged file holds one",
        "-r", http0, "-r", SAMPLES.resolve("any-sll.pcap").toString(), "-w", out.toString());
    // A file corrupt past its header fails its own task, in the reader's words with its name.
    String words = Oracle.tcpdumpError(List.of("-r", truncated.toString(), "-w", "/dev/null"))
        .replaceFirst("^pcap_loop: ", "");
    assertFails("jdump-spark: " + truncated + ": " + words,
        "-r", http0, "-r", truncated.toString(), "-w", out.toString());
    assertFalse(Files.exists(out), "a failed run leaves no output");
    try (Stream<Path> left = Files.list(dir)) {
      assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".jdump-spark")),
          "run files are removed");
    }
  }

  @Test
  void sqlCountsThePacketsTcpdumpKeeps() {
    var files = ETHERNET_SAMPLES.stream().filter(n -> n.endsWith(".pcap")).map(SAMPLES::resolve).toList();
    for (String filter : List.of("tcp port 80", "udp", "")) {
      var args = new ArrayList<String>();
      for (Path f : files) args.addAll(List.of("-r", f.toString()));
      args.addAll(List.of("--sql", "SELECT count(*) FROM pcap"));
      if (!filter.isEmpty()) args.add(filter);
      var out = new ByteArrayOutputStream();
      Result r = ours(new PrintStream(out, true, StandardCharsets.UTF_8), args.toArray(String[]::new));
      assertEquals(0, r.status(), r.err());
      assertTrue(r.err().matches("1 rows in [0-9.]+ s\\n"), r.err());
      long expected = records(Oracle.expected(dir, files, filter));
      assertTrue(expected > 0);
      assertEquals(expected + "\n", out.toString(StandardCharsets.UTF_8), filter);
    }
  }

  @Test
  void repeatedSqlQueriesRunInTurnOnOneSession() {
    var files = ETHERNET_SAMPLES.stream().filter(n -> n.endsWith(".pcap")).map(SAMPLES::resolve).toList();
    var args = new ArrayList<String>();
    for (Path f : files) args.addAll(List.of("-r", f.toString()));
    // pushed into the reader (dport = 53) and not (Spark's own filter on a string): same rows
    args.addAll(List.of("--sql", "SELECT count(*) FROM pcap WHERE dport = 53",
        "--sql", "SELECT count(*) FROM pcap WHERE cast(dport AS string) = '53'",
        "--sql", "SELECT count(*) FROM pcap"));
    var out = new ByteArrayOutputStream();
    Result r = ours(new PrintStream(out, true, StandardCharsets.UTF_8), args.toArray(String[]::new));
    assertEquals(0, r.status(), r.err());
    assertTrue(r.err().matches("(1 rows in [0-9.]+ s\\n){3}"), r.err());
    String[] counts = out.toString(StandardCharsets.UTF_8).split("\n");
    long all = records(Oracle.expected(dir, files, ""));
    assertEquals(3, counts.length);
    assertTrue(Long.parseLong(counts[0]) > 0 && Long.parseLong(counts[0]) < all, counts[0]);
    assertEquals(counts[0], counts[1], "pushed and not pushed");
    assertEquals(Long.toString(all), counts[2]);
  }

  private static long records(byte[] pcap) {
    var b = java.nio.ByteBuffer.wrap(pcap).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    long n = 0;
    for (int p = 24; p + 16 <= pcap.length; p += 16 + b.getInt(p + 8)) n++;
    return n;
  }

  @Test
  void usageMistakesPrintUsage() {
    Result r = ours("-w", "x.pcap");
    assertEquals(1, r.status());
    assertTrue(r.err().startsWith("jdump-spark: Missing required option: '-r=PATH'\nUsage: jdump-spark"), r.err());
  }

  private void assertSame(List<Path> mergecapOrder, String filter, String... reads) throws IOException {
    Path out = dir.resolve("same.pcap");
    var args = new ArrayList<>(List.of(reads));
    args.addAll(List.of("-w", out.toString(), "--split-size", "500"));
    if (!filter.isEmpty()) args.add(filter);
    Result r = ours(args.toArray(String[]::new));
    assertEquals(0, r.status(), r.err());
    assertArrayEquals(Oracle.expected(dir, mergecapOrder, filter), Files.readAllBytes(out),
        String.join(" ", args));
  }

  private void compare(List<Path> files, String filter, String splitSize) throws IOException {
    Path out = dir.resolve("ours.pcap");
    var args = new ArrayList<String>();
    for (Path f : files) args.addAll(List.of("-r", f.toString()));
    args.addAll(List.of("-w", out.toString(), "--split-size", splitSize));
    if (!filter.isEmpty()) args.add(filter);
    Result r = ours(args.toArray(String[]::new));
    assertEquals(0, r.status(), r.err());
    assertArrayEquals(Oracle.expected(dir, files, filter), Files.readAllBytes(out),
        String.join(" ", args));
  }

  private void assertFails(String line, String... args) {
    Result r = ours(args);
    assertEquals(1, r.status(), r.err());
    List<String> lines = r.err().lines().filter(l -> !l.startsWith("reading from ")).toList();
    assertEquals(List.of(line), lines, String.join(" ", args));
  }

  private static Result ours(String... args) {
    return ours(System.out, args);
  }

  private static Result ours(PrintStream out, String... args) {
    var err = new ByteArrayOutputStream();
    int status;
    try (var errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = SparkCommand.run(out, errStream, sc, args);
    }
    return new Result(status, err.toString(StandardCharsets.UTF_8));
  }
}
