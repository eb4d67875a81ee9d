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
