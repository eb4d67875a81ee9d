package io.jdump.spark;

/**
 * IP addresses as text, the way tshark and tcpdump print them: dotted quads, and IPv6 in RFC
 * 5952's form (lower case, leading zeros dropped, the longest run of two or more zero groups,
 * the first if tied, as {@code ::}).
 *
 * <pre>{@code
 * Addresses.ipv6(bytes, 0);   // "2001:db8::1"
 * }</pre>
 */
final class Addresses {
  private Addresses() {}

  static String ipv4(byte[] b, int at) {
    return (b[at] & 0xff) + "." + (b[at + 1] & 0xff) + "." + (b[at + 2] & 0xff) + "." + (b[at + 3] & 0xff);
  }

  static String ipv6(byte[] b, int at) {
    int[] g = new int[8];
    for (int i = 0; i < 8; i++) g[i] = (b[at + 2 * i] & 0xff) << 8 | (b[at + 2 * i + 1] & 0xff);
    int bestStart = -1;
    int bestLen = 1;
    for (int i = 0; i < 8; ) {
      if (g[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && g[j] == 0) j++;
      if (j - i > bestLen) {
        bestStart = i;
        bestLen = j - i;
      }
      i = j;
    }
    var s = new StringBuilder(39);
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        s.append("::");
        i += bestLen - 1;
        continue;
      }
      if (s.length() > 0 && s.charAt(s.length() - 1) != ':') s.append(':');
      s.append(Integer.toHexString(g[i]));
    }
    return s.toString();
  }

  /** {@return the 4 or 16 bytes of a numeric IP address} or null for anything else (no name lookup). */
  static byte[] parse(String text) {
    if (text == null) return null;
    if (text.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
      String[] parts = text.split("\\.");
      byte[] out = new byte[4];
      for (int i = 0; i < 4; i++) {
        int v = Integer.parseInt(parts[i]);
        if (v > 255) return null;
        out[i] = (byte) v;
      }
      return out;
    }
    if (text.matches("[0-9A-Fa-f:]{2,39}") && text.contains(":")) {
      try {
        // A literal with only hex digits and colons is never looked up as a name.
        byte[] a = java.net.InetAddress.getByName(text).getAddress();
        return a.length == 16 ? a : null;
      } catch (java.net.UnknownHostException e) {
        return null;
      }
    }
    return null;
  }
}
