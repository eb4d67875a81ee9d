package io.jdump.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's workload generator, the repository's {@code bench/gen-pcap}: realistic
 * Ethernet traffic with VLAN and QinQ, IPv6 extension headers, fragments, DNS, QUIC. The same
 * seed gives the same bytes.
 */
final class GenPcap {
  private GenPcap() {}

  static Path write(Path dir, int packets, int seed, int snaplenCut) {
    Path out = dir.resolve("gen-" + packets + "-" + seed + "-" + snaplenCut + ".pcap");
    var cmd = new ArrayList<>(List.of("python3", script().toString(), "--packets",
        Integer.toString(packets), "--seed", Integer.toString(seed)));
    if (snaplenCut > 0) cmd.addAll(List.of("--snaplen-cut", Integer.toString(snaplenCut)));
    cmd.add(out.toString());
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String said = new String(p.getInputStream().readAllBytes());
      if (p.waitFor() != 0) throw new IllegalStateException(cmd + " failed: " + said);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return out;
  }

  private static Path script() {
    return benchFile("gen-pcap");
  }

  /**
   * {@return a file of the repository's bench/ directory}; Maven runs the tests in the module's
   * directory, one level below the repository's root.
   */
  static Path benchFile(String name) {
    Path file = Path.of("").toAbsolutePath().resolveSibling("bench").resolve(name);
    if (!Files.isRegularFile(file)) throw new IllegalStateException(file + " not found");
    return file;
  }
}
