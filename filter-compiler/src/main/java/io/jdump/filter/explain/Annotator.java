package io.jdump.filter.explain;

import io.jdump.bpf.Bpf;
import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Insn;
import io.jdump.filter.explain.Describer.Masked;
import io.jdump.filter.explain.Sym.Key;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Says in words what each instruction of a classic BPF program loads or tests, for a link
 * type: {@code ldb [23]} is {@code ip proto} once the paths reaching it all passed
 * {@code ether type = IPv4}. It reads any program (jdump's, libpcap's, a hand-written one): it
 * runs the program symbolically, path facts joined where paths meet, and names a load only
 * when every path agrees on the header it falls in. Where it cannot tell, it says nothing.
 *
 * <pre>{@code
 * List<String> notes = Annotator.annotate(program, LinkType.EN10MB.dlt());
 * // notes.get(1) is "ether type = IPv4 (0x0800)" for "(001) jeq #0x800 jt 2 jf 5"
 * }</pre>
 */
public final class Annotator {
  private Annotator() {}

  /** {@return one annotation per instruction, null where nothing sure can be said} */
  public static List<String> annotate(BpfProgram program, int dlt) {
    int n = program.length();
    Header root = rootHeader(dlt);
    PathState[] in = new PathState[n];
    boolean[] loopHead = new boolean[n];
    for (int pc = 0; pc < n; pc++) {
      Insn i = program.get(pc);
      if (i.code() == (Bpf.JMP | Bpf.JA)) {
        long target = pc + 1 + (long) i.k();
        int wrapped = pc + 1 + i.k(); // bpf_filter adds k to a pointer: it can go back
        if (target >= n && wrapped >= 0 && wrapped <= pc) loopHead[wrapped] = true;
      }
    }
    String[] notes = new String[n];
    if (n > 0) in[0] = PathState.entry();
    for (int pc = 0; pc < n; pc++) {
      PathState s = in[pc];
      if (s == null) continue;
      if (loopHead[pc]) s = s.forgetRegisters();
      Insn i = program.get(pc);
      Describer d = new Describer(new Layers(root, s));
      notes[pc] = step(i, pc, s, d, in);
    }
    return Collections.unmodifiableList(Arrays.asList(notes));
  }

  static Header rootHeader(int dlt) {
    return switch (dlt) {
      case 0, 108 -> Header.LOOPBACK;
      case 1 -> Header.ETHER;
      case 9, 50 -> Header.PPP;
      case 51 -> Header.PPPOE;
      case 104 -> Header.CHDLC;
      case 113 -> Header.SLL;
      case 276 -> Header.SLL2;
      case 12, 14 -> Header.ANYIP;
      case 228 -> Header.IP;
      case 229 -> Header.IP6;
      default -> null;
    };
  }

  /** Runs one instruction on s, hands the result to its successors, and says what it did. */
  private static String step(Insn i, int pc, PathState s, Describer d, PathState[] in) {
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
        note = fromA ? named(d, s.a, s.an) : named(d, s.x, s.xn);
        out.mn[i.k() & 15] = note;
      }
      case Bpf.ALU -> {
        int op = code & 0xf0;
        Sym r = (code & Bpf.X) != 0 ? s.x : new Sym.Const(i.k() & 0xffffffffL);
        out.a = s.a == null || (op != Bpf.NEG && r == null) ? null
            : new Sym.Alu(op, s.a, op == Bpf.NEG ? null : r);
        note = d.name(out.a);
        out.an = note;
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
        if ((code & 0x18) == Bpf.A) return "return A";
        return i.k() == 0 ? "reject" : "accept";
      }
      default -> {
        return jump(i, pc, s, d, in);
      }
    }
    flow(in, pc + 1, out);
    return text(note);
  }

  /** {@return the name of v here, or the name it was given where it was set} */
  private static Naming named(Describer d, Sym v, Naming carried) {
    Naming n = v == null ? null : d.name(v);
    return n != null ? n : carried;
  }

  private static String text(Naming n) {
    return n == null ? null : n.text();
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
      case Bpf.ABS -> k < 0 && k >= -0x1000 ? new Sym.Ext(k) : new Sym.Bytes(Sym.Pos.abs(uk), size);
      case Bpf.IND -> {
        if (s.x == null) yield null;
        yield s.x instanceof Sym.Const c ? new Sym.Bytes(Sym.Pos.abs(c.value() + uk), size)
            : new Sym.Bytes(new Sym.Pos(uk, s.x), size);
      }
      case Bpf.MSH -> new Sym.Hlen(Sym.Pos.abs(uk));
      default -> null;
    };
  }

  private static void flow(PathState[] in, int target, PathState s) {
    if (target < 0 || target >= in.length || s == null) return;
    in[target] = in[target] == null ? s : in[target].join(s);
  }

  private static String jump(Insn i, int pc, PathState s, Describer d, PathState[] in) {
    int op = i.code() & 0xf0;
    if (op == Bpf.JA) {
      flow(in, pc + 1 + i.k(), s.copy());
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
    }
    flow(in, pc + 1 + i.jt(), t);
    flow(in, pc + 1 + i.jf(), f);
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

  private static String compare(int op, PathState s, Sym right, Describer d) {
    if (op == Bpf.JSET) {
      if (!(right instanceof Sym.Const c)) return null;
      String bits = s.a == null ? null : d.bitsSet(s.a, c.value());
      return bits != null || s.an == null ? bits : s.an.text() + " & " + Format.hex(c.value()) + " != 0";
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
    return rel == null ? null : l.text() + " " + rel + " " + r;
  }

  /** {@return the lines of {@code tcpdump -d}, each followed by its annotation where there is one} */
  public static List<String> listing(BpfProgram program, int dlt) {
    List<String> notes = annotate(program, dlt);
    List<String> lines = new ArrayList<>(program.length());
    for (int pc = 0; pc < program.length(); pc++) {
      String image = io.jdump.bpf.Listing.image(program.get(pc), pc);
      String note = notes.get(pc);
      lines.add(note == null ? image : pad(image) + "; " + note);
    }
    return lines;
  }

  /** Pads to column 48 as a terminal shows tabs, so that the annotations line up. */
  private static String pad(String image) {
    int col = 0;
    for (int j = 0; j < image.length(); j++) col = image.charAt(j) == '\t' ? (col / 8 + 1) * 8 : col + 1;
    return image + " ".repeat(Math.max(1, 48 - col));
  }
}
