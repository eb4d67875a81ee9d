package io.jdump.sparkcli;

import io.jdump.bpf.InvalidProgramException;
import io.jdump.bpf.PacketFilter;
import io.jdump.capture.Packet;
import io.jdump.capture.PacketSource;
import io.jdump.capture.merge.FilteredSource;
import io.jdump.capture.merge.RunWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.Serializable;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;

/**
 * What one Spark task does with its {@link Part}: reads the part's records, runs the filter
 * (compiled once on the driver, shipped as its {@code -ddd} listing, turned into bytecode by
 * the JIT once an executor: {@link SharedFilter}), and streams the kept packets with their merge keys into the part's run file.
 * Memory is two buffers, whatever the part's size.
 *
 * <pre>{@code
 * PartResult r = new PartTask(sc.broadcast(new SharedFilter(listing))).call(part);
 * }</pre>
 */
final class PartTask implements Function<Part, PartResult>, Serializable {
  /** Marks a task's own error in Spark's failure text, for the driver to find it there. */
  static final String MARK = "jdump-spark-error: ";

  private static final int BUFFER = 1 << 20;

  private final Broadcast<SharedFilter> shared;

  /** {@code filter}: the program, compiled once an executor. */
  PartTask(Broadcast<SharedFilter> filter) {
    this.shared = filter;
  }

  @Override
  public PartResult call(Part part) throws IOException {
    PacketFilter filter = filter();
    var conf = LocalFiles.lazyConf();
    try (PacketSource in = PartReaders.open(part, conf);
         var kept = new FilteredSource(in, filter);
         var run = new RunWriter(new BufferedOutputStream(LocalFiles.create(part.run(), conf), BUFFER))) {
      var p = new Packet();
      while (kept.next(p)) run.write(p, kept.key());
      return new PartResult(part.index(), kept.read(), run.count(), kept.maxTimestamp());
    } catch (IOException | RuntimeException e) {
      // The file's name and the reader's words, on one line that survives Spark's wrapping.
      throw new IOException(MARK + part.file().name() + ": " + Inputs.reason(e) + "\n", e);
    }
  }

  private PacketFilter filter() throws IOException {
    try {
      return shared.value().get();
    } catch (InvalidProgramException e) {
      throw new IOException(MARK + "filter: " + e.getMessage() + "\n", e);
    }
  }
}
