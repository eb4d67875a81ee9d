package io.jdump.print;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * OLSR (RFC 3626, with olsr.org's link-quality, name service and smart-gateway extensions) on
 * UDP port 698, as tcpdump's {@code olsr_print}: the packet header, then with -v each message.
 */
final class OlsrPrinter {
  private final Frame f;
  private final StringBuilder out;

  OlsrPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int pptr, int length, boolean v6) {
    f.proto = "olsr";
    out.append("OLSRv").append(v6 ? 6 : 4);
    if (length < 4) {
      f.printTrunc();
      return;
    }
    if (!f.has(pptr, 4)) {
      f.printTrunc();
      return;
    }
    length = Math.min(length, f.u16(pptr));
    out.append(", seq 0x");
    Text.hex4(out, f.u16(pptr + 2));
    out.append(", length ").append(length);
    if (f.opts.verbosity() < 1) return;
    int addrSize = v6 ? 16 : 4;
    int hdr = 8 + addrSize;
    int tptr = pptr + 4;
    while (tptr < pptr + length) {
      if (!f.has(tptr, hdr)) {
        f.printTrunc();
        return;
      }
      int type = f.u8(tptr);
      int msgLen = f.u16(tptr + 2);
      boolean valid = msgLen >= hdr && msgLen <= length;
      if (type == 0 || msgLen == 0) return;
      out.append("\n\t").append(messageName(type)).append(" Message (");
      hash04(type);
      out.append("), originator ");
      address(tptr + 4, v6);
      out.append(", ttl ").append(f.u8(tptr + 4 + addrSize)).append(", hop ")
          .append(f.u8(tptr + 5 + addrSize)).append("\n\t  vtime ");
      fixed(meToDouble(f.u8(tptr + 1)), 3);
      out.append("s, msg-seq 0x");
      Text.hex4(out, f.u16(tptr + 6 + addrSize));
      out.append(", length ").append(msgLen);
      if (!valid) {
        out.append(" (invalid)");
        return;
      }
      if (!message(type, tptr + hdr, msgLen - hdr, v6)) {
        f.printTrunc();
        return;
      }
      tptr += msgLen;
    }
  }

  private static String messageName(int type) {
    return switch (type) {
      case 1 -> "Hello";
      case 2 -> "TC";
      case 3 -> "MID";
      case 4 -> "HNA";
      case 128 -> "Powerinfo";
      case 130 -> "Nameservice";
      case 201 -> "Hello-LQ";
      case 202 -> "TC-LQ";
      default -> "Unknown";
    };
  }

  /** C's {@code %#04x}: 0x and two digits, but a bare 0 for zero. */
  private void hash04(int v) {
    if (v == 0) {
      out.append("0000");
      return;
    }
    out.append("0x");
    Text.hex2(out, v);
  }

  private void address(int p, boolean v6) {
    if (v6) {
      f.need(p, 16);
      f.names.ip6(out, f.b, p);
    } else {
      f.ip4(p);
    }
  }

  /** olsr.org's mantissa/exponent time: 1/16 s times (1 + high nibble/16) times 2^low nibble. */
  private static double meToDouble(int me) {
    return 0.0625 * (1 + (double) (me >> 4) / 16) * (double) (1 << (me & 0x0f));
  }

  private void fixed(double v, int scale) {
    out.append(new BigDecimal(v).setScale(scale, RoundingMode.HALF_EVEN).toPlainString());
  }

  /**
   * One message's body; false when tcpdump's own length checks find it cut (the -x dump then
   * leaves the link header out, unlike a cut read, which throws).
   */
  private boolean message(int type, int data, int tlen, boolean v6) {
    int addrSize = v6 ? 16 : 4;
    switch (type) {
      case 1, 201 -> {
        if (tlen < 4 || !f.has(data, 4)) return false;
        out.append("\n\t  hello-time ");
        fixed(meToDouble(f.u8(data + 2)), 3);
        out.append("s, MPR willingness ").append(f.u8(data + 3));
        data += 4;
        tlen -= 4;
        while (tlen >= 4) {
          if (!f.has(data, 4)) return false;
          int helloLen = f.u16(data + 2);
          int code = f.u8(data);
          boolean valid = helloLen <= tlen && helloLen >= 4;
          out.append("\n\t    link-type ").append(switch (code & 3) {
            case 0 -> "Unspecified";
            case 1 -> "Asymmetric";
            case 2 -> "Symmetric";
            default -> "Lost";
          }).append(", neighbor-type ").append(switch (code >> 2) {
            case 0 -> "Not-Neighbor";
            case 1 -> "Symmetric";
            case 2 -> "Symmetric-MPR";
            default -> "Unknown";
          }).append(", len ").append(helloLen);
          if (!valid) {
            out.append(" (invalid)");
            break;
          }
          data += 4;
          tlen -= 4;
          helloLen -= 4;
          if (!f.has(data, helloLen)) return false;
          if (type == 1) neighbors(data, helloLen);
          else if (!lqNeighbors(data, helloLen, v6)) return false;
          data += helloLen;
          tlen -= helloLen;
        }
      }
      case 2, 202 -> {
        if (tlen < 4 || !f.has(data, 4)) return false;
        out.append("\n\t    advertised neighbor seq 0x");
        Text.hex4(out, f.u16(data));
        data += 4;
        tlen -= 4;
        if (type == 2) neighbors(data, tlen);
        else return lqNeighbors(data, tlen, v6);
      }
      case 3 -> {
        while (tlen >= addrSize) {
          if (!f.has(data, addrSize)) return false;
          out.append("\n\t  interface address ");
          address(data, v6);
          data += addrSize;
          tlen -= addrSize;
        }
      }
      case 4 -> {
        return hna(data, tlen, v6);
      }
      case 130 -> {
        return nameService(data, tlen, addrSize, v6);
      }
      default -> f.unknownData(data, "\n\t    ", tlen);
    }
    return true;
  }

  /** IPv4 neighbors, four a line; tcpdump prints IPv4 ones even in an IPv6 packet. */
  private void neighbors(int data, int len) {
    out.append("\n\t      neighbor\n\t\t");
    while (len >= 4) {
      f.ip4(data);
      out.append(' '); // tcpdump never counts its neighbors, so the line never breaks
      data += 4;
      len -= 4;
    }
  }

  /** Neighbors with link qualities; false when one is cut (tcpdump's own check). */
  private boolean lqNeighbors(int data, int len, boolean v6) {
    int size = v6 ? 20 : 8;
    int addrSize = v6 ? 16 : 4;
    while (len >= size) {
      if (!f.has(data, size)) return false;
      out.append("\n\t      neighbor ");
      address(data, v6);
      out.append(", link-quality ");
      fixed(f.u8(data + addrSize) / 2.55, 2);
      out.append("%, neighbor-link-quality ");
      fixed(f.u8(data + addrSize + 1) / 2.55, 2);
      out.append('%');
      data += size;
      len -= size;
    }
    return true;
  }

  private boolean hna(int data, int tlen, boolean v6) {
    int size = v6 ? 32 : 8;
    out.append("\n\t  Advertised networks (total ").append(tlen / size).append(')');
    int col = 0;
    while (tlen >= size) {
      if (!f.has(data, size)) return false;
      if (v6) {
        out.append("\n\t    #0: ");
        f.names.ip6(out, f.b, data);
        out.append('/').append(mask6Plen(data + 16));
      } else {
        out.append(col == 0 ? "\n\t    " : ", ");
        int flags = f.u8(data + 5);
        if (f.u32(data) == 0 && f.u8(data + 4) == 0 && flags != 0) {
          out.append("Smart-Gateway:");
          if ((flags & 1) != 0) out.append(" LINKSPEED");
          if ((flags & 2) != 0) out.append(" IPV4");
          if ((flags & 4) != 0) out.append(" IPV4-NAT");
          if ((flags & 8) != 0) out.append(" IPV6");
          if ((flags & 16) != 0) out.append(" IPv6-PREFIX");
          boolean speed = (flags & 1) != 0;
          out.append(' ').append(speed ? gwSpeed(f.u8(data + 6)) : 0).append('/')
              .append(speed ? gwSpeed(f.u8(data + 7)) : 0);
        } else {
          f.ip4(data);
          out.append('/').append(Integer.toUnsignedString(RipPrinter.maskLength(f.u32(data + 4))));
        }
      }
      data += size;
      tlen -= size;
      col = (col + 1) % 4;
    }
    return true;
  }

  /** olsr.org's smart-gateway speed: 5 bits of mantissa, 3 of exponent, in kbit/s. */
  private static long gwSpeed(int v) {
    if (v == 0) return 0;
    if (v == 255) return 320000000;
    long speed = (v >> 3) + 1;
    for (int e = v & 7; e > 0; e--) speed *= 10;
    return speed;
  }

  /** tcpdump's mask62plen: leading one bits, counted up to the first byte not all ones. */
  private int mask6Plen(int p) {
    int len = 0;
    for (int i = 0; i < 16; i++) {
      int m = f.u8(p + i);
      int bits = switch (m) {
        case 0x00 -> 0;
        case 0x80 -> 1;
        case 0xc0 -> 2;
        case 0xe0 -> 3;
        case 0xf0 -> 4;
        case 0xf8 -> 5;
        case 0xfc -> 6;
        case 0xfe -> 7;
        case 0xff -> 8;
        default -> 0;
      };
      len += bits;
      if (m != 0xff) break;
    }
    return len;
  }

  private boolean nameService(int data, int tlen, int addrSize, boolean v6) {
    if (tlen < 4) return false;
    int entries = f.u16(data + 2);
    boolean valid = entries > 0 && (long) entries * (4 + addrSize) <= tlen;
    out.append("\n\t  Version ").append(f.u16(data)).append(", Entries ").append(entries);
    if (!valid) {
      out.append(" (invalid)");
      return true;
    }
    data += 4;
    tlen -= 4;
    for (int i = 0; i < entries; i++) {
      if (tlen < 4) break;
      int etype = f.u16(data);
      int elen = f.u16(data + 2);
      data += 4;
      tlen -= 4;
      boolean lenValid = elen > 0 && addrSize + elen <= tlen;
      out.append("\n\t    #").append(i).append(": type ");
      if (etype == 0) out.append("000000");
      else {
        out.append("0x");
        Text.hex4(out, etype);
      }
      out.append(", length ").append(elen);
      if (!lenValid) {
        out.append(" (invalid)");
        break;
      }
      int pad = elen % 4 != 0 ? 4 - elen % 4 : 0;
      if (tlen < addrSize + elen + pad || !f.has(data, addrSize + elen + pad)) return false;
      out.append(", address ");
      address(data, v6);
      out.append(", name \"");
      for (int k = 0; k < elen; k++) DnsNames.charEscaped(out, f.u8(data + addrSize + k));
      out.append('"');
      data += addrSize + elen + pad;
      tlen -= addrSize + elen + pad;
    }
    return true;
  }
}
