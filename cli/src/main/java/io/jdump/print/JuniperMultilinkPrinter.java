package io.jdump.print;

/**
 * Juniper's multilink link types after their capture header, as tcpdump's
 * {@code juniper_mlppp_if_print}, {@code juniper_mfr_if_print} and
 * {@code juniper_mlfr_if_print}: the bundle number, then what the cookie's protocol (or the LSQ
 * protocol of an adaptive-services cookie) says follows: PPP, IP, IPv6, MPLS, OSI (an NLPID) or
 * an FRF.16 frame from a child link.
 */
final class JuniperMultilinkPrinter {
  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;
  private final JuniperHeader h;

  JuniperMultilinkPrinter(Dissector d, Frame f, JuniperHeader h) {
    this.d = d;
    this.f = f;
    this.out = f.out;
    this.h = h;
  }

  /** Multilink PPP (130). */
  void mlppp(int p) {
    int c = h.cookie16();
    // a cookie that looks like a PPP protocol was captured on a child link: no bundle
    if (f.opts.linkHeader() && c != 0x0023 && c != 0xff03) {
      out.append("Bundle-ID ").append(h.bundle).append(": ");
    }
    if (lsq(p, h.cookie[4] == 0x0c)) return;
    if (c == 0x0023) {
      d.ppp.print(p - 2, h.length + 2);
    } else {
      d.ppp.print(p, h.length);
    }
  }

  /** Multilink Frame Relay, FRF.16 (134). */
  void mfr(int p) {
    if (h.cookieLen == 0) { // a child link
      d.fr.mfr(p, h.length);
      return;
    }
    if (h.cookieLen == 8) { // adaptive services
      lsq(p, false);
      return;
    }
    bundle();
    if (h.proto == 0xfefe) {
      f.need(p, 1);
      d.osi.print(p + 1, h.length - 1);
    } else {
      nlpid(p);
    }
  }

  /** Multilink Frame Relay, FRF.15 (131). */
  void mlfr(int p) {
    bundle();
    if (h.proto == 0x0003 || h.proto == 0x0300) {
      d.osi.print(p, h.length);
    } else {
      nlpid(p);
    }
  }

  private void bundle() {
    if (f.opts.linkHeader() && h.cookie32() != 1) {
      out.append("Bundle-ID ").append(h.bundle).append(", ");
    }
  }

  /** UI and an NLPID for Q.933, IP or IPv6: the OSI layer prints it from the NLPID before p. */
  private void nlpid(int p) {
    switch (h.proto) {
      case 0x0308, 0x03cc, 0x038e -> d.osi.print(p - 1, h.length + 1);
      default -> {
        out.append("unknown protocol 0x");
        Text.hex4(out, h.proto);
        out.append(", length ").append(h.length & 0xffffffffL);
      }
    }
  }

  /**
   * The LSQ protocols; IPv4 is PPP instead when toRe says the frame goes to the routing engine.
   * {@return whether the protocol was one}
   */
  private boolean lsq(int p, boolean toRe) {
    switch (h.proto) {
      case JuniperHeader.LSQ_IPV4 -> {
        if (toRe) {
          d.ppp.print(p, h.length);
        } else {
          d.ip4.print(p, h.length);
        }
      }
      case JuniperHeader.LSQ_IPV6 -> d.ip6.print(p, h.length);
      case JuniperHeader.LSQ_MPLS -> d.mpls.print(p, h.length);
      case JuniperHeader.LSQ_ISO -> d.osi.print(p, h.length);
      default -> {
        return false;
      }
    }
    return true;
  }
}
