package io.jdump.sparkcli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What jdump-spark must write: {@code mergecap -F pcap -w merged F...}, then
 * {@code tcpdump -r merged -w out [-c N] FILTER}. Test code.
 */
final class Oracle {
  private Oracle() {}

  /** A finished command: status and standard error. */
  record Run(int status, String err) {}

  /** {@return the bytes tcpdump writes} for the filter over mergecap's merge of the files */
  static byte[] expected(Path dir, List<Path> files, String filter, String... tcpdumpArgs) {
    Path merged = dir.resolve("oracle-merged.pcap");
    Path out = dir.resolve("oracle-out.pcap");
    var merge = new ArrayList<>(List.of("mergecap", "-F", "pcap", "-w", merged.toString()));
    for (Path f : files) merge.add(f.toString());
    check(merge);
    var dump = new ArrayList<>(List.of("tcpdump", "-r", merged.toString(), "-w", out.toString()));
    dump.addAll(List.of(tcpdumpArgs));
    if (!filter.isBlank()) dump.add(filter);
    check(dump);
    try {
      return Files.readAllBytes(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return tcpdump's error line} without its {@code tcpdump: } prefix, for the same mistake */
  static String tcpdumpError(List<String> args) {
    var command = new ArrayList<>(List.of("tcpdump"));
    command.addAll(args);
    Run r = run(command);
    if (r.status() == 0) throw new IllegalStateException(command + " succeeded");
    String[] lines = r.err().strip().split("\n");
    String last = lines[lines.length - 1];
    return last.startsWith("tcpdump: ") ? last.substring("tcpdump: ".length()) : last;
  }

  static void check(List<String> command) {
    Run r = run(command);
    if (r.status() != 0) throw new IllegalStateException(command + ": " + r.err());
  }

  static Run run(List<String> command) {
    try {
      Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      return new Run(p.waitFor(), err);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
