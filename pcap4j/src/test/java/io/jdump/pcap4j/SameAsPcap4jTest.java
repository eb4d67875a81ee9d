package io.jdump.pcap4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.pcap4j.core.BpfProgram.BpfCompileMode;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapHandle.TimestampPrecision;
import org.pcap4j.core.PcapNativeException;
import org.pcap4j.core.Pcaps;
import org.pcap4j.packet.Packet;

/**
 * The oracle is pcap4j itself over libpcap: for every sample and test capture, each filter
 * of a set (fixed ones and a seeded draw from the compiler's differential corpus), at both
 * timestamp precisions, the packets {@link JdumpHandle#getNextPacketEx()} delivers equal
 * those of {@code Pcaps.openOffline} + {@code setFilter} + {@code getNextPacketEx}: the same
 * count, bytes, dissection, timestamp and original length, and the same error message where
 * libpcap refuses the file or the expression. Truncated copies of every capture check the
 * errors mid-file: the packets before, then libpcap's message; copies with bytes overwritten
 * check records with wild lengths and fields.
 */
class SameAsPcap4jTest {
  private static final List<String> FIXED =
      List.of("", "tcp", "udp port 53", "vlan", "ip6", "tcp port 80", "arp or icmp", "len > 100", "inbound");
  /** How many expressions are drawn from the compiler's corpus, and with which seed. */
  private static final int DRAWN = 12;
  private static final long SEED = 15;

  private static final AtomicLong PACKETS = new AtomicLong();
  private static final AtomicLong RUNS = new AtomicLong();
  private static final AtomicLong PCAP4J_FAILURES = new AtomicLong();
  private static final AtomicLong DISSECTION_FAILURES = new AtomicLong();

  @TempDir static Path tmp;

  @AfterAll
  static void report() {
    System.out.printf("SameAsPcap4jTest: %d (file, filter, precision) runs, %d packets compared,"
        + " %d runs cut short where pcap4j itself throws, %d packets whose dissection throws in"
        + " both%n", RUNS.get(), PACKETS.get(), PCAP4J_FAILURES.get(), DISSECTION_FAILURES.get());
  }

  static List<Path> captures() throws IOException {
    var files = new ArrayList<Path>();
    for (Path dir : List.of(Path.of("../samples"), Path.of("../cli/src/test/resources/print/captures"))) {
      try (Stream<Path> s = Files.list(dir)) {
        s.filter(p -> p.toString().endsWith(".pcap") || p.toString().endsWith(".pcapng"))
            .sorted().forEach(files::add);
      }
    }
    assertTrue(files.size() >= 30, "captures found: " + files);
    return files;
  }

  static List<String> filters() throws IOException {
    var corpus = Files.readAllLines(
        Path.of("../filter-compiler/src/test/resources/diff/expressions.txt")).stream()
        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    var rnd = new Random(SEED);
    var all = new ArrayList<>(FIXED);
    for (int i = 0; i < DRAWN; i++) all.add(corpus.get(rnd.nextInt(corpus.size())));
    return all;
  }

  @TestFactory
  Stream<DynamicTest> everyCaptureEveryFilter() throws IOException {
    var filters = filters();
    return captures().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      for (String expr : filters) {
        for (TimestampPrecision tp : TimestampPrecision.values()) compare(f, expr, tp);
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> truncatedFiles() throws IOException {
    var rnd = new Random(SEED);
    var cases = new ArrayList<DynamicTest>();
    for (Path f : captures()) {
      byte[] all = Files.readAllBytes(f);
      for (int i = 0; i < 3; i++) {
        int cut = i == 0 ? Math.min(all.length, 30) : rnd.nextInt(all.length);
        Path cutFile = tmp.resolve(f.getFileName() + ".cut" + cut);
        cases.add(DynamicTest.dynamicTest(cutFile.getFileName().toString(), () -> {
          Files.write(cutFile, java.util.Arrays.copyOf(all, cut));
          compare(cutFile, "", TimestampPrecision.MICRO);
          compare(cutFile, "tcp", TimestampPrecision.NANO);
        }));
      }
    }
    return cases.stream();
  }

  /** Copies with bytes overwritten past the file header: records with wild lengths. */
  @TestFactory
  Stream<DynamicTest> corruptedFiles() throws IOException {
    var rnd = new Random(SEED + 1);
    var cases = new ArrayList<DynamicTest>();
    for (Path f : captures()) {
      byte[] all = Files.readAllBytes(f);
      for (int i = 0; i < 3 && all.length > 40; i++) {
        byte[] bad = all.clone();
        for (int k = 0; k < 4; k++) bad[24 + rnd.nextInt(bad.length - 24)] = (byte) rnd.nextInt();
        Path badFile = tmp.resolve(f.getFileName() + ".bad" + i);
        cases.add(DynamicTest.dynamicTest(badFile.getFileName().toString(), () -> {
          Files.write(badFile, bad);
          // At nanosecond precision libpcap multiplies a microsecond fraction out of range
          // (>= 10^6) by 1000 in 32 bits, a wrap not worth copying: microseconds only here.
          compare(badFile, "", TimestampPrecision.MICRO);
          compare(badFile, "tcp or udp", TimestampPrecision.MICRO);
        }));
      }
    }
    return cases.stream();
  }

  @TestFactory
  Stream<DynamicTest> filesThatCannotBeOpened() {
    return Stream.of("missing.pcap", "empty.pcap", "garbage.pcap").map(name ->
        DynamicTest.dynamicTest(name, () -> {
          Path p = tmp.resolve(name);
          if (name.equals("empty.pcap")) Files.write(p, new byte[0]);
          if (name.equals("garbage.pcap")) Files.writeString(p, "this is not a capture file\n");
          compare(p, "", TimestampPrecision.MICRO);
        }));
  }

  /** Reads {@code file} through both and fails at the first difference. */
  private static void compare(Path file, String expr, TimestampPrecision tp) throws Exception {
    String where = file.getFileName() + " '" + expr + "' " + tp;
    RUNS.incrementAndGet();
    PcapHandle theirs;
    try {
      theirs = Pcaps.openOffline(file.toString(), tp);
    } catch (PcapNativeException e) {
      var ours = assertThrowsNative(() -> JdumpPcaps.openOffline(file.toString(), tp), where);
      assertEquals(e.getMessage(), ours.getMessage(), where);
      return;
    }
    try (theirs; JdumpHandle ours = JdumpPcaps.openOffline(file.toString(), tp)) {
      assertEquals(theirs.getDlt(), ours.getDlt(), where);
      assertEquals(theirs.getSnapshot(), ours.getSnapshot(), where);
      String theirError = setFilter(() -> theirs.setFilter(expr, BpfCompileMode.OPTIMIZE));
      String ourError = setFilter(() -> ours.setFilter(expr, BpfCompileMode.OPTIMIZE));
      assertEquals(theirError, ourError, where);
      if (theirError != null) return;
      for (int n = 0; ; n++) {
        String at = where + " packet " + n;
        Next a = next(theirs::getNextPacketEx);
        Next b = next(ours::getNextPacketEx);
        if (a.end() != null && a.end().startsWith(PCAP4J_FAILS)) {
          PCAP4J_FAILURES.incrementAndGet();
          return;
        }
        assertEquals(a.end(), b.end(), at);
        if (a.end() != null) return;
        // pcap4j's own dissection throws on some malformed packets (a DNS record whose length
        // runs past the packet: ArrayIndexOutOfBoundsException); through jdump the same factory
        // must throw the same, and both handles read on from the next packet
        assertEquals(a.thrown(), b.thrown(), at);
        if (a.thrown() != null) {
          DISSECTION_FAILURES.incrementAndGet();
          continue;
        }
        assertEquals(rawData(a.packet()), rawData(b.packet()), at);
        assertEquals(a.packet().getClass(), b.packet().getClass(), at);
        assertEquals(describe(a.packet()), describe(b.packet()), at);
        if (!pcap4jWrapsFraction(theirs.getTimestamp(), ours.getTimestampNanos())) {
          assertEquals(theirs.getTimestamp(), ours.getTimestamp(), at);
        }
        assertEquals(theirs.getOriginalLength(), ours.getOriginalLength(), at);
        PACKETS.incrementAndGet();
      }
    }
  }

  /** pcap4j's toString throws on some packets (an empty TCP option): compare that too. */
  private static String describe(Packet p) {
    try {
      return p.toString();
    } catch (RuntimeException e) {
      return "toString throws " + e;
    }
  }

  /** A packet, or how the reading ended: "EOF" or the exception's message. */
  record Next(Packet packet, String end, String thrown) {
    Next(Packet packet, String end) {
      this(packet, end, null);
    }
  }

  interface Read {
    Packet next() throws Exception;
  }

  private static Next next(Read r) throws Exception {
    try {
      return new Next(r.next(), null);
    } catch (EOFException e) {
      return new Next(null, "EOF");
    } catch (PcapNativeException e) {
      return new Next(null, e.getMessage());
    } catch (IllegalArgumentException e) {
      // pcap4j's Timestamp.setNanos refuses a record's fraction out of range (>= 10^6 us):
      // pcap4j cannot deliver that packet at all, so there is nothing to compare it with.
      return new Next(null, PCAP4J_FAILS + e);
    } catch (IndexOutOfBoundsException e) {
      // the class only: pcap4j's message quotes the array it was handed, which through jdump
      // is the reader's buffer at an offset, not a copy of the one packet
      return new Next(null, null, e.getClass().getName());
    }
  }

  private static final String PCAP4J_FAILS = "pcap4j fails: ";

  /**
   * {@return true when pcap4j's timestamp is a record's out-of-range microsecond fraction
   * (>= 10^6, a corrupt record) times 1000 wrapped in 32 bits} where jdump carries the excess
   * into the seconds; libpcap passes the fraction through, and pcap4j multiplies it in an int.
   */
  private static boolean pcap4jWrapsFraction(java.sql.Timestamp theirs, long ourNanos) {
    long seconds = Math.floorDiv(theirs.getTime(), 1000);
    long micros = (ourNanos - seconds * 1_000_000_000L) / 1000;
    return micros >= 1_000_000 && (int) (micros * 1000) == theirs.getNanos();
  }

  /** pcap4j's getRawData throws on some corrupt packets (a DNS name): compare that too. */
  private static String rawData(Packet p) {
    try {
      return java.util.HexFormat.of().formatHex(p.getRawData());
    } catch (RuntimeException e) {
      return "getRawData throws " + e;
    }
  }

  interface Call {
    void run() throws Exception;
  }

  private static String setFilter(Call c) throws Exception {
    try {
      c.run();
      return null;
    } catch (PcapNativeException e) {
      return e.getMessage();
    }
  }

  private static PcapNativeException assertThrowsNative(Call c, String where) throws Exception {
    try {
      c.run();
    } catch (PcapNativeException e) {
      assertNotNull(e.getMessage(), where);
      return e;
    }
    throw new AssertionError(where + ": jdump opened what libpcap refused");
  }
}
