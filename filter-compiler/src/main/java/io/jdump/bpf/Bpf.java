package io.jdump.bpf;

/**
 * The opcode fields of classic BPF, with libpcap's values ({@code pcap/bpf.h}). An opcode is
 * {@code class | size | mode} for loads and stores, {@code class | op | src} for ALU and jumps,
 * {@code class | rval} for returns and {@code class | miscop} for {@code tax}/{@code txa}.
 */
public final class Bpf {
  private Bpf() {}

  // Instruction classes: the low three bits.
  public static final int LD = 0x00;
  public static final int LDX = 0x01;
  public static final int ST = 0x02;
  public static final int STX = 0x03;
  public static final int ALU = 0x04;
  public static final int JMP = 0x05;
  public static final int RET = 0x06;
  public static final int MISC = 0x07;

  // Load sizes.
  public static final int W = 0x00;
  public static final int H = 0x08;
  public static final int B = 0x10;

  // Load modes.
  public static final int IMM = 0x00;
  public static final int ABS = 0x20;
  public static final int IND = 0x40;
  public static final int MEM = 0x60;
  public static final int LEN = 0x80;
  public static final int MSH = 0xa0;

  // ALU operations.
  public static final int ADD = 0x00;
  public static final int SUB = 0x10;
  public static final int MUL = 0x20;
  public static final int DIV = 0x30;
  public static final int OR = 0x40;
  public static final int AND = 0x50;
  public static final int LSH = 0x60;
  public static final int RSH = 0x70;
  public static final int NEG = 0x80;
  public static final int MOD = 0x90;
  public static final int XOR = 0xa0;

  // Jump operations.
  public static final int JA = 0x00;
  public static final int JEQ = 0x10;
  public static final int JGT = 0x20;
  public static final int JGE = 0x30;
  public static final int JSET = 0x40;

  // Operand source: the constant k or the index register X.
  public static final int K = 0x00;
  public static final int X = 0x08;

  // Return value source (K above, or the accumulator).
  public static final int A = 0x10;

  // MISC operations.
  public static final int TAX = 0x00;
  public static final int TXA = 0x80;

  /** Number of scratch memory cells, {@code BPF_MEMWORDS}. */
  public static final int MEMWORDS = 16;

  /** Longest program libpcap accepts, {@code BPF_MAXINSNS}. */
  public static final int MAXINSNS = 4096;

  public static int cls(int code) { return code & 0x07; }
  public static int size(int code) { return code & 0x18; }
  public static int mode(int code) { return code & 0xe0; }
  public static int op(int code) { return code & 0xf0; }
  public static int src(int code) { return code & 0x08; }
  public static int rval(int code) { return code & 0x18; }
  public static int miscop(int code) { return code & 0xf8; }
}
