package io.jdump.sparkcli;

/**
 * Byte counts as users write them: {@code 65536}, {@code 64K}, {@code 64M}, {@code 1G}.
 *
 * <pre>{@code
 * long split = Sizes.parse("64M");   // 67108864
 * }</pre>
 */
final class Sizes {
  private Sizes() {}

  static long parse(String text) throws Failure {
    String t = text.trim().toUpperCase(java.util.Locale.ROOT);
    long unit = 1;
    if (t.endsWith("K")) unit = 1L << 10;
    if (t.endsWith("M")) unit = 1L << 20;
    if (t.endsWith("G")) unit = 1L << 30;
    if (unit > 1) t = t.substring(0, t.length() - 1);
    try {
      long n = Long.parseLong(t);
      if (n > 0 && n <= Long.MAX_VALUE / unit) return n * unit;
    } catch (NumberFormatException e) {
      // worded below
    }
    throw new Failure("invalid split size " + text);
  }
}
