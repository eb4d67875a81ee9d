package io.jdump.print;

/**
 * IEEE 802.11 frames as tcpdump's {@code ieee802_11_print}: the MAC header with {@code -e}
 * (and the 802.11s mesh control field with {@code -H}), then management bodies
 * ({@link WifiManagement}), control frames, and data frames whose LLC payload goes on to
 * {@link LlcPrinter}. The link types that wrap a frame (Prism, AVS) start here too; radiotap
 * is {@link RadiotapPrinter}'s.
 */
final class WifiPrinter {
  static final int DLT_IEEE802_11 = 105;
  static final int DLT_PRISM_HEADER = 119;
  static final int DLT_IEEE802_11_RADIO = 127;
  static final int DLT_IEEE802_11_RADIO_AVS = 163;

  private static final int T_MGMT = 0;
  private static final int T_CTRL = 1;
  private static final int T_DATA = 2;

  private static final int CTRL_BAR = 8;
  private static final int CTRL_BA = 9;
  private static final int CTRL_PS_POLL = 10;
  private static final int CTRL_RTS = 11;
  private static final int CTRL_CTS = 12;
  private static final int CTRL_ACK = 13;
  private static final int CTRL_CF_END = 14;
  private static final int CTRL_END_ACK = 15;

  private static final int PRISM_HEADER_LENGTH = 144;

  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;
  private final WifiManagement management;

  WifiPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
    this.management = new WifiManagement(this, f);
  }

  /** DLT_IEEE802_11: {@return the link header length for -x} */
  int ieee80211(int p, int length) {
    f.proto = "802.11";
    return frame(p, length, false, 0);
  }

  /** DLT_PRISM_HEADER, or an AVS header behind Linux's Prism type. */
  int prism(int p, int length) {
    f.proto = "prism";
    int caplen = f.end - p;
    if (caplen < 4) {
      f.printTrunc();
      return caplen;
    }
    long cookie = f.u32(p);
    if (cookie == 0x80211001L || cookie == 0x80211002L) return avs(p, length);
    if (caplen < PRISM_HEADER_LENGTH) {
      f.printTrunc();
      return caplen;
    }
    return PRISM_HEADER_LENGTH
        + frame(p + PRISM_HEADER_LENGTH, length - PRISM_HEADER_LENGTH, false, 0);
  }

  /** DLT_IEEE802_11_RADIO_AVS: a header whose length is its second word. */
  int avs(int p, int length) {
    f.proto = "802.11_radio_avs";
    int caplen = f.end - p;
    if (caplen < 8) {
      f.printTrunc();
      return caplen;
    }
    long hlen = f.u32(p + 4);
    if (hlen < 8 || caplen < hlen) {
      f.printTrunc();
      return caplen;
    }
    int h = (int) hlen;
    return h + frame(p + h, length - h, false, 0);
  }

  /**
   * One 802.11 frame of length bytes on the wire at p (fcs of them a trailing FCS; pad: the
   * body starts on a 4-byte boundary). {@return the header length, as tcpdump counts it}
   */
  int frame(int p, int length, boolean pad, int fcs) {
    f.proto = "802.11";
    int caplen = f.end - p;
    int origCaplen = caplen;
    if (length < fcs) {
      f.printTrunc();
      return caplen;
    }
    length -= fcs;
    if (caplen > length) { // the FCS was captured: not payload
      f.end -= caplen - length;
      caplen = length;
    }
    if (caplen < 2) {
      f.printTrunc();
      return origCaplen;
    }
    int fc = f.u16le(p);
    int type = (fc >> 2) & 3;
    int subtype = (fc >> 4) & 0xf;
    int hdrlen = headerLength(type, subtype, fc);
    if (hdrlen == 0) return 0;
    if (pad) hdrlen = (hdrlen + 3) & ~3;
    int meshLength = 0;
    if (f.opts.meshHeaders() && type == T_DATA && (subtype & 8) != 0) {
      if (!f.has(p + hdrlen, 1)) {
        f.printTrunc();
        return hdrlen;
      }
      int meshFlags = f.u8(p + hdrlen);
      meshLength = (meshFlags & ~3) != 0 ? 0 : 6 * (1 + (meshFlags & 3));
      hdrlen += meshLength;
    }
    if (caplen < hdrlen) {
      f.printTrunc();
      return hdrlen;
    }
    boolean e = f.opts.linkHeader();
    if (e) header(fc, type, subtype, p, hdrlen, meshLength);
    length -= hdrlen;
    caplen -= hdrlen;
    int body = p + hdrlen;
    switch (type) {
      case T_MGMT -> {
        if (!management.print(fc, p + 10, body, length)) {
          f.printTrunc();
          return hdrlen;
        }
      }
      case T_CTRL -> control(subtype, p);
      default -> { // data; headerLength let no other type through
        if ((subtype & 4) != 0) return hdrlen; // no data
        if ((fc & 0x4000) != 0) {
          out.append("Data");
          if (!wep(body)) {
            f.printTrunc();
            return hdrlen;
          }
        } else {
          int llc = d.llc.print(body, length, caplen, dataSource(fc, p), dataDestination(fc, p));
          if (llc < 0) {
            d.link.defaultPrint(body, caplen);
            llc = -llc;
          }
          hdrlen += llc;
        }
      }
    }
    return hdrlen;
  }

  /** {@return tcpdump's header length for the frame type; 0 (after saying so) if unknown} */
  private int headerLength(int type, int subtype, int fc) {
    switch (type) {
      case T_MGMT:
        return 24;
      case T_CTRL:
        switch (subtype) {
          case 7:
            return 16;
          case CTRL_BAR:
            return 20;
          case CTRL_BA, CTRL_CTS, CTRL_ACK:
            return 10;
          case CTRL_PS_POLL, CTRL_RTS, CTRL_CF_END, CTRL_END_ACK:
            return 16;
          default:
            out.append("unknown 802.11 ctrl frame subtype (").append(subtype).append(')');
            return 0;
        }
      case T_DATA:
        return ((fc & 0x0300) == 0x0300 ? 30 : 24) + ((subtype & 8) != 0 ? 2 : 0);
      default:
        out.append("unknown 802.11 frame type (").append(type).append(')');
        return 0;
    }
  }

  /** tcpdump's {@code ieee_802_11_hdr_print}, with -e. */
  private void header(int fc, int type, int subtype, int p, int hdrlen, int meshLength) {
    if (f.opts.verbosity() > 0) {
      if ((fc & 0x2000) != 0) out.append("More Data ");
      if ((fc & 0x0400) != 0) out.append("More Fragments ");
      if ((fc & 0x1000) != 0) out.append("Pwr Mgmt ");
      if ((fc & 0x0800) != 0) out.append("Retry ");
      if ((fc & 0x8000) != 0) out.append("Strictly Ordered ");
      if ((fc & 0x4000) != 0) out.append("Protected ");
      if (type != T_CTRL || subtype != CTRL_PS_POLL) out.append(f.u16le(p + 2)).append("us ");
    }
    if (meshLength != 0) {
      int mc = p + hdrlen - meshLength;
      int ae = f.u8(mc) & 3;
      out.append("MeshData (AE ").append(ae).append(" TTL ").append(f.u8(mc + 1))
          .append(" seq ").append(f.i32le(mc + 2) & 0xffffffffL);
      if (ae > 0) address(" A4:", mc + 6);
      if (ae > 1) address(" A5:", mc + 12);
      if (ae > 2) address(" A6:", mc + 18);
      out.append(") ");
    }
    switch (type) {
      case T_MGMT -> {
        address("BSSID:", p + 16);
        address(" DA:", p + 4);
        address(" SA:", p + 10);
        out.append(' ');
      }
      case T_CTRL -> controlHeader(subtype, p);
      case T_DATA -> dataHeader(fc, subtype, p);
      default -> { }
    }
  }

  private void dataHeader(int fc, int subtype, int p) {
    if ((subtype & 0x0b) != 0) { // CF-Ack, CF-Poll or QoS
      out.append("CF ");
      if ((subtype & 1) != 0) out.append((subtype & 2) != 0 ? "Ack/Poll" : "Ack");
      else if ((subtype & 2) != 0) out.append("Poll");
      if ((subtype & 8) != 0) out.append("+QoS");
      out.append(' ');
    }
    switch (fc & 0x0300) {
      case 0x0000 -> {
        address("DA:", p + 4);
        address(" SA:", p + 10);
        address(" BSSID:", p + 16);
      }
      case 0x0200 -> {
        address("DA:", p + 4);
        address(" BSSID:", p + 10);
        address(" SA:", p + 16);
      }
      case 0x0100 -> {
        address("BSSID:", p + 4);
        address(" SA:", p + 10);
        address(" DA:", p + 16);
      }
      default -> {
        address("RA:", p + 4);
        address(" TA:", p + 10);
        address(" DA:", p + 16);
        address(" SA:", p + 24);
      }
    }
    out.append(' ');
  }

  private void controlHeader(int subtype, int p) {
    switch (subtype) {
      case CTRL_BAR -> bar(p);
      case CTRL_BA, CTRL_CTS, CTRL_ACK -> {
        address("RA:", p + 4);
        out.append(' ');
      }
      case CTRL_PS_POLL -> {
        address("BSSID:", p + 4);
        address(" TA:", p + 10);
        out.append(' ');
      }
      case CTRL_RTS -> {
        address("RA:", p + 4);
        address(" TA:", p + 10);
        out.append(' ');
      }
      case CTRL_CF_END, CTRL_END_ACK -> {
        address("RA:", p + 4);
        address(" BSSID:", p + 10);
        out.append(' ');
      }
      default -> { }
    }
  }

  private void bar(int p) {
    address(" RA:", p + 4);
    address(" TA:", p + 10);
    out.append(" CTL(");
    Text.hex(out, f.u16le(p + 16));
    out.append(") SEQ(").append(f.u16le(p + 18)).append(") ");
  }

  /** tcpdump's {@code ctrl_body_print}: the header length was checked by the caller. */
  private void control(int subtype, int p) {
    out.append(WifiNames.control(subtype));
    boolean e = f.opts.linkHeader();
    switch (subtype) {
      case CTRL_BAR -> {
        if (!e) bar(p);
      }
      case CTRL_PS_POLL -> {
        out.append(" AID(");
        Text.hex(out, f.u16le(p + 2));
        out.append(')');
      }
      case CTRL_RTS -> {
        if (!e) {
          address(" TA:", p + 10);
          out.append(' ');
        }
      }
      case CTRL_BA, CTRL_CTS, CTRL_ACK, CTRL_CF_END, CTRL_END_ACK -> {
        if (!e) {
          address(" RA:", p + 4);
          out.append(' ');
        }
      }
      default -> { } // the control wrapper is not decoded
    }
  }

  /** tcpdump's {@code wep_print}: {@return false when the IV and key id were cut} */
  boolean wep(int p) {
    if (!f.has(p, 4)) return false;
    int iv = f.i32le(p);
    out.append(" IV:");
    int v = iv & 0xffffff;
    for (int w = v < 0x10 ? 2 : v < 0x100 ? 1 : 0; w > 0; w--) out.append(' ');
    Text.hex(out, v);
    out.append(" Pad ");
    Text.hex(out, (iv >> 24) & 0x3f);
    out.append(" KeyID ");
    Text.hex(out, (iv >>> 30) & 3);
    return true;
  }

  /** Appends the label and the address at p (GET_ETHERADDR_STRING: a cut one throws). */
  void address(String label, int p) {
    f.need(p, 6);
    out.append(label);
    f.names.mac(out, f.b, p);
  }

  private static int dataSource(int fc, int p) {
    return switch (fc & 0x0300) {
      case 0x0000, 0x0100 -> p + 10;
      case 0x0200 -> p + 16;
      default -> p + 24;
    };
  }

  private static int dataDestination(int fc, int p) {
    return (fc & 0x0100) == 0 ? p + 4 : p + 16;
  }
}
