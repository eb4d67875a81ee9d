package io.jdump.print;

/** tcpdump's names for IP protocol numbers ({@code ipproto_values}), as {@code -v} prints them. */
final class IpProtocols {
  static final int HOPOPTS = 0;
  static final int ICMP = 1;
  static final int IGMP = 2;
  static final int IPIP = 4;
  static final int TCP = 6;
  static final int UDP = 17;
  static final int IPV6 = 41;
  static final int ROUTING = 43;
  static final int FRAGMENT = 44;
  static final int GRE = 47;
  static final int ESP = 50;
  static final int OSPF = 89;
  static final int AH = 51;
  static final int VRRP = 112;
  static final int ICMPV6 = 58;
  static final int NONE = 59;
  static final int DSTOPTS = 60;
  static final int SCTP = 132;
  static final int DCCP = 33;
  static final int MOBILITY = 135;

  private IpProtocols() {}

  static String name(int p) {
    return switch (p) {
      case HOPOPTS -> "Options";
      case ICMP -> "ICMP";
      case IGMP -> "IGMP";
      case IPIP -> "IPIP";
      case TCP -> "TCP";
      case 8 -> "EGP";
      case 9 -> "IGRP";
      case UDP -> "UDP";
      case DCCP -> "DCCP";
      case IPV6 -> "IPv6";
      case ROUTING -> "Routing";
      case FRAGMENT -> "Fragment";
      case 46 -> "RSVP";
      case GRE -> "GRE";
      case ESP -> "ESP";
      case AH -> "AH";
      case 55 -> "Mobile IP";
      case ICMPV6 -> "ICMPv6";
      case 62 -> "Mobile IP (old)";
      case 88 -> "EIGRP";
      case 89 -> "OSPF";
      case 103 -> "PIM";
      case 108 -> "Compressed IP";
      case 112 -> "VRRP";
      case 113 -> "PGM";
      case SCTP -> "SCTP";
      case MOBILITY -> "Mobility";
      case 143 -> "Ethernet";
      default -> null;
    };
  }
}
