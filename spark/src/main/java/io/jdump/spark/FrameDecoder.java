package io.jdump.spark;

import java.util.Arrays;

/**
 * Finds a frame's layers where libpcap's filter looks for them, so that a decoded value is what
 * the filter primitive on the same field sees: IP is the network layer when the link's type
 * field says so (Ethernet type 0x0800/0x86dd without VLAN tags, or under them with
 * {@code anyVlan}; Linux cooked v1/v2; raw IP by its version nibble), ports are read only from
 * unfragmented (offset 0) IPv4 or from IPv6 whose next header is TCP, UDP or SCTP. A field the
 * frame does not have there, or that is cut off by the snap length, is absent (null).
 *
 * <pre>{@code
 * var d = new FrameDecoder(false);
 * d.decode(buf, off, caplen, 1);
 * int sport = d.hasSport() ? d.sport() : -1;
 * }</pre>
 */
final class FrameDecoder {
  static final int DLT_EN10MB = 1;
  static final int DLT_RAW = 12;
  static final int DLT_RAW_OPENBSD = 14;
  static final int DLT_LINUX_SLL = 113;
  static final int DLT_IPV4 = 228;
  static final int DLT_IPV6 = 229;
  static final int DLT_LINUX_SLL2 = 276;

  private final boolean anyVlan;
  private byte[] b;
  private int off;
  private int caplen;
  private boolean ethernet;
  private int vlanCount;
  private final int[] vlanIds = new int[16];
  private int version;
  /** The network header's offset from the frame's start. */
  private int net;
  private int proto = -1;
  /** The transport header's offset; -1 when ports are not read (fragment, other protocol). */
  private int transport = -1;

  FrameDecoder(boolean anyVlan) {
    this.anyVlan = anyVlan;
  }

  void decode(byte[] buf, int offset, int length, int dlt) {
    b = buf;
    off = offset;
    caplen = length;
    ethernet = false;
    vlanCount = 0;
    version = 0;
    proto = -1;
    transport = -1;
    int type;
    switch (dlt) {
      case DLT_EN10MB -> {
        if (caplen < 14) return;
        ethernet = true;
        type = u16(12);
        int p = 14;
        while ((type == 0x8100 || type == 0x88a8 || type == 0x9100) && p + 4 <= caplen
            && vlanCount < vlanIds.length) {
          vlanIds[vlanCount++] = u16(p) & 0xfff;
          type = u16(p + 2);
          p += 4;
        }
        if (vlanCount > 0 && !anyVlan) return;
        net = p;
      }
      case DLT_LINUX_SLL -> {
        if (caplen < 16) return;
        type = u16(14);
        net = 16;
      }
      case DLT_LINUX_SLL2 -> {
        if (caplen < 20) return;
        type = u16(0);
        net = 20;
      }
      case DLT_RAW, DLT_RAW_OPENBSD -> {
        if (caplen < 1) return;
        int v = (b[off] & 0xf0) >> 4;
        type = v == 4 ? 0x0800 : v == 6 ? 0x86dd : 0;
        net = 0;
      }
      case DLT_IPV4 -> {
        type = 0x0800;
        net = 0;
      }
      case DLT_IPV6 -> {
        type = 0x86dd;
        net = 0;
      }
      default -> {
        return;
      }
    }
    if (type == 0x0800) {
      version = 4;
      if (net + 10 > caplen) return;
      proto = b[off + net + 9] & 0xff;
      boolean firstFragment = (u16(net + 6) & 0x1fff) == 0;
      if (firstFragment) transport = net + (b[off + net] & 0xf) * 4;
    } else if (type == 0x86dd) {
      version = 6;
      if (net + 7 > caplen) return;
      proto = b[off + net + 6] & 0xff;
      transport = net + 40;
    }
  }

  boolean ethernet() {
    return ethernet;
  }

  String ethSrc() {
    return mac(6);
  }

  String ethDst() {
    return mac(0);
  }

  int ethType() {
    return u16(12);
  }

  int[] vlans() {
    return Arrays.copyOf(vlanIds, vlanCount);
  }

  /** {@return 4, 6, or 0 when the frame carries no IP where the filter looks} */
  int version() {
    return version;
  }

  /** {@return where the address starts} -1 when the frame is cut before its end. */
  int addressAt(boolean source) {
    int at;
    int n;
    if (version == 4) {
      at = net + (source ? 12 : 16);
      n = 4;
    } else if (version == 6) {
      at = net + (source ? 8 : 24);
      n = 16;
    } else {
      return -1;
    }
    return at + n <= caplen ? at : -1;
  }

  byte[] address(boolean source) {
    int at = addressAt(source);
    if (at < 0) return null;
    return Arrays.copyOfRange(b, off + at, off + at + (version == 4 ? 4 : 16));
  }

  String addressText(boolean source) {
    int at = addressAt(source);
    if (at < 0) return null;
    return version == 4 ? Addresses.ipv4(b, off + at) : Addresses.ipv6(b, off + at);
  }

  /** {@return the IP protocol (IPv6: the first next-header field)} -1 when absent. */
  int protocol() {
    return proto;
  }

  private boolean ports() {
    return transport >= 0 && (proto == 6 || proto == 17 || proto == 132);
  }

  /** {@return the source port} -1 when absent. */
  int sport() {
    return ports() && transport + 2 <= caplen ? u16(transport) : -1;
  }

  int dport() {
    return ports() && transport + 4 <= caplen ? u16(transport + 2) : -1;
  }

  int tcpFlags() {
    return transport >= 0 && proto == 6 && transport + 14 <= caplen ? b[off + transport + 13] & 0xff : -1;
  }

  private boolean icmp() {
    return transport >= 0 && ((version == 4 && proto == 1) || (version == 6 && proto == 58));
  }

  int icmpType() {
    return icmp() && transport + 1 <= caplen ? b[off + transport] & 0xff : -1;
  }

  int icmpCode() {
    return icmp() && transport + 2 <= caplen ? b[off + transport + 1] & 0xff : -1;
  }

  private String mac(int at) {
    var s = new StringBuilder(17);
    for (int i = 0; i < 6; i++) {
      if (i > 0) s.append(':');
      int v = b[off + at + i] & 0xff;
      s.append(Character.forDigit(v >> 4, 16)).append(Character.forDigit(v & 0xf, 16));
    }
    return s.toString();
  }

  private int u16(int at) {
    return (b[off + at] & 0xff) << 8 | (b[off + at + 1] & 0xff);
  }
}
