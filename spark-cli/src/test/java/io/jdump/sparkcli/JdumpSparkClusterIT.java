package io.jdump.sparkcli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.capture.merge.MergeFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jdump-spark submitted to a real Spark standalone cluster on the loopback (a master
 * and two workers, each its own JVM): its output is what {@code tcpdump -w} writes over
 * {@code mergecap -F pcap}'s merge, byte for byte, and holds exactly the packets
 * {@code tcpdump -r F FILTER} keeps of each file; both workers ran tasks; nothing is left
 * running afterwards.
 */
class JdumpSparkClusterIT {
  private static final Path MODULE = Path.of("").toAbsolutePath();
  private static final Path SAMPLES = MODULE.getParent().resolve("samples");
  private static final String FILTER = "tcp or udp port 53";

  @TempDir Path dir;

  @Test
  void clusterWritesWhatTcpdumpWrites() throws Exception {
    String sparkClasspath = StandaloneCluster.read(MODULE.resolve("target/spark.classpath"));
    Path jar = MODULE.resolve("target/jdump-spark.jar");
    assertTrue(Files.isRegularFile(jar), jar + " is built by package, before this test");

    var random = new Random(4242);
    var files = new ArrayList<Path>();
    for (String s : List.of("http.pcap", "dns.pcap", "vlan.pcap")) files.add(SAMPLES.resolve(s));
    for (int i = 0; i < 3; i++) files.add(MergeFiles.random(dir, "gen" + i, random, 2000));

    Path out = dir.resolve("cluster.pcap");
    // In target/, not the temporary directory: SPARK_HOME's links into ~/.m2 are kept from
    // JUnit's clean-up, which warns about each one.
    Path clusterDir = MODULE.resolve("target/spark-cluster-it");
    deleteTree(clusterDir);
    StandaloneCluster cluster = StandaloneCluster.start(Files.createDirectories(clusterDir),
        sparkClasspath, 2);
    try {
      var command = new ArrayList<String>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(StandaloneCluster.jvmOptions());
      command.addAll(List.of("-cp", jar + ":" + sparkClasspath, "io.jdump.sparkcli.Main",
          "--master", cluster.url(), "--split-size", "16K"));
      for (Path f : files) command.addAll(List.of("-r", f.toString()));
      command.addAll(List.of("-w", out.toString(), FILTER));
      Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(5, TimeUnit.MINUTES), "jdump-spark finished");
      assertEquals(0, p.exitValue(), err + cluster.log("master"));
      assertEquals("reading from 6 files, link-type EN10MB (Ethernet), snapshot length 262144",
          err.strip());
      assertFalse(cluster.executorLogs(1).isEmpty(), "worker 1 ran an executor");
      assertFalse(cluster.executorLogs(2).isEmpty(), "worker 2 ran an executor");
    } finally {
      cluster.close();
    }
    assertEquals(List.of(), cluster.alive(), "cluster processes left running");

    byte[] ours = Files.readAllBytes(out);
    assertArrayEquals(Oracle.expected(dir, files, FILTER), ours);

    // Each file on its own through tcpdump: together, exactly the packets the cluster kept.
    Map<String, Integer> expected = new HashMap<>();
    for (Path f : files) {
      Path one = dir.resolve("one.pcap");
      Oracle.check(List.of("tcpdump", "-r", f.toString(), "-w", one.toString(), FILTER));
      for (String r : records(Files.readAllBytes(one))) expected.merge(r, 1, Integer::sum);
    }
    Map<String, Integer> got = new HashMap<>();
    for (String r : records(ours)) got.merge(r, 1, Integer::sum);
    assertTrue(got.size() > 100, "the filter keeps packets: " + got.size());
    assertEquals(expected, got);
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
    try (var walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }

  /** A pcap's records (header and bytes) as hex strings. */
  private static List<String> records(byte[] pcap) {
    var b = ByteBuffer.wrap(pcap).order(ByteOrder.LITTLE_ENDIAN);
    var out = new ArrayList<String>();
    int p = 24;
    while (p + 16 <= pcap.length) {
      int caplen = b.getInt(p + 8);
      var one = new ByteArrayOutputStream();
      one.write(pcap, p, 16 + caplen);
      out.add(java.util.HexFormat.of().formatHex(one.toByteArray()));
      p += 16 + caplen;
    }
    return out;
  }
}
