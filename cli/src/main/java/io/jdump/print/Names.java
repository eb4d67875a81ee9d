package io.jdump.print;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Addresses, ports and protocols as tcpdump prints them: numbers with {@code -n}; otherwise
 * host names (reverse lookups, once per address), port names from /etc/services, IANA protocol
 * keywords, and Ethernet addresses from /etc/ethers or else followed by their OUI's name, as in
 * {@code 00:00:0c:01:02:03 (oui Cisco)}. With {@code -N} a host name loses its domain.
 *
 * <p>With {@code -n} nothing is looked up or allocated: the numeric path is the hot one.
 */
final class Names {
  /** {@return tcpdump's name for an OUI (its {@code oui_values}), or "Unknown"} A switch: no boxing per lookup. */
  static String oui(int oui) {
    return switch (oui) {
      case 0x000000 -> "Ethernet";
      case 0x00000c -> "Cisco";
      case 0x00005e -> "IANA";
      case 0x000081 -> "Nortel Networks SONMP";
      case 0x0000f8 -> "Cisco bridged";
      case 0x0080c2 -> "Ethernet bridged";
      case 0x00a03e -> "ATM Forum";
      case 0x00e02f -> "DOCSIS Spanning Tree";
      case 0x080007 -> "Appletalk";
      case 0x009069 -> "Juniper";
      case 0x080009 -> "Hewlett-Packard";
      case 0x00120f -> "IEEE 802.3 Private";
      case 0x0012bb -> "ANSI/TIA";
      case 0x001b21 -> "DCBX";
      case 0x002320 -> "Nicira Networks";
      case 0x5c16c7 -> "Big Switch Networks";
      case 0xb0d2f5 -> "Vello Systems";
      case 0x002481 -> "HP";
      case 0x0004ea -> "HP-Labs";
      case 0x748771 -> "Infoblox Inc";
      case 0xa42305 -> "Open Networking Lab";
      case 0x00049f -> "Freescale";
      case 0x0015ad -> "Netronome";
      case 0x001018 -> "Broadcom";
      case 0x00e004 -> "PMC-Sierra";
      case 0xd0f0db -> "Ericsson";
      default -> "Unknown";
    };
  }

  private static final long BROADCAST = 0xffff_ffff_ffffL;


  private final boolean numeric;
  private final boolean stripDomain;
  private final HostNames hosts;
  private final Path ethersFile;
  private final Path servicesFile;
  private Services services;
  private Map<Long, String> ethers;
  private final Map<Integer, String> ip4Names = new HashMap<>();
  private final Map<String, String> ip6Names = new HashMap<>();
  private final Map<Long, String> macNames = new HashMap<>();
  private final StringBuilder tmp = new StringBuilder(64);

  /**
   * The frame whose captured bytes an address read from its buffer must lie in, as tcpdump's
   * GET_IPADDR_STRING and its kin check them; null for none.
   */
  private final Frame frame;

  Names(PrintOptions opts, Frame frame) {
    this(opts, Path.of("/etc/services"), Path.of("/etc/ethers"), frame);
  }

  Names(PrintOptions opts, Path servicesFile, Path ethersFile) {
    this(opts, servicesFile, ethersFile, null);
  }

  private Names(PrintOptions opts, Path servicesFile, Path ethersFile, Frame frame) {
    this.frame = frame;
    this.numeric = opts.numeric();
    this.stripDomain = opts.stripDomain();
    this.hosts = opts.hostNames();
    this.servicesFile = servicesFile;
    this.ethersFile = ethersFile;
  }

  /** Ends the packet as a cut (tcpdump's GET macros) when the frame's bytes were not captured. */
  private void captured(byte[] b, int off, int n) {
    if (frame != null && b == frame.b) frame.need(off, n);
  }

  /** The IPv4 address at off: its host name, or a dotted quad. */
  void ip4(StringBuilder sb, byte[] b, int off) {
    captured(b, off, 4);
    if (numeric) {
      Text.ip4(sb, b, off);
      return;
    }
    int a = (b[off] & 0xff) << 24 | (b[off + 1] & 0xff) << 16 | (b[off + 2] & 0xff) << 8
        | (b[off + 3] & 0xff);
    String name = ip4Names.get(a);
    if (name == null) {
      name = lookup(b, off, 4);
      if (name == null) {
        tmp.setLength(0);
        Text.ip4(tmp, b, off);
        name = tmp.toString();
      }
      ip4Names.put(a, name);
    }
    sb.append(name);
  }

  /** The IPv6 address at off: its host name, or inet_ntop's form. */
  void ip6(StringBuilder sb, byte[] b, int off) {
    captured(b, off, 16);
    if (numeric) {
      Text.ip6(sb, b, off);
      return;
    }
    tmp.setLength(0);
    Text.ip6(tmp, b, off);
    String literal = tmp.toString();
    String name = ip6Names.get(literal);
    if (name == null) {
      name = lookup(b, off, 16);
      if (name == null) name = literal;
      ip6Names.put(literal, name);
    }
    sb.append(name);
  }

  private String lookup(byte[] b, int off, int len) {
    byte[] addr = new byte[len];
    System.arraycopy(b, off, addr, 0, len);
    String name = hosts.nameOf(addr);
    if (name != null && stripDomain) {
      int dot = name.indexOf('.');
      if (dot >= 0) name = name.substring(0, dot);
    }
    return name;
  }

  /** TCP port p: its name from the services table, or the number. */
  void tcpPort(StringBuilder sb, int p) {
    String name = numeric ? null : services().tcp(p);
    if (name == null) sb.append(p);
    else sb.append(name);
  }

  /** UDP port p: its name from the services table, or the number. */
  void udpPort(StringBuilder sb, int p) {
    String name = numeric ? null : services().udp(p);
    if (name == null) sb.append(p);
    else sb.append(name);
  }

  private Services services() {
    if (services == null) services = Services.load(servicesFile);
    return services;
  }

  /** IP protocol p where tcpdump has no printer: its keyword, or {@code ip-proto-p}. */
  void ipProto(StringBuilder sb, int p) {
    String name = numeric ? null : IpProtocolNames.of(p);
    if (name == null) sb.append("ip-proto-").append(p);
    else sb.append(name);
  }

  /**
   * The Ethernet address at off, as tcpdump's {@code etheraddr_string}: with {@code -n} six hex
   * pairs; otherwise its /etc/ethers name, "Broadcast", or the pairs and {@code (oui Name)}.
   */
  void mac(StringBuilder sb, byte[] b, int off) {
    captured(b, off, 6);
    if (numeric) {
      Text.mac(sb, b, off);
      return;
    }
    long key = 0;
    for (int i = 0; i < 6; i++) key = key << 8 | (b[off + i] & 0xff);
    String name = macNames.get(key);
    if (name == null) {
      name = ethers().get(key);
      if (name == null && key == BROADCAST) name = "Broadcast";
      if (name == null) {
        tmp.setLength(0);
        Text.mac(tmp, b, off);
        tmp.append(" (oui ").append(oui((int) (key >>> 24)))
            .append(')');
        name = tmp.toString();
      }
      macNames.put(key, name);
    }
    sb.append(name);
  }

  private Map<Long, String> ethers() {
    if (ethers == null) ethers = readEthers(ethersFile);
    return ethers;
  }

  /** /etc/ethers: "08:00:20:0a:8c:6d name" lines (hex pairs may drop a leading zero). */
  static Map<Long, String> readEthers(Path file) {
    Map<Long, String> m = new HashMap<>();
    if (!Files.isReadable(file)) return m;
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
        int hash = line.indexOf('#');
        String[] w = (hash < 0 ? line : line.substring(0, hash)).trim().split("\\s+");
        if (w.length < 2) continue;
        String[] parts = w[0].split("[:-]");
        if (parts.length != 6) continue;
        long key = 0;
        try {
          for (String p : parts) {
            int v = Integer.parseInt(p, 16);
            if (p.length() > 2 || v > 0xff) throw new NumberFormatException(p);
            key = key << 8 | v;
          }
        } catch (NumberFormatException e) {
          continue;
        }
        m.putIfAbsent(key, w[1]);
      }
    } catch (IOException e) {
      // an unreadable file names nothing, as ether_ntohost fails
    }
    return m;
  }
}
