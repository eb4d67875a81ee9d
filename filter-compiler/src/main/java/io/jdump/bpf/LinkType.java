package io.jdump.bpf;

import java.util.Optional;

/**
 * The data link types jdump knows by name: libpcap's DLT numbers (what {@code pcap_datalink}
 * returns and the compiler targets), the LINKTYPE numbers written in capture files (the same
 * except where a platform's DLT differs), the names {@code -y} takes and libpcap's
 * descriptions.
 *
 * <pre>{@code
 * LinkType t = LinkType.forName("en10mb").orElseThrow();   // EN10MB, DLT 1
 * }</pre>
 */
public enum LinkType {
  NULL(0, 0, "BSD loopback"),
  EN10MB(1, 1, "Ethernet"),
  IEEE802(6, 6, "Token ring"),
  ARCNET(7, 7, "BSD ARCNET"),
  SLIP(8, 8, "SLIP"),
  PPP(9, 9, "PPP"),
  FDDI(10, 10, "FDDI"),
  ATM_RFC1483(11, 100, "RFC 1483 LLC-encapsulated ATM"),
  RAW(12, 101, "Raw IP"),
  SLIP_BSDOS(15, 102, "BSD/OS SLIP"),
  PPP_BSDOS(16, 103, "BSD/OS PPP"),
  ATM_CLIP(19, 106, "Linux Classical IP over ATM"),
  PPP_SERIAL(50, 50, "PPP over serial"),
  PPP_ETHER(51, 51, "PPPoE"),
  C_HDLC(104, 104, "Cisco HDLC"),
  IEEE802_11(105, 105, "802.11"),
  FRELAY(107, 107, "Frame Relay"),
  LOOP(108, 108, "OpenBSD loopback"),
  ENC(109, 109, "OpenBSD encapsulated IP"),
  LINUX_SLL(113, 113, "Linux cooked v1"),
  PFLOG(117, 117, "OpenBSD pflog file"),
  PRISM_HEADER(119, 119, "802.11 plus Prism header"),
  IP_OVER_FC(122, 122, "RFC 2625 IP-over-Fibre Channel"),
  SUNATM(123, 123, "Sun raw ATM"),
  DOCSIS(143, 143, "DOCSIS"),
  IEEE802_11_RADIO(127, 127, "802.11 plus radiotap header"),
  ARCNET_LINUX(129, 129, "Linux ARCNET"),
  IEEE802_11_RADIO_AVS(163, 163, "802.11 plus AVS radio information header"),
  PPP_PPPD(166, 166, "PPP for pppd, with direction flag"),
  LINUX_LAPD(177, 177, "Linux vISDN LAPD"),
  USB_LINUX(189, 189, "USB with Linux header"),
  PPI(192, 192, "Per-Packet Information"),
  ERF(197, 197, "Endace ERF header"),
  BLUETOOTH_HCI_H4_WITH_PHDR(201, 201, "Bluetooth HCI UART transport layer plus pseudo-header"),
  MPLS(219, 219, "MPLS with label as link-layer header"),
  USB_LINUX_MMAPPED(220, 220, "USB with padded Linux header"),
  IPNET(226, 226, "Solaris ipnet"),
  CAN_SOCKETCAN(227, 227, "CAN-bus with SocketCAN headers"),
  IPV4(228, 228, "Raw IPv4"),
  IPV6(229, 229, "Raw IPv6"),
  NFLOG(239, 239, "Linux netfilter log messages"),
  IPOIB(242, 242, "RFC 4391 IP-over-Infiniband"),
  USBPCAP(249, 249, "USB with USBPcap header"),
  NETLINK(253, 253, "Linux netlink"),
  PKTAP(258, 258, "Apple DLT_PKTAP"),
  VSOCK(271, 271, "Linux vsock"),
  ETHERNET_MPACKET(274, 274, "802.3br mPackets"),
  LINUX_SLL2(276, 276, "Linux cooked v2");

  private final int dlt;
  private final int linkType;
  private final String description;

  LinkType(int dlt, int linkType, String description) {
    this.dlt = dlt;
    this.linkType = linkType;
    this.description = description;
  }

  /** {@return the DLT number, as {@code pcap_datalink} returns it on Linux} */
  public int dlt() {
    return dlt;
  }

  /** {@return the LINKTYPE number written in pcap and pcapng files} */
  public int linkType() {
    return linkType;
  }

  /** {@return libpcap's description, as {@code tcpdump -L} prints it} */
  public String description() {
    return description;
  }

  /** {@return the type with this DLT number} */
  public static Optional<LinkType> forDlt(int dlt) {
    for (LinkType t : values()) if (t.dlt == dlt) return Optional.of(t);
    return Optional.empty();
  }

  /** {@return the DLT for a LINKTYPE number read from a file; unknown numbers pass through} */
  public static int dltForLinkType(int linkType) {
    for (LinkType t : values()) if (t.linkType == linkType) return t.dlt;
    return linkType;
  }

  /** {@return the LINKTYPE number to write in a file for a DLT; unknown numbers pass through} */
  public static int linkTypeForDlt(int dlt) {
    return forDlt(dlt).map(LinkType::linkType).orElse(dlt);
  }

  /**
   * {@return the type a {@code -y} argument names} Case does not matter; the {@code DLT_} prefix
   * and numbers are refused, as libpcap's {@code pcap_datalink_name_to_val} refuses them
   * ({@code tcpdump -y DLT_EN10MB} says "invalid data link type DLT_EN10MB").
   */
  public static Optional<LinkType> forName(String name) {
    for (LinkType t : values()) if (t.name().equalsIgnoreCase(name)) return Optional.of(t);
    return Optional.empty();
  }
}
