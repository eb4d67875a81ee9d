package io.jdump.cli;

/**
 * The C library's number parsing, as tcpdump applies it to option arguments: {@code -c} goes
 * through {@code atoi} (so {@code "010"} is ten and {@code "2x"} is two) and {@code -s} through
 * {@code strtol(arg, &end, 0)} (so {@code "0x40"} is 64 and trailing junk is refused). Matching
 * them exactly keeps a user's muscle memory valid, odd corners included.
 *
 * <pre>{@code
 * CNumbers.atoi("12abc");          // 12
 * CNumbers.strtolWhole("0x40");    // OptionalLong[64]
 * }</pre>
 */
final class CNumbers {
  private CNumbers() {}

  /** {@return what glibc's atoi returns}: {@code (int) strtol(s, NULL, 10)}, 0 when no digits. */
  static int atoi(String s) {
    return (int) parse(s, 10).value;
  }

  /**
   * {@return what {@code (int) strtol(s, &end, 0)} yields when the whole string is a number},
   * or null when no digits were read or characters follow them, the cases tcpdump refuses.
   */
  static Integer strtolWhole(String s) {
    Parsed p = parse(s, 0);
    if (!p.anyDigits || p.end != s.length()) return null;
    return (int) p.value;
  }

  private record Parsed(long value, int end, boolean anyDigits) {}

  /** strtol on a 64-bit platform: saturates at Long's bounds, base 0 detects 0x and 0 prefixes. */
  private static Parsed parse(String s, int base) {
    int i = 0;
    int n = s.length();
    while (i < n && isSpace(s.charAt(i))) i++;
    boolean negative = false;
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) negative = s.charAt(i++) == '-';
    if ((base == 0 || base == 16) && i + 1 < n && s.charAt(i) == '0'
        && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X') && i + 2 < n
        && Character.digit(s.charAt(i + 2), 16) >= 0) {
      base = 16;
      i += 2;
    } else if (base == 0) {
      base = i < n && s.charAt(i) == '0' ? 8 : 10;
    }
    int start = i;
    boolean overflow = false;
    long magnitude = 0;
    for (; i < n; i++) {
      int d = Character.digit(s.charAt(i), base);
      if (d < 0 || s.charAt(i) > 0x7f) break;
      if (!overflow) {
        long next = magnitude * base + d;
        if (magnitude > (Long.MAX_VALUE - d) / base) overflow = true;
        else magnitude = next;
      }
    }
    if (i == start) return new Parsed(0, 0, false);
    long value;
    if (overflow) value = negative ? Long.MIN_VALUE : Long.MAX_VALUE;
    else value = negative ? -magnitude : magnitude;
    return new Parsed(value, i, true);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }
}
