package io.jdump.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The README's example, run: its output is what the README shows. */
class ReadmeExampleTest {
  @Test
  void dnsQueriesPerServer() {
    SparkSession spark = LocalSpark.start();
    try {
      String samples = LocalSpark.root().resolve("samples").toString();
      var packets = spark.read().format("pcap").option("filter", "udp").load(samples + "/*.pcap");
      packets.createOrReplaceTempView("pcap");
      var q = spark.sql("SELECT dst, count(*) AS n FROM pcap WHERE dport = 53 GROUP BY dst ORDER BY dst");
      q.show(false);
      q.explain();
      List<Row> rows = q.collectAsList();
      assertEquals("[[10.99.0.2,6]]", rows.toString());
    } finally {
      spark.stop();
    }
  }
}
