package io.jdump.filter.gen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order getaddrinfo returns a name's addresses in, which is the order libpcap ORs their
 * tests in (so it decides the program's shape): glibc sorts by RFC 3484's rules, and with the
 * source addresses alike the deciding one is rule 6, precedence, from glibc's built-in table
 * (used when /etc/gai.conf sets none): ::1 50, other IPv6 40, 2002::/16 30, ::/96 20, IPv4
 * 10. The sort is stable, so equal precedences keep the files' order.
 *
 * <pre>{@code
 * List<byte[]> sorted = HostOrder.sort(List.of(v4, v6));   // v6 first
 * }</pre>
 */
final class HostOrder {
  private HostOrder() {}

  static List<byte[]> sort(List<byte[]> addrs) {
    List<byte[]> out = new ArrayList<>(addrs);
    out.sort(Comparator.comparingInt(HostOrder::precedence).reversed());
    return out;
  }

  static int precedence(byte[] a) {
    if (a.length == 4) return 10;
    if (isLoopback6(a)) return 50;
    if ((a[0] & 0xff) == 0x20 && (a[1] & 0xff) == 0x02) return 30;
    if (isMapped(a)) return 10;
    if (zeros(a, 0, 12)) return 20;
    return 40;
  }

  private static boolean isLoopback6(byte[] a) {
    return zeros(a, 0, 15) && a[15] == 1;
  }

  private static boolean isMapped(byte[] a) {
    return zeros(a, 0, 10) && a[10] == -1 && a[11] == -1;
  }

  private static boolean zeros(byte[] a, int from, int to) {
    for (int i = from; i < to; i++) {
      if (a[i] != 0) return false;
    }
    return true;
  }
}
