package io.jdump.print;

/**
 * Older LAN link types tcpdump still decodes: Hilscher netANALYZER (plain and transparent),
 * and, as they are added, FDDI, Token Ring, IP over Fibre Channel, Apple IP over IEEE 1394
 * and the Symantec firewall header. Each sets {@link Frame#linkHeaderLength}.
 */
final class LegacyLanPrinter {
  static final int DLT_NETANALYZER = 240;
  static final int DLT_NETANALYZER_TRANSPARENT = 241;
  static final int DLT_SYMANTEC_FIREWALL = 99;
  static final int DLT_APPLE_IP_OVER_IEEE1394 = 138;
  static final int DLT_IP_OVER_FC = 122;
  static final int DLT_FDDI = 10;
  private static final int FDDI_HDRLEN = 13;
  static final int DLT_IEEE802 = 6;
  private static final int TOKEN_HDRLEN = 14;
  private static final int AP1394_HDRLEN = 18;
  private static final String[] LARGEST_FRAME =
      {"516", "1500", "2052", "4472", "8144", "11407", "17800", "??"};
  private static final int IPFC_HDRLEN = 16;
  private static final int SYMANTEC_HDRLEN = 44;

  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;

  LegacyLanPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  /**
   * tcpdump's {@code netanalyzer_if_print} and {@code netanalyzer_transparent_if_print}: a
   * pseudo-header of 4 bytes (12 with the preamble and SFD), never shown, then Ethernet.
   */
  void netanalyzer(int p, int length, boolean transparent) {
    f.proto = transparent ? "netanalyzer_transparent" : "netanalyzer";
    int hdr = transparent ? 12 : 4;
    int caplen = f.end - p;
    if (caplen < hdr) {
      throw f.truncated(); // a long jump: tcpdump then dumps the whole frame with -x
    }
    f.linkHeaderLength = hdr;
    f.linkHeaderLength = hdr + d.link.ethernet(p + hdr, length - hdr, caplen - hdr);
  }

  /** tcpdump's {@code ap1394_if_print}: two EUI-64 addresses and an ethertype. */
  void ap1394(int p, int length) {
    f.proto = "ap1394";
    int caplen = f.end - p;
    if (caplen < AP1394_HDRLEN) {
      throw f.truncated(); // a long jump: tcpdump then dumps the whole frame with -x
    }
    f.linkHeaderLength = AP1394_HDRLEN;
    boolean e = f.opts.linkHeader();
    if (e) ap1394Header(p, length);
    int type = f.u16(p + 16);
    if (!d.etherType(type, p + AP1394_HDRLEN, length - AP1394_HDRLEN, caplen - AP1394_HDRLEN)) {
      if (!e) ap1394Header(p, length);
      d.link.defaultPrint(p + AP1394_HDRLEN, caplen - AP1394_HDRLEN);
    }
  }

  private void ap1394Header(int p, int length) {
    eui64(p + 8);
    out.append(" > ");
    eui64(p);
    out.append(", ");
    d.link.etherType(f.u16(p + 16));
    out.append(", length ").append(length).append(": ");
  }

  private void eui64(int p) {
    for (int i = 0; i < 8; i++) {
      if (i > 0) out.append(':');
      Text.hex2(out, f.u8(p + i));
    }
  }

  /** tcpdump's {@code symantec_if_print}: a 44-byte header with an ethertype at offset 6. */
  void symantec(int p, int length) {
    f.proto = "symantec";
    int caplen = f.end - p;
    if (caplen < SYMANTEC_HDRLEN) {
      throw f.truncated(); // a long jump: tcpdump then dumps the whole frame with -x
    }
    f.linkHeaderLength = SYMANTEC_HDRLEN;
    boolean e = f.opts.linkHeader();
    int type = f.u16(p + 6);
    if (e) symantecHeader(type, length);
    int q = p + SYMANTEC_HDRLEN;
    if (type <= 1500 || !d.etherType(type, q, length - SYMANTEC_HDRLEN, caplen - SYMANTEC_HDRLEN)) {
      if (!e) symantecHeader(type, length);
      d.link.defaultPrint(q, caplen - SYMANTEC_HDRLEN);
    }
  }

  private void symantecHeader(int type, int length) {
    if (type <= 1500) out.append("invalid ethertype ").append(type);
    else d.link.etherType(type);
    out.append(", length ").append(length).append(": ");
  }

  /**
   * tcpdump's {@code ipfc_if_print} (RFC 2625): two 8-byte network addresses whose low 48 bits
   * are MAC addresses, then LLC.
   */
  void ipfc(int p, int length) {
    f.proto = "ipfc";
    int caplen = f.end - p;
    if (caplen < IPFC_HDRLEN) {
      // tcpdump 4.99.3 counts no link header here: -x dumps a short frame whole
      out.append(" [|ipfc]");
      f.linkHeaderLength = 0;
      return;
    }
    int dst = p + 2;
    int src = p + 10;
    if (f.opts.linkHeader()) {
      f.names.mac(out, f.b, src);
      out.append(" > ");
      f.names.mac(out, f.b, dst);
      out.append(", length ").append(length).append(": ");
    }
    f.linkHeaderLength = IPFC_HDRLEN;
    f.linkHeaderLength = IPFC_HDRLEN + llc(p + IPFC_HDRLEN, length - IPFC_HDRLEN, caplen - IPFC_HDRLEN, src, dst);
  }

  /** tcpdump's {@code llc_print} with the raw dump of what it cannot decode; its header length. */
  private int llc(int p, int length, int caplen, int src, int dst) {
    int llc = d.llc.print(p, length, caplen, src, dst);
    if (llc >= 0) return llc;
    d.link.defaultPrint(p, caplen);
    return -llc;
  }

  /**
   * tcpdump's {@code fddi_if_print}: frame control, destination and source addresses (shown
   * as stored: tcpdump 4.99.3 on Linux does not bit-swap them), then LLC for asynchronous LLC
   * frames.
   */
  void fddi(int p, int length) {
    f.linkHeaderLength = fddiPrint(p, length, f.end - p);
  }

  /**
   * tcpdump's {@code fddi_print}, also for a frame bridged inside another (RFC 2684);
   * {@return the header length, for -x}
   */
  int fddiPrint(int p, int length, int caplen) {
    f.proto = "fddi";
    if (caplen < FDDI_HDRLEN) { // tcpdump returns here, so -x has nothing left to dump
      f.printTrunc();
      return caplen;
    }
    return FDDI_HDRLEN + fddiBody(p, length, caplen);
  }

  private int fddiBody(int p, int length, int caplen) {
    int fc = f.u8(p);
    int dst = p + 1;
    int src = p + 7;
    boolean e = f.opts.linkHeader();
    if (e) fddiHeader(fc, src, dst, length);
    int q = p + FDDI_HDRLEN;
    switch (fc & 0xf0) {
      case 0x50 -> {
        return llc(q, length - FDDI_HDRLEN, caplen - FDDI_HDRLEN, src, dst);
      }
      case 0x40 -> out.append("<SMT printer not yet implemented>");
      default -> {
        if (!e) fddiHeader(fc, src, dst, length);
        d.link.defaultPrint(q, caplen - FDDI_HDRLEN);
      }
    }
    return 0;
  }

  private void fddiHeader(int fc, int src, int dst, int length) {
    if (!f.opts.quiet()) {
      switch (fc) {
        case 0x40 -> out.append("void ");
        case 0x80 -> out.append("nrt ");
        case 0xc0 -> out.append("rt ");
        case 0x41 -> out.append("info ");
        case 0x4f -> out.append("nsa ");
        case 0xc2 -> out.append("beacon ");
        case 0xc3 -> out.append("claim ");
        default -> {
          String kind = switch (fc & 0xf0) {
            case 0xc0 -> "mac";
            case 0x40 -> "smt";
            case 0x50 -> "async";
            case 0xd0 -> "sync";
            case 0x60 -> "imp_async";
            case 0xe0 -> "imp_sync";
            default -> null;
          };
          if (kind == null) {
            Text.hex2(out, fc);
          } else {
            out.append(kind).append(Character.forDigit(fc & 0x0f, 16));
          }
          out.append(' ');
        }
      }
    }
    f.names.mac(out, f.b, src);
    out.append(" > ");
    f.names.mac(out, f.b, dst);
    out.append(", length ").append(length).append(": ");
  }

  /**
   * tcpdump's {@code token_if_print}: access and frame control, addresses, the routing
   * information field when the source address says so, then LLC for LLC frames.
   */
  void token(int p, int length) {
    f.linkHeaderLength = tokenPrint(p, length, f.end - p);
  }

  /**
   * tcpdump's {@code token_print}, also for a frame bridged inside another (RFC 2684);
   * {@return the header length, for -x}
   */
  int tokenPrint(int p, int length, int caplen) {
    f.proto = "token-ring";
    if (caplen < TOKEN_HDRLEN) { // tcpdump returns here, so -x has nothing left to dump
      f.printTrunc();
      return caplen;
    }
    int routed = f.b[p + 8] & 0x80;
    // the source-routed bit is not part of the address: cleared while printing, then restored
    f.b[p + 8] &= 0x7f;
    try {
      return tokenBody(p, length, caplen, routed != 0);
    } finally {
      f.b[p + 8] |= (byte) routed;
    }
  }

  private int tokenBody(int p, int length, int caplen, boolean routed) {
    int dst = p + 2;
    int src = p + 8;
    boolean e = f.opts.linkHeader();
    if (e) tokenHeader(p, length);
    int routeLen = 0;
    if (routed) {
      // tcpdump returns its header length so far when the routing field is cut (no -x dump)
      if (caplen < TOKEN_HDRLEN + 2) {
        f.printTrunc();
        return TOKEN_HDRLEN;
      }
      int rcf = f.u16(p + 14);
      routeLen = (rcf >> 8) & 0x1f;
      int segments = (routeLen - 2) / 2;
      if (caplen < TOKEN_HDRLEN + routeLen) {
        f.printTrunc();
        return TOKEN_HDRLEN + routeLen;
      }
      if (f.opts.verbosity() > 0) {
        int b = rcf >> 13;
        out.append(b < 4 ? "Non-Broadcast" : b < 6 ? "All-routes" : "Single-route").append(' ');
        out.append((rcf & 0x80) != 0 ? "Backward" : "Forward");
        for (int i = 0; i < segments; i++) {
          int seg = f.u16(p + 16 + 2 * i);
          out.append(" [").append(seg >> 4).append(':').append(seg & 0xf).append(']');
        }
      } else {
        out.append("rt = ");
        Text.hex(out, rcf);
        for (int i = 0; i < segments; i++) {
          out.append(':');
          Text.hex(out, f.u16(p + 16 + 2 * i));
        }
      }
      out.append(" (").append(LARGEST_FRAME[(rcf >> 4) & 7]).append(") ");
    }
    int hdrLen = TOKEN_HDRLEN + routeLen;
    int q = p + hdrLen;
    if ((f.u8(p + 1) & 0xc0) >> 6 == 1) {
      return hdrLen + llc(q, length - hdrLen, caplen - hdrLen, src, dst);
    }
    if (!e) tokenHeader(p, length);
    d.link.defaultPrint(q, caplen - hdrLen);
    return hdrLen;
  }

  private void tokenHeader(int p, int length) {
    if (!f.opts.quiet()) {
      Text.hex2(out, f.u8(p));
      out.append(' ');
      Text.hex2(out, f.u8(p + 1));
      out.append(' ');
    }
    f.names.mac(out, f.b, p + 8);
    out.append(" > ");
    f.names.mac(out, f.b, p + 2);
    out.append(", length ").append(length).append(": ");
  }
}
