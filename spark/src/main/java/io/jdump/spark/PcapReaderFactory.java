package io.jdump.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;

/**
 * What every task receives: the programs (and, shared by an executor's tasks, their JIT
 * classes), the columns to build, the Hadoop configuration.
 */
record PcapReaderFactory(Programs programs, Broadcast<SharedPrograms> shared, Columns[] columns,
    HadoopConf conf)
    implements PartitionReaderFactory {
  @Override
  public PartitionReader<InternalRow> createReader(InputPartition partition) {
    try {
      return new PcapPartitionReader((PcapPartition) partition, programs, shared.value(), columns,
          conf.get());
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }
}
