package io.jdump.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/**
 * {@code df.write().format("pcap").save(dir)}: one pcap per non-empty partition,
 * {@code dir/part-00000-<run>.pcap}, from the columns {@code frame}, {@code timestampNanos} (or
 * {@code timestamp}), {@code len} (or the frame's length) and {@code linkType} (or Ethernet).
 * Microsecond timestamps, as {@code tcpdump -w} writes; option {@code nano=true} for nanoseconds.
 */
final class PcapSave {
  private PcapSave() {}

  static void save(SparkSession spark, SaveMode mode, Map<String, String> options, Dataset<Row> data) {
    var ci = new CaseInsensitiveStringMap(options);
    String dir = ci.get("path");
    if (dir == null) throw new IllegalArgumentException("pcap: save needs a directory: save(\"out/\")");
    StructType schema = data.schema();
    var columns = WrittenColumns.of(schema);
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    try {
      Path path = new Path(dir);
      FileSystem fs = path.getFileSystem(conf);
      boolean exists = fs.exists(path);
      switch (mode) {
        case ErrorIfExists -> {
          if (exists) throw new IllegalArgumentException("pcap: " + dir + " already exists");
        }
        case Ignore -> {
          if (exists) return;
        }
        case Overwrite -> {
          if (exists) fs.delete(path, true);
        }
        case Append -> { }
      }
      fs.mkdirs(path);
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
    }
    boolean nano = "true".equalsIgnoreCase(ci.getOrDefault("nano", "false"));
    data.foreachPartition(new PartitionWriter(dir, UUID.randomUUID().toString(), columns, nano,
        HadoopConf.of(conf)));
  }
}
