package io.jdump.print;

/** L2TP's AVP and control message names as tcpdump spells them. */
final class L2tpNames {
  static final String[] CALL_ERRORS = {"CRCErr", "FrameErr", "HardOver", "BufOver", "Timeout",
    "AlignErr"};
  static final String[] ACCM = {"send", "recv"};

  private static final String[] AVPS = {"MSGTYPE", "RESULT_CODE", "PROTO_VER", "FRAMING_CAP",
    "BEARER_CAP", "TIE_BREAKER", "FIRM_VER", "HOST_NAME", "VENDOR_NAME", "ASSND_TUN_ID",
    "RECV_WIN_SIZE", "CHALLENGE", "Q931_CC", "CHALLENGE_RESP", "ASSND_SESS_ID", "CALL_SER_NUM",
    "MINIMUM_BPS", "MAXIMUM_BPS", "BEARER_TYPE", "FRAMING_TYPE", "PACKET_PROC_DELAY",
    "CALLED_NUMBER", "CALLING_NUMBER", "SUB_ADDRESS", "TX_CONN_SPEED", "PHY_CHANNEL_ID",
    "INI_RECV_LCP", "LAST_SENT_LCP", "LAST_RECV_LCP", "PROXY_AUTH_TYPE", "PROXY_AUTH_NAME",
    "PROXY_AUTH_CHAL", "PROXY_AUTH_ID", "PROXY_AUTH_RESP", "CALL_ERRORS", "ACCM",
    "RANDOM_VECTOR", "PRIVATE_GRP_ID", "RX_CONN_SPEED", "SEQ_REQUIRED"};

  private L2tpNames() { }

  static String avp(int type) {
    if (type < AVPS.length) return AVPS[type];
    return type == 46 ? "PPP_DISCON_CC" : null;
  }

  static String message(int type) {
    return switch (type) {
      case 1 -> "SCCRQ";
      case 2 -> "SCCRP";
      case 3 -> "SCCCN";
      case 4 -> "StopCCN";
      case 6 -> "HELLO";
      case 7 -> "OCRQ";
      case 8 -> "OCRP";
      case 9 -> "OCCN";
      case 10 -> "ICRQ";
      case 11 -> "ICRP";
      case 12 -> "ICCN";
      case 14 -> "CDN";
      case 15 -> "WEN";
      case 16 -> "SLI";
      default -> null;
    };
  }
}
