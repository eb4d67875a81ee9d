package io.jdump.print;

/** Ethernet payloads tcpdump summarises in a word or two (PPPoE, MACsec), and ESP. */
final class MiscPrinter {
  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;

  MiscPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  void pppoe(int p, int length) {
    f.proto = "pppoe";
    if (length >= 0 && length < 6) { // tcpdump's unsigned length: a wrapped one passes
      out.append(" (length ").append(length).append(" < 6)");
      f.printInvalid();
      return;
    }
    f.need(p, 6);
    // tcpdump 4.99 takes the version from the high nibble, the type from the low one
    int ver = f.u8(p) >> 4;
    int type = f.u8(p) & 0x0f;
    int code = f.u8(p + 1);
    int session = f.u16(p + 2);
    int plen = f.u16(p + 4);
    if (ver != 1) out.append(" [ver ").append(ver).append(']');
    if (type != 1) out.append(" [type ").append(type).append(']');
    out.append("PPPoE ");
    switch (code) {
      case 0x09 -> out.append("PADI");
      case 0x07 -> out.append("PADO");
      case 0x19 -> out.append("PADR");
      case 0x65 -> out.append("PADS");
      case 0xa7 -> out.append("PADT");
      case 0 -> { }
      default -> {
        out.append("PAD-");
        Text.hex(out, code);
      }
    }
    if (code == 0x09 && plen > 1484 - 6) out.append(" [len ").append(plen).append("!]");
    int rest = length - 6;
    if (plen > rest) {
      out.append(" [len ").append(plen).append(" > ").append(rest).append("!]");
      plen = rest;
    }
    if (session != 0) {
      out.append(" [ses 0x");
      Text.hex(out, session);
      out.append(']');
    }
    if (code != 0) {
      tags(p + 6, plen);
      return;
    }
    out.append(' ');
    d.ppp.print(p + 6, plen);
  }

  /** PPPoE discovery tags: text when mostly printable. */
  private void tags(int payload, int plen) {
    int tagType = 0xffff;
    int p = payload;
    while (tagType != 0 && p < payload + plen) {
      tagType = f.u16(p);
      int tagLen = f.u16(p + 2);
      p += 4;
      String name = switch (tagType) {
        case 0 -> "EOL";
        case 0x0101 -> "Service-Name";
        case 0x0102 -> "AC-Name";
        case 0x0103 -> "Host-Uniq";
        case 0x0104 -> "AC-Cookie";
        case 0x0105 -> "Vendor-Specific";
        case 0x0110 -> "Relay-Session-ID";
        case 0x0120 -> "PPP-Max-Payload";
        case 0x0201 -> "Service-Name-Error";
        case 0x0202 -> "AC-System-Error";
        case 0x0203 -> "Generic-Error";
        default -> null;
      };
      if (tagLen != 0) {
        f.need(p, tagLen);
        int ascii = 0, garbage = 0;
        int n = Math.min(tagLen, 79);
        for (int i = 0; i < n; i++) {
          int c = f.b[p + i] & 0xff;
          if (c >= 0x20 && c < 0x7f) ascii++;
          else garbage++;
        }
        out.append(" [");
        tagName(name, tagType);
        if (ascii > garbage) {
          out.append(" \"");
          Text.printable(out, f.b, p, n);
          out.append("\"]");
        } else {
          // tcpdump 4.99 prints binary tags (cookies, relay ids) as upper-case hex
          out.append(" 0x");
          for (int i = 0; i < n; i++) {
            int c = f.b[p + i] & 0xff;
            out.append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
          }
          out.append(']');
        }
      } else {
        out.append(" [");
        tagName(name, tagType);
        out.append(']');
      }
      p += tagLen;
    }
  }

  private void tagName(String name, int type) {
    if (name != null) out.append(name);
    else {
      out.append("TAG-0x");
      Text.hex(out, type);
    }
  }

  /**
   * Prints an 802.1AE SecTAG (with {@code -e}). {@return its length when an EtherType follows,
   * minus its length when the payload is encrypted, 0 when the tag was unusable}
   */
  int macsec(int p, int length, int caplen) {
    f.proto = "macsec";
    if (caplen < 6 || length < 6) {
      f.printTrunc();
      return 0;
    }
    int tci = f.u8(p);
    int sl = f.u8(p + 1);
    // tcpdump wants the whole tag (with its SCI) before it judges the version and short length
    int hdr = (tci & 0x20) != 0 ? 14 : 6;
    if (caplen < hdr || length < hdr) {
      f.printTrunc();
      return 0;
    }
    if ((sl & ~0x3f) != 0 || (tci & 0x80) != 0) {
      f.printInvalid();
      return 0;
    }
    boolean encrypted = (tci & 0x0c) != 0;
    if (f.opts.linkHeader() || encrypted) {
      if (!f.opts.linkHeader()) {
        // an encrypted payload is dumped raw: tcpdump names the frame first
        f.names.mac(out, f.b, p - 8);
        out.append(" > ");
        f.names.mac(out, f.b, p - 14);
        out.append(" 802.1AE MACsec, ");
      }
      out.append("an ").append(tci & 3).append(", pn ").append(f.u32(p + 2)).append(", flags ");
      int flags = tci & 0x7c;
      if (flags == 0) out.append("none");
      if ((flags & 0x08) != 0) out.append('E');
      if ((flags & 0x04) != 0) out.append('C');
      if ((flags & 0x40) != 0) out.append('S');
      if ((flags & 0x10) != 0) out.append('B');
      if ((flags & 0x20) != 0) out.append('I');
      if ((sl & 0x3f) != 0) out.append(", sl ").append(sl & 0x3f);
      if ((tci & 0x20) != 0) {
        out.append(", sci ");
        for (int i = 0; i < 8; i++) Text.hex2(out, f.b[p + 6 + i]);
      }
      out.append(", ");
    }
    // an encrypted payload is dumped as it is, ICV and all, however much of it was captured
    if (encrypted) return -hdr;
    // room for the 16-byte ICV at the end
    if (caplen < hdr + 16 || length < hdr + 16) {
      f.printTrunc();
      return 0;
    }
    // a short length names the secure data's size: more than is left is a cut frame
    int shortLength = sl & 0x3f;
    if (shortLength > length - hdr - 16 || shortLength > caplen - hdr - 16) {
      f.printTrunc();
      return 0;
    }
    return hdr;
  }






  /** RFC 3173's IPComp: its CPI only; the compressed payload is not undone, as in tcpdump. */
  void ipcomp(int p) {
    f.proto = "ipcomp";
    int cpi = f.u16(p + 2);
    out.append("IPComp(cpi=0x");
    Text.hex4(out, cpi);
    out.append(')');
  }

  /** RFC 2004's minimal encapsulation (IP protocol 55), as tcpdump's {@code mobile_print}. */
  void mobile(int p, int length) {
    f.proto = "mobile";
    if (length < 8 || !f.has(p, 12)) {
      f.printTrunc();
      return;
    }
    out.append("mobile: ");
    int proto = f.u16(p);
    boolean oldSource = (proto & 0x0080) != 0;
    if (oldSource) {
      out.append("[S] ");
      if (f.opts.verbosity() > 0) {
        f.names.ip4(out, f.b, p + 8);
        out.append(' ');
      }
    } else {
      out.append("[] ");
    }
    if (f.opts.verbosity() > 0) {
      out.append("> ");
      f.names.ip4(out, f.b, p + 4);
      out.append(" (oproto=").append(proto >> 8).append(')');
    }
    if (Checksum.fold(Checksum.sum(f.b, p, oldSource ? 12 : 8)) != 0) {
      out.append(" (bad checksum ").append(f.u16(p + 2)).append(')');
    }
  }
}
