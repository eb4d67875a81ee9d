package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code geneve [vni]} on the command line, beside tcpdump on the same capture: Geneve tunnels
 * over IPv4 and IPv6 carrying Ethernet (TEB), bare IPv4 and bare IPv6, with and without
 * options, VNIs 5, 7 and 100, mixed with plain traffic. For each expression the packets jdump
 * prints (and how it prints them) are tcpdump's, and the programs {@code -d} shows are too.
 */
class GeneveFilterTest {
  @TempDir
  Path dir;

  private static final List<String> EXPRESSIONS = List.of(
      "geneve", "geneve 5", "geneve 100", "not geneve", "geneve and tcp port 80",
      "geneve 5 and udp port 53", "geneve and ip6", "geneve and ip host 10.1.0.2",
      "geneve and ether src 02:00:00:00:00:0a", "geneve and ether broadcast", "geneve and arp",
      "geneve and tcp[tcpflags] & tcp-syn != 0", "geneve and ip[9] = 17", "geneve or tcp port 80",
      "tcp port 80 or geneve and udp", "(geneve and tcp) or icmp", "geneve 7 or geneve 100",
      "geneve and geneve", "geneve and vlan", "udp port 6081", "geneve and icmp6");

  @Test
  void jdumpPrintsThePacketsTcpdumpPrintsForEachGeneveFilter() throws IOException {
    Path pcap = dir.resolve("geneve.pcap");
    Files.write(pcap, capture(new Random(0x6081)));
    int kept = 0;
    for (String e : EXPRESSIONS) {
      Outcome tcpdump = Tcpdump.run("-n", "-r", pcap.toString(), e);
      Outcome jdump = Jdump.run("-n", "-r", pcap.toString(), e);
      assertEquals(tcpdump.status(), jdump.status(), () -> e + "\n" + jdump);
      assertEquals(tcpdump.out(), jdump.out(), e);
      assertEquals(Tcpdump.run("-d", "-r", pcap.toString(), e).out(),
          Jdump.run("-d", "-r", pcap.toString(), e).out(), e);
      kept += (int) jdump.out().lines().count();
    }
    System.out.printf("GeneveFilterTest: %d expressions, %d packets printed as tcpdump prints them%n",
        EXPRESSIONS.size(), kept);
    assertTrue(kept > 200, "kept " + kept);
  }

  /** The same filters on real tunnels (samples/geneve.pcap, made by samples/make-samples). */
  @Test
  void onTheGeneveSampleJdumpPrintsWhatTcpdumpPrints() {
    String sample = Path.of("..", "samples", "geneve.pcap").toString();
    int kept = 0;
    for (String e : EXPRESSIONS) {
      Outcome tcpdump = Tcpdump.run("-n", "-r", sample, e);
      Outcome jdump = Jdump.run("-n", "-r", sample, e);
      assertEquals(tcpdump.status(), jdump.status(), () -> e + "\n" + jdump);
      assertEquals(tcpdump.out(), jdump.out(), e);
      kept += (int) jdump.out().lines().count();
    }
    assertTrue(kept > 40, "kept " + kept);
  }

  /** 120 frames: a third plain, the rest Geneve tunnels of every kind this test names. */
  private static byte[] capture(Random rng) throws IOException {
    var out = new ByteArrayOutputStream();
    out.write(le(24).putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0)
        .putInt(262144).putInt(1).array());
    for (int i = 0; i < 120; i++) {
      byte[] f = frame(rng, i);
      out.write(le(16).putInt(1_700_000_000 + i).putInt(i * 1000).putInt(f.length).putInt(f.length).array());
      out.write(f);
    }
    return out.toByteArray();
  }

  private static byte[] frame(Random rng, int i) {
    byte[] inner = switch (i % 6) {
      case 0 -> tcp(rng, 80);
      case 1 -> udp(40000 + rng.nextInt(1000), 53, new byte[12]);
      case 2 -> icmp();
      default -> tcp(rng, 22);
    };
    int proto = i % 6 == 1 ? 17 : i % 6 == 2 ? 1 : 6;
    byte[] ip4 = ipv4(proto, "10.1.0.1", "10.1.0.2", inner);
    if (i % 3 == 0) return ether(0x0800, ipv4(proto, "10.0.0.1", "10.0.0.2", inner), 1);
    int[] vnis = {5, 7, 100};
    int vni = vnis[rng.nextInt(3)];
    int options = rng.nextInt(3) == 0 ? 2 : 0;
    byte[] geneve = switch (i % 4) {
      case 0 -> geneve(vni, 0x6558, options, ether(0x0800, ip4, i % 5 == 0 ? 0 : 10));
      case 1 -> geneve(vni, 0x0800, options, ip4);
      case 2 -> geneve(vni, 0x6558, options, ether(0x0806, arp(), 0));
      default -> geneve(vni, 0x86dd, options, ipv6(58, icmp6()));
    };
    byte[] udp = udp(49152 + rng.nextInt(16000), 6081, geneve);
    return i % 2 == 0 ? ether(0x0800, ipv4(17, "192.0.2.1", "192.0.2.2", udp), 1)
        : ether(0x86dd, ipv6(17, udp), 1);
  }

  private static byte[] ether(int type, byte[] payload, int src) {
    ByteBuffer b = ByteBuffer.allocate(14 + payload.length);
    byte[] dst = src == 0 ? new byte[] {-1, -1, -1, -1, -1, -1} : new byte[] {2, 0, 0, 0, 0, 2};
    b.put(dst).put(new byte[] {2, 0, 0, 0, 0, (byte) src}).putShort((short) type).put(payload);
    return b.array();
  }

  private static byte[] ipv4(int proto, String src, String dst, byte[] payload) {
    ByteBuffer b = ByteBuffer.allocate(20 + payload.length);
    b.put((byte) 0x45).put((byte) 0).putShort((short) (20 + payload.length)).putShort((short) 1)
        .putShort((short) 0x4000).put((byte) 64).put((byte) proto).putShort((short) 0)
        .put(addr(src)).put(addr(dst)).put(payload);
    byte[] a = b.array();
    int sum = 0;
    for (int k = 0; k < 20; k += 2) sum += (a[k] & 0xff) << 8 | (a[k + 1] & 0xff);
    sum = (sum & 0xffff) + (sum >>> 16);
    sum = ~((sum & 0xffff) + (sum >>> 16)) & 0xffff;
    a[10] = (byte) (sum >> 8);
    a[11] = (byte) sum;
    return a;
  }

  private static byte[] ipv6(int next, byte[] payload) {
    ByteBuffer b = ByteBuffer.allocate(40 + payload.length);
    b.putInt(0x60000000).putShort((short) payload.length).put((byte) next).put((byte) 64);
    b.putLong(0x20010db800000000L).putLong(1).putLong(0x20010db800000000L).putLong(2).put(payload);
    return b.array();
  }

  private static byte[] addr(String dotted) {
    byte[] a = new byte[4];
    String[] p = dotted.split("\\.");
    for (int k = 0; k < 4; k++) a[k] = (byte) Integer.parseInt(p[k]);
    return a;
  }

  private static byte[] tcp(Random rng, int dport) {
    return ByteBuffer.allocate(20).putShort((short) (40000 + rng.nextInt(1000))).putShort((short) dport)
        .putInt(rng.nextInt()).putInt(0).put((byte) 0x50).put((byte) (rng.nextBoolean() ? 0x02 : 0x10))
        .putShort((short) 1024).putShort((short) 0).putShort((short) 0).array();
  }

  private static byte[] udp(int sport, int dport, byte[] payload) {
    return ByteBuffer.allocate(8 + payload.length).putShort((short) sport).putShort((short) dport)
        .putShort((short) (8 + payload.length)).putShort((short) 0).put(payload).array();
  }

  private static byte[] icmp() {
    return new byte[] {8, 0, (byte) 0xf7, (byte) 0xfe, 0, 1, 0, 1};
  }

  private static byte[] icmp6() {
    return new byte[] {(byte) 128, 0, 0, 0, 0, 1, 0, 1};
  }

  private static byte[] arp() {
    return ByteBuffer.allocate(28).putShort((short) 1).putShort((short) 0x0800).put((byte) 6).put((byte) 4)
        .putShort((short) 1).put(new byte[] {2, 0, 0, 0, 0, 10}).put(addr("10.1.0.1"))
        .put(new byte[6]).put(addr("10.1.0.2")).array();
  }

  /** A Geneve header; options are one TLV (class 0x0102, type 3) filling their words. */
  private static byte[] geneve(int vni, int protocol, int optWords, byte[] payload) {
    ByteBuffer b = ByteBuffer.allocate(8 + 4 * optWords + payload.length);
    b.put((byte) optWords).put((byte) 0).putShort((short) protocol).putInt(vni << 8);
    if (optWords > 0) b.putShort((short) 0x0102).put((byte) 3).put((byte) (optWords - 1));
    for (int k = 1; k < optWords; k++) b.putInt(0x01020304 + k);
    return b.put(payload).array();
  }

  private static ByteBuffer le(int size) {
    return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
  }
}
