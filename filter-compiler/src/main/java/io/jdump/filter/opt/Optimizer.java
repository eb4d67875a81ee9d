package io.jdump.filter.opt;

import io.jdump.bpf.Bpf;
import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Insn;
import io.jdump.filter.gen.Cond;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The optimizer, in two kinds.
 *
 * <p>For libpcap's meaning (the default), libpcap 1.10's own optimizer, replayed step for step
 * ({@link PcapModel}, laid out by {@link PcapLayout}): the program is pcap_compile's,
 * instruction for instruction, so every frame, cut or whole, gets libpcap's verdict, and an
 * expression is refused exactly where libpcap refuses it. libpcap's optimizer drops loads whose
 * value it knows; any other optimizer drops others, and a frame cut short of one of them then
 * gets another verdict from it than from tcpdump.
 *
 * <p>For jdump's own meanings ({@code --scoped-encap}, {@code --any-vlan},
 * {@code --ip6-transport}), which libpcap has no program for, jdump's optimizer: value
 * numbering with constant folding, redundant load/store removal and {@code ld M[n]}/{@code tax}
 * rewrites ({@link Forward}), peephole folds into tests ({@link Peephole}), jump threading on
 * what earlier tests established ({@link Threading}), regrouping of {@code or}-chains by tested
 * value ({@link Chains}) and searches for long runs of equality tests ({@link Search}), sharing
 * of identical blocks and joining of straight lines ({@link Cfg}), repeated until the program
 * stops changing. It keeps the unoptimized program's verdict for every whole frame; a frame too
 * short for a load it dropped may be accepted, but only with the verdict every longer frame
 * with those bytes gets. Its programs may hold forward {@code ja}s inside blocks (the IPv6
 * header walk), which libpcap's optimizer never meets.
 *
 * <p>A program whose replay would take more steps than {@link PcapModel#BUDGET} (an or-chain of
 * some 1,250 hosts or more, where libpcap's optimizer takes minutes) gets jdump's optimizer.
 *
 * <p>Expressions holding protochain's loop are not optimized (libpcap does not optimize them
 * either).
 *
 * <pre>{@code
 * Optimizer.Outcome o = Optimizer.run(Assembler.assemble(cond, 262144), true);
 * }</pre>
 */
public final class Optimizer {
  private static final int MAX_ROUNDS = 30;
  /**
   * Up to this many unoptimized instructions, libpcap's refusal is replayed for every
   * expression under jdump's meanings; past it (long or-chains, where the replay would double
   * the compile time) only for those jdump's optimizer found empty.
   */
  private static final int MODEL_ALWAYS = 4096;

  private Optimizer() {}

  /**
   * What the optimizer made of a program.
   *
   * @param program the optimized program ({@code ret #0} alone when it proved every packet
   *     rejected)
   * @param refused true when libpcap 1.10's optimizer proves it too, and so refuses the
   *     expression with {@code expression rejects all packets}
   */
  public record Outcome(BpfProgram program, boolean refused) {}

  /**
   * {@return the optimized program, and whether tcpdump would refuse the expression}
   *
   * <pre>{@code
   * Optimizer.Outcome o = Optimizer.run(Assembler.assemble(cond, 262144), true);
   * if (o.refused()) throw new FilterException("expression rejects all packets");
   * }</pre>
   *
   * @param libpcapMeaning true for libpcap's optimizer (the default meaning), false for
   *     jdump's (its own options' programs)
   */
  public static Outcome run(BpfProgram p, boolean libpcapMeaning) {
    if (libpcapMeaning) {
      Outcome libpcaps = PcapModel.optimize(p);
      if (libpcaps != null) return libpcaps;
      // Past the replay's budget (or-chains of some 1,250 hosts and more, where libpcap itself
      // takes minutes): jdump's optimizer, whose refusals the replay could not decide either.
      return new Outcome(fixpoint(p), false);
    }
    BpfProgram full = fixpoint(p);
    // jdump proves more expressions empty than libpcap's optimizer does, and libpcap proves
    // some on paths jdump's analysis merges; tcpdump users must meet libpcap's refusals, no
    // more and no fewer, so the refusal replays what libpcap's optimizer can prove
    // (PcapModel). Unrefused, an empty program is still the shortest one: ret #0.
    boolean ask = rejectsAll(full) || p.length() <= MODEL_ALWAYS;
    return new Outcome(full, ask && PcapModel.rejectsAll(p));
  }

  private static BpfProgram fixpoint(BpfProgram p) {
    Block root = Cfg.build(p);
    if (root == null) return p;
    BpfProgram last = p;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      Values values = new Values();
      List<Block> order = Cfg.reachable(root);
      Cfg.liveness(order);
      new Forward(values, true).run(order);
      order = Cfg.reachable(root);
      Cfg.liveness(order);
      Forward states = new Forward(values, false);
      states.run(order);
      if (Threading.run(order, states, Threading.MAX_HOPS)) {
        // Dropped before the next pass records its own: two sets of states per block at
        // once were the peak of memory on long chains.
        states = null;
        order = Cfg.reachable(root);
        Cfg.liveness(order);
        states = new Forward(values, false);
        states.run(order);
      }
      Chains.run(order, states);
      root = Cfg.dedup(root);
      while (root.isGoto() && root.stmts.isEmpty()) root = root.jt;
      Cfg.joinStraightLines(root);
      BpfProgram next = Cfg.emit(root);
      if (same(next, last)) break;
      last = next;
    }
    return last;
  }

  /**
   * {@return true if both programs hold the same instructions} BpfProgram.equals, written out:
   * a record's equals (and its list's, of records) is bootstrapped on first use, which a cold
   * JVM paid for on every compile.
   */
  private static boolean same(BpfProgram a, BpfProgram b) {
    if (a.length() != b.length()) return false;
    for (int pc = 0; pc < a.length(); pc++) {
      Insn x = a.get(pc);
      Insn y = b.get(pc);
      if (x.code() != y.code() || x.jt() != y.jt() || x.jf() != y.jf() || x.k() != y.k()) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@return false for a condition holding protochain's loop} libpcap compiles those without
   * its optimizer (and never refuses them), and so does jdump.
   */
  public static boolean applies(Cond c) {
    Deque<Cond> work = new ArrayDeque<>();
    if (c != null) work.push(c);
    while (!work.isEmpty()) {
      Cond x = work.pop();
      if (x instanceof Cond.Test t) {
        for (Insn i : t.stmts()) if (i.code() == (Bpf.JMP | Bpf.JA) && i.k() < 0) return false;
      } else if (x instanceof Cond.And a) {
        work.push(a.left());
        work.push(a.right());
      } else if (x instanceof Cond.Or o) {
        work.push(o.left());
        work.push(o.right());
      } else if (x instanceof Cond.Not n) {
        work.push(n.cond());
      }
    }
    return true;
  }

  /** {@return true if {@code p} returns 0 without looking at the packet} */
  public static boolean rejectsAll(BpfProgram p) {
    return p.length() == 1 && p.get(0).code() == (Bpf.RET | Bpf.K) && p.get(0).k() == 0;
  }
}
