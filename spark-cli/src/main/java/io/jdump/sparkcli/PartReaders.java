package io.jdump.sparkcli;

import io.jdump.capture.PacketSource;
import java.io.IOException;
import org.apache.hadoop.conf.Configuration;

/**
 * Opens the reader for a task's part. A whole file is read from its start; a part of a file
 * starts at the first record boundary after its offset (capture's split finder).
 *
 * <pre>{@code
 * try (PacketSource in = PartReaders.open(part, conf)) { ... }
 * }</pre>
 */
final class PartReaders {
  /** Whether files are cut into parts: not until capture's split finder is here. */
  static final boolean SPLITS = false;

  private PartReaders() {}

  static PacketSource open(Part part, Configuration conf) throws IOException {
    if (!part.whole()) throw new IOException("parts of files are not read yet");
    return Headers.open(part.file(), conf);
  }
}
