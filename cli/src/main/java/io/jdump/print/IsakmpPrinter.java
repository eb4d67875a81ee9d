package io.jdump.print;

import static io.jdump.print.IsakmpNames.strOrId;

/**
 * ISAKMP (IKEv1) and IKEv2 on UDP 500, 4500 (RFC 3948 NAT traversal: keepalives, the non-ESP
 * marker, ESP in UDP), 7500 and 8500, as tcpdump's print-isakmp.c without decryption secrets:
 * the header, the initiator/responder guess from the cookies seen before, and at {@code -v} the
 * payload chain (SA, proposal, transform with attributes, KE, ID, CERT, CR, HASH, SIG, nonce,
 * notify, delete, vendor ID; IKEv2's SA, KE, ID, AUTH, nonce, notify, TS, encrypted, ...).
 */
final class IsakmpPrinter extends IkeText {
  private static final int HDR = 28;
  private static final int CACHE = 20;

  private final Dissector d;
  private final Ikev1Payloads v1;
  /** tcpdump's cookie cache: initiator cookies and the addresses of their first packets. */
  private final long[] cookies = new long[CACHE];
  private final byte[][] initiators = new byte[CACHE][16];
  private final byte[][] responders = new byte[CACHE][16];
  private final int[] versions = new int[CACHE];
  private int next;

  IsakmpPrinter(Dissector d, Frame f) {
    super(f);
    this.d = d;
    this.v1 = new Ikev1Payloads(f);
    this.v1.v2.esp = d.esp;
  }

  /** tcpdump's {@code isakmp_rfc3948_print}: UDP 4500. */
  void natt(int p, int length, int ip, boolean fragmented) {
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
    d.esp.print(p, length, ip, fragmented);
  }

  /** tcpdump's {@code isakmp_print}; ip is the IP header, for the initiator guess. */
  void print(int p, int length, int ip) {
    f.proto = "isakmp";
    if (d.esp.secrets != null) d.esp.secrets.ready(); // tcpdump reads -E's SAs here too
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
        encrypted(np);
      } else if (f.end < base + HDR) {
        trunc(np);
      } else {
        v1.v1Chain(np, base + HDR, phase, 0, 0, 0);
      }
      mismatch(base, length);
    }
  }

  private void v2(int base, int length) {
    int phase = f.u32(base + 20) == 0 ? 1 : 2;
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
        encrypted(np);
      } else {
        v1.v2.chain(np, base, base + HDR, phase);
      }
      mismatch(base, length);
    }
  }

  /** An encrypted message: tcpdump names its first payload and stops, without secrets. */
  private void encrypted(int np) {
    out.append(" [encrypted ");
    strOrId(out, np, IsakmpNames.PAYLOAD);
    out.append(']');
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
}
