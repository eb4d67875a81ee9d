package io.jdump.capture.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.bpf.Bpf;
import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Insn;
import io.jdump.bpf.Interpreter;
import io.jdump.filter.FilterCompiler;
import io.jdump.filter.FilterException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The kernel's copy of a program on a Linux Ethernet capture: its prefix, its verdicts as the
 * kernel computes them, and the programs too long to take a prefix.
 *
 * <p>The kernel is modelled by running the copy in jdump's Interpreter with its ancillary load
 * ({@code ldb [vlanp]}, which the Interpreter reads as a load far past the frame) replaced by
 * the value the kernel loads there, 0 or 1. The filters are generated (fixed seed) from
 * pcap-filter primitives, tag tests by hand among them; the frames are generated Ethernet
 * frames of every kind the primitives test, some cut short.
 */
class KernelFilterTest {
  private static final int SNAPLEN = 262144;
  private static final String[] PRIMS = {
    "ip", "ip6", "arp", "tcp", "udp", "icmp", "icmp6", "vlan", "vlan 10", "vlan 100", "mpls",
    "pppoes", "ether[12:2] = 0x8100", "ether proto 0x8100", "ether proto 0x88a8",
    "ether[14:2] & 0xfff = 10", "ether[16:2] = 0x0800", "port 53", "tcp port 80", "udp port 5001",
    "host 10.0.0.1", "net 10.0.0.0/8", "ip6 host fd00::1", "greater 100", "less 60", "len > 80",
    "ether broadcast", "ether multicast", "ip[9] = 17", "tcp[13] & 2 != 0", "ip proto 47",
    "ether host 02:00:00:00:00:01", "vlan and udp", "vlan 10 and ip6", "not vlan",
  };

  @Test
  void prefixPassesTaggedFramesThenRunsTheProgramUnchanged() throws Exception {
    BpfProgram program = FilterCompiler.compile("ether[12:2] = 0x8100 or vlan 10", 1, SNAPLEN, true);
    BpfProgram kernel = KernelFilter.forSocket(program, 1, SNAPLEN, true).orElseThrow();
    assertEquals(List.of(
        new Insn(0x30, 0, 0, 0xfffff030),   // ldb [vlanp], as tcpdump -dd -i shows libpcap's
        new Insn(0x15, 1, 0, 0),            // jeq #0 jt 1 jf 0
        new Insn(0x06, 0, 0, SNAPLEN)),     // ret #262144
        kernel.insns().subList(0, KernelFilter.PREFIX_LENGTH));
    assertEquals(program.insns(), kernel.insns().subList(KernelFilter.PREFIX_LENGTH, kernel.length()));
  }

  @Test
  void untaggedFramesGetTheProgramsVerdictAndTaggedFramesAllCross() throws Exception {
    var r = new Random(1125);
    List<byte[]> frames = new ArrayList<>();
    for (int i = 0; i < 400; i++) frames.add(frame(r));
    int[] verdicts = new int[2];
    int programs = 0;
    while (programs < 600) {
      String expr = expression(r);
      for (boolean optimize : new boolean[] {true, false}) {
        BpfProgram program;
        try {
          program = FilterCompiler.compile(expr, 1, SNAPLEN, optimize);
        } catch (FilterException rejectsAll) { // ("vlan 10 and not vlan": no program to test)
          continue;
        }
        BpfProgram kernel = KernelFilter.forSocket(program, 1, SNAPLEN, true).orElseThrow();
        Interpreter vm = Interpreter.of(program);
        Interpreter untagged = Interpreter.of(asKernelLoads(kernel, 0));
        Interpreter tagged = Interpreter.of(asKernelLoads(kernel, 1));
        programs++;
        for (byte[] f : frames) {
          int caplen = r.nextInt(8) == 0 ? r.nextInt(f.length + 1) : f.length;
          int want = vm.apply(f, 0, caplen, f.length);
          assertEquals(want, untagged.apply(f, 0, caplen, f.length), () -> expr + " on " + hex(f));
          assertEquals(SNAPLEN, tagged.apply(f, 0, caplen, f.length), expr);
          verdicts[want == 0 ? 0 : 1]++;
        }
      }
    }
    // the generated cases test both verdicts, not one
    assertTrue(verdicts[0] > 20_000 && verdicts[1] > 20_000, verdicts[0] + " / " + verdicts[1]);
  }

  @Test
  void programThatFillsTheKernelLimitStillGetsItsPrefix() {
    BpfProgram kernel = KernelFilter.passingTaggedFrames(rets(Bpf.MAXINSNS - 3), SNAPLEN)
        .orElseThrow();
    assertEquals(Bpf.MAXINSNS, kernel.length());
  }

  @Test
  void programTooLongForItsPrefixStaysOutOfTheKernel() {
    assertTrue(KernelFilter.forSocket(rets(Bpf.MAXINSNS - 2), 1, SNAPLEN, true).isEmpty());
    assertTrue(KernelFilter.forSocket(rets(Bpf.MAXINSNS + 10), 1, SNAPLEN, true).isEmpty());
  }

  /**
   * Linux refuses a program that may read scratch memory before writing it, and libpcap would
   * then run it on uninitialised memory in user space: such a program stays out, everywhere.
   * geneve alone (or followed by tests on the same path) writes before it reads.
   */
  @Test
  void programReadingUnwrittenScratchMemoryStaysOutOfTheKernel() throws Exception {
    for (String e : new String[] {"geneve or udp port 53", "tcp or geneve and udp", "not geneve and ip"}) {
      BpfProgram program = FilterCompiler.compile(e, 1, SNAPLEN, true);
      assertTrue(KernelFilter.forSocket(program, 1, SNAPLEN, true).isEmpty(), e);
      assertTrue(KernelFilter.forSocket(program, 1, SNAPLEN, false).isEmpty(), e);
    }
    for (String e : new String[] {"geneve", "geneve 5 and tcp port 80", "ip[0] + 1 = 0x46"}) {
      assertTrue(KernelFilter.forSocket(FilterCompiler.compile(e, 1, SNAPLEN, true), 1, SNAPLEN, true)
          .isPresent(), e);
    }
  }

  @Test
  void otherLinkTypesAndSystemsGetTheProgramAsItIs() throws Exception {
    for (int dlt : new int[] {0, 12, 113, 228, 276}) {
      BpfProgram program = FilterCompiler.compile("ip", dlt, SNAPLEN, true);
      assertSame(program, KernelFilter.forSocket(program, dlt, SNAPLEN, true).orElseThrow());
    }
    BpfProgram ethernet = FilterCompiler.compile("vlan", 1, SNAPLEN, true);
    assertSame(ethernet, KernelFilter.forSocket(ethernet, 1, SNAPLEN, false).orElseThrow());
  }

  /** {@return the kernel's copy with its ancillary load as the kernel computes it: ld #present} */
  private static BpfProgram asKernelLoads(BpfProgram kernel, int present) {
    var insns = new ArrayList<>(kernel.insns());
    assertEquals(Insn.stmt(Bpf.LD | Bpf.B | Bpf.ABS, KernelFilter.VLAN_TAG_PRESENT), insns.get(0));
    insns.set(0, Insn.stmt(Bpf.LD | Bpf.W | Bpf.IMM, present));
    return new BpfProgram(insns);
  }

  private static BpfProgram rets(int n) {
    return new BpfProgram(Collections.nCopies(n, Insn.stmt(Bpf.RET | Bpf.K, 0)));
  }

  private static String expression(Random r) {
    var b = new StringBuilder();
    int terms = 1 + r.nextInt(3);
    for (int i = 0; i < terms; i++) {
      if (i > 0) b.append(r.nextBoolean() ? " and " : " or ");
      if (r.nextInt(4) == 0) b.append("not ");
      b.append('(').append(PRIMS[r.nextInt(PRIMS.length)]).append(')');
    }
    return b.toString();
  }

  /**
   * {@return an Ethernet frame}: to or from the few addresses the primitives name, with an
   * EtherType among IPv4, IPv6, ARP, 802.1Q, 802.1ad, MPLS, PPPoE and random, up to two tags
   * in the bytes (what the kernel leaves of a double-tagged frame), then an IPv4 or IPv6 header
   * with TCP, UDP, ICMP or ICMPv6 ports and flags, or random bytes.
   */
  private static byte[] frame(Random r) {
    var f = new java.io.ByteArrayOutputStream();
    f.writeBytes(r.nextInt(4) == 0 ? new byte[] {-1, -1, -1, -1, -1, -1} : mac(r));
    f.writeBytes(mac(r));
    int[] types = {0x0800, 0x86dd, 0x0806, 0x8100, 0x88a8, 0x8847, 0x8864, r.nextInt(0x10000)};
    int type = types[r.nextInt(types.length)];
    for (int tags = 0; tags < 2 && (type == 0x8100 || type == 0x88a8); tags++) {
      u16(f, type);
      u16(f, r.nextBoolean() ? 10 : r.nextInt(0x10000));
      type = types[r.nextInt(types.length)];
    }
    u16(f, type);
    int[] protos = {6, 17, 1, 58, 47, r.nextInt(256)};
    int proto = protos[r.nextInt(protos.length)];
    if (type == 0x0800 && r.nextInt(8) != 0) {
      f.writeBytes(new byte[] {0x45, 0, 0, 60, 0, 0, 0, 0, 64, (byte) proto, 0, 0});
      f.writeBytes(address(r, 4));
      f.writeBytes(address(r, 4));
    } else if (type == 0x86dd && r.nextInt(8) != 0) {
      f.writeBytes(new byte[] {0x60, 0, 0, 0, 0, 40, (byte) proto, 64});
      f.writeBytes(address(r, 16));
      f.writeBytes(address(r, 16));
    }
    int[] ports = {53, 80, 5001, r.nextInt(0x10000)};
    u16(f, ports[r.nextInt(ports.length)]);
    u16(f, ports[r.nextInt(ports.length)]);
    byte[] rest = new byte[r.nextInt(120)];
    r.nextBytes(rest);
    f.writeBytes(rest);
    return f.toByteArray();
  }

  private static byte[] mac(Random r) {
    return r.nextBoolean()
        ? new byte[] {2, 0, 0, 0, 0, 1} : new byte[] {1, 0, 0x5e, 0, 0, (byte) r.nextInt(256)};
  }

  /** 10.0.0.1 or fd00::1 (what the primitives name) half of the time, else random. */
  private static byte[] address(Random r, int size) {
    byte[] a = new byte[size];
    if (r.nextBoolean()) {
      a[0] = (byte) (size == 4 ? 10 : 0xfd);
      a[size - 1] = 1;
    } else {
      r.nextBytes(a);
    }
    return a;
  }

  private static void u16(java.io.ByteArrayOutputStream f, int v) {
    f.write(v >>> 8);
    f.write(v);
  }

  private static String hex(byte[] f) {
    return java.util.HexFormat.of().formatHex(f);
  }
}
