package io.jdump.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A veth pair for the command's live tests: {@code jdump-t-cTAGa} in the root namespace (where
 * jdump and tcpdump capture), its peer {@code jdump-t-cTAGb} in namespace {@code jdump-t-cTAG},
 * 10.97.0.0/24 and fd00:97::/64 (the capture library's tests use jdump-t-l* and 10.98.0.0/24).
 * IPv6 router solicitations and DAD are off, so that the link carries only what a test sends.
 * Creating a lab first removes what a crashed run left ({@code jdump-t-c*}).
 *
 * <pre>{@code
 * try (var lab = LiveLab.create("x")) { List<byte[]> sent = lab.send(100); }
 * }</pre>
 */
final class LiveLab implements AutoCloseable {
  private static final String PREFIX = "jdump-t-c";

  final String namespace;
  final String hostIf;
  final String peerIf;

  private LiveLab(String tag) {
    namespace = PREFIX + tag;
    hostIf = namespace + "a";
    peerIf = namespace + "b";
  }

  static LiveLab create(String tag) throws IOException {
    removeLeftovers();
    var lab = new LiveLab(tag);
    try {
      lab.build();
    } catch (IOException | RuntimeException e) {
      lab.close();
      throw e;
    }
    return lab;
  }

  private void build() throws IOException {
    sh("ip", "netns", "add", namespace);
    sh("ip", "link", "add", hostIf, "address", "02:97:00:00:00:01", "type", "veth", "peer",
        "name", peerIf, "address", "02:97:00:00:00:02", "netns", namespace);
    for (String key : List.of("router_solicitations", "accept_ra", "disable_ipv6")) {
      String v = key.equals("disable_ipv6") ? "1" : "0";
      Files.writeString(Path.of("/proc/sys/net/ipv6/conf/" + hostIf + "/" + key), v);
      sh("ip", "netns", "exec", namespace, "sh", "-c",
          "echo " + v + " > /proc/sys/net/ipv6/conf/" + peerIf + "/" + key);
    }
    sh("ip", "addr", "add", "10.97.0.1/24", "dev", hostIf);
    sh("ip", "-n", namespace, "addr", "add", "10.97.0.2/24", "dev", peerIf);
    sh("ip", "link", "set", hostIf, "up");
    sh("ip", "-n", namespace, "link", "set", peerIf, "up");
  }

  /** Sends {@code count} known frames from the peer; {@return them, in order} */
  List<byte[]> send(int count, int seed, double delaySeconds) throws IOException {
    String script = Path.of("src/test/resources/live/frames.py").toAbsolutePath().toString();
    String out = sh("ip", "netns", "exec", namespace, "python3", script, peerIf,
        Integer.toString(count), Integer.toString(seed), Double.toString(delaySeconds));
    var frames = new ArrayList<byte[]>();
    for (String line : out.split("\n")) if (!line.isBlank()) frames.add(HexFormat.of().parseHex(line.strip()));
    return frames;
  }

  @Override
  public void close() throws IOException {
    run("ip", "link", "del", hostIf);
    run("ip", "netns", "del", namespace);
  }

  static void removeLeftovers() throws IOException {
    for (String ns : run("ip", "netns", "list").split("\n")) {
      String name = ns.split(" ")[0];
      if (name.startsWith(PREFIX)) run("ip", "netns", "del", name);
    }
    for (String line : run("ip", "-o", "link", "show").split("\n")) {
      String[] parts = line.split(": ");
      if (parts.length > 1) {
        String name = parts[1].split("@")[0];
        if (name.startsWith(PREFIX)) run("ip", "link", "del", name);
      }
    }
  }

  /** Runs a command that must succeed; {@return its standard output} */
  static String sh(String... command) throws IOException {
    var p = new ProcessBuilder(command).redirectErrorStream(false).start();
    try {
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) throw new IOException(String.join(" ", command) + ": " + err);
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static String run(String... command) throws IOException {
    try {
      return sh(command);
    } catch (IOException e) {
      return "";
    }
  }
}
