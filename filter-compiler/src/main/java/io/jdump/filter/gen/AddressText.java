package io.jdump.filter.gen;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The address column of /etc/hosts as glibc 2.36 reads it: inet_pton's IPv6 or IPv4 text, the
 * strict forms ({@code 127.1} and {@code 0x7f.0.0.1} are no address there: tried with libpcap).
 * Never a name lookup: a column that is neither is no address, and glibc skips its line.
 *
 * <pre>{@code
 * byte[] a = AddressText.parse("127.0.0.1");   // {127, 0, 0, 1}
 * }</pre>
 */
final class AddressText {
  private AddressText() {}

  /** @return 4 or 16 bytes, or null */
  static byte[] parse(String s) {
    return s.indexOf(':') >= 0 ? parse6(s) : parse4(s);
  }

  private static byte[] parse6(String s) {
    // Only hex digits, ':' and '.' reach InetAddress, which then reads a literal, never DNS.
    if (!s.matches("[0-9A-Fa-f:.]+")) return null;
    try {
      InetAddress a = InetAddress.getByName(s);
      // Java turns ::ffff:a.b.c.d into IPv4; inet_pton keeps it an IPv6 address.
      return a instanceof Inet4Address ? Names.mappedV6(a.getAddress()) : a.getAddress();
    } catch (UnknownHostException e) {
      return null;
    }
  }

  /** inet_pton's IPv4: four decimal parts of 0 to 255, no leading zeros. */
  private static byte[] parse4(String s) {
    String[] parts = s.split("\\.", -1);
    if (parts.length != 4) return null;
    byte[] out = new byte[4];
    for (int i = 0; i < 4; i++) {
      String p = parts[i];
      if (!p.matches("0|[1-9][0-9]{0,2}")) return null;
      int v = Integer.parseInt(p);
      if (v > 255) return null;
      out[i] = (byte) v;
    }
    return out;
  }
}
