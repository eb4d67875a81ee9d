package io.jdump.cli;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;

/**
 * A pcap file's bytes for the test copiers ({@link CutCopies}, {@link MutatedCopies}), which
 * write records again in the file's own byte order and header, so that big-endian and
 * nanosecond files stay what they were.
 *
 * <pre>{@code
 * Optional<ByteBuffer> file = PcapBytes.of(Files.readAllBytes(Path.of("tests/bgp.pcap")));
 * }</pre>
 */
final class PcapBytes {
  private PcapBytes() {}

  /** {@return the bytes in the file's byte order}, or empty when they are no pcap file */
  static Optional<ByteBuffer> of(byte[] in) {
    if (in.length < 24) return Optional.empty();
    ByteBuffer b = ByteBuffer.wrap(in).order(ByteOrder.LITTLE_ENDIAN);
    int magic = b.getInt(0);
    if (magic == 0xd4c3b2a1 || magic == 0x4d3cb2a1) {
      b.order(ByteOrder.BIG_ENDIAN);
      magic = b.getInt(0);
    }
    if (magic != 0xa1b2c3d4 && magic != 0xa1b23c4d) return Optional.empty();
    return Optional.of(b);
  }

  /**
   * Writes the record at {@code p} of {@code file} again: its time and wire length, with
   * {@code caplen} bytes of {@code data} from {@code offset} as its captured bytes.
   */
  static void record(ByteArrayOutputStream out, ByteBuffer file, int p, byte[] data, int offset,
      int caplen) {
    ByteBuffer header = ByteBuffer.allocate(16).order(file.order());
    header.putInt(file.getInt(p)).putInt(file.getInt(p + 4)).putInt(caplen)
        .putInt(file.getInt(p + 12));
    out.write(header.array(), 0, 16);
    out.write(data, offset, caplen);
  }
}
