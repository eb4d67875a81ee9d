package io.jdump.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.oracle.Libpcap;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import io.jdump.bpf.Interpreter;
import io.jdump.bpf.InvalidProgramException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * jdump's programs against libpcap's (unoptimized, the model of straightforward code
 * generation), run by libpcap's own bpf_filter over crafted frames, whole and cut short:
 * every verdict must agree, and where libpcap refuses an expression jdump must refuse it
 * with the same words.
 */
class FilterCompilerDifferentialTest {
  static final int SNAPLEN = 262144;
  static final int[] DLTS = {1, 113, 276, 12, 228, 229, 0, 108, 9, 104, 50, 51, 8, 10, 6, 7};
  static final String[] EXPRESSIONS = {
    "", "ip", "ip6", "arp", "rarp", "tcp", "udp", "icmp", "icmp6", "igmp", "igrp", "pim", "vrrp",
    "carp", "ah", "esp", "sctp", "stp", "ipx", "netbeui", "iso", "esis", "isis", "clnp", "l1",
    "l2", "iih", "lsp", "snp", "csnp", "psnp", "decnet", "lat", "sca", "moprc", "mopdl", "atalk",
    "aarp", "host 1.2.3.4", "src host 10.0.0.1", "dst host 1.2.3.4", "host 1.2.3.4 or 5.6.7.8",
    "host 1.2.3.4 and not 10.0.0.1", "src or dst host 10.1.2.3", "src and dst host 1.2.3.4",
    "ip host 1.2.3.4", "arp host 1.2.3.4", "rarp src host 10.0.0.1", "net 10", "net 10.1",
    "net 10.0.0.0/8", "src net 10 and not 11", "dst net 192.168.0.0 mask 255.255.0.0",
    "net 300", "host 10.1", "ip6 host ::1", "host ::1", "ip6 net fe80::/10", "src host fe80::1",
    "dst net 2001:db8::/32", "ether host 1:2:3:4:5:6", "ether src 01:02:03:04:05:06",
    "ether dst ff:ff:ff:ff:ff:ff", "ether host 0102.0304.0506", "port 80", "tcp port 80",
    "udp port 53", "sctp port 443", "tcp port 80 or 443", "src port 1", "dst port 65535",
    "tcp src port 80 and dst port 443", "port 80 and host 1.2.3.4", "portrange 1-5",
    "tcp portrange 3-80", "udp dst portrange 50-60", "portrange 5-1", "tcp port http",
    "port domain", "ip proto 6", "ip proto \\tcp", "ip6 proto 17", "proto 58", "proto \\udp",
    "ether proto \\ip", "ether proto \\arp", "ether proto 0x86dd", "link proto \\stp",
    "ether proto \\ipx", "iso proto \\isis", "broadcast", "multicast", "ether broadcast",
    "ip multicast", "ip6 multicast", "less 60", "greater 100", "len > 70", "len - 14 >= 40",
    "ip[0] & 0xf != 5", "ip[6:2] & 0x1fff = 0", "ip[9] = 6", "ip[2:2] > 60", "tcp[13] = 2",
    "tcp[tcpflags] & tcp-syn != 0", "tcp[tcpflags] & (tcp-syn|tcp-ack) = tcp-syn",
    "udp[2:2] = 53", "icmp[icmptype] = icmp-echo", "icmp6[icmp6type] = icmp6-echo",
    "icmp[0] = 8 or icmp[0] = 0", "ether[0] & 1 = 1", "ether[12:2] = 0x800", "link[14] = 0x45",
    "ip[ip[0] & 3] = 0", "ip[0] * 2 + 3 > 10", "ip[0] - 1 - 2 = 0x42", "ip[1] ^ 2 & 3 = 1",
    "ip[0] % 7 = 1", "ip[0] >> 2 = 17", "ip[0] << 1 = 0x8a", "-ip[0] < 0", "ip[0] / 5 = 13",
    "ip6[6] = 17", "arp[7] = 1", "tcp[0:2] = 80 and ip[9] = 6", "ip[0] = tcp[0]", "1 = 1",
    "len = len", "vlan", "vlan 10", "vlan and ip", "vlan 10 and host 1.2.3.4", "vlan and vlan",
    "mpls", "mpls 5", "mpls and ip", "mpls 5 and tcp port 80", "pppoed", "pppoes", "pppoes 3",
    "pppoes and ip", "pppoes 3 and tcp", "inbound", "outbound", "not tcp", "not not ip",
    "!udp", "tcp or udp", "tcp and udp", "ip and (tcp or udp)", "(tcp or udp) and port 53",
    "host 1.2.3.4 and (tcp) or 5.6.7.8", "not (port 80 or port 443)", "ip && tcp || udp",
    "tcp and not port 22", "host (1.2.3.4 or 5.6.7.8)", "port (80 or 443)",
    "host 1.2.3.4 and port (80 or not 443)", "((((ip))))", "(ip[0]) = 0x45", "byte 14 = 0x45",
    "byte 23 > 5", "byte 23 < 17", "host localhost", "tcp and 80", "80", "1.2.3.4", "foo",
    "host foo.invalid", "port foo", "ip6 host 1.2.3.4", "ip host ::1", "tcp host 1.2.3.4",
    "port 70000", "vlan 5000", "ip[0:3] = 1", "ip[0] / 0 = 1", "ip[1] / ip[0] = 1",
    "ip[0] << 32 = 1", "ah[0] = 1", "ether host 1.2.3.4", "net 10.0.0.1/8", "host 10.0.0.0/8",
    "net 10.0.0.0/33", "port 1.2.3.4", "proto 1.2.3.4", "port ::1", "number 08", "port 08",
    "4294967296 = 1", "ip[0:2:3]", "tcp @", "(", ")", "ip and", "src or tcp", "src proto 6",
    "ip proto foo", "ip broadcast", "tcp multicast", "tcp port 1-2", "udp port ssh",
    "gateway foo", "gateway 1.2.3.4", "mpls and arp", "radio", "radio[0] = 1", "iso[0] = 1",
    "link host 1.2.3.4", "ether src foo", "not", "ip6 protochain 6", "protochain 6", "ip protochain 17", "protochain \\udp",
    "type mgt",
    "llc",
    "llc i",
    "llc s",
    "llc u",
    "llc rr",
    "llc rnr",
    "llc ui",
    "llc xid",
    "llc foo",
    "vpi 1",
    "fisu",
    "on eth0",
    "ifindex 3",
    "ifindex 3 and ip",
    "decnet host 1.2",
    "decnet src 10.5",
    "decnet dst host 1.1023 and tcp",
    "decnet host 7",
    "dir 1",
    "lane",
    "oam",
    "metac",
    "sio 5",
    "rnr 1",
    "action pass",
    "reason 1",
    "ra 1.2.3.4",
    "addr1 host 1.2.3.4",
    "wlan host 1:2:3:4:5:6",
    "subtype data",
    "l1",
    "lsp",
    "host 1.2.3.4 and ( tcp or",
    "ether proto 70000",
    "ip proto 999",
    "vlan 4095",
    "mpls 1048576",
    "pppoes 65536",
    "less 4294967295",
    "byte 1 & 2",
    "byte 1 | 2",
    "byte 1 ^ 2",
    "not ip and not not tcp",
    "icmp6 and ip6[40] = 128",
    "ip[ip[0]] = 1",
    "$ab",
    "link host $ab",
    "host $1",
    "inbound and outbound",
    "net 10.0.0.0 mask 255.0.0.0.0",
    "net 1.2.3.4/24",
    "host 1.2.3.400",
    "host 1.2.3.4.5",
    "ether host 1:2:3:4:5",
    "host 1::2::3",
    "host ::1.2.3.4",
    "host ::1.2.3.400",
    "host ::ffff:1.2.3.4",
    "net ::/0",
    "ip6 net ::1/129",
    "ip6 net ::1/127",
    "src net ::/0",
    "port 0x50",
    "port 0120",
    "port 0x",
    "ip[0x10:2]=1",
    "ether[0:4]=0xffffffff",
    "tcp[0] = 4294967295",
    "len <= 100",
    "len < 100",
    "len != 100",
    "len >= 100",
    "ip & tcp",
    "ip and or tcp",
    "(ip) (tcp)",
    "ip tcp",
    "-1 = -1",
    "- - 1 = 1",
    "ip[-1] = 1",
    "type foo",
    "type data",
    "type 2 subtype 3",
    "subtype foo",
    "subtype assoc-req",
    "dir tods",
    "dir foo",
    "dir 3",
    "rset x",
    "srnr 1",
    "reason foo",
    "reason match",
    "action foo",
    "action block",
    "bcc",
    "sc",
    "ilmic",
    "oamf4ec",
    "oamf4sc",
    "oamf4",
    "connectmsg",
    "metaconnect",
    "vci 1",
    "vpi > 1",
    "vpi (1 or 2)",
    "lssu",
    "lsu",
    "msu",
    "hfisu",
    "hlssu",
    "hmsu",
    "opc 1",
    "dpc > 1",
    "sls 1",
    "hsio 1",
    "hopc 1",
    "hdpc 1",
    "hsls 1",
    "fddi host 1:2:3:4:5:6",
    "tr broadcast",
    "ppp host 1:2:3:4:5:6",
    "slip",
    "link",
    "ether",
    "host 1.2.3.4 and ra 1.2.3.4",
    "ta host ::1",
    "addr2 net 10",
    "ra host 1:2:3:4:5:6",
    "addr3 ether host 1:2:3:4:5:6",
    "ra port 80",
    "addr4 portrange 1-2",
    "mpls 1 and mpls 2",
    "mpls and port 80",
    "vlan and mpls",
    "pppoes and mpls",
    "pppoes and vlan",
    "mpls and ether host 1:2:3:4:5:6",
    "mpls and stp",
    "vlan and stp",
    "mpls and host 1.2.3.4",

    "tcp src port ssh or udp dst port domain",
    "portrange ssh-http",
    "portrange 1-2-3",
    "tcp portrange 20-ssh",
    "udp portrange 1-http",
    "icmp6 and ip6 multicast",
    "ip6 broadcast",
    "proto \\icmp",
    "ip6 proto \\ipv6-icmp",
    "src port 80 or dst 443",
    "host 1.2.3.4 or port 80 and 443",
    "not host 1.2.3.4 or 5.6.7.8 and tcp",
    "ether src 1:2:3:4:5:6 or dst ff:ff:ff:ff:ff:ff",
    "1.2.3.4 and host 5.6.7.8",
    "host 1.2.3.4 and 10",
    "net 10 or 192.168",
    "port 80 and (1 or 2)",
    "((((((((((((((((((((ip))))))))))))))))))))",
    "ip[0:1] = 0x45 and tcp[13:1] & 2 = 2",
    "net link-local", "net loopback", "src net link-local", "tcp port https", "udp port ntp",
    "port echo", "sctp port 9", "tcp port sunrpc", "udp port bootps or udp port bootpc",
    "portrange ftp-data-ssh", "udp portrange domain-ntp", "ip proto \\icmp", "proto \\ah",
    "ip6 proto \\ipv6-frag", "ether proto \\loopback", "ether proto \\netbeui",
    "ether proto \\atalk", "ether proto \\decnet", "iso proto \\esis", "iso proto \\clnp",
    "host ip6-localhost", "ip6 host localhost", "ip host localhost", "arp host localhost",
    "tcp port 1-2-3", "port \\80", "port \\0x50", "host \\1.2.3.4",
    "link host $12", "link src host $a", "link dst host $ff", "ether host $1", "host $1",
    "link host $1 and ip", "not link host $12 or arp",
    "ip6 protochain 58 or tcp", "not protochain 51", "arp protochain 6",
  };

  static final String[] PNAMES = {"ether", "ip", "ip6", "arp", "rarp", "tcp", "udp", "sctp",
    "icmp", "icmp6", "igmp", "igrp", "pim", "vrrp", "carp", "ah", "esp", "atalk", "aarp",
    "decnet", "lat", "sca", "moprc", "mopdl", "iso", "esis", "isis", "clnp", "stp", "ipx",
    "netbeui", "l1", "l2", "iih", "lsp", "snp", "csnp", "psnp", "radio"};
  static final String[] PNAME_SUFFIXES = {" host 1.2.3.4", " host ::1", " net 10", " net fe80::/10",
    " src host 1.2.3.4", " port 80", " portrange 1-2", " proto 6", " proto \\tcp", " broadcast",
    " multicast", " host localhost", " host 1:2:3:4:5:6", " protochain 6", " dst port http",
    "[0] = 1", " gateway foo", " net 10.0.0.0/8", " and ip"};

  static final String[] QPROTOS = {"", "ether", "fddi", "tr", "wlan", "link", "ip", "ip6", "arp",
    "rarp", "decnet", "tcp", "udp", "sctp", "icmp"};
  static final String[] QDIRS = {"", "src", "dst", "src or dst", "src and dst", "ra", "ta",
    "addr1", "addr2", "addr3", "addr4", "inbound"};
  static final String[] QTYPES = {"", "host", "net", "port", "portrange", "gateway", "proto"};
  static final String[] QIDS = {"10.1.2.3", "10.0.0.0/8", "10.1", "10.0.0.0 mask 255.0.0.0",
    "fe80::1", "fe80::/16", "02:00:00:00:00:01", "80", "1-1024", "localhost", "6"};

  static Libpcap libpcap;

  /**
   * Every {@code [proto] [dir] [type] id} of pcap-filter(7)'s grammar, each qualifier either
   * named or left out: which combinations libpcap takes, which it refuses and in what words.
   */
  @Test
  void everyQualifierTripleMatchesLibpcap() {
    List<String> exprs = new ArrayList<>();
    for (String p : QPROTOS) {
      for (String d : QDIRS) {
        for (String t : QTYPES) {
          for (String id : QIDS) {
            // a range anywhere but after portrange is a host name: a DNS look-up each time
            if (id.contains("-") && !t.equals("portrange")) continue;
            exprs.add(String.join(" ", Stream.of(p, d, t, id)
                .filter(x -> !x.isEmpty()).toList()));
          }
        }
      }
    }
    check(exprs.toArray(new String[0]), new int[] {1, 105, 127, 12}, 24);
  }

  /** Every protocol name with every kind of qualified id: libpcap's refusals are many. */
  @Test
  void everyProtocolQualifierPairMatchesLibpcap() {
    List<String> exprs = new ArrayList<>();
    for (String p : PNAMES) for (String suffix : PNAME_SUFFIXES) exprs.add(p + suffix);
    check(exprs.toArray(new String[0]), new int[] {1, 113, 12}, 60);
  }


  @BeforeAll
  static void load() {
    libpcap = Libpcap.load();
  }

  @Test
  void everyVerdictAndErrorMatchesLibpcap() {
    check(EXPRESSIONS, DLTS, 240);
  }

  private void check(String[] expressions, int[] dlts, int corpus) {
    List<String> failures = new ArrayList<>();
    int runs = 0;
    int compiled = 0;
    for (int dlt : dlts) {
      List<byte[]> packets = Packets.corpus(dlt, corpus, 20261125L);
      for (String expr : expressions) {
        BpfProgram want;
        String wantError = null;
        try {
          want = libpcap.compile(expr, dlt, SNAPLEN, false);
        } catch (Libpcap.CompileError e) {
          want = null;
          wantError = e.getMessage();
        }
        BpfProgram got;
        String gotError = null;
        try {
          got = FilterCompiler.compile(expr, dlt, SNAPLEN, false);
        } catch (FilterException e) {
          got = null;
          gotError = e.getMessage();
        } catch (RuntimeException e) {
          failures.add("dlt " + dlt + " [" + expr + "]: " + e);
          continue;
        }
        if (want == null || got == null) {
          if (!String.valueOf(wantError).equals(String.valueOf(gotError))) {
            failures.add("dlt " + dlt + " [" + expr + "]: libpcap " + wantError + " / jdump " + gotError);
          }
          continue;
        }
        compiled++;
        Interpreter w = interpreter(want);
        Interpreter g = interpreter(got);
        Random r = new Random(dlt * 31L + expr.hashCode());
        for (byte[] p : packets) {
          int wirelen = p.length + (r.nextInt(3) == 0 ? r.nextInt(40) : 0);
          int a = w.apply(p, 0, p.length, wirelen);
          int b = g.apply(p, 0, p.length, wirelen);
          runs++;
          if (a != b) {
            failures.add("dlt " + dlt + " [" + expr + "]: verdict " + a + " vs " + b + " on "
                + java.util.HexFormat.of().formatHex(p) + " wirelen " + wirelen);
            break;
          }
        }
      }
    }
    System.out.println("differential: " + expressions.length + " expressions x " + dlts.length
        + " link types, " + compiled + " compiled pairs, " + runs + " packet runs, "
        + failures.size() + " mismatches");
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
