package io.jdump.capture.live;

import java.io.IOException;

/**
 * A veth pair for the live tests: {@code jdump-t-lTAGa} in the root namespace (where the test
 * JVM captures) at 10.98.0.1 and fd00:98::1, its peer {@code jdump-t-lTAGb} in namespace
 * {@code jdump-t-lTAG} at 10.98.0.2 and fd00:98::2. Neighbours are static (no ARP or neighbour
 * discovery in the captures), DAD and router solicitations are off. Every lab uses
 * 10.98.0.0/24, so only one may exist at a time: creating one first removes what a crashed run
 * of these tests left ({@code jdump-t-l*}: the live tests' own prefix).
 *
 * <pre>{@code
 * try (var lab = VethLab.create("u")) { ... lab.captureDevice() ... lab.inPeer("ping", ...) }
 * }</pre>
 */
final class VethLab implements AutoCloseable {
  static final String HOST_V4 = "10.98.0.1";
  static final String PEER_V4 = "10.98.0.2";
  static final String HOST_V6 = "fd00:98::1";
  static final String PEER_V6 = "fd00:98::2";
  static final String HOST_MAC = "02:98:00:00:00:01";
  static final String PEER_MAC = "02:98:00:00:00:02";

  private static final String PREFIX = "jdump-t-l";

  private final String namespace;
  private final String hostIf;
  private final String peerIf;

  private VethLab(String tag) {
    namespace = PREFIX + tag;
    hostIf = namespace + "a";
    peerIf = namespace + "b";
  }

  /** {@return a fresh lab} tag: a few letters naming the test class (names stay under 16). */
  static VethLab create(String tag) throws IOException {
    if (tag.length() > 5) throw new IllegalArgumentException("tag too long: " + tag);
    removeLeftovers();
    var lab = new VethLab(tag);
    try {
      lab.build();
    } catch (IOException | RuntimeException e) {
      lab.close();
      throw e;
    }
    return lab;
  }

  private void build() throws IOException {
    Shell.must("ip", "netns", "add", namespace);
    Shell.must("ip", "link", "add", hostIf, "address", HOST_MAC, "type", "veth",
        "peer", "name", peerIf, "address", PEER_MAC, "netns", namespace);
    sysctl(null, "net/ipv6/conf/" + hostIf + "/router_solicitations", "0");
    sysctl(null, "net/ipv6/conf/" + hostIf + "/accept_ra", "0");
    sysctl(namespace, "net/ipv6/conf/" + peerIf + "/router_solicitations", "0");
    sysctl(namespace, "net/ipv6/conf/" + peerIf + "/accept_ra", "0");
    Shell.must("ip", "addr", "add", HOST_V4 + "/24", "dev", hostIf);
    Shell.must("ip", "-6", "addr", "add", HOST_V6 + "/64", "dev", hostIf, "nodad");
    Shell.must("ip", "-n", namespace, "addr", "add", PEER_V4 + "/24", "dev", peerIf);
    Shell.must("ip", "-n", namespace, "-6", "addr", "add", PEER_V6 + "/64", "dev", peerIf, "nodad");
    Shell.must("ip", "-n", namespace, "link", "set", "lo", "up");
    Shell.must("ip", "link", "set", hostIf, "up");
    Shell.must("ip", "-n", namespace, "link", "set", peerIf, "up");
    Shell.must("ip", "neigh", "replace", PEER_V4, "lladdr", PEER_MAC, "nud", "permanent", "dev", hostIf);
    Shell.must("ip", "neigh", "replace", PEER_V6, "lladdr", PEER_MAC, "nud", "permanent", "dev", hostIf);
    Shell.must("ip", "-n", namespace, "neigh", "replace", HOST_V4, "lladdr", HOST_MAC, "nud",
        "permanent", "dev", peerIf);
    Shell.must("ip", "-n", namespace, "neigh", "replace", HOST_V6, "lladdr", HOST_MAC, "nud",
        "permanent", "dev", peerIf);
  }

  /** Sets /proc/sys/KEY (of the namespace's network stack); no procps needed. */
  private static void sysctl(String ns, String key, String value) throws IOException {
    String file = "/proc/sys/" + key;
    if (ns == null) {
      java.nio.file.Files.writeString(java.nio.file.Path.of(file), value);
    } else {
      Shell.must("ip", "netns", "exec", ns, "sh", "-c", "echo " + value + " > " + file);
    }
  }

  /** Deletes every {@code jdump-t-l*} namespace and root-side link a crashed run left. */
  static void removeLeftovers() throws IOException {
    for (String line : Shell.must("ip", "-o", "link", "show").split("\n")) {
      String[] f = line.split(":\\s+");
      if (f.length > 1) {
        String name = f[1].split("@")[0];
        if (name.startsWith(PREFIX)) Shell.run("ip", "link", "del", name);
      }
    }
    for (String line : Shell.must("ip", "netns", "list").split("\n")) {
      String name = line.split(" ")[0];
      if (name.startsWith(PREFIX)) deleteNamespace(name);
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
    return hostIf;
  }

  String namespace() {
    return namespace;
  }

  /** {@return a command prefixed to run inside the peer namespace} */
  java.util.List<String> inPeer(String... command) {
    var all = new java.util.ArrayList<>(java.util.List.of("ip", "netns", "exec", namespace));
    all.addAll(java.util.List.of(command));
    return all;
  }

  @Override
  public void close() throws IOException {
    Shell.run("ip", "link", "del", hostIf); // takes its peer with it
    deleteNamespace(namespace);
  }
}
