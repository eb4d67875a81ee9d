package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --scoped-encap, --any-vlan and --ip6-transport through the command, on a hand-made capture
 * of untagged, 802.1Q, QinQ (802.1ad over 802.1Q) and IPv6 frames with and without
 * extension headers. Each option's packets are the union of what tcpdump keeps with the
 * libpcap expressions that spell the option's meaning out, one by one; the lines printed
 * (-n -tt) are tcpdump's own.
 */
class EncapOptionsCommandTest {
  @TempDir
  Path dir;

  Path capture;

  private static byte[] u16(int v) {
    return new byte[] {(byte) (v >> 8), (byte) v};
  }

  private static byte[] cat(byte[]... parts) {
    var o = new ByteArrayOutputStream();
    for (byte[] p : parts) o.writeBytes(p);
    return o.toByteArray();
  }

  private static final byte[] MACS = {0, 0x11, 0x22, 0x33, 0x44, 0x55, 0, 0x11, 0x22, 0x33, 0x44, 0x66};

  private static byte[] tcp(int sport, int dport, int flags) {
    byte[] t = new byte[20];
    t[0] = (byte) (sport >> 8);
    t[1] = (byte) sport;
    t[2] = (byte) (dport >> 8);
    t[3] = (byte) dport;
    t[7] = 1;
    t[12] = 0x50;
    t[13] = (byte) flags;
    t[14] = 0x20;
    return t;
  }

  private static byte[] udp(int sport, int dport) {
    byte[] u = cat(u16(sport), u16(dport), u16(12), u16(0), new byte[] {1, 2, 3, 4});
    return u;
  }

  private static byte[] ipv4(int src, int dst, int proto, byte[] payload) {
    byte[] h = new byte[20];
    h[0] = 0x45;
    int total = 20 + payload.length;
    h[2] = (byte) (total >> 8);
    h[3] = (byte) total;
    h[8] = 64;
    h[9] = (byte) proto;
    h[12] = 10;
    h[15] = (byte) src;
    h[16] = 10;
    h[19] = (byte) dst;
    int sum = 0;
    for (int i = 0; i < 20; i += 2) sum += (h[i] & 0xff) << 8 | (h[i + 1] & 0xff);
    while (sum > 0xffff) sum = (sum & 0xffff) + (sum >> 16);
    h[10] = (byte) (~sum >> 8);
    h[11] = (byte) ~sum;
    return cat(h, payload);
  }

  private static byte[] ipv6(int next, byte[] payload) {
    byte[] h = new byte[40];
    h[0] = 0x60;
    h[4] = (byte) (payload.length >> 8);
    h[5] = (byte) payload.length;
    h[6] = (byte) next;
    h[7] = 64;
    h[8] = 0x20;
    h[9] = 0x01;
    h[23] = 1;
    h[24] = 0x20;
    h[25] = 0x01;
    h[39] = 2;
    return cat(h, payload);
  }

  private static byte[] eth(int type, byte[] payload, int... tags) {
    byte[] inner = cat(u16(type), payload);
    for (int i = tags.length - 2; i >= 0; i -= 2) inner = cat(u16(tags[i]), u16(tags[i + 1]), inner);
    return cat(MACS, inner);
  }

  static final List<byte[]> FRAMES = List.of(
      eth(0x800, ipv4(1, 2, 6, tcp(40000, 80, 0x02))),
      eth(0x800, ipv4(1, 2, 6, tcp(40001, 80, 0x10)), 0x8100, 10),
      eth(0x800, ipv4(3, 2, 6, tcp(40002, 80, 0x02)), 0x88a8, 100, 0x8100, 10),
      eth(0x800, ipv4(1, 2, 17, udp(5353, 53)), 0x8100, 20),
      eth(0x800, ipv4(9, 2, 17, udp(5354, 53))),
      eth(0x800, ipv4(9, 2, 17, udp(5355, 53)), 0x8100, 10),
      eth(0x800, ipv4(1, 4, 6, tcp(40003, 22, 0x10)), 0x8100, 10),
      eth(0x86dd, ipv6(6, tcp(40004, 443, 0x02))),
      eth(0x86dd, ipv6(0, cat(new byte[] {6, 0, 1, 4, 0, 0, 0, 0}, tcp(40005, 443, 0x02)))),
      eth(0x86dd, ipv6(44, cat(new byte[] {6, 0, 0, 0x08, 0, 0, 0, 1}, tcp(40006, 443, 0x02)))),
      eth(0x86dd, ipv6(60, cat(new byte[] {17, 0, 1, 4, 0, 0, 0, 0}, udp(5356, 53)))));

  @BeforeEach
  void writeCapture() throws IOException {
    var out = new ByteArrayOutputStream();
    ByteBuffer g = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
    g.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0)
        .putInt(262144).putInt(1);
    out.writeBytes(g.array());
    int second = 1_700_000_000;
    for (byte[] f : FRAMES) {
      ByteBuffer r = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
      r.putInt(second++).putInt(0).putInt(f.length).putInt(f.length);
      out.writeBytes(r.array());
      out.writeBytes(f);
    }
    capture = dir.resolve("encap.pcap");
    Files.write(capture, out.toByteArray());
  }

  /** {@return jdump's printed lines with the option and expression} */
  private List<String> jdump(String option, String expression) {
    Outcome o = Jdump.run("-n", "-tt", "-r", capture.toString(), option, expression);
    assertEquals(0, o.status(), o::toString);
    return o.out().lines().toList();
  }

  /** {@return the lines tcpdump prints for any of the expressions, in capture order} */
  private List<String> tcpdumpUnion(String... expressions) {
    var lines = new TreeSet<String>();
    for (String e : expressions) {
      Outcome o = Tcpdump.run("-n", "-tt", "-r", capture.toString(), e);
      assertEquals(0, o.status(), o::toString);
      lines.addAll(o.out().lines().toList());
    }
    return List.copyOf(lines);
  }

  @Test
  void anyVlanKeepsPortEightyUntaggedTaggedAndQinq() {
    List<String> got = jdump("--any-vlan", "tcp port 80");
    assertEquals(tcpdumpUnion("tcp port 80", "vlan and tcp port 80", "vlan and vlan and tcp port 80"), got);
    assertEquals(3, got.size());
    assertEquals(1, jdump("--bpf-vm=interp", "tcp port 80").size(), "without the option: untagged only");
  }

  @Test
  void anyVlanNotPortRejectsTaggedFramesOfThatPort() {
    List<String> got = jdump("--any-vlan", "ip and not port 80");
    // 'ip' pins each expression to its own tag depth, so the union is the rule.
    assertEquals(tcpdumpUnion("ip and not port 80", "vlan and (ip and not port 80)",
        "vlan and vlan and (ip and not port 80)"), got);
    assertTrue(got.stream().noneMatch(l -> l.contains(".80:")), "no port 80, tagged or not");
  }

  @Test
  void scopedEncapOrBranchMatchesUntaggedHost() {
    String e = "(vlan 10 and host 10.0.0.1) or host 10.0.0.9";
    List<String> got = jdump("--scoped-encap", e);
    assertEquals(tcpdumpUnion("vlan 10 and host 10.0.0.1", "host 10.0.0.9"), got);
    assertTrue(got.stream().anyMatch(l -> l.contains("10.0.0.9.5354 ")), "the untagged frame from B");
    assertNotEquals(tcpdumpUnion(e), got, "libpcap's meaning differs");
  }

  @Test
  void ip6TransportSeesSynPastHopByHopButNotLaterFragments() {
    List<String> got = jdump("--ip6-transport", "tcp[tcpflags] & tcp-syn != 0");
    assertEquals(tcpdumpUnion("tcp[tcpflags] & tcp-syn != 0", "ip6 and ip6[6] = 6 and ip6[53] & 2 != 0",
        "ip6 and ip6[6] = 0 and ip6[40] = 6 and ip6[61] & 2 != 0"), got);
    assertEquals(3, got.size());
    List<String> ports = jdump("--ip6-transport", "port 53");
    assertEquals(tcpdumpUnion("port 53", "ip6 and ip6[6] = 60 and ip6[40] = 17 and ip6[50:2] = 53"), ports);
  }

  @Test
  void listingsShowWhatTheOptionsChange() {
    Outcome plain = Jdump.run("-d", "tcp port 80");
    for (String option : new String[] {"--any-vlan", "--ip6-transport"}) {
      Outcome o = Jdump.run("-d", option, "tcp port 80");
      assertEquals(0, o.status(), o::toString);
      assertNotEquals(plain.out(), o.out(), option);
    }
    Outcome same = Jdump.run("-d", "--scoped-encap", "tcp port 80");
    assertEquals(plain.out(), same.out(), "nothing to scope: libpcap's program");
  }
}
