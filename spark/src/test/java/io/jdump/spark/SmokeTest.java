package io.jdump.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SmokeTest {
  static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void reads() {
    var df = spark.read().format("pcap").option("filter", "tcp").load(LocalSpark.root().resolve("samples/http.pcap").toString());
    df.explain();
    df.select("timestamp", "src", "dst", "sport", "dport", "protocol", "tcpFlags", "len").show(5, false);
    df.filter("dport = 80 or sport = 80").explain();
    System.out.println(df.filter("dport = 80").count());
    assertEquals(df.count(), df.count());
  }
}
