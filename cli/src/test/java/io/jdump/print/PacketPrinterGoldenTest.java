package io.jdump.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.capture.Packet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file of golden-matrix.txt printed with every flag set there, by tcpdump and by the
 * printer, line for line. Cases listed in known-gaps.txt may differ by at most the number of
 * lines recorded there; every other case must be identical. A table of the results is written
 * to target/print-golden-report.txt.
 *
 * <p>golden-names.txt is a second matrix printed without {@code -n} by both: names from this
 * host's resolver, /etc/services and the OUI and protocol tables. Its captures hold only
 * addresses that resolve at once (loopback, the samples' private nets): a reverse lookup that
 * waits for a DNS time-out would make the test slow, not wrong.
 *
 * <p>golden-lab.txt and golden-lab-names.txt do the same for the lab captures (real daemons in
 * network namespaces, made by print/lab/make-lab-captures) and the generated ones (scapy, made
 * by print/lab/make-scapy-captures); a file line may be a glob ({@code captures/lab-*.pcap}).
 * <p>golden-routing.txt is a third matrix, for the routing protocols' captures (FRR daemons
 * captured in network namespaces, and scapy's seeded random packets), with the flag sets that
 * matter there.
 * <p>golden-wifi.txt holds the 802.11 captures with the flags only they need (-H, -e -v, -xx);
 * golden-lab.txt's glob prints them with the others. golden-wpan.txt does the same for the
 * IEEE 802.15.4 captures (-vvvv, where tcpdump decodes information elements). golden-zones.txt
 * prints local time stamps with TZ set to zone files and POSIX TZ strings.
 */
class PacketPrinterGoldenTest {
  private static final Path RES = Path.of("src/test/resources/print");
  private static final Map<String, String> REPORT = new LinkedHashMap<>();

  @TestFactory
  Stream<DynamicTest> printsWhatTcpdumpPrints() throws IOException {
    return matrix("golden-matrix.txt", true, false);
  }

  @TestFactory
  Stream<DynamicTest> printsNamesAsTcpdumpDoesWithoutN() throws IOException {
    return matrix("golden-names.txt", false, false);
  }

  @TestFactory
  Stream<DynamicTest> labAndScapyCapturesPrintWhatTcpdumpPrints() throws IOException {
    return matrix("golden-lab.txt", true);
  }

  @TestFactory
  Stream<DynamicTest> labCapturesPrintNamesAsTcpdumpDoesWithoutN() throws IOException {
    return matrix("golden-lab-names.txt", false);
  }

  @TestFactory
  Stream<DynamicTest> wifiFramesPrintWhatTcpdumpPrints() throws IOException {
    return matrix("golden-wifi.txt", true, true);
  }

  @TestFactory
  Stream<DynamicTest> wpanFramesPrintWhatTcpdumpPrints() throws IOException {
    return matrix("golden-wpan.txt", true, true);
  }

  @TestFactory
  Stream<DynamicTest> forcedTypesPrintWhatTcpdumpPrints() throws IOException {
    return matrix("golden-types.txt", true);
  }

  @TestFactory
  Stream<DynamicTest> printsRoutingProtocolsAsTcpdumpDoes() throws IOException {
    return matrix("golden-routing.txt", true, true);
  }

  @TestFactory
  Stream<DynamicTest> printsLocalTimesAsTcpdumpDoes() throws IOException {
    return matrix("golden-zones.txt", true, true);
  }

  static Stream<DynamicTest> matrix(String name, boolean numeric) throws IOException {
    return matrix(name, numeric, false);
  }

  /** strict: the printer must also finish every packet without an internal error. */
  private static Stream<DynamicTest> matrix(String name, boolean numeric, boolean strict)
      throws IOException {
    List<String> files = new ArrayList<>();
    List<String> flagSets = new ArrayList<>();
    List<String> section = null;
    for (String l : Files.readAllLines(RES.resolve(name))) {
      l = l.strip();
      if (l.isEmpty() || l.startsWith("#")) continue;
      if (l.equals("[files]")) section = files;
      else if (l.equals("[flags]")) section = flagSets;
      else if (section == files && l.contains("*")) files.addAll(glob(l));
      else section.add(l);
    }
    Map<String, Integer> gaps = knownGaps();
    List<DynamicTest> tests = new ArrayList<>();
    for (String file : files) {
      for (String flags : flagSets) {
        String key = Path.of(file).getFileName() + " | " + (numeric ? "" : "names ") + flags;
        tests.add(DynamicTest.dynamicTest(key,
            () -> check(Path.of(file), flags, numeric, strict, key, gaps)));
      }
    }
    return tests.stream();
  }

  private static void check(Path file, String flagSet, boolean numeric, boolean strict,
      String key, Map<String, Integer> gaps) throws Exception {
    String tz = "UTC";
    String flags = flagSet.equals("-") ? "" : flagSet;
    if (flags.startsWith("TZ=")) {
      int sp = flags.indexOf(' ');
      tz = sp < 0 ? flags.substring(3) : flags.substring(3, sp);
      flags = sp < 0 ? "" : flags.substring(sp + 1);
    }
    List<String> args = new ArrayList<>(List.of(TcpdumpFlags.tcpdumpArgs(flags)));
    args.add("-#");
    String expected = TcpdumpOracle.run(file, tz, numeric, args.toArray(String[]::new));
    PrintOptions opts = TcpdumpFlags.parse(flags, tz).withNumber(true);
    if (!numeric) opts = opts.withNumeric(false);
    PacketPrinter printer = new PacketPrinter(opts);
    List<String> got = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    for (Packet p : CaptureReader.read(file)) {
      sb.setLength(0);
      printer.print(p, sb);
      got.add(sb.toString());
    }
    if (strict) {
      assertEquals(0, printer.internalErrors(), () -> key + ": the printer threw inside a packet");
    }
    GoldenComparison.Result r = GoldenComparison.compare(expected, got);
    record(key, r);
    Integer allowed = gaps.get(key);
    if (allowed == null) {
      assertEquals(0, r.differing(), () -> key + ": " + r.differing() + " of " + r.total()
          + " lines differ; first at " + r.firstDifference());
    } else {
      assertTrue(r.differing() <= allowed, () -> key + ": known gap grew from " + allowed
          + " to " + r.differing() + " lines; first at " + r.firstDifference());
    }
  }

  /** {@return the files a glob such as {@code dir/lab-*.pcap} names, sorted} */
  static List<String> glob(String pattern) throws IOException {
    Path p = Path.of(pattern);
    List<String> out = new ArrayList<>();
    try (var dir = Files.newDirectoryStream(p.getParent(), p.getFileName().toString())) {
      for (Path f : dir) out.add(f.toString());
    }
    out.sort(null);
    return out;
  }

  static void record(String key, GoldenComparison.Result r) {
    synchronized (REPORT) {
      REPORT.put(key, (r.total() - r.differing()) + "/" + r.total());
    }
  }

  static Map<String, Integer> knownGaps() throws IOException {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (String l : Files.readAllLines(RES.resolve("known-gaps.txt"))) {
      if (l.isBlank() || l.startsWith("#")) continue;
      String[] parts = l.split("\\|");
      m.put(parts[0].strip() + " | " + parts[1].strip(), Integer.parseInt(parts[2].strip()));
    }
    return m;
  }

  @AfterAll
  static void writeReport() throws IOException {
    StringBuilder sb = new StringBuilder("# file | flags | identical lines / lines\n");
    synchronized (REPORT) {
      REPORT.forEach((k, v) -> sb.append(k).append(" | ").append(v).append('\n'));
    }
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/print-golden-report.txt"), sb, StandardCharsets.UTF_8);
  }
}
