package io.jdump.print;

/**
 * Kerberos on UDP ports 88 and 750 as tcpdump's {@code krb_print}: the version, and for
 * version 4 the message type and its principal names; version 5 is not decoded ("v5").
 */
final class KrbPrinter {
  private final Frame f;
  private final StringBuilder out;
  /** The cursor of {@link #names}: -1 once a name ran into the capture's end. */
  private int cp;

  KrbPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int dat) {
    f.proto = "krb";
    if (dat >= f.end) {
      f.printTrunc();
      return;
    }
    int pvno = f.u8(dat);
    switch (pvno) {
      case 1, 2, 3 -> out.append(" v").append(pvno);
      case 4 -> {
        out.append(" v4");
        krb4(dat);
      }
      case 106, 107 -> out.append(" v5");
      default -> { }
    }
  }

  /** tcpdump's c_print: a NUL-ended string; false when the capture ends first. */
  private boolean string() {
    while (cp < f.end) {
      int c = f.u8(cp++);
      if (c == 0) return true;
      DnsNames.charEscaped(out, c);
    }
    return false;
  }

  private boolean header(int kp) {
    cp = kp + 2;
    if (!string()) return false;
    out.append('.');
    if (!string()) return false;
    out.append('@');
    return string();
  }

  private int short16(boolean le, int p) {
    return le ? f.u16le(p) : f.u16(p);
  }

  private void krb4(int kp) {
    int t = f.u8(kp + 1);
    boolean le = (t & 1) != 0;
    int type = t & 0xfe;
    out.append(' ').append(le ? "le" : "be").append(' ').append(switch (type) {
      case 2 -> "KDC_REQUEST";
      case 4 -> "KDC_REPLY";
      case 6 -> "APPL_REQUEST";
      case 8 -> "APPL_REQUEST_MUTUAL";
      case 10 -> "ERR_REPLY";
      case 12 -> "PRIVATE";
      case 14 -> "SAFE";
      case 16 -> "APPL_ERR";
      case 126 -> "DIE";
      default -> "#" + type;
    }).append(": ");
    switch (type) {
      case 2 -> {
        if (!header(kp)) {
          f.printTrunc();
          return;
        }
        cp += 4;
        int life = f.u8(cp) * 5;
        out.append(' ').append(life).append("min ");
        cp++;
        if (!string()) {
          f.printTrunc();
          return;
        }
        out.append('.');
        if (!string()) f.printTrunc();
      }
      case 6 -> {
        cp = kp + 2;
        int version = f.u8(cp);
        out.append('v').append(version).append(' ');
        cp++;
        if (!string()) {
          f.printTrunc();
          return;
        }
        int a = f.u8(cp);
        out.append(" (").append(a).append(')');
        cp++;
        int b = f.u8(cp);
        out.append(" (").append(b).append(')');
      }
      case 4 -> {
        if (!header(kp)) {
          f.printTrunc();
          return;
        }
        cp += 10;
        int len = short16(le, cp);
        out.append(" (").append(len).append(')');
      }
      case 10 -> {
        if (!header(kp)) {
          f.printTrunc();
          return;
        }
        cp += 4;
        int e = short16(le, cp);
        String[] errs = {"OK", "NAME_EXP", "SERVICE_EXP", "AUTH_EXP", "PKT_VER",
          "NAME_MAST_KEY_VER", "SERV_MAST_KEY_VER", "BYTE_ORDER", "PRINCIPAL_UNKNOWN",
          "PRINCIPAL_NOT_UNIQUE", "NULL_KEY"};
        out.append(' ').append(e < errs.length ? errs[e] : "#" + e).append(' ');
        cp += 4;
        if (!string()) f.printTrunc();
      }
      default -> out.append("(unknown)");
    }
  }
}
