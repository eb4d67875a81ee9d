package io.jdump.print;

import io.jdump.bpf.LinkType;

/**
 * Link types that wrap a frame in a host's own header: IP over InfiniBand ({@code DLT_IPOIB}
 * 242), Solaris ipnet ({@code DLT_IPNET} 226) and Apple's PKTAP ({@code DLT_PKTAP} 258, and
 * {@code DLT_USER2} 149 where macOS wrote it), as tcpdump's print-ipoib.c, print-ipnet.c and
 * print-pktap.c show them.
 */
final class HostLinkPrinter {
  static final int DLT_IPNET = 226;
  static final int DLT_IPOIB = 242;
  static final int DLT_USER2 = 149;
  static final int DLT_PKTAP = 258;
  private static final int IPOIB_HDR = 44;
  private static final int IPNET_HDR = 24;
  private static final int PKTAP_HDR = 108;

  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;

  HostLinkPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  /** tcpdump's {@code ipoib_if_print}: a 44-byte header ending in an Ethernet type. */
  void ipoib(int p, int length) {
    f.proto = "ipoib";
    int caplen = f.end - p;
    if (caplen < IPOIB_HDR || length < IPOIB_HDR) {
      f.printTrunc();
      f.linkHeaderLength = Math.min(caplen, length);
      return;
    }
    int type = f.u16(p + 40);
    if (f.opts.linkHeader()) {
      out.append("IPOIB");
      ipoibHeader(type, length);
    }
    f.linkHeaderLength = IPOIB_HDR;
    if (!d.etherType(type, p + IPOIB_HDR, length - IPOIB_HDR, caplen - IPOIB_HDR)) {
      if (!f.opts.linkHeader()) ipoibHeader(type, length);
      d.link.defaultPrint(p + IPOIB_HDR, caplen - IPOIB_HDR);
    }
  }

  private void ipoibHeader(int type, int length) {
    String name = EtherTypes.name(type);
    out.append(", ethertype ").append(name == null ? "Unknown" : name);
    if (!f.opts.quiet()) {
      out.append(" (0x");
      Text.hex4(out, type);
      out.append(')');
    }
    out.append(", length ").append(length).append(": ");
  }

  /** tcpdump's {@code ipnet_if_print}: zones, an address family, then IPv4 or IPv6. */
  void ipnet(int p, int length) {
    f.proto = "ipnet";
    f.need(p, IPNET_HDR);
    f.linkHeaderLength = IPNET_HDR;
    int caplen = f.end - p;
    if (f.opts.linkHeader()) ipnetHeader(p, length);
    switch (f.u8(p + 1)) {
      case 2 -> d.ip4.print(p + IPNET_HDR, length - IPNET_HDR);
      case 26 -> d.ip6.print(p + IPNET_HDR, length - IPNET_HDR);
      default -> {
        if (!f.opts.linkHeader()) ipnetHeader(p, length);
        d.link.defaultPrint(p + IPNET_HDR, caplen - IPNET_HDR);
      }
    }
  }

  private void ipnetHeader(int p, int length) {
    out.append(f.u32(p + 16)).append(" > ").append(f.u32(p + 20));
    int family = f.u8(p + 1);
    String name = family == 2 ? "IPv4" : family == 26 ? "IPv6" : null;
    if (!f.opts.quiet()) {
      out.append(", family ").append(name == null ? "Unknown" : name).append(" (").append(family)
          .append(')');
    } else if (name != null) {
      out.append(", ").append(name);
    } else {
      out.append(", Unknown Ethertype (0x");
      Text.hex4(out, family);
      out.append(')');
    }
    out.append(", length ").append(length).append(": ");
  }

  /** tcpdump's {@code pktap_if_print}: Apple's header, then the frame of the link type it names. */
  void pktap(int p, int length) {
    f.proto = "pktap";
    if (length < PKTAP_HDR) {
      out.append(" (packet too short, ").append(length).append(" < ").append(PKTAP_HDR)
          .append(')');
      f.printInvalid();
      return;
    }
    int dlt = f.i32le(p + 8);
    long hdrlen = f.u32le(p);
    if (hdrlen < PKTAP_HDR) {
      out.append(" (pkt_len too small, ").append(hdrlen).append(" < ").append(PKTAP_HDR)
          .append(')');
      f.printInvalid();
      return;
    }
    if (hdrlen > length) {
      out.append(" (pkt_len too big, ").append(hdrlen).append(" > ").append(length).append(')');
      f.printInvalid();
      return;
    }
    int h = (int) hdrlen;
    f.need(p, h);
    if (f.opts.linkHeader()) pktapHeader(dlt, hdrlen, length);
    long rectype = f.u32le(p + 4);
    if (rectype == 0) {
      out.append("no data");
    } else if (rectype == 1) {
      f.linkHeaderLength = 0;
      if (d.link.print(dlt, p + h, length - h)) {
        // tcpdump adds the inner header's length twice (once in pktap_if_print): -x follows
        f.linkHeaderLength = 2 * f.linkHeaderLength + h;
        return;
      }
      f.linkHeaderLength = 0;
      if (!f.opts.linkHeader()) pktapHeader(dlt, hdrlen, length);
      d.link.defaultPrint(p + h, f.end - p - h);
    }
    f.linkHeaderLength = h;
  }

  private void pktapHeader(int dlt, long hdrlen, int length) {
    LinkType type = LinkType.forDlt(dlt).orElse(null);
    String name = type == null ? "UNKNOWN" : type.name();
    if (!f.opts.quiet()) {
      out.append("DLT ").append(name).append(" (").append(dlt & 0xffffffffL).append(") len ")
          .append(hdrlen);
    } else {
      out.append(name);
    }
    out.append(", length ").append(length).append(": ");
  }
}
