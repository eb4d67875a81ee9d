package io.jdump.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Interpreter;
import io.jdump.bpf.Listing;
import io.jdump.bpf.ListingFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input compiled on a thread with a 256 KiB stack: deep nesting of every nestable
 * construct, megabyte expressions, binary garbage and non-ASCII text give what
 * {@code tcpdump -O -d} (libpcap 1.10, run as a process so that its crashes stay there)
 * gives: a program of the same length, or the same message. Where libpcap gives up for want of memory
 * ("out of memory", its 64 MB allocator cap) or crashes, jdump must still give a program,
 * checked on packets.
 */
class SmallStackLimitsTest {
  private static final long STACK = 256 << 10;

  @TempDir Path dir;

  /** The unoptimized {@code -ddd} listing, or the message; compiled on a thread with a small stack. */
  private static String jdump(String e) throws InterruptedException {
    AtomicReference<String> out = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        out.set(Listing.format(FilterCompiler.compile(e, 1, 262144, false), ListingFormat.DDD));
      } catch (FilterException ex) {
        out.set(ex.getMessage());
      } catch (Throwable ex) {
        out.set("jdump failed: " + ex);
      }
    }, "small-stack", STACK);
    t.start();
    t.join();
    return out.get();
  }

  private static final List<byte[]> FRAMES = Packets.corpus(1, 300, 7);

  /**
   * {@return "a program" with its verdicts on a corpus of Ethernet frames, or the message}
   * Both programs run in jdump's interpreter: the unoptimized layouts of the two compilers
   * differ in places (libpcap 1.10 tests {@code a = b} as {@code a - b = 0}).
   */
  private static String outcome(String dddOrMessage) throws Exception {
    if (!Character.isDigit(dddOrMessage.isEmpty() ? ' ' : dddOrMessage.charAt(0))) return dddOrMessage;
    Interpreter vm = Interpreter.of(Listing.parseDdd(dddOrMessage));
    StringBuilder b = new StringBuilder("a program accepting");
    for (int i = 0; i < FRAMES.size(); i++) {
      byte[] f = FRAMES.get(i);
      if (vm.apply(f, 0, f.length, f.length) != 0) b.append(' ').append(i);
    }
    return b.toString();
  }

  /** {@code tcpdump -O -ddd -F}: each char one byte, as libpcap's scanner sees it. */
  private String tcpdump(String e) throws IOException, InterruptedException {
    Path f = dir.resolve("expr");
    Files.write(f, e.getBytes(StandardCharsets.ISO_8859_1));
    Process p = new ProcessBuilder("tcpdump", "-O", "-ddd", "-F", f.toString())
        .redirectError(dir.resolve("err").toFile()).start();
    String listing = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
    int rc = p.waitFor();
    if (rc == 0) return listing;
    String message = "";
    for (String line : Files.readAllLines(dir.resolve("err"), StandardCharsets.ISO_8859_1)) {
      if (line.startsWith("tcpdump: ")) message = line.substring("tcpdump: ".length());
    }
    return rc > 128 ? "crashed" : message;
  }

  private static Map<String, String> nestedCases() {
    Map<String, String> cases = new LinkedHashMap<>();
    for (int n : new int[] {1, 100, 4990, 4998, 4999, 5000, 5001, 9990, 9993, 9994, 9995, 9996,
        9997, 9998, 10000, 20000}) {
      cases.put("parens " + n, "(".repeat(n) + "tcp" + ")".repeat(n));
      cases.put("nots " + n, "not ".repeat(n) + "tcp");
      cases.put("bangs " + n, "!".repeat(n) + "ip");
      cases.put("parens after and " + n, "tcp and " + "(".repeat(n) + "udp" + ")".repeat(n));
      cases.put("nots after or " + n, "tcp or " + "not ".repeat(n) + "80");
      cases.put("not parens " + n, "not (".repeat(n) + "tcp" + ")".repeat(n));
      cases.put("arith parens " + n, "(".repeat(n) + "ip[0]" + ")".repeat(n) + " = 0x45");
      cases.put("minus " + n, "- ".repeat(n) + "1 = 0");
      cases.put("host parens " + n, "host " + "(".repeat(n) + "1.2.3.4" + ")".repeat(n));
      cases.put("port pid " + n, "port " + "(".repeat(n) + "80 or 81" + ")".repeat(n));
      cases.put("vlan pnum " + n, "vlan " + "(".repeat(n) + "10" + ")".repeat(n));
      cases.put("vpi lists " + n, "vpi " + "(1 or ".repeat(n) + "2" + ")".repeat(n));
      if (n >= 4990) cases.put("loads " + n, "ip[".repeat(n) + "0" + "]".repeat(n) + " = 0");
    }
    cases.put("loads 100", "ip[".repeat(100) + "0" + "]".repeat(100) + " = 0");
    cases.put("sum chain", "1+".repeat(3000) + "1 = 0");
    cases.put("product chain", "len * ".repeat(3000) + "2 = 0");
    return cases;
  }

  @Test
  void deepNestingOnASmallStackMatchesLibpcap() throws Exception {
    int programs = 0;
    Map<String, String> cases = nestedCases();
    for (Map.Entry<String, String> c : cases.entrySet()) {
      String want = outcome(tcpdump(c.getValue()));
      assertEquals(want, outcome(jdump(c.getValue())), c.getKey());
      if (want.startsWith("a program")) programs++;
    }
    System.out.printf("small stack: %d nested expressions equal to libpcap (%d programs)%n",
        cases.size(), programs);
    assertTrue(programs > 30);
  }

  @Test
  void garbageAndNonAsciiOnASmallStackMatchLibpcap() throws Exception {
    List<String> cases = new ArrayList<>(List.of("hôst 1.2.3.4", "host 1.2.3.4 or hôst",
        "tcp \u00e2\u0088\u00a7 udp", "host \u00fcnknown", "port 80\u00a0or 81", "ip\u00ff",
        "\u00c3\u00a9", "tcp and \u0080", "@".repeat(1 << 20), "ip " + "ip ".repeat(300_000),
        "(".repeat(1 << 20), "not ".repeat(250_000) + "ip", ")".repeat(1 << 20)));
    Random r = new Random(20261125);
    for (int i = 0; i < 40; i++) {
      // No NUL (it ends tcpdump's -F text) and no '#' (tcpdump's -F comments).
      int len = i < 4 ? 1 << 20 : 1 + r.nextInt(64);
      StringBuilder b = new StringBuilder(len);
      while (b.length() < len) {
        char c = (char) (1 + r.nextInt(255));
        if (c != '#') b.append(c);
      }
      cases.add(b.toString());
    }
    for (String e : cases) {
      assertEquals(outcome(tcpdump(e)), outcome(jdump(e)), e.length() > 40 ? e.substring(0, 40) + "..." : e);
    }
    System.out.printf("small stack: %d garbage and non-ASCII expressions equal to libpcap%n",
        cases.size());
  }

  @Test
  void megabyteOrChainsCompileOnASmallStackWhereLibpcapRunsOutOfMemory() throws Exception {
    StringBuilder hosts = new StringBuilder("host 10.0.0.0");
    for (int i = 1; hosts.length() < 1_000_000; i++) {
      hosts.append(" or host 10.").append(i >> 16 & 255).append('.').append(i >> 8 & 255)
          .append('.').append(i & 255);
    }
    StringBuilder mixed = new StringBuilder("tcp");
    while (mixed.length() < 1_000_000) mixed.append(" or udp port 53 and not host 10.0.0.1");
    for (String e : List.of(hosts.toString(), mixed.toString())) {
      String libpcap = tcpdump(e);
      assertTrue(libpcap.equals("out of memory") || libpcap.equals("crashed"), libpcap);
      String listing = jdump(e);
      assertTrue(Character.isDigit(listing.charAt(0)), listing);
    }
    BpfProgram p = onSmallStack(hosts.toString());
    Interpreter vm = Interpreter.of(p);
    assertEquals(262144, vm.apply(ipv4Frame(10, 0, 100, 7), 0, 34, 34));
    assertEquals(262144, vm.apply(ipv4Frame(10, 0, 0, 0), 0, 34, 34));
    assertEquals(0, vm.apply(ipv4Frame(10, 9, 0, 0), 0, 34, 34));
  }

  @Test
  void jdumpsOwnMeaningsCompileMegabyteExpressionsOnASmallStack() throws Exception {
    StringBuilder mixed = new StringBuilder("vlan 10 and tcp");
    while (mixed.length() < 1_000_000) mixed.append(" or not (udp port 53 and not host 10.0.0.1)");
    StringBuilder nested = new StringBuilder();
    for (int i = 0; i < 2500; i++) nested.append(i % 2 == 0 ? "(tcp or " : "(udp and ");
    nested.append("icmp").append(")".repeat(2500));
    CompileOptions all = CompileOptions.LIBPCAP.withScopedEncap(true).withAnyVlan(true)
        .withIp6Transport(true);
    for (CompileOptions o : List.of(CompileOptions.LIBPCAP.withScopedEncap(true),
        CompileOptions.LIBPCAP.withAnyVlan(true), all)) {
      for (String e : List.of(mixed.toString(), nested.toString())) {
        AtomicReference<Object> out = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
          try {
            out.set(FilterCompiler.compile(e, 1, 262144, false, o));
          } catch (Throwable ex) {
            out.set(ex);
          }
        }, "small-stack", STACK);
        t.start();
        t.join();
        assertTrue(out.get() instanceof BpfProgram, o + ": " + out.get());
      }
    }
  }

  private static BpfProgram onSmallStack(String e) throws InterruptedException {
    AtomicReference<BpfProgram> out = new AtomicReference<>();
    Thread t = new Thread(null, () -> {
      try {
        out.set(FilterCompiler.compile(e, 1, 262144, false));
      } catch (FilterException ex) {
        throw new AssertionError(ex);
      }
    }, "small-stack", STACK);
    t.start();
    t.join();
    return out.get();
  }

  /** An Ethernet + IPv4 header from 192.0.2.1 to a.b.c.d. */
  private static byte[] ipv4Frame(int a, int b, int c, int d) {
    byte[] f = new byte[34];
    f[12] = 0x08;
    f[14] = 0x45;
    f[26] = (byte) 192;
    f[28] = 2;
    f[29] = 1;
    f[30] = (byte) a;
    f[31] = (byte) b;
    f[32] = (byte) c;
    f[33] = (byte) d;
    return f;
  }
}
