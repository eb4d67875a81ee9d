package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jdump -r IN -w OUT [filter]} by ranges (io.jdump.capture.file.RangeCopy) against
 * tcpdump: the same output bytes, the same standard error, the same status. The hidden
 * {@code --range-bytes} cuts these small files into many ranges, so that the threaded walk, the
 * boundary finder, the check that a range starts where the one before it ended, and the hand-off
 * to the packet loop all run; the default size runs the one-thread walk.
 */
class RangeCopyTest {
  /**
   * Tiny (records longer than a range), small, longer than a walk's read (RangeWalk.CHUNK: a
   * record and a cut met after a second read), and the default.
   */
  private static final List<String> RANGES = List.of("64", "1000", "4096", "300000", "default");
  private static final List<String> EXPRESSIONS = List.of("", "tcp port 80", "udp", "not ip",
      "len > 600");

  @TempDir
  Path dir;

  private int compared;

  /** Runs both, {@code @OUT} standing for each one's own output file, jdump once per range size. */
  private void sameFile(Path in, String expression) throws IOException {
    sameFile(in, expression, RANGES);
  }

  private void sameFile(Path in, String expression, List<String> ranges) throws IOException {
    Path theirs = dir.resolve("tcpdump.out");
    var args = new ArrayList<>(List.of("-r", in.toString(), "-w", "@OUT"));
    Path program = null;
    if (!expression.isEmpty()) {
      program = dir.resolve("prog.ddd");
      Outcome ddd = Tcpdump.run("-r", in.toString(), "-ddd", expression);
      assertEquals(0, ddd.status(), ddd::toString);
      Files.write(program, ddd.stdout());
    }
    var tcpdumpArgs = new ArrayList<>(args);
    if (!expression.isEmpty()) tcpdumpArgs.add(expression);
    Outcome tcpdump = Tcpdump.run(with(tcpdumpArgs, theirs));
    byte[] expected = Files.readAllBytes(theirs);
    for (String range : ranges) {
      Path ours = dir.resolve("jdump.out");
      var ourArgs = new ArrayList<>(args);
      if (program != null) ourArgs.addAll(List.of("--bpf-file", program.toString()));
      if (!range.equals("default")) ourArgs.addAll(List.of("--range-bytes", range));
      Outcome jdump = Jdump.run(with(ourArgs, ours));
      String what = in.getFileName() + " '" + expression + "' range " + range;
      assertEquals(tcpdump.status(), jdump.status(), () -> what + "\n" + jdump);
      assertEquals(tcpdump.errorsWithoutName("tcpdump"), jdump.errorsWithoutName("jdump"), what);
      assertArrayEquals(expected, Files.readAllBytes(ours), what);
      compared++;
    }
  }

  private static String[] with(List<String> args, Path out) {
    return args.stream().map(a -> a.equals("@OUT") ? out.toString() : a).toArray(String[]::new);
  }

  @Test
  void generatedAndSampleCapturesCopyAndFilterAsTcpdump() throws IOException {
    var inputs = new ArrayList<Path>();
    for (int seed = 1; seed <= 4; seed++) {
      inputs.add(GenPcap.write(dir, 500 * seed, 100 + seed, seed == 3 ? 128 : 0));
      inputs.add(new PcapMaker(seed).write(dir.resolve("made" + seed + ".pcap"), 200 * seed));
    }
    inputs.add(new PcapMaker(9).nano().write(dir.resolve("nano.pcap"), 300));
    inputs.add(new PcapMaker(10).snaplen(96).write(dir.resolve("snap96.pcap"), 300));
    try (Stream<Path> samples = Files.list(Path.of("..", "samples"))) {
      samples.filter(p -> p.toString().endsWith(".pcap")).sorted().forEach(inputs::add);
    }
    for (Path in : inputs) {
      for (String expression : EXPRESSIONS) {
        // a sample of another link type takes the copy, and an expression for its own type
        if (!expression.isEmpty() && !isEthernet(in)) continue;
        sameFile(in, expression);
      }
    }
    assertTrue(compared > 200, "compared " + compared);
  }

  @Test
  void cutAndDamagedFilesStopWhereTcpdumpStopsWithItsWords() throws IOException {
    byte[] whole = Files.readAllBytes(GenPcap.write(dir, 2500, 7, 0)); // ~1 MB: reads of 256 KiB
    var random = new Random(7);
    for (int i = 0; i < 12; i++) {
      // cut anywhere: in a record header, in its data, exactly between records
      Path cut = dir.resolve("cut" + i + ".pcap");
      Files.write(cut, Arrays.copyOf(whole, 24 + random.nextInt(whole.length - 24)));
      sameFile(cut, i % 2 == 0 ? "" : "tcp port 80");
    }
    List<Integer> starts = recordStarts(whole);
    for (int i = 0; i < 10; i++) {
      // a captured length no reader takes, and one above the file's snap length (libpcap reads
      // that record's first snaplen bytes and goes on: the packet loop's work, not the ranges')
      int at = starts.get(1 + random.nextInt(starts.size() - 1));
      byte[] bad = whole.clone();
      int caplen = i % 2 == 0 ? 0x7fff0000 : 262144 + 1 + random.nextInt(1000);
      if (i % 3 == 2) caplen = 70_000; // above a snap length of 65535, below the maximum
      ByteBuffer.wrap(bad).order(ByteOrder.LITTLE_ENDIAN).putInt(at + 8, caplen);
      if (i % 3 == 2) ByteBuffer.wrap(bad).order(ByteOrder.LITTLE_ENDIAN).putInt(16, 65535);
      Path damaged = dir.resolve("bad" + i + ".pcap");
      Files.write(damaged, bad);
      sameFile(damaged, i % 2 == 0 ? "" : "udp");
    }
  }

  @Test
  void anExistingLongerOutputEndsAsTcpdumpLeavesIt() throws IOException {
    // -w over a file that is longer than what is written: emptied first (Output.truncateFirst),
    // then written without a second truncation, by the range copy and by the loop (-c)
    Path in = GenPcap.write(dir, 3000, 12, 0);
    byte[] junk = new byte[3 << 20];
    new Random(12).nextBytes(junk);
    for (List<String> extra : List.of(List.<String>of(), List.of("tcp port 80"), List.of("-c", "7"))) {
      Path theirs = dir.resolve("tcpdump-existing.out");
      Path ours = dir.resolve("jdump-existing.out");
      Files.write(theirs, junk);
      Files.write(ours, junk);
      var tcpdumpArgs = new ArrayList<>(List.of("-r", in.toString(), "-w", theirs.toString()));
      tcpdumpArgs.addAll(extra);
      var ourArgs = new ArrayList<>(List.of("-r", in.toString(), "-w", ours.toString(),
          "--range-bytes", "4096"));
      ourArgs.addAll(extra);
      Outcome tcpdump = Tcpdump.run(tcpdumpArgs.toArray(String[]::new));
      Outcome jdump = Jdump.run(ourArgs.toArray(String[]::new));
      assertEquals(tcpdump.status(), jdump.status(), () -> extra + "\n" + jdump);
      assertArrayEquals(Files.readAllBytes(theirs), Files.readAllBytes(ours), extra.toString());
      long size = Files.size(ours);
      assertTrue(size < junk.length, () -> extra + ": " + size);
    }
  }

  @Test
  void aLargeFileRunsOnTheJit() throws IOException {
    // 16 MiB and more without --bpf-vm: the JIT's class from the first range on
    Path big = GenPcap.write(dir, 40_000, 11, 0);
    assertTrue(Files.size(big) >= Settings.SMALL_INPUT, () -> big + " is too small");
    for (String expression : List.of("", "tcp port 80", "len > 600")) {
      sameFile(big, expression, List.of("300000", "default"));
    }
  }

  @Test
  void recordsLongerThanTheSnapLengthAreCutAsLibpcapCutsThem() throws IOException {
    byte[] whole = Files.readAllBytes(GenPcap.write(dir, 400, 8, 0));
    ByteBuffer.wrap(whole).order(ByteOrder.LITTLE_ENDIAN).putInt(16, 200); // header snaplen 200
    Path snapped = dir.resolve("snapped.pcap");
    Files.write(snapped, whole);
    sameFile(snapped, "");
    sameFile(snapped, "tcp port 80");
  }

  @Test
  void countAfterWritingCountsWhatTheRangesWrote() throws IOException {
    byte[] whole = Files.readAllBytes(GenPcap.write(dir, 1500, 9, 0));
    Path in = dir.resolve("count.pcap");
    Path cut = dir.resolve("count-cut.pcap");
    Files.write(in, whole);
    Files.write(cut, Arrays.copyOf(whole, whole.length * 2 / 3));
    for (Path file : List.of(in, cut)) {
      for (String expression : List.of("", "tcp")) {
        var args = new ArrayList<>(List.of("--count", "-r", file.toString(), "-w", "@OUT"));
        if (!expression.isEmpty()) args.add(expression);
        Outcome tcpdump = Tcpdump.run(with(args, dir.resolve("tcpdump.out")));
        for (String range : List.of("1000", "default")) {
          var ours = new ArrayList<>(args);
          ours.addAll(List.of("--range-bytes", range.equals("default") ? "4194304" : range));
          Outcome jdump = Jdump.run(with(ours, dir.resolve("jdump.out")));
          String what = file.getFileName() + " '" + expression + "' range " + range;
          assertEquals(tcpdump.status(), jdump.status(), what);
          assertEquals(tcpdump.out(), jdump.out(), what);
          assertEquals(tcpdump.errorsWithoutName("tcpdump"), jdump.errorsWithoutName("jdump"), what);
          assertArrayEquals(Files.readAllBytes(dir.resolve("tcpdump.out")),
              Files.readAllBytes(dir.resolve("jdump.out")), what);
        }
      }
    }
  }

  private static List<Integer> recordStarts(byte[] pcap) {
    var b = ByteBuffer.wrap(pcap).order(ByteOrder.LITTLE_ENDIAN);
    var starts = new ArrayList<Integer>();
    for (int p = 24; p + 16 <= pcap.length; p += 16 + b.getInt(p + 8)) starts.add(p);
    return starts;
  }

  private static boolean isEthernet(Path pcap) throws IOException {
    byte[] head = Files.readAllBytes(pcap);
    return head.length >= 24 && ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN).getInt(20) == 1;
  }
}
