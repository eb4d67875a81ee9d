package io.jdump.print;

/**
 * Old WAN and host link types tcpdump still decodes: PPPoE without Ethernet (PPP_ETHER), the
 * PPP pseudo-headers of pppd and BSD/OS, OpenBSD's IPsec encapsulation (ENC), Bluetooth HCI H4
 * with its direction header and LocalTalk (LLAP). Each sets {@link Frame#linkHeaderLength} as
 * tcpdump's {@code if_print} returns it, where {@code -x} starts.
 */
final class LegacyWanPrinter {
  static final int DLT_PPP_ETHER = 51;
  static final int DLT_ENC = 109;
  static final int DLT_PPP_BSDOS = 16;
  static final int DLT_BLUETOOTH_HCI_H4_WITH_PHDR = 201;
  private static final int BT_HDRLEN = 4;
  static final int DLT_LTALK = 114;
  private static final int LAP_SIZE = 3;
  private static final int SHORT_DDP_SIZE = 5;
  private static final int DDP_SIZE = 13;
  /** pppd's PPP with a direction in the address byte: tcpdump prints it as DLT_PPP. */
  static final int DLT_PPP_PPPD = 166;
  private static final int PPPOE_HDRLEN = 6;
  private static final int ENC_HDRLEN = 12;
  /** OpenBSD's mbuf flags: payload authenticated (AH or ESP), payload encrypted (ESP). */
  private static final long M_AUTH = 0x0800;
  private static final long M_CONF = 0x0400;

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
      if (plen < 4) return 0;
    }
    // ppp_print: an odd first byte is a one-byte protocol (PFC), the only byte it reads
    if (!f.has(p + hdr, 1)) return 0;
    boolean pfc = (f.u8(p + hdr) & 1) != 0;
    if (!pfc && !f.has(p + hdr, 2)) return 0;
    return hdr + (pfc ? 1 : 2);
  }

  /**
   * tcpdump's {@code enc_if_print}: address family, SPI and flags (family and flags in the
   * capturing host's byte order, guessed from the family's size), then IPv4 or IPv6 by
   * the BSD address family numbers; other families print nothing more.
   */
  void enc(int p, int length) {
    f.proto = "enc";
    f.need(p, ENC_HDRLEN);
    long af = f.u32le(p);
    long flags = f.u32le(p + 8);
    // a family with its high half set was written by a host of the other byte order
    if ((af & 0xffff0000L) != 0) {
      af = f.u32(p);
      flags = f.u32(p + 8);
    }
    if (flags == 0) out.append("(unprotected): ");
    else out.append('(');
    flags = encFlag(flags, M_AUTH, "authentic");
    encFlag(flags, M_CONF, "confidential");
    out.append("SPI 0x");
    Text.hex8(out, f.u32(p + 4));
    out.append(": ");
    f.linkHeaderLength = ENC_HDRLEN;
    if (af == 2) d.ip4.print(p + ENC_HDRLEN, length - ENC_HDRLEN);
    else if (af == 24 || af == 28 || af == 30) d.ip6.print(p + ENC_HDRLEN, length - ENC_HDRLEN);
  }

  private long encFlag(long flags, long bit, String name) {
    if ((flags & bit) == 0) return flags;
    out.append(name).append(flags == bit ? "): " : ",");
    return flags & ~bit;
  }

  /**
   * tcpdump's {@code ppp_bsdos_if_print}: decoded only when tcpdump runs on BSD/OS; elsewhere it
   * prints nothing after the time stamp and {@code -x} dumps the whole frame.
   */
  void pppBsdos() {
    f.proto = "ppp_bsdos";
    f.linkHeaderLength = 0;
  }

  /**
   * tcpdump's {@code bt_if_print}: a big-endian direction word (bit 0 set: in), shown with
   * {@code -e}; the HCI packet itself only as hex.
   */
  void bluetooth(int p, int length) {
    f.proto = "bluetooth";
    out.append("bluetooth");
    if (!f.has(p, BT_HDRLEN)) {
      out.append(" [|bluetooth]");
      return;
    }
    if (f.opts.linkHeader()) {
      out.append(", hci length ").append(length - BT_HDRLEN).append(", direction ")
          .append((f.u32(p) & 1) != 0 ? "in" : "out");
    }
    f.linkHeaderLength = BT_HDRLEN;
    d.link.defaultPrint(p + BT_HDRLEN, f.end - p - BT_HDRLEN);
  }

  /**
   * tcpdump's {@code ltalk_if_print} and {@code llap_print}: the LLAP header, then a short DDP
   * header (nodes only) or a long one (nets and nodes), then the DDP type and length; a frame cut
   * inside the headers dumps whole with {@code -x}.
   */
  void localTalk(int p, int length) {
    f.proto = "llap";
    if (length < LAP_SIZE) {
      out.append(" [|llap ").append(length).append(']');
      // llap_print returns the length, and ltalk_if_print takes a 0 for "cut short": all of it
      f.linkHeaderLength = length == 0 ? f.end - p : length;
      return;
    }
    if (!f.has(p, LAP_SIZE)) {
      f.printTrunc();
      f.linkHeaderLength = f.end - p;
      return;
    }
    int dst = f.u8(p);
    int src = f.u8(p + 1);
    int type = f.u8(p + 2);
    int ddp = p + LAP_SIZE;
    length -= LAP_SIZE;
    switch (type) {
      case 1 -> {
        if (ddpCut(" [|sddp", ddp, length, SHORT_DDP_SIZE)) return;
        atAddress(0, src, f.u8(ddp + 3));
        out.append(" > ");
        atAddress(0, dst, f.u8(ddp + 2));
        out.append(':');
        f.linkHeaderLength = LAP_SIZE + SHORT_DDP_SIZE;
        d.atalk.body(ddp + SHORT_DDP_SIZE, length - SHORT_DDP_SIZE, f.u8(ddp + 4), 0, src,
            f.u8(ddp + 3));
      }
      case 2 -> {
        if (ddpCut(" [|ddp", ddp, length, DDP_SIZE)) return;
        atAddress(f.u16(ddp + 6), f.u8(ddp + 9), f.u8(ddp + 11));
        out.append(" > ");
        atAddress(f.u16(ddp + 4), f.u8(ddp + 8), f.u8(ddp + 10));
        out.append(':');
        f.linkHeaderLength = LAP_SIZE + DDP_SIZE;
        d.atalk.body(ddp + DDP_SIZE, length - DDP_SIZE, f.u8(ddp + 12), f.u16(ddp + 6),
            f.u8(ddp + 9), f.u8(ddp + 11));
      }
      default -> {
        out.append(src).append(" > ").append(dst).append(" at-lap#").append(type).append(' ')
            .append(length);
        f.linkHeaderLength = LAP_SIZE;
      }
    }
  }

  /** A DDP header shorter than its size: by its length (-x after it) or by the capture (whole). */
  private boolean ddpCut(String what, int ddp, int length, int size) {
    if (length < size) {
      out.append(what).append(' ').append(length).append(']');
      f.linkHeaderLength = length == 0 ? f.end - ddp + LAP_SIZE : length; // as llap's above
      return true;
    }
    if (!f.has(ddp, size)) {
      out.append(what).append(']');
      f.linkHeaderLength = f.end - ddp + LAP_SIZE;
      return true;
    }
    return false;
  }

  /** tcpdump's {@code ataddr_string} and {@code ddpskt_string}: net.node.socket. */
  private void atAddress(int net, int node, int skt) {
    d.atalk.address(net, node);
    out.append('.');
    d.atalk.socket(skt);
  }

}
