package io.jdump.bpf;

import java.util.List;

/**
 * A classic BPF program: the instructions in order. Immutable; where the compiler and the VM
 * meet. Use {@link Validator#validate} before running one that did not come from jdump's
 * compiler.
 *
 * <pre>{@code
 * var accept = new BpfProgram(List.of(Insn.stmt(Bpf.RET | Bpf.K, 262144)));
 * }</pre>
 */
public record BpfProgram(List<Insn> insns) {
  /**
   * Copies the instructions.
   *
   * @param insns the program, first instruction first
   */
  public BpfProgram {
    insns = List.copyOf(insns);
  }

  /** {@return the number of instructions} */
  public int length() {
    return insns.size();
  }

  /**
   * {@return the instruction at {@code pc}}
   *
   * @param pc 0 for the first instruction
   */
  public Insn get(int pc) {
    return insns.get(pc);
  }
}
