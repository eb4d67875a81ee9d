package io.jdump.spark;

import org.apache.spark.sql.connector.read.InputPartition;

/**
 * One task's work: the packets whose records start in [start, end) of a file, or the whole file
 * when it cannot be split (gzip).
 */
record PcapPartition(String path, long start, long end, boolean whole) implements InputPartition {}
