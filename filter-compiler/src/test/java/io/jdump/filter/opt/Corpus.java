package io.jdump.filter.opt;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Expressions and link types for the optimizer's differential test and its report. */
final class Corpus {
  /** The link types jdump's compiler supports. */
  static final int[] DLTS = {1, 113, 276, 12, 228, 229, 0, 108, 9, 104, 50, 51, 8, 10, 6, 7};

  static final String[] PRIMITIVES = {
    "ip", "ip6", "arp", "rarp", "tcp", "udp", "icmp", "icmp6", "igmp", "sctp", "stp", "ipx",
    "iso", "isis", "decnet", "atalk", "host 1.2.3.4", "src host 10.0.0.1", "dst host 1.2.3.4",
    "host 1.2.3.4 or 5.6.7.8", "ip host 1.2.3.4", "arp host 1.2.3.4", "net 10.0.0.0/8",
    "src net 10 and not 11", "dst net 192.168.0.0/16", "ip6 host ::1", "ip6 net fe80::/10",
    "dst net 2001:db8::/32", "ether host 1:2:3:4:5:6", "ether src 01:02:03:04:05:06",
    "ether dst ff:ff:ff:ff:ff:ff", "port 80", "tcp port 80", "udp port 53", "sctp port 443",
    "tcp port 80 or 443", "src port 1", "dst port 65535", "tcp src port 80 and dst port 443",
    "portrange 1-5", "tcp portrange 3-80", "udp dst portrange 50-60", "ip proto 6",
    "ip6 proto 17", "proto 58", "ether proto 0x86dd", "broadcast", "multicast",
    "ether broadcast", "ip multicast", "ip6 multicast", "less 60", "greater 100", "len > 70",
    "ip[0] & 0xf != 5", "ip[6:2] & 0x1fff = 0", "ip[9] = 6", "ip[2:2] > 60", "tcp[13] = 2",
    "tcp[tcpflags] & tcp-syn != 0", "tcp[tcpflags] & (tcp-syn|tcp-ack) = tcp-syn",
    "udp[2:2] = 53", "icmp[icmptype] = icmp-echo", "icmp6[icmp6type] = icmp6-echo",
    "ether[0] & 1 = 1", "ip[ip[0] & 3] = 0", "ip[0] * 2 + 3 > 10", "ip[0] - 1 - 2 = 0x42",
    "ip[0] % 7 = 1", "ip[0] >> 2 = 17", "ip[0] / 5 = 13", "arp[7] = 1", "ip[0] = tcp[0]",
    "vlan", "vlan 10", "vlan and ip", "mpls", "mpls 5", "pppoes", "pppoes 3", "pppoed",
    "ip[2:2] - ((ip[0]&0xf)<<2) > 40", "tcp[12] & 0xf0 > 0x50", "ip[8] < 64",
    "udp and ip[6:2] & 0x3fff != 0", "icmp or arp", "tcp or udp", "not tcp", "ip and not udp",
  };

  private Corpus() {}

  /** {@return the primitives, then seeded random combinations of them: {@code n} in all} */
  static List<String> expressions(int n, long seed) {
    Set<String> out = new LinkedHashSet<>(List.of(PRIMITIVES));
    out.add("host 10.1.0.1 or host 10.1.0.2 or host 10.1.0.3 or host 10.1.0.4");
    out.add("ip and not net 10.0.0.0/8 and (tcp port 443 or udp port 443)");
    out.add("tcp port 80 and (((ip[2:2] - ((ip[0]&0xf)<<2)) - ((tcp[12]&0xf0)>>2)) != 0)");
    out.add("ether broadcast or ether multicast");
    out.add("ip6 and tcp dst port 443");
    out.add("vlan and udp");
    Random r = new Random(seed);
    while (out.size() < n) out.add(random(r, 0));
    return new ArrayList<>(out).subList(0, n);
  }

  private static String random(Random r, int depth) {
    if (depth > 2 || r.nextInt(3) == 0) {
      String p = PRIMITIVES[r.nextInt(PRIMITIVES.length)];
      return r.nextInt(6) == 0 ? "not (" + p + ")" : "(" + p + ")";
    }
    String op = r.nextBoolean() ? " and " : " or ";
    return "(" + random(r, depth + 1) + op + random(r, depth + 1) + ")";
  }
}
