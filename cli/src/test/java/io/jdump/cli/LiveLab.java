package io.jdump.cli;

import io.jdump.capture.live.LabPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A veth pair for the command's live tests, unique to this run (see {@link LabPlan}):
 * {@code jdcPID-TAGa} in the root namespace (where jdump and tcpdump capture), its peer
 * {@code jdcPID-TAGb} in namespace {@code jdcPID-TAG}, with a /24 and a /64 of their own
 * (the capture library's tests use the prefix jdl). IPv6 router solicitations and DAD are off,
 * so that the link carries only what a test sends. The lab goes when closed, or when the JVM
 * exits without closing it; what a killed run left is removed by the next run.
 *
 * <pre>{@code
 * try (var lab = LiveLab.create("x")) { List<byte[]> sent = lab.send(100, 97, 0); }
 * }</pre>
 */
final class LiveLab implements AutoCloseable {
  private static final String PREFIX = "jdc";

  final String namespace;
  final String hostIf;
  final String peerIf;
  final LabPlan plan;
  private final Thread onExit;

  private LiveLab(LabPlan plan) {
    this.plan = plan;
    namespace = plan.namespace();
    hostIf = plan.hostIf();
    peerIf = plan.peerIf();
    onExit = new Thread(this::remove, "remove " + namespace);
  }

  static LiveLab create(String tag) throws IOException {
    removeLeftovers();
    var lab = new LiveLab(LabPlan.of(PREFIX, tag, sh("ip", "-o", "addr", "show")));
    lab.remove(); // what this process's own earlier lab of that tag may have left
    Runtime.getRuntime().addShutdownHook(lab.onExit);
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
    sh("ip", "addr", "add", plan.hostV4() + "/24", "dev", hostIf);
    sh("ip", "-n", namespace, "addr", "add", plan.peerV4() + "/24", "dev", peerIf);
    sh("ip", "link", "set", hostIf, "up");
    sh("ip", "-n", namespace, "link", "set", peerIf, "up");
  }

  /** Sends {@code count} known frames from the peer; {@return them, in order} */
  List<byte[]> send(int count, int seed, double delaySeconds) throws IOException {
    String script = Path.of("src/test/resources/live/frames.py").toAbsolutePath().toString();
    String out = sh(framesCommand(peerIf, count, seed, delaySeconds));
    var frames = new ArrayList<byte[]>();
    for (String line : out.split("\n")) if (!line.isBlank()) frames.add(HexFormat.of().parseHex(line.strip()));
    return frames;
  }

  /**
   * Sends {@code count} known frames from the root namespace's end, out towards the peer (the
   * peer drops them: they are addressed to no one); {@return them, in order}
   */
  List<byte[]> sendFromHost(int count, int seed) throws IOException {
    String[] inPeer = framesCommand(hostIf, count, seed, 0);
    String[] here = java.util.Arrays.copyOfRange(inPeer, 4, inPeer.length); // no "ip netns exec NS"
    var frames = new ArrayList<byte[]>();
    for (String line : sh(here).split("\n")) {
      if (!line.isBlank()) frames.add(HexFormat.of().parseHex(line.strip()));
    }
    return frames;
  }

  /**
   * {@return the command sending frames.py's frames out of iface in the peer namespace}, from
   * the peer's addresses to one no one holds (frames.py documents its arguments).
   */
  String[] framesCommand(String iface, int count, int seed, double delaySeconds) {
    return framesCommand(iface, count, seed, delaySeconds, 0);
  }

  /** As {@link #framesCommand(String, int, int, double)}, each frame tagged VLAN vid (0: none). */
  String[] framesCommand(String iface, int count, int seed, double delaySeconds, int vid) {
    String script = Path.of("src/test/resources/live/frames.py").toAbsolutePath().toString();
    var command = new ArrayList<>(List.of("ip", "netns", "exec", namespace, "python3", script,
        iface, Integer.toString(count), Integer.toString(seed), Double.toString(delaySeconds),
        plan.peerV4(), plan.absentV4(), plan.peerV6(), plan.absentV6()));
    if (vid != 0) command.add(Integer.toString(vid));
    return command.toArray(String[]::new);
  }

  private void remove() {
    run("ip", "link", "del", hostIf);
    run("ip", "netns", "del", namespace);
  }

  @Override
  public void close() {
    remove();
    try {
      Runtime.getRuntime().removeShutdownHook(onExit);
    } catch (IllegalStateException exiting) {
      // the JVM is exiting: the hook runs (or ran) anyway
    }
  }

  /** Deletes the labs (namespaces, then links) that runs which have ended left behind. */
  static void removeLeftovers() {
    for (String ns : run("ip", "netns", "list").split("\n")) {
      String name = ns.split(" ")[0];
      if (LabPlan.isLeftover(PREFIX, name)) run("ip", "netns", "del", name);
    }
    for (String line : run("ip", "-o", "link", "show").split("\n")) {
      String[] parts = line.split(": ");
      if (parts.length > 1) {
        String name = parts[1].split("@")[0];
        if (LabPlan.isLeftover(PREFIX, name)) run("ip", "link", "del", name);
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

  private static String run(String... command) {
    try {
      return sh(command);
    } catch (IOException e) {
      return "";
    }
  }
}
