package io.jdump.print;

import static io.jdump.print.JuniperHeader.DLT_JUNIPER_ATM1;
import static io.jdump.print.JuniperHeader.DLT_JUNIPER_ATM2;
import static io.jdump.print.JuniperHeader.DLT_JUNIPER_CHDLC;
import static io.jdump.print.JuniperHeader.DLT_JUNIPER_ES;
import static io.jdump.print.JuniperHeader.DLT_JUNIPER_ETHER;
import static io.jdump.print.JuniperHeader.DLT_JUNIPER_FRELAY;
import static io.jdump.print.JuniperHeader.DLT_JUNIPER_GGSN;
import static io.jdump.print.JuniperHeader.DLT_JUNIPER_MFR;
import static io.jdump.print.JuniperHeader.DLT_JUNIPER_MLFR;
import static io.jdump.print.JuniperHeader.DLT_JUNIPER_MLPPP;
import static io.jdump.print.JuniperHeader.DLT_JUNIPER_MONITOR;
import static io.jdump.print.JuniperHeader.DLT_JUNIPER_PPP;
import static io.jdump.print.JuniperHeader.DLT_JUNIPER_PPPOE;
import static io.jdump.print.JuniperHeader.DLT_JUNIPER_PPPOE_ATM;
import static io.jdump.print.JuniperHeader.DLT_JUNIPER_SERVICES;

/**
 * What Juniper's link types carry after their capture header ({@link JuniperHeader}), as
 * tcpdump's {@code juniper_*_if_print}: Ethernet (178), PPPoE (167, Ethernet frames), PPPoE over
 * ATM (168, an Ethernet type first), PPP (179), Frame Relay (180), Cisco HDLC (181), the ATM1
 * and ATM2 PICs (137, 135: OAM cells, LLC, Ethernet over RFC 1483, Cisco NLPID, PPP or bare IP),
 * the ES PIC (132: IPsec), GGSN (133), monitoring and services PICs (164, 136: IP guessed from
 * its first byte); the multilink ones (130, 131, 134) are {@link JuniperMultilinkPrinter}'s.
 */
final class JuniperPrinter {
  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;
  private final JuniperHeader h;
  private final JuniperMultilinkPrinter multilink;

  JuniperPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
    this.h = new JuniperHeader(d, f);
    this.multilink = new JuniperMultilinkPrinter(d, f, h);
  }

  /** {@return whether tcpdump 4.99.3 has a printer for the Juniper link type dlt} */
  static boolean handles(int dlt) {
    return switch (dlt) {
      case DLT_JUNIPER_MLPPP, DLT_JUNIPER_MLFR, DLT_JUNIPER_ES, DLT_JUNIPER_GGSN,
          DLT_JUNIPER_MFR, DLT_JUNIPER_ATM2, DLT_JUNIPER_SERVICES, DLT_JUNIPER_ATM1,
          DLT_JUNIPER_MONITOR, DLT_JUNIPER_PPPOE, DLT_JUNIPER_PPPOE_ATM, DLT_JUNIPER_ETHER,
          DLT_JUNIPER_PPP, DLT_JUNIPER_FRELAY, DLT_JUNIPER_CHDLC -> true;
      default -> false;
    };
  }

  /** The frame at p of Juniper link type dlt (one {@link #handles} accepts). */
  void print(int dlt, int p, int wirelen) {
    f.proto = protocol(dlt);
    if (!h.parse(p, wirelen, dlt)) {
      f.linkHeaderLength = h.headerLen;
      return;
    }
    int q = p + h.headerLen;
    int extra = 0;
    switch (dlt) {
      case DLT_JUNIPER_ETHER -> extra = d.link.ethernet(q, h.length, h.caplen);
      case DLT_JUNIPER_PPPOE -> d.link.ethernet(q, h.length, h.caplen);
      case DLT_JUNIPER_PPPOE_ATM -> pppoeAtm(q);
      case DLT_JUNIPER_PPP -> d.ppp.print(q, h.length);
      case DLT_JUNIPER_FRELAY -> d.fr.print(q, h.length);
      case DLT_JUNIPER_CHDLC -> d.chdlc.print(q, h.length);
      case DLT_JUNIPER_ATM1 -> atm1(q);
      case DLT_JUNIPER_ATM2 -> atm2(q);
      case DLT_JUNIPER_ES -> es(q);
      case DLT_JUNIPER_GGSN -> ggsn(q);
      case DLT_JUNIPER_MONITOR -> monitor(q);
      case DLT_JUNIPER_SERVICES -> services(q);
      case DLT_JUNIPER_MLPPP -> multilink.mlppp(q);
      case DLT_JUNIPER_MFR -> multilink.mfr(q);
      default -> multilink.mlfr(q);
    }
    f.linkHeaderLength = h.headerLen + extra;
  }

  private static String protocol(int dlt) {
    return switch (dlt) {
      case DLT_JUNIPER_MLPPP -> "juniper_mlppp";
      case DLT_JUNIPER_MLFR -> "juniper_mlfr";
      case DLT_JUNIPER_ES -> "juniper_es";
      case DLT_JUNIPER_GGSN -> "juniper_ggsn";
      case DLT_JUNIPER_MFR -> "juniper_mfr";
      case DLT_JUNIPER_ATM2 -> "juniper_atm2";
      case DLT_JUNIPER_SERVICES -> "juniper_services";
      case DLT_JUNIPER_ATM1 -> "juniper_atm1";
      case DLT_JUNIPER_MONITOR -> "juniper_monitor";
      case DLT_JUNIPER_PPPOE -> "juniper_pppoe";
      case DLT_JUNIPER_PPPOE_ATM -> "juniper_pppoe_atm";
      case DLT_JUNIPER_ETHER -> "juniper_ether";
      case DLT_JUNIPER_PPP -> "juniper_ppp";
      case DLT_JUNIPER_FRELAY -> "juniper_frelay";
      default -> "juniper_chdlc";
    };
  }

  /** PPPoE frames after an Ethernet type. */
  private void pppoeAtm(int p) {
    int type = f.u16(p);
    if (!d.etherType(type, p + 2, h.length - 2, h.caplen - 2)) {
      out.append("unknown ethertype 0x");
      Text.hex4(out, type);
    }
  }

  /** tcpdump's {@code juniper_atm1_if_print}. */
  private void atm1(int p) {
    if (h.cookie[0] == 0x80) { // an OAM cell
      d.atm.oam(p, h.length, AtmPrinter.OAM_NOHEC);
    } else if (llc(p)) {
      // LLC printed it
    } else if (f.u8(p) == 0x03) { // Cisco-style NLPID
      d.osi.print(p + 1, h.length - 1);
    } else {
      h.ipGuess(p, h.length); // VC multiplexed: bare IP, if anything
    }
  }

  /** tcpdump's {@code juniper_atm2_if_print}. */
  private void atm2(int p) {
    if ((h.cookie[7] & 0x70) != 0) { // an OAM cell
      d.atm.oam(p, h.length, AtmPrinter.OAM_NOHEC);
    } else if (llc(p)) {
      // LLC printed it
    } else if (h.direction != 1 && (h.cookie[3] & 0x3f) != 0) { // Ethernet over RFC 1483
      d.link.ethernet(p, h.length, h.caplen);
    } else if (f.u8(p) == 0x03) { // Cisco-style NLPID
      d.osi.print(p + 1, h.length - 1);
    } else if (!pppGuess(p)) { // PPP over ATM, VC multiplexed
      h.ipGuess(p, h.length); // VC multiplexed: bare IP, if anything
    }
  }

  /** An LLC header (NLPID or SNAP), printed {@return when LLC took it} */
  private boolean llc(int p) {
    int u = f.u24(p);
    return (u == 0xfefe03 || u == 0xaaaa03) && d.llc.print(p, h.length, h.caplen, -1, -1) > 0;
  }

  /** tcpdump's {@code juniper_ppp_heuristic_guess}: the PPP protocols a PIC carries. */
  private boolean pppGuess(int p) {
    switch (f.u16(p)) {
      case 0x0021, 0x0023, 0x0281, 0x0283, 0x8021, 0x8023, 0x8281, 0xc021, 0xc023, 0xc223,
          0x003d, 0x0057, 0x8057 -> {
        d.ppp.print(p, h.length);
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /** tcpdump's {@code juniper_es_if_print}: the IPsec header the ES PIC adds, then IP. */
  private void es(int p) {
    f.need(p, 16);
    int type = f.u8(p + 3);
    int rewrite;
    boolean bundle;
    switch (type) {
      case 1, 2 -> {
        rewrite = 0;
        bundle = true;
      }
      case 3, 4, 5 -> {
        rewrite = 16;
        bundle = false;
      }
      default -> {
        out.append("ES Invalid type ").append(type).append(", length ")
            .append(h.length & 0xffffffffL);
        return;
      }
    }
    int length = h.length - rewrite;
    if (f.opts.linkHeader()) {
      out.append("ES SA, index ").append(f.u16(p)).append(", ttl ").append(f.u8(p + 2))
          .append(" type ").append(ipsecType(type)).append(" (").append(type).append("), ");
      if (!bundle) {
        out.append("spi ").append(f.u32(p + 4)).append(", Tunnel ");
        f.ip4(p + 8);
        out.append(" > ");
        f.ip4(p + 12);
        out.append(", ");
      }
      out.append("length ").append(length & 0xffffffffL).append('\n');
    }
    d.ip4.print(p + rewrite, length);
  }

  private static String ipsecType(int t) {
    return switch (t) {
      case 1 -> "ESP ENCR-AUTH";
      case 2 -> "ESP ENCR-AH AUTH";
      case 3 -> "ESP AUTH";
      case 4 -> "AH AUTH";
      case 5 -> "ESP ENCR";
      default -> "Unknown";
    };
  }

  /** tcpdump's {@code juniper_ggsn_if_print}: the cookie says which IP follows. */
  private void ggsn(int p) {
    int proto = h.cookie[2];
    boolean e = f.opts.linkHeader();
    if (e) {
      out.append("proto ").append(switch (proto) {
        case 1 -> "Null";
        case 2 -> "IPv4";
        case 6 -> "IPv6";
        default -> "Unknown";
      }).append(" (").append(proto).append("), vlan ")
          .append(h.cookie[4] << 8 | h.cookie[5]).append(": ");
    }
    switch (proto) {
      case 2 -> d.ip4.print(p, h.length);
      case 6 -> d.ip6.print(p, h.length);
      default -> {
        if (!e) out.append("unknown GGSN proto (").append(proto).append(')');
      }
    }
  }

  /** tcpdump's {@code juniper_monitor_if_print}: a header it reads where IP is then guessed. */
  private void monitor(int p) {
    f.need(p, 8);
    if (f.opts.linkHeader()) {
      out.append("service-id ").append(f.u32(p + 4)).append(", iif ").append(f.u16(p + 2))
          .append(", pkt-type ").append(f.u8(p)).append(": ");
    }
    h.ipGuess(p, h.length);
  }

  /** tcpdump's {@code juniper_services_if_print}: as the monitoring PIC's, another header. */
  private void services(int p) {
    f.need(p, 8);
    if (f.opts.linkHeader()) {
      out.append("service-id ").append(f.u8(p)).append(" flags 0x");
      Text.hex2(out, f.u8(p + 1));
      out.append(" service-set-id 0x");
      Text.hex4(out, f.u16(p + 2));
      out.append(" iif ").append(f.u24(p + 5)).append(": ");
    }
    h.ipGuess(p, h.length);
  }
}
