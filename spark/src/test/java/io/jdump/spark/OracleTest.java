package io.jdump.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Per file and filter, the DataFrame's packets (bytes, wire length, microsecond timestamps, order)
 * are those of {@code tcpdump -r F -w - FILTER}, read with small splits so that most files are
 * read by many tasks.
 */
class OracleTest {
  static final List<String> FILTERS = List.of("", "tcp", "udp port 53", "tcp port 80", "ip6",
      "icmp or icmp6", "host 10.0.0.1 or host 2001:db8::2", "vlan", "not tcp and len > 200",
      "tcp[13] & 2 != 0", "inbound");

  static SparkSession spark;
  static Path tmp;

  @BeforeAll
  static void start() throws IOException {
    spark = LocalSpark.start();
    tmp = Files.createTempDirectory("jdump-spark-oracle");
    Files.write(tmp.resolve("traffic-1.pcap"), Traffic.pcap(1, 2500, 262144));
    Files.write(tmp.resolve("traffic-2-cut.pcap"), Traffic.pcap(2, 1500, 96));
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  static List<Path> files() throws IOException {
    var out = new ArrayList<Path>();
    Path root = LocalSpark.root();
    for (Path dir : List.of(root.resolve("samples"), root.resolve("cli/src/test/resources/print/captures"), tmp)) {
      try (Stream<Path> s = Files.list(dir)) {
        s.filter(p -> p.toString().endsWith(".pcap") || p.toString().endsWith(".pcapng")).sorted().forEach(out::add);
      }
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> sameAsTcpdump() throws IOException {
    var tests = new ArrayList<DynamicTest>();
    for (Path f : files()) {
      for (String filter : FILTERS) {
        tests.add(DynamicTest.dynamicTest(f.getFileName() + " '" + filter + "'", () -> compare(f, filter)));
      }
    }
    return tests.stream();
  }

  private static void compare(Path f, String filter) throws IOException {
    List<String> expected = Oracle.tcpdump(f, filter);
    long split = Files.size(f) > 65536 ? 16384 : 1024;
    spark.conf().set("spark.sql.files.maxPartitionBytes", Long.toString(split));
    try {
      if (expected == null) {
        assertThrows(IllegalArgumentException.class, () -> read(f, filter), "tcpdump refused " + filter);
        return;
      }
      List<String> got = read(f, filter);
      assertEquals(expected.size(), got.size(), f + " '" + filter + "': packets");
      assertEquals(expected, got, f + " '" + filter + "'");
    } finally {
      spark.conf().unset("spark.sql.files.maxPartitionBytes");
    }
  }

  static List<String> read(Path f, String filter) {
    return read(spark, f, filter);
  }

  /** {@return the packets of {@code f} (file, directory or glob) that the filter keeps} as {@link Oracle#line} lines. */
  static List<String> read(SparkSession spark, Path f, String filter) {
    var out = new ArrayList<String>();
    List<Row> rows = spark.read().format("pcap").option("filter", filter).load(f.toString())
        .select("timestampNanos", "len", "frame").collectAsList();
    for (Row r : rows) {
      byte[] b = (byte[]) r.get(2);
      out.add(Oracle.line(Math.floorDiv(r.getLong(0), 1000), r.getInt(1), b, 0, b.length));
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> splitsAreUsed() {
    return Stream.of(DynamicTest.dynamicTest("many partitions", () -> {
      spark.conf().set("spark.sql.files.maxPartitionBytes", "16384");
      try {
        int parts = spark.read().format("pcap").load(tmp.resolve("traffic-1.pcap").toString()).rdd().getNumPartitions();
        assertTrue(parts > 20, "partitions: " + parts);
      } finally {
        spark.conf().unset("spark.sql.files.maxPartitionBytes");
      }
    }));
  }
}
