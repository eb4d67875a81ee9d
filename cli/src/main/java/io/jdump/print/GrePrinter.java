package io.jdump.print;

/**
 * GRE as tcpdump's print-gre.c: version 0 (RFC 1701/2784: checksum, offset, key, sequence
 * number, source routes) and version 1, PPTP's enhanced GRE (RFC 2637: call id, sequence and
 * acknowledgment numbers, PPP inside), then the carried packet.
 */
final class GrePrinter {
  private static final int CP = 0x8000;
  private static final int RP = 0x4000;
  private static final int KP = 0x2000;
  private static final int SP = 0x1000;
  private static final int SSR = 0x0800;
  private static final int AP = 0x0080;

  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;

  GrePrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  void print(int bp, int length) {
    f.proto = "gre";
    if (!f.has(bp, 2) || length < 2) {
      f.printTrunc();
      return;
    }
    int vers = f.u16(bp) & 7;
    out.append("GREv").append(vers);
    switch (vers) {
      case 0 -> v0(bp, length);
      case 1 -> v1(bp, length);
      default -> out.append(" ERROR: unknown-version");
    }
  }

  /** tcpdump's ND_TCHECK plus length test: true, after the marker, when n bytes are missing. */
  private boolean cut(int bp, int len, int n) {
    if (f.has(bp, n) && len >= n) return false;
    f.printTrunc();
    return true;
  }

  private void flags(int flags) {
    if (f.opts.verbosity() == 0) return;
    out.append(", Flags [");
    int n = 0;
    String[] names = {"checksum present", "routing present", "key present", "sequence# present",
      "source routing present", "ack present"};
    int[] bits = {CP, RP, KP, SP, SSR, AP};
    for (int i = 0; i < bits.length; i++) {
      if ((flags & bits[i]) != 0) {
        if (n++ > 0) out.append(", ");
        out.append(names[i]);
      }
    }
    if (n == 0) out.append("none");
    out.append(']');
  }

  private void proto(int prot) {
    if (!f.opts.linkHeader()) return;
    String n = EtherTypes.name(prot);
    out.append(", proto ").append(n == null ? "unknown" : n).append(" (0x");
    Text.hex4(out, prot);
    out.append(')');
  }

  private void v0(int bp, int length) {
    int len = length;
    int flags = f.u16(bp);
    flags(flags);
    len -= 2;
    bp += 2;
    if (cut(bp, len, 2)) return;
    int prot = f.u16(bp);
    len -= 2;
    bp += 2;
    if ((flags & (CP | RP)) != 0) {
      if (cut(bp, len, 2)) return;
      if (f.opts.verbosity() > 0) {
        out.append(", sum 0x");
        Text.hex(out, f.u16(bp));
      }
      bp += 2;
      len -= 2;
      if (cut(bp, len, 2)) return;
      out.append(", off 0x");
      Text.hex(out, f.u16(bp));
      bp += 2;
      len -= 2;
    }
    if ((flags & KP) != 0) {
      if (cut(bp, len, 4)) return;
      out.append(", key=0x");
      Text.hex(out, f.u32(bp));
      bp += 4;
      len -= 4;
    }
    if ((flags & SP) != 0) {
      if (cut(bp, len, 4)) return;
      out.append(", seq ").append(f.u32(bp));
      bp += 4;
      len -= 4;
    }
    if ((flags & RP) != 0) {
      for (;;) {
        if (cut(bp, len, 4)) return;
        int af = f.u16(bp);
        int sreoff = f.u8(bp + 2);
        int srelen = f.u8(bp + 3);
        bp += 4;
        len -= 4;
        if (af == 0 && srelen == 0) break;
        if (!sre(af, sreoff, srelen, bp, len) || len < srelen) {
          f.printTrunc();
          return;
        }
        bp += srelen;
        len -= srelen;
      }
    }
    proto(prot);
    out.append(", length ").append(length).append(f.opts.verbosity() < 1 ? ": " : "\n\t");
    switch (prot) {
      case EtherTypes.IPV4 -> d.ip4.print(bp, len);
      case EtherTypes.IPV6 -> d.ip6.print(bp, len);
      case EtherTypes.MPLS -> d.mpls.print(bp, len);
      case EtherTypes.IPX -> d.ipx.print(bp);
      case AtalkPrinter.ETHERTYPE -> d.atalk.ddp(bp, len);
      case EtherTypes.TEB -> d.link.ethernet(bp, len, f.end - bp);
      case 0x00fe -> d.osi.print(bp, len);
      default -> {
        out.append("gre-proto-0x");
        Text.hex(out, prot);
      }
    }
  }

  /** A source route entry; false when it was cut. */
  private boolean sre(int af, int off, int srelen, int bp, int len) {
    int unit = af == 0x0800 ? 4 : af == 0xfffe ? 2 : 0;
    if (unit == 0) {
      out.append(", (rtaf=0x");
      Text.hex(out, af);
      out.append(')');
      return true;
    }
    out.append(unit == 4 ? ", (rtaf=ip" : ", (rtaf=asn");
    boolean ok = true;
    if ((off & (unit - 1)) != 0) {
      out.append(", badoffset=").append(off);
    } else if ((srelen & (unit - 1)) != 0) {
      out.append(", badlength=").append(srelen);
    } else if (off >= srelen) {
      out.append(", badoff/len=").append(off).append('/').append(srelen);
    } else {
      int up = bp;
      while (srelen != 0) {
        if (!f.has(bp, unit) || len < unit) {
          ok = false;
          break;
        }
        out.append(' ').append(bp - up == off ? "*" : "");
        if (unit == 4) Text.ip4(out, f.b, bp);
        else Text.hex(out, f.u16(bp));
        bp += unit;
        len -= unit;
        srelen -= unit;
      }
    }
    out.append(')');
    return ok;
  }

  private void v1(int bp, int length) {
    int len = length;
    int flags = f.u16(bp);
    len -= 2;
    bp += 2;
    flags(flags);
    if (cut(bp, len, 2)) return;
    int prot = f.u16(bp);
    len -= 2;
    bp += 2;
    if ((flags & KP) != 0) {
      if (cut(bp, len, 4)) return;
      out.append(", call ").append(f.u32(bp) & 0xffff);
      len -= 4;
      bp += 4;
    }
    if ((flags & SP) != 0) {
      if (cut(bp, len, 4)) return;
      out.append(", seq ").append(f.u32(bp));
      bp += 4;
      len -= 4;
    }
    if ((flags & AP) != 0) {
      if (cut(bp, len, 4)) return;
      out.append(", ack ").append(f.u32(bp));
      bp += 4;
      len -= 4;
    }
    if ((flags & SP) == 0) out.append(", no-payload");
    proto(prot);
    out.append(", length ").append(length);
    if ((flags & SP) == 0) return;
    out.append(f.opts.verbosity() < 1 ? ": " : "\n\t");
    if (prot == EtherTypes.PPP) {
      d.ppp.print(bp, len);
    } else {
      out.append("gre-proto-0x");
      Text.hex(out, prot);
    }
  }
}
