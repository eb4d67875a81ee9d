package io.jdump.print;

/**
 * Solaris ipnet (DLT_IPNET, 226): a 24-byte header naming the address family and the zones,
 * then IPv4 or IPv6, as tcpdump's {@code ipnet_if_print}.
 */
final class IpnetPrinter {
  static final int DLT_IPNET = 226;
  private static final int HEADER = 24;
  private static final int AF_INET = 2;
  private static final int AF_INET6 = 26;

  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;

  IpnetPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  /** {@return the link header's length, for -x} */
  int print(int p, int length) {
    f.proto = "ipnet";
    f.need(p, HEADER);
    boolean e = f.opts.linkHeader();
    if (e) header(p, length);
    int family = f.u8(p + 1);
    int caplen = f.end - p - HEADER;
    switch (family) {
      case AF_INET -> d.ip4.print(p + HEADER, length - HEADER);
      case AF_INET6 -> d.ip6.print(p + HEADER, length - HEADER);
      default -> {
        if (!e) header(p, length);
        d.link.defaultPrint(p + HEADER, caplen);
      }
    }
    return HEADER;
  }

  private void header(int p, int length) {
    out.append(f.u32(p + 16)).append(" > ").append(f.u32(p + 20));
    int family = f.u8(p + 1);
    String name = family == AF_INET ? "IPv4" : family == AF_INET6 ? "IPv6" : null;
    if (!f.opts.quiet()) {
      out.append(", family ").append(name == null ? "Unknown" : name).append(" (")
          .append(family).append(')');
    } else if (name != null) {
      out.append(", ").append(name);
    } else {
      out.append(", Unknown Ethertype (0x");
      Text.hex4(out, family);
      out.append(')');
    }
    out.append(", length ").append(length).append(": ");
  }
}
