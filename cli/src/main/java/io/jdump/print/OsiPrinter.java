package io.jdump.print;

/**
 * tcpdump's {@code isoclns_print}: the NLPID that starts an OSI network layer PDU (after Frame
 * Relay's header, Cisco-style ATM NLPID, PPP's OSI protocol) chooses IS-IS, or a link layer's
 * payload carried the same way: Q.933, IP, IPv6, PPP.
 */
final class OsiPrinter {
  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;

  OsiPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  /** p is the NLPID byte; length counts it. */
  void print(int p, int length) {
    f.proto = "isoclns";
    int nlpid = f.u8(p); // an NLPID that was not captured ends the packet, as tcpdump's GET
    if (nlpid == Nlpids.ISIS) {
      d.isis.osi(p, length);
      return;
    }
    boolean e = f.opts.linkHeader();
    if (e) {
      String n = Nlpids.name(nlpid);
      out.append("OSI NLPID ").append(n == null ? "Unknown" : n).append(" (0x");
      Text.hex2(out, nlpid);
      out.append("): ");
    }
    switch (nlpid) {
      // CLNP and ES-IS are not decoded yet: their bytes, as when clnp_print gives up
      case Nlpids.CLNP, Nlpids.ESIS -> f.unknownData(p, "\n\t", length);
      case Nlpids.NULLNS -> out.append(e ? "" : ", ").append("length: ").append(length);
      case Nlpids.Q933 -> d.q933.print(p + 1, length - 1);
      case Nlpids.IP -> d.ip4.print(p + 1, length - 1);
      case Nlpids.IP6 -> d.ip6.print(p + 1, length - 1);
      case Nlpids.PPP -> d.ppp.print(p + 1, length - 1);
      default -> {
        if (!e) {
          out.append("OSI NLPID 0x");
          Text.hex2(out, nlpid);
          out.append(" unknown");
        }
        out.append(e ? "" : ", ").append("length: ").append(length);
        if (length > 1) f.unknownData(p, "\n\t", length);
      }
    }
  }
}
