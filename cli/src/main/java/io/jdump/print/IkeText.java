package io.jdump.print;

import static io.jdump.print.IsakmpNames.strOrId;

/**
 * What the ISAKMP printers share: tcpdump's rawprint, ike_show_somedata, the payload markers
 * and indentation, and the attribute lists of transforms and notifications.
 */
abstract class IkeText {
  /** tcpdump's NULL: the payload walk stops here. */
  static final int NONE = -1;

  final Frame f;
  final StringBuilder out;

  IkeText(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void hex(int p, int n) {
    for (int i = 0; i < n; i++) Text.hex2(out, f.u8(p + i));
  }

  /** tcpdump's rawprint: false (nothing printed) when the bytes were not all captured. */
  boolean raw(int p, long n) {
    if (n < 0 || !f.has(p, (int) Math.min(n, Integer.MAX_VALUE))) return false;
    for (int i = 0; i < n; i++) Text.hex2(out, f.b[p + i]);
    return true;
  }

  /** tcpdump's ike_show_somedata: the first ten and last twenty bytes up to the capture's end. */
  boolean someData(int cp) {
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

  /** The marker of a cut payload; {@return NONE, where the walk stops} */
  int cut(int np) {
    trunc(np);
    return NONE;
  }

  void trunc(int np) {
    out.append(" [|");
    strOrId(out, np, IsakmpNames.PAYLOAD);
    out.append(']');
  }

  void open(int depth) {
    out.append('\n');
    for (int i = 0; i < depth; i++) out.append("    ");
    out.append('(');
  }

  /** The attribute list of a transform; NONE after a cut attribute. */
  int attributes(int cp, int ep2, IsakmpNames.Attr[] map, int np) {
    int ep = f.end;
    while (cp < ep && cp < ep2) {
      cp = attribute(cp, ep2, map);
      if (cp == NONE) return cut(np);
    }
    if (ep < ep2) out.append("...");
    return cp;
  }

  /** tcpdump's ikev1_attrmap_print and ikev1_attr_print (map null). */
  int attribute(int p, int ep2, IsakmpNames.Attr[] map) {
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
}
