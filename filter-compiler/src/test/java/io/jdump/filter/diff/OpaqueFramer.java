package io.jdump.filter.diff;

import io.jdump.bpf.LinkType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Link layers libpcap filters only by length, {@code link[]} and Linux's ancillary data (NFLOG,
 * USB, CAN, Bluetooth, ERF, DOCSIS...): a header of its usual length, filled with seeded bytes,
 * before the payload, so that {@code link[]} reads both header and payload bytes.
 */
final class OpaqueFramer {
  /** The link types framed here, each with its usual header length. */
  static final Set<LinkType> TYPES = EnumSet.of(LinkType.NFLOG, LinkType.IPOIB, LinkType.NETLINK,
      LinkType.DOCSIS, LinkType.ERF, LinkType.USB_LINUX, LinkType.USB_LINUX_MMAPPED, LinkType.CAN_SOCKETCAN,
      LinkType.VSOCK, LinkType.BLUETOOTH_HCI_H4_WITH_PHDR, LinkType.LINUX_LAPD, LinkType.USBPCAP, LinkType.PKTAP,
      LinkType.MPLS, LinkType.ETHERNET_MPACKET);

  private final RandomGenerator rng;

  OpaqueFramer(RandomGenerator rng) {
    this.rng = rng;
  }

  private static int headerLength(LinkType type) {
    return switch (type) {
      case NFLOG -> 4 + 8;
      case USB_LINUX -> 48;
      case USB_LINUX_MMAPPED -> 64;
      case USBPCAP -> 27;
      case CAN_SOCKETCAN -> 8;
      case ERF -> 16;
      case BLUETOOTH_HCI_H4_WITH_PHDR -> 5;
      case LINUX_LAPD -> 16;
      case PKTAP -> 108;
      case IPOIB -> 4;
      case NETLINK -> 16;
      case MPLS -> 4;
      case ETHERNET_MPACKET -> 8;
      default -> 6;
    };
  }

  void frames(LinkType type, Payload p, List<LinkFramer.Frame> out) {
    int n = rng.nextInt(5) == 0 ? rng.nextInt(2 * headerLength(type) + 1) : headerLength(type);
    Bytes b = new Bytes();
    for (int i = 0; i < n; i++) b.u8(rng.nextInt(0x100));
    out.add(new LinkFramer.Frame(type.name().toLowerCase() + " hdr=" + n + " " + p.kind(), b.put(p.bytes()).toArray()));
  }
}
