package io.jdump.print;

/** tcpdump's names for Ethernet types ({@code ethertype_values}), by number. */
final class EtherTypes {
  static final int IPV4 = 0x0800;
  static final int ARP = 0x0806;
  static final int REVARP = 0x8035;
  static final int VLAN = 0x8100;
  static final int QINQ = 0x88a8;
  static final int VLAN_9100 = 0x9100;
  static final int VLAN_9200 = 0x9200;
  static final int IPV6 = 0x86dd;
  static final int PPP = 0x880b;
  static final int MPLS = 0x8847;
  static final int MPLS_MULTI = 0x8848;
  static final int PPPOE_D = 0x8863;
  static final int PPPOE_S = 0x8864;
  static final int LLDP = 0x88cc;
  static final int IPX = 0x8137;
  static final int MACSEC = 0x88e5;
  static final int TEB = 0x6558;
  static final int JUMBO = 0x8870;

  private EtherTypes() {}

  /** {@return tcpdump's name for the type, or null} */
  static String name(int type) {
    return switch (type) {
      case IPV4 -> "IPv4";
      case MPLS -> "MPLS unicast";
      case MPLS_MULTI -> "MPLS multicast";
      case IPV6 -> "IPv6";
      case VLAN -> "802.1Q";
      case VLAN_9100 -> "802.1Q-9100";
      case QINQ -> "802.1Q-QinQ";
      case VLAN_9200 -> "802.1Q-9200";
      case MACSEC -> "802.1AE MACsec";
      case 0x0200 -> "PUP";
      case ARP -> "ARP";
      case REVARP -> "Reverse ARP";
      case 0x0600 -> "NS";
      case 0x0500 -> "Sprite";
      case 0x1000 -> "Trail";
      case 0x6001 -> "MOP DL";
      case 0x6002 -> "MOP RC";
      case 0x6003 -> "DN";
      case 0x6004 -> "LAT";
      case 0x6007 -> "SCA";
      case TEB -> "TEB";
      case 0x8038 -> "Lanbridge";
      case 0x803c -> "DEC DNS";
      case 0x803e -> "DEC DTS";
      case 0x805b -> "VEXP";
      case 0x805c -> "VPROD";
      case 0x809b -> "Appletalk";
      case 0x80f3 -> "Appletalk ARP";
      case 0x8137 -> "IPX";
      case PPP -> "PPP";
      case 0x8808 -> "MPCP";
      case 0x8809 -> "Slow Protocols";
      case PPPOE_D -> "PPPoE D";
      case PPPOE_S -> "PPPoE S";
      case 0x888e -> "EAPOL";
      case 0x8899 -> "Realtek protocols";
      case 0x886f -> "MS NLB heartbeat";
      case 0x8870 -> "Jumbo";
      case 0x894f -> "NSH";
      case 0x9000 -> "Loopback";
      case 0xfefe -> "OSI";
      case 0x00fe -> "GRE-OSI";
      case 0x8902 -> "CFM";
      case 0xabcd -> "CFM (old)";
      case 0x893a -> "IEEE1905.1";
      case LLDP -> "LLDP";
      case 0x88ca -> "TIPC";
      case 0x0707 -> "GeoNet (old)";
      case 0x8947 -> "GeoNet";
      case 0x1111 -> "CALM FAST";
      case 0x88a2 -> "AoE";
      case 0x88f7 -> "PTP";
      case 0xd28b -> "Arista Vendor Specific Protocol";
      default -> null;
    };
  }

  static boolean isVlan(int type) {
    return type == VLAN || type == QINQ || type == VLAN_9100 || type == VLAN_9200;
  }
}
