package io.jdump.bpf.jit;

import static org.objectweb.asm.Opcodes.ACC_FINAL;
import static org.objectweb.asm.Opcodes.ACC_PRIVATE;
import static org.objectweb.asm.Opcodes.ACC_PUBLIC;
import static org.objectweb.asm.Opcodes.ACC_STATIC;
import static org.objectweb.asm.Opcodes.ACC_SUPER;
import static org.objectweb.asm.Opcodes.ALOAD;
import static org.objectweb.asm.Opcodes.INVOKESPECIAL;
import static org.objectweb.asm.Opcodes.RETURN;
import static org.objectweb.asm.Opcodes.V17;

import io.jdump.bpf.PacketFilter;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * The class file of one compiled filter: a final class implementing {@link PacketFilter} whose
 * {@code apply} holds the program (or its first part) and, for long programs, one static method
 * per further part ({@link Chunks}).
 */
final class ClassGen {
  /** Binary name; the hidden class gets a unique suffix, and lives in this package. */
  static final String NAME = Type.getInternalName(ClassGen.class).replace("ClassGen", "CompiledFilter");

  private ClassGen() {}

  /** A class file, and the bytecode length of its longest method. */
  record Generated(byte[] bytes, int methods, int largestMethod) {}

  static Generated generate(Flow f, Bounds bounds, Ranges ranges, Chains chains, Chunks chunks) {
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
    cw.visit(V17, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, NAME, null, "java/lang/Object",
        new String[] {Type.getInternalName(PacketFilter.class)});
    MethodVisitor init = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
    init.visitCode();
    init.visitVarInsn(ALOAD, 0);
    init.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
    init.visitInsn(RETURN);
    init.visitMaxs(0, 0);
    init.visitEnd();
    int largest = 0;
    for (int c = 0; c < chunks.count(); c++) {
      MethodVisitor mv = c == 0
          ? cw.visitMethod(ACC_PUBLIC | ACC_FINAL, "apply", "([BIII)I", null, null)
          : cw.visitMethod(ACC_PRIVATE | ACC_STATIC, MethodGen.chunkName(c), MethodGen.CHUNK_DESC, null, null);
      largest = Math.max(largest, new MethodGen(mv, f, bounds, ranges, chains, chunks, c).emit());
    }
    cw.visitEnd();
    return new Generated(cw.toByteArray(), chunks.count(), largest);
  }
}
