package io.jdump.print;

import java.util.function.IntConsumer;

/**
 * Linux cooked capture headers, v1 ({@code LINUX_SLL}) and v2 ({@code LINUX_SLL2}, with the
 * interface name and direction always shown), as tcpdump's {@code sll_if_print} and
 * {@code sll2_if_print}.
 */
final class CookedPrinter {
  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;

  CookedPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  private static final String[] PKTTYPES = {"In", "B", "M", "P", "Out"};

  private static String pktType(int t) {
    return t >= 0 && t < PKTTYPES.length ? PKTTYPES[t] : "?";
  }
  private void sllHeader(int pkttype, int halen, int addr, int type, int length) {
    String s = pktType(pkttype);
    for (int i = s.length(); i < 3; i++) out.append(' ');
    out.append(s).append(' ');
    if (halen == 6) {
      f.names.mac(out, f.b, addr);
      out.append(' ');
    }
    protocolAndLength(type, length);
  }

  /** The end of a cooked header under -e, the same in v1 and v2: protocol, then length. */
  private void protocolAndLength(int type, int length) {
    if (f.opts.quiet()) return;
    if (type <= 1500) {
      if (type == 1) out.append("802.3");
      else if (type == 4) out.append("802.2");
      else {
        out.append("ethertype Unknown (0x");
        Text.hex4(out, type);
        out.append(')');
      }
    } else {
      d.link.etherType(type);
    }
    out.append(", length ").append(length).append(": ");
  }

  void sll(int p, int length) {
    f.proto = "sll";
    int caplen = f.end - p;
    if (caplen < 16) {
      f.printTrunc();
      f.linkHeaderLength = 0; // tcpdump's -x dumps a cut header whole
      return;
    }
    int pkttype = f.u16(p);
    int halen = f.u16(p + 4);
    int type = f.u16(p + 14);
    if (f.opts.linkHeader()) sllHeader(pkttype, halen, p + 6, type, length);
    if (f.u16(p + 2) == 803) { // ARPHRD_IEEE80211_RADIOTAP
      f.linkHeaderLength = 16 + d.radiotap.print(p + 16, length - 16);
      return;
    }
    f.linkHeaderLength = 16 + cooked(p + 16, length - 16, caplen - 16, type, left ->
        sllHeader(pkttype, halen, p + 6, type, left + 16));
  }
  void sll2(int p, int length) {
    f.proto = "sll2";
    int caplen = f.end - p;
    if (caplen < 20) {
      f.printTrunc();
      f.linkHeaderLength = 0; // tcpdump's -x dumps a cut header whole
      return;
    }
    int type = f.u16(p);
    int ifIndex = f.i32(p + 4);
    int pkttype = f.u8(p + 10);
    int halen = f.u8(p + 11);
    String name = f.opts.interfaceNames() == null ? null
        : f.opts.interfaceNames().apply(ifIndex);
    if (name != null) {
      out.append(name);
      for (int i = name.length(); i < 5; i++) out.append(' ');
    } else {
      out.append("?    ");
    }
    out.append(' ');
    String dir = pktType(pkttype);
    out.append(dir);
    for (int i = dir.length(); i < 3; i++) out.append(' ');
    out.append(' ');
    IntConsumer header = total -> {
      out.append("ifindex ").append(Integer.toUnsignedLong(ifIndex)).append(' ');
      if (halen == 6) {
        f.names.mac(out, f.b, p + 12);
        out.append(' ');
      }
      protocolAndLength(type, total);
    };
    if (f.opts.linkHeader()) header.accept(length);
    if (f.u16(p + 8) == 803) { // ARPHRD_IEEE80211_RADIOTAP
      f.linkHeaderLength = 20 + d.radiotap.print(p + 20, length - 20);
      return;
    }
    f.linkHeaderLength = 20 + cooked(p + 20, length - 20, caplen - 20, type,
        left -> header.accept(left + 20));
  }
  /**
   * The part both cooked headers share: what follows the protocol field. An unknown protocol
   * prints the header with the length left after any VLAN tags, plus the header's, as
   * sll_if_print passes {@code length + SLL_HDR_LEN} once the tags are skipped.
   */
  private int cooked(int p, int length, int caplen, int type,
      IntConsumer headerIfUnknown) {
    int hdrlen = 0;
    while (true) {
      if (type <= 1500) {
        if (type == 1) { // Novell's 802.3 without LLC
          d.ipx.print(p);
          return hdrlen;
        }
        if (type == 4) {
          int llc = d.llc.print(p, length, caplen, -1, -1);
          if (llc >= 0) return hdrlen + llc;
        }
        d.link.defaultPrint(p, caplen);
        return hdrlen;
      }
      if (type == EtherTypes.VLAN) {
        if (caplen < 4 || length < 4) { // tcpdump's nd_print_trunc, " [|vlan]"
          f.proto = "vlan";
          f.printTrunc();
          return hdrlen + Math.min(caplen, length);
        }
        if (f.opts.linkHeader()) {
          d.link.tci(f.u16(p));
          out.append(", ");
        }
        type = f.u16(p + 2);
        if (type <= 1500) type = 4;
        if (!f.opts.quiet()) {
          String name = EtherTypes.name(type);
          out.append("ethertype ").append(name == null ? "Unknown" : name).append(", ");
        }
        p += 4;
        length -= 4;
        caplen -= 4;
        hdrlen += 4;
        continue;
      }
      if (!d.etherType(type, p, length, caplen)) {
        if (!f.opts.linkHeader()) headerIfUnknown.accept(length);
        d.link.defaultPrint(p, caplen);
      }
      return hdrlen;
    }
  }
}
