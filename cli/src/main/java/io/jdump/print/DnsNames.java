package io.jdump.print;

/**
 * Domain names inside a DNS message, as tcpdump's {@code ns_nskip} and {@code fqdn_print}:
 * labels, compression pointers (followed backwards only, as BIND does) and EDNS0 bit labels.
 */
final class DnsNames {
  private final Frame f;
  private final StringBuilder out;
  /** Where the message starts, for compression pointers. */
  int bp;

  DnsNames(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  /** {@return the position after the name at cp, or -1} tcpdump's {@code ns_nskip}. */
  int skipName(int cp) {
    if (!f.has(cp, 1)) return -1;
    int i = f.u8(cp++);
    while (i != 0) {
      switch (i & 0xc0) {
        case 0xc0 -> {
          return cp + 1;
        }
        case 0x40 -> {
          if ((i & 0x3f) != 0x01) return -1;
          if (!f.has(cp, 1)) return -1;
          int bitlen = f.u8(cp);
          if (bitlen == 0) bitlen = 256;
          cp++;
          cp += (bitlen + 7) / 8;
        }
        case 0x80 -> {
          return -1;
        }
        default -> cp += i;
      }
      if (!f.has(cp, 1)) return -1;
      i = f.u8(cp++);
    }
    return cp;
  }
  private int labelLength(int cp) {
    if (!f.has(cp, 1)) return -1;
    int i = f.u8(cp);
    switch (i & 0xc0) {
      case 0x40 -> {
        int elt = i & 0x3f;
        if (elt != 0x01) {
          out.append("<ELT ").append(elt).append('>');
          return -1;
        }
        if (!f.has(cp + 1, 1)) return -1;
        int bitlen = f.u8(cp + 1);
        if (bitlen == 0) bitlen = 256;
        return (bitlen + 7) / 8 + 1;
      }
      case 0xc0, 0x00 -> {
        return i;
      }
      default -> {
        out.append("<BAD LABEL TYPE>");
        return -1;
      }
    }
  }
  /** tcpdump's {@code fqdn_print}: {@return the position after the name, or -1} */
  int name(int cp) {
    int l = labelLength(cp);
    if (l < 0) return -1;
    if (!f.has(cp, 1)) return -1;
    int maxOffset = cp - bp;
    int i = f.u8(cp++);
    int rp = -1;
    boolean compress = false;
    int nameChars = 0;
    if ((i & 0xc0) != 0xc0) rp = cp + l;
    if (i == 0) {
      out.append('.');
      return rp;
    }
    while (i != 0 && cp < f.end) {
      switch (i & 0xc0) {
        case 0xc0 -> {
          if (!compress) {
            rp = cp + 1;
            compress = true;
          }
          if (!f.has(cp, 1)) return -1;
          int offset = ((i << 8) | f.u8(cp)) & 0x3fff;
          // unsigned, as C compares: DHCPv6 passes the option's end as the base, before cp
          if (Integer.compareUnsigned(offset, maxOffset) >= 0) {
            out.append("<BAD PTR>");
            return -1;
          }
          maxOffset = offset;
          cp = bp + offset;
          if (!f.has(cp, 1)) return -1;
          i = f.u8(cp);
          l = labelLength(cp);
          if (l < 0) return -1;
          cp++;
          continue;
        }
        case 0x40 -> {
          if ((i & 0x3f) != 0x01) {
            out.append("<ELT ").append(i & 0x3f).append('>');
            return -1;
          }
          bitLabel(cp);
        }
        case 0x80 -> {
          out.append("<BAD LABEL TYPE>");
          return -1;
        }
        default -> {
          if (nameChars + l <= 255) {
            if (printn(cp, l)) return -1;
          } else if (nameChars < 255) {
            if (printn(cp, 255 - nameChars)) return -1;
          }
          nameChars += l;
        }
      }
      cp += l;
      if (nameChars <= 255) out.append('.');
      nameChars++;
      if (!f.has(cp, 1)) return -1;
      i = f.u8(cp);
      l = labelLength(cp);
      if (l < 0) return -1;
      cp++;
      if (!compress) rp += l + 1;
    }
    if (nameChars > 255) out.append("<DOMAIN NAME TOO LONG>");
    return rp;
  }
  /**
   * tcpdump's {@code blabel_print}: an RFC 2673 bit-string label at cp (its bit count, then the
   * bits) as {@code \\[xHEX/BITS]}; a short capture ends the packet, as tcpdump's reads do.
   */
  private void bitLabel(int cp) {
    int bitlen = f.u8(cp);
    if (bitlen == 0) bitlen = 256;
    int lim = cp + 1 + (bitlen + 3) / 4;
    out.append("\\[x");
    int bitp = cp + 1;
    int bits = bitlen;
    for (; bitp < lim && bits > 7; bits -= 8, bitp++) Text.hex2(out, f.u8(bitp));
    if (bits > 4) {
      Text.hex2(out, f.u8(bitp) & (0xff << (8 - bits)));
    } else if (bits > 0) {
      out.append(Character.forDigit(((f.u8(bitp) >> 4) & 0x0f) & (0x0f << (4 - bits)) & 0xf, 16));
    }
    out.append('/').append(bitlen).append(']');
  }

  /** tcpdump's {@code nd_printn}: {@return true when it ran past the captured bytes} */
  boolean printn(int cp, int n) {
    return f.printn(cp, n);
  }
  /** tcpdump's {@code fn_print_char}: M- for high bytes, ^ for controls. */
  static void charEscaped(StringBuilder sb, int c) {
    if (c >= 0x80) {
      c &= 0x7f;
      sb.append("M-");
    }
    if (c < 0x20 || c == 0x7f) {
      c ^= 0x40;
      sb.append('^');
    }
    sb.append((char) c);
  }
}
