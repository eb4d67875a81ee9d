package io.jdump.filter.gen;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The address column of /etc/hosts as glibc reads it: IPv6 text (inet_pton), else IPv4 in
 * inet_aton's forms ({@code 127.0.0.1}, {@code 127.1}, {@code 0x7f.1}, octal {@code 0177.1}).
 * Never a name lookup: a column that is neither is no address, and glibc skips its line.
 *
 * <pre>{@code
 * byte[] a = AddressText.parse("127.1");   // {127, 0, 0, 1}
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

  private static byte[] parse4(String s) {
    String[] parts = s.split("\\.", -1);
    if (parts.length > 4) return null;
    long[] v = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      v[i] = cNumber(parts[i]);
      if (v[i] < 0) return null;
    }
    // The last part fills the bytes the earlier ones leave: a.b.c.d, a.b.16bits, a.24bits, 32bits.
    long addr = 0;
    for (int i = 0; i < parts.length - 1; i++) {
      if (v[i] > 0xff) return null;
      addr |= v[i] << (24 - 8 * i);
    }
    long last = v[parts.length - 1];
    if (last > 0xffffffffL >>> (8 * (parts.length - 1))) return null;
    addr |= last;
    return new byte[] {(byte) (addr >> 24), (byte) (addr >> 16), (byte) (addr >> 8), (byte) addr};
  }

  /** A number as C writes it: 0x hex, a leading 0 octal, else decimal; -1 if not one. */
  private static long cNumber(String p) {
    int radix = 10;
    String d = p;
    if (p.startsWith("0x") || p.startsWith("0X")) {
      radix = 16;
      d = p.substring(2);
      if (d.isEmpty()) return 0; // inet_aton takes a bare "0x" as 0
    } else if (p.length() > 1 && p.charAt(0) == '0') {
      radix = 8;
      d = p.substring(1);
    }
    if (d.isEmpty() || d.length() > 11) return -1;
    for (int i = 0; i < d.length(); i++) {
      if (Character.digit(d.charAt(i), radix) < 0) return -1;
    }
    return Long.parseLong(d, radix);
  }
}
