package io.jdump.filter.gen;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order getaddrinfo returns a name's addresses in, which is the order libpcap ORs their
 * tests in (so it decides the program's shape). glibc sorts by RFC 3484's rules, asking the
 * kernel for each destination's source address (a UDP connect): 1, destinations with no route
 * last; 2, the scope of the source equal to the destination's first; 5, the same label (from
 * glibc's built-in policy table, used when /etc/gai.conf sets none) first; 6, higher
 * precedence first (::1 50, other IPv6 40, 2002::/16 30, ::/96 20, IPv4 10); 8, smaller scope
 * first; then the order found. So with a ULA source (fd00::2) IPv4 comes before a global IPv6
 * address (labels 6 and 1 differ), and ::1 before 127.0.0.1. Rule 9 (longest matching prefix
 * within the source's subnet) is not applied: it needs the interfaces' prefix lengths.
 *
 * <pre>{@code
 * List<byte[]> sorted = new HostOrder(HostOrder.Routes.SYSTEM).sort(List.of(v4, v6));
 * }</pre>
 */
final class HostOrder {
  /** The source address the kernel would use towards a destination; null when unroutable. */
  interface Routes {
    byte[] source(byte[] destination);

    /** The kernel's answer, from connecting a UDP socket (no packet is sent). */
    Routes SYSTEM = new Routes() { // not a lambda: see FilterCompiler
      @Override
      public byte[] source(byte[] dest) {
        try (DatagramSocket s = new DatagramSocket()) {
          s.connect(new InetSocketAddress(InetAddress.getByAddress(dest), 9));
          InetAddress src = s.getLocalAddress();
          return src == null || src.isAnyLocalAddress() ? null : src.getAddress();
        } catch (Exception e) {
          return null;
        }
      }
    };
  }

  private final Routes routes;

  HostOrder(Routes routes) {
    this.routes = routes;
  }

  List<byte[]> sort(List<byte[]> addrs) {
    List<Dest> ds = new ArrayList<>();
    for (byte[] a : addrs) ds.add(new Dest(a, addrs.size() > 1 ? routes.source(a) : null));
    ds.sort(Comparator.<Dest>comparingInt(d -> d.src == null ? 1 : 0)
        .thenComparingInt(d -> d.src != null && scope(d.addr) == scope(d.src) ? 0 : 1)
        .thenComparingInt(d -> d.src != null && label(d.addr) == label(d.src) ? 0 : 1)
        .thenComparingInt(d -> -precedence(d.addr))
        .thenComparingInt(d -> scope(d.addr)));
    List<byte[]> out = new ArrayList<>();
    for (Dest d : ds) out.add(d.addr);
    return out;
  }

  private record Dest(byte[] addr, byte[] src) {}

  static int precedence(byte[] a) {
    if (a.length == 4 || isMapped(a)) return 10;
    if (isLoopback6(a)) return 50;
    if (is6to4(a)) return 30;
    if (zeros(a, 0, 12)) return 20;
    return 40;
  }

  /** glibc's labels: RFC 3484's, plus 5 for site-local fec0::/10 and 6 for ULA fc00::/7. */
  static int label(byte[] a) {
    if (a.length == 4 || isMapped(a)) return 4;
    if (isLoopback6(a)) return 0;
    if (is6to4(a)) return 2;
    if (zeros(a, 0, 12)) return 3;
    if ((a[0] & 0xff) == 0xfe && (a[1] & 0xc0) == 0xc0) return 5;
    if ((a[0] & 0xfe) == 0xfc) return 6;
    return 1;
  }

  /** glibc's scopes: 2 link-local (and loopback, and IPv4's 127/8, 169.254/16), 5 site, 14 global. */
  static int scope(byte[] a) {
    if (a.length == 4 || isMapped(a)) {
      int o = a.length - 4;
      int b0 = a[o] & 0xff;
      int b1 = a[o + 1] & 0xff;
      return b0 == 127 || (b0 == 169 && b1 == 254) ? 2 : 14;
    }
    int b0 = a[0] & 0xff;
    int b1 = a[1] & 0xff;
    if (b0 == 0xff) return b1 & 0xf;
    if (isLoopback6(a) || (b0 == 0xfe && (b1 & 0xc0) == 0x80)) return 2;
    if (b0 == 0xfe && (b1 & 0xc0) == 0xc0) return 5;
    return 14;
  }

  private static boolean isLoopback6(byte[] a) {
    return zeros(a, 0, 15) && a[15] == 1;
  }

  private static boolean is6to4(byte[] a) {
    return (a[0] & 0xff) == 0x20 && (a[1] & 0xff) == 0x02;
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
