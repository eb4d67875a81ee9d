package io.jdump.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the installed tcpdump (4.99) on a capture file: the oracle of the printer's tests. */
final class TcpdumpOracle {
  private TcpdumpOracle() {}

  /** {@return tcpdump's standard output for {@code tcpdump -n -r file flags}, in zone tz (null: this process's TZ)} */
  static String run(Path file, String tz, String... flags) throws IOException, InterruptedException {
    return run(file, tz, true, flags);
  }

  /** {@return tcpdump's standard output for {@code tcpdump [-n] -r file flags}, in zone tz (null: this process's TZ)} */
  static String run(Path file, String tz, boolean numeric, String... flags)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("tcpdump", "-r", file.toString()));
    if (numeric) cmd.add(1, "-n");
    cmd.addAll(List.of(flags));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
    if (tz != null) pb.environment().put("TZ", tz); // else this process's, as the printer's
    Process p = pb.start();
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (InputStream in = p.getInputStream()) {
      in.transferTo(buf);
    }
    int rc = p.waitFor();
    if (rc != 0) throw new IOException("tcpdump exited " + rc + ": " + cmd);
    // tcpdump writes bytes; the printer writes chars 0-255: compare them as ISO-8859-1
    return buf.toString(StandardCharsets.ISO_8859_1);
  }
}
