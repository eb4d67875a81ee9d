package io.jdump.print;

import static io.jdump.print.IsakmpNames.strOrId;

/**
 * IKEv1's payloads as tcpdump's ikev1_*_print: SA, proposal, transform with attributes, KE,
 * ID, CERT, CR, hash, signature, nonce, notify, delete, vendor ID; IKEv2's payloads inside an
 * IKEv1 chain go to {@link Ikev2Payloads}, as tcpdump's one table sends them.
 */
final class Ikev1Payloads extends IkeText {
  final Ikev2Payloads v2;

  Ikev1Payloads(Frame f) {
    super(f);
    this.v2 = new Ikev2Payloads(f, this);
  }

  int v1Chain(int np, int ext, int phase, int doi, int proto, int depth) {
    int cp = ext;
    while (np != 0) {
      if (!f.has(ext, 4)) return cut(np);
      int itemLen = f.u16(ext + 2);
      if (!f.has(ext, itemLen)) return cut(np);
      depth++;
      open(depth);
      cp = v1Item(np, ext, phase, doi, proto, depth);
      out.append(')');
      depth--;
      if (cp == NONE) return NONE;
      np = f.u8(ext);
      ext = cp;
    }
    return cp;
  }

  int v1Item(int np, int ext, int phase, int doi, int proto, int depth) {
    int itemLen = f.u16(ext + 2);
    if (itemLen <= 4) return NONE;
    return switch (np) {
      case 1 -> v1Sa(ext, phase, proto, depth);
      case 2 -> v1P(ext, phase, doi, depth);
      case 3 -> v1T(ext, itemLen, proto);
      case 4 -> v1Ke(ext, itemLen);
      case 5 -> v1Id(ext, itemLen, phase);
      case 6, 7 -> v1Cert(np, ext, itemLen);
      case 8, 9, 13 -> v1Len(np, ext, itemLen);
      case 10 -> v1Nonce(ext, itemLen);
      case 11 -> v1N(ext, itemLen);
      case 12 -> v1D(ext);
      // tcpdump's one table serves both versions: IKEv2 payloads print inside IKEv1 too,
      // all but the encrypted one, which only IKEv2's chain knows
      case 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 47, 48 -> v2.v2Item(np, ext, depth);
      default -> {
        strOrId(out, np, IsakmpNames.PAYLOAD);
        yield ext + itemLen;
      }
    };
  }

  int v1Sa(int ext, int phase, int proto, int depth) {
    out.append("sa:");
    if (!f.has(ext, 12)) return cut(1);
    long doi = f.u32(ext + 4);
    long sit = f.u32(ext + 8);
    if (doi != 1) {
      out.append(" doi=").append(doi).append(" situation=").append(sit);
      return ext + 12;
    }
    out.append(" doi=ipsec situation=");
    boolean any = false;
    if ((sit & 1) != 0) {
      out.append("identity");
      any = true;
    }
    if ((sit & 2) != 0) {
      out.append(any ? "+" : "").append("secrecy");
      any = true;
    }
    if ((sit & 4) != 0) out.append(any ? "+" : "").append("integrity");
    int np = ext + 12;
    if (sit != 1) {
      // tcpdump reads its "ident" one generic header past the payload's start: the DOI field
      out.append(" ident=").append(f.u32(ext + 4));
      np += 4;
    }
    if (!f.has(np, 4)) return cut(1);
    return v1Chain(2, np, phase, (int) doi, proto, depth);
  }

  int v1P(int ext, int phase, int doi, int depth) {
    out.append("p:");
    if (!f.has(ext, 8)) return cut(2);
    out.append(" #").append(f.u8(ext + 4)).append(" protoid=");
    strOrId(out, f.u8(ext + 5), IsakmpNames.PROTO);
    out.append(" transform=").append(f.u8(ext + 7));
    int spiSize = f.u8(ext + 6);
    if (spiSize != 0) {
      out.append(" spi=");
      if (!raw(ext + 8, spiSize)) return cut(2);
    }
    int next = ext + 8 + spiSize;
    if (!f.has(next, 4)) return cut(2);
    return v1Chain(3, next, phase, doi, f.u8(ext + 5), depth);
  }

  int v1T(int ext, int itemLen, int proto) {
    out.append("t:");
    if (!f.has(ext, 8)) return cut(3);
    int id = f.u8(ext + 5);
    String[] idmap;
    IsakmpNames.Attr[] map;
    switch (proto) {
      case 1 -> {
        idmap = IsakmpNames.V1_P;
        map = IsakmpNames.OAKLEY_T;
      }
      case 2 -> {
        idmap = IsakmpNames.AH;
        map = IsakmpNames.IPSEC_T;
      }
      case 3 -> {
        idmap = IsakmpNames.ESP;
        map = IsakmpNames.IPSEC_T;
      }
      case 4 -> {
        idmap = IsakmpNames.IPCOMP;
        map = IsakmpNames.IPSEC_T;
      }
      default -> {
        idmap = null;
        map = null;
      }
    }
    out.append(" #").append(f.u8(ext + 4)).append(" id=");
    if (idmap != null) strOrId(out, id, idmap);
    else out.append(id);
    out.append(' ');
    return attributes(ext + 8, ext + itemLen, map, 3);
  }

  int v1Ke(int ext, int itemLen) {
    out.append("ke:");
    if (!f.has(ext, 4)) return cut(4);
    out.append(" key len=").append(itemLen - 4);
    if (f.opts.verbosity() > 2 && itemLen > 4) {
      out.append(' ');
      if (!raw(ext + 4, itemLen - 4)) return cut(4);
    }
    return ext + itemLen;
  }

  int v1Id(int ext, int itemLen, int phase) {
    out.append("id:");
    if (!f.has(ext, 8)) return cut(5);
    int data = itemLen > 8 ? ext + 8 : NONE;
    int len = itemLen > 8 ? itemLen - 8 : 0;
    int type = f.u8(ext + 4);
    out.append(" idtype=");
    strOrId(out, type, IsakmpNames.IPSEC_ID);
    int protoId = f.u8(ext + 5);
    String pn = !f.opts.numeric() && protoId != 0 ? IpProtocolNames.of(protoId) : null;
    out.append(" protoid=");
    if (pn != null) out.append(pn);
    else out.append(protoId);
    out.append(" port=").append(f.u16(ext + 6));
    if (len != 0) {
      if (!f.has(data, len)) return cut(5);
      switch (type) {
        case 1 -> {
          out.append(" len=").append(len);
          if (len < 4) {
            out.append(" [bad: < 4]");
          } else {
            out.append(' ');
            f.names.ip4(out, f.b, data);
          }
          len = 0;
        }
        case 2, 3 -> {
          out.append(" len=").append(len).append(' ');
          for (int i = 0; i < len; i++) Text.printChar(out, f.u8(data + i));
          len = 0;
        }
        case 4 -> {
          out.append(" len=").append(len);
          if (len < 8) {
            out.append(" [bad: < 8]");
          } else {
            out.append(' ');
            f.names.ip4(out, f.b, data);
            out.append('/').append(f.u8(data + 4)).append('.').append(f.u8(data + 5))
                .append('.').append(f.u8(data + 6)).append('.').append(f.u8(data + 7));
          }
          len = 0;
        }
        case 5 -> {
          out.append(" len=").append(len);
          if (len < 16) {
            out.append(" [bad: < 16]");
          } else {
            out.append(' ');
            f.names.ip6(out, f.b, data);
          }
          len = 0;
        }
        case 6 -> {
          out.append(" len=").append(len);
          if (len < 32) {
            out.append(" [bad: < 32]");
          } else {
            out.append(' ');
            f.names.ip6(out, f.b, data);
            out.append("/0x");
            hex(data + 16, 16);
          }
          len = 0;
        }
        case 7, 8 -> {
          int alen = type == 7 ? 4 : 16;
          out.append(" len=").append(len);
          if (len < 2 * alen) {
            out.append(" [bad: < ").append(2 * alen).append(']');
          } else {
            out.append(' ');
            if (type == 7) f.names.ip4(out, f.b, data);
            else f.names.ip6(out, f.b, data);
            out.append('-');
            if (type == 7) f.names.ip4(out, f.b, data + 4);
            else f.names.ip6(out, f.b, data + 16);
          }
          len = 0;
        }
        default -> { }
      }
    }
    if (data != NONE && len != 0) {
      out.append(" len=").append(len);
      if (f.opts.verbosity() > 2) {
        out.append(' ');
        if (!raw(data, len)) return cut(5);
      }
    }
    return ext + itemLen;
  }

  int v1Cert(int np, int ext, int itemLen) {
    strOrId(out, np, IsakmpNames.PAYLOAD);
    out.append(':');
    if (!f.has(ext, 6)) { // tcpdump's struct counts one byte of certificate data
      trunc(np);
      return NONE;
    }
    out.append(" len=").append(itemLen - 4).append(" type=");
    strOrId(out, f.u8(ext + 4), IsakmpNames.CERT);
    return hexTail(np, ext, itemLen);
  }

  /** hash, sig and vid: the length, and the bytes at -vvv. */
  int v1Len(int np, int ext, int itemLen) {
    strOrId(out, np, IsakmpNames.PAYLOAD);
    out.append(':');
    if (!f.has(ext, 4)) return cut(np);
    out.append(" len=").append(itemLen - 4);
    return hexTail(np, ext, itemLen);
  }

  int hexTail(int np, int ext, int itemLen) {
    if (f.opts.verbosity() > 2 && itemLen > 4) {
      out.append(' ');
      if (!raw(ext + 4, itemLen - 4)) return cut(np);
    }
    return ext + itemLen;
  }

  int v1Nonce(int ext, int itemLen) {
    out.append("nonce:");
    if (!f.has(ext, 4)) return cut(10);
    out.append(" n len=").append(itemLen - 4);
    if (itemLen > 4) {
      if (f.opts.verbosity() > 2) {
        out.append(' ');
        if (!raw(ext + 4, itemLen - 4)) return cut(10);
      } else if (f.opts.verbosity() > 1) {
        out.append(' ');
        if (!someData(ext + 4)) return cut(10);
      }
    }
    return ext + itemLen;
  }

  int v1N(int ext, int itemLen) {
    out.append("n:");
    if (!f.has(ext, 12)) return cut(11);
    long doi = f.u32(ext + 4);
    int proto = f.u8(ext + 8);
    int type = f.u16(ext + 10);
    int spiSize = f.u8(ext + 9);
    if (doi != 1) {
      out.append(" doi=").append(doi).append(" proto=").append(proto).append(" type=");
      if (type < 8192) strOrId(out, type, IsakmpNames.NOTIFY_ERROR);
      else if (type < 16384) out.append('#').append(type);
      else if (type < 24576) strOrId(out, type - 16384, IsakmpNames.NOTIFY_STATUS);
      else out.append('#').append(type);
      if (spiSize != 0) {
        out.append(" spi=");
        if (!raw(ext + 12, spiSize)) return cut(11);
      }
      return ext + 12 + spiSize;
    }
    out.append(" doi=ipsec proto=");
    strOrId(out, proto, IsakmpNames.PROTO);
    out.append(" type=");
    if (type < 8192) strOrId(out, type, IsakmpNames.NOTIFY_ERROR);
    else if (type < 16384) strOrIdOffset(type, 8192, IsakmpNames.IPSEC_NOTIFY_ERROR);
    else if (type < 24576) strOrIdOffset(type, 16384, IsakmpNames.NOTIFY_STATUS);
    else if (type < 32768) strOrIdOffset(type, 24576, IsakmpNames.IPSEC_NOTIFY_STATUS);
    else out.append('#').append(type);
    if (spiSize != 0) {
      out.append(" spi=");
      if (!raw(ext + 12, spiSize)) return cut(11);
    }
    int cp = ext + 12 + spiSize;
    int ep2 = ext + itemLen;
    int ep = f.end;
    if (cp < ep) {
      switch (type) {
        case 24576 -> {
          out.append(" attrs=(");
          while (cp < ep && cp < ep2) {
            cp = attribute(cp, ep2, IsakmpNames.OAKLEY_T);
            if (cp == NONE) {
              out.append(')');
              trunc(11);
              return NONE;
            }
          }
          out.append(')');
        }
        case 24577 -> {
          out.append(" status=(");
          // fetched before the text is printed, as tcpdump's arguments are
          boolean on = f.u32(cp) != 0;
          out.append("replay detection ").append(on ? "en" : "dis").append("abled)");
        }
        default -> {
          if (f.opts.verbosity() > 3) {
            out.append(" data=(");
            if (!raw(cp, ep - cp)) return cut(11);
            out.append(')');
          } else if (!someData(cp)) {
            trunc(11);
            return NONE;
          }
        }
      }
    }
    return ext + itemLen;
  }

  /** STR_OR_ID of (x - offset): tcpdump prints {@code #} and the difference past the table. */
  void strOrIdOffset(int x, int offset, String[] tab) {
    strOrId(out, x - offset, tab);
  }

  int v1D(int ext) {
    out.append("d:");
    if (!f.has(ext, 12)) return cut(12);
    long doi = f.u32(ext + 4);
    int proto = f.u8(ext + 8);
    if (doi != 1) {
      out.append(" doi=").append(doi).append(" proto=").append(proto);
    } else {
      out.append(" doi=ipsec proto=");
      strOrId(out, proto, IsakmpNames.PROTO);
    }
    int spiSize = f.u8(ext + 9);
    int num = f.u16(ext + 10);
    out.append(" spilen=").append(spiSize).append(" nspi=").append(num).append(" spi=");
    int q = ext + 12;
    for (int i = 0; i < num; i++) {
      if (i != 0) out.append(',');
      if (!raw(q, spiSize)) return cut(12);
      q += spiSize;
    }
    return q;
  }
}
