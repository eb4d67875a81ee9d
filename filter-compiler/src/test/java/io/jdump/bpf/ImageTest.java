package io.jdump.bpf;

import static io.jdump.bpf.Bpf.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jdump.bpf.oracle.Libpcap;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** jdump's -d lines against libpcap's own bpf_image, for every opcode, known or not. */
class ImageTest {
  private final Libpcap libpcap = Libpcap.load();

  @Test
  void everyOpcodeRendersAsBpfImageDoes() {
    // Plain values, and Linux's ancillary offsets -4096 + 4i (libpcap names them) and neighbours.
    int[] ks = {0, 1, 12, 255, 0x800, 0x7fffffff, 0x80000000, -1, -2, 262144,
        -4096, -4092, -4088, -4084, -4080, -4076, -4072, -4068, -4064, -4060, -4056, -4052, -4048,
        -4044, -4040, -4036, -4032, -4097, -4095, -4050, -4100};
    int[] pcs = {0, 7, 99, 999, 1000, 4095};
    Random rnd = new Random(0x696d616765L);
    int cases = 0;
    for (int code = 0; code <= 0xffff; code++) {
      // All low opcodes with every interesting k; the high ones (all unimp) with random ones.
      int rounds = code < 0x100 ? ks.length : 1;
      for (int r = 0; r < rounds; r++) {
        int k = code < 0x100 ? ks[r] : rnd.nextInt();
        int pc = pcs[(code + r) % pcs.length];
        var insn = new Insn(code, rnd.nextInt(256), rnd.nextInt(256), k);
        assertEquals(libpcap.image(insn, pc), Listing.image(insn, pc), () -> "opcode 0x" + Integer.toHexString(insn.code()));
        cases++;
      }
    }
    System.out.printf("ImageTest: %d instructions render as libpcap's bpf_image%n", cases);
  }

  @Test
  void rareInstructionsReadAsInTcpdump() {
    assertEquals("(003) ldxb     4*([14]&0xf)", Listing.image(Insn.stmt(LDX | B | MSH, 14), 3));
    assertEquals("(010) ja       4", Listing.image(Insn.stmt(JMP | JA, -7), 10));
    assertEquals("(001) jset     x                jt 2\tjf 9", Listing.image(Insn.jump(JMP | JSET | X, 0, 0, 7), 1));
    assertEquals("(000) ret      ", Listing.image(Insn.stmt(RET | A, 0), 0));
    assertEquals("(000) ld       [ifidx]", Listing.image(Insn.stmt(LD | W | ABS, -4088), 0));
    assertEquals("(000) unimp    0x81", Listing.image(Insn.stmt(LDX | W | LEN, 0), 0));
  }
}
