package io.jdump.filter.diff;

import io.jdump.bpf.LinkType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Real frames from the repository's {@code samples/*.pcap} captures, added to the generated
 * corpus of their link type. A minimal reader of its own, so that the compiler's test does not
 * lean on jdump's capture module.
 */
final class SampleCaptures {
  private SampleCaptures() {}

  /** The samples folder, seen from the filter-compiler module where surefire runs. */
  private static final Path SAMPLES = Path.of("..", "samples");

  static List<LinkFramer.Frame> frames(LinkType type) {
    List<LinkFramer.Frame> out = new ArrayList<>();
    if (!Files.isDirectory(SAMPLES)) return out;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(SAMPLES, "*.pcap")) {
      List<Path> sorted = new ArrayList<>();
      files.forEach(sorted::add);
      sorted.sort(null); // directory order is not stable; the corpus must be
      for (Path f : sorted) read(f, type, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static void read(Path file, LinkType type, List<LinkFramer.Frame> out) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file));
    if (b.remaining() < 24) return;
    int magic = b.getInt(0);
    if (magic == 0xd4c3b2a1 || magic == 0x4d3cb2a1) b.order(ByteOrder.LITTLE_ENDIAN);
    else if (magic != 0xa1b2c3d4 && magic != 0xa1b23c4d) return;
    if (LinkType.dltForLinkType(b.getInt(20) & 0x0fffffff) != type.dlt()) return;
    int n = 0;
    for (int at = 24; at + 16 <= b.limit(); n++) {
      int incl = b.getInt(at + 8);
      if (incl < 0 || at + 16 + incl > b.limit()) break;
      byte[] frame = Arrays.copyOfRange(b.array(), at + 16, at + 16 + incl);
      out.add(new LinkFramer.Frame(file.getFileName() + "#" + n, frame));
      at += 16 + incl;
    }
  }
}
