package io.jdump.print;

/**
 * Number and address formatting straight into a {@link StringBuilder}: the few printf
 * conversions tcpdump uses ({@code %02x}, {@code %04x}, {@code %5u}, {@code %06u}), without
 * {@code String.format} or intermediate strings.
 */
final class Text {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Text() {}

  /** {@code %0{width}d}, a negative value as C prints it ({@code -00005}). */
  static void zeroPad(StringBuilder sb, long v, int width) {
    if (v < 0) { // C's %06d of a negative: the sign, then zeros up to the width
      sb.append('-');
      int digits = 1;
      for (long t = v; t <= -10; t /= 10) digits++;
      for (int i = digits + 1; i < width; i++) sb.append('0');
      int at = sb.length();
      sb.append(v).deleteCharAt(at); // v's digits without its sign, Long.MIN_VALUE too
      return;
    }
    int digits = 1;
    for (long t = v; t >= 10; t /= 10) digits++;
    for (int i = digits; i < width; i++) sb.append('0');
    sb.append(v);
  }

  /** {@code %{width}u}: right-aligned in spaces. */
  static void spacePad(StringBuilder sb, long v, int width) {
    int chars = v < 0 ? 2 : 1;
    for (long t = v; t >= 10 || t <= -10; t /= 10) chars++;
    for (int i = chars; i < width; i++) sb.append(' ');
    sb.append(v);
  }

  /** {@code %02x}. */
  static void hex2(StringBuilder sb, int v) {
    sb.append(HEX[(v >> 4) & 0xf]).append(HEX[v & 0xf]);
  }

  /** {@code %04x}. */
  static void hex4(StringBuilder sb, int v) {
    hex2(sb, v >> 8);
    hex2(sb, v);
  }

  /** {@code %zu} or {@code %lu} of a 64-bit value: a negative one as C's wrapped unsigned. */
  static void unsigned64(StringBuilder sb, long v) {
    if (v >= 0) {
      sb.append(v);
      return;
    }
    long q = (v >>> 1) / 5; // v / 10, unsigned
    sb.append(q).append((char) ('0' + (v - q * 10)));
  }

  /** {@code %08x}. */
  static void hex8(StringBuilder sb, long v) {
    hex4(sb, (int) (v >>> 16));
    hex4(sb, (int) v);
  }

  /** {@code %x}: no leading zeros. */
  static void hex(StringBuilder sb, long v) {
    int shift = 60;
    while (shift > 0 && ((v >>> shift) & 0xf) == 0) shift -= 4;
    for (; shift >= 0; shift -= 4) sb.append(HEX[(int) ((v >>> shift) & 0xf)]);
  }

  /** {@code 0x%x}. */
  static void hex0x(StringBuilder sb, long v) {
    sb.append("0x");
    hex(sb, v);
  }

  /** Dotted quad of the 4 bytes at off. */
  static void ip4(StringBuilder sb, byte[] b, int off) {
    sb.append(b[off] & 0xff).append('.').append(b[off + 1] & 0xff).append('.')
        .append(b[off + 2] & 0xff).append('.').append(b[off + 3] & 0xff);
  }

  /** Dotted quad of an address held in an int. */
  static void ip4(StringBuilder sb, int a) {
    sb.append(a >>> 24).append('.').append((a >> 16) & 0xff).append('.')
        .append((a >> 8) & 0xff).append('.').append(a & 0xff);
  }

  /** Colon-separated lowercase MAC address of the 6 bytes at off. */
  static void mac(StringBuilder sb, byte[] b, int off) {
    for (int i = 0; i < 6; i++) {
      if (i > 0) sb.append(':');
      hex2(sb, b[off + i]);
    }
  }

  /** Colon-separated hex bytes ({@code %02x:%02x...}), as tcpdump prints link addresses. */
  static void colonHex(StringBuilder sb, byte[] b, int off, int len) {
    for (int i = 0; i < len; i++) {
      if (i > 0) sb.append(':');
      hex2(sb, b[off + i]);
    }
  }

  /**
   * The 16 bytes at off as {@code inet_ntop} writes them (RFC 5952): the longest run of two or
   * more zero groups becomes {@code ::}, and IPv4-compatible or -mapped addresses end in a
   * dotted quad.
   */
  static void ip6(StringBuilder sb, byte[] b, int off) {
    int bestBase = -1, bestLen = 0, curBase = -1, curLen = 0;
    for (int i = 0; i < 8; i++) {
      int w = (b[off + 2 * i] & 0xff) << 8 | (b[off + 2 * i + 1] & 0xff);
      if (w == 0) {
        if (curBase < 0) { curBase = i; curLen = 1; } else curLen++;
      } else if (curBase >= 0) {
        if (curLen > bestLen) { bestBase = curBase; bestLen = curLen; }
        curBase = -1;
      }
    }
    if (curBase >= 0 && curLen > bestLen) { bestBase = curBase; bestLen = curLen; }
    if (bestLen < 2) bestBase = -1;
    for (int i = 0; i < 8; i++) {
      if (bestBase >= 0 && i >= bestBase && i < bestBase + bestLen) {
        if (i == bestBase) sb.append(':');
        continue;
      }
      if (i != 0) sb.append(':');
      int w5 = (b[off + 10] & 0xff) << 8 | (b[off + 11] & 0xff);
      if (i == 6 && bestBase == 0 && (bestLen == 6 || (bestLen == 5 && w5 == 0xffff))) {
        ip4(sb, b, off + 12);
        return;
      }
      hex(sb, (b[off + 2 * i] & 0xff) << 8 | (b[off + 2 * i + 1] & 0xff));
    }
    if (bestBase >= 0 && bestBase + bestLen == 8) sb.append(':');
  }

  /** Appends bytes [off, off+len) as ASCII; other bytes as '.', as tcpdump's safeputs. */
  static void printable(StringBuilder sb, byte[] b, int off, int len) {
    for (int i = 0; i < len; i++) {
      int c = b[off + i] & 0xff;
      sb.append(c >= 0x20 && c < 0x7f ? (char) c : '.');
    }
  }

  /** tcpdump's {@code fn_print_char}: c, with M- before a high byte and ^ before a control. */
  static void printChar(StringBuilder sb, int c) {
    if ((c & 0x80) != 0) {
      sb.append("M-");
      c &= 0x7f;
    }
    if (c < 0x20 || c == 0x7f) sb.append('^').append((char) (c ^ 0x40));
    else sb.append((char) c);
  }

  /** C's {@code %.3f} of a float: its exact binary value rounded, with C's sign and names. */
  static void fixed3(StringBuilder sb, float v) {
    if (Float.isNaN(v)) {
      sb.append(Float.floatToRawIntBits(v) < 0 ? "-nan" : "nan");
    } else if (Float.isInfinite(v)) {
      sb.append(v < 0 ? "-inf" : "inf");
    } else {
      String s = new java.math.BigDecimal(v).setScale(3, java.math.RoundingMode.HALF_EVEN)
          .toPlainString();
      if (Float.floatToRawIntBits(v) < 0 && s.charAt(0) != '-') sb.append('-');
      sb.append(s);
    }
  }

  private static final long[] RELTS_UNITS = {31536000, 604800, 86400, 3600, 60, 1};

  /** tcpdump's {@code unsigned_relts_print}: a duration as 1w2d3h4m5s, "0s" for none. */
  static void relts(StringBuilder sb, long secs) {
    if (secs == 0) {
      sb.append("0s");
      return;
    }
    for (int k = 0; k < 6; k++) {
      if (secs >= RELTS_UNITS[k]) {
        sb.append(secs / RELTS_UNITS[k]).append("ywdhms".charAt(k));
        secs %= RELTS_UNITS[k];
      }
    }
  }
}
