package io.jdump.print;

import static io.jdump.print.IsakmpNames.strOrId;

/**
 * IKEv2's payloads as tcpdump's ikev2_*_print: SA with proposals and transforms, KE, IDi/IDr,
 * AUTH, nonce, notify, vendor ID, TS, encrypted, CP, EAP; IKEv1 payloads inside an IKEv2 chain
 * go to {@link Ikev1Payloads}.
 */
final class Ikev2Payloads extends IkeText {
  private final Ikev1Payloads v1;
  /** The message's phase (1 with a zero message id), which IKEv1 payloads inside receive. */
  private int phase;
  /** The message's header, whose cookies and I flag choose the SA of an encrypted payload. */
  private int base;
  /** Decrypts the encrypted payload with -E's SAs. */
  EspPrinter esp;

  Ikev2Payloads(Frame f, Ikev1Payloads v1) {
    super(f);
    this.v1 = v1;
  }

  /** The payload chain of a message of this phase, from np at ext. */
  void chain(int np, int base, int ext, int phase) {
    this.phase = phase;
    this.base = base;
    v2Chain(np, ext, 0);
  }

  int v2Chain(int np, int ext, int depth) {
    int cp = ext;
    while (np != 0) {
      if (!f.has(ext, 4) || !f.has(ext, f.u16(ext + 2))) return cut(np);
      depth++;
      open(depth);
      cp = v2Item(np, ext, depth);
      out.append(')');
      depth--;
      if (cp == NONE) return NONE;
      np = f.u8(ext);
      ext = cp;
    }
    return cp;
  }

  int v2Item(int np, int ext, int depth) {
    int itemLen = f.u16(ext + 2);
    if (itemLen <= 4) return NONE;
    return switch (np) {
      case 33 -> v2Sa(ext, depth);
      case 34 -> v2Ke(ext, itemLen);
      case 35, 36 -> v2Id(np, ext, itemLen);
      case 39 -> v2Auth(ext, itemLen);
      case 40 -> v2Nonce(ext, itemLen);
      case 41 -> v2N(ext, itemLen);
      case 43 -> v2Vid(ext, itemLen);
      case 46 -> v2E(ext, itemLen, depth);
      case 37, 38, 42, 44, 45, 47, 48 -> v2Gen(np, ext, itemLen);
      case 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13 -> v1.v1Item(np, ext, phase, 0, 0, depth);
      default -> {
        strOrId(out, np, IsakmpNames.PAYLOAD);
        yield ext + itemLen;
      }
    };
  }

  void pay(String name, int ext) {
    out.append(name).append((f.u8(ext + 1) & 0x80) != 0 ? "[C]" : "").append(':');
  }

  String name(int np) {
    return np < IsakmpNames.PAYLOAD.length ? IsakmpNames.PAYLOAD[np] : "#" + np;
  }

  int v2Gen(int np, int ext, int itemLen) {
    pay(name(np), ext);
    out.append(" len=").append(itemLen - 4);
    if (f.opts.verbosity() > 2 && itemLen > 4) {
      out.append(' ');
      if (!raw(ext + 4, itemLen - 4)) return cut(np);
    }
    return ext + itemLen;
  }

  int v2Sa(int ext1, int depth) {
    pay("sa", ext1);
    int saLength = f.u16(ext1 + 2) - 4;
    out.append(" len=").append(saLength);
    return v2Items(ext1 + 4, saLength, 2, 33, depth);
  }

  int v2P(int ext, int opropLength, int depth) {
    int p = ext;
    if (!f.has(p, 8)) return cut(2);
    pay("p", p);
    int propLength = opropLength - 4;
    out.append(" #").append(f.u8(p + 4)).append(" protoid=");
    strOrId(out, f.u8(p + 5), IsakmpNames.PROTO);
    out.append(" transform=").append(f.u8(p + 7)).append(" len=").append(opropLength);
    int cp = p + 8;
    int spiSize = f.u8(p + 6);
    if (spiSize != 0) {
      if (propLength < spiSize) {
        trunc(2);
        return cp + propLength;
      }
      out.append(" spi=");
      if (!raw(cp, spiSize)) return cut(2);
      cp += spiSize;
      propLength -= spiSize;
    }
    return v2Items(cp, propLength, 3, 2, depth);
  }

  /**
   * The proposals of an IKEv2 SA (first 2) or the transforms of a proposal (first 3), within
   * remaining bytes; a length past them skips the rest, as tcpdump's "toolong" does, and owner
   * names the payload in the marker.
   */
  int v2Items(int cp, int remaining, int first, int owner, int depth) {
    int ext = cp;
    int count = 0;
    for (int np = first; np != 0; np = f.u8(ext)) {
      count++;
      ext = cp;
      if (remaining < 4) {
        trunc(owner);
        return cp + remaining;
      }
      if (!f.has(ext, 4)) return cut(owner);
      int itemLen = f.u16(ext + 2);
      if (itemLen <= 4) return cut(owner);
      if (remaining < itemLen) {
        trunc(owner);
        return cp + remaining;
      }
      if (!f.has(cp, itemLen)) return cut(owner);
      depth++;
      open(depth);
      if (np == first) {
        cp = first == 2 ? v2P(ext, itemLen, depth) : v2T(count, ext, itemLen);
        if (cp == NONE) return NONE;
      } else {
        strOrId(out, np, IsakmpNames.PAYLOAD);
        cp += itemLen;
      }
      out.append(')');
      depth--;
      remaining -= itemLen;
    }
    return cp;
  }

  int v2T(int tcount, int p, int itemLen) {
    if (!f.has(p, 8)) return cut(3);
    pay("t", p);
    int id = f.u16(p + 6);
    int type = f.u8(p + 4);
    String[] idmap = switch (type) {
      case 1 -> IsakmpNames.ESP;
      case 2 -> IsakmpNames.PRF;
      case 3 -> IsakmpNames.INTEG;
      case 4 -> IsakmpNames.DH;
      case 5 -> IsakmpNames.ESN;
      default -> null;
    };
    out.append(" #").append(tcount).append(" type=");
    strOrId(out, type, IsakmpNames.V2_T_TYPE);
    out.append(" id=");
    if (idmap != null) strOrId(out, id, idmap);
    else out.append(id);
    out.append(' ');
    return attributes(p + 8, p + itemLen, type == 1 ? IsakmpNames.ENCR_T : null, 3);
  }

  int v2Ke(int ext, int itemLen) {
    if (!f.has(ext, 8)) return cut(34);
    pay("v2ke", ext);
    if (itemLen < 8) {
      out.append(" len=").append(itemLen).append(" < 8");
      return ext + itemLen;
    }
    out.append(" len=").append(itemLen - 8).append(" group=");
    strOrId(out, f.u16(ext + 4), IsakmpNames.DH);
    if (f.opts.verbosity() > 2 && itemLen > 8) {
      out.append(' ');
      if (!raw(ext + 8, itemLen - 8)) return cut(34);
    }
    return ext + itemLen;
  }

  int v2Id(int np, int ext, int itemLen) {
    if (!f.has(ext, 8)) return cut(np);
    pay(name(np), ext);
    out.append(" len=").append(itemLen - 4);
    if (f.opts.verbosity() > 2 && itemLen > 4) {
      out.append(' ');
      if (!raw(ext + 4, itemLen - 4)) return cut(np);
    }
    long idLen = (itemLen - 8) & 0xffffffffL;
    int data = ext + 8;
    int type = f.u8(ext + 4);
    String label = switch (type) {
      case 1 -> " ipv4:";
      case 2 -> " fqdn:";
      case 3 -> " rfc822:";
      case 5 -> " ipv6:";
      case 9 -> " dn:";
      case 10 -> " gn:";
      case 11 -> " keyid:";
      default -> null;
    };
    boolean ascii = type == 2 || type == 3;
    boolean hex = label != null && !ascii;
    if (label != null) out.append(label);
    if (ascii) {
      if (idLen > Integer.MAX_VALUE || !f.has(data, (int) idLen)) return cut(np);
      for (int i = 0; i < idLen; i++) {
        int c = f.u8(data + i);
        out.append(c >= 0x20 && c < 0x7f ? (char) c : '.');
      }
    }
    if (hex && !raw(data, idLen)) return cut(np);
    return ext + itemLen;
  }

  int v2Auth(int ext, int itemLen) {
    if (!f.has(ext, 8)) return cut(39);
    pay("v2auth", ext);
    out.append(" len=").append(itemLen - 4).append(" method=");
    strOrId(out, f.u8(ext + 4), IsakmpNames.V2_AUTH);
    if (itemLen > 4) {
      if (f.opts.verbosity() > 1) {
        out.append(" authdata=(");
        if (!raw(ext + 8, itemLen - 8)) return cut(39);
        out.append(") ");
      } else if (f.opts.verbosity() > 0 && !someData(ext + 8)) {
        trunc(39);
        return NONE;
      }
    }
    return ext + itemLen;
  }

  int v2Nonce(int ext, int itemLen) {
    pay("nonce", ext);
    out.append(" len=").append(itemLen - 4);
    if (f.opts.verbosity() > 1 && itemLen > 4) {
      out.append(" nonce=(");
      if (!raw(ext + 4, itemLen - 4)) return cut(40);
      out.append(") ");
    } else if (f.opts.verbosity() > 0 && itemLen > 4 && !someData(ext + 4)) {
      trunc(40);
      return NONE;
    }
    return ext + itemLen;
  }

  int v2N(int ext, int itemLen) {
    if (!f.has(ext, 8)) return cut(11);
    pay("n", ext);
    out.append(" prot_id=");
    strOrId(out, f.u8(ext + 4), IsakmpNames.PROTO);
    int type = f.u16(ext + 6);
    out.append(" type=").append(type).append('(').append(IsakmpNames.v2Notify(type)).append(')');
    int spiSize = f.u8(ext + 5);
    if (IsakmpNames.v2NotifyShowsSpi(type) && spiSize != 0) {
      out.append(" spi=");
      if (!raw(ext + 8, spiSize)) return cut(11);
    }
    int cp = ext + 8 + spiSize;
    int ep = f.end;
    boolean some = type == 16390;
    if (cp < ep) {
      if (f.opts.verbosity() > 3 || (some && ep - cp < 30)) {
        out.append(" data=(");
        if (!raw(cp, ep - cp)) return cut(11);
        out.append(')');
      } else if (some && !someData(cp)) {
        trunc(11);
        return NONE;
      }
    }
    return ext + itemLen;
  }

  int v2Vid(int ext, int itemLen) {
    pay("v2vid", ext);
    int len = itemLen - 4;
    out.append(" len=").append(len).append(" vid=");
    if (!f.has(ext + 4, len)) return cut(43);
    for (int i = 0; i < len; i++) {
      int c = f.u8(ext + 4 + i);
      out.append(c >= 0x20 && c < 0x7f ? (char) c : '.');
    }
    if (f.opts.verbosity() > 2 && len > 4) {
      out.append(' ');
      if (!raw(ext + 4, len)) return cut(43);
    }
    return ext + itemLen;
  }

  int v2E(int ext, int itemLen, int depth) {
    pay("v2e", ext);
    int dlen = itemLen - 4;
    out.append(" len=").append(dlen);
    if (f.opts.verbosity() > 2 && dlen > 4) {
      out.append(' ');
      if (!raw(ext + 4, dlen)) return cut(46);
    }
    if (!f.has(ext + 4, dlen)) trunc(46);
    else if (esp != null && esp.secrets != null) esp.ikev2(this, base, f.u8(ext), ext + 4, dlen, depth);
    // the encrypted payload ends the chain: its next-payload field names what is inside
    return NONE;
  }

  /** The chain inside a decrypted payload, in the buffer that holds it, the header at base. */
  void decrypted(int base, int np, int ext, int depth) {
    int outer = this.base;
    this.base = base;
    try {
      v2Chain(np, ext, depth);
    } finally {
      this.base = outer;
    }
  }
}
