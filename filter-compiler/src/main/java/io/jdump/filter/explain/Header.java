package io.jdump.filter.explain;

import static io.jdump.filter.explain.Field.of;
import static io.jdump.filter.explain.Format.*;

import java.util.List;

/**
 * The headers the decoder can name fields in, each with its layout and, for those that carry
 * one, the field that says what follows (the dispatch field) and where the next header starts.
 */
enum Header {
  ETHER("ether", 14, List.of(of("dst", 0, 48, MAC), of("src", 48, 48, MAC),
      of("type", 96, 16, ETHERTYPE)), "type"),
  SLL("sll", 16, List.of(of("packet type", 0, 16, PKTTYPE), of("hardware type", 16, 16, DEC),
      of("address length", 32, 16, DEC), of("address", 48, 64, MAC),
      of("protocol", 112, 16, ETHERTYPE)), "protocol"),
  SLL2("sll2", 20, List.of(of("protocol", 0, 16, ETHERTYPE), of("reserved", 16, 16, HEX),
      of("interface index", 32, 32, DEC), of("hardware type", 64, 16, DEC),
      of("packet type", 80, 8, PKTTYPE), of("address length", 88, 8, DEC),
      of("address", 96, 64, MAC)), "protocol"),
  LOOPBACK("loopback", 4, List.of(of("family", 0, 32, FAMILY)), "family"),
  PPP("ppp", 4, List.of(of("address", 0, 8, HEX), of("control", 8, 8, HEX),
      of("protocol", 16, 16, PPPPROTO)), "protocol"),
  CHDLC("hdlc", 4, List.of(of("address", 0, 8, HEX), of("control", 8, 8, HEX),
      of("protocol", 16, 16, ETHERTYPE)), "protocol"),
  /** An IP header of either version, before its version is known; the next header is at 0. */
  ANYIP("ip", 0, List.of(of("version", 0, 4, DEC)), "version"),
  VLAN("vlan", 4, List.of(of("priority", 0, 3, DEC), of("drop eligible", 3, 1, DEC),
      of("id", 4, 12, DEC), of("type", 16, 16, ETHERTYPE)), "type"),
  MPLS("mpls", 4, List.of(of("label", 0, 20, DEC), of("traffic class", 20, 3, DEC),
      of("bottom of stack", 23, 1, DEC), of("ttl", 24, 8, DEC)), "bottom of stack"),
  PPPOE("pppoe", 8, List.of(of("version", 0, 4, DEC), of("type", 4, 4, DEC),
      of("code", 8, 8, HEX), of("session id", 16, 16, HEX), of("length", 32, 16, DEC),
      of("ppp protocol", 48, 16, PPPPROTO)), "ppp protocol"),
  PPPOED("pppoed", 6, List.of(of("version", 0, 4, DEC), of("type", 4, 4, DEC),
      of("code", 8, 8, HEX), of("session id", 16, 16, HEX), of("length", 32, 16, DEC)), null),
  LLC("llc", 3, List.of(of("dsap", 0, 8, SAP), of("ssap", 8, 8, SAP),
      of("control", 16, 8, HEX)), null),
  ARP("arp", 28, List.of(of("hardware type", 0, 16, DEC), of("protocol type", 16, 16, ETHERTYPE),
      of("hardware size", 32, 8, DEC), of("protocol size", 40, 8, DEC),
      of("opcode", 48, 16, ARPOP), of("sender mac", 64, 48, MAC),
      of("sender ip", 112, 32, IPV4), of("target mac", 144, 48, MAC),
      of("target ip", 192, 32, IPV4)), null),
  IP("ip", 20, List.of(of("version", 0, 4, DEC), of("header length", 4, 4, DEC),
      of("tos", 8, 8, HEX), of("total length", 16, 16, DEC), of("id", 32, 16, HEX),
      of("flags", 48, 3, IPFLAGS), of("fragment offset", 51, 13, DEC), of("ttl", 64, 8, DEC),
      of("proto", 72, 8, IPPROTO), of("checksum", 80, 16, HEX), of("src", 96, 32, IPV4),
      of("dst", 128, 32, IPV4)), "proto"),
  IP6("ip6", 40, List.of(of("version", 0, 4, DEC), of("traffic class", 4, 8, HEX),
      of("flow label", 12, 20, HEX), of("payload length", 32, 16, DEC),
      of("next header", 48, 8, IPPROTO), of("hop limit", 56, 8, DEC), of("src", 64, 128, IPV6),
      of("dst", 192, 128, IPV6)), "next header"),
  IP6FRAG("ip6 fragment", 8, List.of(of("next header", 0, 8, IPPROTO), of("reserved", 8, 8, HEX),
      of("offset", 16, 13, DEC), of("flags", 29, 3, HEX), of("id", 32, 32, HEX)), "next header"),
  IP6EXT("ip6 extension", 2, List.of(of("next header", 0, 8, IPPROTO),
      of("length", 8, 8, DEC)), null),
  TCP("tcp", 20, List.of(of("src port", 0, 16, DEC), of("dst port", 16, 16, DEC),
      of("seq", 32, 32, HEX), of("ack", 64, 32, HEX), of("data offset", 96, 4, DEC),
      of("reserved", 100, 4, HEX), of("flags", 104, 8, TCPFLAGS), of("window", 112, 16, DEC),
      of("checksum", 128, 16, HEX), of("urgent pointer", 144, 16, DEC)), null),
  UDP("udp", 8, List.of(of("src port", 0, 16, DEC), of("dst port", 16, 16, DEC),
      of("length", 32, 16, DEC), of("checksum", 48, 16, HEX)), null),
  /**
   * Geneve (RFC 8926), over UDP port 6081. Its length is the fixed part: options follow, as
   * many 4-byte words as the options length says, then the payload the protocol names.
   */
  GENEVE("geneve", 8, List.of(of("version", 0, 2, DEC), of("options length", 2, 6, DEC),
      of("flags", 8, 8, HEX), of("protocol", 16, 16, ETHERTYPE), of("vni", 32, 24, DEC),
      of("reserved", 56, 8, HEX)), "protocol"),
  SCTP("sctp", 12, List.of(of("src port", 0, 16, DEC), of("dst port", 16, 16, DEC),
      of("verification tag", 32, 32, HEX), of("checksum", 64, 32, HEX)), null),
  ICMP("icmp", 4, List.of(of("type", 0, 8, ICMPTYPE), of("code", 8, 8, DEC),
      of("checksum", 16, 16, HEX)), null),
  ICMP6("icmp6", 4, List.of(of("type", 0, 8, ICMP6TYPE), of("code", 8, 8, DEC),
      of("checksum", 16, 16, HEX)), null),
  IGMP("igmp", 8, List.of(of("type", 0, 8, HEX), of("max response time", 8, 8, DEC),
      of("checksum", 16, 16, HEX), of("group", 32, 32, IPV4)), null);

  final String proto;
  /** The length of the fixed header, which is where the next header starts (IPv4 aside). */
  final int length;
  final List<Field> fields;
  final Field dispatch;

  Header(String proto, int length, List<Field> fields, String dispatch) {
    this.proto = proto;
    this.length = length;
    this.fields = fields;
    this.dispatch = dispatch == null ? null
        : fields.stream().filter(f -> f.name().equals(dispatch)).findFirst().orElseThrow();
  }

  /** {@return the header a value of the dispatch field announces, or null for none known} */
  Header next(long v) {
    return switch (this) {
      case ETHER, VLAN, CHDLC -> v <= 1500 ? LLC : byEthertype(v);
      case SLL, SLL2 -> v == 4 ? LLC : byEthertype(v);
      case LOOPBACK -> {
        long family = v > 0xff && (v & 0x00ffffffL) == 0 ? v >>> 24 : v;
        yield family == 2 ? IP : family == 10 || family == 24 || family == 28 || family == 30 ? IP6 : null;
      }
      case PPP, PPPOE -> v == 0x21 ? IP : v == 0x57 ? IP6 : null;
      case ANYIP -> v == 4 ? IP : v == 6 ? IP6 : null;
      case MPLS -> v == 1 ? ANYIP : MPLS;
      case IP, IP6, IP6FRAG -> byIpProto(v, this != IP);
      case GENEVE -> v == 0x6558 ? ETHER : byEthertype(v);
      default -> null;
    };
  }

  private static Header byEthertype(long v) {
    return switch ((int) v) {
      case 0x0800 -> IP;
      case 0x86dd -> IP6;
      case 0x0806, 0x8035 -> ARP;
      case 0x8100, 0x88a8, 0x9100 -> VLAN;
      case 0x8847, 0x8848 -> MPLS;
      case 0x8863 -> PPPOED;
      case 0x8864 -> PPPOE;
      default -> null;
    };
  }

  private static Header byIpProto(long v, boolean six) {
    return switch ((int) v) {
      case 6 -> TCP;
      case 17 -> UDP;
      case 132 -> SCTP;
      case 1 -> six ? null : ICMP;
      case 2 -> six ? null : IGMP;
      case 58 -> six ? ICMP6 : null;
      case 44 -> six ? IP6FRAG : null;
      case 0, 43, 60 -> six ? IP6EXT : null;
      default -> null;
    };
  }
}
