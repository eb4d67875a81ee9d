package io.jdump.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reader's options reach the compiler: anyVlan against the tcpdump expression it stands for. */
class OptionsTest {
  static SparkSession spark;
  static Path samples;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
    samples = LocalSpark.root().resolve("samples");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static long count(Path f, String filter, String option) {
    var reader = spark.read().format("pcap").option("filter", filter);
    if (option != null) reader = reader.option(option, "true");
    return reader.load(f.toString()).count();
  }

  @Test
  void anyVlanReadsUnderTheFramesOwnTags() throws IOException {
    Path vlan = samples.resolve("vlan.pcap");
    // CompileOptions: E untagged, vlan and E under one tag, vlan and vlan and E under two
    List<String> expected = Oracle.tcpdump(vlan, "icmp or (vlan and (icmp or (vlan and icmp)))");
    var rows = new java.util.ArrayList<String>();
    spark.read().format("pcap").option("filter", "icmp").option("anyVlan", "true").load(vlan.toString())
        .select("timestampNanos", "len", "frame").collectAsList()
        .forEach(r -> rows.add(Oracle.line(Math.floorDiv(r.getLong(0), 1000), r.getInt(1), (byte[]) r.get(2), 0, ((byte[]) r.get(2)).length)));
    assertEquals(expected, rows);
    assertEquals(Oracle.tcpdump(vlan, "icmp").size(), count(vlan, "icmp", null));
    assertTrue(rows.size() > count(vlan, "icmp", null));
  }

  @Test
  void ip6TransportFindsIcmp6PastExtensionHeaders() {
    Path ipv6 = samples.resolve("ipv6.pcap");
    assertTrue(count(ipv6, "icmp6", "ip6Transport") > count(ipv6, "icmp6", null));
  }

  @Test
  void badOptionValues() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> spark.read().format("pcap").option("anyVlan", "yes").load(samples.resolve("http.pcap").toString()).count());
    assertEquals("pcap option anyvlan: 'yes' is not true or false", e.getMessage());
    var s = assertThrows(IllegalArgumentException.class,
        () -> spark.read().format("pcap").option("snaplen", "-3").load(samples.resolve("http.pcap").toString()).count());
    assertEquals("invalid snaplen -3", s.getMessage());
  }
}
