package io.jdump.capture.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The real tools the tests compare jdump with: tshark, tcpdump, editcap, gen-pcap. */
final class Oracles {
  private Oracles() {}

  /** The output of a finished command: its exit status, standard output and error. */
  record Run(int status, byte[] stdout, String stderr) {
    String out() {
      return new String(stdout, StandardCharsets.UTF_8);
    }
  }

  static Run run(List<String> command) {
    try {
      var pb = new ProcessBuilder(command);
      Process proc = pb.start();
      proc.getOutputStream().close();
      var err = new ByteArrayOutputStream();
      Thread t = new Thread(() -> copy(proc.getErrorStream(), err));
      t.start();
      byte[] out = proc.getInputStream().readAllBytes();
      int status = proc.waitFor();
      t.join();
      return new Run(status, out, err.toString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void copy(InputStream in, ByteArrayOutputStream out) {
    try {
      in.transferTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Run check(List<String> command) {
    Run r = run(command);
    if (r.status != 0) throw new IllegalStateException(command + " failed: " + r.stderr);
    return r;
  }

  /** Writes gen-pcap's deterministic Ethernet pcap (microseconds, little-endian). */
  static Path genPcap(Path dir, int packets, int seed, int snaplenCut) {
    Path out = dir.resolve("gen-" + packets + "-" + seed + "-" + snaplenCut + ".pcap");
    var cmd = new ArrayList<>(List.of("python3", genPcapScript().toString(),
        "--packets", Integer.toString(packets), "--seed", Integer.toString(seed)));
    if (snaplenCut > 0) cmd.addAll(List.of("--snaplen-cut", Integer.toString(snaplenCut)));
    cmd.add(out.toString());
    check(cmd);
    return out;
  }

  /** The repository's bench/gen-pcap; Maven runs the tests one level below the repository's root. */
  private static Path genPcapScript() {
    Path script = Path.of("").toAbsolutePath().resolveSibling("bench").resolve("gen-pcap");
    if (!java.nio.file.Files.isRegularFile(script)) throw new IllegalStateException(script + " not found");
    return script;
  }

  static Path editcap(Path in, String format, Path out) {
    check(List.of("editcap", "-F", format, in.toString(), out.toString()));
    return out;
  }

  private static final Pattern FIELD = Pattern.compile("\"(frame_raw|frame_frame_time_epoch|"
      + "frame_frame_len|frame_frame_cap_len|frame_frame_interface_id|frame_frame_encap_type)\":\"([^\"]*)\"");
  /** Wiretap encapsulations of the link types the tests use, as DLTs. */
  private static final Map<Integer, Integer> DLT_OF_ENCAP = Map.of(1, 1, 7, 12, 25, 113, 15, 0);

  /** tshark's view of a file: every frame's time, lengths, link type and bytes. */
  static List<Frame> tshark(Path file) {
    Run r = check(List.of("tshark", "-r", file.toString(), "-T", "ek", "-x",
        "--disable-protocol", "ALL"));
    var frames = new ArrayList<Frame>();
    for (String line : r.out().split("\n")) {
      if (!line.contains("\"layers\"")) continue;
      Matcher m = FIELD.matcher(line);
      String raw = null, epoch = null, len = null, capLen = null, encap = null;
      while (m.find()) {
        switch (m.group(1)) {
          case "frame_raw" -> raw = m.group(2);
          case "frame_frame_time_epoch" -> epoch = m.group(2);
          case "frame_frame_len" -> len = m.group(2);
          case "frame_frame_cap_len" -> capLen = m.group(2);
          case "frame_frame_encap_type" -> encap = m.group(2);
          default -> { }
        }
      }
      // A simple packet block has no timestamp: tshark shows none, libpcap reads 0.
      long nanos = epoch == null ? 0 : new BigDecimal(epoch).movePointRight(9).longValueExact();
      int dlt = DLT_OF_ENCAP.getOrDefault(Integer.parseInt(encap), -1);
      byte[] data = raw == null ? new byte[0] : HexFormat.of().parseHex(raw);
      frames.add(new Frame(nanos, Integer.parseInt(capLen), Integer.parseInt(len), dlt, data));
    }
    return frames;
  }

  /** tcpdump's view of a file: what {@code tcpdump -r F -w -} writes, nanosecond pcap. */
  static List<Frame> tcpdump(Path file) {
    Run r = check(List.of("tcpdump", "--time-stamp-precision=nano", "-r", file.toString(), "-w", "-"));
    return parsePcap(r.stdout);
  }

  /** Parses a little-endian pcap as libpcap writes it: no jdump code involved. */
  static List<Frame> parsePcap(byte[] file) {
    ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
    int magic = b.getInt();
    boolean nano = magic == 0xa1b23c4d;
    if (!nano && magic != 0xa1b2c3d4) throw new IllegalArgumentException("not a LE pcap");
    b.position(20);
    int dlt = b.getInt() == 101 ? 12 : b.getInt(20);
    var frames = new ArrayList<Frame>();
    while (b.remaining() >= 16) {
      long sec = b.getInt();
      long frac = b.getInt();
      int caplen = b.getInt();
      int len = b.getInt();
      byte[] d = new byte[caplen];
      b.get(d);
      frames.add(new Frame(sec * 1_000_000_000L + (nano ? frac : frac * 1000), caplen, len, dlt, d));
    }
    return frames;
  }
}
