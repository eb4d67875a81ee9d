package io.jdump.bpf.jit;

import static io.jdump.bpf.jit.MethodGenSlots.A;
import static io.jdump.bpf.jit.MethodGenSlots.X;
import static org.objectweb.asm.Opcodes.*;

import io.jdump.bpf.Bpf;
import java.util.function.Supplier;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * ALU instructions on the A local. Arithmetic wraps modulo 2^32 as the JVM's does; division is
 * unsigned (a shift or mask for powers of two, signed idiv when both sides are below 2^31);
 * division by X = 0 returns 0 from the program. Constant shifts take k mod 32 as the JVM's do
 * (and as libpcap 1.10.3's compiled C does on x86-64); shifts by X of 32 or more give 0.
 */
final class Alu {
  private Alu() {}

  static void emit(MethodVisitor mv, int code, int k, long aMax, long xMax, Supplier<Label> ret0) {
    boolean x = Bpf.src(code) == Bpf.X;
    int op = Bpf.op(code);
    if (op == Bpf.NEG) {
      mv.visitVarInsn(ILOAD, A);
      mv.visitInsn(INEG);
      mv.visitVarInsn(ISTORE, A);
      return;
    }
    if (!x && k == 0 && (op == Bpf.ADD || op == Bpf.SUB || op == Bpf.OR || op == Bpf.XOR
        || op == Bpf.LSH || op == Bpf.RSH)) {
      return; // A unchanged (libpcap's optimizer leaves "add #0" behind)
    }
    if (x && (op == Bpf.LSH || op == Bpf.RSH) && xMax >= 32) {
      shiftByX(mv, op);
      return;
    }
    if (x && (op == Bpf.DIV || op == Bpf.MOD)) {
      mv.visitVarInsn(ILOAD, X);
      mv.visitJumpInsn(IFEQ, ret0.get());
    }
    mv.visitVarInsn(ILOAD, A);
    if (!x && (op == Bpf.DIV || op == Bpf.MOD) && Integer.bitCount(k) == 1) {
      if (op == Bpf.DIV) {
        Compare.push(mv, Integer.numberOfTrailingZeros(k));
        mv.visitInsn(IUSHR);
      } else {
        Compare.push(mv, k - 1);
        mv.visitInsn(IAND);
      }
      mv.visitVarInsn(ISTORE, A);
      return;
    }
    if (x) mv.visitVarInsn(ILOAD, X);
    else Compare.push(mv, k);
    boolean signed = Ranges.small(aMax) && Ranges.small(x ? xMax : k & Flow.FULL);
    switch (op) {
      case Bpf.ADD -> mv.visitInsn(IADD);
      case Bpf.SUB -> mv.visitInsn(ISUB);
      case Bpf.MUL -> mv.visitInsn(IMUL);
      case Bpf.AND -> mv.visitInsn(IAND);
      case Bpf.OR -> mv.visitInsn(IOR);
      case Bpf.XOR -> mv.visitInsn(IXOR);
      case Bpf.LSH -> mv.visitInsn(ISHL);
      case Bpf.RSH -> mv.visitInsn(IUSHR);
      case Bpf.DIV -> {
        if (signed) mv.visitInsn(IDIV);
        else mv.visitMethodInsn(INVOKESTATIC, "java/lang/Integer", "divideUnsigned", "(II)I", false);
      }
      case Bpf.MOD -> {
        if (signed) mv.visitInsn(IREM);
        else mv.visitMethodInsn(INVOKESTATIC, "java/lang/Integer", "remainderUnsigned", "(II)I", false);
      }
      default -> throw new IllegalStateException("ALU op 0x" + Integer.toHexString(op));
    }
    mv.visitVarInsn(ISTORE, A);
  }

  /** A = X < 32 (unsigned) ? A shifted by X : 0. */
  private static void shiftByX(MethodVisitor mv, int op) {
    Label zero = new Label();
    Label done = new Label();
    mv.visitVarInsn(ILOAD, X);
    Compare.push(mv, -32);
    mv.visitInsn(IAND);
    mv.visitJumpInsn(IFNE, zero);
    mv.visitVarInsn(ILOAD, A);
    mv.visitVarInsn(ILOAD, X);
    mv.visitInsn(op == Bpf.LSH ? ISHL : IUSHR);
    mv.visitVarInsn(ISTORE, A);
    mv.visitJumpInsn(GOTO, done);
    mv.visitLabel(zero);
    mv.visitInsn(ICONST_0);
    mv.visitVarInsn(ISTORE, A);
    mv.visitLabel(done);
  }
}
