package io.jdump.capture.live;

import io.jdump.bpf.LinkType;
import io.jdump.capture.Packet;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A captured frame kept by a test: a copy of the bytes, its lengths, time stamp and link type
 * (Ethernet, or Linux cooked v1/v2 from the "any" device).
 */
record Frame(byte[] bytes, int wirelen, long timestampNanos, int dlt) {
  static Frame copyOf(Packet p) {
    return new Frame(Arrays.copyOfRange(p.buffer(), p.offset(), p.offset() + p.caplen()),
        p.wirelen(), p.timestampNanos(), p.dlt());
  }

  int caplen() {
    return bytes.length;
  }

  /** {@return the length of the link-layer header} */
  private int l2() {
    if (dlt == LinkType.LINUX_SLL2.dlt()) return 20;
    if (dlt == LinkType.LINUX_SLL.dlt()) return 16;
    return 14;
  }

  private int u8(int at) {
    return bytes[at] & 0xff;
  }

  private int u16(int at) {
    return u8(at) << 8 | u8(at + 1);
  }

  int etherType() {
    if (bytes.length < l2()) return -1;
    if (dlt == LinkType.LINUX_SLL2.dlt()) return u16(0);
    return u16(l2() - 2);
  }

  /** {@return where the transport header starts, or -1 for neither IPv4 nor IPv6} */
  private int l4() {
    int ip = l2();
    return switch (etherType()) {
      case 0x0800 -> ip + (u8(ip) & 0x0f) * 4;
      case 0x86dd -> ip + 40;
      default -> -1;
    };
  }

  /** {@return the IP protocol (IPv4) or next header (IPv6)} -1 if neither */
  int ipProtocol() {
    int ip = l2();
    return switch (etherType()) {
      case 0x0800 -> bytes.length > ip + 9 ? u8(ip + 9) : -1;
      case 0x86dd -> bytes.length > ip + 6 ? u8(ip + 6) : -1;
      default -> -1;
    };
  }

  /** {@return the UDP payload (whole datagrams only)} */
  Optional<byte[]> udpPayload() {
    int l4 = l4();
    if (ipProtocol() != 17 || bytes.length < l4 + 8) return Optional.empty();
    int udpLen = u16(l4 + 4);
    if (l4 + udpLen > bytes.length) return Optional.empty();
    return Optional.of(Arrays.copyOfRange(bytes, l4 + 8, l4 + udpLen));
  }

  /** {@return the ICMP or ICMPv6 type} -1 if the frame is neither */
  int icmpType() {
    int p = ipProtocol();
    boolean icmp = etherType() == 0x0800 ? p == 1 : etherType() == 0x86dd && p == 58;
    return icmp && bytes.length > l4() ? u8(l4()) : -1;
  }

  /** {@return whether the frame's UDP payload starts with the text} */
  boolean udpStartsWith(String text) {
    return udpPayload().map(p -> new String(p, StandardCharsets.ISO_8859_1).startsWith(text))
        .orElse(false);
  }

  /** {@return whether the bytes and lengths are the same} Time stamps are each socket's own. */
  boolean sameFrame(Frame f) {
    return Arrays.equals(bytes, f.bytes) && wirelen == f.wirelen && dlt == f.dlt;
  }

  @Override
  public String toString() {
    String hex = HexFormat.of().formatHex(bytes, 0, Math.min(bytes.length, 64));
    return "Frame[" + wirelen + " " + timestampNanos + " " + hex + (bytes.length > 64 ? "...]" : "]");
  }
}
