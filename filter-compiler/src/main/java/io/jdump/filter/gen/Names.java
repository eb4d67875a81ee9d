package io.jdump.filter.gen;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Name resolution as libpcap's nametoaddr.c: hosts through the system resolver, services
 * from /etc/services, protocols from /etc/protocols (built-in names when it is missing),
 * networks from /etc/networks, ether hosts from /etc/ethers.
 *
 * <pre>{@code
 * Names n = new Names(Path.of("/etc"));   // or Names.system()
 * }</pre>
 */
public final class Names {
  private final Path etc;

  /** @param etc the directory holding services, protocols, networks and ethers */
  public Names(Path etc) {
    this.etc = etc;
  }

  public static Names system() {
    return new Names(Path.of("/etc"));
  }

  private List<String[]> table(String file) {
    List<String[]> rows = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(etc.resolve(file), StandardCharsets.ISO_8859_1)) {
        int hash = line.indexOf('#');
        if (hash >= 0) line = line.substring(0, hash);
        line = line.trim();
        if (!line.isEmpty()) rows.add(line.split("\\s+"));
      }
    } catch (IOException e) {
      return List.of();
    }
    return rows;
  }

  List<InetAddress> hosts(String name) {
    try {
      return List.of(InetAddress.getAllByName(name));
    } catch (Exception e) {
      return List.of();
    }
  }

  /** getnetbyname: the network number, 0 when unknown. */
  long network(String name) {
    for (String[] r : table("networks")) {
      if (r.length < 2) continue;
      boolean hit = r[0].equals(name);
      for (int i = 2; i < r.length && !hit; i++) hit = r[i].equals(name);
      if (hit) {
        long v = 0;
        for (String p : r[1].split("\\.")) v = v << 8 | (Long.parseLong(p) & 0xff);
        return v;
      }
    }
    return 0;
  }

  byte[] ether(String name) {
    for (String[] r : table("ethers")) {
      if (r.length >= 2 && r[1].equals(name)) {
        try {
          return etherAton(r[0]);
        } catch (RuntimeException e) {
          return null;
        }
      }
    }
    return null;
  }

  private int service(String name, String proto) {
    for (String[] r : table("services")) {
      if (r.length < 2) continue;
      int slash = r[1].indexOf('/');
      if (slash < 0 || !r[1].substring(slash + 1).equals(proto)) continue;
      boolean hit = r[0].equals(name);
      for (int i = 2; i < r.length && !hit; i++) hit = r[i].equals(name);
      if (hit) return Integer.parseInt(r[1].substring(0, slash));
    }
    return -1;
  }

  /** pcap_nametoport: {port, proto} with proto -1 when tcp and udp agree; null if unknown. */
  int[] port(String name) {
    // libpcap 1.10 asks getaddrinfo, which also takes a decimal port number.
    if (name.matches("[0-9]{1,5}") && Integer.parseInt(name) <= 65535) {
      return new int[] {Integer.parseInt(name), Transport.UNDEF};
    }
    int tcp = service(name, "tcp");
    int udp = service(name, "udp");
    if (tcp >= 0) return new int[] {tcp, udp == tcp ? Transport.UNDEF : Transport.TCP};
    if (udp >= 0) return new int[] {udp, Transport.UDP};
    int sctp = service(name, "sctp");
    if (sctp >= 0) return new int[] {sctp, Transport.SCTP};
    return null;
  }

  /** pcap_nametoportrange: {lo, hi, proto}; null if unknown. */
  int[] portRange(String name) {
    int dash = name.indexOf('-');
    if (dash < 0) return null;
    String a = name.substring(0, dash);
    String b = name.substring(dash + 1);
    if (a.matches("[0-9]+") && b.matches("[0-9]+.*")) {
      String digits = b.replaceAll("[^0-9].*", "");
      return new int[] {Integer.parseInt(a), Integer.parseInt(digits), Transport.UNDEF};
    }
    int[] p1 = port(a);
    if (p1 == null) return null;
    int[] p2 = port(b);
    if (p2 == null) return null;
    return new int[] {p1[0], p2[0], p1[1] == p2[1] ? p1[1] : Transport.UNDEF};
  }

  /** getprotobyname, with a few built-in names when /etc/protocols is missing. */
  int protocol(String name) {
    List<String[]> rows = table("protocols");
    for (String[] r : rows) {
      if (r.length < 2) continue;
      boolean hit = r[0].equals(name);
      for (int i = 2; i < r.length && !hit; i++) hit = r[i].equals(name);
      if (hit) return Integer.parseInt(r[1]);
    }
    if (!rows.isEmpty()) return -1;
    return switch (name) {
      case "ip" -> 0;
      case "icmp" -> 1;
      case "igmp" -> 2;
      case "tcp" -> 6;
      case "udp" -> 17;
      case "ipv6" -> 41;
      case "esp" -> 50;
      case "ah" -> 51;
      case "ipv6-icmp" -> 58;
      case "pim" -> 103;
      case "vrrp" -> 112;
      case "sctp" -> 132;
      default -> -1;
    };
  }

  /** pcap_nametoeproto, then pcap_nametollc. */
  static int etherProto(String name) {
    return switch (name) {
      case "aarp" -> 0x80f3;
      case "arp" -> 0x806;
      case "atalk" -> 0x809b;
      case "decnet" -> 0x6003;
      case "ip" -> 0x800;
      case "ip6" -> 0x86dd;
      case "lat" -> 0x6004;
      case "loopback" -> 0x9000;
      case "mopdl" -> 0x6001;
      case "moprc" -> 0x6002;
      case "rarp" -> 0x8035;
      case "sca" -> 0x6007;
      case "iso" -> 0xfe;
      case "stp" -> 0x42;
      case "ipx" -> 0xe0;
      case "netbeui" -> 0xf0;
      default -> -1;
    };
  }

  /** pcap_ether_aton: hex digit pairs, separators ':', '-' or '.' skipped. */
  static byte[] etherAton(String s) {
    byte[] out = new byte[6];
    int i = 0;
    int p = 0;
    String t = s.toLowerCase(Locale.ROOT);
    while (p < t.length() && i < 6) {
      char c = t.charAt(p);
      if (c == ':' || c == '.' || c == '-') {
        p++;
        continue;
      }
      int d = Character.digit(c, 16);
      p++;
      if (p < t.length() && Character.digit(t.charAt(p), 16) >= 0) {
        d = d << 4 | Character.digit(t.charAt(p), 16);
        p++;
      }
      out[i++] = (byte) d;
    }
    return out;
  }

  static byte[] mappedV6(byte[] v4) {
    byte[] a = new byte[16];
    a[10] = -1;
    a[11] = -1;
    System.arraycopy(v4, 0, a, 12, 4);
    return a;
  }
}
