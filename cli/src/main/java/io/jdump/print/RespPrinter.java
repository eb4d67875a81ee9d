package io.jdump.print;

/**
 * Redis' RESP (TCP port 6379 or {@code -T resp}) as tcpdump's {@code resp_print}: every
 * pipelined item as quoted strings, " empty", " null" or the length's complaint.
 *
 * <p>tcpdump recurses into arrays; here nested arrays are a stack of counts still to read,
 * reused from packet to packet, so a deep nesting cannot exhaust the thread's stack.
 */
final class RespPrinter {
  private static final int TRUNC = -2;
  private static final int INVALID = -5;

  private final Frame f;
  private final StringBuilder out;
  /** Where the item being read is, and the bytes left of the payload. */
  private int p;
  private int rem;
  /** Where {@link #length} stopped reading. */
  private int endp;
  private int[] counts = new int[16];

  RespPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int bp, int length) {
    f.proto = "resp";
    out.append(": RESP");
    p = bp;
    rem = length;
    while (rem > 0) {
      if (!element()) {
        f.printTrunc();
        return;
      }
    }
  }

  /** One complete item, arrays with all their elements; false where tcpdump gives up. */
  private boolean element() {
    int depth = 0;
    do {
      if (rem < 1) return false;
      int op = f.u8(p);
      switch (op) {
        case '+', '-', ':' -> {
          if (!line()) return false;
        }
        case '$' -> {
          if (!bulkString()) return false;
        }
        case '*' -> {
          int n = arrayHeader();
          if (n < 0) return false;
          if (n > 0) {
            if (depth == counts.length) counts = java.util.Arrays.copyOf(counts, depth * 2);
            counts[depth++] = n;
            continue;
          }
        }
        default -> {
          if (!inline()) return false;
        }
      }
      while (depth > 0) {
        if (--counts[depth - 1] > 0) break;
        depth--;
      }
    } while (depth > 0);
    return true;
  }

  /** {@return the position of the CR of the next CRLF from q, or -1 if the length or capture ends first} */
  private int findCrlf(int q, int cur) {
    for (;;) {
      if (cur < 2 || !f.has(q, 2)) return -1;
      if (f.b[q] == '\r' && f.b[q + 1] == '\n') return q;
      q++;
      cur--;
    }
  }

  private void segment(int q, int len) {
    out.append(" \"");
    for (int i = 0; i < len; i++) DnsNames.charEscaped(out, f.u8(q + i));
    out.append('"');
  }

  /** Simple strings, errors and integers: the text up to CRLF. */
  private boolean line() {
    int q = findCrlf(p + 1, rem - 1);
    if (q < 0) return false;
    int len = q - (p + 1);
    segment(p + 1, len);
    p += len + 3;
    rem -= len + 3;
    return true;
  }

  private boolean bulkString() {
    int q = p + 1;
    int cur = rem - 1;
    int n = length(q, cur);
    cur -= endp - q;
    q = endp;
    if (n >= 0) {
      if (n == 0) {
        out.append(" empty");
      } else {
        if (cur < n || !f.has(q, n)) return false;
        segment(q, n);
        q += n;
        cur -= n;
      }
      int crlf = findCrlf(q, cur);
      if (crlf < 0) return false;
      cur -= crlf - q + 2;
      q = crlf + 2;
    } else if (n == TRUNC) {
      return false;
    } else {
      complain(n);
    }
    p = q;
    rem = cur;
    return true;
  }

  /** {@return the element count of the array at p, 0 after printing why there are none, or -1} */
  private int arrayHeader() {
    int q = p + 1;
    int n = length(q, rem - 1);
    if (n == TRUNC) return -1;
    rem = rem - 1 - (endp - q);
    p = endp;
    if (n > 0) return n;
    if (n == 0) out.append(" empty");
    else complain(n);
    return 0;
  }

  private void complain(int n) {
    out.append(switch (n) {
      case -1 -> " null";
      case -3 -> " length too large";
      case -4 -> " length negative and not -1";
      default -> " invalid";
    });
  }

  /** Inline commands: text between runs of CR and LF. */
  private boolean inline() {
    int q = skipCrLf(p, rem);
    if (q < 0) return false;
    int cur = rem - (q - p);
    int start = q;
    for (;;) {
      if (cur < 1) return false;
      int c = f.u8(q);
      if (c == '\r' || c == '\n') break;
      q++;
      cur--;
    }
    segment(start, q - start);
    int after = skipCrLf(q, cur);
    if (after < 0) return false;
    p = after;
    rem = cur - (after - q);
    return true;
  }

  /**
   * tcpdump's CONSUME_CR_OR_LF: past a run of CR and LF within cur bytes from q; {@return where
   * it stops, or -1 when the bytes end before anything but CR or LF was seen}
   */
  private int skipCrLf(int q, int cur) {
    boolean found = false;
    for (;;) {
      if (cur == 0 || !f.has(q, 1)) return found ? q : -1;
      if (f.b[q] != '\r' && f.b[q] != '\n') return q;
      found = true;
      q++;
      cur--;
    }
  }

  /**
   * tcpdump's {@code resp_get_length}: a decimal length ended by CRLF at q; -1 for "-1" (null),
   * -2 cut, -3 too large, -4 another negative, -5 not a number. Sets {@link #endp}.
   */
  private int length(int q, int len) {
    if (len == 0) {
      endp = q;
      return TRUNC;
    }
    boolean tooLarge = false;
    boolean neg = false;
    if (f.u8(q) == '-') {
      neg = true;
      q++;
      len--;
    }
    int result = 0;
    boolean sawDigit = false;
    for (;;) {
      if (len == 0) {
        endp = q;
        return TRUNC;
      }
      int c = f.u8(q);
      if (c < '0' || c > '9') {
        if (!sawDigit) {
          endp = q + 1;
          return INVALID;
        }
        break;
      }
      c -= '0';
      if (result > Integer.MAX_VALUE / 10) {
        tooLarge = true;
      } else {
        result *= 10;
        if (result == (Integer.MAX_VALUE / 10) * 10 && c > Integer.MAX_VALUE % 10) {
          tooLarge = true;
        } else {
          result += c;
        }
      }
      q++;
      len--;
      sawDigit = true;
    }
    if (f.u8(q) != '\r') {
      endp = q + 1;
      return INVALID;
    }
    q++;
    len--;
    if (len == 0) {
      endp = q;
      return TRUNC;
    }
    if (f.u8(q) != '\n') {
      endp = q + 1;
      return INVALID;
    }
    q++;
    endp = q;
    if (neg) {
      if (tooLarge || result != 1) return -4;
      return -1;
    }
    return tooLarge ? -3 : result;
  }
}
