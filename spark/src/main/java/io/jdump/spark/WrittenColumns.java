package io.jdump.spark;

import java.io.Serializable;
import java.util.Arrays;
import org.apache.spark.sql.types.StructType;

/**
 * Where the writer finds a packet's parts in a row: indexes of {@code frame},
 * {@code timestampNanos}, {@code timestamp}, {@code len} and {@code linkType}; -1 when absent.
 */
record WrittenColumns(int frame, int nanos, int timestamp, int len, int linkType) implements Serializable {
  static WrittenColumns of(StructType schema) {
    var names = Arrays.asList(schema.fieldNames());
    int frame = names.indexOf("frame");
    int nanos = names.indexOf("timestampNanos");
    int ts = names.indexOf("timestamp");
    if (frame < 0 || (nanos < 0 && ts < 0)) {
      throw new IllegalArgumentException(
          "pcap: writing needs the columns frame and timestampNanos (or timestamp); the DataFrame has " + names);
    }
    return new WrittenColumns(frame, nanos, ts, names.indexOf("len"), names.indexOf("linkType"));
  }
}
