package io.jdump.filter.explain;

import io.jdump.bpf.Bpf;
import io.jdump.filter.explain.Sym.Alu;
import io.jdump.filter.explain.Sym.Bytes;
import io.jdump.filter.explain.Sym.Const;
import io.jdump.filter.explain.Sym.Key;

/**
 * Names symbolic values in the words of the headers they come from: {@code [x + 16]} after
 * {@code ip proto = tcp} is {@code tcp dst port}, {@code [14] & 0xfff} after an 802.1Q ether
 * type is {@code vlan id}. Returns null where the headers are not known on every path.
 */
final class Describer {
  private static final int MAX_TEXT = 120;

  private final Layers layers;

  Describer(Layers layers) {
    this.layers = layers;
  }

  /** Packet bits under a mask: the base load and the mask, or null when s is not one. */
  record Masked(Bytes bytes, long mask) {
    static Masked of(Sym s) {
      if (s instanceof Bytes b) return new Masked(b, ones(b.size() * 8));
      if (s instanceof Alu a && a.op() == Bpf.AND && a.left() instanceof Bytes b
          && a.right() instanceof Const c) {
        return new Masked(b, c.value() & ones(b.size() * 8));
      }
      return null;
    }

    /** {@return the key of the bits of {@code m} (a contiguous mask within this), or null} */
    Key key(long m) {
      if (m == 0 || !contiguous(m)) return null;
      int msb = 63 - Long.numberOfLeadingZeros(m);
      int lsb = Long.numberOfTrailingZeros(m);
      return new Key(bytes.at().var(), bytes.at().k() * 8 + bytes.size() * 8L - 1 - msb, msb - lsb + 1);
    }
  }

  static long ones(int bits) {
    return bits >= 64 ? -1L : (1L << bits) - 1;
  }

  static boolean contiguous(long m) {
    long low = m >>> Long.numberOfTrailingZeros(m);
    return (low & (low + 1)) == 0;
  }

  /** {@return the name of a value, or null} */
  Naming name(Sym s) {
    if (s == null) return null;
    if (s instanceof Const c) return new Naming(Format.hex(c.value()), Format.HEX, 0, 32);
    if (s instanceof Sym.Len) return new Naming("packet length", Format.DEC, 0, 32);
    if (s instanceof Sym.Ext e) return ext(e.k());
    if (s instanceof Sym.Hlen h) {
      return layers.ipv4At(h.at()) ? new Naming("IPv4 header length", Format.DEC, 0, 32) : null;
    }
    Masked m = Masked.of(s);
    if (m != null) return masked(m);
    if (s instanceof Alu a) {
      Naming at = layers.offset(a);
      if (at != null) return at;
      Naming l = name(a.left());
      if (a.op() == Bpf.NEG) return l == null ? null : new Naming("-" + paren(l, a.left()), Format.DEC, 0, 32);
      Naming r = name(a.right());
      if (l == null || r == null) return null;
      String right = a.right() instanceof Const c ? Long.toString(c.value()) : paren(r, a.right());
      String text = paren(l, a.left()) + " " + op(a.op()) + " " + right;
      // Past that, arithmetic written out reads worse than the instructions themselves.
      return text.length() > MAX_TEXT ? null : new Naming(text, Format.DEC, 0, 32);
    }
    return null;
  }

  /** A field isolated by a mask still sits at its bits: arithmetic sees it shifted. */
  private static String paren(Naming n, Sym s) {
    if (n.shift() != 0) return "(" + n.text() + " << " + n.shift() + ")";
    return s instanceof Alu a && Masked.of(a) == null ? "(" + n.text() + ")" : n.text();
  }

  private Naming masked(Masked m) {
    Bytes b = m.bytes();
    int loadBits = b.size() * 8;
    long all = ones(loadBits);
    if (m.mask() == all) return layers.name(b.at(), b.size(), 0, loadBits, false);
    if (m.mask() != 0 && contiguous(m.mask())) {
      int msb = 63 - Long.numberOfLeadingZeros(m.mask());
      int lsb = Long.numberOfTrailingZeros(m.mask());
      Naming exact = layers.name(b.at(), b.size(), loadBits - 1 - msb, msb - lsb + 1, true);
      if (exact != null) return new Naming(exact.text(), exact.format(), lsb, exact.bits());
    }
    Naming whole = layers.name(b.at(), b.size(), 0, loadBits, false);
    if (whole == null) return null;
    String mask = whole.format() == Format.IPV4 ? Format.ipv4(m.mask()) : Format.hex(m.mask());
    Format f = whole.format() == Format.IPV4 ? Format.IPV4 : Format.HEX;
    return new Naming(whole.text() + " & " + mask, f, 0, whole.bits());
  }

  /** {@return the bits {@code jset #mask} tests, in words, or null} */
  String bitsSet(Sym a, long mask) {
    Masked m = Masked.of(a);
    if (m != null && m.mask() == ones(m.bytes().size() * 8) && mask != 0 && contiguous(mask)) {
      Naming sub = masked(new Masked(m.bytes(), mask));
      if (sub != null && sub.shift() == Long.numberOfTrailingZeros(mask) && !sub.text().contains(" & ")) {
        return sub.text() + " != 0";
      }
    }
    Naming n = name(a);
    if (n == null) return null;
    String bits = n.format() == Format.TCPFLAGS && n.shift() == 0 ? n.format().format(mask, n.bits())
        : Format.hex(mask);
    return n.text() + " & " + bits + " != 0";
  }

  private static String op(int op) {
    return switch (op) {
      case Bpf.ADD -> "+";
      case Bpf.SUB -> "-";
      case Bpf.MUL -> "*";
      case Bpf.DIV -> "/";
      case Bpf.MOD -> "%";
      case Bpf.AND -> "&";
      case Bpf.OR -> "|";
      case Bpf.XOR -> "^";
      case Bpf.LSH -> "<<";
      case Bpf.RSH -> ">>";
      default -> "?";
    };
  }

  /** The Linux extensions ({@code SKF_AD_OFF + n}) bpf_image names. */
  private static Naming ext(int k) {
    return switch (k + 0x1000) {
      case 0 -> new Naming("Linux skb protocol", Format.ETHERTYPE, 0, 16);
      case 4 -> new Naming("Linux packet type", Format.PKTTYPE, 0, 16);
      case 8 -> new Naming("Linux interface index", Format.DEC, 0, 32);
      case 20 -> new Naming("Linux skb mark", Format.HEX, 0, 32);
      case 28 -> new Naming("Linux hardware type", Format.DEC, 0, 16);
      case 44 -> new Naming("Linux VLAN tag", Format.HEX, 0, 16);
      case 48 -> new Naming("Linux VLAN tag present", Format.DEC, 0, 32);
      case 60 -> new Naming("Linux VLAN TPID", Format.ETHERTYPE, 0, 16);
      default -> null;
    };
  }
}
