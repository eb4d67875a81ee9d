package io.jdump.capture.merge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jdump.bpf.jit.Jit;
import io.jdump.capture.Packet;
import io.jdump.capture.PacketSink;
import io.jdump.capture.PacketSource;
import io.jdump.capture.file.CaptureFiles;
import io.jdump.filter.FilterCompiler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The merge against the real pipeline: {@code mergecap -F pcap -w merged F...} then
 * {@code tcpdump -r merged -w out FILTER}, byte for byte, on generated files with unsorted
 * timestamps, equal timestamps across files, nanosecond files and empty files.
 */
class PacketMergeTest {
  private static final String[] FILTERS = {"", "tcp port 80", "udp", "not host 10.0.0.1"};
  private static final int CASES = 40;

  @TempDir Path dir;

  @Test
  void mergesAsMergecapThenTcpdump() throws Exception {
    var random = new Random(16);
    int compared = 0;
    for (int c = 0; c < CASES; c++) {
      List<Path> files = new ArrayList<>();
      int k = 1 + random.nextInt(4);
      for (int f = 0; f < k; f++) files.add(MergeFiles.random(dir, "c" + c + "f" + f, random));
      String filter = FILTERS[c % FILTERS.length];
      assertArrayEquals(oracle(files, filter), ours(files, filter), "case " + c + " " + files + " " + filter);
      compared++;
    }
    assertEquals(CASES, compared);
  }

  @Test
  void keysArePrefixMaxima() throws Exception {
    Path f = MergeFiles.write(dir.resolve("u.pcap"), false, new long[] {5000, 1000, 7000, 2000});
    var keys = new ArrayList<Long>();
    try (var in = new FilteredSource(CaptureFiles.open(f), null)) {
      var p = new Packet();
      while (in.next(p)) keys.add(in.key());
    }
    assertEquals(List.of(5000L, 5000L, 7000L, 7000L), keys);
  }

  @Test
  void runsReadBackWithCarry() throws Exception {
    Path f = MergeFiles.write(dir.resolve("r.pcap"), false, new long[] {3000, 1000, 4000});
    var bytes = new ByteArrayOutputStream();
    try (var in = new FilteredSource(CaptureFiles.open(f), null);
         var run = new RunWriter(bytes)) {
      var p = new Packet();
      while (in.next(p)) run.write(p, in.key());
    }
    var keys = new ArrayList<Long>();
    var stamps = new ArrayList<Long>();
    try (var run = new RunReader(new java.io.ByteArrayInputStream(bytes.toByteArray()), 3500)) {
      var p = new Packet();
      while (run.next(p)) {
        keys.add(run.key());
        stamps.add(p.timestampNanos());
      }
    }
    assertEquals(List.of(3500L, 3500L, 4000L), keys);
    assertEquals(List.of(3000L, 1000L, 4000L), stamps);
  }

  static byte[] ours(List<Path> files, String filter) throws Exception {
    var sources = new ArrayList<FilteredSource>();
    var out = new ByteArrayOutputStream();
    try {
      int dlt = -1;
      for (Path f : files) {
        PacketSource s = CaptureFiles.open(f);
        dlt = s.dlt();
        var program = FilterCompiler.compile(filter, dlt, 262144, true);
        sources.add(new FilteredSource(s, Jit.compile(program)));
      }
      try (PacketSink sink = CaptureFiles.pcapWriter(out, dlt, 262144, false)) {
        PacketMerge.run(sources, sink);
      }
    } finally {
      for (var s : sources) s.close();
    }
    return out.toByteArray();
  }

  private byte[] oracle(List<Path> files, String filter) throws IOException, InterruptedException {
    Path merged = dir.resolve("merged.pcap");
    Path out = dir.resolve("out.pcap");
    var merge = new ArrayList<>(List.of("mergecap", "-F", "pcap", "-w", merged.toString()));
    for (Path f : files) merge.add(f.toString());
    run(merge);
    var dump = new ArrayList<>(List.of("tcpdump", "-r", merged.toString(), "-w", out.toString()));
    if (!filter.isEmpty()) dump.add(filter);
    run(dump);
    return Files.readAllBytes(out);
  }

  private static void run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) throw new IllegalStateException(command + ": " + err);
  }
}
