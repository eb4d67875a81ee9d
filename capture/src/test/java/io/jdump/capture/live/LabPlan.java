package io.jdump.capture.live;

import java.util.HashSet;
import java.util.Set;

/**
 * Names and addresses of one test lab, unique to this run, so that two test runs on one host
 * (two CI jobs, two worktrees) never touch each other's links, namespaces or routes. Shared
 * with the cli module's live tests through this module's test-jar.
 *
 * <p>The namespace is {@code PREFIX + pid (base 36) + "-" + tag}; the veth ends add "a" (root
 * side) and "b" (peer): at most 15 characters, the kernel's limit for a link name. The subnet
 * is one /24 in 10.128.0.0/10 and one /64 under fd6a:6400::/32 (RFC 1918 and ULA), picked from
 * the pid and tag and moved on while an address of the root namespace already lies in it. A
 * lab whose pid is no longer alive was left by a run that was killed: {@link #isLeftover} says
 * so, and only such labs are ever removed by another run.
 *
 * <pre>{@code
 * var plan = LabPlan.of("jdl", "u", ipAddrShow);   // jdl1a2b-u, jdl1a2b-ua, jdl1a2b-ub, 10.171.12.0/24
 * }</pre>
 *
 * @param namespace the peer's network namespace
 * @param slot      0..16383: the subnet's number
 */
public record LabPlan(String namespace, int slot) {
  private static final int SLOTS = 1 << 14;

  /**
   * {@return a plan for a lab of this process} prefix: 3 letters naming the test suite;
   * addresses: what {@code ip -o addr show} prints in the root namespace now.
   */
  public static LabPlan of(String prefix, String tag, String addresses) {
    String ns = prefix + Long.toString(ProcessHandle.current().pid(), 36) + "-" + tag;
    if (ns.length() + 1 > 15) throw new IllegalArgumentException("lab name too long: " + ns);
    Set<Integer> used = usedSlots(addresses);
    int slot = Math.floorMod((ns.hashCode() * 0x9e3779b9) >>> 7, SLOTS);
    while (used.contains(slot)) slot = (slot + 1) % SLOTS;
    return new LabPlan(ns, slot);
  }

  public String hostIf() {
    return namespace + "a";
  }

  public String peerIf() {
    return namespace + "b";
  }

  public String hostV4() {
    return v4(1);
  }

  public String peerV4() {
    return v4(2);
  }

  /** {@return an address of the subnet no one holds}, for frames sent to no one. */
  public String absentV4() {
    return v4(9);
  }

  public String hostV6() {
    return v6(1);
  }

  public String peerV6() {
    return v6(2);
  }

  public String absentV6() {
    return v6(9);
  }

  private String v4(int host) {
    return "10." + (128 + (slot >> 8)) + "." + (slot & 0xff) + "." + host;
  }

  private String v6(int host) {
    return "fd6a:6400:0:" + Integer.toHexString(slot) + "::" + host;
  }

  /**
   * {@return true when a link or namespace called {@code name} belongs to a lab of this
   * prefix whose process has ended}: a run killed before it could clean up.
   */
  public static boolean isLeftover(String prefix, String name) {
    if (!name.startsWith(prefix)) return false;
    int dash = name.indexOf('-', prefix.length());
    if (dash < 0) return false;
    long pid;
    try {
      pid = Long.parseLong(name.substring(prefix.length(), dash), 36);
    } catch (NumberFormatException e) {
      return false;
    }
    return ProcessHandle.of(pid).isEmpty();
  }

  /** {@return the slots of the 10.128.0.0/10 and fd6a:6400::/32 addresses the root namespace has} */
  private static Set<Integer> usedSlots(String addresses) {
    var used = new HashSet<Integer>();
    for (String line : addresses.split("\n")) {
      String[] f = line.trim().split("\\s+");
      if (f.length < 4) continue;
      String a = f[3];
      if (f[2].equals("inet") && a.startsWith("10.")) {
        String[] o = a.split("[./]");
        int second = Integer.parseInt(o[1]);
        if (second >= 128 && second < 192) used.add((second - 128) << 8 | Integer.parseInt(o[2]));
      } else if (f[2].equals("inet6") && a.startsWith("fd6a:6400:0:")) {
        used.add(Integer.parseInt(a.split(":")[3], 16) % SLOTS);
      }
    }
    return used;
  }
}
