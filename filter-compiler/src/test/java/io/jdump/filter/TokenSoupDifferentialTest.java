package io.jdump.filter;

import static org.junit.jupiter.api.Assertions.fail;

import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Interpreter;
import io.jdump.bpf.oracle.Libpcap;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Short random sequences of pcap-filter words, numbers, addresses and operators (fixed
 * seed): most are nonsense, and jdump must refuse them with libpcap's words, or accept them
 * and select the same packets.
 */
class TokenSoupDifferentialTest {
  static final String[] WORDS = {
    "host", "net", "port", "portrange", "proto", "protochain", "src", "dst", "or", "and", "not",
    "!", "(", ")", "ip", "ip6", "tcp", "udp", "icmp", "arp", "ether", "link", "vlan", "mpls",
    "pppoes", "less", "greater", "len", "broadcast", "multicast", "mask", "=", "!=", "<", ">",
    "<=", ">=", "+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "[", "]", ":", "1", "2",
    "80", "0x10", "010", "1.2.3.4", "10.0.0.0", "255.255.0.0", "10/8", "::1", "fe80::", "/",
    "1:2:3:4:5:6", "http", "localhost", "foo", "\\tcp", "tcpflags", "tcp-syn", "icmp-echo",
    "&&", "||", "gateway", "inbound", "byte", "llc", "stp", "iso", "decnet", "atalk",
  };

  @Test
  void tokenSoupOutcomesMatchLibpcap() {
    Libpcap libpcap = Libpcap.load();
    Random r = new Random(Long.getLong("seed", 20261125));
    int dlt = Integer.getInteger("dlt", 1);
    List<byte[]> packets = Packets.corpus(dlt, 40, 5);
    List<String> failures = new ArrayList<>();
    int accepted = 0;
    int n = 12000;
    for (int i = 0; i < n; i++) {
      int len = 1 + r.nextInt(Integer.getInteger("maxLen", 6));
      StringBuilder b = new StringBuilder();
      for (int j = 0; j < len; j++) b.append(j == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
      String e = b.toString();
      String want;
      BpfProgram wp = null;
      try {
        wp = libpcap.compile(e, dlt, 262144, false);
        want = "ok";
      } catch (Libpcap.CompileError ex) {
        want = ex.getMessage();
      }
      String got;
      BpfProgram gp = null;
      try {
        gp = FilterCompiler.compile(e, dlt, 262144, false);
        got = "ok";
      } catch (FilterException ex) {
        got = ex.getMessage();
      }
      if (!want.equals(got)) {
        failures.add("[" + e + "]: libpcap " + want + " / jdump " + got);
        continue;
      }
      if (wp == null) continue;
      accepted++;
      Interpreter w = FilterCompilerDifferentialTest.interpreter(wp);
      Interpreter g = FilterCompilerDifferentialTest.interpreter(gp);
      for (byte[] p : packets) {
        if (w.apply(p, 0, p.length, p.length) != g.apply(p, 0, p.length, p.length)) {
          failures.add("[" + e + "]: verdicts differ");
          break;
        }
      }
    }
    System.out.println("token soup: " + n + " expressions, " + accepted + " accepted by both, "
        + failures.size() + " mismatches");
    if (!failures.isEmpty()) fail(failures.size() + " mismatches:\n" + String.join("\n", failures));
  }
}
