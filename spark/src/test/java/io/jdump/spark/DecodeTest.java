package io.jdump.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Decoded columns against tshark's fields, frame by frame ({@code -T fields}, first occurrence,
 * IP reassembly off, anyVlan so tagged frames are decoded too). Every value jdump decodes must
 * be tshark's; a value tshark has and jdump leaves null is allowed only where the decoder says
 * it reads nothing (IPv6 extension headers, link types it does not decode).
 */
class DecodeTest {
  private static final String[] FIELDS = {"eth.src", "eth.dst", "ip.src", "ip.dst", "ipv6.src",
      "ipv6.dst", "ip.proto", "ipv6.nxt", "tcp.srcport", "tcp.dstport", "udp.srcport",
      "udp.dstport", "tcp.flags", "icmp.type", "icmp.code", "icmpv6.type", "icmpv6.code", "vlan.id", "ieee8021ad.id"};
  private static final String[] COLUMNS = {"ethSrc", "ethDst", "src", "dst", "protocol", "sport",
      "dport", "tcpFlags", "icmpType", "icmpCode", "vlan", "ipVersion"};

  static SparkSession spark;
  static Path tmp;

  @BeforeAll
  static void start() throws IOException {
    spark = LocalSpark.start();
    tmp = Files.createTempDirectory("jdump-spark-decode");
    Files.write(tmp.resolve("traffic.pcap"), Traffic.pcap(5, 1500, 262144));
    Files.write(tmp.resolve("traffic-cut.pcap"), Traffic.pcap(6, 500, 70));
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @TestFactory
  Stream<DynamicTest> sameAsTshark() {
    var files = new ArrayList<Path>();
    for (String s : List.of("http.pcap", "dns.pcap", "icmp.pcap", "ipv6.pcap", "arp.pcap", "vlan.pcap",
        "any-sll.pcap", "any-sll2.pcap", "geneve.pcap")) {
      files.add(LocalSpark.root().resolve("samples").resolve(s));
    }
    files.add(tmp.resolve("traffic.pcap"));
    files.add(tmp.resolve("traffic-cut.pcap"));
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> compare(f)));
  }

  private static void compare(Path f) {
    var cmd = new ArrayList<>(List.of("tshark", "-r", f.toString(), "-n", "-o", "ip.defragment:FALSE",
        "-T", "fields", "-E", "occurrence=f", "-E", "separator=|"));
    for (String field : FIELDS) {
      cmd.add("-e");
      cmd.add(field);
    }
    Oracle.Run run = Oracle.run(cmd);
    assertEquals(0, run.status(), run.err());
    String[] lines = new String(run.out(), StandardCharsets.UTF_8).split("\n");
    List<Row> rows = spark.read().format("pcap").option("anyVlan", "true").load(f.toString())
        .selectExpr(COLUMNS).collectAsList();
    assertEquals(lines.length, rows.size(), f + ": frames");
    int compared = 0;
    var missing = new int[1]; // values tshark has and jdump leaves null
    for (int i = 0; i < rows.size(); i++) {
      String[] t = lines[i].split("\\|", -1);
      Row r = rows.get(i);
      String where = f.getFileName() + " frame " + (i + 1) + ": ";
      boolean v6 = Objects.equals(r.get(11), 6);
      compared += check(missing, where + "ethSrc", r.get(0), t[0]);
      compared += check(missing, where + "ethDst", r.get(1), t[1]);
      compared += check(missing, where + "src", r.get(2), v6 ? t[4] : t[2]);
      compared += check(missing, where + "dst", r.get(3), v6 ? t[5] : t[3]);
      compared += check(missing, where + "protocol", r.get(4), v6 ? t[7] : t[6]);
      // tshark's first tcp.srcport may be a tunnel's inner one: take the outer protocol's
      boolean udp = Objects.equals(r.get(4), 17);
      compared += check(missing, where + "sport", r.get(5), udp ? t[10] : t[8]);
      compared += check(missing, where + "dport", r.get(6), udp ? t[11] : t[9]);
      compared += check(missing, where + "tcpFlags", r.get(7), t[12].isEmpty() ? "" : Integer.toString(Integer.decode(t[12]) & 0xff));
      compared += check(missing, where + "icmpType", r.get(8), v6 ? t[15] : t[13]);
      compared += check(missing, where + "icmpCode", r.get(9), v6 ? t[16] : t[14]);
      List<Integer> vlans = r.get(10) == null ? List.of() : r.getList(10);
      // tshark names an 802.1ad (0x88a8) outer tag ieee8021ad.id, an 802.1Q one vlan.id
      compared += check(missing, where + "vlan", vlans.isEmpty() ? null : vlans.get(0), first(t[18], t[17]));
    }
    assertTrue(compared > 0, f + ": nothing compared");
    // The generated files have nothing the decoder leaves aside: every value tshark has, it has.
    if (f.getFileName().toString().startsWith("traffic")) assertEquals(0, missing[0], f + ": values tshark has and jdump does not");
    System.out.println(f.getFileName() + ": " + rows.size() + " frames, " + compared + " values equal to tshark's, " + missing[0] + " left null");
  }

  private static String first(String a, String b) {
    return a.isEmpty() ? b : a;
  }

  /** Equal when decoded; a null is allowed where tshark decodes more (extension headers, tunnels). */
  private static int check(int[] missing, String what, Object ours, String tshark) {
    if (ours == null) {
      if (!tshark.isEmpty()) missing[0]++;
      return 0;
    }
    assertEquals(tshark, ours.toString(), what);
    return 1;
  }
}
