package io.jdump.filter.explain;

import io.jdump.bpf.Bpf;
import io.jdump.filter.explain.Sym.Key;
import io.jdump.filter.explain.Sym.Pos;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The headers a packet reaching an instruction must carry, as far as the facts of its paths
 * tell: the link header at 0, then each header its predecessor's dispatch field announces
 * (after {@code ether type = IPv4} offset 14 is IPv4; after {@code ip proto = tcp}, tcp starts
 * at 14 plus the IPv4 header length). A level may hold several headers with the same fields
 * where they matter (tcp, udp and sctp ports); the walk stops where the facts stop.
 */
final class Layers {
  /**
   * Headers that all start at {@code start}; {@code inner} past a Geneve header (the
   * encapsulated frame's, which tests after {@code geneve} read).
   */
  record Level(List<Header> headers, Pos start, boolean inner) {}

  private static final int MAX_DEPTH = 16;

  private final List<Level> levels = new ArrayList<>();

  Layers(Header root, PathState s) {
    if (root == null) return;
    Level level = new Level(List.of(root), Pos.abs(0), false);
    while (level != null && levels.size() < MAX_DEPTH) {
      levels.add(level);
      level = next(level, s);
    }
  }

  private static Level next(Level level, PathState s) {
    if (level.headers.size() != 1) return null;
    Header h = level.headers.get(0);
    if (h == Header.UDP) return geneve(level, s);
    if (h.dispatch == null) return null;
    Pos start = level.start;
    Fact f = s.fact(new Key(start.var(), start.k() * 8 + h.dispatch.start(), h.dispatch.bits()));
    if (f == null) return null;
    var next = new TreeSet<Header>();
    if (f.values() != null) {
      for (long v : f.values()) {
        Header n = h.next(v);
        if (n == null) return null;
        next.add(n);
      }
    } else if ((h == Header.ETHER || h == Header.VLAN || h == Header.CHDLC) && f.hi() <= 1500) {
      next.add(Header.LLC);
    } else {
      return null;
    }
    Pos at;
    if (h == Header.IP) {
      // ldxb 4*([k]&0xf) has no indexed form: past a variable offset the length is computed.
      at = start.var() == null ? new Pos(start.k(), new Sym.Hlen(start))
          : Pos.of(start.k(), add(start.var(), new Sym.Alu(Bpf.LSH,
              new Sym.Alu(Bpf.AND, new Sym.Bytes(start, 1), new Sym.Const(0xf)), new Sym.Const(2))));
    } else if (h == Header.GENEVE) {
      at = payload(level);
    } else {
      at = start.plus(h.length);
    }
    return new Level(List.copyOf(next), at, level.inner || h == Header.GENEVE);
  }

  /** {@return where a Geneve header's payload starts: past its options} */
  private static Pos payload(Level geneve) {
    Pos start = geneve.start;
    return Pos.of(start.k() + Header.GENEVE.length, add(start.var(), new Sym.Alu(Bpf.MUL,
        new Sym.Alu(Bpf.AND, new Sym.Bytes(start, 1), new Sym.Const(0x3f)), new Sym.Const(4))));
  }

  /** A Geneve header after UDP to port 6081 (libpcap's geneve tests nothing else). */
  private static Level geneve(Level udp, PathState s) {
    Pos start = udp.start;
    Fact f = s.fact(new Key(start.var(), start.k() * 8 + 16, 16));
    if (f == null || f.values() == null || !f.values().equals(java.util.Set.of(6081L))) return null;
    return new Level(List.of(Header.GENEVE), start.plus(Header.UDP.length), udp.inner);
  }

  private static Sym add(Sym a, Sym b) {
    return a == null ? b : new Sym.Alu(Bpf.ADD, a, b);
  }

  /** {@return the level whose header holds offset {@code at}}, or null. */
  Level at(Pos at) {
    Level best = null;
    for (Level l : levels) {
      if (Objects.equals(l.start.var(), at.var()) && l.start.k() <= at.k()
          && (best == null || l.start.k() >= best.start.k())) {
        best = l;
      }
    }
    return best;
  }

  /**
   * {@return the name of an offset the program computed, when it is where a header or one of
   * its fields starts, or where a header of fixed length ends}, or null. Past a geneve header
   * programs compute offsets and keep them in memory; this says which.
   */
  Naming offset(Sym value) {
    if (!fewTerms(value)) return null;
    Pos p = Pos.of(0, value);
    for (Level l : levels) {
      if (!Objects.equals(l.start.var(), p.var()) || l.headers.size() != 1) continue;
      Header h = l.headers.get(0);
      String proto = (l.inner ? "inner " : "") + h.proto;
      long rel = p.k() - l.start.k();
      if (rel == 0) return Naming.plain("offset of " + proto + " header");
      if (rel == h.length && h != Header.IP && h != Header.GENEVE) {
        return Naming.plain("end of " + proto + " header");
      }
      for (Field f : h.fields) {
        if (rel > 0 && f.start() == rel * 8 && rel < h.length) return Naming.plain("offset of " + proto + " " + f.name());
      }
    }
    for (Level l : levels) {
      // The end of a Geneve header: the next level's start, whatever the protocol says.
      if (l.headers.equals(List.of(Header.GENEVE)) && payload(l).equals(p)) {
        return Naming.plain("end of " + (l.inner ? "inner " : "") + "geneve header");
      }
    }
    return null;
  }

  /** Offsets are sums of a few terms; a long chain of additions is the user's arithmetic. */
  private static final int MAX_TERMS = 8;

  private static boolean fewTerms(Sym value) {
    java.util.ArrayDeque<Sym> work = new java.util.ArrayDeque<>();
    work.push(value);
    // A sum of n terms has n - 1 additions: past 2 * MAX_TERMS nodes it has too many terms.
    for (int nodes = 0; !work.isEmpty(); nodes++) {
      if (nodes > 2 * MAX_TERMS) return false;
      Sym s = work.pop();
      if (s instanceof Sym.Alu a && a.op() == Bpf.ADD) {
        work.push(a.right());
        work.push(a.left());
      }
    }
    return true;
  }

  /** {@return whether an IPv4 header (alone) starts at {@code at}} */
  boolean ipv4At(Pos at) {
    for (Level l : levels) {
      if (l.start.equals(at) && l.headers.equals(List.of(Header.IP))) return true;
    }
    return false;
  }

  /**
   * {@return the name of {@code bits} bits starting {@code start} bits into the load at
   * {@code at}, or null} The bits are those of a load of {@code size} bytes, narrowed by a mask
   * when {@code masked}; a masked run that is not a whole field is left to the caller.
   */
  Naming name(Pos at, int size, long start, int bits, boolean masked) {
    Level level = at(at);
    if (level == null) return null;
    long rel = (at.k() - level.start.k()) * 8 + start;
    Naming agreed = null;
    for (Header h : level.headers) {
      Naming n = name(h, rel, bits, masked, (at.k() - level.start.k()), size);
      if (n == null) return null;
      if (agreed != null && !agreed.text().equals(n.text())) return null;
      agreed = n;
    }
    String inner = level.inner ? "inner " : "";
    if (agreed == null || level.headers.size() == 1) return prefixed(agreed, inner + level.headers.get(0).proto);
    var protos = new StringBuilder(inner);
    for (Header h : level.headers) protos.append(protos.length() > inner.length() ? "/" : "").append(h.proto);
    return prefixed(agreed, protos.toString());
  }

  private static Naming prefixed(Naming n, String proto) {
    String t = n.text();
    return new Naming(t.startsWith("[") ? proto + t : proto + " " + t, n.format(), n.shift(), n.bits());
  }

  /** The name without the protocol, which the caller prefixes: "dst port", "src[2:4]", "[20:2]". */
  private static Naming name(Header h, long rel, int bits, boolean masked, long byteOff, int size) {
    for (Field f : h.fields) {
      if (f.start() == rel && f.bits() == bits) return new Naming(f.name(), f.format(), 0, bits);
    }
    for (Field f : h.fields) {
      if (f.start() <= rel && rel + bits <= f.end()) {
        if (masked || rel % 8 != 0 || bits % 8 != 0 || (f.start() % 8) != 0) return null;
        long from = (rel - f.start()) / 8;
        Format fmt = f.format() == Format.MAC || f.format() == Format.IPV6 ? f.format() : Format.HEX;
        return new Naming(f.name() + "[" + from + (bits == 8 ? "" : ":" + bits / 8) + "]", fmt, 0, bits);
      }
    }
    if (masked) return null;
    return new Naming("[" + byteOff + (size == 1 ? "" : ":" + size) + "]", Format.HEX, 0, bits);
  }
}
