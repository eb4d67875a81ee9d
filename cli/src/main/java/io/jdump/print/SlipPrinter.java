package io.jdump.print;

/**
 * SLIP (link type 8) as tcpdump's {@code sl_if_print}: the 16-byte pseudo-header of BSD's
 * packet filter (direction, then the first bytes of the compressed header), shown with
 * {@code -e} (IP, uncompressed or Van Jacobson compressed TCP with its deltas), then IPv4 or
 * IPv6 by the version nibble.
 *
 * <p>Like tcpdump, the printer remembers across packets the last connection number and the
 * last data length per direction and connection, for the compressed headers that refer to them.
 */
final class SlipPrinter {
  static final int DLT_SLIP = 8;
  static final int DLT_SLIP_BSDOS = 15;
  private static final int HDRLEN = 16;

  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;
  /** tcpdump's {@code lastlen[dir][conn]}: 2 directions x 256 connections. */
  private final int[] lastLen = new int[512];
  private int lastConn = 255;

  SlipPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  void print(int p, int length) {
    f.proto = "slip";
    f.need(p, HDRLEN);
    length -= HDRLEN;
    int ip = p + HDRLEN;
    if (f.opts.linkHeader()) link(p, ip, length);
    switch (f.u8(ip) >> 4) {
      case 4 -> d.ip4.print(ip, length);
      case 6 -> d.ip6.print(ip, length);
      default -> out.append("ip v").append(f.u8(ip) >> 4);
    }
    f.linkHeaderLength = HDRLEN;
  }

  /** tcpdump's {@code sl_bsdos_if_print}: the same pseudo-header, never shown, then IPv4. */
  void bsdos(int p, int length) {
    f.proto = "slip_bsdos";
    f.need(p, HDRLEN);
    d.ip4.print(p + HDRLEN, length - HDRLEN);
    f.linkHeaderLength = HDRLEN;
  }

  private void link(int p, int ip, int length) {
    int dir = f.u8(p);
    switch (dir) {
      case 0 -> out.append("I ");
      case 1 -> out.append("O ");
      default -> {
        out.append("Invalid direction ").append(dir).append(' ');
        dir = -1;
      }
    }
    int chdr = f.u8(p + 1);
    switch (chdr & 0xf0) {
      case 0x40 -> out.append("ip ").append(length + HDRLEN).append(": ");
      case 0x70 -> {
        // the connection number sits in the protocol field of the header copy
        lastConn = f.u8(p + 1 + 9);
        out.append("utcp ").append(lastConn).append(": ");
        if (dir == -1) return;
        remember(ip, length, dir);
      }
      default -> {
        if (dir == -1) return;
        if ((chdr & 0x80) != 0) {
          compressed(p + 1, ip, length, dir);
          out.append(": ");
        } else {
          out.append("slip-").append(chdr).append("!: ");
        }
      }
    }
  }

  /** The data length after the TCP/IP headers at ip, kept for this direction and connection. */
  private void remember(int ip, int length, int dir) {
    f.need(ip, 20);
    int hlen = f.u8(ip) & 0x0f;
    f.need(ip + hlen * 4, 20);
    hlen += f.u8(ip + hlen * 4 + 12) >> 4;
    lastLen[dir * 256 + lastConn] = length - (hlen << 2);
  }

  private void compressed(int chdr, int ip, int length, int dir) {
    int cp = chdr;
    int flags = f.u8(cp++);
    if ((flags & 0x40) != 0) {
      lastConn = f.u8(cp++);
      out.append("ctcp ").append(lastConn);
    } else {
      out.append("ctcp *");
    }
    cp += 2; // the TCP checksum
    switch (flags & 0x0f) {
      case 0x0b -> out.append(" *SA+").append(lastLen[dir * 256 + lastConn] & 0xffffffffL);
      case 0x0f -> out.append(" *S+").append(lastLen[dir * 256 + lastConn] & 0xffffffffL);
      default -> {
        if ((flags & 0x01) != 0) cp = change("U=", cp);
        if ((flags & 0x02) != 0) cp = windowChange(cp);
        if ((flags & 0x04) != 0) cp = change("A+", cp);
        if ((flags & 0x08) != 0) cp = change("S+", cp);
      }
    }
    if ((flags & 0x20) != 0) cp = change("I+", cp);
    remember(ip, length, dir);
    out.append(' ').append(lastLen[dir * 256 + lastConn] & 0xffffffffL).append(" (")
        .append(cp - chdr).append(')');
  }

  /** A delta: one octet, or zero and two; tcpdump does not step over a one-octet delta. */
  private int change(String what, int cp) {
    int i = f.u8(cp);
    if (i == 0) {
      i = f.u16(cp + 1);
      cp += 3;
    }
    out.append(' ').append(what).append(i);
    return cp;
  }

  private int windowChange(int cp) {
    int i = f.u8(cp);
    if (i == 0) {
      i = (short) f.u16(cp + 1);
      cp += 3;
    }
    out.append(i >= 0 ? " W+" : " W").append(i);
    return cp;
  }
}
