package io.jdump.capture.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.capture.Packet;
import io.jdump.capture.PacketSink;
import io.jdump.capture.zone.LocalZone;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * -C, -G and -W on real pcap files: where a file ends (the first packet written once the file
 * holds more than -C bytes goes to the next, as tcpdump's ftell test), the ring of -W names,
 * -G's clock and its end after -W files, and that the files together hold every packet.
 */
class RotatingSinkTest {
  private static final LocalZone UTC = LocalZone.of("UTC0", null);
  @TempDir Path dir;
  private long now = 1_700_000_000L;

  @Test
  void sizeRotationStartsTheNextFileOncePastTheLimit() throws IOException {
    var rnd = new Random(7);
    for (int round = 0; round < 20; round++) {
      long max = 500 + rnd.nextInt(5000);
      String base = dir.resolve("s" + round + "-").toString();
      List<byte[]> packets = randomPackets(rnd, 300);
      try (var sink = sink(new RotatingSink.Plan(base, max, 0, 0))) {
        for (byte[] p : packets) sink.write(view(p));
      }
      List<Path> files = series(base, "", packets.size());
      var all = new ArrayList<byte[]>();
      for (int i = 0; i < files.size(); i++) {
        List<byte[]> in = read(files.get(i));
        long size = Files.size(files.get(i));
        if (i < files.size() - 1) {
          long beforeLast = size - 16 - in.get(in.size() - 1).length;
          assertTrue(beforeLast <= max && size > max, "file " + i + ": " + size + " for " + max);
        }
        all.addAll(in);
      }
      assertSame(packets, all);
    }
  }

  @Test
  void fileCountMakesARingOfNamesPaddedToItsWidth() throws IOException {
    String base = dir.resolve("ring").toString();
    List<byte[]> packets = randomPackets(new Random(3), 40);
    var opened = new ArrayList<String>();
    try (var sink = new RotatingSink(new RotatingSink.Plan(base, 30, 0, 11),
        name -> { opened.add(name); return writer(name); }, RotatingSink.PCAP_SIZES,
        () -> now, UTC)) {
      for (byte[] p : packets) sink.write(view(p));
    }
    // 30 bytes: the pcap header (24) and one packet fill a file; 11 names, 2 digits
    assertEquals(40, opened.size());
    for (int i = 0; i < opened.size(); i++) assertEquals(base + String.format("%02d", i % 11), opened.get(i));
    assertSame(packets.subList(39, 40), read(Path.of(base + "06")));
  }

  @Test
  void timeRotationOpensANewFileEachPeriodNamedByStrftime() throws IOException {
    String base = dir.resolve("t-%Y%m%d-%H%M%S.pcap").toString();
    List<byte[]> packets = randomPackets(new Random(5), 30);
    try (var sink = sink(new RotatingSink.Plan(base, 0, 10, 0))) {
      for (int i = 0; i < packets.size(); i++) {
        now += 3; // a packet every 3 s: a new file at 12, 24, ... seconds (>= 10 since open)
        sink.write(view(packets.get(i)));
      }
    }
    try (var files = Files.list(dir)) {
      List<Path> names = files.sorted().toList();
      assertEquals(List.of("t-20231114-221320.pcap", "t-20231114-221332.pcap"),
          names.subList(0, 2).stream().map(p -> p.getFileName().toString()).toList());
      var all = new ArrayList<byte[]>();
      for (Path p : names) all.addAll(read(p));
      assertSame(packets, all);
    }
  }

  @Test
  void timeRotationWithFileCountEndsAfterThatManyFilesEachComplete() throws IOException {
    String base = dir.resolve("w-%s").toString();
    List<byte[]> packets = randomPackets(new Random(9), 10);
    var sink = sink(new RotatingSink.Plan(base, 0, 1, 2));
    sink.write(view(packets.get(0)));
    now += 1;
    sink.write(view(packets.get(1)));
    now += 1;
    var end = assertThrows(RotatingSink.LimitReached.class, () -> sink.write(view(packets.get(2))));
    assertEquals("Maximum file limit reached: 2", end.getMessage());
    sink.close();
    assertSame(packets.subList(0, 1), read(dir.resolve("w-1700000000")));
    assertSame(packets.subList(1, 2), read(dir.resolve("w-1700000001")));
  }

  /** -z's hook: each file a rotation closes, complete when told, the last file (closed by close) not. */
  @Test
  void rotationTellsOfEachClosedFileButNotTheLast() throws IOException {
    var closed = new ArrayList<String>();
    RotatingSink.Rotated record = name -> {
      try {
        read(Path.of(name)); // readable to its end: closed before it is handed over
      } catch (IOException e) {
        throw new AssertionError(name, e);
      }
      closed.add(Path.of(name).getFileName().toString());
    };
    List<byte[]> packets = randomPackets(new Random(11), 6);
    String sized = dir.resolve("c").toString();
    try (var sink = new RotatingSink(new RotatingSink.Plan(sized, 300, 0, 2), this::writer,
        RotatingSink.PCAP_SIZES, () -> now, UTC, record)) {
      for (byte[] p : packets) sink.write(view(p));
    }
    int files = closed.size();
    assertTrue(files >= 2, closed.toString());
    for (int i = 0; i < files; i++) assertEquals("c" + (i % 2), closed.get(i), closed.toString());

    closed.clear();
    var timed = new RotatingSink(new RotatingSink.Plan(dir.resolve("g-%s").toString(), 0, 1, 2),
        this::writer, RotatingSink.PCAP_SIZES, () -> now, UTC, record);
    timed.write(view(packets.get(0)));
    now += 1;
    timed.write(view(packets.get(1)));
    assertEquals(List.of("g-" + (now - 1)), closed);
    now += 1;
    assertThrows(RotatingSink.LimitReached.class, () -> timed.write(view(packets.get(2))));
    // tcpdump runs -z on the -W'th file before it stops
    assertEquals(List.of("g-" + (now - 2), "g-" + (now - 1)), closed);
    timed.close();
    assertEquals(2, closed.size());
  }

  private RotatingSink sink(RotatingSink.Plan plan) throws IOException {
    return new RotatingSink(plan, this::writer, RotatingSink.PCAP_SIZES, () -> now, UTC);
  }

  private PacketSink writer(String name) throws IOException {
    return CaptureFiles.pcapWriter(Files.newOutputStream(Path.of(name)), 1, 262144, false);
  }

  private static List<Path> series(String base, String unused, int max) {
    var out = new ArrayList<Path>();
    if (Files.exists(Path.of(base))) out.add(Path.of(base));
    for (int i = 1; i <= max && Files.exists(Path.of(base + i)); i++) out.add(Path.of(base + i));
    return out;
  }

  private static List<byte[]> randomPackets(Random rnd, int n) {
    var out = new ArrayList<byte[]>();
    for (int i = 0; i < n; i++) {
      byte[] p = new byte[14 + rnd.nextInt(300)];
      rnd.nextBytes(p);
      out.add(p);
    }
    return out;
  }

  private Packet view(byte[] p) {
    var packet = new Packet();
    packet.set(p, 0, p.length, p.length, now * 1_000_000_000L, 1, 0);
    return packet;
  }

  private static List<byte[]> read(Path file) throws IOException {
    var out = new ArrayList<byte[]>();
    try (var in = CaptureFiles.open(file)) {
      var p = new Packet();
      while (in.next(p)) out.add(Arrays.copyOfRange(p.buffer(), p.offset(), p.offset() + p.caplen()));
    }
    return out;
  }

  private static void assertSame(List<byte[]> expected, List<byte[]> actual) {
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) assertArrayEquals(expected.get(i), actual.get(i));
  }
}
