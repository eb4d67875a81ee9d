package io.jdump.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Interpreter;
import io.jdump.bpf.oracle.Libpcap;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code ip broadcast} reads the netmask given to the compiler: libpcap refuses it when the
 * netmask is PCAP_NETMASK_UNKNOWN (0xffffffff), and otherwise matches a destination whose host
 * part is all zeros or all ones; with 0 (what tcpdump 4.99 passes for files and -d) the host
 * part is the whole address. Checked against pcap_compile for every link type the compiler
 * supports, several netmasks and both optimizer settings: the same refusals in the same words,
 * the same verdicts on crafted frames.
 */
class IpBroadcastTest {
  private static final String[] EXPRESSIONS = {
    "ip broadcast", "not ip broadcast", "ip broadcast or arp", "arp or ip broadcast",
    "ip broadcast and udp", "udp and not ip broadcast", "ip broadcast or ip multicast",
    "ip broadcast or ip broadcast", "broadcast or ip broadcast", "vlan and ip broadcast",
    "ip6 broadcast", "tcp broadcast",
  };
  private static final int[] NETMASKS = {
    FilterCompiler.NETMASK_UNKNOWN, 0, 0xffffff00, 0xffff0000, 0x80000000, 0xfffffffe,
  };

  private static byte[] frame(int a, int b, int c, int d) {
    byte[] f = new byte[34];
    f[12] = 8;
    f[14] = 0x45;
    f[30] = (byte) a;
    f[31] = (byte) b;
    f[32] = (byte) c;
    f[33] = (byte) d;
    return f;
  }

  private static int verdict(int netmask, byte[] f) throws Exception {
    var p = FilterCompiler.compile("ip broadcast", 1, 262144, false, netmask);
    return Interpreter.of(p).apply(f, 0, f.length, f.length);
  }

  /**
   * The corpus frames, and copies with a broadcast-like word (all zeros, all ones, a /24's or a
   * /16's broadcast) written at every offset where a link type puts the IPv4 destination.
   */
  private static List<byte[]> frames(int dlt) {
    List<byte[]> out = new ArrayList<>(Packets.corpus(dlt, 60, 20261206L));
    int[] words = {0, 0xffffffff, 0x0a0000ff, 0x0a000000, 0x0a01ffff, 0xe0000001};
    int n = out.size();
    for (int i = 0; i < n; i += 3) {
      byte[] p = out.get(i);
      for (int at = 16; at + 4 <= Math.min(p.length, 72); at++) {
        for (int w : words) {
          byte[] q = p.clone();
          for (int b = 0; b < 4; b++) q[at + b] = (byte) (w >>> (24 - 8 * b));
          out.add(q);
        }
      }
    }
    return out;
  }

  @Test
  void everyLinkTypeAndNetmaskCompilesAsLibpcap() {
    var lib = Libpcap.load();
    List<String> failures = new ArrayList<>();
    int cases = 0;
    int programs = 0;
    int sameListing = 0;
    long runs = 0;
    for (int dlt : FilterCompilerDifferentialTest.DLTS) {
      List<byte[]> frames = frames(dlt);
      for (String e : EXPRESSIONS) {
        for (int netmask : NETMASKS) {
          for (boolean optimize : new boolean[] {false, true}) {
            String where = e + " on DLT " + dlt + ", netmask " + Integer.toHexString(netmask)
                + (optimize ? "" : ", -O");
            cases++;
            BpfProgram want = null;
            BpfProgram got = null;
            String wantError = null;
            String gotError = null;
            try {
              want = lib.compile(e, dlt, 262144, optimize, netmask);
            } catch (Libpcap.CompileError ex) {
              wantError = ex.getMessage();
            }
            try {
              got = FilterCompiler.compile(e, dlt, 262144, optimize, netmask);
            } catch (FilterException ex) {
              gotError = ex.getMessage();
            }
            if (want == null || got == null) {
              if (!String.valueOf(wantError).equals(String.valueOf(gotError))) {
                failures.add(where + ": libpcap " + wantError + " / jdump " + gotError);
              }
              continue;
            }
            programs++;
            if (want.equals(got)) sameListing++;
            else failures.add(where + ": another program than libpcap's");
            Interpreter w = FilterCompilerDifferentialTest.interpreter(want);
            Interpreter g = FilterCompilerDifferentialTest.interpreter(got);
            for (byte[] f : frames) {
              runs++;
              if (w.apply(f, 0, f.length, f.length) != g.apply(f, 0, f.length, f.length)) {
                failures.add(where + ": verdicts differ on " + HexFormat.of().formatHex(f));
                break;
              }
            }
          }
        }
      }
    }
    // Equal programs are the promise; the verdicts are checked too, to name a frame if not.
    // (libpcap 1.10.3's optimizer turns "ip broadcast or ip broadcast" with a netmask other than
    // 0 into plain "ip"; jdump replays that optimizer, so it keeps what tcpdump keeps.)
    System.out.printf("IpBroadcastTest: %d cases, %d compiled, %d same listing, %d runs,"
        + " %d differ%n",
        cases, programs, sameListing, runs, failures.size());
    assertTrue(failures.isEmpty(), failures.size() + " differ:\n"
        + String.join("\n", failures.subList(0, Math.min(5, failures.size()))));
    assertEquals(16 * EXPRESSIONS.length * NETMASKS.length * 2, cases);
    assertTrue(programs > cases / 2, programs + " of " + cases + " compiled");
  }

  @Test
  void unknownNetmaskIsRefusedInLibpcapWords() {
    var e = assertThrows(FilterException.class,
        () -> FilterCompiler.compile("ip broadcast", 1, 262144, false));
    assertEquals("netmask not known, so 'ip broadcast' not supported", e.getMessage());
  }

  @Test
  void hostPartAllOnesOrZerosIsBroadcast() throws Exception {
    int mask = 0xffffff00;
    assertEquals(262144, verdict(mask, frame(10, 0, 0, 255)));
    assertEquals(262144, verdict(mask, frame(10, 0, 0, 0)));
    assertEquals(0, verdict(mask, frame(10, 0, 0, 1)));
    assertEquals(262144, verdict(0, frame(255, 255, 255, 255)));
    assertEquals(262144, verdict(0, frame(0, 0, 0, 0)));
    assertEquals(0, verdict(0, frame(10, 0, 0, 255)));
  }
}
