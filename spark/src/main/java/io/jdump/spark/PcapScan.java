package io.jdump.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.read.Batch;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A planned read: files cut into splits of at most {@code spark.sql.files.maxPartitionBytes}
 * (gzip files whole), and the one expression the JIT runs, which {@link #description()} shows in
 * {@code df.explain()}.
 */
final class PcapScan implements Scan, Batch {
  private final List<InputFiles.Entry> files;
  private final long splitSize;
  private final Programs programs;
  private final Columns[] columns;
  private final HadoopConf conf;

  PcapScan(List<InputFiles.Entry> files, long splitSize, Programs programs, Columns[] columns, HadoopConf conf) {
    this.files = files;
    this.splitSize = splitSize;
    this.programs = programs;
    this.columns = columns;
    this.conf = conf;
  }

  @Override
  public StructType readSchema() {
    return new StructType(Arrays.stream(columns)
        .map(c -> Columns.SCHEMA.fields()[c.ordinal()]).toArray(StructField[]::new));
  }

  @Override
  public String description() {
    String expression = programs.expression();
    return "PcapScan files=" + files.size() + " filter=[" + expression + "]"
        + (programs.pushed() == null ? "" : " pushed=[" + programs.pushed() + "]")
        + " columns=[" + Arrays.stream(columns).map(Enum::name).collect(Collectors.joining(",")) + "]";
  }

  @Override
  public Batch toBatch() {
    return this;
  }

  @Override
  public InputPartition[] planInputPartitions() {
    var parts = new ArrayList<InputPartition>();
    for (InputFiles.Entry f : files) {
      if (f.gzip()) {
        parts.add(new PcapPartition(f.path(), 0, f.size(), true));
        continue;
      }
      for (long s = 0; s < Math.max(f.size(), 1); s += splitSize) {
        parts.add(new PcapPartition(f.path(), s, Math.min(f.size(), s + splitSize), false));
      }
    }
    return parts.toArray(InputPartition[]::new);
  }

  @Override
  public PartitionReaderFactory createReaderFactory() {
    // on the driver, when the query runs: one copy of the programs an executor, not one a task
    var jsc = JavaSparkContext.fromSparkContext(SparkSession.active().sparkContext());
    return new PcapReaderFactory(programs, jsc.broadcast(new SharedPrograms(programs)), columns, conf);
  }
}
