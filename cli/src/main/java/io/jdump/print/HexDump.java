package io.jdump.print;

/**
 * tcpdump's raw dumps: {@code hex_print} ({@code -x}), {@code hex_and_ascii_print}
 * ({@code -X}, and the default dump of unknown payloads), {@code ascii_print} ({@code -A}).
 */
final class HexDump {
  private static final int HEX_PART_WIDTH = 40;

  private HexDump() {}

  private static boolean graph(int c) {
    return c > 0x20 && c < 0x7f;
  }

  /** {@code -x}: "\n\t0x0000:  4500 0054 ..." eight groups a line. */
  static void hex(StringBuilder sb, byte[] b, int off, int len) {
    hex(sb, b, off, len, "\n\t");
  }

  /** {@code hex_print} with another line prefix, as {@code print_unknown_data} passes. */
  static void hex(StringBuilder sb, byte[] b, int off, int len, String indent) {
    int i = 0;
    int offset = 0;
    int p = off;
    for (int n = len / 2; n > 0; n--) {
      if (i++ % 8 == 0) {
        line(sb, indent, offset);
        offset += 16;
      }
      sb.append(' ');
      Text.hex2(sb, b[p++]);
      Text.hex2(sb, b[p++]);
    }
    if ((len & 1) != 0) {
      if (i % 8 == 0) line(sb, indent, offset);
      sb.append(' ');
      Text.hex2(sb, b[p]);
    }
  }

  private static void line(StringBuilder sb, int offset) {
    line(sb, "\n\t", offset);
  }

  private static void line(StringBuilder sb, String indent, int offset) {
    sb.append(indent).append("0x");
    if (offset > 0xffff) Text.hex(sb, offset); // %04x widens past 64 KiB
    else Text.hex4(sb, offset);
    sb.append(": ");
  }

  /** {@code -X}: hex groups padded to 40 columns, two spaces, then the printable bytes. */
  static void hexAscii(StringBuilder sb, byte[] b, int off, int len) {
    hexAscii(sb, b, off, len, "\n\t");
  }

  /** {@code hex_and_ascii_print} with another line prefix, as RADIUS' Location-Data passes. */
  static void hexAscii(StringBuilder sb, byte[] b, int off, int len, String indent) {
    int offset = 0;
    for (int lineStart = 0; lineStart < len; lineStart += 16) {
      int n = Math.min(16, len - lineStart);
      line(sb, indent, offset);
      int before = sb.length();
      int p = off + lineStart;
      for (int k = 0; k + 1 < n; k += 2) {
        sb.append(' ');
        Text.hex2(sb, b[p + k]);
        Text.hex2(sb, b[p + k + 1]);
      }
      if ((n & 1) != 0) {
        sb.append(' ');
        Text.hex2(sb, b[p + n - 1]);
      }
      for (int pad = HEX_PART_WIDTH - (sb.length() - before); pad > 0; pad--) sb.append(' ');
      sb.append("  ");
      for (int k = 0; k < n; k++) {
        int c = b[p + k] & 0xff;
        sb.append(graph(c) ? (char) c : '.');
      }
      offset += 16;
    }
  }

  /** {@code -A}: a newline, then the bytes, unprintable ones as '.', CR dropped before LF and at the end. */
  static void ascii(StringBuilder sb, byte[] b, int off, int len) {
    sb.append('\n');
    int end = off + len;
    for (int p = off; p < end; p++) {
      int c = b[p] & 0xff;
      if (c == '\r') {
        if (end - (p + 1) > 1 && b[p + 1] != '\n') sb.append('.');
      } else if (graph(c) || c == '\t' || c == ' ' || c == '\n') {
        sb.append((char) c);
      } else {
        sb.append('.');
      }
    }
  }
}
