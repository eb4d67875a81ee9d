package io.jdump.print;

/**
 * Cisco Discovery Protocol (SNAP, OUI 0x00000c, pid 0x2000), as tcpdump 4.99's
 * {@code cdp_print}: the Device-ID alone (other TLVs in hex) without {@code -v}, every TLV
 * decoded with it.
 */
final class CdpPrinter {
  private static final String[] NAMES = {null, "Device-ID", "Address", "Port-ID", "Capability",
    "Version String", "Platform", "Prefixes", "Protocol-Hello option", "VTP Management Domain",
    "Native VLAN ID", "Duplex", null, null, "ATA-186 VoIP VLAN assignment",
    "ATA-186 VoIP VLAN request", "power consumption", "MTU", "AVVID trust bitmap",
    "AVVID untrusted ports CoS", "System Name", "System Object ID (not decoded)",
    "Management Addresses", "Physical Location"};
  /** Shortest and longest value lengths tcpdump accepts, 0 when any will do. */
  private static final int[] MIN = {0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 2, 1, 0, 0, 3, 2, 1, 4, 1,
    1, 0, 0, 4, 1};
  private static final int[] MAX = {0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 2, 1, 0, 0, 3, 3, 3, 4, 1,
    1, 0, 0, 0, 0};
  private static final String[] CAPS = {"Router", "Transparent Bridge", "Source Route Bridge",
    "L2 Switch", "L3 capable", "IGMP snooping", "L1 capable"};
  private final Frame f;
  private final StringBuilder out;

  CdpPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int p, int length) {
    f.proto = "cdp";
    int orig = length;
    boolean v = f.opts.verbosity() > 0;
    if (length < 4) {
      out.append(" (packet length ").append(length).append(" < 4)");
      invalid(p, length);
      return;
    }
    f.need(p, 2);
    out.append("CDPv").append(f.u8(p)).append(", ttl: ").append(f.u8(p + 1)).append('s');
    int checksum = f.u16(p + 2);
    if (v) {
      out.append(", checksum: 0x");
      Text.hex4(out, checksum);
      out.append(" (unverified), length ").append(orig);
    }
    p += 4;
    length -= 4;
    while (length > 0) {
      if (length < 4) {
        out.append(" (remaining packet length ").append(length).append(" < 4)");
        invalid(p, length);
        return;
      }
      int type = f.u16(p);
      int len = f.u16(p + 2);
      String name = type < NAMES.length && NAMES[type] != null ? NAMES[type]
          : "unknown field type";
      // tcpdump's table has a row for every type up to 0x17, named or not (0, 12, 13): those
      // are checked and, with -v, print nothing, as the types without a printer
      boolean known = type < NAMES.length;
      if (len < 4) {
        if (v) {
          out.append("\n\t").append(name).append(" (0x");
          if (type > 0xff) Text.hex(out, type);
          else Text.hex2(out, type);
          out.append("), TLV length: ").append(len).append(" byte").append(len == 1 ? "" : "s")
              .append(" (too short)");
        } else {
          out.append(", ").append(name).append(" TLV length ").append(len).append(" too short");
        }
        invalid(p, length);
        return;
      }
      if (len > length) {
        out.append(" (TLV length ").append(len).append(" > ").append(length).append(')');
        invalid(p, length);
        return;
      }
      p += 4;
      length -= 4;
      len -= 4;
      if (!v && type == 1) {
        out.append(", Device-ID ");
      } else if (v) {
        out.append("\n\t").append(name).append(" (0x");
        if (type > 0xff) Text.hex(out, type);
        else Text.hex2(out, type);
        out.append("), value length: ").append(len).append(" byte").append(len == 1 ? "" : "s")
            .append(": ");
      }
      boolean covered = false;
      if (known) {
        if (MIN[type] > 0 && len < MIN[type] || MAX[type] > 0 && len > MAX[type]) {
          out.append(" (malformed TLV)");
        } else if (v || type == 1) {
          value(type, p, len);
          covered = true;
        }
      }
      if (!covered) {
        f.need(p, len);
        HexDump.hex(out, f.b, p, len, "\n\t  ");
      }
      p += len;
      length -= len;
    }
    if (!v) out.append(", length ").append(orig);
  }

  private void value(int type, int p, int len) {
    switch (type) {
      case 1, 3, 6, 9, 20 -> {
        out.append('\'');
        printn(p, len);
        out.append('\'');
      }
      case 2, 22 -> addresses(p, len);
      case 4 -> {
        long caps = f.u32(p);
        out.append("(0x");
        Text.hex8(out, caps);
        out.append("): ");
        boolean any = false;
        for (int i = 0; i < CAPS.length; i++) {
          if ((caps & (1L << i)) != 0) {
            if (any) out.append(", ");
            out.append(CAPS[i]);
            any = true;
          }
        }
        if (!any) out.append("none");
      }
      case 5 -> {
        out.append("\n\t  ");
        for (int i = 0; i < len; i++) {
          int c = f.u8(p + i);
          if (c == '\n') out.append("\n\t  ");
          else DnsNames.charEscaped(out, c);
        }
      }
      case 7 -> prefixes(p, len);
      case 10 -> out.append(f.u16(p));
      case 11 -> out.append(f.u8(p) != 0 ? "full" : "half");
      case 14, 15 -> {
        if (len == 2) {
          int u = f.u16(p);
          out.append("unknown 0x");
          Text.hex4(out, u);
        } else {
          f.need(p, 3);
          out.append("app ").append(f.u8(p)).append(", vlan ").append(f.u16(p + 1));
        }
      }
      case 16 -> {
        // printf's %1.2f of the double milliwatts / 1000.0: a thousandth ending in 5 rounds
        // the way the double lies from it (exactly on it, to even)
        int mw = len == 1 ? f.u8(p) : len == 2 ? f.u16(p) : f.u24(p);
        int q = mw / 10;
        int r = mw % 10;
        if (r == 5) {
          double err = Math.fma(mw / 1000.0, 1000.0, -mw);
          if (err > 0 || err == 0 && (q & 1) != 0) q++;
        } else if (r > 5) {
          q++;
        }
        out.append(q / 100).append('.');
        Text.zeroPad(out, q % 100, 2);
        out.append('W');
      }
      case 17 -> out.append(f.u32(p)).append(" bytes");
      case 18, 19 -> {
        int v = f.u8(p); // read before "0x", as tcpdump's printf argument is
        out.append("0x");
        Text.hex2(out, v);
      }
      case 23 -> {
        int v = f.u8(p);
        out.append("0x");
        Text.hex2(out, v);
        if (len > 1) {
          out.append('/');
          printn(p + 1, len - 1);
        }
      }
      default -> f.need(p, len); // defined without a printer: nothing shown
    }
  }

  private void addresses(int p, int len) {
    int end = p + len;
    if (len < 4) {
      lacking("num", p, len);
      return;
    }
    long num = f.u32(p);
    p += 4;
    while (num != 0) {
      if (p + 2 > end) {
        lacking("PT+PL", p, end - p);
        return;
      }
      int pt = f.u8(p);
      int pl = f.u8(p + 1);
      p += 2;
      if (p + pl + 2 > end) {
        lacking("P+AL", p, end - p);
        return;
      }
      int al = f.u16(p + pl);
      if (pt == 1 && pl == 1 && f.u8(p) == 0xcc && al == 4) {
        p += 3;
        if (p + 4 > end) {
          lacking("A", p, end - p);
          return;
        }
        f.need(p, 4);
        out.append("IPv4 (").append(num).append(") ");
        f.names.ip4(out, f.b, p);
        p += 4;
      } else if (pt == 2 && pl == 8 && al == 16 && isIpv6Snap(p)) {
        p += 10;
        if (p + al > end) {
          lacking("A", p, end - p);
          return;
        }
        f.need(p, 16);
        out.append("IPv6 (").append(num).append(") ");
        f.names.ip6(out, f.b, p);
        p += al;
      } else {
        out.append("pt=0x");
        Text.hex2(out, pt);
        out.append(", pl=").append(pl).append(", pb=");
        for (int i = 0; i < pl; i++) {
          int c = f.u8(p++); // read before its space: a cut byte prints neither
          out.append(' ');
          Text.hex2(out, c);
        }
        out.append(", al=").append(al).append(", a=");
        p += 2;
        if (p + al > end) {
          lacking("A", p, end - p);
          return;
        }
        for (int i = 0; i < al; i++) {
          int c = f.u8(p++);
          out.append(' ');
          Text.hex2(out, c);
        }
      }
      num--;
      if (num != 0) out.append(' ');
    }
    if (p < end) out.append(" (").append(end - p).append(" bytes of stray data)");
  }

  /** tcpdump's "not enough space" for the named field, then its check of the rest. */
  private void lacking(String what, int p, int rest) {
    out.append(" (not enough space for ").append(what).append(')');
    f.need(p, rest);
  }

  private boolean isIpv6Snap(int p) {
    f.need(p, 8);
    return f.u8(p) == 0xaa && f.u8(p + 1) == 0xaa && f.u8(p + 2) == 0x03 && f.u8(p + 3) == 0
        && f.u8(p + 4) == 0 && f.u8(p + 5) == 0 && f.u8(p + 6) == 0x86 && f.u8(p + 7) == 0xdd;
  }

  private void prefixes(int p, int len) {
    if (len % 5 != 0) {
      out.append(" [length ").append(len).append(" is not a multiple of 5]");
      f.need(p, len);
      return;
    }
    out.append(" IPv4 Prefixes (").append(len / 5).append("):");
    for (int i = 0; i < len; i += 5) {
      f.need(p + i, 5);
      out.append(' ').append(f.u8(p + i)).append('.').append(f.u8(p + i + 1)).append('.')
          .append(f.u8(p + i + 2)).append('.').append(f.u8(p + i + 3)).append('/')
          .append(f.u8(p + i + 4));
    }
  }

  private void printn(int p, int len) {
    for (int i = 0; i < len; i++) DnsNames.charEscaped(out, f.u8(p + i));
  }

  private void invalid(int p, int length) {
    f.printInvalid();
    f.need(p, length);
  }
}
