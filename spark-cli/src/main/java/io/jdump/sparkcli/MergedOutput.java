package io.jdump.sparkcli;

import io.jdump.capture.PacketSink;
import io.jdump.capture.file.CaptureFiles;
import io.jdump.capture.merge.ChainedSource;
import io.jdump.capture.merge.MergeSource;
import io.jdump.capture.merge.PacketMerge;
import io.jdump.capture.merge.RunReader;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's last step: the tasks' run files merged in mergecap's order into one pcap (as
 * {@code tcpdump -w} writes it after {@code mergecap -F pcap}: microseconds, snapshot length
 * 262144) or pcapng. Each file's runs are read one after another, each raised to the largest
 * timestamp of the file's parts before it; the files are merged by {@link PacketMerge}. Every
 * run is streamed: the driver holds one 64 KiB buffer a file.
 *
 * <pre>{@code
 * long n = MergedOutput.write(parts, results, out, dlt, false, -1, conf);
 * }</pre>
 */
final class MergedOutput {
  /** What mergecap -F pcap (Wireshark 4.0) writes as the snapshot length, whatever the inputs'. */
  static final int SNAPLEN = 262144;

  private MergedOutput() {}

  /** Merges into {@code out} (closed here); {@return the number of packets written} */
  static long write(List<Part> parts, List<PartResult> results, OutputStream out, int dlt,
      boolean pcapng, long limit, Configuration conf) throws IOException {
    var files = new ArrayList<MergeSource>();
    try (PacketSink sink = pcapng
        ? CaptureFiles.pcapngWriter(out, "", SNAPLEN, false)
        : CaptureFiles.pcapWriter(out, dlt, SNAPLEN, false)) {
      int i = 0;
      while (i < parts.size()) {
        int file = parts.get(i).file().index();
        var runs = new ArrayList<ChainedSource.Opener>();
        long carry = Long.MIN_VALUE;
        for (; i < parts.size() && parts.get(i).file().index() == file; i++) {
          String run = parts.get(i).run();
          long from = carry;
          runs.add(() -> new RunReader(new BufferedInputStream(LocalFiles.open(run, () -> conf), 1 << 16), from));
          carry = Math.max(carry, results.get(i).maxTimestamp());
        }
        files.add(new ChainedSource(runs));
      }
      return PacketMerge.run(files, sink, limit < 0 ? Long.MAX_VALUE : limit);
    } finally {
      for (MergeSource s : files) s.close();
    }
  }
}
