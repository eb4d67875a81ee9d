package io.jdump.print;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The small MIB tcpdump compiles in (its {@code mib.h}) to name SNMP OIDs when {@code -n} is off:
 * a tree of nodes, each with its sub-identifier and name, read once from {@code snmp-mib.txt}.
 * Immutable after loading; nodes are indexes, -1 is "none".
 *
 * <p>Example: {@code SnmpMib.TREE.find(SnmpMib.TREE.child(SnmpMib.TREE.root()), 3)} is the node
 * {@code org} under {@code iso}.
 */
final class SnmpMib {
  static final SnmpMib TREE = load();

  private final int[] sub;
  private final String[] name;
  private final int[] child;
  private final int[] next;
  private final Map<String, Integer> byPath;

  private SnmpMib(int[] sub, String[] name, int[] child, int[] next, Map<String, Integer> byPath) {
    this.sub = sub;
    this.name = name;
    this.child = child;
    this.next = next;
    this.byPath = byPath;
  }

  /** {@return the node "iso", where an OID without an abbreviated prefix starts} */
  int root() {
    return 0;
  }

  /** {@return the node at a dotted OID path ("1.3.6.1.2.1"), or -1} */
  int node(String path) {
    return byPath.getOrDefault(path, -1);
  }

  int child(int node) {
    return node < 0 ? -1 : child[node];
  }

  String name(int node) {
    return name[node];
  }

  /** {@return the first of node and its later siblings whose sub-identifier is v, or -1} */
  int find(int node, long v) {
    for (int n = node; n >= 0; n = next[n]) {
      if (sub[n] == v) return n;
    }
    return -1;
  }

  private static SnmpMib load() {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = SnmpMib.class.getResourceAsStream("snmp-mib.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isEmpty() || line.startsWith("#")) continue;
        rows.add(line.split(" "));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int n = rows.size();
    int[] sub = new int[n];
    String[] name = new String[n];
    int[] child = new int[n];
    int[] next = new int[n];
    int[] last = new int[n];
    java.util.Arrays.fill(child, -1);
    java.util.Arrays.fill(next, -1);
    java.util.Arrays.fill(last, -1);
    Map<String, Integer> byPath = new HashMap<>();
    for (int i = 0; i < n; i++) {
      String path = rows.get(i)[0];
      int dot = path.lastIndexOf('.');
      sub[i] = Integer.parseInt(path.substring(dot + 1));
      name[i] = rows.get(i)[1];
      byPath.put(path, i);
      if (dot < 0) continue;
      int parent = byPath.get(path.substring(0, dot));
      // the file lists siblings in tcpdump's search order: append each after the last one
      if (last[parent] < 0) child[parent] = i;
      else next[last[parent]] = i;
      last[parent] = i;
    }
    return new SnmpMib(sub, name, child, next, Map.copyOf(byPath));
  }
}
