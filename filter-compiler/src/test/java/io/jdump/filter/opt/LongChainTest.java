package io.jdump.filter.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Interpreter;
import io.jdump.bpf.oracle.Libpcap;
import io.jdump.filter.FilterCompiler;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Long {@code or}-chains (tcpdump users paste hundreds of hosts): the optimized program keeps
 * the meaning of libpcap's unoptimized program ({@link SameMeaning}), frames cut short
 * included, and is shorter than half the unoptimized one.
 */
class LongChainTest {
  @Test
  void thousandHostChainKeepsVerdictsAndShrinks() throws Exception {
    StringBuilder e = new StringBuilder();
    for (int i = 1; i <= 1000; i++) {
      if (i > 1) e.append(i % 3 == 0 ? " or src host " : " or host ");
      else e.append("host ");
      e.append("10.").append(i / 250).append('.').append(i % 250).append(".1");
    }
    Libpcap libpcap = Libpcap.load();
    BpfProgram ref = libpcap.compile(e.toString(), 1, 262144, false);
    BpfProgram plain = FilterCompiler.compile(e.toString(), 1, 262144, false);
    BpfProgram opt = FilterCompiler.compile(e.toString(), 1, 262144, true);
    assertTrue(opt.length() * 2 < plain.length(), opt.length() + " vs " + plain.length());
    Interpreter r = OptimizedDifferentialTest.vm(ref);
    Interpreter o = OptimizedDifferentialTest.vm(opt);
    Random rnd = new Random(7);
    int accepted = 0;
    for (byte[] f : Frames.aimedAt(plain, 3000, rnd)) {
      for (int cap : new int[] {f.length, 26 + rnd.nextInt(20), rnd.nextInt(f.length + 1)}) {
        int c = Math.min(cap, f.length);
        int want = r.apply(f, 0, c, f.length);
        assertEquals(null, SameMeaning.violation(r, o, f, c, rnd),
            "caplen " + cap + " frame " + java.util.HexFormat.of().formatHex(f));
        if (want != 0) accepted++;
      }
    }
    assertTrue(accepted > 0, "no frame accepted: frames miss the chain");
  }

  /** Chains long enough for a search ({@link Search}), with ranges, on every link type, explored frames. */
  @Test
  void searchedChainsKeepVerdictsOnEveryLinkType() throws Exception {
    // N spreads the values out, C makes them consecutive (a range test).
    String[] shapes = {"host 10.9.N.1", "src host 10.9.N.1", "port N", "ip6 host ::N", "ether host 0:0:0:0:0:N",
        "host 10.8.0.C", "port C or host 10.7.0.N"};
    Libpcap libpcap = Libpcap.load();
    Random rnd = new Random(11);
    int programs = 0;
    for (int dlt : Corpus.DLTS) {
      for (String shape : shapes) {
        StringBuilder e = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
          if (i > 1) e.append(" or ");
          e.append(shape.replace("N", Integer.toString(i * 3)).replace("C", Integer.toString(i % 20 + 100)));
        }
        BpfProgram ref;
        BpfProgram opt;
        try {
          ref = libpcap.compile(e.toString(), dlt, 262144, false);
          opt = FilterCompiler.compile(e.toString(), dlt, 262144, true);
        } catch (Libpcap.CompileError | io.jdump.filter.FilterException ex) {
          continue;
        }
        programs++;
        Interpreter r = OptimizedDifferentialTest.vm(ref);
        Interpreter o = OptimizedDifferentialTest.vm(opt);
        for (byte[] f : Explorer.walk(ref, 300, rnd)) {
          for (int cap = f.length; cap >= 0; cap -= 1 + rnd.nextInt(5)) {
            assertEquals(null, SameMeaning.violation(r, o, f, cap, rnd),
                "dlt " + dlt + " [" + e + "] caplen " + cap + " frame " + java.util.HexFormat.of().formatHex(f));
          }
        }
      }
    }
    assertTrue(programs > 40, programs + " programs");
  }
}
