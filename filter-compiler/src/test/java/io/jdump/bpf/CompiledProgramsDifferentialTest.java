package io.jdump.bpf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.bpf.oracle.Libpcap;
import java.util.Random;
import jnr.ffi.Pointer;
import org.junit.jupiter.api.Test;

/**
 * Programs libpcap's own compiler writes, over Ethernet frames that look like what they test
 * (IPv4 and IPv6 with chains of extension headers, VLAN tags, ARP): jdump's interpreter and
 * libpcap's bpf_filter agree. The protochain programs run libpcap's backward-jump loop.
 */
class CompiledProgramsDifferentialTest {
  private static final String[] EXPRESSIONS = {
    "ip6 protochain 6", "ip6 protochain 17", "protochain 58", "ip protochain 6", "tcp port 80",
    "udp port 53 or tcp port 53", "ip and tcp[13] & 2 != 0", "vlan and ip", "vlan 100 and udp",
    "arp or rarp", "ip[0] & 0xf > 5", "ip6 dst net 2001:db8::/32", "tcp[tcpflags] & (tcp-syn|tcp-ack) = tcp-syn",
    "ip and udp[8:2] = 0x1234", "len > 60 and ip", "icmp6 and ip6[40] = 128", "ether multicast",
    "ip[6:2] & 0x1fff = 0 and udp", "ip6 protochain 44", "not ip6 protochain 51",
  };
  private static final int PACKETS_PER_EXPRESSION = 3_000;

  @Test
  void interpreterMatchesLibpcapOnCompiledPrograms() throws Exception {
    Libpcap libpcap = Libpcap.load();
    Random rnd = new Random(0x636f6d70L);
    int cases = 0;
    int accepted = 0;
    for (String expr : EXPRESSIONS) {
      BpfProgram program = libpcap.compile(expr, LinkType.EN10MB.dlt(), 262144, true);
      Interpreter jdump = Interpreter.of(program);
      Pointer native_ = libpcap.load(program);
      for (int i = 0; i < PACKETS_PER_EXPRESSION; i++) {
        byte[] packet = frame(rnd);
        int caplen = rnd.nextInt(4) == 0 ? rnd.nextInt(packet.length + 1) : packet.length;
        int expected = libpcap.filter(native_, packet, packet.length, caplen);
        int actual = jdump.apply(Machines.guarded(packet), Machines.GUARD, caplen, packet.length);
        assertEquals(expected, actual, () -> expr + " on " + java.util.HexFormat.of().formatHex(packet) + " caplen " + caplen);
        if (actual != 0) accepted++;
        cases++;
      }
    }
    System.out.printf("CompiledProgramsDifferentialTest: %d expressions x %d frames = %d cases agree (%d kept)%n",
        EXPRESSIONS.length, PACKETS_PER_EXPRESSION, cases, accepted);
    assertTrue(accepted > cases / 20, "too few frames match: " + accepted);
  }

  /** An Ethernet frame: maybe VLAN-tagged, carrying IPv4, IPv6 with extension headers, or ARP. */
  private static byte[] frame(Random rnd) {
    var b = new java.io.ByteArrayOutputStream();
    b.writeBytes(randomBytes(rnd, 12));
    if (rnd.nextInt(4) == 0) b.writeBytes(new byte[] {(byte) 0x81, 0, 0, (byte) (rnd.nextBoolean() ? 100 : rnd.nextInt(256))});
    switch (rnd.nextInt(5)) {
      case 0, 1 -> { // IPv6 with a chain of extension headers
        b.writeBytes(new byte[] {(byte) 0x86, (byte) 0xdd});
        int[] chainable = {0, 43, 44, 60, 51};
        int[] finals = {6, 17, 58, 59, 6};
        int headers = rnd.nextInt(6);
        int[] next = new int[headers + 1];
        for (int i = 0; i < headers; i++) next[i] = chainable[rnd.nextInt(chainable.length)];
        next[headers] = finals[rnd.nextInt(finals.length)];
        byte[] ip6 = randomBytes(rnd, 40);
        ip6[0] = 0x60;
        ip6[6] = (byte) next[0];
        if (rnd.nextBoolean()) { ip6[24] = 0x20; ip6[25] = 0x01; ip6[26] = 0x0d; ip6[27] = (byte) 0xb8; }
        b.writeBytes(ip6);
        for (int i = 0; i < headers; i++) {
          boolean ah = next[i] == 51;
          int words = rnd.nextInt(3);
          byte[] h = randomBytes(rnd, ah ? (words + 2) * 4 : (words + 1) * 8);
          h[0] = (byte) next[i + 1];
          h[1] = (byte) words;
          b.writeBytes(h);
        }
        b.writeBytes(transport(rnd));
      }
      case 2, 3 -> { // IPv4
        b.writeBytes(new byte[] {8, 0});
        byte[] ip = randomBytes(rnd, 20);
        ip[0] = (byte) (rnd.nextInt(4) == 0 ? 0x46 : 0x45);
        ip[9] = (byte) new int[] {6, 17, 1, 6, 17}[rnd.nextInt(5)];
        if (rnd.nextBoolean()) { ip[6] = 0; ip[7] = 0; }
        b.writeBytes(ip);
        if (ip[0] == 0x46) b.writeBytes(randomBytes(rnd, 4));
        b.writeBytes(transport(rnd));
      }
      default -> {
        b.writeBytes(new byte[] {8, (byte) (rnd.nextBoolean() ? 6 : 0x35)});
        b.writeBytes(randomBytes(rnd, 28));
      }
    }
    return b.toByteArray();
  }

  private static byte[] transport(Random rnd) {
    byte[] t = randomBytes(rnd, 20 + rnd.nextInt(12));
    int[] ports = {80, 53, 443, 22};
    if (rnd.nextBoolean()) { t[2] = 0; t[3] = (byte) ports[rnd.nextInt(ports.length)]; }
    if (rnd.nextBoolean()) { t[0] = 0; t[1] = (byte) ports[rnd.nextInt(ports.length)]; }
    if (rnd.nextInt(3) == 0) t[13] = 2;
    return t;
  }

  private static byte[] randomBytes(Random rnd, int n) {
    byte[] b = new byte[n];
    rnd.nextBytes(b);
    return b;
  }
}
