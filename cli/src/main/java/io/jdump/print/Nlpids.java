package io.jdump.print;

/** ISO/IEC TR 9577 network layer protocol identifiers, named as tcpdump's {@code nlpid_values}. */
final class Nlpids {
  static final int NULLNS = 0x00;
  static final int Q933 = 0x08;
  static final int SNAP = 0x80;
  static final int CLNP = 0x81;
  static final int ESIS = 0x82;
  static final int ISIS = 0x83;
  static final int MFR = 0xb1;
  static final int IP = 0xcc;
  static final int PPP = 0xcf;
  static final int IP6 = 0x8e;

  private Nlpids() {
  }

  /** {@return tcpdump's name of an NLPID, or null} */
  static String name(int nlpid) {
    return switch (nlpid) {
      case NULLNS -> "NULL";
      case Q933 -> "Q.933";
      case 0x09 -> "LMI";
      case SNAP -> "SNAP";
      case CLNP -> "CLNP";
      case ESIS -> "ES-IS";
      case ISIS -> "IS-IS";
      case 0x84 -> "CONS";
      case 0x85 -> "IDRP";
      case 0xc1 -> "ISIS_SPB";
      case MFR -> "FRF.15";
      case IP -> "IPv4";
      case PPP -> "PPP";
      case 0x8a -> "X25 ES-IS";
      case IP6 -> "IPv6";
      default -> null;
    };
  }
}
