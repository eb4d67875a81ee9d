package io.jdump.print;

/**
 * L2TP (RFC 2661) on UDP 1701, as tcpdump's print-l2tp.c: flags, tunnel and session ids,
 * sequence numbers, then a control message's AVPs or a data message's PPP frame.
 */
final class L2tpPrinter {
  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;

  L2tpPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  void print(int ptr, int length) {
    f.proto = "l2tp";
    int first = f.u16(ptr);
    switch (first & 0xf) {
      case 2 -> out.append(" l2tp:");
      case 1 -> {
        out.append(" l2f:");
        return;
      }
      default -> {
        out.append(" Unknown Version, neither L2F(1) nor L2TP(2)");
        return;
      }
    }
    boolean t = (first & 0x8000) != 0;
    boolean l = (first & 0x4000) != 0;
    boolean s = (first & 0x0800) != 0;
    boolean o = (first & 0x0200) != 0;
    out.append('[').append(t ? "T" : "").append(l ? "L" : "").append(s ? "S" : "")
        .append(o ? "O" : "").append((first & 0x0100) != 0 ? "P" : "").append(']');
    int cnt = 2;
    ptr += 2;
    int l2tpLen = 0;
    if (l) {
      l2tpLen = f.u16(ptr);
      ptr += 2;
      cnt += 2;
    }
    // each value is read before its text, as tcpdump's GET macros are evaluated first
    int tunnel = f.u16(ptr);
    out.append('(').append(tunnel).append('/');
    ptr += 2;
    cnt += 2;
    int session = f.u16(ptr);
    out.append(session).append(')');
    ptr += 2;
    cnt += 2;
    if (s) {
      int ns = f.u16(ptr);
      out.append("Ns=").append(ns).append(',');
      ptr += 2;
      cnt += 2;
      int nr = f.u16(ptr);
      out.append("Nr=").append(nr);
      ptr += 2;
      cnt += 2;
    }
    if (o) {
      int pad = f.u16(ptr);
      if (!f.has(ptr + 2, pad)) {
        f.printTrunc();
        return;
      }
      ptr += 2 + pad;
      cnt += 2 + pad;
    }
    if (l) {
      if (length < l2tpLen) {
        out.append(" Length ").append(l2tpLen).append(" larger than packet");
        return;
      }
      length = l2tpLen;
    }
    if (length < cnt) {
      out.append(" Length ").append(length).append(" smaller than header length");
      return;
    }
    if (t) {
      if (!l) {
        out.append(" No length");
        return;
      }
      if (length == cnt) {
        out.append(" ZLB");
        return;
      }
      while (length - cnt != 0) {
        int avp = avp(ptr, length - cnt);
        if (avp == 0) break;
        cnt += avp;
        ptr += avp;
      }
    } else {
      out.append(" {");
      d.ppp.print(ptr, length - cnt);
      out.append('}');
    }
  }

  /** One AVP; {@return its length, 0 when it was cut or too long} */
  private int avp(int dat, int length) {
    out.append(' ');
    int len = f.u16(dat) & 0x3ff;
    if (len < 6 || len > length || !f.has(dat, len)) {
      f.printTrunc();
      return 0;
    }
    int flags = f.u16(dat);
    boolean hidden = (flags & 0x4000) != 0;
    if ((flags & 0x8000) != 0) out.append('*');
    if (hidden) out.append('?');
    dat += 2;
    int vendor = f.u16(dat);
    if (vendor != 0) {
      out.append("VENDOR");
      Text.hex4(out, vendor);
      out.append(":ATTR");
      Text.hex4(out, f.u16(dat + 2));
      out.append('(');
      octets(dat + 4, len - 6);
      out.append(')');
      return len;
    }
    int type = f.u16(dat + 2);
    dat += 4;
    String name = L2tpNames.avp(type);
    if (name != null) out.append(name);
    else out.append("AVP-#").append(type);
    out.append('(');
    if (hidden) {
      out.append("???");
    } else {
      value(type, dat, len - 6);
    }
    out.append(')');
    return len;
  }

  private void value(int type, int dat, int n) {
    switch (type) {
      case 0 -> {
        if (n < 2) {
          tooShort();
          return;
        }
        int m = f.u16(dat);
        String mn = L2tpNames.message(m);
        if (mn != null) out.append(mn);
        else out.append("MSGTYPE-#").append(m);
      }
      case 1 -> {
        if (n < 2) {
          tooShort();
          return;
        }
        out.append(f.u16(dat));
        if (n == 2) return;
        if (n < 4) {
          out.append(" AVP too short");
          return;
        }
        out.append('/').append(f.u16(dat + 2));
        if (n == 4) return;
        out.append(' ');
        string(dat + 4, n - 4);
      }
      case 2 -> {
        if (n < 2) {
          tooShort();
          return;
        }
        int v = f.u16(dat);
        out.append(v >> 8).append('.').append(v & 0xff);
      }
      case 3, 19 -> {
        if (n < 4) {
          tooShort();
          return;
        }
        long v = f.u32(dat);
        if ((v & 2) != 0) out.append('A');
        if ((v & 1) != 0) out.append('S');
      }
      case 4, 18 -> {
        if (n < 4) {
          tooShort();
          return;
        }
        long v = f.u32(dat);
        if ((v & 2) != 0) out.append('A');
        if ((v & 1) != 0) out.append('D');
      }
      case 5 -> {
        if (n < 8) tooShort();
        else octets(dat, 8);
      }
      case 6, 9, 10, 14 -> {
        if (n < 2) tooShort();
        else out.append(f.u16(dat));
      }
      case 7, 8, 21, 22, 23, 30, 37 -> string(dat, n);
      case 11, 26, 27, 28, 31, 33, 36 -> octets(dat, n);
      case 12 -> {
        if (n < 3) {
          tooShort();
          return;
        }
        out.append(f.u16(dat)).append(", ");
        Text.hex2(out, f.u8(dat + 2));
        if (n > 3) {
          out.append(' ');
          string(dat + 3, n - 3);
        }
      }
      case 13 -> {
        if (n < 16) tooShort();
        else octets(dat, 16);
      }
      case 15, 16, 17, 24, 25, 38 -> {
        if (n < 4) tooShort();
        else out.append(f.u32(dat));
      }
      case 20 -> out.append("obsolete");
      case 29 -> {
        if (n < 2) {
          tooShort();
          return;
        }
        int a = f.u16(dat);
        String an = switch (a) {
          case 0 -> "Reserved";
          case 1 -> "Textual";
          case 2 -> "CHAP";
          case 3 -> "PAP";
          case 4 -> "No Auth";
          case 5 -> "MS-CHAPv1";
          default -> null;
        };
        if (an != null) out.append(an);
        else out.append("AuthType-#").append(a);
      }
      case 32 -> {
        if (n < 2) tooShort();
        else out.append(f.u16(dat) & 0xff);
      }
      case 34 -> counters(dat, n, L2tpNames.CALL_ERRORS, false);
      case 35 -> counters(dat, n, L2tpNames.ACCM, true);
      case 46 -> {
        if (n < 5) {
          tooShort();
          return;
        }
        Text.hex4(out, f.u16(dat));
        out.append(", ");
        Text.hex4(out, f.u16(dat + 2));
        out.append(' ');
        int dir = f.u8(dat + 4);
        switch (dir) {
          case 0 -> out.append("global error");
          case 1 -> out.append("at peer");
          case 2 -> out.append("at local");
          default -> out.append("Direction-#").append(dir);
        }
        if (n > 5) {
          out.append(' ');
          string(dat + 5, n - 5);
        }
      }
      default -> { }
    }
  }

  /** Call errors and ACCM: a reserved word, then named 32-bit values. */
  private void counters(int dat, int n, String[] names, boolean hex) {
    if (n < 2) {
      tooShort();
      return;
    }
    dat += 2;
    n -= 2;
    for (String name : names) {
      if (n < 4) {
        tooShort();
        return;
      }
      long v = f.u32(dat);
      out.append(name).append('=');
      if (hex) Text.hex8(out, v);
      else out.append(v);
      out.append(' ');
      dat += 4;
      n -= 4;
    }
  }

  private void tooShort() {
    out.append("AVP too short");
  }

  private void string(int p, int n) {
    for (int i = 0; i < n; i++) Text.printChar(out, f.u8(p + i));
  }

  private void octets(int p, int n) {
    for (int i = 0; i < n; i++) Text.hex2(out, f.u8(p + i));
  }
}
