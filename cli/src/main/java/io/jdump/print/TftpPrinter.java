package io.jdump.print;

/** TFTP (UDP port 69, or {@code -T tftp}), as tcpdump's {@code tftp_print}. */
final class TftpPrinter {
  private static final String[] OPS = {null, "RRQ", "WRQ", "DATA", "ACK", "ERROR", "OACK"};
  private static final String[] ERRORS = {"EUNDEF", "ENOTFOUND", "EACCESS", "ENOSPACE",
    "EBADOP", "EBADID", "EEXISTS", "ENOUSER"};
  private final Frame f;
  private final StringBuilder out;

  TftpPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int p, int length) {
    f.proto = "tftp";
    out.append("TFTP, length ").append(length);
    if (length < 2) {
      f.printTrunc();
      return;
    }
    int op = f.u16(p);
    if (op < 1 || op >= OPS.length) {
      out.append(", tftp-#").append(op);
      return;
    }
    out.append(", ").append(OPS[op]);
    p += 2;
    length -= 2;
    switch (op) {
      case 1, 2 -> {
        if (length == 0) {
          f.printTrunc();
          return;
        }
        out.append(" \"");
        int n = printztn(p, length);
        out.append('"');
        if (n == 0) {
          f.printTrunc();
          return;
        }
        p += n;
        length -= n;
        if (length == 0) {
          f.printTrunc(); // no mode
          return;
        }
        out.append(' ');
        n = printztn(p, length);
        if (n == 0) {
          f.printTrunc();
          return;
        }
        options(p + n, length - n);
      }
      case 6 -> options(p, length);
      case 3, 4 -> {
        if (length < 2) {
          f.printTrunc();
          return;
        }
        int block = f.u16(p); // read before its label, as tcpdump's GET
        out.append(" block ").append(block);
      }
      default -> { // ERROR
        if (length < 2) {
          f.printTrunc();
          return;
        }
        int code = f.u16(p);
        out.append(' ');
        if (code < ERRORS.length) out.append(ERRORS[code]);
        else out.append("tftp-err-#").append(code).append(" \"");
        if (length == 2) {
          f.printTrunc();
          return;
        }
        out.append(" \"");
        int n = printztn(p + 2, length - 2);
        out.append('"');
        if (n == 0) f.printTrunc();
      }
    }
  }

  private void options(int p, int length) {
    while (length != 0) {
      if (f.u8(p) != 0) out.append(' ');
      int n = printztn(p, length);
      if (n == 0) {
        f.printTrunc();
        return;
      }
      p += n;
      length -= n;
    }
  }

  /**
   * tcpdump's {@code nd_printztn}: a NUL-terminated string of at most n bytes, escaped.
   * {@return the bytes it took with its NUL, 0 when it was cut or had no NUL}
   */
  private int printztn(int p, int n) {
    int bytes = 0;
    while (true) {
      if (n == 0 || p >= f.end) return 0;
      int c = f.u8(p++);
      bytes++;
      n--;
      if (c == 0) return bytes;
      DnsNames.charEscaped(out, c);
    }
  }
}
