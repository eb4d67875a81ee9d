package io.jdump.print;

/**
 * Kerberos on UDP ports 88 and 750, as tcpdump's {@code krb_print}: the protocol version; for
 * version 4 the message type, byte order and principal names; version 5 by its ASN.1 tag only.
 */
final class KrbPrinter {
  private final Frame f;
  private final StringBuilder out;
  /** Where the last name printed ended, or -1 when it ran to the end of the capture. */
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
        v4(dat);
      }
      case 106, 107 -> out.append(" v5");
      default -> { }
    }
  }

  private static String typeName(int type) {
    return switch (type) {
      case 2 -> "KDC_REQUEST";
      case 4 -> "KDC_REPLY";
      case 6 -> "APPL_REQUEST";
      case 8 -> "APPL_REQUEST_MUTUAL";
      case 10 -> "ERR_REPLY";
      case 12 -> "PRIVATE";
      case 14 -> "SAFE";
      case 16 -> "APPL_ERR";
      case 126 -> "DIE";
      default -> null;
    };
  }

  private static String errorName(int code) {
    return switch (code) {
      case 0 -> "OK";
      case 1 -> "NAME_EXP";
      case 2 -> "SERVICE_EXP";
      case 3 -> "AUTH_EXP";
      case 4 -> "PKT_VER";
      case 5 -> "NAME_MAST_KEY_VER";
      case 6 -> "SERV_MAST_KEY_VER";
      case 7 -> "BYTE_ORDER";
      case 8 -> "PRINCIPAL_UNKNOWN";
      case 9 -> "PRINCIPAL_NOT_UNIQUE";
      case 10 -> "NULL_KEY";
      default -> null;
    };
  }

  private void v4(int kp) {
    int typeByte = f.u8(kp + 1);
    boolean le = (typeByte & 1) != 0;
    int type = typeByte & 0xfe;
    out.append(le ? " le " : " be ");
    name(typeName(type), type);
    out.append(": ");
    cp = kp;
    switch (type) {
      case 2 -> {
        if (!header()) return;
        cp += 4; // ctime
        int lifetime = f.u8(cp) * 5; // read before printing, as tcpdump's printf arguments are
        out.append(' ').append(lifetime).append("min ");
        cp++;
        if (!string()) return;
        out.append('.');
        if (!string()) return;
      }
      case 6 -> {
        cp += 2;
        int kvno = f.u8(cp);
        out.append('v').append(kvno).append(' ');
        cp++;
        if (!string()) return;
        int a = f.u8(cp);
        out.append(" (").append(a).append(')');
        cp++;
        int b = f.u8(cp);
        out.append(" (").append(b).append(')');
      }
      case 4 -> {
        if (!header()) return;
        cp += 10; // time stamp, n, expiry, key version
        int len = le ? f.u16le(cp) : f.u16(cp);
        out.append(" (").append(len).append(')');
      }
      case 10 -> {
        if (!header()) return;
        cp += 4; // time stamp
        int code = le ? f.u16le(cp) : f.u16(cp);
        out.append(' ');
        name(errorName(code), code);
        out.append(' ');
        cp += 4;
        string();
      }
      default -> out.append("(unknown)");
    }
  }

  /** tok2str without a format: the name, or #N. */
  private void name(String name, int v) {
    if (name != null) out.append(name);
    else out.append('#').append(v);
  }

  /** The name, instance and realm after the 2-byte header, as name.instance@realm. */
  private boolean header() {
    cp += 2;
    if (!string()) return false;
    out.append('.');
    if (!string()) return false;
    out.append('@');
    return string();
  }

  /**
   * A NUL-terminated string at cp, escaped; false (after tcpdump's marker) when the capture
   * ends first.
   */
  private boolean string() {
    while (cp < f.end) {
      int c = f.u8(cp++);
      if (c == 0) return true;
      DnsNames.charEscaped(out, c);
    }
    f.printTrunc();
    return false;
  }
}
