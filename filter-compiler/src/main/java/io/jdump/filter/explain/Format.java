package io.jdump.filter.explain;

import java.util.Map;

/**
 * How the value of a header field reads to a network engineer: an ether type by its name, an
 * IPv4 address dotted, a port in decimal. Each names the value first and gives the number in
 * parentheses, so that the annotation stays checkable against the instruction's constant.
 */
enum Format {
  HEX, DEC, ETHERTYPE, IPPROTO, IPV4, IPV6, MAC, TCPFLAGS, IPFLAGS, FAMILY, PPPPROTO, PKTTYPE,
  SAP, ICMPTYPE, ICMP6TYPE, ARPOP;

  private static final Map<Long, String> ETHERTYPES = Map.ofEntries(
      Map.entry(0x0800L, "IPv4"), Map.entry(0x86ddL, "IPv6"), Map.entry(0x0806L, "ARP"),
      Map.entry(0x8035L, "RARP"), Map.entry(0x8100L, "802.1Q VLAN"),
      Map.entry(0x88a8L, "802.1ad VLAN"), Map.entry(0x9100L, "QinQ VLAN"),
      Map.entry(0x8847L, "MPLS unicast"), Map.entry(0x8848L, "MPLS multicast"),
      Map.entry(0x8863L, "PPPoE discovery"), Map.entry(0x8864L, "PPPoE session"),
      Map.entry(0x809bL, "AppleTalk"), Map.entry(0x80f3L, "AARP"), Map.entry(0x8137L, "IPX"),
      Map.entry(0x6003L, "DECnet"), Map.entry(0x6004L, "LAT"), Map.entry(0x6007L, "SCA"),
      Map.entry(0x6001L, "MOP dump/load"), Map.entry(0x6002L, "MOP remote console"),
      Map.entry(0x88ccL, "LLDP"), Map.entry(0x888eL, "EAPOL"), Map.entry(0x0004L, "802.2 LLC"),
      Map.entry(0x0001L, "802.3"));

  private static final Map<Long, String> IPPROTOS = Map.ofEntries(
      Map.entry(0L, "hop-by-hop options"), Map.entry(1L, "icmp"), Map.entry(2L, "igmp"),
      Map.entry(4L, "ipip"), Map.entry(6L, "tcp"), Map.entry(9L, "igrp"), Map.entry(17L, "udp"),
      Map.entry(41L, "ipv6"), Map.entry(43L, "routing header"), Map.entry(44L, "fragment header"),
      Map.entry(47L, "gre"), Map.entry(50L, "esp"), Map.entry(51L, "ah"), Map.entry(58L, "icmp6"),
      Map.entry(59L, "no next header"), Map.entry(60L, "destination options"),
      Map.entry(89L, "ospf"), Map.entry(103L, "pim"), Map.entry(112L, "vrrp/carp"),
      Map.entry(132L, "sctp"), Map.entry(135L, "mobility header"));

  private static final Map<Long, String> PPPPROTOS = Map.of(0x21L, "IPv4", 0x57L, "IPv6",
      0x2bL, "IPX", 0x29L, "AppleTalk", 0x27L, "DECnet", 0x23L, "OSI", 0xc021L, "LCP",
      0x8021L, "IPCP", 0x8057L, "IPv6CP");

  private static final Map<Long, String> FAMILIES = Map.of(2L, "AF_INET", 10L, "AF_INET6 (Linux)",
      24L, "AF_INET6 (BSD)", 28L, "AF_INET6 (FreeBSD)", 30L, "AF_INET6 (Darwin)",
      7L, "AF_OSI", 23L, "AF_IPX", 16L, "AF_APPLETALK");

  private static final Map<Long, String> PKTTYPES = Map.of(0L, "to us", 1L, "broadcast",
      2L, "multicast", 3L, "to another host", 4L, "outgoing");

  private static final Map<Long, String> SAPS = Map.of(0x42L, "STP", 0xe0L, "IPX",
      0xf0L, "NetBEUI", 0xfeL, "ISO", 0xaaL, "SNAP", 0x06L, "IP", 0x98L, "ARP", 0xffL, "global");

  private static final Map<Long, String> ICMPTYPES = Map.ofEntries(Map.entry(0L, "echo reply"),
      Map.entry(3L, "unreachable"), Map.entry(4L, "source quench"), Map.entry(5L, "redirect"),
      Map.entry(8L, "echo request"), Map.entry(9L, "router advertisement"),
      Map.entry(10L, "router solicitation"), Map.entry(11L, "time exceeded"),
      Map.entry(12L, "parameter problem"), Map.entry(13L, "timestamp request"),
      Map.entry(14L, "timestamp reply"), Map.entry(15L, "information request"),
      Map.entry(16L, "information reply"), Map.entry(17L, "mask request"),
      Map.entry(18L, "mask reply"));

  private static final Map<Long, String> ICMP6TYPES = Map.ofEntries(
      Map.entry(1L, "destination unreachable"), Map.entry(2L, "packet too big"),
      Map.entry(3L, "time exceeded"), Map.entry(4L, "parameter problem"),
      Map.entry(128L, "echo request"), Map.entry(129L, "echo reply"),
      Map.entry(130L, "multicast listener query"), Map.entry(131L, "multicast listener report"),
      Map.entry(132L, "multicast listener done"), Map.entry(133L, "router solicitation"),
      Map.entry(134L, "router advertisement"), Map.entry(135L, "neighbor solicitation"),
      Map.entry(136L, "neighbor advertisement"), Map.entry(137L, "redirect"),
      Map.entry(143L, "multicast listener report v2"));

  private static final String[] TCP_FLAGS = {"FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR"};

  /**
   * {@return the value as this format reads it}
   *
   * @param v    the value, already shifted down to the field's least significant bit
   * @param bits the width of the value (of the field, or of the part of it loaded)
   */
  String format(long v, int bits) {
    return switch (this) {
      case HEX -> hex(v);
      case DEC -> Long.toString(v);
      case ETHERTYPE -> v <= 1500 && bits == 16 && !ETHERTYPES.containsKey(v)
          ? "802.3 length " + v : named(ETHERTYPES.get(v), String.format("0x%04x", v));
      case IPPROTO -> named(IPPROTOS.get(v), Long.toString(v));
      case IPV4 -> bits == 32 ? ipv4(v) : hex(v);
      case IPV6 -> bits == 32 ? String.format("%04x:%04x", v >>> 16, v & 0xffff) : hex(v);
      case MAC -> macBytes(v, bits);
      case TCPFLAGS -> flags(v, TCP_FLAGS);
      case IPFLAGS -> flags(v, new String[] {"MF", "DF", "reserved"});
      case FAMILY -> family(v);
      case PPPPROTO -> named(PPPPROTOS.get(v), String.format("0x%04x", v));
      case PKTTYPE -> named(PKTTYPES.get(v), Long.toString(v));
      case SAP -> named(SAPS.get(v), String.format("0x%02x", v));
      case ICMPTYPE -> named(ICMPTYPES.get(v), Long.toString(v));
      case ICMP6TYPE -> named(ICMP6TYPES.get(v), Long.toString(v));
      case ARPOP -> named(v == 1 ? "request" : v == 2 ? "reply" : v == 3 ? "reverse request"
          : v == 4 ? "reverse reply" : null, Long.toString(v));
    };
  }

  /** {@return the value in hex, as bpf_image writes constants} */
  static String hex(long v) {
    return "0x" + Long.toHexString(v);
  }

  private static String named(String name, String number) {
    return name == null ? number : name + " (" + number + ")";
  }

  static String ipv4(long v) {
    return (v >>> 24 & 0xff) + "." + (v >>> 16 & 0xff) + "." + (v >>> 8 & 0xff) + "." + (v & 0xff);
  }

  private static String macBytes(long v, int bits) {
    var b = new StringBuilder();
    for (int shift = bits - 8; shift >= 0; shift -= 8) {
      if (b.length() > 0) b.append(':');
      b.append(String.format("%02x", v >>> shift & 0xff));
    }
    return b.toString();
  }

  private static String flags(long v, String[] names) {
    var b = new StringBuilder();
    for (int i = 0; i < names.length; i++) {
      if ((v >>> i & 1) != 0) b.append(b.length() > 0 ? "|" : "").append(names[i]);
    }
    if ((v >>> names.length) != 0 || b.length() == 0) return hex(v);
    return b + " (" + hex(v) + ")";
  }

  /**
   * The loopback header holds the family in the capturing host's byte order (NULL) or in
   * network order (LOOP); libpcap compares with the byte-swapped constant where needed, so a
   * value with only its top byte set is read swapped.
   */
  private static String family(long v) {
    long family = v > 0xff && (v & 0x00ffffffL) == 0 ? v >>> 24 : v;
    return named(FAMILIES.get(family), v == family ? Long.toString(v) : hex(v));
  }
}
