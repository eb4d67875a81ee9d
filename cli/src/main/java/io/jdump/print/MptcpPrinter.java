package io.jdump.print;

/**
 * Multipath TCP options (RFC 6824 and RFC 8684, TCP option 30) as tcpdump's
 * {@code mptcp_print}: the option's length and subtype, then each subtype's fields when its
 * length and the segment's flags fit; false (tcpdump's {@code [bad opt]}) when they do not.
 */
final class MptcpPrinter {
  private static final int SYN = 0x02, ACK = 0x10;
  private static final String[] NAMES = {"capable", "join", "dss", "add-addr", "rem-addr",
    "prio", "fail", "fast-close", "unknown"};

  private final Frame f;
  private final StringBuilder out;

  MptcpPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  /** opt is the option's kind byte; its len bytes were captured. */
  boolean print(int opt, int len, int flags) {
    f.proto = "mptcp";
    if (len < 3) return false;
    int subtype = Math.min(f.u8(opt + 2) >> 4, 8);
    out.append(' ').append(len).append(' ').append(NAMES[subtype]);
    return switch (subtype) {
      case 0 -> capable(opt, len, flags);
      case 1 -> join(opt, len, flags);
      case 2 -> dss(opt, len, flags);
      case 3 -> addAddr(opt, len);
      case 4 -> removeAddr(opt, len);
      case 5 -> prio(opt, len);
      case 6 -> eightBytes(opt, len, " seq ", false);
      case 7 -> eightBytes(opt, len, " key 0x", true);
      default -> true;
    };
  }

  private long u64(int p) {
    return (f.u32(p) << 32) | f.u32(p + 4);
  }

  private boolean capable(int opt, int len, int flags) {
    if (!((len == 12 || len == 4) && (flags & SYN) != 0)
        && !((len == 20 || len == 22) && (flags & (SYN | ACK)) == ACK)) {
      return false;
    }
    int version = f.u8(opt + 2) & 0x0f;
    if (version > 1) {
      out.append(" Unknown Version (").append(version).append(')');
      return true;
    }
    out.append(" v").append(version);
    if ((f.u8(opt + 3) & 0x80) != 0) out.append(" csum");
    if (len == 12 || len >= 20) {
      out.append(" {0x");
      Text.hex(out, u64(opt + 4));
      if (len >= 20) {
        out.append(",0x");
        Text.hex(out, u64(opt + 12));
      }
      out.append('}');
    }
    return true;
  }

  private boolean join(int opt, int len, int flags) {
    if (!(len == 12 && (flags & SYN) != 0)
        && !(len == 16 && (flags & (SYN | ACK)) == (SYN | ACK))
        && !(len == 24 && (flags & ACK) != 0)) {
      return false;
    }
    if (len != 24) {
      if ((f.u8(opt + 2) & 1) != 0) out.append(" backup");
      out.append(" id ").append(f.u8(opt + 3));
    }
    switch (len) {
      case 12 -> {
        out.append(" token 0x");
        Text.hex(out, f.u32(opt + 4));
        out.append(" nonce 0x");
        Text.hex(out, f.u32(opt + 8));
      }
      case 16 -> {
        out.append(" hmac 0x");
        Text.hex(out, u64(opt + 4));
        out.append(" nonce 0x");
        Text.hex(out, f.u32(opt + 12));
      }
      default -> {
        out.append(" hmac 0x");
        for (int i = 0; i < 20; i++) Text.hex2(out, f.u8(opt + 4 + i));
      }
    }
    return true;
  }

  /** Data sequence signal: DATA_ACK and the mapping, 4 or 8 bytes each by the a and m flags. */
  private boolean dss(int opt, int len, int flags) {
    if (len < 4) return false;
    if ((flags & SYN) != 0) return false;
    int mf = f.u8(opt + 3);
    if ((mf & 0x10) != 0) out.append(" fin");
    int p = opt + 4;
    int left = len - 4;
    if ((mf & 0x01) != 0) {
      out.append(" ack ");
      int n = (mf & 0x02) != 0 ? 8 : 4;
      if (left < n) return false;
      out.append(Long.toUnsignedString(n == 8 ? u64(p) : f.u32(p)));
      p += n;
      left -= n;
    }
    if ((mf & 0x04) != 0) {
      out.append(" seq ");
      int n = (mf & 0x08) != 0 ? 8 : 4;
      if (left < n) return false;
      out.append(Long.toUnsignedString(n == 8 ? u64(p) : f.u32(p)));
      p += n;
      left -= n;
      if (left < 4) return false;
      out.append(" subseq ").append(f.u32(p));
      p += 4;
      left -= 4;
      if (left < 2) return false;
      out.append(" len ").append(f.u16(p));
      p += 2;
      left -= 2;
      if (left >= 2) {
        out.append(" csum 0x");
        Text.hex(out, f.u16(p));
        left -= 2;
      }
    }
    return left == 0;
  }

  private boolean addAddr(int opt, int len) {
    boolean v4 = len == 8 || len == 10 || len == 16 || len == 18;
    boolean v6 = len == 20 || len == 22 || len == 28 || len == 30;
    if (!v4 && !v6) return false;
    out.append(' ');
    switch (f.u8(opt + 2) & 0xf) {
      case 6 -> out.append("v0-ip6");
      case 4 -> out.append("v0-ip4");
      case 1 -> out.append("v1-echo");
      case 0 -> out.append("v1");
      default -> out.append("[bad version/echo]");
    }
    out.append(" id ").append(f.u8(opt + 3)).append(' ');
    int a = opt + 4;
    int alen = v4 ? 4 : 16;
    int base = v4 ? 8 : 20;
    if (v4) {
      f.ip4(a);
    } else {
      f.need(a, 16);
      f.names.ip6(out, f.b, a);
    }
    boolean port = len == base + 2 || len == base + 10;
    if (port) out.append(':').append(f.u16(a + alen));
    if (len >= base + 8) {
      out.append(" hmac 0x");
      Text.hex(out, u64(a + alen + (port ? 2 : 0)));
    }
    return true;
  }

  private boolean removeAddr(int opt, int len) {
    if (len < 4) return false;
    out.append(" id");
    for (int i = 0; i < len - 3; i++) out.append(' ').append(f.u8(opt + 3 + i));
    return true;
  }

  private boolean prio(int opt, int len) {
    if (len != 3 && len != 4) return false;
    out.append((f.u8(opt + 2) & 1) != 0 ? " backup" : " non-backup");
    if (len == 4) out.append(" id ").append(f.u8(opt + 3));
    return true;
  }

  /** MP_FAIL's data sequence number and MP_FASTCLOSE's key: 8 bytes after 4. */
  private boolean eightBytes(int opt, int len, String label, boolean hex) {
    if (len != 12) return false;
    out.append(label);
    if (hex) Text.hex(out, u64(opt + 4));
    else out.append(Long.toUnsignedString(u64(opt + 4)));
    return true;
  }
}
