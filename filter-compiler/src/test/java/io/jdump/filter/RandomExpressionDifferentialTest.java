package io.jdump.filter;

import static org.junit.jupiter.api.Assertions.fail;

import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.oracle.Libpcap;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import io.jdump.bpf.Interpreter;
import io.jdump.bpf.InvalidProgramException;
import org.junit.jupiter.api.Test;

/**
 * Random expressions (fixed seed) mixing primitives, and/or/not, parentheses and bare ids
 * that inherit qualifiers, compiled by jdump and by libpcap, run over crafted frames:
 * verdicts and error messages must agree.
 */
class RandomExpressionDifferentialTest {
  static final String[] PRIMS = {
    "ip", "ip6", "arp", "tcp", "udp", "icmp", "icmp6", "sctp", "stp", "ipx", "iso", "isis",
    "host 1.2.3.4", "src host 10.0.0.1", "dst net 10", "net 10.1.0.0/16", "ip6 host ::1",
    "src net fe80::/10", "port 80", "tcp port 443", "udp dst port 53", "portrange 1-5",
    "tcp src portrange 79-81", "ip proto 17", "proto 6", "ether host 1:2:3:4:5:6",
    "ether broadcast", "multicast", "ip multicast", "less 60", "greater 80", "len > 64",
    "tcp[13] & 2 != 0", "ip[9] = 17", "udp[0:2] = 53", "icmp[0] = 8", "ether[12:2] = 0x86dd",
    "ip[2:2] - 20 > len - 40", "vlan", "vlan 10", "mpls", "mpls 5", "pppoes", "pppoes 3",
    "pppoed", "ip6 proto 58", "ether proto \\arp", "src or dst port 80", "dst port 1",
    "atalk", "decnet", "inbound", "ether src 0:11:22:33:44:55", "decnet host 1.2", "llc",
    "llc u", "protochain 6", "iso proto \\isis", "l1", "ip6 protochain 17", "ether multicast",
    "link[0] & 1 = 1", "icmp6[0] = 128", "ip[ip[0] & 0xf] > 3", "byte 23 = 6", "ipx", "netbeui",
  };
  static final String[] IDS = {"1.2.3.4", "10.0.0.1", "80", "443", "53", "10", "5.6.7.8",
    "::1", "fe80::1", "http", "domain", "ssh", "1", "65535", "10.1", "00:11:22:33:44:55"};

  static String expr(Random r, int depth) {
    StringBuilder b = new StringBuilder(term(r, depth));
    int n = r.nextInt(3);
    for (int i = 0; i < n; i++) {
      b.append(r.nextBoolean() ? " and " : " or ");
      if (r.nextInt(3) == 0) b.append(r.nextInt(4) == 0 ? "not " : "").append(IDS[r.nextInt(IDS.length)]);
      else b.append(term(r, depth));
    }
    return b.toString();
  }

  static String term(Random r, int depth) {
    String not = r.nextInt(4) == 0 ? "not " : "";
    if (depth < 2 && r.nextInt(4) == 0) return not + "(" + expr(r, depth + 1) + ")";
    return not + PRIMS[r.nextInt(PRIMS.length)];
  }

  @Test
  void randomExpressionsAgreeWithLibpcap() {
    Libpcap libpcap = Libpcap.load();
    Random r = new Random(Long.getLong("seed", 1125));
    int[] dlts = Boolean.getBoolean("allDlts") ? FilterCompilerDifferentialTest.DLTS : new int[] {1, 113, 12};
    List<String> failures = new ArrayList<>();
    int runs = 0;
    int exprs = 0;
    for (int dlt : dlts) {
      List<byte[]> packets = Packets.corpus(dlt, 120, 77);
      for (int i = 0; i < 500; i++) {
        String e = expr(r, 0);
        exprs++;
        BpfProgram want = null;
        String wantError = null;
        try {
          want = libpcap.compile(e, dlt, 262144, false);
        } catch (Libpcap.CompileError ex) {
          wantError = ex.getMessage();
        }
        BpfProgram got = null;
        String gotError = null;
        try {
          got = FilterCompiler.compile(e, dlt, 262144, false);
        } catch (FilterException ex) {
          gotError = ex.getMessage();
        }
        if (want == null || got == null) {
          if (!String.valueOf(wantError).equals(String.valueOf(gotError))) {
            failures.add("dlt " + dlt + " [" + e + "]: libpcap " + wantError + " / jdump " + gotError);
          }
          continue;
        }
        Interpreter w = interpreter(want);
        Interpreter g = interpreter(got);
        for (byte[] p : packets) {
          runs++;
          if (w.apply(p, 0, p.length, p.length) != g.apply(p, 0, p.length, p.length)) {
            failures.add("dlt " + dlt + " [" + e + "]: verdicts differ on "
                + java.util.HexFormat.of().formatHex(p));
            break;
          }
        }
      }
    }
    System.out.println("random differential: " + exprs + " expressions, " + runs
        + " packet runs, " + failures.size() + " mismatches");
    if (!failures.isEmpty()) fail(failures.size() + " mismatches:\n" + String.join("\n", failures));
  }

  /** Both programs run on jdump's interpreter, which bounds protochain's loop as libpcap later does. */
  static Interpreter interpreter(BpfProgram p) {
    try {
      return Interpreter.of(p);
    } catch (InvalidProgramException e) {
      throw new AssertionError("invalid program " + p, e);
    }
  }
}
