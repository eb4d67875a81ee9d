package io.jdump.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Generated predicates (fixed seed) over the decoded columns give the same rows, in the same
 * order, with pushdown and without, on files with frames cut by the snap length and VLAN tags;
 * at least half of them are pushed, and explain() shows what was.
 */
class PushdownTest {
  static SparkSession spark;
  static String file;
  static String vlanFile;

  @BeforeAll
  static void start() throws IOException {
    spark = LocalSpark.start();
    Path tmp = Files.createTempDirectory("jdump-spark-pushdown");
    Files.write(tmp.resolve("traffic.pcap"), Traffic.pcap(3, 3000, 262144));
    Files.write(tmp.resolve("traffic-cut.pcap"), Traffic.pcap(4, 800, 60));
    file = tmp.toString();
    vlanFile = LocalSpark.root().resolve("samples/vlan.pcap").toString();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @TestFactory
  Stream<DynamicTest> sameRowsWithAndWithout() {
    var r = new Random(16);
    var tests = new ArrayList<DynamicTest>();
    var pushed = new java.util.concurrent.atomic.AtomicInteger();
    for (int i = 0; i < 80; i++) {
      String predicate = predicate(r, 3);
      boolean anyVlan = i % 10 == 9;
      tests.add(DynamicTest.dynamicTest(predicate + (anyVlan ? " [anyVlan]" : ""), () -> {
        compare(predicate, anyVlan);
        if (plan(frame(true, anyVlan).where(predicate)).contains("pushed=[")) pushed.incrementAndGet();
      }));
    }
    tests.add(DynamicTest.dynamicTest("most predicates are pushed", () -> {
      System.out.println("predicates pushed: " + pushed.get() + " of 80");
      assertTrue(pushed.get() >= 40, "pushed " + pushed.get());
    }));
    return tests.stream();
  }

  private static void compare(String predicate, boolean anyVlan) {
    List<String> without = rows(predicate, false, anyVlan);
    List<String> with = rows(predicate, true, anyVlan);
    assertEquals(without.size(), with.size(), predicate);
    assertEquals(without, with, predicate);
  }

  private static Dataset<Row> frame(boolean pushdown, boolean anyVlan) {
    return spark.read().format("pcap").option("pushdown", Boolean.toString(pushdown))
        .option("anyVlan", Boolean.toString(anyVlan)).load(file, vlanFile);
  }

  private static List<String> rows(String predicate, boolean pushdown, boolean anyVlan) {
    var out = new ArrayList<String>();
    for (Row row : frame(pushdown, anyVlan).where(predicate).select("timestampNanos", "frame").collectAsList()) {
      out.add(row.getLong(0) + " " + HexFormat.of().formatHex((byte[]) row.get(1)));
    }
    return out;
  }

  /** A random predicate: translatable atoms mostly, some that stay with Spark. */
  static String predicate(Random r, int depth) {
    if (depth == 0 || r.nextInt(3) == 0) return atom(r);
    return switch (r.nextInt(4)) {
      case 0 -> "(" + predicate(r, depth - 1) + " AND " + predicate(r, depth - 1) + ")";
      case 1 -> "(" + predicate(r, depth - 1) + " OR " + predicate(r, depth - 1) + ")";
      case 2 -> { // one column on both sides: the OR that can be pushed
        int column = r.nextInt(7);
        yield "(" + atom(r, column) + " OR " + (r.nextBoolean() ? atom(r, column) : "NOT " + atom(r, column)) + ")";
      }
      default -> "(NOT " + predicate(r, depth - 1) + ")";
    };
  }

  private static String atom(Random r) {
    return atom(r, r.nextInt(11));
  }

  private static String atom(Random r, int kind) {
    String[] hosts = {"10.0.0.1", "10.0.0.2", "192.168.1.7", "2001:db8::1", "2001:db8::2", "10.99.0.1", "9.9.9.9"};
    String[] ops = {"=", "<", ">", "<=", ">="};
    return switch (kind) {
      case 0 -> (r.nextBoolean() ? "src" : "dst") + " = '" + hosts[r.nextInt(hosts.length)] + "'";
      case 1 -> (r.nextBoolean() ? "src" : "dst") + " IN ('" + hosts[r.nextInt(hosts.length)] + "', '" + hosts[r.nextInt(hosts.length)] + "')";
      case 2 -> (r.nextBoolean() ? "sport" : "dport") + " " + ops[r.nextInt(ops.length)] + " " + Traffic.PORTS[r.nextInt(Traffic.PORTS.length)];
      case 3 -> (r.nextBoolean() ? "sport" : "dport") + " IN (53, 80, " + r.nextInt(65536) + ")";
      case 4 -> "protocol " + ops[r.nextInt(ops.length)] + " " + new int[] {1, 6, 17, 58}[r.nextInt(4)];
      case 5 -> "len " + ops[r.nextInt(ops.length)] + " " + (60 + r.nextInt(600));
      case 6 -> "ipVersion = " + (r.nextBoolean() ? 4 : 6);
      case 7 -> "srcBytes = X'0A000001'";
      case 8 -> "tcpFlags = " + r.nextInt(256);            // stays with Spark
      case 9 -> "caplen > " + (60 + r.nextInt(100));       // stays with Spark
      default -> "src > '10.0.0.1'";                        // not translated: text order
    };
  }

  private static String plan(Dataset<Row> df) {
    return df.queryExecution().explainString(org.apache.spark.sql.execution.SimpleMode$.MODULE$);
  }

  @Test
  void explainShowsThePushedExpression() {
    String plan = plan(frame(true, false).where("dport = 53 AND src IN ('10.0.0.1', '2001:db8::1')"));
    assertTrue(plan.contains("pushed=[(dst port 53) and ((ip src host 10.0.0.1) or (ip6 src host 2001:db8::1))]"), plan);
  }

  @Test
  void prunedScanBuildsOnlyTheColumnsRead() {
    String plan = plan(frame(true, false).select("src"));
    assertTrue(plan.contains("columns=[src]"), plan);
  }
}
