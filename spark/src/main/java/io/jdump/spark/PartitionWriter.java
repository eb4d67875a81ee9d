package io.jdump.spark;

import io.jdump.capture.Packet;
import io.jdump.capture.PacketSink;
import io.jdump.capture.file.CaptureFiles;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Iterator;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.sql.Row;

/** Writes one partition's rows as one pcap file, opened at the first row. */
record PartitionWriter(String dir, String run, WrittenColumns columns, boolean nano, HadoopConf conf)
    implements ForeachPartitionFunction<Row> {
  private static final int SNAPLEN = 262144;

  @Override
  public void call(Iterator<Row> rows) throws IOException {
    if (!rows.hasNext()) return;
    var packet = new Packet();
    String name = String.format("part-%05d-%s.pcap", TaskContext.getPartitionId(), run);
    Path path = new Path(dir, name);
    PacketSink sink = null;
    int dlt = -1;
    try {
      while (rows.hasNext()) {
        Row r = rows.next();
        byte[] frame = (byte[]) r.get(columns.frame());
        int rowDlt = columns.linkType() >= 0 && !r.isNullAt(columns.linkType()) ? r.getInt(columns.linkType()) : 1;
        if (sink == null) {
          dlt = rowDlt;
          sink = CaptureFiles.pcapWriter(path.getFileSystem(conf.get()).create(path, false), dlt, SNAPLEN, nano);
        } else if (rowDlt != dlt) {
          throw new IOException(path + ": a pcap file has one link type; this partition has " + dlt
              + " and " + rowDlt + " (repartition by linkType first)");
        }
        int wire = columns.len() >= 0 && !r.isNullAt(columns.len()) ? r.getInt(columns.len()) : frame.length;
        packet.set(frame, 0, frame.length, wire, nanos(r), dlt, 0);
        sink.write(packet);
      }
    } finally {
      if (sink != null) sink.close();
    }
  }

  private long nanos(Row r) {
    if (columns.nanos() >= 0) return r.getLong(columns.nanos());
    Object t = r.get(columns.timestamp());
    if (t instanceof Instant i) return i.getEpochSecond() * 1_000_000_000L + i.getNano();
    Timestamp ts = (Timestamp) t;
    return Math.floorDiv(ts.getTime(), 1000L) * 1_000_000_000L + ts.getNanos();
  }
}
