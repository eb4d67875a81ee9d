package io.jdump.print;

/** PPP's protocol numbers and control-protocol codes with tcpdump's names for them. */
final class PppNames {
  static final int IP = 0x0021;
  static final int IPV6 = 0x0057;
  static final int LCP = 0xc021;
  static final int PAP = 0xc023;
  static final int CHAP = 0xc223;
  static final int IPCP = 0x8021;
  static final int IPV6CP = 0x8057;
  static final int CCP = 0x80fd;
  static final int BACP = 0xc02b;
  static final int LQM = 0xc025;
  static final int EAP = 0xc227;
  static final int SPAP = 0xc027;
  static final int SPAP_OLD = 0xc123;

  private PppNames() { }

  /** {@return tcpdump's ppptype2str name, or null} */
  static String protocol(int proto) {
    return switch (proto) {
      case 0x0021 -> "IP";
      case 0x0023 -> "OSI";
      case 0x0025 -> "NS";
      case 0x0027 -> "DECNET";
      case 0x0029 -> "APPLE";
      case 0x002b -> "IPX";
      case 0x002d -> "VJC IP";
      case 0x002f -> "VJNC IP";
      case 0x0031 -> "BRPDU";
      case 0x0033 -> "STII";
      case 0x0035 -> "VINES";
      case 0x0281, 0x0283 -> "MPLS";
      case 0x00fd -> "Compressed";
      case 0x003d -> "MLPPP";
      case 0x0057 -> "IP6";
      case 0x0201 -> "HELLO";
      case 0x0231 -> "LUXCOM";
      case 0x0233 -> "SNS";
      case 0x8021 -> "IPCP";
      case 0x8023 -> "OSICP";
      case 0x8025 -> "NSCP";
      case 0x8027 -> "DECNETCP";
      case 0x8029 -> "APPLECP";
      case 0x802b -> "IPXCP";
      case 0x8033 -> "STIICP";
      case 0x8035 -> "VINESCP";
      case 0x8057 -> "IP6CP";
      case 0x8281 -> "MPLSCP";
      case 0xc021 -> "LCP";
      case 0xc023 -> "PAP";
      case 0xc025 -> "LQM";
      case 0xc223 -> "CHAP";
      case 0xc227 -> "EAP";
      case 0xc027 -> "SPAP";
      case 0xc123 -> "Old-SPAP";
      case 0xc02b -> "BACP";
      case 0xc02d -> "BAP";
      case 0xc03d -> "MLPPP-CP";
      case 0x80fd -> "CCP";
      default -> null;
    };
  }

  /** {@return the control protocols' code names (RFC 1661, 1570, 1962, 2153), or null} */
  static String code(int code) {
    return switch (code) {
      case 0 -> "Vendor-Extension";
      case 1 -> "Conf-Request";
      case 2 -> "Conf-Ack";
      case 3 -> "Conf-Nack";
      case 4 -> "Conf-Reject";
      case 5 -> "Term-Request";
      case 6 -> "Term-Ack";
      case 7 -> "Code-Reject";
      case 8 -> "Prot-Reject";
      case 9 -> "Echo-Request";
      case 10 -> "Echo-Reply";
      case 11 -> "Disc-Req";
      case 12 -> "Ident";
      case 13 -> "Time-Rem";
      case 14 -> "Reset-Req";
      case 15 -> "Reset-Ack";
      default -> null;
    };
  }

  private static final String[] LCP_OPTIONS = {"Vend-Ext", "MRU", "ACCM", "Auth-Prot",
    "Qual-Prot", "Magic-Num", "deprecated(6)", "PFC", "ACFC", "FCS-Alt", "SDP", "Num-Mode",
    "deprecated(12)", "Call-Back", "deprecated(14)", "deprecated(15)", "deprecated(16)", "MRRU",
    "12-Bit seq #", "End-Disc", "Proprietary", "DCE-Id", "MP+", "Link-Disc", "LCP-Auth-Opt",
    "COBS", "Prefix-elision", "Multilink-header-Form", "I18N", "SDL-over-SONET/SDH",
    "PPP-Muxing"};

  /** {@return the LCP option's name, or null past the table} */
  static String lcpOption(int opt) {
    return opt < LCP_OPTIONS.length ? LCP_OPTIONS[opt] : null;
  }

  static String ipcpOption(int opt) {
    return switch (opt) {
      case 1 -> "IP-Addrs";
      case 2 -> "IP-Comp";
      case 3 -> "IP-Addr";
      case 4 -> "Home-Addr";
      case 129 -> "Pri-DNS";
      case 130 -> "Pri-NBNS";
      case 131 -> "Sec-DNS";
      case 132 -> "Sec-NBNS";
      default -> "unknown";
    };
  }

  static String ccpOption(int opt) {
    return switch (opt) {
      case 0 -> "OUI";
      case 1 -> "Pred-1";
      case 2 -> "Pred-2";
      case 3 -> "Puddle";
      case 16 -> "HP-PPC";
      case 17 -> "Stac-LZS";
      case 18 -> "MPPC";
      case 19 -> "Gand-FZA";
      case 20 -> "V.42bis";
      case 21 -> "BSD-Comp";
      case 23 -> "LZS-DCP";
      case 24 -> "MVRCA";
      case 25 -> "DEC";
      case 26 -> "Deflate";
      case 255 -> "Reserved";
      default -> "Unknown";
    };
  }

  static String callback(int op) {
    return switch (op) {
      case 0 -> "UserAuth";
      case 1 -> "DialString";
      case 2 -> "LocalID";
      case 3 -> "E.164";
      case 4 -> "X.500";
      case 6 -> "CBCP";
      default -> "Unknown";
    };
  }
}
