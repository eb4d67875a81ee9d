package io.jdump.filter.gen;

import io.jdump.bpf.Bpf;
import io.jdump.bpf.Insn;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

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
  private static final int REJECTS = 1;
  private static final int TRUE = 2;
  private static final int FALSE = 4;
  private static final int LOOP = 8;

  private Verdicts() {}

  /**
   * {@return true if every packet is rejected, by a false test or by a failed load}
   * A condition holding protochain's loop is never reported: libpcap's optimizer leaves
   * those alone.
   */
  public static boolean rejectsAll(Cond c) {
    int f = facts(c);
    return (f & LOOP) == 0 && (f & REJECTS) != 0;
  }

  /**
   * The facts of every node, children first, with an explicit stack: conditions are as deep
   * as the and/or chains they come from.
   */
  private static int facts(Cond root) {
    Map<Cond, Integer> known = new IdentityHashMap<>();
    Deque<Cond> work = new ArrayDeque<>();
    work.push(root);
    while (!work.isEmpty()) {
      Cond c = work.peek();
      if (known.containsKey(c)) {
        work.pop();
        continue;
      }
      Cond a = null;
      Cond b = null;
      if (c instanceof Cond.And x) {
        a = x.left();
        b = x.right();
      } else if (c instanceof Cond.Or x) {
        a = x.left();
        b = x.right();
      } else if (c instanceof Cond.Not x) {
        a = x.cond();
      }
      boolean ready = true;
      if (b != null && !known.containsKey(b)) {
        work.push(b);
        ready = false;
      }
      if (a != null && !known.containsKey(a)) {
        work.push(a);
        ready = false;
      }
      if (!ready) continue;
      work.pop();
      known.put(c, combine(c, a == null ? 0 : known.get(a), b == null ? 0 : known.get(b)));
    }
    return known.get(root);
  }

  private static int combine(Cond c, int l, int r) {
    if (c instanceof Cond.Const k) return k.value() ? TRUE : REJECTS | FALSE;
    if (c instanceof Cond.Test t) return hasLoop(t) ? LOOP : 0;
    boolean rejects;
    boolean alwaysTrue;
    boolean alwaysFalse;
    if (c instanceof Cond.And) {
      rejects = is(l, REJECTS) || is(r, REJECTS);
      alwaysTrue = is(l, TRUE) && is(r, TRUE);
      alwaysFalse = is(l, FALSE) || (is(l, TRUE) && is(r, FALSE));
    } else if (c instanceof Cond.Or) {
      rejects = is(l, REJECTS) && is(r, REJECTS);
      alwaysTrue = is(l, TRUE) || (is(l, FALSE) && is(r, TRUE));
      alwaysFalse = is(l, FALSE) && is(r, FALSE);
    } else {
      rejects = is(l, TRUE);
      alwaysTrue = is(l, FALSE);
      alwaysFalse = is(l, TRUE);
    }
    return (rejects ? REJECTS : 0) | (alwaysTrue ? TRUE : 0) | (alwaysFalse ? FALSE : 0)
        | ((l | r) & LOOP);
  }

  private static boolean is(int facts, int fact) {
    return (facts & fact) != 0;
  }

  private static boolean hasLoop(Cond.Test t) {
    for (Insn i : t.stmts()) {
      if (i.code() == (Bpf.JMP | Bpf.JA) && i.k() < 0) return true;
    }
    return false;
  }
}
