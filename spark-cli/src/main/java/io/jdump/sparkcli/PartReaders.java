package io.jdump.sparkcli;

import io.jdump.capture.Packet;
import io.jdump.capture.PacketSource;
import io.jdump.capture.split.CaptureSplits;
import io.jdump.capture.split.SeekableInput;
import io.jdump.spark.HadoopInput;
import java.io.IOException;
import java.util.function.Supplier;
import org.apache.hadoop.conf.Configuration;

/**
 * Opens the reader for a task's part. A whole file is read from its start; a part of a file
 * starts at the first record boundary at or after its offset and ends before the first record
 * starting at or after its end (capture's split finder), so the parts of a file give each of its
 * packets once.
 *
 * <pre>{@code
 * try (PacketSource in = PartReaders.open(part, conf)) { ... }
 * }</pre>
 */
final class PartReaders {
  private PartReaders() {}

  static PacketSource open(Part part, Supplier<Configuration> conf) throws IOException {
    if (part.whole()) return Headers.open(part.file(), conf);
    java.nio.file.Path local = LocalFiles.local(part.file().uri());
    SeekableInput in = local != null ? SeekableInput.of(local)
        : HadoopInput.open(part.file().uri(), conf.get());
    try {
      PacketSource range = CaptureSplits.open(in, CaptureSplits.head(in), part.start(), part.end());
      return new Closing(range, in);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** A range's reader that also closes the file it reads (the range leaves it open). */
  private record Closing(PacketSource range, SeekableInput file) implements PacketSource {
    @Override
    public boolean next(Packet into) throws IOException {
      return range.next(into);
    }

    @Override
    public int dlt() {
      return range.dlt();
    }

    @Override
    public int snaplen() {
      return range.snaplen();
    }

    @Override
    public boolean nanoPrecision() {
      return range.nanoPrecision();
    }

    @Override
    public long position() {
      return range.position();
    }

    @Override
    public long size() {
      return range.size();
    }

    @Override
    public void close() throws IOException {
      try {
        range.close();
      } finally {
        file.close();
      }
    }
  }
}
