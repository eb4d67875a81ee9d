package io.jdump.print;

/**
 * Cisco HDLC (link types 104 and 112, and PPP_SERIAL frames with Cisco's address byte), as
 * tcpdump's {@code chdlc_print}: unicast/broadcast address, an Ethernet type, then IP, IPv6,
 * MPLS or SLARP (Cisco's serial line address resolution and keepalives).
 */
final class ChdlcPrinter {
  static final int DLT_C_HDLC = 104;
  /** NetBSD's Cisco HDLC (DLT_HDLC), which libpcap reads as is and names nothing. */
  static final int DLT_HDLC = 112;

  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;

  ChdlcPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  /** {@return the header length, as tcpdump's chdlc_print returns it} */
  int print(int p, int length) {
    f.proto = "chdlc";
    if (length < 4) {
      f.printTrunc();
      return Math.max(0, f.end - p);
    }
    int proto = f.u16(p + 2);
    if (f.opts.linkHeader()) {
      int cast = f.u8(p);
      if (cast == 0x0f) out.append("unicast");
      else if (cast == 0x8f) out.append("bcast");
      else {
        out.append("0x");
        Text.hex2(out, cast);
      }
      String n = EtherTypes.name(proto);
      out.append(", ethertype ").append(n == null ? "Unknown" : n).append(" (0x");
      Text.hex4(out, proto);
      out.append("), length ").append(length).append(": ");
    }
    length -= 4;
    p += 4;
    switch (proto) {
      case EtherTypes.IPV4 -> d.ip4.print(p, length);
      case EtherTypes.IPV6 -> d.ip6.print(p, length);
      case 0x8035 -> slarp(p, length);
      case EtherTypes.MPLS, EtherTypes.MPLS_MULTI -> d.mpls.print(p, length);
      case 0xfefe -> {
        // an OSI PDU, perhaps after a fudge byte: look for the NLPID in the second byte
        if (length < 2) {
          f.printTrunc();
          return Math.max(0, f.end - p + 4);
        }
        int second = f.u8(p + 1);
        if (second == Nlpids.CLNP || second == Nlpids.ESIS || second == Nlpids.ISIS) {
          d.osi.print(p + 1, length - 1);
        } else {
          d.osi.print(p, length);
        }
      }
      default -> {
        if (!f.opts.linkHeader()) {
          out.append("unknown CHDLC protocol (0x");
          Text.hex4(out, proto);
          out.append(')');
        }
      }
    }
    return 4;
  }

  private void slarp(int p, int length) {
    f.proto = "chdlc_slarp";
    out.append("SLARP (length: ").append(length).append("), ");
    if (length < 14 || !f.has(p, 14)) {
      f.printTrunc();
      return;
    }
    long code = f.u32(p);
    switch ((int) code) {
      case 0 -> out.append("request");
      case 1 -> {
        out.append("reply ");
        f.names.ip4(out, f.b, p + 4);
        out.append('/');
        f.names.ip4(out, f.b, p + 8);
      }
      case 2 -> {
        out.append("keepalive: mineseen=0x");
        Text.hex8(out, f.u32(p + 4));
        out.append(", yourseen=0x");
        Text.hex8(out, f.u32(p + 8));
        out.append(", reliability=0x");
        Text.hex4(out, f.u16(p + 12));
        if (length >= 18) {
          // tcpdump moves its cursor past the fixed part here, and dumps from there at -vv
          p += 14;
          long sec = f.u32(p) / 1000;
          long min = sec / 60;
          sec -= min * 60;
          long hrs = min / 60;
          min -= hrs * 60;
          long days = hrs / 24;
          hrs -= days * 24;
          out.append(", link uptime=").append(days).append('d').append(hrs).append('h')
              .append(min).append('m').append(sec).append('s');
        }
      }
      default -> {
        out.append(code < 16 ? "0x0" : "0x");
        Text.hex(out, code);
        out.append(" unknown");
        if (f.opts.verbosity() <= 1) f.unknownData(p + 4, "\n\t", length - 4);
      }
    }
    if (18 < length && f.opts.verbosity() > 0) {
      out.append(", (trailing junk: ").append(length - 18).append(" bytes)");
    }
    if (f.opts.verbosity() > 1) f.unknownData(p + 4, "\n\t", length - 4);
  }
}
