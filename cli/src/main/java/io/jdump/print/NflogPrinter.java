package io.jdump.print;

/**
 * Linux's NFLOG link type (239), as tcpdump's {@code nflog_if_print}: a four-byte header
 * (family, version, resource ID), TLVs in the capturing host's byte order, and the logged packet
 * in the payload TLV, printed as IPv4 or IPv6 by the header's family.
 */
final class NflogPrinter {
  static final int DLT_NFLOG = 239;
  private static final int PAYLOAD = 9;
  private static final int AF_INET = 2;
  private static final int AF_INET6 = 10;

  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;

  NflogPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  void print(int p, int wirelen) {
    f.proto = "nflog";
    int hdr = p;
    int size = 4;
    f.linkHeaderLength = size;
    if (!f.has(p, 4)) {
      f.printTrunc();
      return;
    }
    if (f.u8(p + 1) != 0) {
      out.append("version ").append(f.u8(p + 1)).append(" (unknown)");
      return;
    }
    if (f.opts.linkHeader()) header(hdr, wirelen);
    p += 4;
    long length = wirelen - 4L;
    // tcpdump walks with unsigned counters: a TLV past the wire length wraps them
    long caplen = f.end - p;
    while (length != 0) {
      if (caplen < 4) {
        f.printTrunc();
        f.linkHeaderLength = size;
        return;
      }
      int tlvLen = f.u16le(p);
      if (tlvLen % 4 != 0) tlvLen += 4 - tlvLen % 4;
      tlvLen &= 0xffff;
      if (tlvLen < 4 || caplen < tlvLen) {
        f.printTrunc();
        f.linkHeaderLength = size;
        return;
      }
      if (f.u16le(p + 2) == PAYLOAD) {
        p += 4;
        size += 4;
        length = (length - 4) & 0xffffffffL;
        caplen -= 4;
        break;
      }
      p += tlvLen;
      size += tlvLen;
      length = (length - tlvLen) & 0xffffffffL;
      caplen -= tlvLen;
    }
    // a cut inside the logged packet leaves tcpdump's header length at 0 (it is returned last)
    f.linkHeaderLength = 0;
    int family = f.u8(hdr);
    switch (family) {
      case AF_INET -> d.ip4.print(p, (int) length);
      case AF_INET6 -> d.ip6.print(p, (int) length);
      default -> {
        if (!f.opts.linkHeader()) header(hdr, (int) length + 4);
        d.link.defaultPrint(p, (int) caplen);
      }
    }
    f.linkHeaderLength = size;
  }

  private void header(int hdr, int length) {
    out.append("version ").append(f.u8(hdr + 1)).append(", resource ID ").append(f.u16(hdr + 2));
    int family = f.u8(hdr);
    String name = family == AF_INET ? "IPv4" : family == AF_INET6 ? "IPv6" : null;
    if (!f.opts.quiet()) {
      out.append(", family ").append(name == null ? "Unknown" : name).append(" (").append(family)
          .append(')');
    } else if (name != null) {
      out.append(", ").append(name);
    } else {
      out.append(", Unknown NFLOG (0x");
      Text.hex2(out, family);
      out.append(')');
    }
    out.append(", length ").append(length & 0xffffffffL).append(": ");
  }
}
