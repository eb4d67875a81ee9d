package io.jdump.bpf;

/**
 * One classic BPF instruction, as libpcap's {@code struct bpf_insn}: a 16-bit opcode, two
 * 8-bit conditional jump offsets and a 32-bit constant.
 *
 * <pre>{@code
 * Insn ret = Insn.stmt(Bpf.RET | Bpf.K, 262144);   // ret #262144
 * }</pre>
 *
 * @param code the opcode, {@code class | size | mode} or {@code class | op | src}
 * @param jt   forward offset taken when a conditional jump is true (0..255)
 * @param jf   forward offset taken when a conditional jump is false (0..255)
 * @param k    the constant operand, an unsigned 32-bit value held in an int
 */
public record Insn(int code, int jt, int jf, int k) {
  /**
   * Checks the field ranges.
   *
   * @param code the opcode
   * @param jt   the true offset (0..255)
   * @param jf   the false offset (0..255)
   * @param k    the constant operand
   * @throws IllegalArgumentException when a field is out of range
   */
  public Insn {
    if ((code & ~0xffff) != 0) throw new IllegalArgumentException("opcode out of range: " + code);
    if (((jt | jf) & ~0xff) != 0) throw new IllegalArgumentException("jump too far: use ja");
  }

  /**
   * {@return a non-jump instruction} as libpcap's {@code BPF_STMT}.
   *
   * @param code the opcode
   * @param k    the constant operand
   */
  public static Insn stmt(int code, int k) {
    return new Insn(code, 0, 0, k);
  }

  /**
   * {@return a conditional or unconditional jump} as libpcap's {@code BPF_JUMP}.
   *
   * @param code the opcode
   * @param k    the constant operand
   * @param jt   the forward offset when true
   * @param jf   the forward offset when false
   */
  public static Insn jump(int code, int k, int jt, int jf) {
    return new Insn(code, jt, jf, k);
  }
}
