package io.jdump.print;

/**
 * tcpdump's {@code bsd_af_values} (af.c): the address families of BSD's loopback header and of
 * RIP's route entries, where NetBSD, FreeBSD and Darwin each number IPv6 their own way.
 */
final class BsdFamilies {
  private BsdFamilies() {}

  /** {@return the family's name, or null where tcpdump has none} */
  static String name(int family) {
    return switch (family) {
      case 2 -> "IPv4";
      case 6 -> "NS";
      case 7 -> "ISO";
      case 16 -> "Appletalk";
      case 23 -> "IPX";
      case 24, 28, 30 -> "IPv6";
      default -> null;
    };
  }
}
