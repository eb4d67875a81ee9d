package io.jdump.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.bpf.Bpf;
import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.oracle.Libpcap;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Deep nesting and huge expressions: jdump neither overflows its stack nor hangs, and it
 * refuses exactly where libpcap's parser runs out of stack ("memory exhausted").
 */
class ParserLimitsTest {
  private final Libpcap libpcap = Libpcap.load();

  private String libpcapOutcome(String e) {
    try {
      libpcap.compile(e, 1, 262144, false);
      return "ok";
    } catch (Libpcap.CompileError ex) {
      return ex.getMessage();
    }
  }

  private static String jdumpOutcome(String e) {
    try {
      FilterCompiler.compile(e, 1, 262144, false);
      return "ok";
    } catch (FilterException ex) {
      return ex.getMessage();
    }
  }

  @Test
  void nestingLimitsMatchLibpcap() {
    for (int n : new int[] {1, 100, 5000, 9993, 9994, 9995, 9996, 9997, 10000, 20000}) {
      for (String e : List.of(
          "(".repeat(n) + "tcp" + ")".repeat(n),
          "not ".repeat(n) + "tcp",
          "tcp and " + "(".repeat(n) + "udp" + ")".repeat(n),
          "(".repeat(n) + "ip[0]" + ")".repeat(n) + " = 0x45",
          "host " + "(".repeat(n) + "1.2.3.4" + ")".repeat(n),
          "!".repeat(n) + "ip")) {
        assertEquals(libpcapOutcome(e), jdumpOutcome(e), "depth " + n + ": " + e.substring(0, Math.min(20, e.length())));
      }
    }
  }

  @Test
  void megabyteExpressionsCompileOrFailCleanly() throws Exception {
    StringBuilder b = new StringBuilder("tcp");
    while (b.length() < 1_000_000) b.append(" or udp port 53 and not host 10.0.0.1");
    BpfProgram p = FilterCompiler.compile(b.toString(), 1, 262144, false);
    assertEquals(Bpf.RET | Bpf.K, p.get(p.length() - 1).code());
    assertTrue(p.length() > 100_000);

    assertEquals("can't parse filter expression: memory exhausted", jdumpOutcome("(".repeat(1_000_000)));
    assertEquals("can't parse filter expression: memory exhausted", jdumpOutcome("not ".repeat(250_000) + "ip"));
    assertEquals("can't parse filter expression: syntax error", jdumpOutcome("@".repeat(1_000_000)));
    assertEquals("can't parse filter expression: syntax error", jdumpOutcome("ip " + "ip ".repeat(300_000)));
  }

  @Test
  void megabyteOfAddressLikeTextIsScannedInLinearTime() {
    String colons = "host " + "1:".repeat(500_000);
    assertEquals(libpcapOutcome(colons.substring(0, 200_000)), jdumpOutcome(colons.substring(0, 200_000)));
    String v6 = "host " + "::".repeat(500_000);
    assertEquals(libpcapOutcome(v6.substring(0, 200_000)), jdumpOutcome(v6.substring(0, 200_000)));
  }
}
