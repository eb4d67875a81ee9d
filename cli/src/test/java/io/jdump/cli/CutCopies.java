package io.jdump.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;

/**
 * A pcap file's packets cut short: each record written again at a few seeded lengths from 1
 * byte to 159 (its original length kept as the wire length), so that every decoder meets its
 * fields cut at every place a capture with a small snapshot length would cut them. The
 * decoders' cut paths are where tcpdump's GET macros (a long jump) and its ND_TCHECK labels (a
 * return) part ways, and where a label printed before its field was read shows.
 *
 * <pre>{@code
 * Optional<Path> cut = CutCopies.write(Path.of("tests/bgp.pcap"), Path.of("target/cuts"), 6);
 * }</pre>
 */
final class CutCopies {
  private static final int LONGEST_CUT = 159;

  private CutCopies() {}

  /**
   * {@return the cut copy of {@code pcap}, written under {@code dir}}, or empty when the file is
   * not a pcap file whose records can be walked to the end (pcapng, damaged records: those are
   * the suite's own cases already)
   *
   * @param perPacket how many cut lengths each packet is written at (all of them when shorter)
   */
  static Optional<Path> write(Path pcap, Path dir, int perPacket) throws IOException {
    byte[] in = Files.readAllBytes(pcap);
    Optional<ByteBuffer> file = PcapBytes.of(in);
    if (file.isEmpty()) return Optional.empty();
    ByteBuffer b = file.get();
    var out = new ByteArrayOutputStream(in.length * 2);
    out.write(in, 0, 24);
    var random = new Random(pcap.getFileName().toString().hashCode());
    int p = 24;
    while (p + 16 <= in.length) {
      int caplen = b.getInt(p + 8);
      if (caplen < 0 || p + 16 + caplen > in.length) return Optional.empty();
      int longest = Math.min(caplen - 1, LONGEST_CUT);
      for (int k = 0; k < Math.min(perPacket, longest); k++) {
        int cut = 1 + random.nextInt(longest);
        PcapBytes.record(out, b, p, in, p + 16, cut);
      }
      p += 16 + caplen;
    }
    if (p != in.length) return Optional.empty(); // a cut record header: the suite's own case
    Files.createDirectories(dir);
    Path copy = dir.resolve(pcap.getFileName() + ".cuts.pcap");
    Files.write(copy, out.toByteArray());
    return Optional.of(copy);
  }
}
