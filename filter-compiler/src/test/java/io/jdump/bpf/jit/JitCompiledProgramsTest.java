package io.jdump.bpf.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Interpreter;
import io.jdump.bpf.LinkType;
import io.jdump.bpf.PacketFilter;
import io.jdump.bpf.oracle.Libpcap;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;
import jnr.ffi.Pointer;
import org.junit.jupiter.api.Test;

/**
 * The programs libpcap's own compiler writes, optimised and not: the listing corpus (eight link
 * types), the benchmark filters, and generated host, net and port lists of 2 to 200 names (the
 * chains the JIT turns into switches), each over seeded frames of its link type, whole or cut
 * short, at random offsets: the JIT returns what libpcap's bpf_filter and the interpreter return.
 */
class JitCompiledProgramsTest {
  private static final int FRAMES_PER_PROGRAM = 150;
  /** bench/filters.txt, the benchmark's filters (the 50-host line is generated). */
  static final String[] BENCH_FILTERS = {
    "", "tcp", "udp port 53", "host 10.1.2.3", "net 192.168.0.0/16 and not port 22",
    "tcp[tcpflags] & (tcp-syn|tcp-fin) != 0", "ip6 and tcp dst port 443", "vlan and udp", "icmp or arp",
    "tcp port 80 and (((ip[2:2] - ((ip[0]&0xf)<<2)) - ((tcp[12]&0xf0)>>2)) != 0)", "portrange 1000-2000",
    "ip[6:2] & 0x1fff != 0", "ether broadcast or ether multicast", "greater 1000", hosts("host", 50),
    "ip and not net 10.0.0.0/8 and (tcp port 443 or udp port 443)",
  };

  record Case(LinkType link, String expr) {}

  @Test
  void jitMatchesLibpcapOnProgramsLibpcapCompiles() throws Exception {
    Libpcap libpcap = Libpcap.load();
    Random rnd = new Random(0x6c69627063617050L);
    Frames frames = new Frames(rnd);
    List<Case> corpus = corpus(rnd);
    int programs = 0;
    int cases = 0;
    int accepted = 0;
    int interpreted = 0;
    int refused = 0;
    for (Case c : corpus) {
      for (boolean optimize : new boolean[] {true, false}) {
        BpfProgram program;
        try {
          program = libpcap.compile(c.expr(), c.link().dlt(), 262144, optimize);
        } catch (Libpcap.CompileError e) { // a random mix libpcap proves matches nothing
          assertTrue(e.getMessage().contains("rejects all packets"), c + ": " + e.getMessage());
          refused++;
          continue;
        }
        PacketFilter jit = Jit.compile(program);
        if (!jit.getClass().isHidden()) interpreted++;
        Interpreter interp = Interpreter.of(program);
        Pointer native_ = libpcap.load(program);
        programs++;
        for (int i = 0; i < FRAMES_PER_PROGRAM; i++) {
          byte[] frame = frames.frame(c.link());
          int caplen = rnd.nextInt(5) == 0 ? rnd.nextInt(frame.length + 1) : frame.length;
          int wirelen = rnd.nextInt(5) == 0 ? frame.length + rnd.nextInt(1500) : frame.length;
          int offset = rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(64);
          byte[] buf = new byte[offset + frame.length + 8];
          rnd.nextBytes(buf);
          System.arraycopy(frame, 0, buf, offset, frame.length);
          int expected = libpcap.filter(native_, frame, wirelen, caplen);
          int byJit = jit.apply(buf, offset, caplen, wirelen);
          assertEquals(expected, byJit, () -> c + (optimize ? "" : " -O") + " on "
              + java.util.HexFormat.of().formatHex(frame) + " caplen " + caplen + " wirelen " + wirelen);
          assertEquals(expected, interp.apply(buf, offset, caplen, wirelen), "interpreter on " + c);
          if (byJit != 0) accepted++;
          cases++;
        }
      }
    }
    System.out.printf("JitCompiledProgramsTest: %d expressions, %d programs (optimised and not; %d with"
        + " backward jumps run interpreted), %d frames agree with libpcap (%d kept)%n",
        corpus.size(), programs, interpreted, cases, accepted);
    assertTrue(refused < 20, refused + " expressions refused");
    assertTrue(corpus.size() > 800, "corpus size " + corpus.size());
    assertTrue(accepted > cases / 20, "too few frames match: " + accepted + " of " + cases);
  }

  static List<Case> corpus(Random rnd) throws Exception {
    List<Case> corpus = new ArrayList<>();
    try (var in = JitCompiledProgramsTest.class.getResourceAsStream("/io/jdump/bpf/listing-cases.tsv")) {
      var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
      for (String line : lines) {
        if (line.startsWith("#") || line.isBlank()) continue;
        String[] f = line.split("\t", 2);
        corpus.add(new Case(LinkType.forName(f[0]).orElseThrow(), f[1]));
      }
    }
    for (String expr : BENCH_FILTERS) corpus.add(new Case(LinkType.EN10MB, expr));
    String[] quals = {"host", "src host", "dst host", "ip host", "net", "ether host"};
    int[] sizes = {2, 3, 4, 5, 8, 10, 16, 20, 33, 50, 64, 100, 200};
    for (String q : quals) for (int n : sizes) corpus.add(new Case(LinkType.EN10MB, hosts(q, n)));
    for (int n : sizes) {
      corpus.add(new Case(LinkType.EN10MB, list("port", n, rnd)));
      corpus.add(new Case(LinkType.EN10MB, "tcp and (" + list("dst port", n, rnd) + ")"));
      corpus.add(new Case(LinkType.EN10MB, "udp and not (" + list("src port", n, rnd) + ")"));
      corpus.add(new Case(LinkType.LINUX_SLL, hosts("host", n)));
      corpus.add(new Case(LinkType.IPV4, hosts("src host", n) + " or " + list("port", n, rnd)));
      corpus.add(new Case(LinkType.EN10MB, "(" + hosts("host", n) + ") and (" + list("port", Math.min(n, 20), rnd) + ")"));
      corpus.add(new Case(LinkType.EN10MB, "ip[9] = 6 and (" + list("tcp[13] =", Math.min(n, 40), rnd).replace("tcp[13] = ", "tcp[13] = ") + ")"));
      corpus.add(new Case(LinkType.EN10MB, "vlan and (" + hosts("host", n) + ")"));
    }
    for (int i = 0; i < 80; i++) corpus.add(new Case(LinkType.EN10MB, mixed(rnd)));
    return corpus;
  }

  /** {@return "q 10.1.0.1 or q 10.1.0.2 or ..."}, or MAC addresses for ether host. */
  static String hosts(String qualifier, int n) {
    StringJoiner or = new StringJoiner(" or ");
    for (int i = 1; i <= n; i++) {
      String name = qualifier.startsWith("ether") ? String.format("02:00:00:00:%02x:%02x", i >> 8, i & 0xff)
          : qualifier.equals("net") ? "10." + (i >> 8) + "." + (i & 0xff) + ".0/24"
          : "10.1." + (i >> 8) + "." + (i & 0xff);
      or.add(qualifier + " " + name);
    }
    return or.toString();
  }

  private static String list(String qualifier, int n, Random rnd) {
    StringJoiner or = new StringJoiner(" or ");
    int[] common = {22, 53, 80, 443, 1000, 1500, 8080, 2, 18, 16};
    for (int i = 0; i < n; i++) or.add(qualifier + " " + (i < common.length ? common[i] : rnd.nextInt(65536)));
    return or.toString();
  }

  private static String mixed(Random rnd) {
    String[] atoms = {"tcp", "udp", "icmp", "arp", "ip6", "ip", "vlan", "port 53", "port 80", "host 10.0.0.1",
      "src net 10.1.0.0/16", "dst host 192.168.1.1", "greater 100", "less 60", "tcp[13] & 2 != 0",
      "ip[8] > 64", "udp dst port 67", "ip6 and tcp", "portrange 1000-2000", "ether multicast",
      "ip[2:2] - 20 > 100", "len >= 80", "tcp[12] >> 4 > 5", "ip[6:2] & 0x1fff = 0"};
    StringBuilder s = new StringBuilder(atoms[rnd.nextInt(atoms.length)]);
    for (int i = rnd.nextInt(5); i > 0; i--) {
      s.append(rnd.nextBoolean() ? " and " : " or ").append(rnd.nextInt(4) == 0 ? "not " : "")
          .append(atoms[rnd.nextInt(atoms.length)]);
    }
    return s.toString();
  }
}
