package io.jdump.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;

/** What every task receives: the programs, the columns to build, the Hadoop configuration. */
record PcapReaderFactory(Programs programs, Columns[] columns, HadoopConf conf)
    implements PartitionReaderFactory {
  @Override
  public PartitionReader<InternalRow> createReader(InputPartition partition) {
    try {
      return new PcapPartitionReader((PcapPartition) partition, programs, columns, conf.get());
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }
}
