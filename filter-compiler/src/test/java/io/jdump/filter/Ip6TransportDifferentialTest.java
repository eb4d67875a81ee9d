package io.jdump.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.jdump.bpf.Interpreter;
import io.jdump.bpf.oracle.Libpcap;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@code --ip6-transport} against two oracles. Frames that are not IPv6 keep libpcap's
 * verdict. IPv6 packets are judged by a reference decoder written here (walk the extension
 * headers, then test the field); on IPv6 packets without extension headers the decoder is
 * itself checked against libpcap compiling a rewritten expression ({@code tcp[k]} as
 * {@code ip6[40+k]}, behind {@code ip6 and ip6[6] = 6}). The libpcap relation stays the
 * first alternative, so its verdict (true for some IPv6 packets through gen_arth's
 * left-operand-only checks) is or-ed in. Random primitives (fixed seed):
 * transport-field relations (one load, two loads, a load indexed by another), port and
 * portrange tests, protocol tests; Ethernet (tagged,
 * MPLS and PPPoE frames included) and raw IP, whole and cut short.
 */
class Ip6TransportDifferentialTest {
  static final String[] PROTOS = {"tcp", "udp", "sctp", "icmp6"};
  static final int[] NUMBERS = {6, 17, 132, 58};
  static final String[] OPS = {"=", "!=", ">", "<", ">=", "<="};
  static final long[] MASKS = {1, 2, 0x12, 0xff, 0xf0f0, 3};
  static final long[] VALUES = {0, 1, 2, 16, 80, 128, 256, 0x12, 53};

  /** One primitive: its text, and how the reference decoder evaluates it. */
  interface Prim {
    String text();

    /** {@return the verdict on an IPv6 packet, or false where a load passes the frame} */
    boolean eval(byte[] f, int caplen, int net);

    /** {@return the same test written with ip6[...] for packets without extension headers} */
    String noExtRewrite();
  }

  record Field(int proto, int k, int size, long mask, String op, long v) implements Prim {
    String name() {
      return PROTOS[index(proto)];
    }

    static int index(int proto) {
      for (int i = 0; i < NUMBERS.length; i++) if (NUMBERS[i] == proto) return i;
      throw new IllegalArgumentException();
    }

    String load(String p, int base) {
      String at = base == 0 ? p + "[" + k : p + "[" + (base + k);
      return (size == 1 ? at + "]" : at + ":" + size + "]") + (mask >= 0 ? " & " + mask : "");
    }

    public String text() {
      return load(name(), 0) + " " + op + " " + v;
    }

    public String noExtRewrite() {
      return "(" + text() + ") or (ip6 and ip6[6] = " + proto + " and " + load("ip6", 40) + " " + op + " " + v + ")";
    }

    public boolean eval(byte[] f, int caplen, int net) {
      long[] w = walk(f, caplen, net);
      if (w == null || w[0] != proto) return false;
      int at = net + (int) w[1] + k;
      if (at + size > caplen) return false;
      long a = 0;
      for (int i = 0; i < size; i++) a = a << 8 | (f[at + i] & 0xff);
      if (mask >= 0) a &= mask;
      return switch (op) {
        case "=" -> a == v;
        case "!=" -> a != v;
        case ">" -> a > v;
        case "<" -> a < v;
        case ">=" -> a >= v;
        default -> a <= v;
      };
    }
  }

  /** {@code [proto] [dir] port n} or {@code portrange lo-hi}; proto 0 for any. */
  record Port(int proto, String dir, long lo, long hi, boolean range) implements Prim {
    public String text() {
      String p = proto == 0 ? "" : PROTOS[Field.index(proto)] + " ";
      return p + dir + (range ? "portrange " + lo + "-" + hi : "port " + lo);
    }

    public String noExtRewrite() {
      return text();
    }

    /** {@return 1 match, 0 no match, -1 the load passes the frame} */
    private int at(byte[] f, int caplen, int where) {
      if (where + 2 > caplen) return -1;
      int port = (f[where] & 0xff) << 8 | (f[where + 1] & 0xff);
      return port >= lo && port <= hi ? 1 : 0;
    }

    public boolean eval(byte[] f, int caplen, int net) {
      long[] w = walk(f, caplen, net);
      if (w == null) return false;
      boolean known = proto == 0 ? w[0] == 6 || w[0] == 17 || w[0] == 132 : w[0] == proto;
      if (!known) return false;
      int t = net + (int) w[1];
      return switch (dir) {
        case "src " -> at(f, caplen, t) == 1;
        case "dst " -> at(f, caplen, t + 2) == 1;
        case "src and dst " -> at(f, caplen, t) == 1 && at(f, caplen, t + 2) == 1;
        default -> {
          int s = at(f, caplen, t);
          yield s == 1 || s == 0 && at(f, caplen, t + 2) == 1;
        }
      };
    }
  }

  /** {@return the big-endian value of size bytes at {@code at}, or -1 past the frame} */
  static long load(byte[] f, int caplen, int at, int size) {
    if (at < 0 || at + size > caplen) return -1;
    long a = 0;
    for (int i = 0; i < size; i++) a = a << 8 | (f[at + i] & 0xff);
    return a;
  }

  /**
   * Two loads in one relation: {@code p1[k1:2] + p2[k2] > v}, or an index read from the
   * header itself, {@code p1[p1[k1] & 3] = v} (then p2 is p1).
   */
  record Compound(int p1, int k1, int p2, int k2, boolean indexed, long v) implements Prim {
    public String text() {
      String a = PROTOS[Field.index(p1)];
      String b = PROTOS[Field.index(p2)];
      return indexed ? a + "[" + a + "[" + k1 + "] & 3] = " + v
          : a + "[" + k1 + ":2] + " + b + "[" + k2 + "] > " + v;
    }

    public String noExtRewrite() {
      if (indexed) {
        return "(" + text() + ") or (ip6 and ip6[6] = " + p1 + " and ip6[40 + (ip6[" + (40 + k1)
            + "] & 3)] = " + v + ")";
      }
      if (p1 != p2) return text();
      return "(" + text() + ") or (ip6 and ip6[6] = " + p1 + " and ip6[" + (40 + k1) + ":2] + ip6["
          + (40 + k2) + "] > " + v + ")";
    }

    public boolean eval(byte[] f, int caplen, int net) {
      long[] w = walk(f, caplen, net);
      if (w == null || w[0] != p1 || !indexed && w[0] != p2) return false;
      int t = net + (int) w[1];
      if (indexed) {
        long i = load(f, caplen, t + k1, 1);
        if (i < 0) return false;
        long a = load(f, caplen, t + (int) (i & 3), 1);
        return a == v;
      }
      long a = load(f, caplen, t + k1, 2);
      long b = load(f, caplen, t + k2, 1);
      return a >= 0 && b >= 0 && a + b > v;
    }
  }

  record Proto(int proto) implements Prim {
    public String text() {
      return PROTOS[Field.index(proto)];
    }

    public String noExtRewrite() {
      return text();
    }

    public boolean eval(byte[] f, int caplen, int net) {
      long[] w = walk(f, caplen, net);
      return w != null && w[0] == proto;
    }
  }

  /**
   * The reference walk: {protocol, offset of its header from the IPv6 header}, protocol 256
   * for a fragment that is not the first, null where a header passes the captured bytes.
   */
  static long[] walk(byte[] f, int caplen, int net) {
    if (net + 6 >= caplen) return null;
    int a = f[net + 6] & 0xff;
    long x = 40;
    for (int i = 0; i < 6; i++) {
      long len;
      switch (a) {
        case 0, 43, 60, 51 -> {
          if (net + x + 1 >= caplen) return null;
          int l = f[(int) (net + x + 1)] & 0xff;
          len = a == 51 ? (l + 2) * 4L : (l + 1) * 8L;
        }
        case 44 -> {
          if (net + x + 3 >= caplen) return null;
          int off = (f[(int) (net + x + 2)] & 0xff) << 8 | (f[(int) (net + x + 3)] & 0xff);
          if ((off & 0xfff8) != 0) return new long[] {256, x};
          len = 8;
        }
        default -> {
          return new long[] {a, x};
        }
      }
      if (net + x >= caplen) return null;
      a = f[(int) (net + x)] & 0xff;
      x += len;
    }
    return new long[] {a, x};
  }

  static boolean hasExtensionHeaders(byte[] f, int net) {
    int a = f[net + 6] & 0xff;
    return a == 0 || a == 43 || a == 60 || a == 44 || a == 51;
  }

  static Prim prim(Random r) {
    int k = r.nextInt(12);
    if (k >= 10) {
      int p1 = NUMBERS[r.nextInt(4)];
      int p2 = r.nextInt(4) == 0 ? NUMBERS[r.nextInt(4)] : p1;
      return new Compound(p1, r.nextInt(16), p2, r.nextInt(16), r.nextBoolean(), VALUES[r.nextInt(VALUES.length)]);
    }
    if (k < 4) {
      int p = NUMBERS[r.nextInt(4)];
      int size = new int[] {1, 2, 4}[r.nextInt(3)];
      long mask = r.nextBoolean() ? -1 : MASKS[r.nextInt(MASKS.length)];
      return new Field(p, r.nextInt(20), size, mask, OPS[r.nextInt(OPS.length)], VALUES[r.nextInt(VALUES.length)]);
    }
    if (k < 8) {
      int p = r.nextInt(4) == 0 ? 0 : NUMBERS[r.nextInt(3)];
      String dir = new String[] {"", "src ", "dst ", "src or dst ", "src and dst "}[r.nextInt(5)];
      long lo = Packets.PORTS[r.nextInt(Packets.PORTS.length)];
      boolean range = r.nextInt(3) == 0;
      long hi = range ? Math.min(65535, lo + r.nextInt(500)) : lo;
      return new Port(p, dir, lo, hi, range);
    }
    return new Proto(NUMBERS[r.nextInt(4)]);
  }

  private static int net(int dlt) {
    return dlt == 1 ? 14 : 0;
  }

  private static boolean isIp6(byte[] f, int caplen, int dlt) {
    if (dlt == 1) return caplen >= 14 && (f[12] & 0xff) == 0x86 && (f[13] & 0xff) == 0xdd;
    return caplen >= 1 && (f[0] & 0xf0) == 0x60;
  }

  static List<byte[]> frames(int dlt) {
    if (dlt == 1) return EncapFrames.corpus(500, 61, 0, true);
    Random r = new Random(62);
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      byte[] p = (byte[]) EncapFrames.payload(r)[0];
      out.add(p);
      if (i % 3 == 0) out.add(java.util.Arrays.copyOf(p, r.nextInt(p.length)));
    }
    return out;
  }

  @Test
  void transportTestsReachPastIpv6ExtensionHeaders() throws Exception {
    Libpcap lib = Libpcap.load();
    CompileOptions walk = CompileOptions.LIBPCAP.withIp6Transport(true);
    Random r = new Random(Long.getLong("seed", 600));
    List<String> failures = new ArrayList<>();
    int prims = 0;
    long runs = 0;
    long extRuns = 0;
    long extMatches = 0;
    long rewriteChecks = 0;
    for (int dlt : new int[] {1, 12}) {
      List<byte[]> frames = frames(dlt);
      int net = net(dlt);
      for (int i = 0; i < 300 && failures.size() < 10; i++) {
        Prim p = prim(r);
        prims++;
        Interpreter libpcap = Interpreter.of(lib.compile(p.text(), dlt, 262144, false));
        Interpreter rewrite = Interpreter.of(lib.compile(p.noExtRewrite(), dlt, 262144, false));
        Interpreter plain = Interpreter.of(FilterCompiler.compile(p.text(), dlt, 262144, false, walk));
        Interpreter opt = Interpreter.of(FilterCompiler.compile(p.text(), dlt, 262144, true, walk));
        for (byte[] f : frames) {
          runs++;
          int caplen = f.length;
          boolean want;
          if (!isIp6(f, caplen, dlt)) {
            want = libpcap.apply(f, 0, caplen, caplen) != 0;
          } else {
            // libpcap's relation runs first: its gen_arth keeps only the left operand's
            // checks, so 'icmp6[0] + tcp[0] > 0' reads IPv6 packets in libpcap's way too.
            want = libpcap.apply(f, 0, caplen, caplen) != 0 || p.eval(f, caplen, net);
            if (caplen >= net + 40 && !hasExtensionHeaders(f, net)) {
              rewriteChecks++;
              if ((rewrite.apply(f, 0, caplen, caplen) != 0) != want) {
                failures.add("reference decoder unlike libpcap's [" + p.noExtRewrite() + "] on "
                    + java.util.HexFormat.of().formatHex(f));
                break;
              }
            } else if (caplen >= net + 40) {
              extRuns++;
              if (want) extMatches++;
            }
          }
          boolean g = plain.apply(f, 0, caplen, caplen) != 0;
          boolean o = opt.apply(f, 0, caplen, caplen) != 0;
          if (g != want || o != want) {
            failures.add("dlt " + dlt + " [" + p.text() + "] want " + want + " got " + g + "/" + o
                + " on " + java.util.HexFormat.of().formatHex(f));
            break;
          }
        }
      }
    }
    System.out.printf("ip6-transport: %d primitives, %d verdicts, %d on IPv6 with extension headers"
        + " (%d matched), %d reference checks against libpcap rewrites, %d failures%n",
        prims, runs, extRuns, extMatches, rewriteChecks, failures.size());
    if (!failures.isEmpty()) fail(String.join("\n", failures));
    assertTrue(extMatches > 1000, "the test must match past extension headers");
  }

  @Test
  void synFlagOverIpv6HopByHopIsSeenOnlyWithTheOption() throws Exception {
    byte[] tcp = new byte[20];
    tcp[13] = 2;
    byte[] hop = {6, 0, 1, 4, 0, 0, 0, 0};
    byte[] ip = new byte[40];
    ip[0] = 0x60;
    ip[5] = 28;
    ip[6] = 0;
    byte[] f = Packets.cat(new byte[12], EncapFrames.u16(0x86dd), ip, hop, tcp);
    String e = "tcp[tcpflags] & tcp-syn != 0";
    Interpreter walked = Interpreter.of(FilterCompiler.compile(e, 1, 262144, true,
        CompileOptions.LIBPCAP.withIp6Transport(true)));
    Interpreter plain = Interpreter.of(FilterCompiler.compile(e, 1, 262144, true));
    assertTrue(walked.apply(f, 0, f.length, f.length) != 0);
    assertEquals(0, plain.apply(f, 0, f.length, f.length));
  }
}
