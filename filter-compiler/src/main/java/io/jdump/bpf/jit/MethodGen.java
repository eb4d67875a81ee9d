package io.jdump.bpf.jit;

import static org.objectweb.asm.Opcodes.*;

import io.jdump.bpf.Bpf;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * Bytecode for one method of a compiled filter: the instructions of one {@link Chunks} range
 * in pc order, each jump target a label. A, X and the scratch cells are int locals, so that
 * HotSpot keeps them in registers; {@code capU} is caplen with its sign bit flipped, which makes
 * a signed compare against a constant flipped the same way an unsigned one.
 *
 * <p>Locals: {@code this} in {@code apply} or the entry pc in a chunk method, the four
 * {@code apply} arguments, A, X, M[0..15], capU.
 */
final class MethodGen {
  /** Chunk methods: (entry pc, buf, offset, caplen, wirelen, A, X, M[0..15]) -> int. */
  static final String CHUNK_DESC = "(I[BIII" + "I".repeat(2 + Bpf.MEMWORDS) + ")I";
  private static final String LOADS = Type.getInternalName(Loads.class);
  private static final int A = MethodGenSlots.A;
  private static final int X = MethodGenSlots.X;
  private static final int M0 = 7;
  private static final int CAPU = M0 + Bpf.MEMWORDS;
  private static final int ENTRY = 0;
  private static final int buf = 1;
  private static final int off = 2;
  private static final int caplen = 3;
  private static final int wirelen = 4;

  private final MethodVisitor mv;
  private final Flow f;
  private final Bounds bounds;
  private final Ranges ranges;
  private final Chains chains;
  private final Chunks chunks;
  private final int chunk;
  private final Label[] labels;
  /** Per pc in a later method: the label that passes it on ({@code push pc; goto call}). */
  private final Map<Integer, Label> exits = new LinkedHashMap<>();
  /** Per later method: the label of its tail call, the entry pc on the stack. */
  private final Map<Integer, Label> calls = new LinkedHashMap<>();
  private Label ret0;

  MethodGen(MethodVisitor mv, Flow f, Bounds bounds, Ranges ranges, Chains chains, Chunks chunks, int chunk) {
    this.mv = mv;
    this.f = f;
    this.bounds = bounds;
    this.ranges = ranges;
    this.chains = chains;
    this.chunks = chunks;
    this.chunk = chunk;
    labels = new Label[f.n];
  }

  static String chunkName(int chunk) {
    return "part" + chunk;
  }

  /** Emits the method; {@return its bytecode length}. */
  int emit() {
    mv.visitCode();
    mv.visitVarInsn(ILOAD, caplen);
    push(Integer.MIN_VALUE);
    mv.visitInsn(IADD);
    mv.visitVarInsn(ISTORE, CAPU);
    int from = chunks.start(chunk);
    int to = chunks.end(chunk);
    if (chunk == 0) {
      for (int v = A; v < CAPU; v++) {
        mv.visitInsn(ICONST_0);
        mv.visitVarInsn(ISTORE, v);
      }
    } else {
      dispatch(chunks.entries(chunk));
    }
    int[] order = unfolded(from, to);
    for (int i = 0; i < order.length; i++) {
      int pc = order[i];
      int next = i + 1 < order.length ? order[i + 1] : -1;
      if (labels[pc] != null || f.preds[pc] > 0) mv.visitLabel(label(pc));
      instruction(pc, next);
    }
    for (Map.Entry<Integer, Label> exit : exits.entrySet()) {
      mv.visitLabel(exit.getValue());
      push(exit.getKey());
      mv.visitJumpInsn(GOTO, labelOf(calls, chunks.chunkOf(exit.getKey())));
    }
    for (Map.Entry<Integer, Label> call : calls.entrySet()) tailCall(call.getKey(), call.getValue());
    if (ret0 != null) {
      mv.visitLabel(ret0);
      mv.visitInsn(ICONST_0);
      mv.visitInsn(IRETURN);
    }
    Label end = new Label();
    mv.visitLabel(end);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
    return end.getOffset();
  }

  /** A chunk method starts at the pc its caller passed. */
  private void dispatch(TreeSet<Integer> entries) {
    if (entries.isEmpty()) { // unreachable part: still a valid method
      mv.visitInsn(ICONST_0);
      mv.visitInsn(IRETURN);
      return;
    }
    int[] keys = ints(entries);
    Label[] targets = new Label[keys.length];
    for (int i = 0; i < keys.length; i++) targets[i] = label(keys[i]);
    mv.visitVarInsn(ILOAD, ENTRY);
    mv.visitLookupSwitchInsn(targets[0], keys, targets);
  }

  private void instruction(int pc, int next) {
    long check = bounds.checkAt(pc);
    if (check > 0) checkCaplen(check);
    int code = f.code[pc];
    int k = f.k[pc];
    if (code < 0) { // validated but bpf_filter has no case for it: the program returns 0
      mv.visitJumpInsn(GOTO, ret0());
      return;
    }
    switch (Bpf.cls(code)) {
      case Bpf.RET -> {
        if (code == Flow.RET_A) mv.visitVarInsn(ILOAD, A);
        else push(k);
        mv.visitInsn(IRETURN);
        return;
      }
      case Bpf.LD -> load(pc, code, k);
      case Bpf.LDX -> loadX(code, k);
      case Bpf.ST -> store(A, k);
      case Bpf.STX -> store(X, k);
      case Bpf.ALU -> Alu.emit(mv, code, k, ranges.a(pc), ranges.x(pc), ret0Supplier());
      case Bpf.MISC -> {
        boolean tax = code == (Bpf.MISC | Bpf.TAX);
        mv.visitVarInsn(ILOAD, tax ? A : X);
        mv.visitVarInsn(ISTORE, tax ? X : A);
      }
      case Bpf.JMP -> {
        jump(pc, next);
        return;
      }
      default -> throw new IllegalStateException("class of 0x" + Integer.toHexString(code));
    }
    if (next != pc + 1) mv.visitJumpInsn(GOTO, target(pc + 1));
  }

  private Supplier<Label> ret0Supplier() {
    return new Ret0();
  }

  /**
   * The shared "return 0" label, made when first asked for. A named class, not a method
   * reference: the JIT's first class must not start the JDK's lambda machinery (a cold start's
   * milliseconds, and classes a JDK 25 AOT cache would load into every run).
   */
  private final class Ret0 implements Supplier<Label> {
    @Override
    public Label get() {
      return ret0();
    }
  }

  /** The pcs from..to-1 that no chain folded away, in order. */
  private int[] unfolded(int from, int to) {
    int n = 0;
    for (int pc = from; pc < to; pc++) if (!chains.folded(pc)) n++;
    int[] order = new int[n];
    n = 0;
    for (int pc = from; pc < to; pc++) if (!chains.folded(pc)) order[n++] = pc;
    return order;
  }

  private static int[] ints(Collection<Integer> values) {
    int[] out = new int[values.size()];
    int i = 0;
    for (int v : values) out[i++] = v;
    return out;
  }

  private static Label labelOf(Map<Integer, Label> labels, int key) {
    Label l = labels.get(key);
    if (l == null) {
      l = new Label();
      labels.put(key, l);
    }
    return l;
  }

  private void load(int pc, int code, int k) {
    switch (Bpf.mode(code)) {
      case Bpf.IMM -> push(k);
      case Bpf.LEN -> mv.visitVarInsn(ILOAD, wirelen);
      case Bpf.MEM -> mv.visitVarInsn(ILOAD, M0 + k);
      case Bpf.ABS -> {
        mv.visitVarInsn(ALOAD, buf);
        index(k, false);
        read(Bpf.size(code));
      }
      default -> { // IND
        checkIndirect(pc, f.indirectSize(pc), k);
        mv.visitVarInsn(ALOAD, buf);
        index(k, true);
        read(Bpf.size(code));
      }
    }
    mv.visitVarInsn(ISTORE, A);
  }

  private void loadX(int code, int k) {
    switch (Bpf.mode(code)) {
      case Bpf.IMM -> push(k);
      case Bpf.LEN -> mv.visitVarInsn(ILOAD, wirelen);
      case Bpf.MEM -> mv.visitVarInsn(ILOAD, M0 + k);
      default -> { // MSH: 4 * (p[k] & 0xf)
        mv.visitVarInsn(ALOAD, buf);
        index(k, false);
        mv.visitInsn(BALOAD);
        push(0xf);
        mv.visitInsn(IAND);
        mv.visitInsn(ICONST_2);
        mv.visitInsn(ISHL);
      }
    }
    mv.visitVarInsn(ISTORE, X);
  }

  private void store(int register, int k) {
    mv.visitVarInsn(ILOAD, register);
    mv.visitVarInsn(ISTORE, M0 + k);
  }

  /** Pushes {@code offset [+ X] + k}; the caplen test before makes it a valid index. */
  private void index(int k, boolean plusX) {
    mv.visitVarInsn(ILOAD, off);
    if (plusX) {
      mv.visitVarInsn(ILOAD, X);
      mv.visitInsn(IADD);
    }
    if (k != 0) {
      push(k);
      mv.visitInsn(IADD);
    }
  }

  private void read(int size) {
    switch (size) {
      case Bpf.W -> mv.visitMethodInsn(INVOKESTATIC, LOADS, "word", "([BI)I", false);
      case Bpf.H -> mv.visitMethodInsn(INVOKESTATIC, LOADS, "half", "([BI)I", false);
      default -> {
        mv.visitInsn(BALOAD);
        push(0xff);
        mv.visitInsn(IAND);
      }
    }
  }

  /** caplen < need (unsigned): the program returns 0, as its loads would (see {@link Bounds}). */
  private void checkCaplen(long need) {
    if (need >= Bounds.NEVER) {
      mv.visitJumpInsn(GOTO, ret0());
      return;
    }
    mv.visitVarInsn(ILOAD, CAPU);
    push((int) need + Integer.MIN_VALUE);
    mv.visitJumpInsn(IF_ICMPLT, ret0());
  }

  /** X + k + size > caplen, all unsigned, without overflow: libpcap's three tests in one. */
  private void checkIndirect(int pc, int size, int k) {
    long end = (k & Flow.FULL) + size;
    if (ranges.x(pc) + end <= Integer.MAX_VALUE) {
      mv.visitVarInsn(ILOAD, X);
      push((int) end + Integer.MIN_VALUE);
      mv.visitInsn(IADD);
      mv.visitVarInsn(ILOAD, CAPU);
      mv.visitJumpInsn(IF_ICMPGT, ret0());
      return;
    }
    mv.visitVarInsn(ILOAD, X);
    unsignedLong();
    mv.visitLdcInsn(end);
    mv.visitInsn(LADD);
    mv.visitVarInsn(ILOAD, caplen);
    unsignedLong();
    mv.visitInsn(LCMP);
    mv.visitJumpInsn(IFGT, ret0());
  }

  private void unsignedLong() {
    mv.visitInsn(I2L);
    mv.visitLdcInsn(Flow.FULL);
    mv.visitInsn(LAND);
  }

  private void jump(int pc, int next) {
    int code = f.code[pc];
    int t = f.jt[pc];
    int e = f.jf[pc];
    if (code == Flow.JA || t == e) {
      if (t != next) mv.visitJumpInsn(GOTO, target(t));
      return;
    }
    int[] chain = chains.chainAt(pc);
    if (chain != null) {
      lookup(chain, next);
      return;
    }
    int op = Compare.emit(mv, code, f.k[pc], ranges.a(pc), ranges.x(pc));
    if (op == GOTO) { // always true
      if (t != next) mv.visitJumpInsn(GOTO, target(t));
      return;
    }
    if (t == next) {
      mv.visitJumpInsn(Compare.invert(op), target(e));
    } else {
      mv.visitJumpInsn(op, target(t));
      if (e != next) mv.visitJumpInsn(GOTO, target(e));
    }
  }

  /** A chain of jeq #k on A: one lookupswitch; the first test of a repeated key wins. */
  private void lookup(int[] chain, int next) {
    Map<Integer, Integer> cases = new HashMap<>();
    for (int at : chain) cases.putIfAbsent(f.k[at], f.jt[at]);
    int[] keys = ints(cases.keySet());
    Arrays.sort(keys);
    Label[] targets = new Label[keys.length];
    for (int i = 0; i < keys.length; i++) targets[i] = target(cases.get(keys[i]));
    int otherwise = f.jf[chain[chain.length - 1]];
    mv.visitVarInsn(ILOAD, A);
    mv.visitLookupSwitchInsn(target(otherwise), keys, targets);
  }

  /** The label to jump to for pc: its own here, or a tail call when another method holds it. */
  private Label target(int pc) {
    if (pc >= chunks.start(chunk) && pc < chunks.end(chunk)) return label(pc);
    return labelOf(exits, pc);
  }

  private Label label(int pc) {
    if (labels[pc] == null) labels[pc] = new Label();
    return labels[pc];
  }

  private Label ret0() {
    if (ret0 == null) ret0 = new Label();
    return ret0;
  }

  /** Calls the method holding a later part, the entry pc already pushed; returns its value. */
  private void tailCall(int target, Label at) {
    mv.visitLabel(at);
    mv.visitVarInsn(ALOAD, buf);
    mv.visitVarInsn(ILOAD, off);
    mv.visitVarInsn(ILOAD, caplen);
    mv.visitVarInsn(ILOAD, wirelen);
    for (int v = A; v < CAPU; v++) mv.visitVarInsn(ILOAD, v);
    mv.visitMethodInsn(INVOKESTATIC, ClassGen.NAME, chunkName(target), CHUNK_DESC, false);
    mv.visitInsn(IRETURN);
  }

  private void push(int value) {
    Compare.push(mv, value);
  }

}
