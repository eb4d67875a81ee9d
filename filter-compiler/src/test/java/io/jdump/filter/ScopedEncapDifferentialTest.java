package io.jdump.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Interpreter;
import io.jdump.bpf.oracle.Libpcap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@code --scoped-encap} against libpcap: a random composition of and-chains, {@code or}
 * and {@code not}, with {@code vlan}, {@code mpls} and {@code pppoes} among the primitives,
 * must select a frame exactly when the boolean combination, made in Java, of libpcap's
 * verdicts selects it, where each primitive is compiled by libpcap after the encapsulation
 * keywords that precede it in its own and-chain and in the chains enclosing it
 * ({@code vlan 10 and (host A or mpls and ip)}: {@code host A} as {@code vlan 10 and host A},
 * {@code ip} as {@code vlan 10 and mpls and ip}; a parenthesized and-chain inside another is
 * the same chain). Frames are padded so that no load falls
 * past the captured bytes (a load past them ends a whole program, not one primitive).
 */
class ScopedEncapDifferentialTest {
  static final String[] ENCAPS = {"vlan", "vlan 10", "vlan 20", "mpls", "mpls 5", "pppoes", "pppoes 3"};
  static final String[] PRIMS = {
    "ip", "ip6", "arp", "tcp", "udp", "icmp", "icmp6", "port 80", "tcp port 443", "udp port 53",
    "host 1.2.3.4", "src net 10", "dst host 10.0.0.1", "ip6 host ::1", "ip proto 17",
    "tcp[13] & 2 != 0", "ip[9] = 6", "len > 80", "ether host 1:2:3:4:5:6", "portrange 1-5",
    "ip multicast", "udp[0:2] = 53", "ip6 proto 58", "ether proto 0x800",
  };

  /** An expression as a tree, so that the oracle can follow its chains. */
  sealed interface Node {}

  record Prim(String text, boolean encap) implements Node {}

  record Chain(List<Node> items) implements Node {}

  record Or(Node left, Node right) implements Node {}

  record Not(Node node) implements Node {}

  static Node node(Random r, int depth) {
    int pick = depth >= 2 ? 0 : r.nextInt(5);
    return switch (pick) {
      case 0, 1, 2 -> chain(r, depth);
      case 3 -> new Or(node(r, depth + 1), node(r, depth + 1));
      default -> new Not(node(r, depth + 1));
    };
  }

  static Node chain(Random r, int depth) {
    List<Node> items = new ArrayList<>();
    int n = 1 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      int k = r.nextInt(10);
      if (k < 4) items.add(new Prim(ENCAPS[r.nextInt(ENCAPS.length)], true));
      else if (k < 9 || depth >= 2) items.add(new Prim(PRIMS[r.nextInt(PRIMS.length)], false));
      else items.add(node(r, depth + 1));
    }
    return new Chain(items);
  }

  static String text(Node n) {
    if (n instanceof Prim p) return p.text();
    if (n instanceof Or o) return "(" + text(o.left()) + ") or (" + text(o.right()) + ")";
    if (n instanceof Not x) return "not (" + text(x.node()) + ")";
    List<String> parts = new ArrayList<>();
    for (Node i : ((Chain) n).items()) parts.add(i instanceof Prim p ? p.text() : "(" + text(i) + ")");
    return String.join(" and ", parts);
  }

  /** Each primitive with the encapsulations before it: the libpcap expressions to compile. */
  static void oracleTexts(Node n, List<String> prefix, List<String> out) {
    if (n instanceof Prim p) {
      List<String> all = new ArrayList<>(prefix);
      all.add(p.text());
      out.add(String.join(" and ", all));
    } else if (n instanceof Or o) {
      oracleTexts(o.left(), prefix, out);
      oracleTexts(o.right(), prefix, out);
    } else if (n instanceof Not x) {
      oracleTexts(x.node(), prefix, out);
    } else {
      chainTexts((Chain) n, new ArrayList<>(prefix), out);
    }
  }

  /** A parenthesized and-chain inside another is the same chain: its encapsulations stay. */
  private static void chainTexts(Chain c, List<String> p, List<String> out) {
    for (Node i : c.items()) {
      if (i instanceof Chain inner) {
        chainTexts(inner, p, out);
        continue;
      }
      oracleTexts(i, p, out);
      if (i instanceof Prim q && q.encap()) p.add(q.text());
    }
  }

  /** The boolean combination of libpcap's verdicts, as the oracle for one frame. */
  static boolean expected(Node n, List<String> prefix, Map<String, Interpreter> libpcap, byte[] f) {
    if (n instanceof Prim p) {
      List<String> all = new ArrayList<>(prefix);
      all.add(p.text());
      return libpcap.get(String.join(" and ", all)).apply(f, 0, f.length, f.length) != 0;
    }
    if (n instanceof Or o) return expected(o.left(), prefix, libpcap, f) || expected(o.right(), prefix, libpcap, f);
    if (n instanceof Not x) return !expected(x.node(), prefix, libpcap, f);
    return chainExpected((Chain) n, new ArrayList<>(prefix), libpcap, f);
  }

  private static boolean chainExpected(Chain c, List<String> p, Map<String, Interpreter> libpcap, byte[] f) {
    boolean all = true;
    for (Node i : c.items()) {
      all &= i instanceof Chain inner ? chainExpected(inner, p, libpcap, f) : expected(i, p, libpcap, f);
      if (i instanceof Prim q && q.encap()) p.add(q.text());
    }
    return all;
  }

  @Test
  void scopedEncapsulationEqualsLibpcapPerAndChain() throws Exception {
    Libpcap lib = Libpcap.load();
    List<byte[]> frames = EncapFrames.corpus(400, 31, 160, false);
    Random r = new Random(Long.getLong("seed", 2026));
    CompileOptions scoped = CompileOptions.LIBPCAP.withScopedEncap(true);
    Map<String, Interpreter> compiled = new HashMap<>();
    List<String> failures = new ArrayList<>();
    int exprs = 0;
    int refused = 0;
    long runs = 0;
    int differFromLibpcap = 0;
    for (int i = 0; i < 1500 && failures.size() < 10; i++) {
      Node n = node(r, 0);
      String e = text(n);
      List<String> texts = new ArrayList<>();
      oracleTexts(n, List.of(), texts);
      boolean ok = true;
      for (String t : texts) {
        if (compiled.containsKey(t)) continue;
        try {
          compiled.put(t, Interpreter.of(lib.compile(t, 1, 262144, false)));
        } catch (Libpcap.CompileError ex) {
          ok = false;
        }
      }
      if (!ok) {
        refused++;
        continue;
      }
      exprs++;
      BpfProgram plain = FilterCompiler.compile(e, 1, 262144, false, scoped);
      BpfProgram optimized;
      try {
        optimized = FilterCompiler.compile(e, 1, 262144, true, scoped);
      } catch (FilterException ex) {
        assertEquals("expression rejects all packets", ex.getMessage(), e);
        optimized = null;
      }
      Interpreter p = Interpreter.of(plain);
      Interpreter o = optimized == null ? null : Interpreter.of(optimized);
      Interpreter libpcapWhole = compiled.computeIfAbsent("whole:" + e, k -> {
        try {
          return Interpreter.of(lib.compile(e, 1, 262144, false));
        } catch (Exception ex) {
          return null;
        }
      });
      for (byte[] f : frames) {
        runs++;
        boolean want = expected(n, List.of(), compiled, f);
        boolean got = p.apply(f, 0, f.length, f.length) != 0;
        boolean gotOpt = o != null && o.apply(f, 0, f.length, f.length) != 0;
        if (want != got || want != gotOpt) {
          failures.add("[" + e + "] want " + want + " got " + got + "/" + gotOpt + " on "
              + java.util.HexFormat.of().formatHex(f));
          break;
        }
        if (libpcapWhole != null && (libpcapWhole.apply(f, 0, f.length, f.length) != 0) != want) {
          differFromLibpcap++;
        }
      }
    }
    System.out.printf("scoped-encap: %d expressions (%d skipped: a chain libpcap refuses), %d frames,"
        + " %d verdicts, %d where libpcap's whole-expression meaning differs, %d failures%n",
        exprs, refused, frames.size(), runs, differFromLibpcap, failures.size());
    if (!failures.isEmpty()) fail(String.join("\n", failures));
    assertTrue(exprs > 800 && differFromLibpcap > 1000, "the test must exercise scoping");
  }

  /**
   * With {@code --any-vlan} too, an expression without {@code vlan} is the scoped oracle with
   * {@code vlan} prepended once per tag the frame carries (up to two).
   */
  @Test
  void scopedAndAnyVlanComposeAtTheFramesTagDepth() throws Exception {
    Libpcap lib = Libpcap.load();
    List<byte[]> frames = EncapFrames.corpus(300, 32, 160, false);
    Random r = new Random(Long.getLong("seed", 2027));
    CompileOptions both = new CompileOptions(true, true, false);
    Map<String, Interpreter> compiled = new HashMap<>();
    List<List<String>> prefixes = List.of(List.of(), List.of("vlan"), List.of("vlan", "vlan"));
    List<String> failures = new ArrayList<>();
    int exprs = 0;
    long runs = 0;
    for (int i = 0; i < 3000 && exprs < 400 && failures.size() < 10; i++) {
      Node n = node(r, 0);
      String e = text(n);
      if (e.contains("vlan")) continue;
      List<String> texts = new ArrayList<>();
      for (List<String> prefix : prefixes) oracleTexts(n, prefix, texts);
      boolean ok = true;
      for (String t : texts) {
        if (compiled.containsKey(t)) continue;
        try {
          compiled.put(t, Interpreter.of(lib.compile(t, 1, 262144, false)));
        } catch (Libpcap.CompileError ex) {
          ok = false;
        }
      }
      if (!ok) continue;
      exprs++;
      Interpreter p = Interpreter.of(FilterCompiler.compile(e, 1, 262144, false, both));
      for (byte[] f : frames) {
        runs++;
        int d = Math.min(2, EncapFrames.tags(f, f.length));
        boolean want = expected(n, prefixes.get(d), compiled, f);
        if (want != (p.apply(f, 0, f.length, f.length) != 0)) {
          failures.add("[" + e + "] want " + want + " at depth " + d + " on "
              + java.util.HexFormat.of().formatHex(f));
          break;
        }
      }
    }
    System.out.printf("scoped-encap + any-vlan: %d expressions, %d verdicts, %d failures%n",
        exprs, runs, failures.size());
    if (!failures.isEmpty()) fail(String.join("\n", failures));
    assertTrue(exprs > 200);
  }

  @Test
  void orBranchAfterVlanReadsUntaggedFrames() throws Exception {
    CompileOptions scoped = CompileOptions.LIBPCAP.withScopedEncap(true);
    BpfProgram p = FilterCompiler.compile("(vlan 10 and host 1.2.3.4) or host 5.6.7.8", 1, 262144, true, scoped);
    BpfProgram libpcap = FilterCompiler.compile("host 5.6.7.8", 1, 262144, false);
    Interpreter scopedRun = Interpreter.of(p);
    Interpreter plain = Interpreter.of(libpcap);
    for (byte[] f : EncapFrames.corpus(300, 5, 60, false)) {
      if (EncapFrames.tags(f, f.length) == 0 && plain.apply(f, 0, f.length, f.length) != 0) {
        assertTrue(scopedRun.apply(f, 0, f.length, f.length) != 0);
      }
    }
  }
}
