package io.jdump.filter.explain;

import io.jdump.bpf.Bpf;
import io.jdump.bpf.Insn;
import io.jdump.filter.explain.Describer.Masked;
import io.jdump.filter.explain.Sym.Key;

/**
 * One instruction run symbolically on one path state: the state it hands to each successor
 * and what it loads or tests, in words.
 */
final class Step {
  private Step() {}

  /** Where the states an instruction produces go. */
  interface Flow {
    void add(int target, PathState s);

    /** A conditional jump's true (or false) branch is open on some path. */
    default void branch(boolean taken) { }
  }

  /** Runs one instruction on s, hands the result to its successors, and says what it did. */
  static Note step(Insn i, int pc, PathState s, Describer d, Flow in) {
    int code = i.code();
    int cls = code & 0x07;
    PathState out = s.copy();
    Naming note = null;
    switch (cls) {
      case Bpf.LD, Bpf.LDX -> {
        Sym v = load(code, i.k(), s);
        boolean mem = (code & 0xe0) == Bpf.MEM;
        Naming n = named(d, v, mem ? s.mn[i.k() & 15] : null);
        if (cls == Bpf.LD) {
          out.a = v;
          out.an = n;
        } else {
          out.x = v;
          out.xn = n;
        }
        if (!(v instanceof Sym.Const)) note = n;
      }
      case Bpf.ST, Bpf.STX -> {
        boolean fromA = cls == Bpf.ST;
        out.mem[i.k() & 15] = fromA ? s.a : s.x;
        Naming n = fromA ? named(d, s.a, s.an) : named(d, s.x, s.xn);
        out.mn[i.k() & 15] = n;
        if (!(out.mem[i.k() & 15] instanceof Sym.Const)) note = n;
      }
      case Bpf.ALU -> {
        int op = code & 0xf0;
        Sym r = (code & Bpf.X) != 0 ? s.x : new Sym.Const(i.k() & 0xffffffffL);
        out.a = s.a == null || (op != Bpf.NEG && r == null) ? null
            : fold(op, s.a, op == Bpf.NEG ? null : r);
        out.an = d.name(out.a);
        if (!(out.a instanceof Sym.Const)) note = out.an;
      }
      case Bpf.MISC -> {
        boolean tax = (code & 0xf8) == 0;
        Naming n = tax ? named(d, s.a, s.an) : named(d, s.x, s.xn);
        if (tax) {
          out.x = s.a;
          out.xn = n;
        } else {
          out.a = s.x;
          out.an = n;
        }
        if (!((tax ? s.a : s.x) instanceof Sym.Const)) note = n;
      }
      case Bpf.RET -> {
        if ((code & 0x18) == Bpf.A) return Note.of("return A");
        return Note.of(i.k() == 0 ? "reject" : "accept");
      }
      default -> {
        return jump(i, pc, s, d, in);
      }
    }
    in.add(pc + 1, out);
    return note == null ? null : new Note(note.text(), note, "");
  }

  /** {@return the name of v here, or the name it was given where it was set} */
  private static Naming named(Describer d, Sym v, Naming carried) {
    Naming n = v == null ? null : d.name(v);
    return n != null ? n : carried;
  }

  private static Sym load(int code, int k, PathState s) {
    int mode = code & 0xe0;
    int size = switch (code & 0x18) {
      case Bpf.H -> 2;
      case Bpf.B -> 1;
      default -> 4;
    };
    long uk = k & 0xffffffffL;
    return switch (mode) {
      case Bpf.IMM -> new Sym.Const(uk);
      case Bpf.LEN -> new Sym.Len();
      case Bpf.MEM -> s.mem[k & 15];
      // Offsets past 2^31 are Linux's special areas (SKF_AD_OFF, SKF_NET_OFF, SKF_LL_OFF):
      // only the SKF_AD extensions are named.
      case Bpf.ABS -> k >= 0 ? new Sym.Bytes(Sym.Pos.abs(uk), size) : k >= -0x1000 ? new Sym.Ext(k) : null;
      case Bpf.IND -> {
        if (s.x == null) yield null;
        // [x + k] with x = c + v reads [v + (c + k)]: unoptimized code adds offsets to X.
        yield new Sym.Bytes(Sym.Pos.of(uk, s.x), size);
      }
      case Bpf.MSH -> new Sym.Hlen(Sym.Pos.abs(uk));
      default -> null;
    };
  }

  /** {@return op over l and r}, computed when both are constants, as bpf_filter would. */
  static Sym fold(int op, Sym l, Sym r) {
    if (l instanceof Sym.Const a && (r == null || r instanceof Sym.Const)) {
      long x = a.value();
      long y = r == null ? 0 : ((Sym.Const) r).value();
      Long v = switch (op) {
        case Bpf.ADD -> x + y;
        case Bpf.SUB -> x - y;
        case Bpf.MUL -> x * y;
        case Bpf.DIV -> y == 0 ? null : x / y;
        case Bpf.MOD -> y == 0 ? null : x % y;
        case Bpf.AND -> x & y;
        case Bpf.OR -> x | y;
        case Bpf.XOR -> x ^ y;
        case Bpf.LSH -> y >= 32 ? 0L : x << y;
        case Bpf.RSH -> y >= 32 ? 0L : x >>> y;
        case Bpf.NEG -> -x;
        default -> null;
      };
      if (v != null) return new Sym.Const(v & 0xffffffffL);
    }
    return new Sym.Alu(op, l, r);
  }


  private static Note jump(Insn i, int pc, PathState s, Describer d, Flow in) {
    int op = i.code() & 0xf0;
    if (op == Bpf.JA) {
      int target = pc + 1 + i.k();
      if (target > pc) in.add(target, s.copy());
      return null;
    }
    boolean byX = (i.code() & Bpf.X) != 0;
    Sym right = byX ? s.x : new Sym.Const(i.k() & 0xffffffffL);
    PathState t = s.copy();
    PathState f = s.copy();
    if (right instanceof Sym.Const c) {
      long k = c.value();
      if (!refine(op, k, s.a, t, f)) t = null;
      if (f != null && f.facts.values().stream().anyMatch(Fact::isEmpty)) f = null;
      if (t != null && t.facts.values().stream().anyMatch(Fact::isEmpty)) t = null;
    } else if (right != null && right.equals(s.a) && (op == Bpf.JEQ || op == Bpf.JGE)) {
      // A value compared with itself: geneve's "jeq x" after txa, and its test that the inner
      // frame has a MAC header (the payload's offset is the frame's only without one).
      f = null;
    } else if (right != null && right.equals(s.a) && op == Bpf.JGT) {
      t = null;
    }
    in.add(pc + 1 + i.jt(), t);
    in.add(pc + 1 + i.jf(), f);
    if (t != null) in.branch(true);
    if (f != null) in.branch(false);
    return compare(op, s, right, d);
  }

  /**
   * Records what each branch says about A's packet bits. {@return false when the true branch
   * cannot be taken} (A's mask leaves out bits of the constant).
   */
  private static boolean refine(int op, long k, Sym a, PathState t, PathState f) {
    Masked m = Masked.of(a);
    if (m == null) return true;
    if (op == Bpf.JSET) {
      long bits = m.mask() & k;
      if (bits == 0) return false;
      Key key = m.key(bits);
      if (key == null) return true;
      Fact any = Fact.any(key.bits());
      Fact tf = factOf(t, key, any);
      t.facts.put(key, key.bits() == 1 ? tf.eq(1) : tf.within(1, Long.MAX_VALUE));
      f.facts.put(key, factOf(f, key, any).eq(0));
      return true;
    }
    Key key = m.key(m.mask());
    if (key == null) return true;
    int shift = Long.numberOfTrailingZeros(m.mask());
    Fact any = Fact.any(key.bits());
    Fact old = t.facts.get(key);
    switch (op) {
      case Bpf.JEQ -> {
        if ((k & ~m.mask()) != 0) return false;
        t.facts.put(key, factOf(t, key, any).eq(k >>> shift));
        if (old != null) f.facts.put(key, old.ne(k >>> shift));
      }
      case Bpf.JGT, Bpf.JGE -> {
        if (shift != 0) return true;
        long lo = op == Bpf.JGT ? k + 1 : k;
        t.facts.put(key, factOf(t, key, any).within(lo, Long.MAX_VALUE));
        f.facts.put(key, factOf(f, key, any).within(0, lo - 1));
      }
      default -> { }
    }
    return true;
  }

  private static Fact factOf(PathState s, Key key, Fact any) {
    Fact f = s.facts.get(key);
    return f == null ? any : f;
  }

  private static Note compare(int op, PathState s, Sym right, Describer d) {
    if (op == Bpf.JSET) {
      if (!(right instanceof Sym.Const c)) return null;
      String bits = s.a == null ? null : d.bitsSet(s.a, c.value());
      if (bits != null) return Note.of(bits);
      return s.an == null ? null : new Note(null, s.an, " & " + Format.hex(c.value()) + " != 0");
    }
    Naming l = named(d, s.a, s.an);
    if (l == null) return null;
    String r;
    if (right == null && s.xn != null) {
      r = s.xn.text();
    } else if (right instanceof Sym.Const c) {
      // An ordering test reads as a number: "ether type > 0x5dc", not a protocol name.
      r = op != Bpf.JEQ && l.format() != Format.DEC && l.format() != Format.IPV4
          ? Format.hex(c.value()) + " (" + c.value() + ")" : l.value(c.value());
    } else {
      Naming rn = d.name(right);
      if (rn == null) return null;
      r = rn.text();
    }
    String rel = switch (op) {
      case Bpf.JEQ -> "=";
      case Bpf.JGT -> ">";
      case Bpf.JGE -> ">=";
      default -> null;
    };
    return rel == null ? null : new Note(null, l, " " + rel + " " + r);
  }
}
