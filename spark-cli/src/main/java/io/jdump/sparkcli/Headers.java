package io.jdump.sparkcli;

import io.jdump.bpf.LinkType;
import io.jdump.capture.PacketSource;
import io.jdump.capture.file.CaptureFiles;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;

/**
 * Reads every input's file header on the driver before any task starts, so that a file that is
 * not a capture, or cannot be read, is reported at once in the reader's words, and so that the
 * link type the filter is compiled for is known. The merged pcap has one link type, as
 * {@code mergecap -F pcap} requires.
 *
 * <pre>{@code
 * int dlt = Headers.read(files, conf).dlt();
 * }</pre>
 */
final class Headers {
  private Headers() {}

  /** What the headers say: the inputs' common DLT, and which files are pcapng. */
  record Summary(int dlt, java.util.Set<Integer> pcapng) {}

  /** {@return the inputs' common DLT} or a failure naming the file that differs or is bad */
  static Summary read(List<InputFile> files, Configuration conf) throws Failure {
    int dlt = -1;
    InputFile first = null;
    var pcapng = new java.util.HashSet<Integer>();
    for (InputFile f : files) {
      int d;
      try (PacketSource in = open(f, () -> conf)) {
        d = in.dlt();
        if (in instanceof io.jdump.capture.file.PcapngReader) pcapng.add(f.index());
      } catch (IOException | RuntimeException e) {
        throw new Failure(f.name() + ": " + Inputs.reason(e), e);
      }
      if (first == null) {
        first = f;
        dlt = d;
      } else if (d != dlt) {
        throw new Failure(first.name() + " and " + f.name() + " have different link types ("
            + name(dlt) + " and " + name(d) + "); a merged file holds one");
      }
    }
    return new Summary(dlt, pcapng);
  }

  /** {@return a reader on the whole file}, through gzip when its name ends in .gz */
  static PacketSource open(InputFile f, Supplier<Configuration> conf) throws IOException {
    InputStream in = LocalFiles.open(f.uri(), conf);
    try {
      return CaptureFiles.open(f.compressed() ? new GZIPInputStream(in, 1 << 16) : in);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  static String name(int dlt) {
    return LinkType.forDlt(dlt).map(LinkType::name).orElse(Integer.toUnsignedString(dlt));
  }
}
