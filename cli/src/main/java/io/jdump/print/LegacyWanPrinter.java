package io.jdump.print;

/**
 * Old WAN and host link types tcpdump still decodes: PPPoE without Ethernet (PPP_ETHER), the
 * PPP pseudo-headers of pppd and BSD/OS, OpenBSD's IPsec encapsulation (ENC), Bluetooth HCI H4
 * with its direction header and LocalTalk (LLAP). Each sets {@link Frame#linkHeaderLength} as
 * tcpdump's {@code if_print} returns it, where {@code -x} starts.
 */
final class LegacyWanPrinter {
  static final int DLT_PPP_ETHER = 51;
  private static final int PPPOE_HDRLEN = 6;

  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;

  LegacyWanPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  /** tcpdump's {@code pppoe_if_print}: a PPPoE header with nothing before it. */
  void pppEther(int p, int length) {
    f.proto = "pppoe";
    if (length < PPPOE_HDRLEN) {
      out.append(" (length ").append(length).append(" < ").append(PPPOE_HDRLEN).append(") (invalid)");
      return;
    }
    // tcpdump adds the header length only when the printer returns: a cut frame dumps whole
    f.need(p, PPPOE_HDRLEN);
    int hdr = f.u8(p + 1) == 0 ? PPPOE_HDRLEN + pppHeader(p + PPPOE_HDRLEN, length) : PPPOE_HDRLEN;
    d.misc.pppoe(p, length);
    f.linkHeaderLength = hdr;
  }

  /** The length of the address, control and protocol fields ppp_print steps over, 0 if cut. */
  private int pppHeader(int p, int length) {
    int plen = Math.min(f.u16(p - 2), length - PPPOE_HDRLEN);
    int hdr = 0;
    if (plen < 2 || !f.has(p, 2)) return 0;
    int first = f.u16(p);
    if (first == 0xff03 || first == 0x0003 || first == 0x0103) {
      hdr = 2;
      if (plen < 4 || !f.has(p, 4)) return 0;
    }
    return hdr + ((f.u8(p + hdr) & 1) != 0 ? 1 : 2);
  }
}
