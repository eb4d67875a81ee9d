package io.jdump.filter.gen;

import static io.jdump.bpf.Bpf.B;
import static io.jdump.bpf.Bpf.H;
import static io.jdump.bpf.Bpf.JEQ;
import static io.jdump.bpf.Bpf.JGE;
import static io.jdump.bpf.Bpf.JGT;
import static io.jdump.bpf.Bpf.W;

import io.jdump.filter.FilterException;
import io.jdump.filter.parse.Kind;

/**
 * SS7 over MTP2 (gen_mtp2type_abbrev, gen_mtp3field_code): the signal unit types from the
 * length indicator, and the MTP3 routing label's fields (sio, opc, dpc, sls). libpcap 1.10
 * knows where they are on MTP2, MTP2 with its pseudo-header and ERF only; the h forms are the
 * high-speed-link layout, 3 bytes further on.
 */
final class Ss7 {
  private Ss7() {}

  /** Offsets of the length indicator, its high-speed form and the SIO; the label follows. */
  private record Offsets(int li, int liHsl, int sio) {}

  private static Offsets offsets(int dlt) {
    return switch (dlt) {
      case 140 -> new Offsets(2, 4, 3);          // MTP2
      case 139 -> new Offsets(6, 8, 7);          // MTP2_WITH_PHDR: a 4-byte pseudo-header first
      case 197 -> new Offsets(22, 24, 23);       // ERF: its 16-byte record header and MC header
      default -> null;
    };
  }

  /** fisu, lssu, msu and their h forms. */
  static Cond unitType(Link link, Kind k) throws FilterException {
    Offsets o = offsets(link.dlt);
    boolean hsl = k == Kind.HFISU || k == Kind.HLSSU || k == Kind.HMSU;
    if (o == null) {
      String word = k.name().toLowerCase(java.util.Locale.ROOT);
      throw new FilterException("'" + word + "' supported only on " + (hsl ? "MTP2_HSL" : "MTP2"));
    }
    // The length indicator: 6 bits, or 9 bits of a half-word on high-speed links.
    Off li = Off.at(hsl ? o.liHsl() : o.li());
    int size = hsl ? H : B;
    long mask = hsl ? 0xff80 : 0x3f;
    long two = hsl ? 0x0100 : 2;
    return switch (k) {
      case FISU, HFISU -> ncmp(li, size, mask, JEQ, false, 0);
      // An LSSU has a length indicator of 1 or 2: above 0 first, then not above 2.
      case LSSU, HLSSU -> Cond.and(ncmp(li, size, mask, JGT, false, 0), ncmp(li, size, mask, JGT, true, two));
      default -> ncmp(li, size, mask, JGT, false, two);
    };
  }

  /** One value of sio, opc, dpc or sls (or an h form): {@code op} as the parser's relop. */
  static Cond field(Link link, Kind field, Kind op, long value) throws FilterException {
    boolean hsl = field == Kind.HSIO || field == Kind.HOPC || field == Kind.HDPC || field == Kind.HSLS;
    String name = switch (field) {
      case SIO, HSIO -> "sio";
      case OPC, HOPC -> "opc";
      case DPC, HDPC -> "dpc";
      default -> "sls";
    };
    Offsets o = offsets(link.dlt);
    if (o == null) throw new FilterException("'" + name + "' supported only on SS7");
    // The routing label: DPC, OPC and SLS packed little-endian in 4 bytes after the SIO.
    int label = o.sio() + 1 + (hsl ? 3 : 0);
    int sio = o.sio() + (hsl ? 3 : 0);
    long v = value & 0xffffffffL;
    int jtype = switch (op) {
      case GT, LEQ -> JGT;
      case GEQ, LT -> JGE;
      default -> JEQ;
    };
    // irelop's reverse, which gen_ncmp honours only for > and >=: '!=' tests equality, as
    // libpcap 1.10 generates it.
    boolean reverse = op == Kind.LEQ || op == Kind.LT;
    return switch (name) {
      case "sio" -> {
        tooBig(name, v, 255);
        yield ncmp(Off.at(sio), B, 0xffffffffL, jtype, reverse, v);
      }
      case "opc" -> {
        tooBig(name, v, 16383);
        long wire = (v & 0x3c00) >> 10 | (v & 0x3fc) << 6 | (v & 0x3) << 22;
        yield ncmp(Off.at(label), W, 0x00c0ff0fL, jtype, reverse, wire);
      }
      case "dpc" -> {
        tooBig(name, v, 16383);
        long wire = (v & 0xff) << 24 | (v & 0x3f00) << 8;
        yield ncmp(Off.at(label), W, 0xff3f0000L, jtype, reverse, wire);
      }
      default -> {
        tooBig(name, v, 15);
        yield ncmp(Off.at(label + 3), B, 0xf0, jtype, reverse, v << 4);
      }
    };
  }

  private static void tooBig(String name, long v, long max) throws FilterException {
    if (v > max) {
      throw new FilterException(name + " value " + v + " too big; max value = " + max);
    }
  }

  /** gen_ncmp: ([off] & mask) jtype v, negated when reverse. */
  static Cond ncmp(Off off, int size, long mask, int jtype, boolean reverse, long v) {
    Cond c;
    if ((mask & 0xffffffffL) == 0xffffffffL) {
      c = Emit.cmp(off, size, jtype, v);
    } else {
      c = Emit.maskedCmp(off, size, mask, jtype, v);
    }
    return reverse ? Cond.not(c) : c;
  }
}
