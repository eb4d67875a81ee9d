package io.jdump.sparkcli;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the inputs into tasks' parts, in merge order: each file's parts by offset, the files in
 * their -r order. Compressed files, pcapng files and files no larger than the split size are one part.
 *
 * <pre>{@code
 * List<Part> parts = Parts.of(files, 64 << 20, "file:/tmp/jdump-spark-1/", Set.of());
 * }</pre>
 */
final class Parts {
  private Parts() {}

  static final long MIN_SPLIT = 64L << 20;
  static final long MAX_SPLIT = 512L << 20;

  /**
   * {@return the split size when none is given}: the inputs' bytes over twice the cores Spark
   * has, between 64 MiB and 512 MiB. Each task costs some 15 ms of CPU beside its bytes (Spark's
   * own task handling, a reader and a run file), about what 25 MiB of packets cost: on 2 cores
   * 4 GiB is cut in 8 parts rather than 64, and a cluster with many cores still gets parts
   * for all of them.
   */
  static long splitSize(List<InputFile> files, int cores) {
    long total = 0;
    for (InputFile f : files) total += f.size();
    long perCore = total / Math.max(1, 2L * cores);
    return Math.max(MIN_SPLIT, Math.min(MAX_SPLIT, perCore));
  }

  /** {@return the parts} with run files named in {@code runDir} (ending in a slash) */
  static List<Part> of(List<InputFile> files, long splitSize, String runDir,
      java.util.Set<Integer> pcapng) {
    var parts = new ArrayList<Part>();
    for (InputFile f : files) {
      long size = Math.max(f.size(), 1);
      long step = f.splittable(pcapng.contains(f.index())) ? splitSize : size;
      for (long start = 0; start < size; start += step) {
        int i = parts.size();
        parts.add(new Part(i, f, start, Math.min(size, start + step),
            runDir + String.format("part-%05d", i)));
      }
    }
    return parts;
  }
}
