package io.jdump.print;

/**
 * The names tcpdump's print-radius.c gives to RADIUS codes, attributes and their enumerated
 * values (RFC 2865, 2866, 2868, 2869, 3162, 3580, 4675, 4818, 5090, 5176, 5580, 6572), and the
 * SMI enterprise names of its vendor-specific attributes.
 */
final class RadiusTables {
  private RadiusTables() {}

  static String command(int code) {
    return switch (code) {
      case 1 -> "Access-Request";
      case 2 -> "Access-Accept";
      case 3 -> "Access-Reject";
      case 4 -> "Accounting-Request";
      case 5 -> "Accounting-Response";
      case 11 -> "Access-Challenge";
      case 12 -> "Status-Server";
      case 13 -> "Status-Client";
      case 40 -> "Disconnect-Request";
      case 41 -> "Disconnect-ACK";
      case 42 -> "Disconnect-NAK";
      case 43 -> "CoA-Request";
      case 44 -> "CoA-ACK";
      case 45 -> "CoA-NAK";
      case 255 -> "Reserved";
      default -> "Unknown Command";
    };
  }

  /** Attribute names by type, 0 to 129; tcpdump's attr_type[]. */
  static final String[] ATTRIBUTES = {
    null, "User-Name", "User-Password", "CHAP-Password", "NAS-IP-Address", "NAS-Port",
    "Service-Type", "Framed-Protocol", "Framed-IP-Address", "Framed-IP-Netmask",
    "Framed-Routing", "Filter-Id", "Framed-MTU", "Framed-Compression", "Login-IP-Host",
    "Login-Service", "Login-TCP-Port", "Unassigned", "Reply-Message", "Callback-Number",
    "Callback-Id", "Unassigned", "Framed-Route", "Framed-IPX-Network", "State", "Class",
    "Vendor-Specific", "Session-Timeout", "Idle-Timeout", "Termination-Action",
    "Called-Station-Id", "Calling-Station-Id", "NAS-Identifier", "Proxy-State",
    "Login-LAT-Service", "Login-LAT-Node", "Login-LAT-Group", "Framed-AppleTalk-Link",
    "Framed-AppleTalk-Network", "Framed-AppleTalk-Zone",
    "Acct-Status-Type", "Acct-Delay-Time", "Acct-Input-Octets", "Acct-Output-Octets",
    "Acct-Session-Id", "Acct-Authentic", "Acct-Session-Time", "Acct-Input-Packets",
    "Acct-Output-Packets", "Acct-Terminate-Cause",
    "Acct-Multi-Session-Id", "Acct-Link-Count", "Acct-Input-Gigawords",
    "Acct-Output-Gigawords", "Unassigned", "Event-Timestamp", "Egress-VLANID",
    "Ingress-Filters", "Egress-VLAN-Name", "User-Priority-Table",
    "CHAP-Challenge", "NAS-Port-Type", "Port-Limit", "Login-LAT-Port", "Tunnel-Type",
    "Tunnel-Medium-Type", "Tunnel-Client-Endpoint", "Tunnel-Server-Endpoint",
    "Acct-Tunnel-Connection", "Tunnel-Password",
    "ARAP-Password", "ARAP-Features", "ARAP-Zone-Access", "ARAP-Security",
    "ARAP-Security-Data", "Password-Retry", "Prompt", "Connect-Info", "Configuration-Token",
    "EAP-Message",
    "Message-Authenticator", "Tunnel-Private-Group-ID", "Tunnel-Assignment-ID",
    "Tunnel-Preference", "ARAP-Challenge-Response", "Acct-Interim-Interval",
    "Acct-Tunnel-Packets-Lost", "NAS-Port-Id", "Framed-Pool", "CUI",
    "Tunnel-Client-Auth-ID", "Tunnel-Server-Auth-ID", "NAS-Filter-Rule", "Unassigned",
    "Originating-Line-Info", "NAS-IPv6-Address", "Framed-Interface-ID", "Framed-IPv6-Prefix",
    "Login-IPv6-Host", "Framed-IPv6-Route",
    "Framed-IPv6-Pool", "Error-Cause", "EAP-Key-Name", "Digest-Response", "Digest-Realm",
    "Digest-Nonce", "Digest-Response-Auth", "Digest-Nextnonce", "Digest-Method", "Digest-URI",
    "Digest-Qop", "Digest-Algorithm", "Digest-Entity-Body-Hash", "Digest-CNonce",
    "Digest-Nonce-Count", "Digest-Username", "Digest-Opaque", "Digest-Auth-Param",
    "Digest-AKA-Auts", "Digest-Domain",
    "Digest-Stale", "Digest-HA1", "SIP-AOR", "Delegated-IPv6-Prefix", "MIP6-Feature-Vector",
    "MIP6-Home-Link-Prefix", "Operator-Name", "Location-Information", "Location-Data",
    "Basic-Location-Policy-Rules",
  };

  /** How an attribute's value is printed; tcpdump's print_func of attr_type[]. */
  enum Kind { NONE, STRING, NUM, ADDRESS, ADDRESS6, NETMASK6, TIME, VENDOR, STRANGE, VECTOR64,
    HOME_LINK_PREFIX, OPERATOR_NAME, LOCATION_INFO, LOCATION_DATA, POLICY_RULES }

  static Kind kind(int type) {
    return switch (type) {
      case 2, 3, 17, 21, 54, 59, 93, 94, 96, 102 -> Kind.NONE;
      case 4, 8, 9, 14 -> Kind.ADDRESS;
      case 5, 6, 7, 10, 12, 13, 15, 16, 23, 27, 28, 29, 37, 38, 40, 41, 42, 43, 45, 46, 47, 48,
          49, 51, 52, 53, 56, 57, 61, 62, 64, 65, 72, 75, 76, 83, 85, 86 -> Kind.NUM;
      case 26 -> Kind.VENDOR;
      case 55 -> Kind.TIME;
      case 70, 71, 84, 101 -> Kind.STRANGE;
      case 95, 98 -> Kind.ADDRESS6;
      case 97, 123 -> Kind.NETMASK6;
      case 124 -> Kind.VECTOR64;
      case 125 -> Kind.HOME_LINK_PREFIX;
      case 126 -> Kind.OPERATOR_NAME;
      case 127 -> Kind.LOCATION_INFO;
      case 128 -> Kind.LOCATION_DATA;
      case 129 -> Kind.POLICY_RULES;
      default -> type > 0 && type < ATTRIBUTES.length ? Kind.STRING : Kind.NONE;
    };
  }

  private static final String[] SERV_TYPE = {null, "Login", "Framed", "Callback Login",
    "Callback Framed", "Outbound", "Administrative", "NAS Prompt", "Authenticate Only",
    "Callback NAS Prompt", "Call Check", "Callback Administrative", "Voice", "Fax",
    "Modem Relay", "IAPP-Register", "IAPP-AP-Check", "Authorize Only", "Framed-Management",
    "Additional-Authorization"};
  private static final String[] FRM_PROTO = {null, "PPP", "SLIP", "ARAP",
    "Gandalf proprietary", "Xylogics IPX/SLIP", "X.75 Synchronous", "GPRS PDP Context"};
  private static final String[] FRM_ROUTING = {"None", "Send", "Listen", "Send&Listen"};
  private static final String[] FRM_COMP = {"None", "VJ TCP/IP", "IPX", "Stac-LZS"};
  private static final String[] LOGIN_SERV = {"Telnet", "Rlogin", "TCP Clear",
    "PortMaster(proprietary)", "LAT", "X.25-PAD", "X.25-T3POS", "Unassigned",
    "TCP Clear Quiet"};
  private static final String[] TERM_ACTION = {"Default", "RADIUS-Request"};
  private static final String[] INGRESS_FILTERS = {null, "Enabled", "Disabled"};
  private static final String[] NAS_PORT_TYPE = {"Async", "Sync", "ISDN Sync",
    "ISDN Async V.120", "ISDN Async V.110", "Virtual", "PIAFS", "HDLC Clear Channel", "X.25",
    "X.75", "G.3 Fax", "SDSL", "ADSL-CAP", "ADSL-DMT", "ISDN-DSL", "Ethernet", "xDSL", "Cable",
    "Wireless - Other", "Wireless - IEEE 802.11", "Token-Ring", "FDDI", "Wireless - CDMA200",
    "Wireless - UMTS", "Wireless - 1X-EV", "IAPP", "FTTP", "Wireless - IEEE 802.16",
    "Wireless - IEEE 802.20", "Wireless - IEEE 802.22", "PPPoA", "PPPoEoA", "PPPoEoE",
    "PPPoEoVLAN", "PPPoEoQinQ", "xPON", "Wireless - XGP", "WiMAX Pre-Release 8 IWK Function",
    "WIMAX-WIFI-IWK", "WIMAX-SFF", "WIMAX-HA-LMA", "WIMAX-DHCP", "WIMAX-LBS", "WIMAX-WVS"};
  private static final String[] ACCT_STATUS = {null, "Start", "Stop", "Interim-Update",
    "Unassigned", "Unassigned", "Unassigned", "Accounting-On", "Accounting-Off", "Tunnel-Start",
    "Tunnel-Stop", "Tunnel-Reject", "Tunnel-Link-Start", "Tunnel-Link-Stop",
    "Tunnel-Link-Reject", "Failed"};
  private static final String[] ACCT_AUTH = {null, "RADIUS", "Local", "Remote", "Diameter"};
  private static final String[] ACCT_TERM = {null, "User Request", "Lost Carrier",
    "Lost Service", "Idle Timeout", "Session Timeout", "Admin Reset", "Admin Reboot",
    "Port Error", "NAS Error", "NAS Request", "NAS Reboot", "Port Unneeded", "Port Preempted",
    "Port Suspended", "Service Unavailable", "Callback", "User Error", "Host Request",
    "Supplicant Restart", "Reauthentication Failure", "Port Reinitialized",
    "Port Administratively Disabled", "Lost Power"};
  private static final String[] TUNNEL_TYPE = {null, "PPTP", "L2F", "L2TP", "ATMP", "VTP", "AH",
    "IP-IP", "MIN-IP-IP", "ESP", "GRE", "DVS", "IP-in-IP Tunneling", "VLAN"};
  private static final String[] TUNNEL_MEDIUM = {null, "IPv4", "IPv6", "NSAP", "HDLC",
    "BBN 1822", "802", "E.163", "E.164", "F.69", "X.121", "IPX", "Appletalk", "Decnet IV",
    "Banyan Vines", "E.164 with NSAP subaddress"};
  private static final String[] ARAP_ZONE = {null, "Only access to dfl zone",
    "Use zone filter inc.", "Not used", "Use zone filter exc."};
  private static final String[] PROMPT = {"No Echo", "Echo"};

  /** {@return the enumerated values of a numeric attribute, or null}: index = value. */
  static String[] values(int type) {
    return switch (type) {
      case 6 -> SERV_TYPE;
      case 7 -> FRM_PROTO;
      case 10 -> FRM_ROUTING;
      case 13 -> FRM_COMP;
      case 15 -> LOGIN_SERV;
      case 29 -> TERM_ACTION;
      case 40 -> ACCT_STATUS;
      case 45 -> ACCT_AUTH;
      case 49 -> ACCT_TERM;
      case 57 -> INGRESS_FILTERS;
      case 61 -> NAS_PORT_TYPE;
      case 64 -> TUNNEL_TYPE;
      case 65 -> TUNNEL_MEDIUM;
      case 72 -> ARAP_ZONE;
      case 76 -> PROMPT;
      default -> null;
    };
  }

  static String errorCause(long v) {
    return switch ((int) v) {
      case 201 -> "Residual Session Context Removed";
      case 202 -> "Invalid EAP Packet (Ignored)";
      case 401 -> "Unsupported Attribute";
      case 402 -> "Missing Attribute";
      case 403 -> "NAS Identification Mismatch";
      case 404 -> "Invalid Request";
      case 405 -> "Unsupported Service";
      case 406 -> "Unsupported Extension";
      case 407 -> "Invalid Attribute Value";
      case 501 -> "Administratively Prohibited";
      case 502 -> "Request Not Routable (Proxy)";
      case 503 -> "Session Context Not Found";
      case 504 -> "Session Context Not Removable";
      case 505 -> "Other Proxy Processing Error";
      case 506 -> "Resources Unavailable";
      case 507 -> "Request Initiated";
      case 508 -> "Multiple Session Selection Unsupported";
      case 509 -> "Location Info Required";
      default -> null;
    };
  }

  /** MIP6-Feature-Vector bits, in tcpdump's order. */
  static final long[] MIP6_BITS = {0x1L, 0x2L, 0x0000010000000000L, 0x0000020000000000L,
    0x0000040000000000L, 0x0000080000000000L, 0x0000100000000000L, 0x0000200000000000L,
    0x0000400000000000L, 0x0000800000000000L, 0x0001000000000000L, 0x0002000000000000L};
  static final String[] MIP6_NAMES = {"MIP6_INTEGRATED", "LOCAL_HOME_AGENT_ASSIGNMENT",
    "PMIP6_SUPPORTED", "IP4_HOA_SUPPORTED", "LOCAL_MAG_ROUTING_SUPPORTED", "ASSIGN_LOCAL_IP",
    "MIP4_SUPPORTED", "OPTIMIZED_IDLE_MODE_MOBILITY", "GTPv2_SUPPORTED",
    "IP4_TRANSPORT_SUPPORTED", "IP4_HOA_ONLY_SUPPORTED", "INTER_MAG_ROUTING_SUPPORTED"};

  /**
   * SMI Network Management Private Enterprise Codes that tcpdump names: its whole table, as RADIUS
   * vendor-specific attributes and LSP-ping vendor TLVs name any of them.
   */
  static String enterprise(long id) {
    if (id > Integer.MAX_VALUE) return null;
    return switch ((int) id) {
      case 0 -> "IETF (reserved)";
      case 5 -> "ACC";
      case 9 -> "Cisco";
      case 11 -> "Hewlett Packard";
      case 42 -> "Sun Microsystems";
      case 61 -> "Merit";
      case 74 -> "AT&T";
      case 161 -> "Motorola";
      case 166 -> "Shiva";
      case 193 -> "Ericsson AB";
      case 255 -> "Cisco VPN 5000";
      case 307 -> "Livingston";
      case 311 -> "Microsoft";
      case 429 -> "3Com";
      case 529 -> "Ascend";
      case 1584 -> "Bay Networks";
      case 1991 -> "Foundry";
      case 2180 -> "Versanet";
      case 2352 -> "Redback";
      case 2636 -> "Juniper Networks";
      case 2637 -> "Aptis";
      case 2937 -> "Deutsche Telekom AG";
      case 3054 -> "Ixia Communications";
      case 3076 -> "Cisco VPN 3000";
      case 3085 -> "CoSine Communications";
      case 3199 -> "Shasta";
      case 3224 -> "Netscreen";
      case 3309 -> "Nomadix";
      case 3414 -> "T-Mobile";
      case 3561 -> "The Broadband Forum";
      case 3902 -> "ZTE";
      case 4329 -> "Siemens";
      case 4491 -> "CableLabs";
      case 4874 -> "Unisphere Networks";
      case 5263 -> "Cisco BBSM";
      case 5535 -> "3rd Generation Partnership Project 2 (3GPP2)";
      case 5806 -> "SK Telecom";
      case 5925 -> "ipUnplugged";
      case 5948 -> "Issanni Communications";
      case 5951 -> "Netscaler";
      case 6490 -> "T-Mobile";
      case 6618 -> "Quintum";
      case 6728 -> "Interlink";
      case 7951 -> "CNCTC";
      case 8164 -> "Starent Networks";
      case 8744 -> "Colubris";
      case 10415 -> "3GPP";
      case 10529 -> "Gemtek-Systems";
      case 10704 -> "Barracuda Networks";
      case 10923 -> "Ericsson AB - Packet Core Networks";
      case 11665 -> "dacom";
      case 11862 -> "Columbia University";
      case 12356 -> "Fortinet";
      case 12951 -> "Verizon Wireless";
      case 13745 -> "Plixer";
      case 14122 -> "Wi-Fi Alliance";
      case 16787 -> "T-Systems Nova";
      case 20942 -> "China Telecom - Guangzhou Research Institute";
      case 26866 -> "Gigamon Systems";
      case 32622 -> "CACE Technologies";
      case 35632 -> "ntop";
      case 46098 -> "Ericsson Canada";
      default -> null;
    };
  }
}
