package io.jdump.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input: a corrupt file fails only its split, with the reader's words and the file's name
 * (or, with ignoreCorruptFiles, lets the other splits and files be read); a bad filter, a
 * missing path, an empty directory and a file that is not a capture each get one line, on the
 * driver, when the query is planned.
 */
class BadInputTest {
  static SparkSession spark;
  static Path dir;
  static Path good;
  static Path corrupt;
  static int goodCount;
  static final int CORRUPT_RECORD = 1000;

  @BeforeAll
  static void start() throws IOException {
    spark = LocalSpark.start();
    dir = Files.createTempDirectory("jdump-spark-bad");
    good = dir.resolve("a-good.pcap");
    Files.write(good, Traffic.pcap(7, 1500, 262144));
    goodCount = Oracle.packets(Files.readAllBytes(good)).size();
    byte[] b = Traffic.pcap(8, 2000, 262144);
    ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    int p = 24;
    for (int i = 0; i < CORRUPT_RECORD; i++) p += 16 + buf.getInt(p + 8);
    buf.putInt(p + 8, 0x7fffffff); // record 1000's captured length
    corrupt = dir.resolve("b-corrupt.pcap");
    Files.write(corrupt, b);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static long count(Path path, boolean ignore) {
    spark.conf().set("spark.sql.files.maxPartitionBytes", "65536");
    try {
      return spark.read().format("pcap").option("ignoreCorruptFiles", Boolean.toString(ignore))
          .load(path.toString()).count();
    } finally {
      spark.conf().unset("spark.sql.files.maxPartitionBytes");
    }
  }

  @Test
  void corruptFileFailsWithItsNameAndTheReadersWords() {
    Exception e = assertThrows(Exception.class, () -> count(dir, false));
    String m = String.valueOf(e.getMessage());
    assertTrue(m.contains("b-corrupt.pcap: invalid packet capture length 2147483647, bigger than snaplen of 262144"), m);
  }

  @Test
  void ignoreCorruptFilesKeepsTheOthersGoing() {
    long n = count(dir, true);
    // the good file whole, the corrupt one's records before the damage and after the next split starts
    assertTrue(n >= goodCount + CORRUPT_RECORD && n < goodCount + 2000, "rows " + n);
  }

  @Test
  void badFilterFailsOnTheDriverWithTheCompilersWords() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> spark.read().format("pcap").option("filter", "tcp port").load(good.toString()).count());
    assertEquals("can't parse filter expression: syntax error", e.getMessage());
  }

  @Test
  void missingPath() {
    var e = assertThrows(IllegalArgumentException.class,
        () -> spark.read().format("pcap").load(dir.resolve("nothing-here").toString()).count());
    assertTrue(e.getMessage().endsWith("nothing-here: No such file or directory"), e.getMessage());
  }

  @Test
  void emptyDirectory() throws IOException {
    Path empty = Files.createTempDirectory("jdump-spark-empty");
    var e = assertThrows(IllegalArgumentException.class, () -> spark.read().format("pcap").load(empty.toString()).count());
    assertTrue(e.getMessage().endsWith(": no capture files in this directory"), e.getMessage());
  }

  @Test
  void notACapture() throws IOException {
    Path text = Files.createTempDirectory("jdump-spark-text").resolve("notes.txt");
    Files.writeString(text, "this is not a capture file\n");
    var e = assertThrows(IllegalArgumentException.class, () -> spark.read().format("pcap").load(text.toString()).count());
    assertTrue(e.getMessage().endsWith("notes.txt: unknown file format"), e.getMessage());
    assertEquals(1, List.of(e.getMessage().split("\n")).size());
  }
}
