package io.jdump.capture.live;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A veth pair for the live tests, unique to this run (see {@link LabPlan}): {@code jdlPID-TAGa}
 * in the root namespace (where the test JVM captures) at {@link #hostV4()} and
 * {@link #hostV6()}, its peer {@code jdlPID-TAGb} in namespace {@code jdlPID-TAG} at
 * {@link #peerV4()} and {@link #peerV6()}. Neighbours are static (no ARP or neighbour
 * discovery in the captures), DAD and router solicitations are off. The lab goes when closed,
 * or when the JVM exits without closing it; what a killed run left is removed by the next one.
 *
 * <pre>{@code
 * try (var lab = VethLab.create("u")) { ... lab.captureDevice() ... lab.inPeer("ping", ...) }
 * }</pre>
 */
final class VethLab implements AutoCloseable {
  static final String HOST_MAC = "02:98:00:00:00:01";
  static final String PEER_MAC = "02:98:00:00:00:02";

  /** The live tests' own prefix for links and namespaces ("jdump lab"). */
  private static final String PREFIX = "jdl";

  private final LabPlan plan;
  private final Thread onExit;

  private VethLab(LabPlan plan) {
    this.plan = plan;
    this.onExit = new Thread(this::remove, "remove " + plan.namespace());
  }

  /** {@return a fresh lab} tag: a few letters naming the test class (names stay under 16). */
  static VethLab create(String tag) throws IOException {
    if (tag.length() > 5) throw new IllegalArgumentException("tag too long: " + tag);
    removeLeftovers();
    var lab = new VethLab(LabPlan.of(PREFIX, tag, Shell.must("ip", "-o", "addr", "show")));
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
    String ns = plan.namespace();
    String hostIf = plan.hostIf();
    String peerIf = plan.peerIf();
    Shell.must("ip", "netns", "add", ns);
    Shell.must("ip", "link", "add", hostIf, "address", HOST_MAC, "type", "veth",
        "peer", "name", peerIf, "address", PEER_MAC, "netns", ns);
    sysctl(null, "net/ipv6/conf/" + hostIf + "/router_solicitations", "0");
    sysctl(null, "net/ipv6/conf/" + hostIf + "/accept_ra", "0");
    sysctl(ns, "net/ipv6/conf/" + peerIf + "/router_solicitations", "0");
    sysctl(ns, "net/ipv6/conf/" + peerIf + "/accept_ra", "0");
    Shell.must("ip", "addr", "add", hostV4() + "/24", "dev", hostIf);
    Shell.must("ip", "-6", "addr", "add", hostV6() + "/64", "dev", hostIf, "nodad");
    Shell.must("ip", "-n", ns, "addr", "add", peerV4() + "/24", "dev", peerIf);
    Shell.must("ip", "-n", ns, "-6", "addr", "add", peerV6() + "/64", "dev", peerIf, "nodad");
    Shell.must("ip", "-n", ns, "link", "set", "lo", "up");
    Shell.must("ip", "link", "set", hostIf, "up");
    Shell.must("ip", "-n", ns, "link", "set", peerIf, "up");
    Shell.must("ip", "neigh", "replace", peerV4(), "lladdr", PEER_MAC, "nud", "permanent", "dev", hostIf);
    Shell.must("ip", "neigh", "replace", peerV6(), "lladdr", PEER_MAC, "nud", "permanent", "dev", hostIf);
    Shell.must("ip", "-n", ns, "neigh", "replace", hostV4(), "lladdr", HOST_MAC, "nud",
        "permanent", "dev", peerIf);
    Shell.must("ip", "-n", ns, "neigh", "replace", hostV6(), "lladdr", HOST_MAC, "nud",
        "permanent", "dev", peerIf);
  }

  /** Sets /proc/sys/KEY (of the namespace's network stack); no procps needed. */
  private static void sysctl(String ns, String key, String value) throws IOException {
    String file = "/proc/sys/" + key;
    if (ns == null) {
      Files.writeString(Path.of(file), value);
    } else {
      Shell.must("ip", "netns", "exec", ns, "sh", "-c", "echo " + value + " > " + file);
    }
  }

  /** Deletes the labs (links, then namespaces) that runs which have ended left behind. */
  static void removeLeftovers() throws IOException {
    for (String line : Shell.must("ip", "-o", "link", "show").split("\n")) {
      String[] f = line.split(":\\s+");
      if (f.length > 1) {
        String name = f[1].split("@")[0];
        if (LabPlan.isLeftover(PREFIX, name)) Shell.run("ip", "link", "del", name);
      }
    }
    for (String line : Shell.must("ip", "netns", "list").split("\n")) {
      String name = line.split(" ")[0];
      if (LabPlan.isLeftover(PREFIX, name)) deleteNamespace(name);
    }
  }

  private static void deleteNamespace(String ns) throws IOException {
    for (String pid : Shell.run("ip", "netns", "pids", ns).out().split("\\s+")) {
      if (!pid.isBlank()) ProcessHandle.of(Long.parseLong(pid.trim())).ifPresent(ProcessHandle::destroy);
    }
    Shell.run("ip", "netns", "del", ns);
  }

  /** {@return the root-namespace end, where the test captures} */
  String captureDevice() {
    return plan.hostIf();
  }

  String namespace() {
    return plan.namespace();
  }

  String hostV4() {
    return plan.hostV4();
  }

  String peerV4() {
    return plan.peerV4();
  }

  String hostV6() {
    return plan.hostV6();
  }

  String peerV6() {
    return plan.peerV6();
  }

  /** {@return a command prefixed to run inside the peer namespace} */
  List<String> inPeer(String... command) {
    var all = new ArrayList<>(List.of("ip", "netns", "exec", plan.namespace()));
    all.addAll(List.of(command));
    return all;
  }

  private void remove() {
    try {
      Shell.run("ip", "link", "del", plan.hostIf()); // takes its peer with it
      deleteNamespace(plan.namespace());
    } catch (IOException e) {
      // nothing left to remove, or ip is gone: the next run's removeLeftovers tries again
    }
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
}
