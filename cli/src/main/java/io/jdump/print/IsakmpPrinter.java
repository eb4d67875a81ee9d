package io.jdump.print;

import static io.jdump.print.IsakmpNames.strOrId;

/**
 * ISAKMP (IKEv1) and IKEv2 on UDP 500, 4500 (RFC 3948 NAT traversal: keepalives, the non-ESP
 * marker, ESP in UDP), 7500 and 8500, as tcpdump's print-isakmp.c without decryption secrets:
 * the header, the initiator/responder guess from the cookies seen before, and at {@code -v} the
 * payload chain (SA, proposal, transform with attributes, KE, ID, CERT, CR, HASH, SIG, nonce,
 * notify, delete, vendor ID; IKEv2's SA, KE, ID, AUTH, nonce, notify, TS, encrypted, ...).
 */
final class IsakmpPrinter {
  private static final int NONE = -1;
  private static final int HDR = 28;
  private static final int CACHE = 20;

  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;
  /** tcpdump's cookie cache: initiator cookies and the addresses of their first packets. */
  private final long[] cookies = new long[CACHE];
  private final byte[][] initiators = new byte[CACHE][16];
  private final byte[][] responders = new byte[CACHE][16];
  private final int[] versions = new int[CACHE];
  private int next;
  /** The IKEv2 message's phase, which the IKEv1 payload printers it may hold receive. */
  private int v2phase;

  IsakmpPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  /** tcpdump's {@code isakmp_rfc3948_print}: UDP 4500. */
  void natt(int p, int length, int ip) {
    f.proto = "isakmp_rfc3948";
    if (length == 1 && f.u8(p) == 0xff) {
      out.append("isakmp-nat-keep-alive");
      return;
    }
    if (length < 4) {
      f.printTrunc();
      return;
    }
    if (f.u32(p) == 0) {
      out.append("NONESP-encap: ");
      print(p + 4, length - 4, ip);
      return;
    }
    out.append("UDP-encap: ");
    d.misc.esp(p, length);
  }

  /** tcpdump's {@code isakmp_print}; ip is the IP header, for the initiator guess. */
  void print(int p, int length, int ip) {
    f.proto = "isakmp";
    if (f.end < p + HDR) {
      f.printTrunc();
      return;
    }
    out.append("isakmp");
    int vers = f.u8(p + 17);
    int major = vers >> 4;
    int minor = vers & 0xf;
    int v = f.opts.verbosity();
    if (v > 0) {
      out.append(' ').append(major).append('.').append(minor);
      out.append(" msgid ");
      hex(p + 20, 4);
    }
    if (v > 1) {
      out.append(" cookie ");
      hex(p, 8);
      out.append("->");
      hex(p + 8, 8);
    }
    out.append(':');
    if (major == 1) v1(p, length, ip);
    else if (major == 2) v2(p, length);
  }

  private void v1(int base, int length, int ip) {
    int phase = f.u32(base + 20) == 0 ? 1 : 2;
    out.append(phase == 1 ? " phase 1" : " phase 2/others");
    int i = find(base);
    if (i < 0) {
      if (zero(base + 8, 8)) {
        out.append(" I");
        record(base, ip);
      } else {
        out.append(" ?");
      }
    } else if (side(i, ip, true)) {
      out.append(" I");
    } else if (side(i, ip, false)) {
      out.append(" R");
    } else {
      out.append(" ?");
    }
    out.append(' ');
    strOrId(out, f.u8(base + 18), IsakmpNames.EXCHANGE);
    int flags = f.u8(base + 19);
    if (flags != 0) {
      out.append('[').append((flags & 1) != 0 ? "E" : "").append((flags & 2) != 0 ? "C" : "")
          .append(']');
    }
    if (f.opts.verbosity() > 0) {
      out.append(':');
      int np = f.u8(base + 16);
      if ((flags & 1) != 0) {
        out.append(" [encrypted ");
        strOrId(out, np, IsakmpNames.PAYLOAD);
        out.append(']');
      } else if (f.end < base + HDR) {
        out.append(" [|");
        strOrId(out, np, IsakmpNames.PAYLOAD);
        out.append(']');
      } else {
        v1Chain(np, base + HDR, phase, 0, 0, 0);
      }
      mismatch(base, length);
    }
  }

  private void v2(int base, int length) {
    int phase = f.u32(base + 20) == 0 ? 1 : 2;
    v2phase = phase;
    out.append(phase == 1 ? " parent_sa" : " child_sa ");
    out.append(' ');
    strOrId(out, f.u8(base + 18), IsakmpNames.EXCHANGE);
    int flags = f.u8(base + 19);
    if (flags != 0) {
      out.append('[').append((flags & 0x08) != 0 ? "I" : "").append((flags & 0x10) != 0 ? "V"
          : "").append((flags & 0x20) != 0 ? "R" : "").append(']');
    }
    if (f.opts.verbosity() > 0) {
      out.append(':');
      int np = f.u8(base + 16);
      if ((flags & 1) != 0) {
        out.append(" [encrypted ");
        strOrId(out, np, IsakmpNames.PAYLOAD);
        out.append(']');
      } else {
        v2Chain(np, base + HDR, 0);
      }
      mismatch(base, length);
    }
  }

  private void mismatch(int base, int length) {
    long len = f.u32(base + 24);
    if (len != length) {
      out.append(" (len mismatch: isakmp ").append(len).append("/ip ").append(length)
          .append(')');
    }
  }

  // --- the cookie cache ----------------------------------------------------------------------

  /** tcpdump's cookie_find: never-written entries hold a zero cookie, and match one. */
  private int find(int base) {
    long c = cookie(base);
    for (int i = 0; i < CACHE; i++) if (cookies[i] == c) return i;
    return -1;
  }

  private long cookie(int base) {
    return (long) f.i32(base) << 32 | f.u32(base + 4);
  }

  private void record(int base, int ip) {
    int i = find(base);
    if (i >= 0) {
      next = (i + 1) % CACHE;
      return;
    }
    int version = f.u8(ip) >> 4;
    int alen = version == 4 ? 4 : version == 6 ? 16 : 0;
    if (alen == 0) return;
    int src = version == 4 ? ip + 12 : ip + 8;
    System.arraycopy(f.b, src, initiators[next], 0, alen);
    System.arraycopy(f.b, src + alen, responders[next], 0, alen);
    versions[next] = version;
    cookies[next] = cookie(base);
    next = (next + 1) % CACHE;
  }

  private boolean side(int i, int ip, boolean initiator) {
    int version = f.u8(ip) >> 4;
    if (version != 4 && version != 6) return false;
    if (versions[i] != version) return false;
    int alen = version == 4 ? 4 : 16;
    int src = version == 4 ? ip + 12 : ip + 8;
    byte[] want = initiator ? initiators[i] : responders[i];
    for (int k = 0; k < alen; k++) if (f.b[src + k] != want[k]) return false;
    return true;
  }

  private boolean zero(int p, int n) {
    for (int i = 0; i < n; i++) if (f.u8(p + i) != 0) return false;
    return true;
  }

  // --- helpers -------------------------------------------------------------------------------

  private void hex(int p, int n) {
    for (int i = 0; i < n; i++) Text.hex2(out, f.u8(p + i));
  }

  /** tcpdump's rawprint: false (nothing printed) when the bytes were not all captured. */
  private boolean raw(int p, long n) {
    if (n < 0 || !f.has(p, (int) Math.min(n, Integer.MAX_VALUE))) return false;
    for (int i = 0; i < n; i++) Text.hex2(out, f.b[p + i]);
    return true;
  }

  /** tcpdump's ike_show_somedata: the first ten and last twenty bytes up to the capture's end. */
  private boolean someData(int cp) {
    int ep = f.end;
    int len = Math.min(ep - cp, 10);
    int end = ep - 20;
    int elen = 20;
    if (end < cp + len) {
      end = cp + len;
      elen = ep - end;
    }
    out.append(" data=(");
    if (!raw(cp, len)) return false;
    out.append("...");
    if (elen != 0 && !raw(end, elen)) return false;
    out.append(')');
    return true;
  }

  private void trunc(int np) {
    out.append(" [|");
    strOrId(out, np, IsakmpNames.PAYLOAD);
    out.append(']');
  }

  private void open(int depth) {
    out.append('\n');
    for (int i = 0; i < depth; i++) out.append("    ");
    out.append('(');
  }

  // --- IKEv1 payloads ------------------------------------------------------------------------

  private int v1Chain(int np, int ext, int phase, int doi, int proto, int depth) {
    int cp = ext;
    while (np != 0) {
      if (!f.has(ext, 4)) {
        trunc(np);
        return NONE;
      }
      int itemLen = f.u16(ext + 2);
      if (!f.has(ext, itemLen)) {
        trunc(np);
        return NONE;
      }
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

  private int v1Item(int np, int ext, int phase, int doi, int proto, int depth) {
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
      case 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 47, 48 -> v2Item(np, ext, depth);
      default -> {
        strOrId(out, np, IsakmpNames.PAYLOAD);
        yield ext + itemLen;
      }
    };
  }

  private int v1Sa(int ext, int phase, int proto, int depth) {
    out.append("sa:");
    if (!f.has(ext, 12)) {
      trunc(1);
      return NONE;
    }
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
    if (!f.has(np, 4)) {
      trunc(1);
      return NONE;
    }
    return v1Chain(2, np, phase, (int) doi, proto, depth);
  }

  private int v1P(int ext, int phase, int doi, int depth) {
    out.append("p:");
    if (!f.has(ext, 8)) {
      trunc(2);
      return NONE;
    }
    out.append(" #").append(f.u8(ext + 4)).append(" protoid=");
    strOrId(out, f.u8(ext + 5), IsakmpNames.PROTO);
    out.append(" transform=").append(f.u8(ext + 7));
    int spiSize = f.u8(ext + 6);
    if (spiSize != 0) {
      out.append(" spi=");
      if (!raw(ext + 8, spiSize)) {
        trunc(2);
        return NONE;
      }
    }
    int next = ext + 8 + spiSize;
    if (!f.has(next, 4)) {
      trunc(2);
      return NONE;
    }
    return v1Chain(3, next, phase, doi, f.u8(ext + 5), depth);
  }

  private int v1T(int ext, int itemLen, int proto) {
    out.append("t:");
    if (!f.has(ext, 8)) {
      trunc(3);
      return NONE;
    }
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

  /** The attribute list of a transform; NONE after a cut attribute. */
  private int attributes(int cp, int ep2, IsakmpNames.Attr[] map, int np) {
    int ep = f.end;
    while (cp < ep && cp < ep2) {
      cp = attribute(cp, ep2, map);
      if (cp == NONE) {
        trunc(np);
        return NONE;
      }
    }
    if (ep < ep2) out.append("...");
    return cp;
  }

  /** tcpdump's ikev1_attrmap_print and ikev1_attr_print (map null). */
  private int attribute(int p, int ep2, IsakmpNames.Attr[] map) {
    int first = f.u8(p);
    int totlen = (first & 0x80) != 0 ? 4 : 4 + f.u16(p + 2);
    if (ep2 < p + totlen) {
      out.append("[|attr]");
      return ep2 + 1;
    }
    out.append('(');
    int t = f.u16(p) & 0x7fff;
    IsakmpNames.Attr a = map != null && t < map.length ? map[t] : null;
    if (a != null) out.append("type=").append(a.type()).append(' ');
    else out.append("type=#").append(t).append(' ');
    if ((first & 0x80) != 0) {
      out.append("value=");
      int v = f.u16(p + 2);
      if (a != null && v < a.values().length && a.values()[v] != null) {
        out.append(a.values()[v]);
      } else if (!raw(p + 2, 2)) {
        out.append(')');
        return NONE;
      }
    } else {
      out.append("len=").append(totlen - 4).append(" value=");
      if (!raw(p + 4, totlen - 4)) {
        out.append(')');
        return NONE;
      }
    }
    out.append(')');
    return p + totlen;
  }

  private int v1Ke(int ext, int itemLen) {
    out.append("ke:");
    if (!f.has(ext, 4)) {
      trunc(4);
      return NONE;
    }
    out.append(" key len=").append(itemLen - 4);
    if (f.opts.verbosity() > 2 && itemLen > 4) {
      out.append(' ');
      if (!raw(ext + 4, itemLen - 4)) {
        trunc(4);
        return NONE;
      }
    }
    return ext + itemLen;
  }

  private int v1Id(int ext, int itemLen, int phase) {
    out.append("id:");
    if (!f.has(ext, 8)) {
      trunc(5);
      return NONE;
    }
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
      if (!f.has(data, len)) {
        trunc(5);
        return NONE;
      }
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
        if (!raw(data, len)) {
          trunc(5);
          return NONE;
        }
      }
    }
    return ext + itemLen;
  }

  private int v1Cert(int np, int ext, int itemLen) {
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
  private int v1Len(int np, int ext, int itemLen) {
    strOrId(out, np, IsakmpNames.PAYLOAD);
    out.append(':');
    if (!f.has(ext, 4)) {
      trunc(np);
      return NONE;
    }
    out.append(" len=").append(itemLen - 4);
    return hexTail(np, ext, itemLen);
  }

  private int hexTail(int np, int ext, int itemLen) {
    if (f.opts.verbosity() > 2 && itemLen > 4) {
      out.append(' ');
      if (!raw(ext + 4, itemLen - 4)) {
        trunc(np);
        return NONE;
      }
    }
    return ext + itemLen;
  }

  private int v1Nonce(int ext, int itemLen) {
    out.append("nonce:");
    if (!f.has(ext, 4)) {
      trunc(10);
      return NONE;
    }
    out.append(" n len=").append(itemLen - 4);
    if (itemLen > 4) {
      if (f.opts.verbosity() > 2) {
        out.append(' ');
        if (!raw(ext + 4, itemLen - 4)) {
          trunc(10);
          return NONE;
        }
      } else if (f.opts.verbosity() > 1) {
        out.append(' ');
        if (!someData(ext + 4)) {
          trunc(10);
          return NONE;
        }
      }
    }
    return ext + itemLen;
  }

  private int v1N(int ext, int itemLen) {
    out.append("n:");
    if (!f.has(ext, 12)) {
      trunc(11);
      return NONE;
    }
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
        if (!raw(ext + 12, spiSize)) {
          trunc(11);
          return NONE;
        }
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
      if (!raw(ext + 12, spiSize)) {
        trunc(11);
        return NONE;
      }
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
        case 24577 -> out.append(" status=(replay detection ")
            .append(f.u32(cp) != 0 ? "en" : "dis").append("abled)");
        default -> {
          if (f.opts.verbosity() > 3) {
            out.append(" data=(");
            if (!raw(cp, ep - cp)) {
              trunc(11);
              return NONE;
            }
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
  private void strOrIdOffset(int x, int offset, String[] tab) {
    strOrId(out, x - offset, tab);
  }

  private int v1D(int ext) {
    out.append("d:");
    if (!f.has(ext, 12)) {
      trunc(12);
      return NONE;
    }
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
      if (!raw(q, spiSize)) {
        trunc(12);
        return NONE;
      }
      q += spiSize;
    }
    return q;
  }

  // --- IKEv2 payloads ------------------------------------------------------------------------

  private int v2Chain(int np, int ext, int depth) {
    int cp = ext;
    while (np != 0) {
      if (!f.has(ext, 4) || !f.has(ext, f.u16(ext + 2))) {
        trunc(np);
        return NONE;
      }
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

  private int v2Item(int np, int ext, int depth) {
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
      case 46 -> v2E(ext, itemLen);
      case 37, 38, 42, 44, 45, 47, 48 -> v2Gen(np, ext, itemLen);
      case 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13 -> v1Item(np, ext, v2phase, 0, 0, depth);
      default -> {
        strOrId(out, np, IsakmpNames.PAYLOAD);
        yield ext + itemLen;
      }
    };
  }

  private void pay(String name, int ext) {
    out.append(name).append((f.u8(ext + 1) & 0x80) != 0 ? "[C]" : "").append(':');
  }

  private String name(int np) {
    return np < IsakmpNames.PAYLOAD.length ? IsakmpNames.PAYLOAD[np] : "#" + np;
  }

  private int v2Gen(int np, int ext, int itemLen) {
    pay(name(np), ext);
    out.append(" len=").append(itemLen - 4);
    if (f.opts.verbosity() > 2 && itemLen > 4) {
      out.append(' ');
      if (!raw(ext + 4, itemLen - 4)) {
        trunc(np);
        return NONE;
      }
    }
    return ext + itemLen;
  }

  private int v2Sa(int ext1, int depth) {
    pay("sa", ext1);
    int saLength = f.u16(ext1 + 2) - 4;
    out.append(" len=").append(saLength);
    return v2Items(ext1 + 4, saLength, 2, 33, depth);
  }

  private int v2P(int ext, int opropLength, int depth) {
    int p = ext;
    if (!f.has(p, 8)) {
      trunc(2);
      return NONE;
    }
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
      if (!raw(cp, spiSize)) {
        trunc(2);
        return NONE;
      }
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
  private int v2Items(int cp, int remaining, int first, int owner, int depth) {
    int ext = cp;
    int count = 0;
    for (int np = first; np != 0; np = f.u8(ext)) {
      count++;
      ext = cp;
      if (remaining < 4) {
        trunc(owner);
        return cp + remaining;
      }
      if (!f.has(ext, 4)) {
        trunc(owner);
        return NONE;
      }
      int itemLen = f.u16(ext + 2);
      if (itemLen <= 4) {
        trunc(owner);
        return NONE;
      }
      if (remaining < itemLen) {
        trunc(owner);
        return cp + remaining;
      }
      if (!f.has(cp, itemLen)) {
        trunc(owner);
        return NONE;
      }
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

  private int v2T(int tcount, int p, int itemLen) {
    if (!f.has(p, 8)) {
      trunc(3);
      return NONE;
    }
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

  private int v2Ke(int ext, int itemLen) {
    if (!f.has(ext, 8)) {
      trunc(34);
      return NONE;
    }
    pay("v2ke", ext);
    if (itemLen < 8) {
      out.append(" len=").append(itemLen).append(" < 8");
      return ext + itemLen;
    }
    out.append(" len=").append(itemLen - 8).append(" group=");
    strOrId(out, f.u16(ext + 4), IsakmpNames.DH);
    if (f.opts.verbosity() > 2 && itemLen > 8) {
      out.append(' ');
      if (!raw(ext + 8, itemLen - 8)) {
        trunc(34);
        return NONE;
      }
    }
    return ext + itemLen;
  }

  private int v2Id(int np, int ext, int itemLen) {
    if (!f.has(ext, 8)) {
      trunc(np);
      return NONE;
    }
    pay(name(np), ext);
    out.append(" len=").append(itemLen - 4);
    if (f.opts.verbosity() > 2 && itemLen > 4) {
      out.append(' ');
      if (!raw(ext + 4, itemLen - 4)) {
        trunc(np);
        return NONE;
      }
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
      if (idLen > Integer.MAX_VALUE || !f.has(data, (int) idLen)) {
        trunc(np);
        return NONE;
      }
      for (int i = 0; i < idLen; i++) {
        int c = f.u8(data + i);
        out.append(c >= 0x20 && c < 0x7f ? (char) c : '.');
      }
    }
    if (hex && !raw(data, idLen)) {
      trunc(np);
      return NONE;
    }
    return ext + itemLen;
  }

  private int v2Auth(int ext, int itemLen) {
    if (!f.has(ext, 8)) {
      trunc(39);
      return NONE;
    }
    pay("v2auth", ext);
    out.append(" len=").append(itemLen - 4).append(" method=");
    strOrId(out, f.u8(ext + 4), IsakmpNames.V2_AUTH);
    if (itemLen > 4) {
      if (f.opts.verbosity() > 1) {
        out.append(" authdata=(");
        if (!raw(ext + 8, itemLen - 8)) {
          trunc(39);
          return NONE;
        }
        out.append(") ");
      } else if (f.opts.verbosity() > 0 && !someData(ext + 8)) {
        trunc(39);
        return NONE;
      }
    }
    return ext + itemLen;
  }

  private int v2Nonce(int ext, int itemLen) {
    pay("nonce", ext);
    out.append(" len=").append(itemLen - 4);
    if (f.opts.verbosity() > 1 && itemLen > 4) {
      out.append(" nonce=(");
      if (!raw(ext + 4, itemLen - 4)) {
        trunc(40);
        return NONE;
      }
      out.append(") ");
    } else if (f.opts.verbosity() > 0 && itemLen > 4 && !someData(ext + 4)) {
      trunc(40);
      return NONE;
    }
    return ext + itemLen;
  }

  private int v2N(int ext, int itemLen) {
    if (!f.has(ext, 8)) {
      trunc(11);
      return NONE;
    }
    pay("n", ext);
    out.append(" prot_id=");
    strOrId(out, f.u8(ext + 4), IsakmpNames.PROTO);
    int type = f.u16(ext + 6);
    out.append(" type=").append(type).append('(').append(IsakmpNames.v2Notify(type)).append(')');
    int spiSize = f.u8(ext + 5);
    if (IsakmpNames.v2NotifyShowsSpi(type) && spiSize != 0) {
      out.append(" spi=");
      if (!raw(ext + 8, spiSize)) {
        trunc(11);
        return NONE;
      }
    }
    int cp = ext + 8 + spiSize;
    int ep = f.end;
    boolean some = type == 16390;
    if (cp < ep) {
      if (f.opts.verbosity() > 3 || (some && ep - cp < 30)) {
        out.append(" data=(");
        if (!raw(cp, ep - cp)) {
          trunc(11);
          return NONE;
        }
        out.append(')');
      } else if (some && !someData(cp)) {
        trunc(11);
        return NONE;
      }
    }
    return ext + itemLen;
  }

  private int v2Vid(int ext, int itemLen) {
    pay("v2vid", ext);
    int len = itemLen - 4;
    out.append(" len=").append(len).append(" vid=");
    if (!f.has(ext + 4, len)) {
      trunc(43);
      return NONE;
    }
    for (int i = 0; i < len; i++) {
      int c = f.u8(ext + 4 + i);
      out.append(c >= 0x20 && c < 0x7f ? (char) c : '.');
    }
    if (f.opts.verbosity() > 2 && len > 4) {
      out.append(' ');
      if (!raw(ext + 4, len)) {
        trunc(43);
        return NONE;
      }
    }
    return ext + itemLen;
  }

  private int v2E(int ext, int itemLen) {
    pay("v2e", ext);
    int dlen = itemLen - 4;
    out.append(" len=").append(dlen);
    if (f.opts.verbosity() > 2 && dlen > 4) {
      out.append(' ');
      if (!raw(ext + 4, dlen)) {
        trunc(46);
        return NONE;
      }
    }
    if (!f.has(ext + 4, dlen)) trunc(46);
    // the encrypted payload ends the chain: its next-payload field names what is inside
    return NONE;
  }
}
