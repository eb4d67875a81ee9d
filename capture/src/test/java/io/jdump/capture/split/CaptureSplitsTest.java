package io.jdump.capture.split;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.capture.Packet;
import io.jdump.capture.PacketSource;
import io.jdump.capture.file.CaptureFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The split property: for every file and split size, the packets of the ranges, read one after
 * the other, are the file's packets read whole: each once, in order, with the same bytes.
 */
class CaptureSplitsTest {
  private static final int[] SPLIT_SIZES = {1024, 2048, 3000, 4096, 8192, 12345, 65536, 1 << 20};

  @TempDir Path tmp;

  static Stream<Arguments> files() throws IOException {
    var out = new ArrayList<Arguments>();
    Path root = root();
    for (Path dir : List.of(root.resolve("samples"), root.resolve("cli/src/test/resources/print/captures"))) {
      try (var s = Files.list(dir)) {
        s.filter(p -> p.toString().endsWith(".pcap") || p.toString().endsWith(".pcapng")).sorted()
            .forEach(p -> out.add(Arguments.of(p.getFileName().toString(), read(p))));
      }
    }
    for (int seed = 1; seed <= 6; seed++) {
      ByteOrder order = seed % 2 == 0 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
      out.add(Arguments.of("gen-pcap-" + seed, SplitFiles.pcap(seed, 300, order, seed % 3 == 0, false, 65535, false)));
      out.add(Arguments.of("crafted-pcap-" + seed, SplitFiles.pcap(seed, 300, order, seed % 3 == 1, false, 262144, true)));
      out.add(Arguments.of("gen-pcapng-" + seed, SplitFiles.pcapng(seed, 300, order, false)));
      out.add(Arguments.of("crafted-pcapng-" + seed, SplitFiles.pcapng(seed, 300, order, true)));
    }
    out.add(Arguments.of("kuznetzov", SplitFiles.pcap(7, 300, ByteOrder.LITTLE_ENDIAN, false, true, 65535, true)));
    out.add(Arguments.of("snaplen-96", SplitFiles.pcap(8, 400, ByteOrder.BIG_ENDIAN, false, false, 96, true)));
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void rangesTileTheFile(String name, byte[] file) throws IOException {
    Path p = tmp.resolve(name);
    Files.write(p, file);
    List<String> whole;
    try (PacketSource in = CaptureFiles.open(new ByteArrayInputStream(file))) {
      whole = all(in, Integer.MAX_VALUE);
    }
    assertTrue(!whole.isEmpty(), name + " has packets");
    try (SeekableInput in = SeekableInput.of(p)) {
      CaptureHead head = CaptureSplits.head(in);
      for (int size : SPLIT_SIZES) {
        var joined = new ArrayList<String>();
        for (long[] r : CaptureSplits.ranges(in.size(), size)) {
          try (PacketSource s = CaptureSplits.open(in, head, r[0], r[1])) {
            joined.addAll(all(s, Integer.MAX_VALUE));
          }
        }
        assertEquals(whole.size(), joined.size(), name + " split " + size + ": packet count");
        assertEquals(whole, joined, name + " split " + size);
      }
    }
  }

  /** Each packet as a comparable line: timestamp, lengths, link type and bytes. */
  private static List<String> all(PacketSource in, int max) throws IOException {
    var out = new ArrayList<String>();
    var p = new Packet();
    while (out.size() < max && in.next(p)) {
      byte[] d = Arrays.copyOfRange(p.buffer(), p.offset(), p.offset() + p.caplen());
      out.add(p.timestampNanos() + " " + p.caplen() + " " + p.wirelen() + " " + p.dlt() + " "
          + HexFormat.of().formatHex(d));
    }
    return out;
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path root() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isDirectory(d.resolve("samples")) && Files.isRegularFile(d.resolve("jdump"))) return d;
    }
    throw new IllegalStateException("repository root not found");
  }
}
