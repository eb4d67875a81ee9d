package io.jdump.spark;

import io.jdump.capture.Packet;
import io.jdump.capture.PacketSource;
import io.jdump.capture.file.CaptureFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** tcpdump and tshark as oracles, run as processes. Test code. */
final class Oracle {
  private Oracle() {}

  /** The result of a process: exit status and standard output. */
  record Run(int status, byte[] out, String err) {}

  static Run run(List<String> command) {
    try {
      Process p = new ProcessBuilder(command).start();
      var out = new ByteArrayOutputStream();
      var err = new ByteArrayOutputStream();
      Thread t = new Thread(() -> copy(p.getErrorStream(), err));
      t.start();
      copy(p.getInputStream(), out);
      int status = p.waitFor();
      t.join();
      return new Run(status, out.toByteArray(), err.toString());
    } catch (IOException e) {
      throw new IllegalStateException(command.get(0) + " cannot run: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void copy(InputStream in, ByteArrayOutputStream out) {
    try {
      in.transferTo(out);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@return tcpdump -r file -w - filter's packets} as lines, or null when tcpdump refuses. */
  static List<String> tcpdump(Path file, String filter) throws IOException {
    var cmd = new ArrayList<>(List.of("tcpdump", "-r", file.toString(), "-w", "-"));
    if (!filter.isBlank()) cmd.add(filter);
    Run r = run(cmd);
    if (r.status != 0) return null;
    return packets(r.out);
  }

  /** {@return a capture's packets as "usec len hex" lines} */
  static List<String> packets(byte[] capture) throws IOException {
    var out = new ArrayList<String>();
    try (PacketSource in = CaptureFiles.open(new ByteArrayInputStream(capture))) {
      var p = new Packet();
      while (in.next(p)) out.add(line(Math.floorDiv(p.timestampNanos(), 1000), p.wirelen(), p.buffer(), p.offset(), p.caplen()));
    }
    return out;
  }

  static String line(long usec, int len, byte[] b, int off, int caplen) {
    return usec + " " + len + " " + HexFormat.of().formatHex(b, off, off + caplen);
  }
}
