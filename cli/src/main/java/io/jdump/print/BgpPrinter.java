package io.jdump.print;

/**
 * BGP on TCP port 179, as tcpdump's {@code bgp_print}: "BGP" alone, and with {@code -v} every
 * message of the segment found by its marker: open with its capabilities, update (through
 * {@link BgpAttributes}), notification, keepalive, route refresh.
 */
final class BgpPrinter {
  private static final int HEADER = 19;
  private static final int OPEN = 29;

  private final Frame f;
  private final StringBuilder out;
  final BgpAttributes attrs;

  BgpPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
    this.attrs = new BgpAttributes(f);
  }

  void print(int dat, int length) {
    f.proto = "bgp";
    out.append(": BGP");
    if (f.opts.verbosity() < 1) return;
    int p = dat;
    int start = p;
    int ep = f.end;
    while (p < ep) {
      if (!f.has(p, 1)) break;
      if (f.u8(p) != 0xff) {
        p++;
        continue;
      }
      if (!f.has(p, 16)) break;
      if (!marker(p)) {
        p++;
        continue;
      }
      if (!f.has(p, HEADER)) {
        f.printTrunc();
        return;
      }
      if (start != p) f.printTrunc();
      int hlen = f.u16(p + 16);
      if (hlen < HEADER) {
        out.append("\nmessage length ").append(hlen).append(" < ").append(HEADER);
        f.printInvalid();
        break;
      }
      if (f.has(p, hlen)) {
        if (!pdu(p, hlen)) return;
        p += hlen;
        start = p;
      } else {
        out.append("\n[|BGP ").append(BgpNames.or(BgpNames.message(f.u8(p + 18)),
            "Unknown Message Type")).append(']');
        break;
      }
    }
  }

  private boolean marker(int p) {
    for (int i = 0; i < 16; i++) {
      if (f.b[p + i] != (byte) 0xff) return false;
    }
    return true;
  }

  /** tcpdump's {@code bgp_pdu_print}: false when the segment's walk must stop. */
  private boolean pdu(int p, int length) {
    int type = f.u8(p + 18);
    out.append("\n\t").append(BgpNames.or(BgpNames.message(type), "Unknown"))
        .append(" Message (").append(type).append("), length: ").append(length);
    switch (type) {
      case 1 -> open(p, length);
      case 2 -> attrs.update(p, length);
      case 3 -> notification(p, length);
      case 4 -> { }
      case 5 -> {
        return routeRefresh(p, length);
      }
      default -> {
        f.need(p, length);
        out.append("\n\t  no Message ").append(type).append(" decoder");
        f.unknownData(p, "\n\t  ", length);
      }
    }
    return true;
  }

  private void open(int p, int length) {
    if (!f.has(p, OPEN) || length < OPEN) {
      f.printTrunc();
      return;
    }
    out.append("\n\t  Version ").append(f.u8(p + 19)).append(", my AS ").append(f.u16(p + 20))
        .append(", Holdtime ").append(f.u16(p + 22)).append("s, ID ");
    f.names.ip4(out, f.b, p + 24);
    int optslen = f.u8(p + 28);
    int openSize = OPEN;
    int optSize = 2;
    out.append("\n\t  Optional parameters, length: ").append(optslen);
    int opt = p + openSize;
    length -= openSize;
    int i = 0;
    while (i < optslen) {
      if (!f.has(opt + i, optSize) || length < optSize + i) {
        f.printTrunc();
        return;
      }
      int type = f.u8(opt + i);
      int len = f.u8(opt + i + 1);
      if (optSize + i + len > optslen) {
        out.append("\n\t     Option ").append(type).append(", length: ").append(len)
            .append(", goes past the end of the options");
        break;
      }
      out.append("\n\t    Option ").append(switch (type) {
        case 1 -> "Authentication Information";
        case 2 -> "Capabilities Advertisement";
        default -> "Unknown";
      }).append(" (").append(type).append("), length: ").append(len);
      if (type == 2) {
        capabilities(opt + optSize + i, len);
      } else {
        out.append("\n\t      no decoder for option ").append(type);
      }
      i += optSize + len;
    }
  }

  private void capabilities(int opt, int capsLen) {
    int i = 0;
    while (i < capsLen) {
      if (!f.has(opt + i, 2)) {
        f.printTrunc();
        return;
      }
      int type = f.u8(opt + i);
      int len = f.u8(opt + i + 1);
      out.append("\n\t      ").append(BgpNames.or(BgpNames.capability(type), "Unknown"))
          .append(" (").append(type).append("), length: ").append(len);
      if (!f.has(opt + 2 + i, len)) {
        f.printTrunc();
        return;
      }
      int c = opt + i + 2;
      switch (type) {
        case 1 -> {
          if (len < 4) {
            out.append(" (too short, < 4)");
            return;
          }
          out.append("\n\t\tAFI ");
          afiSafi(f.u16(c), f.u8(c + 3));
        }
        case 8 -> {
          for (int t = len, o = c; t >= 4; t -= 4, o += 4) {
            out.append("\n\t\tAFI ");
            afiSafi(f.u16(o), f.u8(o + 2));
            out.append(", Count: ").append(f.u8(o + 3));
          }
        }
        case 64 -> {
          if (len < 2) {
            out.append(" (too short, < 2)");
            return;
          }
          int fl = f.u8(c) >> 4;
          out.append("\n\t\tRestart Flags: [");
          out.append((fl & 8) != 0 ? "R" : "none");
          out.append("], Restart Time ").append(f.u16(c) & 0xfff).append('s');
          for (int t = len - 2, o = c + 2; t >= 4; t -= 4, o += 4) {
            out.append("\n\t\t  AFI ");
            afiSafi(f.u16(o), f.u8(o + 2));
            out.append(", Forwarding state preserved: ")
                .append((f.u8(o + 3) & 0x80) != 0 ? "yes" : "no");
          }
        }
        case 2, 71, 128 -> { }
        case 65 -> {
          if (len < 4) {
            out.append(" (too short, < 4)");
            return;
          }
          out.append("\n\t\t 4 Byte AS ").append(f.u32(c));
        }
        case 69 -> {
          if (len == 0) {
            out.append(" (bogus)");
            break;
          }
          for (int t = len, o = c; t != 0; t -= 4, o += 4) {
            if (t < 4) {
              f.printInvalid();
              break;
            }
            out.append("\n\t\tAFI ");
            afiSafi(f.u16(o), f.u8(o + 2));
            int sr = f.u8(o + 3);
            out.append(", Send/Receive: ");
            switch (sr) {
              case 1 -> out.append("Receive");
              case 2 -> out.append("Send");
              case 3 -> out.append("Both");
              default -> {
                out.append("Bogus (0x");
                Text.hex2(out, sr);
                out.append(')');
              }
            }
          }
        }
        default -> {
          out.append("\n\t\tno decoder for Capability ").append(type);
          if (f.opts.verbosity() <= 1) f.unknownData(c, "\n\t\t", len);
        }
      }
      if (f.opts.verbosity() > 1 && len != 0) f.unknownData(c, "\n\t\t", len);
      i += 2 + len;
    }
  }

  /** "NAME (n), SAFI NAME (n)" of a capability's address family. */
  private void afiSafi(int afi, int safi) {
    out.append(BgpNames.or(BgpNames.afi(afi), "Unknown")).append(" (").append(afi)
        .append("), SAFI ").append(BgpNames.or(BgpNames.safi(safi), "Unknown")).append(" (")
        .append(safi).append(')');
  }

  private void notification(int p, int length) {
    if (!f.has(p, 21)) {
      f.printTrunc();
      return;
    }
    if (length < 21) return;
    notificationCode(p + 21, length - 21, f.u8(p + 19), f.u8(p + 20));
  }

  private void notificationCode(int dat, int length, int major, int minor) {
    out.append(", ").append(BgpNames.or(BgpNames.notifyMajor(major), "Unknown Error"))
        .append(" (").append(major).append(')');
    switch (major) {
      case 1, 2, 3, 6 -> minor(", subcode ", major, minor);
      case 5, 7 -> minor(" subcode ", major, minor);
      default -> { }
    }
    if (major != 6) return;
    if (minor == 1 && length >= 7) {
      out.append(", AFI ");
      afiSafi(f.u16(dat), f.u8(dat + 2));
      out.append(", Max Prefixes: ").append(f.u32(dat + 3));
    }
    if ((minor == 2 || minor == 4) && length >= 1) {
      int n = f.u8(dat);
      int rest = 0;
      if (n > length - 1) {
        out.append(", invalid Shutdown Communication length");
      } else if (n == 0) {
        out.append(", empty Shutdown Communication");
        rest = 1;
      } else {
        out.append(", Shutdown Communication (length: ").append(n).append("): \"");
        printjn(dat + 1, n);
        out.append('"');
        rest = n + 1;
      }
      if (length - rest > 0) {
        out.append(", Data: (length: ").append(length - rest).append(')');
        f.need(dat + rest, length - rest);
        HexDump.hex(out, f.b, dat + rest, length - rest, "\n\t\t");
      }
    }
  }

  private void minor(String sep, int major, int minor) {
    out.append(sep).append(BgpNames.or(BgpNames.notifyMinor(major, minor), "Unknown"))
        .append(" (").append(minor).append(')');
  }

  /** tcpdump's {@code nd_printjn}: n bytes, unprintable ones escaped. */
  private void printjn(int p, int n) {
    f.need(p, n);
    for (int i = 0; i < n; i++) Text.printChar(out, f.b[p + i] & 0xff);
  }

  private boolean routeRefresh(int p, int len) {
    if (!f.has(p, 23)) {
      f.printTrunc();
      return true;
    }
    if (len < 23) return true;
    int afi = f.u16(p + 19);
    out.append("\n\t  AFI ");
    afiSafi(afi, f.u8(p + 22));
    if (f.opts.verbosity() > 1) {
      if (!f.has(p, len)) {
        f.printTrunc();
        return true;
      }
      f.unknownData(p, "\n\t  ", len);
    }
    return true;
  }
}
