package io.jdump.bpf;

/**
 * The opcode fields of classic BPF, with libpcap's values ({@code pcap/bpf.h}). An opcode is
 * {@code class | size | mode} for loads and stores, {@code class | op | src} for ALU and jumps,
 * {@code class | rval} for returns and {@code class | miscop} for {@code tax}/{@code txa}.
 */
public final class Bpf {
  private Bpf() {}

  // Instruction classes: the low three bits.
  /** Class: load a value into A. */
  public static final int LD = 0x00;
  /** Class: load a value into X. */
  public static final int LDX = 0x01;
  /** Class: store A in a scratch cell. */
  public static final int ST = 0x02;
  /** Class: store X in a scratch cell. */
  public static final int STX = 0x03;
  /** Class: arithmetic on A. */
  public static final int ALU = 0x04;
  /** Class: jumps. */
  public static final int JMP = 0x05;
  /** Class: return a verdict. */
  public static final int RET = 0x06;
  /** Class: {@code tax} and {@code txa}. */
  public static final int MISC = 0x07;

  // Load sizes.
  /** Size: a 32-bit word. */
  public static final int W = 0x00;
  /** Size: a 16-bit half word. */
  public static final int H = 0x08;
  /** Size: a byte. */
  public static final int B = 0x10;

  // Load modes.
  /** Mode: the constant k. */
  public static final int IMM = 0x00;
  /** Mode: the packet at the absolute offset k. */
  public static final int ABS = 0x20;
  /** Mode: the packet at X + k. */
  public static final int IND = 0x40;
  /** Mode: scratch cell k. */
  public static final int MEM = 0x60;
  /** Mode: the packet's wire length. */
  public static final int LEN = 0x80;
  /** Mode: 4 times the low nibble of the byte at k (an IPv4 header length). */
  public static final int MSH = 0xa0;

  // ALU operations.
  /** ALU: add. */
  public static final int ADD = 0x00;
  /** ALU: subtract. */
  public static final int SUB = 0x10;
  /** ALU: multiply. */
  public static final int MUL = 0x20;
  /** ALU: unsigned divide (by zero: the program returns 0). */
  public static final int DIV = 0x30;
  /** ALU: bitwise or. */
  public static final int OR = 0x40;
  /** ALU: bitwise and. */
  public static final int AND = 0x50;
  /** ALU: shift left. */
  public static final int LSH = 0x60;
  /** ALU: unsigned shift right. */
  public static final int RSH = 0x70;
  /** ALU: negate. */
  public static final int NEG = 0x80;
  /** ALU: unsigned remainder (by zero: the program returns 0). */
  public static final int MOD = 0x90;
  /** ALU: bitwise exclusive or. */
  public static final int XOR = 0xa0;

  // Jump operations.
  /** Jump: always, by k. */
  public static final int JA = 0x00;
  /** Jump: if A equals the operand. */
  public static final int JEQ = 0x10;
  /** Jump: if A is greater, unsigned. */
  public static final int JGT = 0x20;
  /** Jump: if A is greater or equal, unsigned. */
  public static final int JGE = 0x30;
  /** Jump: if A and the operand share a bit. */
  public static final int JSET = 0x40;

  // Operand source: the constant k or the index register X.
  /** Operand: the constant k. */
  public static final int K = 0x00;
  /** Operand: the index register X. */
  public static final int X = 0x08;

  // Return value source (K above, or the accumulator).
  /** Return: the accumulator. */
  public static final int A = 0x10;

  // MISC operations.
  /** MISC: copy A to X. */
  public static final int TAX = 0x00;
  /** MISC: copy X to A. */
  public static final int TXA = 0x80;

  /** Number of scratch memory cells, {@code BPF_MEMWORDS}. */
  public static final int MEMWORDS = 16;

  /** Longest program libpcap accepts, {@code BPF_MAXINSNS}. */
  public static final int MAXINSNS = 4096;

  /**
   * {@return the class field of an opcode}
   *
   * @param code an opcode
   */
  public static int cls(int code) { return code & 0x07; }
  /**
   * {@return the size field of an opcode}
   *
   * @param code an opcode
   */
  public static int size(int code) { return code & 0x18; }
  /**
   * {@return the mode field of an opcode}
   *
   * @param code an opcode
   */
  public static int mode(int code) { return code & 0xe0; }
  /**
   * {@return the operation field of an opcode}
   *
   * @param code an opcode
   */
  public static int op(int code) { return code & 0xf0; }
  /**
   * {@return the operand source field of an opcode}
   *
   * @param code an opcode
   */
  public static int src(int code) { return code & 0x08; }
  /**
   * {@return the return value source field of an opcode}
   *
   * @param code an opcode
   */
  public static int rval(int code) { return code & 0x18; }
  /**
   * {@return the MISC operation field of an opcode}
   *
   * @param code an opcode
   */
  public static int miscop(int code) { return code & 0xf8; }
}
