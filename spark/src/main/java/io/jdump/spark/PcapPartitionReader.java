package io.jdump.spark;

import io.jdump.bpf.PacketFilter;
import io.jdump.capture.Packet;
import io.jdump.capture.PacketSource;
import io.jdump.capture.file.CaptureFiles;
import io.jdump.capture.split.CaptureHead;
import io.jdump.capture.split.CaptureSplits;
import io.jdump.capture.split.SeekableInput;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.PartitionReader;

/**
 * Streams one partition: the split's packets through the JIT's filter, each kept one made into
 * a row. A corrupt record fails the task with the reader's words and the file's name, or, with
 * {@code ignoreCorruptFiles}, ends the split where the corruption starts.
 */
final class PcapPartitionReader implements PartitionReader<InternalRow> {
  private final PcapPartition part;
  private final Programs programs;
  private final SharedPrograms shared;
  private final RowMaker rows;
  private final Map<Integer, PacketFilter> filters = new HashMap<>();
  private final Packet packet = new Packet();
  private SeekableInput input;
  private PacketSource source;
  private int lastDlt = -1;
  private PacketFilter lastFilter;
  private InternalRow row;
  private boolean done;

  PcapPartitionReader(PcapPartition part, Programs programs, SharedPrograms shared,
      Columns[] columns, Configuration conf) throws IOException {
    this.part = part;
    this.programs = programs;
    this.shared = shared;
    this.rows = new RowMaker(columns, programs.options().anyVlan(), part.path());
    try {
      Path path = new Path(part.path());
      FileSystem fs = path.getFileSystem(conf);
      if (part.whole()) {
        source = CaptureFiles.open(new GZIPInputStream(fs.open(path), 1 << 16));
      } else {
        // A local file is read through its channel: Hadoop's local file system would add its
        // checksum layer and 4 KiB reads.
        input = fs instanceof LocalFileSystem
            ? SeekableInput.of(java.nio.file.Path.of(path.toUri()))
            : new HadoopInput(fs, path, fs.getFileStatus(path).getLen());
        CaptureHead head = CaptureSplits.head(input);
        source = CaptureSplits.open(input, head, part.start(), part.end());
      }
    } catch (IOException e) {
      close();
      if (!programs.options().ignoreCorruptFiles()) throw named(e);
      done = true;
    }
  }

  private IOException named(IOException e) {
    return new IOException(part.path() + ": " + e.getMessage(), e);
  }

  @Override
  public boolean next() throws IOException {
    if (done) return false;
    try {
      while (source.next(packet)) {
        PacketFilter f = filterFor(packet.dlt());
        if (f != null && f.apply(packet.buffer(), packet.offset(), packet.caplen(), packet.wirelen()) == 0) continue;
        row = rows.make(packet);
        return true;
      }
    } catch (IOException e) {
      if (!programs.options().ignoreCorruptFiles()) throw named(e);
    }
    done = true;
    return false;
  }

  private PacketFilter filterFor(int dlt) {
    if (dlt != lastDlt) {
      // one file per reader: one byte order, which libpcap compiles a savefile's filter for
      lastFilter = filters.computeIfAbsent(dlt, d -> shared.filter(d, source.savefile()));
      lastDlt = dlt;
    }
    return lastFilter;
  }

  @Override
  public InternalRow get() {
    return row;
  }

  @Override
  public void close() throws IOException {
    try {
      if (source != null) source.close();
    } finally {
      if (input != null) input.close();
    }
  }
}
