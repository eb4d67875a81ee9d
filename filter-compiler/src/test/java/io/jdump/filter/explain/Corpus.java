package io.jdump.filter.explain;

import io.jdump.bpf.LinkType;
import io.jdump.filter.TestResources;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The expressions the explain tests run over: the diff corpus and seeded compositions. */
final class Corpus {
  private Corpus() {}

  static final long SEED = 0x3e7a1a1bL;

  /** The link types of issue 3, on which the annotator knows the link header. */
  static final List<LinkType> LINK_TYPES = List.of(LinkType.EN10MB, LinkType.LINUX_SLL,
      LinkType.LINUX_SLL2, LinkType.RAW, LinkType.IPV4, LinkType.IPV6, LinkType.NULL,
      LinkType.LOOP, LinkType.PPP, LinkType.C_HDLC);

  /** {@return the non-blank, non-comment lines of a test resource} */
  static List<String> lines(String resource) {
    return TestResources.lines(resource);
  }

  static List<String> diffCorpus() {
    return lines("/diff/expressions.txt");
  }

  /**
   * Expressions where qualifiers are inherited, precedence decides, and encapsulation keywords
   * sit inside parentheses: a fixed list of shapes filled from seeded pools.
   */
  static List<String> inheritance(int n) {
    String[] shapes = {
      "host %a or %a", "host %a or %a and %a", "src net %n and not %n", "tcp port %p or %p",
      "tcp port %p or %p and not %p", "ip6 src host %6 or %6", "udp dst port %p or %p or %p",
      "port (%p or %p)", "src host %a or dst %a", "not host %a and %a", "dst net %n or not %n",
      "tcp src or dst port %p and %p", "host %a and (tcp port %p or %p)",
      "(vlan %v and host %a) or host %a", "vlan %v and (tcp port %p or udp port %p)",
      "mpls %m and (host %a or %a)", "pppoes %s and udp port %p or %p", "ether src %e or %e",
      "portrange 1000-2000 or %p", "tcp[13] & 2 != 0 or port %p and %p", "ip and (%a or host %a)",
      "not (host %a or %a) and port %p", "src %a or dst %a or %a", "ip proto \\tcp or \\udp",
      "host %a or %a or %a and tcp", "ip[2:2] - (ip[0] & 15) * 4 > 40 or port %p",
      "len - 14 > 100 and port %p or %p", "ether proto \\ip or \\arp and host %a"};
    String[] addrs = {"10.0.0.1", "10.0.0.2", "192.168.1.1", "172.16.5.4", "8.8.8.8"};
    String[] nets = {"10", "10.1", "192.168", "172.16.0.0/12", "10.0.0.0 mask 255.0.0.0"};
    String[] v6 = {"2001:db8::1", "fe80::1", "::1"};
    String[] ports = {"22", "53", "80", "443", "8080", "http", "domain"};
    String[] macs = {"00:11:22:33:44:55", "66:77:88:99:aa:bb"};
    var rng = new SplittableRandom(SEED);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String s = shapes[i % shapes.length];
      var b = new StringBuilder();
      for (int j = 0; j < s.length(); j++) {
        char c = s.charAt(j);
        if (c != '%') {
          b.append(c);
          continue;
        }
        char k = s.charAt(++j);
        b.append(switch (k) {
          case 'a' -> addrs[rng.nextInt(addrs.length)];
          case 'n' -> nets[rng.nextInt(nets.length)];
          case '6' -> v6[rng.nextInt(v6.length)];
          case 'p' -> ports[rng.nextInt(ports.length)];
          case 'e' -> macs[rng.nextInt(macs.length)];
          case 'v' -> Integer.toString(rng.nextInt(4095));
          case 'm' -> Integer.toString(rng.nextInt(1 << 20));
          default -> "0x" + Integer.toHexString(rng.nextInt(0xffff));
        });
      }
      out.add(b.toString());
    }
    return out;
  }
}
