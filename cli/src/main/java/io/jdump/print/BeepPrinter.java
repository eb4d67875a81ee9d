package io.jdump.print;

/**
 * BEEP (RFC 3080, TCP port 10288) as tcpdump's {@code beep_print}: only the frame's keyword.
 */
final class BeepPrinter {
  private static final String[] KEYWORDS = {"MSG\0", "RPY ", "ERR ", "ANS ", "NUL ", "SEQ ",
    "END\0"};

  private final Frame f;
  private final StringBuilder out;

  BeepPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int bp, int length) {
    for (String k : KEYWORDS) {
      if (startsWith(bp, length, k)) {
        out.append(" BEEP ").append(k, 0, 3);
        return;
      }
    }
    out.append(" BEEP (payload or undecoded)");
  }

  /**
   * tcpdump's l_strnstart: four bytes compared, strncmp-style; "MSG" and "END" are three
   * letters and their NUL, so they match only a NUL after them, as tcpdump's do.
   */
  private boolean startsWith(int bp, int length, String k) {
    if (!f.has(bp, 4) || length < 4) return false;
    for (int i = 0; i < 4; i++) {
      if ((f.b[bp + i] & 0xff) != k.charAt(i)) return false;
      if (k.charAt(i) == 0) return true;
    }
    return true;
  }
}
