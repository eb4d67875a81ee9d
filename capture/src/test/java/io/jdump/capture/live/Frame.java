package io.jdump.capture.live;

import io.jdump.capture.Packet;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/** A captured frame kept by a test: a copy of the bytes, its lengths and time stamp. */
record Frame(byte[] bytes, int wirelen, long timestampNanos) {
  static Frame copyOf(Packet p) {
    return new Frame(Arrays.copyOfRange(p.buffer(), p.offset(), p.offset() + p.caplen()),
        p.wirelen(), p.timestampNanos());
  }

  int caplen() {
    return bytes.length;
  }

  int etherType() {
    return bytes.length < 14 ? -1 : (bytes[12] & 0xff) << 8 | (bytes[13] & 0xff);
  }

  /** {@return the IP protocol (IPv4) or next header (IPv6) of an Ethernet frame} -1 if neither */
  int ipProtocol() {
    return switch (etherType()) {
      case 0x0800 -> bytes.length > 23 ? bytes[23] & 0xff : -1;
      case 0x86dd -> bytes.length > 20 ? bytes[20] & 0xff : -1;
      default -> -1;
    };
  }

  /** {@return the UDP payload of an Ethernet + IPv4/IPv6 + UDP frame (whole frames only)} */
  Optional<byte[]> udpPayload() {
    if (ipProtocol() != 17) return Optional.empty();
    int l4 = etherType() == 0x0800 ? 14 + (bytes[14] & 0x0f) * 4 : 14 + 40;
    if (bytes.length < l4 + 8) return Optional.empty();
    int udpLen = (bytes[l4 + 4] & 0xff) << 8 | (bytes[l4 + 5] & 0xff);
    if (l4 + udpLen > bytes.length) return Optional.empty();
    return Optional.of(Arrays.copyOfRange(bytes, l4 + 8, l4 + udpLen));
  }

  /** {@return the ICMP or ICMPv6 type of the frame} -1 if it is neither */
  int icmpType() {
    if (etherType() == 0x0800 && ipProtocol() == 1) return bytes[14 + (bytes[14] & 0x0f) * 4] & 0xff;
    if (etherType() == 0x86dd && ipProtocol() == 58) return bytes[54] & 0xff;
    return -1;
  }

  /** {@return whether the frame's UDP payload starts with the text} */
  boolean udpStartsWith(String text) {
    return udpPayload().map(p -> new String(p, java.nio.charset.StandardCharsets.ISO_8859_1)
        .startsWith(text)).orElse(false);
  }

  /** {@return whether the bytes and lengths are the same} Time stamps are each socket's own. */
  boolean sameFrame(Frame f) {
    return Arrays.equals(bytes, f.bytes) && wirelen == f.wirelen;
  }

  @Override
  public String toString() {
    String hex = HexFormat.of().formatHex(bytes, 0, Math.min(bytes.length, 64));
    return "Frame[" + wirelen + " " + timestampNanos + " " + hex + (bytes.length > 64 ? "...]" : "]");
  }
}
