package io.jdump.filter;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.jdump.bpf.Bpf;
import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Interpreter;
import io.jdump.bpf.oracle.Libpcap;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Programs longer than a conditional jump can span (255 instructions): targets further away
 * go through {@code ja}, and the verdicts still match libpcap's.
 */
class LongJumpDifferentialTest {
  static final String[] TERMS = {"tcp port 80", "udp port 53", "host 1.2.3.4", "net 10.0.0.0/8",
    "ip6 host ::1", "portrange 1-5", "tcp[13] & 2 != 0", "ip[9] = 17", "icmp", "arp",
    "src host 10.0.0.1", "dst port 443", "len > 64", "ip proto 6"};

  @Test
  void longProgramsUseJaAndAgreeWithLibpcap() {
    Libpcap libpcap = Libpcap.load();
    Random r = new Random(42);
    List<String> failures = new ArrayList<>();
    int jas = 0;
    for (int i = 0; i < 30; i++) {
      StringBuilder b = new StringBuilder();
      int terms = 20 + r.nextInt(40);
      for (int t = 0; t < terms; t++) {
        if (t > 0) b.append(r.nextBoolean() ? " or " : " and not ");
        b.append(TERMS[r.nextInt(TERMS.length)]);
      }
      String e = b.toString();
      int dlt = new int[] {1, 113, 276}[i % 3];
      BpfProgram want;
      BpfProgram got;
      try {
        want = libpcap.compile(e, dlt, 262144, false);
      } catch (Libpcap.CompileError ex) {
        failures.add("[" + e + "]: libpcap refused: " + ex.getMessage());
        continue;
      }
      try {
        got = FilterCompiler.compile(e, dlt, 262144, false);
      } catch (FilterException ex) {
        failures.add("[" + e + "]: jdump refused: " + ex.getMessage());
        continue;
      }
      for (int pc = 0; pc < got.length(); pc++) {
        if (got.get(pc).code() == (Bpf.JMP | Bpf.JA)) jas++;
      }
      Interpreter w = FilterCompilerDifferentialTest.interpreter(want);
      Interpreter g = FilterCompilerDifferentialTest.interpreter(got);
      for (byte[] p : Packets.corpus(dlt, 150, i)) {
        if (w.apply(p, 0, p.length, p.length) != g.apply(p, 0, p.length, p.length)) {
          failures.add("dlt " + dlt + " [" + e + "]: verdicts differ");
          break;
        }
      }
    }
    System.out.println("long jumps: " + jas + " ja instructions, " + failures.size() + " mismatches");
    if (!failures.isEmpty()) fail(String.join("\n", failures));
    assertTrue(jas > 0, "no program was long enough to need ja");
  }
}
