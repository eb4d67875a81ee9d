package io.jdump.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Writing ({@code df.write().format("pcap").save(dir)}) gives what {@code tcpdump -w} gives for the
 * same filter; directories, globs, several paths and gzip files read as tcpdump reads each file.
 */
class WriteAndPathsTest {
  static SparkSession spark;
  static Path dir;

  @BeforeAll
  static void start() throws IOException {
    spark = LocalSpark.start();
    dir = Files.createTempDirectory("jdump-spark-paths");
    Path samples = LocalSpark.root().resolve("samples");
    Files.copy(samples.resolve("http.pcap"), dir.resolve("1-http.pcap"));
    Files.copy(samples.resolve("mixed.pcapng"), dir.resolve("2-mixed.pcapng"));
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("3-dns.pcap.gz")))) {
      Files.copy(samples.resolve("dns.pcap"), out);
    }
    Files.write(dir.resolve("4-traffic.pcap"), Traffic.pcap(9, 2000, 262144));
    Files.writeString(dir.resolve("_SUCCESS"), "");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** tcpdump over each file in name order (gzip files through zcat), as one list. */
  private static List<String> expected(String filter) throws IOException {
    var out = new ArrayList<String>();
    for (String name : List.of("1-http.pcap", "2-mixed.pcapng", "3-dns.pcap", "4-traffic.pcap")) {
      Path f = dir.resolve(name);
      if (!Files.exists(f)) {
        f = Files.createTempDirectory("jdump-spark-gunzip").resolve(name);
        Files.write(f, Oracle.run(List.of("zcat", dir.resolve(name + ".gz").toString())).out());
      }
      out.addAll(Oracle.tcpdump(f, filter));
    }
    return out;
  }

  @Test
  void directoryGlobAndPathsReadLikeTcpdump() throws IOException {
    spark.conf().set("spark.sql.files.maxPartitionBytes", "8192");
    try {
      List<String> want = expected("udp or tcp port 80");
      assertEquals(want, OracleTest.read(spark, dir, "udp or tcp port 80"));
      List<String> glob = new ArrayList<>();
      spark.read().format("pcap").option("filter", "udp or tcp port 80").load(dir + "/[1-4]-*")
          .select("timestampNanos", "len", "frame").collectAsList()
          .forEach(r -> glob.add(Oracle.line(Math.floorDiv(r.getLong(0), 1000), r.getInt(1), (byte[]) r.get(2), 0, ((byte[]) r.get(2)).length)));
      assertEquals(want, glob);
    } finally {
      spark.conf().unset("spark.sql.files.maxPartitionBytes");
    }
  }

  @Test
  void writtenPcapIsWhatTcpdumpWrites() throws IOException {
    Path traffic = dir.resolve("4-traffic.pcap");
    Path out = Files.createTempDirectory("jdump-spark-out").resolve("web");
    spark.read().format("pcap").option("filter", "tcp port 80").load(traffic.toString())
        .coalesce(1).write().format("pcap").save(out.toString());
    List<Path> parts;
    try (Stream<Path> s = Files.list(out)) {
      parts = s.filter(p -> p.getFileName().toString().endsWith(".pcap")).toList();
    }
    assertEquals(1, parts.size(), parts.toString());
    byte[] ours = Files.readAllBytes(parts.get(0));
    byte[] theirs = Oracle.run(List.of("tcpdump", "-r", traffic.toString(), "-w", "-", "tcp port 80")).out();
    assertEquals(Oracle.packets(theirs), Oracle.packets(ours));
    // header and records: byte for byte, but for the snap length tcpdump copies from the input
    assertEquals(theirs.length, ours.length);

    var e = assertThrows(IllegalArgumentException.class, () -> spark.read().format("pcap").load(traffic.toString())
        .write().format("pcap").save(out.toString()));
    assertTrue(e.getMessage().endsWith("already exists"), e.getMessage());
    spark.read().format("pcap").load(traffic.toString()).repartition(3).write().format("pcap").mode("overwrite").save(out.toString());
    try (Stream<Path> s = Files.list(out)) {
      assertEquals(3, s.filter(p -> p.getFileName().toString().endsWith(".pcap")).count());
    }
  }
}
