package io.jdump.filter.gen;

import io.jdump.filter.NameFiles;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Name resolution as libpcap 1.10's nametoaddr.c does it through glibc, on the same files:
 * protocols as getprotobyname, ports as getaddrinfo's service lookup (getservbyname), hosts
 * as getaddrinfo (the hosts file, then DNS, as nsswitch's "files dns"), networks as
 * getnetbyname, ether hosts as ether_hostton. A missing file knows no names (libpcap then
 * refuses the expression); only the names libpcap itself builds in (the ether protocols) need
 * no file.
 *
 * <pre>{@code
 * Names n = new Names(NameFiles.SYSTEM, Names.SYSTEM_DNS);
 * }</pre>
 */
public final class Names {
  /** What getaddrinfo asks after the hosts file: here the JVM's resolver (DNS). */
  public interface Dns {
    /** @return the name's addresses, 4 or 16 bytes each; empty when unknown */
    List<byte[]> lookup(String name);
  }

  /**
   * The system's resolver, through InetAddress; a name it does not know has no address. The
   * JDK answers "localhost" with its loopback address when the system does not know it (no
   * /etc/hosts, as in a bare container), where glibc and so libpcap fail: that name is asked
   * as "localhost.", which only a real answer resolves.
   */
  public static final Dns SYSTEM_DNS = new Dns() { // not a lambda: see FilterCompiler
    @Override
    public List<byte[]> lookup(String name) {
      String asked = name.equalsIgnoreCase("localhost") ? name + "." : name;
      try {
        List<byte[]> out = new ArrayList<>();
        for (InetAddress a : InetAddress.getAllByName(asked)) out.add(a.getAddress());
        return out;
      } catch (Exception e) {
        return List.of();
      }
    }
  };

  private final NameFiles files;
  private final Dns dns;
  private final HostOrder order;

  public Names(NameFiles files, Dns dns) {
    this(files, dns, HostOrder.Routes.SYSTEM);
  }

  Names(NameFiles files, Dns dns, HostOrder.Routes routes) {
    this.files = files;
    this.dns = dns;
    this.order = new HostOrder(routes);
  }

  /** The system's files and resolver. */
  public static Names of(NameFiles files) {
    return new Names(files, SYSTEM_DNS);
  }

  /**
   * getaddrinfo(name): every address the hosts file gives the name or an alias of it (case
   * does not matter there), else what DNS gives; in getaddrinfo's order (see
   * {@link HostOrder}).
   */
  List<byte[]> hosts(String name) {
    List<byte[]> found = new ArrayList<>();
    for (String[] r : EtcFile.rows(files.hosts())) {
      if (r.length < 2) continue;
      boolean hit = false;
      for (int i = 1; i < r.length && !hit; i++) hit = r[i].equalsIgnoreCase(name);
      if (!hit) continue;
      // Every matching line counts, an address repeated too: getaddrinfo returns it twice
      // and libpcap tests it twice.
      byte[] a = AddressText.parse(r[0]);
      if (a != null) found.add(a);
    }
    if (found.isEmpty()) found.addAll(dns.lookup(name));
    return order.sort(found);
  }

  /**
   * getnetbyname: the network number, 0 when unknown. glibc pads the file's number to four
   * parts before inet_network reads it, so "10" is 10.0.0.0 (and libpcap, seeing its top byte
   * set, then matches that one address: {@code net ten} is {@code net 10.0.0.0/32}).
   */
  long network(String name) {
    for (String[] r : EtcFile.rows(files.networks())) {
      if (r.length < 2) continue;
      boolean hit = r[0].equalsIgnoreCase(name);
      for (int i = 2; i < r.length && !hit; i++) hit = r[i].equalsIgnoreCase(name);
      if (!hit) continue;
      String[] parts = r[1].split("\\.", -1);
      if (parts.length > 4) continue;
      long v = 0;
      for (int i = 0; i < 4; i++) {
        long p = i < parts.length ? EtcFile.number(parts[i]) : 0;
        if (p < 0 || p > 255) return 0;
        v = v << 8 | p;
      }
      return v;
    }
    return 0;
  }

  /** ether_hostton: the first line of the ethers file naming the host; null if none. */
  byte[] ether(String name) {
    for (String[] r : EtcFile.rows(files.ethers())) {
      // glibc compares ether names in any case.
      if (r.length >= 2 && r[1].equalsIgnoreCase(name)) {
        byte[] mac = EtherText.parse(r[0]);
        if (mac != null) return mac;
      }
    }
    return null;
  }

  /**
   * getaddrinfo(NULL, name) for one transport protocol: a decimal number is the port itself
   * (cut to 16 bits, as the C library stores it), else getservbyname(name, proto): the first
   * line whose name or alias is the name, exactly, and whose protocol is proto. -1 if none.
   */
  private static boolean allDigits(String name) {
    if (name.isEmpty()) return false;
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) < '0' || name.charAt(i) > '9') return false;
    }
    return true;
  }

  int service(String name, String proto) {
    if (allDigits(name)) {
      return new java.math.BigInteger(name).intValue() & 0xffff;
    }
    for (String[] r : EtcFile.rows(files.services())) {
      if (r.length < 2) continue;
      int slash = r[1].indexOf('/');
      if (slash < 0 || !r[1].substring(slash + 1).equals(proto)) continue;
      long port = EtcFile.number(r[1].substring(0, slash));
      if (port < 0) continue;
      boolean hit = r[0].equals(name);
      for (int i = 2; i < r.length && !hit; i++) hit = r[i].equals(name);
      if (hit) return (int) port & 0xffff;
    }
    return -1;
  }

  /**
   * pcap_nametoport: {port, proto}. The tcp port wins; proto is then undecided when udp has
   * the same number, tcp otherwise; a name only udp knows is udp. Null if neither knows it.
   */
  int[] port(String name) {
    int tcp = service(name, "tcp");
    int udp = service(name, "udp");
    if (tcp >= 0) return new int[] {tcp, udp == tcp ? Transport.UNDEF : Transport.TCP};
    if (udp >= 0) return new int[] {udp, Transport.UDP};
    return null;
  }

  /**
   * pcap_nametoportrange: "N-M" read as two decimal numbers (sscanf's "%d-%d", which ignores
   * what follows M); otherwise split at the first '-' and each side read as a port name, the
   * proto undecided unless both sides agree. Null if a side is unknown.
   */
  int[] portRange(String name) {
    int[] nums = PortRangeText.scan(name);
    if (nums != null) return new int[] {nums[0], nums[1], Transport.UNDEF};
    int dash = name.indexOf('-');
    if (dash < 0) return null;
    int[] p1 = port(name.substring(0, dash));
    if (p1 == null) return null;
    int[] p2 = port(name.substring(dash + 1));
    if (p2 == null) return null;
    return new int[] {p1[0], p2[0], p1[1] == p2[1] ? p1[1] : Transport.UNDEF};
  }

  /**
   * getprotobyname: the number of the first line whose name or alias is the name, exactly;
   * -1 if none (no file, no names: the grammar's own tcp, udp, icmp keywords need none).
   */
  int protocol(String name) {
    for (String[] r : EtcFile.rows(files.protocols())) {
      if (r.length < 2) continue;
      long v = EtcFile.number(r[1]);
      if (v < 0) continue;
      boolean hit = r[0].equals(name);
      for (int i = 2; i < r.length && !hit; i++) hit = r[i].equals(name);
      if (hit) return (int) v;
    }
    return -1;
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
