package io.jdump.print;

/**
 * Link layers: Ethernet (with 802.1Q/802.1ad tags and 802.3 lengths), BSD and OpenBSD
 * loopback, raw IP, PPP; Linux cooked headers are {@link CookedPrinter}'s. Each sets {@link Frame#linkHeaderLength}, where
 * {@code -x} starts, as tcpdump's {@code if_print} routines return it.
 */
final class LinkPrinter {
  static final int DLT_NULL = 0;
  static final int DLT_EN10MB = 1;
  static final int DLT_PPP = 9;
  static final int DLT_RAW = 12;
  static final int DLT_PPP_SERIAL = 50;
  static final int DLT_LOOP = 108;
  static final int DLT_LINUX_SLL = 113;
  static final int DLT_IPV4 = 228;
  static final int DLT_IPV6 = 229;
  static final int DLT_LINUX_SLL2 = 276;

  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;


  LinkPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  /** {@return false when tcpdump has no printer for this link type} */
  boolean print(int dlt, int wirelen) {
    return print(dlt, f.start, wirelen);
  }

  /** {@return false when tcpdump has no printer for this link type}; the frame starts at p */
  boolean print(int dlt, int p, int wirelen) {
    switch (dlt) {
      case DLT_EN10MB -> f.linkHeaderLength = ethernet(p, wirelen, f.end - p);
      case DLT_LINUX_SLL -> d.cooked.sll(p, wirelen);
      case DLT_LINUX_SLL2 -> d.cooked.sll2(p, wirelen);
      case DLT_NULL, DLT_LOOP -> loopback(p, wirelen);
      case DLT_RAW, DLT_IPV4, DLT_IPV6 -> raw(p, wirelen);
      case DLT_PPP -> ppp(p, wirelen);
      case DLT_PPP_SERIAL -> pppSerial(p, wirelen);
      case ChdlcPrinter.DLT_C_HDLC, ChdlcPrinter.DLT_HDLC -> f.linkHeaderLength = d.chdlc.print(p, wirelen);
      case NflogPrinter.DLT_NFLOG -> d.nflog.print(p, wirelen);
      case PflogPrinter.DLT_PFLOG -> d.pflog.print(p, wirelen);
      case UsbPrinter.DLT_USB_LINUX, UsbPrinter.DLT_USB_LINUX_MMAPPED -> d.usb.print(p, dlt);
      case FrPrinter.DLT_FRELAY -> d.fr.frLink(p, wirelen);
      case FrPrinter.DLT_MFR -> d.fr.mfrLink(p, wirelen);
      case SlipPrinter.DLT_SLIP -> d.slip.print(p, wirelen);
      case SlipPrinter.DLT_SLIP_BSDOS -> d.slip.bsdos(p, wirelen);
      case AtmPrinter.DLT_ATM_RFC1483 -> d.atm.rfc1483(p, wirelen);
      case AtmPrinter.DLT_ATM_CLIP -> d.atm.clip(p, wirelen);
      case AtmPrinter.DLT_SUNATM -> d.atm.sunatm(p, wirelen);
      case SwitchTagPrinter.DLT_DSA_TAG_DSA -> switchTagged(p, wirelen, SwitchTagPrinter.DSA);
      case SwitchTagPrinter.DLT_DSA_TAG_EDSA -> switchTagged(p, wirelen, SwitchTagPrinter.EDSA);
      case SwitchTagPrinter.DLT_DSA_TAG_BRCM -> switchTagged(p, wirelen, SwitchTagPrinter.BRCM);
      case SwitchTagPrinter.DLT_DSA_TAG_BRCM_PREPEND -> brcmPrepend(p, wirelen);
      case VsockPrinter.DLT_VSOCK -> d.vsock.print(p);
      case ArcnetPrinter.DLT_ARCNET -> d.arcnet.bsd(p, wirelen);
      case ArcnetPrinter.DLT_ARCNET_LINUX -> d.arcnet.linux(p, wirelen);
      case Ieee802154Printer.DLT_IEEE802_15_4, Ieee802154Printer.DLT_IEEE802_15_4_NOFCS ->
          f.linkHeaderLength = d.ieee802154.print(p);
      case Ieee802154Printer.DLT_IEEE802_15_4_TAP -> f.linkHeaderLength = d.ieee802154.tap(p);
      case HostLinkPrinter.DLT_IPOIB -> d.hostLink.ipoib(p, wirelen);
      case HostLinkPrinter.DLT_IPNET -> d.hostLink.ipnet(p, wirelen);
      case HostLinkPrinter.DLT_PKTAP, HostLinkPrinter.DLT_USER2 -> d.hostLink.pktap(p, wirelen);
      case WifiPrinter.DLT_IEEE802_11 -> f.linkHeaderLength = d.wifi.ieee80211(p, wirelen);
      case WifiPrinter.DLT_IEEE802_11_RADIO -> f.linkHeaderLength = d.radiotap.print(p, wirelen);
      case WifiPrinter.DLT_PRISM_HEADER -> f.linkHeaderLength = d.wifi.prism(p, wirelen);
      case WifiPrinter.DLT_IEEE802_11_RADIO_AVS -> f.linkHeaderLength = d.wifi.avs(p, wirelen);
      case PpiPrinter.DLT_PPI -> f.linkHeaderLength = d.ppi.print(p, wirelen);
      case LegacyWanPrinter.DLT_PPP_ETHER -> d.legacyWan.pppEther(p, wirelen);
      case LegacyWanPrinter.DLT_ENC -> d.legacyWan.enc(p, wirelen);
      case LegacyWanPrinter.DLT_PPP_PPPD -> ppp(p, wirelen);
      case LegacyWanPrinter.DLT_PPP_BSDOS -> d.legacyWan.pppBsdos();
      case LegacyWanPrinter.DLT_BLUETOOTH_HCI_H4_WITH_PHDR -> d.legacyWan.bluetooth(p, wirelen);
      case LegacyWanPrinter.DLT_LTALK -> d.legacyWan.localTalk(p, wirelen);
      case LegacyLanPrinter.DLT_NETANALYZER -> d.legacyLan.netanalyzer(p, wirelen, false);
      case LegacyLanPrinter.DLT_NETANALYZER_TRANSPARENT -> d.legacyLan.netanalyzer(p, wirelen, true);
      case LegacyLanPrinter.DLT_APPLE_IP_OVER_IEEE1394 -> d.legacyLan.ap1394(p, wirelen);
      case LegacyLanPrinter.DLT_SYMANTEC_FIREWALL -> d.legacyLan.symantec(p, wirelen);
      case LegacyLanPrinter.DLT_IP_OVER_FC -> d.legacyLan.ipfc(p, wirelen);
      case LegacyLanPrinter.DLT_FDDI -> d.legacyLan.fddi(p, wirelen);
      case LegacyLanPrinter.DLT_IEEE802 -> d.legacyLan.token(p, wirelen);
      default -> {
        if (!JuniperPrinter.handles(dlt)) return false;
        d.juniper.print(dlt, p, wirelen);
      }
    }
    return true;
  }

  /** tcpdump's {@code ether_print}; returns the header length. */
  int ethernet(int p, int length, int caplen) {
    f.proto = "ether";
    return ethernet(p, length, caplen, SwitchTagPrinter.NONE);
  }

  /**
   * tcpdump's {@code ether_common_print}, with a switch tag of {@link SwitchTagPrinter}'s kind
   * after the addresses; returns the header length.
   */
  int ethernet(int p, int length, int caplen, int tag) {
    if (length < caplen) {
      out.append("[length ").append(length).append(" < caplen ").append(caplen).append(']');
      f.printInvalid();
      return length;
    }
    int tagLen = SwitchTagPrinter.length(tag);
    if (caplen < 14 + tagLen) {
      f.printTrunc();
      return caplen;
    }
    boolean e = f.opts.linkHeader();
    int dst = p;
    int src = p + 6;
    int origLength = length;
    if (e) addresses(src, p);
    if (tag != SwitchTagPrinter.NONE) d.switchTag.print(tag, p + 12);
    length -= 12 + tagLen;
    caplen -= 12 + tagLen;
    p += 12 + tagLen;
    int hdrlen = 12 + tagLen;
    while (true) {
      int type = f.u16(p);
      length -= 2;
      caplen -= 2;
      p += 2;
      hdrlen += 2;
      boolean printedLength = false;
      if (type == EtherTypes.MACSEC) {
        // tcpdump looks for a SecTAG only right after the addresses, not inside VLAN tags
        if (e) {
          etherType(type);
          out.append(", length ").append(origLength).append(": ");
          printedLength = true;
        }
        String proto = f.proto;
        int sectag = d.misc.macsec(p, length, caplen);
        if (sectag == 0) return hdrlen + caplen;
        f.proto = proto; // tcpdump's macsec_print restores it: a cut type field is the caller's
        if (sectag < 0) {
          defaultPrint(p - sectag, caplen + sectag);
          return hdrlen - sectag;
        }
        // the 16-byte ICV at the end is not payload
        // tcpdump takes the ICV off what was captured too, even from a frame cut before it
        length -= 16;
        caplen -= 16;
        f.end = Math.min(f.end, p + caplen);
        int shortLength = f.u8(p + 1) & 0x3f;
        p += sectag;
        length -= sectag;
        caplen -= sectag;
        hdrlen += sectag;
        if (shortLength != 0) {
          length = Math.min(length, shortLength);
          caplen = Math.min(caplen, shortLength);
        }
        type = f.u16(p);
        if (caplen < 2) {
          // tcpdump's ND_LCHECK_U: a Secure Data length too short for a type field
          out.append(" [caplen ").append(caplen).append(" < 2]");
          return hdrlen;
        }
        p += 2;
        length -= 2;
        caplen -= 2;
        hdrlen += 2;
      }
      while (EtherTypes.isVlan(type)) {
        if (caplen < 4 || length < 4) {
          f.proto = "vlan";
          f.printTrunc();
          return hdrlen + Math.min(caplen, length);
        }
        if (e) {
          int tci = f.u16(p);
          etherType(type);
          if (!printedLength) {
            out.append(", length ").append(origLength).append(": ");
            printedLength = true;
          } else {
            out.append(", ");
          }
          tci(tci);
          out.append(", ");
        }
        type = f.u16(p + 2);
        p += 4;
        length -= 4;
        caplen -= 4;
        hdrlen += 4;
      }
      if (type <= 1500) {
        if (type < length) {
          length = type;
          if (caplen > length) caplen = length;
        }
        int savedEnd = f.end;
        f.end = Math.min(f.end, p + length);
        if (e) {
          out.append("802.3");
          if (!printedLength) out.append(", length ").append(length).append(": ");
        }
        int llc = llc(p, length, caplen, src, dst);
        f.end = savedEnd;
        return hdrlen + llc;
      }
      if (type == EtherTypes.JUMBO) return hdrlen + llc(p, length, caplen, src, dst);
      if (type == AristaPrinter.ETHERTYPE) {
        if (caplen < 2 || length < 2) {
          out.append("[|arista]");
          return hdrlen + Math.min(caplen, length);
        }
        etherType(type);
        out.append(", length ").append(origLength).append(": ");
        int used = d.arista.print(p);
        if (used > 0) {
          p += used;
          length -= used;
          caplen -= used;
          hdrlen += used;
          continue;
        }
        if (!e) {
          addresses(src, dst);
          etherType(type);
          out.append(", length ").append(origLength).append(": ");
        }
        defaultPrint(p, caplen);
        return hdrlen;
      }
      if (e) {
        etherType(type);
        if (!printedLength) out.append(", length ").append(origLength).append(": ");
        else out.append(", ");
      }
      f.etherSrc = src;
      f.etherDst = dst;
      boolean known = d.etherType(type, p, length, caplen);
      f.etherSrc = -1;
      f.etherDst = -1;
      if (!known) {
        if (!e) {
          addresses(src, dst);
          etherType(type);
          out.append(", length ").append(origLength).append(": ");
        }
        defaultPrint(p, caplen);
      }
      return hdrlen;
    }
  }

  private void switchTagged(int p, int length, int tag) {
    f.proto = SwitchTagPrinter.protocol(tag);
    f.linkHeaderLength = ethernet(p, length, f.end - p, tag);
  }

  /** tcpdump's {@code brcm_tag_prepend_if_print}: the tag (shown with -e), then Ethernet. */
  private void brcmPrepend(int p, int length) {
    f.proto = "brcm-tag-prepend";
    f.need(p, 4);
    f.linkHeaderLength = 4;
    if (f.opts.linkHeader()) d.switchTag.brcm(p);
    f.linkHeaderLength = 4 + ethernet(p + 4, length - 4, f.end - p - 4);
  }

  private int llc(int p, int length, int caplen, int src, int dst) {
    int llc = d.llc.print(p, length, caplen, src, dst);
    if (llc < 0) {
      defaultPrint(p, caplen);
      llc = -llc;
    }
    return llc;
  }

  private void addresses(int src, int dst) {
    f.need(src, 6);
    f.need(dst, 6);
    f.names.mac(out, f.b, src);
    out.append(" > ");
    f.names.mac(out, f.b, dst);
    out.append(", ");
  }

  void etherType(int type) {
    String name = EtherTypes.name(type);
    if (!f.opts.quiet()) {
      out.append("ethertype ").append(name == null ? "Unknown" : name).append(" (0x");
      Text.hex4(out, type);
      out.append(')');
    } else if (name != null) {
      out.append(name);
    } else {
      out.append("Unknown Ethertype (0x");
      Text.hex4(out, type);
      out.append(')');
    }
  }

  void tci(int tci) {
    out.append("vlan ").append(tci & 0xfff).append(", p ").append(tci >> 13);
    if ((tci & 0x1000) != 0) out.append(", DEI");
  }

  /** tcpdump's {@code ND_DEFAULTPRINT}: hex and ASCII, unless -x, -X or -q was given. */
  void defaultPrint(int p, int caplen) {
    if (f.opts.suppressDefaultPrint()) return;
    alwaysDefaultPrint(p, caplen);
  }

  /**
   * tcpdump's {@code ND_DEFAULTPRINT} where the caller does not test
   * {@code ndo_suppress_default_print} (llc_print, arp_print): printed whatever -x and -q say.
   */
  void alwaysDefaultPrint(int p, int caplen) {
    HexDump.hexAscii(out, f.b, p, Math.max(0, Math.min(caplen, f.end - p)));
  }

  /**
   * tcpdump's {@code ND_DEFAULTPRINT} of a length that may pass the capture: what was captured,
   * then the cut marker.
   */
  void defaultPrintLength(int p, int length) {
    int n = Math.max(0, Math.min(length, f.end - p));
    HexDump.hexAscii(out, f.b, p, n);
    if (length > n) throw f.truncated();
  }

  /** tcpdump's {@code print_unknown_data}: hex of what was captured, always printed. */
  void defaultHex(int p, int len) {
    int n = Math.max(0, Math.min(len, f.end - p));
    HexDump.hex(out, f.b, p, n);
  }

  /** BSD loopback, DLT_NULL and DLT_LOOP alike: tcpdump prints both with print-null.c. */
  private void loopback(int p, int length) {
    f.proto = "null";
    int caplen = f.end - p;
    // print-null.c's ND_TCHECK jumps: -x dumps the frame whole, a PPI header around it too
    if (caplen < 4) throw f.truncated();
    // Read in the host's order on both links (LOOP's network order too), then swapped when the
    // upper half is not zero, as print-null.c does: a family with both halves set comes out
    // the same as tcpdump's on a little-endian host.
    int family = f.i32le(p);
    if ((family & 0xffff0000) != 0) family = Integer.reverseBytes(family);
    String name = BsdFamilies.name(family);
    if (f.opts.linkHeader()) afHeader(name, family, length);
    f.linkHeaderLength = 4;
    p += 4;
    length -= 4;
    switch (family) {
      case 2 -> d.ip4.print(p, length);
      case 24, 28, 30 -> d.ip6.print(p, length);
      case 23 -> d.ipx.print(p);
      case 7 -> d.osi.print(p, length);
      case 16 -> d.atalk.ddp(p, length);
      default -> {
        if (!f.opts.linkHeader()) afHeader(name, family, length + 4);
        defaultPrint(p, caplen - 4);
      }
    }
  }

  private void afHeader(String name, int family, int length) {
    if (!f.opts.quiet()) {
      out.append("AF ").append(name == null ? "Unknown" : name).append(" (")
          .append(Integer.toUnsignedLong(family))
          .append(')');
    } else if (name != null) {
      out.append(name);
    } else {
      out.append("Unknown AF ").append(Integer.toUnsignedLong(family));
    }
    out.append(", length ").append(length).append(": ");
  }

  private void raw(int p, int length) {
    f.proto = "raw";
    f.linkHeaderLength = 0;
    if (f.opts.linkHeader()) out.append("ip: ");
    d.ipN(p, length);
  }

  /** tcpdump's {@code ppp_if_print}: DLT_PPP, the header as it comes. */
  private void ppp(int p, int length) {
    f.proto = "ppp";
    int caplen = f.end - p;
    if (caplen < 4) {
      f.printTrunc();
      f.linkHeaderLength = caplen;
      return;
    }
    d.ppp.print(p, length);
    // four bytes whatever the frame's own fields take; none when the packet was cut (above)
    f.linkHeaderLength = 4;
  }

  /**
   * tcpdump's {@code ppp_hdlc_if_print}: DLT_PPP_SERIAL, PPP in HDLC-like framing or Cisco
   * HDLC by the address byte.
   */
  private void pppSerial(int p, int length) {
    f.proto = "ppp_hdlc";
    int caplen = f.end - p;
    if (caplen < 2) {
      f.printTrunc();
      f.linkHeaderLength = caplen;
      return;
    }
    int addr = f.u8(p);
    if (addr == 0x0f || addr == 0x8f) {
      f.linkHeaderLength = d.chdlc.print(p, length);
      return;
    }
    if (caplen < 4) {
      f.printTrunc();
      f.linkHeaderLength = caplen;
      return;
    }
    if (f.opts.linkHeader()) {
      Text.hex2(out, addr);
      out.append(' ');
      Text.hex2(out, f.u8(p + 1));
      out.append(' ').append(length).append(' ');
    }
    if (addr != 0xff) {
      f.linkHeaderLength = 2;
      out.append("unknown addr ");
      Text.hex2(out, f.u8(p + 2));
      out.append("; ctrl ");
      Text.hex2(out, f.u8(p + 3));
      return;
    }
    int proto = f.u16(p + 2);
    String n = PppNames.protocol(proto);
    if (n != null) {
      out.append(n);
    } else {
      out.append("unknown PPP protocol (0x");
      Text.hex4(out, proto);
      out.append(')');
    }
    out.append(": ");
    d.ppp.handle(proto, p + 4, length - 4);
    f.linkHeaderLength = 4;
  }
}
