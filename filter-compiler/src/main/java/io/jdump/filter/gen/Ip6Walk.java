package io.jdump.filter.gen;

import static io.jdump.bpf.Bpf.ABS;
import static io.jdump.bpf.Bpf.ADD;
import static io.jdump.bpf.Bpf.ALU;
import static io.jdump.bpf.Bpf.AND;
import static io.jdump.bpf.Bpf.B;
import static io.jdump.bpf.Bpf.H;
import static io.jdump.bpf.Bpf.IMM;
import static io.jdump.bpf.Bpf.IND;
import static io.jdump.bpf.Bpf.JA;
import static io.jdump.bpf.Bpf.JEQ;
import static io.jdump.bpf.Bpf.JMP;
import static io.jdump.bpf.Bpf.K;
import static io.jdump.bpf.Bpf.LD;
import static io.jdump.bpf.Bpf.LDX;
import static io.jdump.bpf.Bpf.LSH;
import static io.jdump.bpf.Bpf.MEM;
import static io.jdump.bpf.Bpf.MISC;
import static io.jdump.bpf.Bpf.ST;
import static io.jdump.bpf.Bpf.TAX;
import static io.jdump.bpf.Bpf.TXA;
import static io.jdump.bpf.Bpf.X;

import io.jdump.bpf.Insn;
import java.util.ArrayList;
import java.util.List;

/**
 * The IPv6 extension-header walk of {@code --ip6-transport}: statements that leave the
 * upper-layer protocol in A and the offset of its header from the IPv6 header in X.
 * Hop-by-hop (0), destination options (60) and routing (43) headers are {@code (len + 1) * 8}
 * bytes, AH (51) {@code (len + 2) * 4}; a fragment header (44) is 8 bytes and is passed only
 * when its offset is 0, otherwise A ends as {@link #NOT_FIRST}, which no protocol equals.
 *
 * <p>Unlike protochain's loop, the walk is unrolled for {@link #MAX_HEADERS} headers: every
 * jump is forward, so the optimizer works on it and Linux accepts it as a socket filter.
 * Past that many headers, A holds the next extension header's number and nothing matches.
 *
 * <pre>{@code
 * List<Insn> s = Ip6Walk.statements(14, 15); // then: jeq #6 (is it TCP?), or ld [x + 14 + k]
 * }</pre>
 */
public final class Ip6Walk {
  /** How many extension headers the walk passes. */
  public static final int MAX_HEADERS = 6;
  /** A's value after a fragment that is not the first. */
  static final int NOT_FIRST = 0x100;

  private Ip6Walk() {}

  /** A jump whose targets are labels, resolved when the walk is laid out. */
  private record Pending(int at, int trueLabel, int falseLabel) {}

  /**
   * {@return the walk's statements} Ends with A = protocol, X = offset from {@code net.k()}
   * (the variable part of {@code net} included).
   *
   * @param at      where the IPv6 header starts in the frame
   * @param scratch the memory cell the walk may use
   */
  static List<Insn> statements(Off at, int scratch) {
    int net = at.k();
    List<Insn> s = new ArrayList<>();
    List<Pending> pending = new ArrayList<>();
    int[] labels = new int[4 * MAX_HEADERS + 3];
    int end = labels.length - 1;
    int notFirst = labels.length - 2;
    if (at.variable()) {
      // X = the variable part + 40 (an indexed load cannot take a negative constant).
      s.addAll(at.plus(6).load(B));
      s.add(Insn.stmt(ST, scratch));
      s.add(Insn.stmt(MISC | TXA, 0));
      s.add(Insn.stmt(ALU | ADD | K, 40));
      s.add(Insn.stmt(MISC | TAX, 0));
      s.add(Insn.stmt(LD | MEM, scratch));
    } else {
      s.add(Insn.stmt(LD | B | ABS, net + 6));
      s.add(Insn.stmt(LDX | IMM, 40));
    }
    for (int i = 0; i < MAX_HEADERS; i++) {
      int ext = 4 * i;
      int ah = ext + 1;
      int frag = ext + 2;
      int tail = ext + 3;
      for (int type : new int[] {0, 60, 43}) {
        pending.add(new Pending(s.size(), ext, -1));
        s.add(Insn.jump(JMP | JEQ | K, type, 0, 0));
      }
      pending.add(new Pending(s.size(), frag, -1));
      s.add(Insn.jump(JMP | JEQ | K, 44, 0, 0));
      pending.add(new Pending(s.size(), ah, -1));
      s.add(Insn.jump(JMP | JEQ | K, 51, 0, 0));
      pending.add(new Pending(s.size(), end, -2));
      s.add(Insn.stmt(JMP | JA, 0));
      labels[ext] = s.size();
      s.add(Insn.stmt(LD | B | IND, net + 1));
      s.add(Insn.stmt(ALU | ADD | K, 1));
      s.add(Insn.stmt(ALU | LSH | K, 3));
      pending.add(new Pending(s.size(), tail, -2));
      s.add(Insn.stmt(JMP | JA, 0));
      labels[ah] = s.size();
      s.add(Insn.stmt(LD | B | IND, net + 1));
      s.add(Insn.stmt(ALU | ADD | K, 2));
      s.add(Insn.stmt(ALU | LSH | K, 2));
      pending.add(new Pending(s.size(), tail, -2));
      s.add(Insn.stmt(JMP | JA, 0));
      labels[frag] = s.size();
      s.add(Insn.stmt(LD | H | IND, net + 2));
      s.add(Insn.stmt(ALU | AND | K, 0xfff8));
      pending.add(new Pending(s.size(), -1, notFirst));
      s.add(Insn.jump(JMP | JEQ | K, 0, 0, 0));
      s.add(Insn.stmt(LD | IMM, 8));
      // A = this header's length: X moves past it, A takes the next header's number.
      labels[tail] = s.size();
      s.add(Insn.stmt(ALU | ADD | X, 0));
      s.add(Insn.stmt(ST, scratch));
      s.add(Insn.stmt(LD | B | IND, net));
      s.add(Insn.stmt(LDX | MEM, scratch));
    }
    pending.add(new Pending(s.size(), end, -2));
    s.add(Insn.stmt(JMP | JA, 0));
    labels[notFirst] = s.size();
    s.add(Insn.stmt(LD | IMM, NOT_FIRST));
    labels[end] = s.size();
    // A no-op for the jumps to land on; the block's own test follows.
    s.add(Insn.stmt(ALU | ADD | K, 0));
    for (Pending p : pending) {
      Insn j = s.get(p.at());
      if (p.falseLabel() == -2) {
        s.set(p.at(), Insn.stmt(JMP | JA, labels[p.trueLabel()] - (p.at() + 1)));
      } else {
        int jt = p.trueLabel() < 0 ? 0 : labels[p.trueLabel()] - (p.at() + 1);
        int jf = p.falseLabel() < 0 ? 0 : labels[p.falseLabel()] - (p.at() + 1);
        s.set(p.at(), Insn.jump(j.code(), j.k(), jt, jf));
      }
    }
    return s;
  }
}
