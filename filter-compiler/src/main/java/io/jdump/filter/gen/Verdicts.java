package io.jdump.filter.gen;

/**
 * What can be said of a condition without a packet: libpcap's optimizer reports an
 * expression that can only reject ("expression rejects all packets"). This recognises, before
 * assembly, the cases decided by constants (such as {@code arp} on raw IP), which libpcap's
 * constant folding always proves; {@code io.jdump.filter.opt.PcapModel} decides the rest.
 *
 * <pre>{@code
 * boolean none = Verdicts.rejectsAll(new Cond.Const(false));   // true
 * }</pre>
 */
public final class Verdicts {
  private Verdicts() {}

  /**
   * {@return true if every packet is rejected, by a false test or by a failed load}
   * A condition holding protochain's loop is never reported: libpcap's optimizer leaves
   * those alone.
   */
  public static boolean rejectsAll(Cond c) {
    return !hasLoop(c) && rejects(c);
  }

  private static boolean hasLoop(Cond c) {
    if (c instanceof Cond.Test t) {
      for (io.jdump.bpf.Insn i : t.stmts()) {
        if (i.code() == (io.jdump.bpf.Bpf.JMP | io.jdump.bpf.Bpf.JA) && i.k() < 0) return true;
      }
      return false;
    }
    if (c instanceof Cond.And a) return hasLoop(a.left()) || hasLoop(a.right());
    if (c instanceof Cond.Or o) return hasLoop(o.left()) || hasLoop(o.right());
    if (c instanceof Cond.Not n) return hasLoop(n.cond());
    return false;
  }

  private static boolean rejects(Cond c) {
    if (c instanceof Cond.Const k) return !k.value();
    if (c instanceof Cond.And a) return rejects(a.left()) || rejects(a.right());
    if (c instanceof Cond.Or o) return rejects(o.left()) && rejects(o.right());
    if (c instanceof Cond.Not n) return alwaysTrue(n.cond());
    return false;
  }

  /** {@return true if the condition holds without reading the packet} */
  private static boolean alwaysTrue(Cond c) {
    if (c instanceof Cond.Const k) return k.value();
    if (c instanceof Cond.And a) return alwaysTrue(a.left()) && alwaysTrue(a.right());
    if (c instanceof Cond.Or o) {
      return alwaysTrue(o.left()) || (alwaysFalse(o.left()) && alwaysTrue(o.right()));
    }
    if (c instanceof Cond.Not n) return alwaysFalse(n.cond());
    return false;
  }

  /** {@return true if the condition fails without reading the packet} */
  private static boolean alwaysFalse(Cond c) {
    if (c instanceof Cond.Const k) return !k.value();
    if (c instanceof Cond.And a) {
      return alwaysFalse(a.left()) || (alwaysTrue(a.left()) && alwaysFalse(a.right()));
    }
    if (c instanceof Cond.Or o) return alwaysFalse(o.left()) && alwaysFalse(o.right());
    if (c instanceof Cond.Not n) return alwaysTrue(n.cond());
    return false;
  }
}
