package io.jdump.filter.gen;

/**
 * libpcap reads a port range as sscanf(name, "%d-%d") first: two decimal numbers (each with
 * an optional sign) around a '-', whatever follows the second ignored; only when that fails
 * are the two sides port names.
 *
 * <pre>{@code
 * PortRangeText.scan("20-21x");    // {20, 21}
 * PortRangeText.scan("ftp-http");  // null
 * }</pre>
 */
final class PortRangeText {
  private PortRangeText() {}

  /** @return the two numbers, or null when sscanf would not convert both */
  static int[] scan(String s) {
    int[] end = new int[1];
    Long a = decimal(s, 0, end);
    if (a == null || end[0] >= s.length() || s.charAt(end[0]) != '-') return null;
    Long b = decimal(s, end[0] + 1, end);
    if (b == null) return null;
    // %d stores strtol's long into an int: the low 32 bits.
    return new int[] {(int) a.longValue(), (int) b.longValue()};
  }

  /** strtol's reading of a decimal number at from; end[0] gets where it stopped. */
  private static Long decimal(String s, int from, int[] end) {
    int i = from;
    boolean neg = false;
    if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
      neg = s.charAt(i) == '-';
      i++;
    }
    int digits = i;
    long v = 0;
    boolean clamped = false;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      int d = s.charAt(i) - '0';
      if (v > (Long.MAX_VALUE - d) / 10) clamped = true;
      else v = v * 10 + d;
      i++;
    }
    if (i == digits) return null;
    end[0] = i;
    // strtol clamps to LONG_MAX / LONG_MIN on overflow.
    if (clamped) return neg ? Long.MIN_VALUE : Long.MAX_VALUE;
    return neg ? -v : v;
  }
}
