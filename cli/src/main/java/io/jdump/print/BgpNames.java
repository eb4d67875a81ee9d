package io.jdump.print;

/** tcpdump's BGP value tables (print-bgp.c, af.c): names of codes, or null when unnamed. */
final class BgpNames {
  private BgpNames() {}

  /**
   * tcpdump's {@code as_printf}: an AS number, in asdot notation (high.low) with {@code -b} when
   * it needs more than 16 bits.
   */
  static StringBuilder as(StringBuilder sb, long as, boolean asdot) {
    if (!asdot || as <= 0xffff) return sb.append(as);
    return sb.append(as >>> 16).append('.').append(as & 0xffff);
  }

  static String message(int t) {
    return switch (t) {
      case 1 -> "Open";
      case 2 -> "Update";
      case 3 -> "Notification";
      case 4 -> "Keepalive";
      case 5 -> "Route Refresh";
      default -> null;
    };
  }

  /** af.c's {@code af_values}. */
  static String afi(int a) {
    return switch (a) {
      case 0 -> "Reserved";
      case 1 -> "IPv4";
      case 2 -> "IPv6";
      case 3 -> "NSAP";
      case 4 -> "HDLC";
      case 5 -> "BBN 1822";
      case 6 -> "802";
      case 7 -> "E.163";
      case 8 -> "E.164";
      case 9 -> "F.69";
      case 10 -> "X.121";
      case 11 -> "Novell IPX";
      case 12 -> "Appletalk";
      case 13 -> "Decnet IV";
      case 14 -> "Banyan Vines";
      case 15 -> "E.164 with NSAP subaddress";
      case 196 -> "Layer-2 VPN";
      case 25 -> "VPLS";
      default -> null;
    };
  }

  static String safi(int s) {
    return switch (s) {
      case 0 -> "Reserved";
      case 1 -> "Unicast";
      case 2 -> "Multicast";
      case 3 -> "Unicast+Multicast";
      case 4 -> "labeled Unicast";
      case 5 -> "Multicast VPN";
      case 64 -> "Tunnel";
      case 65 -> "VPLS";
      case 66 -> "MDT";
      case 70 -> "EVPN";
      case 128 -> "labeled VPN Unicast";
      case 129 -> "labeled VPN Multicast";
      case 130 -> "labeled VPN Unicast+Multicast";
      case 132 -> "Route Target Routing Information";
      default -> null;
    };
  }

  static String attribute(int t) {
    return switch (t) {
      case 1 -> "Origin";
      case 2 -> "AS Path";
      case 17 -> "AS4 Path";
      case 3 -> "Next Hop";
      case 4 -> "Multi Exit Discriminator";
      case 5 -> "Local Preference";
      case 6 -> "Atomic Aggregate";
      case 7 -> "Aggregator";
      case 18 -> "Aggregator4";
      case 8 -> "Community";
      case 9 -> "Originator ID";
      case 10 -> "Cluster List";
      case 11 -> "DPA";
      case 12 -> "Advertisers";
      case 13 -> "RCID Path / Cluster ID";
      case 14 -> "Multi-Protocol Reach NLRI";
      case 15 -> "Multi-Protocol Unreach NLRI";
      case 16 -> "Extended Community";
      case 22 -> "PMSI Tunnel";
      case 23 -> "Tunnel Encapsulation";
      case 24 -> "Traffic Engineering";
      case 25 -> "IPv6 Extended Community";
      case 26 -> "Accumulated IGP Metric";
      case 27 -> "PE Distinguisher Label";
      case 28 -> "Entropy Label";
      case 32 -> "Large Community";
      case 128 -> "Attribute Set";
      case 255 -> "Reserved for development";
      default -> null;
    };
  }

  static String capability(int c) {
    return switch (c) {
      case 1 -> "Multiprotocol Extensions";
      case 2 -> "Route Refresh";
      case 3 -> "Cooperative Route Filtering";
      case 4 -> "Multiple Routes to a Destination";
      case 5 -> "Extended Next Hop Encoding";
      case 8 -> "Multiple Labels";
      case 64 -> "Graceful Restart";
      case 65 -> "32-Bit AS Number";
      case 67 -> "Dynamic Capability";
      case 68 -> "Multisession BGP";
      case 69 -> "Multiple Paths";
      case 70 -> "Enhanced Route Refresh";
      case 71 -> "Long-lived Graceful Restart";
      case 128 -> "Route Refresh (Cisco)";
      default -> null;
    };
  }

  static String notifyMajor(int m) {
    return switch (m) {
      case 1 -> "Message Header Error";
      case 2 -> "OPEN Message Error";
      case 3 -> "UPDATE Message Error";
      case 4 -> "Hold Timer Expired";
      case 5 -> "Finite State Machine Error";
      case 6 -> "Cease";
      case 7 -> "Capability Message Error";
      default -> null;
    };
  }

  static String notifyMinor(int major, int m) {
    return switch (major) {
      case 1 -> switch (m) {
        case 1 -> "Connection Not Synchronized";
        case 2 -> "Bad Message Length";
        case 3 -> "Bad Message Type";
        default -> null;
      };
      case 2 -> switch (m) {
        case 1 -> "Unsupported Version Number";
        case 2 -> "Bad Peer AS";
        case 3 -> "Bad BGP Identifier";
        case 4 -> "Unsupported Optional Parameter";
        case 5 -> "Authentication Failure";
        case 6 -> "Unacceptable Hold Time";
        case 7 -> "Capability Message Error";
        default -> null;
      };
      case 3 -> switch (m) {
        case 1 -> "Malformed Attribute List";
        case 2 -> "Unrecognized Well-known Attribute";
        case 3 -> "Missing Well-known Attribute";
        case 4 -> "Attribute Flags Error";
        case 5 -> "Attribute Length Error";
        case 6 -> "Invalid ORIGIN Attribute";
        case 7 -> "AS Routing Loop";
        case 8 -> "Invalid NEXT_HOP Attribute";
        case 9 -> "Optional Attribute Error";
        case 10 -> "Invalid Network Field";
        case 11 -> "Malformed AS_PATH";
        default -> null;
      };
      case 5 -> switch (m) {
        case 0 -> "Unspecified Error";
        case 1 -> "In OpenSent State";
        case 2 -> "In OpenConfirm State";
        case 3 -> "In Established State";
        default -> null;
      };
      case 7 -> switch (m) {
        case 1 -> "Invalid Action Value";
        case 2 -> "Invalid Capability Length";
        case 3 -> "Malformed Capability Value";
        case 4 -> "Unsupported Capability Code";
        default -> null;
      };
      case 6 -> switch (m) {
        case 1 -> "Maximum Number of Prefixes Reached";
        case 2 -> "Administrative Shutdown";
        case 3 -> "Peer Unconfigured";
        case 4 -> "Administrative Reset";
        case 5 -> "Connection Rejected";
        case 6 -> "Other Configuration Change";
        case 7 -> "Connection Collision Resolution";
        default -> null;
      };
      default -> null;
    };
  }

  static String extCommunity(int t) {
    return switch (t) {
      case 0x0002, 0x0102, 0x0202 -> "target";
      case 0x0003, 0x0103, 0x0203 -> "origin";
      case 0x4004 -> "link-BW";
      case 0x0005, 0x0105, 0x0205, 0x8005 -> "ospf-domain";
      case 0x0306, 0x8000 -> "ospf-route-type";
      case 0x030c -> "encapsulation";
      case 0x0107, 0x8001 -> "ospf-router-id";
      case 0x800a -> "layer2-info";
      case 0x8800 -> "eigrp-general-route (flag, tag)";
      case 0x8801 -> "eigrp-route-metric (AS, delay)";
      case 0x8802 -> "eigrp-route-metric (reliability, nexthop, bandwidth)";
      case 0x8803 -> "eigrp-route-metric (load, MTU)";
      case 0x8804 -> "eigrp-external-route (remote-AS, remote-ID)";
      case 0x8805 -> "eigrp-external-route (remote-proto, remote-metric)";
      case 0x0009 -> "source-AS";
      case 0x010b -> "vrf-route-import";
      case 0x000a, 0xf10a -> "l2vpn-id";
      default -> null;
    };
  }

  static String ospfRouteType(int t) {
    return switch (t) {
      case 1 -> "Router";
      case 2 -> "Network";
      case 3 -> "Summary";
      case 5 -> "External";
      case 7 -> "NSSA External";
      case 129 -> "MPLS-VPN Sham";
      default -> null;
    };
  }

  static String tunnelType(int t) {
    return switch (t) {
      case 1 -> "L2TPv3 over IP";
      case 2 -> "GRE";
      case 3 -> "Transmit Tunnel";
      case 4 -> "IPsec";
      case 5 -> "IP in IP with IPsec";
      case 6 -> "MPLS in IP with IPsec";
      case 7 -> "IP in IP";
      case 8 -> "VXLAN";
      case 9 -> "NVGRE";
      case 10 -> "MPLS";
      case 11 -> "MPLS in GRE";
      case 12 -> "VXLAN GPE";
      case 13 -> "MPLS in UDP";
      case 14 -> "IPv6";
      case 15 -> "SR TE";
      case 16 -> "Bare";
      case 17 -> "SR";
      default -> null;
    };
  }

  static String pmsiTunnel(int t) {
    return switch (t) {
      case 1 -> "RSVP-TE P2MP LSP";
      case 2 -> "LDP P2MP LSP";
      case 3 -> "PIM-SSM Tree";
      case 4 -> "PIM-SM Tree";
      case 5 -> "PIM-Bidir Tree";
      case 6 -> "Ingress Replication";
      case 7 -> "LDP MP2MP LSP";
      default -> null;
    };
  }

  static String or(String name, String dflt) {
    return name != null ? name : dflt;
  }
}
