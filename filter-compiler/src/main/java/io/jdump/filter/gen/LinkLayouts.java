package io.jdump.filter.gen;

import java.util.Map;
import java.util.Set;

/**
 * The link types libpcap 1.10 gives little or no filtering of their own, as a table: where
 * their headers are (libpcap's init_linktype), and what their link-type test is when it is not
 * an Ethernet type at off_linktype. A link type missing from the table but inside libpcap's
 * DLT_MATCHING range gets "only raw link[] loads": every offset unset.
 */
final class LinkLayouts {
  private LinkLayouts() {}

  /** libpcap's OFFSET_NOT_SET, as the table writes it. */
  static final int NS = -1;

  /**
   * Offsets in bytes: the link header, its type field, the payload, the network header within
   * the payload and the same without SNAP. NS where libpcap leaves the offset unset; unset
   * offsets still go into loads, as -1, where libpcap generates a load before its error.
   */
  record Layout(int linkhdr, int linktype, int linkpl, int nl, int nlNosnap) {}

  /** What gen_linktype does for a link type of the table. */
  enum Test {
    /** An Ethernet type compared at off_linktype, or the error when it is unset. */
    ETHERTYPE,
    /** Juniper's headers: only the "MGC" magic number is checked, whatever the protocol. */
    JUNIPER_MAGIC,
    /** BACnet MS/TP: only the 0x55 0xff preamble is checked. */
    BACNET_PREAMBLE,
    /** LocalTalk carries AppleTalk and nothing else. */
    LOCALTALK,
    /** Frame Relay: the NLPID after the 2-byte address. */
    FRAME_RELAY_NLPID,
    /** BSD/OS PPP: PPP protocol numbers, IP also as Van Jacobson compressed or not. */
    BSDOS_PPP,
    /** The IP version nibble of the first byte, as SLIP. */
    IP_VERSION
  }

  private static final Layout NOTHING = new Layout(0, NS, NS, NS, NS);
  /** Juniper headers whose payload libpcap does not locate (it depends on a cookie). */
  private static final Layout JUNIPER_6 = new Layout(0, 6, NS, NS, NS);
  private static final Layout JUNIPER_8 = new Layout(0, 8, NS, NS, NS);
  private static final Layout JUNIPER_12 = new Layout(0, 12, NS, NS, NS);
  private static final Layout JUNIPER_18 = new Layout(0, 18, NS, NS, NS);
  /** Juniper's 4-byte header before PPP, Frame Relay, C-HDLC or ATM: no 802.2 LLC after it. */
  private static final Layout JUNIPER_4 = new Layout(0, 4, 4, 0, NS);
  private static final Layout JUNIPER_ETHERNET = new Layout(0, 16, 14, 18, 21);

  private static final Map<Integer, Layout> LAYOUTS = Map.ofEntries(
      Map.entry(15, new Layout(0, NS, 24, 0, 0)),         // SLIP_BSDOS
      Map.entry(16, new Layout(0, 5, 24, 0, 0)),          // PPP_BSDOS
      Map.entry(99, new Layout(0, 6, 44, 0, 0)),          // SYMANTEC_FIREWALL
      Map.entry(107, new Layout(0, NS, 0, 0, 0)),         // FRELAY
      Map.entry(114, new Layout(0, NS, 0, 0, 0)),         // LTALK
      Map.entry(138, new Layout(0, 16, 18, 0, 0)),        // APPLE_IP_OVER_IEEE1394
      Map.entry(182, new Layout(0, NS, 0, 4, 0)),         // MFR
      Map.entry(240, new Layout(4, 16, 18, 0, 3)),        // NETANALYZER
      Map.entry(241, new Layout(12, 24, 26, 0, 3)),       // NETANALYZER_TRANSPARENT
      Map.entry(130, JUNIPER_4),                          // JUNIPER_MLPPP
      Map.entry(131, JUNIPER_4),                          // JUNIPER_MLFR
      Map.entry(134, JUNIPER_4),                          // JUNIPER_MFR
      Map.entry(179, JUNIPER_4),                          // JUNIPER_PPP
      Map.entry(180, JUNIPER_4),                          // JUNIPER_FRELAY
      Map.entry(181, JUNIPER_4),                          // JUNIPER_CHDLC
      Map.entry(137, new Layout(0, 4, 4, 0, 10)),         // JUNIPER_ATM1
      Map.entry(135, new Layout(0, 8, 8, 0, 10)),         // JUNIPER_ATM2
      Map.entry(167, JUNIPER_ETHERNET),                   // JUNIPER_PPPOE
      Map.entry(178, JUNIPER_ETHERNET),                   // JUNIPER_ETHER
      Map.entry(168, new Layout(0, 4, 6, 0, NS)),         // JUNIPER_PPPOE_ATM
      Map.entry(133, new Layout(0, 6, 12, 0, NS)),        // JUNIPER_GGSN
      Map.entry(132, JUNIPER_6),                          // JUNIPER_ES
      Map.entry(164, new Layout(0, 12, 12, 0, NS)),       // JUNIPER_MONITOR
      Map.entry(136, JUNIPER_12),                         // JUNIPER_SERVICES
      Map.entry(183, JUNIPER_18),                         // JUNIPER_VP
      Map.entry(200, JUNIPER_18),                         // JUNIPER_ST
      Map.entry(194, JUNIPER_8),                          // JUNIPER_ISM
      Map.entry(232, JUNIPER_8),                          // JUNIPER_VS
      Map.entry(233, JUNIPER_8),                          // JUNIPER_SRX_E2E
      Map.entry(234, JUNIPER_8),                          // JUNIPER_FIBRECHANNEL
      Map.entry(238, JUNIPER_8));                         // JUNIPER_ATM_CEMIC

  /** The Juniper link types: their first bytes are "MGC" and a flags byte with the direction. */
  static final Set<Integer> JUNIPER = Set.of(130, 131, 132, 133, 134, 135, 136, 137, 164, 167,
      168, 178, 179, 180, 181, 183, 194, 200, 232, 233, 234, 238);

  /**
   * The short names libpcap's gen_linktype uses in "X link-layer type filtering not
   * implemented" where it names a family rather than the link type's description.
   */
  private static final Map<Integer, String> FAMILY = Map.ofEntries(
      Map.entry(202, "AX.25"),
      Map.entry(187, "Bluetooth"), Map.entry(201, "Bluetooth"),
      Map.entry(190, "CAN"), Map.entry(227, "CAN"),
      Map.entry(197, "ERF"),
      Map.entry(195, "IEEE 802.15.4"), Map.entry(191, "IEEE 802.15.4"),
      Map.entry(230, "IEEE 802.15.4"), Map.entry(215, "IEEE 802.15.4"),
      Map.entry(283, "IEEE 802.15.4"),
      Map.entry(193, "IEEE 802.16"),
      Map.entry(199, "IPMB"), Map.entry(209, "IPMB"),
      Map.entry(144, "IrDA"),
      Map.entry(177, "LAPD"),
      Map.entry(182, "Multi-link Frame Relay"),
      Map.entry(140, "MTP2"), Map.entry(139, "MTP2"),
      Map.entry(239, "NFLOG"),
      Map.entry(246, "PFSYNC"),
      Map.entry(198, "RAIF1"),
      Map.entry(196, "SITA"),
      Map.entry(186, "USB"), Map.entry(189, "USB"), Map.entry(220, "USB"), Map.entry(249, "USB"));

  /** {@return the layout of a link type of the table, or every offset unset} */
  static Layout layout(int dlt) {
    return LAYOUTS.getOrDefault(dlt, NOTHING);
  }

  /** {@return how gen_linktype tests the next protocol on this link type} */
  static Test test(int dlt) {
    if (JUNIPER.contains(dlt)) return Test.JUNIPER_MAGIC;
    return switch (dlt) {
      case 165 -> Test.BACNET_PREAMBLE;
      case 114 -> Test.LOCALTALK;
      case 107 -> Test.FRAME_RELAY_NLPID;
      case 16 -> Test.BSDOS_PPP;
      case 15 -> Test.IP_VERSION;
      default -> Test.ETHERTYPE;
    };
  }

  /** {@return the name gen_linktype's refusal uses, or null for the link type's description} */
  static String family(int dlt) {
    return FAMILY.get(dlt);
  }

  /** {@return whether the link type carries Ethernet frames behind a fixed pseudo-header} */
  static boolean ethernetBehindHeader(int dlt) {
    return dlt == 240 || dlt == 241;
  }
}
