package io.jdump.bpf.jit;

import static org.objectweb.asm.Opcodes.*;

import io.jdump.bpf.Bpf;
import org.objectweb.asm.MethodVisitor;

/**
 * Conditional jumps as JVM compares. BPF compares unsigned; when both sides are known to be
 * below 2^31 ({@link Ranges}) the JVM's signed compare gives the same answer, otherwise both
 * sides get their sign bit flipped first.
 */
final class Compare {
  private Compare() {}

  /**
   * Pushes the operands of pc's test and {@return the JVM jump opcode taken when it is true},
   * or GOTO when it is always true (nothing pushed).
   */
  static int emit(MethodVisitor mv, int code, int k, long aMax, long xMax) {
    boolean x = Bpf.src(code) == Bpf.X;
    switch (Bpf.op(code)) {
      case Bpf.JEQ -> {
        mv.visitVarInsn(ILOAD, MethodGenSlots.A);
        if (!x && k == 0) return IFEQ;
        operand(mv, x, k);
        return IF_ICMPEQ;
      }
      case Bpf.JSET -> {
        mv.visitVarInsn(ILOAD, MethodGenSlots.A);
        operand(mv, x, k);
        mv.visitInsn(IAND);
        return IFNE;
      }
      default -> { // JGT, JGE
        boolean gt = Bpf.op(code) == Bpf.JGT;
        if (!x && k == 0) {
          if (!gt) return GOTO; // A >= 0 always
          mv.visitVarInsn(ILOAD, MethodGenSlots.A);
          return IFNE;
        }
        boolean signed = Ranges.small(aMax) && Ranges.small(x ? xMax : k & Flow.FULL);
        mv.visitVarInsn(ILOAD, MethodGenSlots.A);
        if (!signed) flip(mv);
        if (x) {
          mv.visitVarInsn(ILOAD, MethodGenSlots.X);
          if (!signed) flip(mv);
        } else {
          push(mv, signed ? k : k ^ Integer.MIN_VALUE);
        }
        return gt ? IF_ICMPGT : IF_ICMPGE;
      }
    }
  }

  private static void operand(MethodVisitor mv, boolean x, int k) {
    if (x) mv.visitVarInsn(ILOAD, MethodGenSlots.X);
    else push(mv, k);
  }

  private static void flip(MethodVisitor mv) {
    push(mv, Integer.MIN_VALUE);
    mv.visitInsn(IXOR);
  }

  /** {@return the jump opcode with the opposite condition} (the JVM pairs them 153/154, ...). */
  static int invert(int op) {
    return ((op - IFEQ) ^ 1) + IFEQ;
  }

  static void push(MethodVisitor mv, int value) {
    if (value >= -1 && value <= 5) mv.visitInsn(ICONST_0 + value);
    else if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) mv.visitIntInsn(BIPUSH, value);
    else if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) mv.visitIntInsn(SIPUSH, value);
    else mv.visitLdcInsn(value);
  }
}
