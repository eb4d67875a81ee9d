package io.jdump.print;

/**
 * Holds one printer per protocol for a {@link PacketPrinter} and routes between them by
 * Ethernet type, IP protocol number and port, as tcpdump's dispatch tables do.
 */
final class Dissector {
  final Frame f;
  final LinkPrinter link;
  final CookedPrinter cooked;
  final LlcPrinter llc;
  final ArpPrinter arp;
  final Ip4Printer ip4;
  final Ip6Printer ip6;
  final IcmpPrinter icmp;
  final Icmp6Printer icmp6;
  final DccpPrinter dccp;
  final TcpPrinter tcp;
  final UdpPrinter udp;
  final DnsPrinter dns;
  final MiscPrinter misc;
  final EspPrinter esp;
  final IgmpPrinter igmp;
  final TunnelPrinter tunnel;
  final NtpPrinter ntp;
  final StpPrinter stp;
  final IpxPrinter ipx;
  final BootpPrinter bootp;
  final RedundancyPrinter redundancy;
  final TftpPrinter tftp;
  final SyslogPrinter syslog;
  final MplsPrinter mpls;
  final SlowPrinter slow;
  final CdpPrinter cdp;
  final RadiusPrinter radius;
  final SnmpPrinter snmp;
  final LldpPrinter lldp;
  final CiscoL2Printer ciscoL2;
  final EapPrinter eap;
  final CfmPrinter cfm;
  final BeepPrinter beep;
  final EtherLoopbackPrinter loopback;
  final AhPrinter ah;
  final PtpPrinter ptp;
  final BgpPrinter bgp;
  final OspfPrinter ospf;
  final RipPrinter rip;
  final BfdPrinter bfd;
  final BcmLiPrinter bcmLi;
  final PimPrinter pim;
  final NflogPrinter nflog;
  final PflogPrinter pflog;
  final UsbPrinter usb;
  final PppPrinter ppp;
  final ChdlcPrinter chdlc;
  final IsakmpPrinter isakmp;
  final GrePrinter gre;
  final L2tpPrinter l2tp;
  final PptpPrinter pptp;
  final LispPrinter lisp;
  final Dhcp6Printer dhcp6;
  final MobilityPrinter mobility;
  final EigrpPrinter eigrp;
  final Ospf6Printer ospf6;
  final IsisPrinter isis;
  final OsiPrinter osi;
  final RsvpPrinter rsvp;
  final LspPingPrinter lspping;
  final LmpPrinter lmp;
  final Pimv1Printer pimv1;
  final DvmrpPrinter dvmrp;
  final LdpPrinter ldp;
  final FrPrinter fr;
  final Q933Printer q933;
  final SlipPrinter slip;
  final AtmPrinter atm;
  final JuniperPrinter juniper;
  final SwitchTagPrinter switchTag;
  final AristaPrinter arista;
  final VsockPrinter vsock;
  final HostLinkPrinter hostLink;
  final AoePrinter aoe;
  final TipcPrinter tipc;
  final GeonetPrinter geonet;
  final MsnlbPrinter msnlb;
  final RealtekPrinter realtek;
  final AtalkPrinter atalk;
  final ArcnetPrinter arcnet;
  final LegacyWanPrinter legacyWan;
  final LegacyLanPrinter legacyLan;
  final Ieee802154Printer ieee802154;
  final ZepPrinter zep;
  final DecnetPrinter decnet;
  final WifiPrinter wifi;
  final RadiotapPrinter radiotap;
  final PpiPrinter ppi;
  final BabelPrinter babel;
  final HncpPrinter hncp;
  final AhcpPrinter ahcp;
  final OlsrPrinter olsr;
  final AodvPrinter aodv;
  final IgrpPrinter igrp;
  final RpkiRtrPrinter rpkiRtr;
  final RplPrinter rpl;
  final PgmPrinter pgm;
  final ZmtpPrinter zmtp;
  final SctpPrinter sctp;
  final M3uaPrinter m3ua;
  final ForcesPrinter forces;
  final SflowPrinter sflow;
  final OpenflowPrinter openflow;
  final SomeipPrinter someip;
  final RtpPrinter rtp;
  final WbPrinter wb;
  final VqpPrinter vqp;
  final LwresPrinter lwres;
  final RespPrinter resp;
  final NfsPrinter nfs;
  final SunRpcPrinter sunrpc;
  final TelnetPrinter telnet;
  final RxPrinter rx;
  final KrbPrinter krb;
  final CnfpPrinter cnfp;
  final AutoRpPrinter autoRp;
  final MpcpPrinter mpcp;
  final EgpPrinter egp;

  Dissector(Frame f) {
    this.f = f;
    this.link = new LinkPrinter(this, f);
    this.cooked = new CookedPrinter(this, f);
    this.llc = new LlcPrinter(this, f);
    this.arp = new ArpPrinter(this, f);
    this.ip4 = new Ip4Printer(this, f);
    this.ip6 = new Ip6Printer(this, f);
    this.icmp = new IcmpPrinter(this, f);
    this.icmp6 = new Icmp6Printer(this, f);
    this.dccp = new DccpPrinter(this, f);
    this.tcp = new TcpPrinter(this, f);
    this.udp = new UdpPrinter(this, f);
    this.dns = new DnsPrinter(f);
    this.misc = new MiscPrinter(this, f);
    this.esp = new EspPrinter(this, f);
    this.igmp = new IgmpPrinter(this, f);
    this.tunnel = new TunnelPrinter(this, f);
    this.ntp = new NtpPrinter(f);
    this.stp = new StpPrinter(f);
    this.eigrp = new EigrpPrinter(f);
    this.ipx = new IpxPrinter(f, eigrp);
    this.bootp = new BootpPrinter(f);
    this.redundancy = new RedundancyPrinter(this, f);
    this.tftp = new TftpPrinter(f);
    this.syslog = new SyslogPrinter(f);
    this.mpls = new MplsPrinter(this, f);
    this.slow = new SlowPrinter(f);
    this.cdp = new CdpPrinter(f);
    this.radius = new RadiusPrinter(this, f);
    this.snmp = new SnmpPrinter(f);
    this.lldp = new LldpPrinter(f);
    this.ciscoL2 = new CiscoL2Printer(f);
    this.eap = new EapPrinter(f);
    this.cfm = new CfmPrinter(f);
    this.beep = new BeepPrinter(f);
    this.loopback = new EtherLoopbackPrinter(f);
    this.ah = new AhPrinter(f);
    this.ptp = new PtpPrinter(f);
    this.bgp = new BgpPrinter(f);
    this.ospf = new OspfPrinter(f);
    this.rip = new RipPrinter(f);
    this.bfd = new BfdPrinter(f);
    this.dhcp6 = new Dhcp6Printer(f);
    this.mobility = new MobilityPrinter(f);
    this.bcmLi = new BcmLiPrinter(this, f);
    this.pim = new PimPrinter(this, f);
    this.nflog = new NflogPrinter(this, f);
    this.pflog = new PflogPrinter(this, f);
    this.usb = new UsbPrinter(f);
    this.ppp = new PppPrinter(this, f);
    this.chdlc = new ChdlcPrinter(this, f);
    this.isakmp = new IsakmpPrinter(this, f);
    this.gre = new GrePrinter(this, f);
    this.l2tp = new L2tpPrinter(this, f);
    this.pptp = new PptpPrinter(f);
    this.lisp = new LispPrinter(f);
    this.ospf6 = new Ospf6Printer(f);
    this.isis = new IsisPrinter(f);
    this.osi = new OsiPrinter(this, f);
    this.rsvp = new RsvpPrinter(f);
    this.lspping = new LspPingPrinter(this, f);
    this.lmp = new LmpPrinter(f);
    this.pimv1 = new Pimv1Printer(f);
    this.dvmrp = new DvmrpPrinter(f);
    this.ldp = new LdpPrinter(f);
    this.fr = new FrPrinter(this, f);
    this.q933 = new Q933Printer(f);
    this.slip = new SlipPrinter(this, f);
    this.atm = new AtmPrinter(this, f);
    this.juniper = new JuniperPrinter(this, f);
    this.switchTag = new SwitchTagPrinter(f);
    this.arista = new AristaPrinter(f);
    this.vsock = new VsockPrinter(f);
    this.hostLink = new HostLinkPrinter(this, f);
    this.aoe = new AoePrinter(f);
    this.tipc = new TipcPrinter(f);
    this.geonet = new GeonetPrinter(this, f);
    this.msnlb = new MsnlbPrinter(f);
    this.realtek = new RealtekPrinter(f);
    this.atalk = new AtalkPrinter(f, eigrp);
    this.arcnet = new ArcnetPrinter(this, f);
    this.legacyWan = new LegacyWanPrinter(this, f);
    this.legacyLan = new LegacyLanPrinter(this, f);
    this.ieee802154 = new Ieee802154Printer(this, f);
    this.zep = new ZepPrinter(this, f);
    this.decnet = new DecnetPrinter(this, f);
    this.wifi = new WifiPrinter(this, f);
    this.radiotap = new RadiotapPrinter(this, f);
    this.ppi = new PpiPrinter(this, f);
    this.babel = new BabelPrinter(f);
    this.hncp = new HncpPrinter(f);
    this.ahcp = new AhcpPrinter(f);
    this.olsr = new OlsrPrinter(f);
    this.aodv = new AodvPrinter(f);
    this.igrp = new IgrpPrinter(f);
    this.rpkiRtr = new RpkiRtrPrinter(f);
    this.rpl = new RplPrinter(f);
    this.pgm = new PgmPrinter(this, f);
    this.zmtp = new ZmtpPrinter(f);
    this.sctp = new SctpPrinter(this, f);
    this.m3ua = new M3uaPrinter(f);
    this.forces = new ForcesPrinter(f);
    this.sflow = new SflowPrinter(f);
    this.openflow = new OpenflowPrinter(this, f);
    this.someip = new SomeipPrinter(f);
    this.rtp = new RtpPrinter(f);
    this.wb = new WbPrinter(f);
    this.vqp = new VqpPrinter(f);
    this.lwres = new LwresPrinter(f);
    this.resp = new RespPrinter(f);
    this.nfs = new NfsPrinter(f);
    this.sunrpc = new SunRpcPrinter(f);
    this.telnet = new TelnetPrinter(f);
    this.rx = new RxPrinter(f);
    this.krb = new KrbPrinter(f);
    this.cnfp = new CnfpPrinter(f);
    this.autoRp = new AutoRpPrinter(f);
    this.mpcp = new MpcpPrinter(f);
    this.egp = new EgpPrinter(f);
  }

  /** tcpdump's {@code ethertype_print}: false when the type has no printer. */
  boolean etherType(int type, int p, int length, int caplen) {
    switch (type) {
      case EtherTypes.IPV4 -> ip4.print(p, length);
      case EtherTypes.IPV6 -> ip6.print(p, length);
      case EtherTypes.ARP, EtherTypes.REVARP -> arp.print(p, length, caplen);
      case EtherTypes.PPPOE_D, EtherTypes.PPPOE_S, 0x3c12, 0x3c13 -> misc.pppoe(p, length);
      case EtherTypes.LLDP -> lldp.print(p, length);
      case EtherTypes.MPLS, EtherTypes.MPLS_MULTI -> mpls.print(p, length);
      case 0x8809 -> slow.print(p, length);
      case MpcpPrinter.ETHERTYPE -> mpcp.print(p, length);
      case 0x9000 -> loopback.print(p, length);
      case 0x88f7 -> ptp.print(p, length);
      case 0x894f -> tunnel.nsh(p, length);
      case 0x888e -> eap.eapol(p);
      case 0x8902, 0xabcd -> cfm.print(p, length);
      case AoePrinter.ETHERTYPE -> aoe.print(p, length);
      case TipcPrinter.ETHERTYPE -> tipc.print(p);
      case AtalkPrinter.ETHERTYPE -> {
        if (f.opts.verbosity() > 0) f.out.append("et1 ");
        atalk.ddp(p, length);
      }
      case AtalkPrinter.ETHERTYPE_AARP -> atalk.aarp(p, length);
      case DecnetPrinter.ETHERTYPE -> decnet.print(p, length, caplen);
      case MsnlbPrinter.ETHERTYPE -> msnlb.print(p);
      case RealtekPrinter.ETHERTYPE -> realtek.print(p, f.etherSrc, f.etherDst);
      case GeonetPrinter.ETHERTYPE, GeonetPrinter.ETHERTYPE_OLD -> geonet.geonet(p, length, f.etherSrc);
      case GeonetPrinter.ETHERTYPE_CALM_FAST -> geonet.calmFast(p, length, f.etherSrc);
      case 0xfefe -> {
        if (length == 0 || caplen == 0) {
          f.proto = "isoclns";
          f.printTrunc();
        } else {
          f.need(p, 1); // a byte tcpdump skips unexplained before the NLPID
          osi.print(p + 1, length - 1);
        }
      }
      case 0x880b -> {
        if (length != 0) {
          f.out.append(": ");
          ppp.print(p, length);
        }
      }
      case EtherTypes.IPX -> {
        f.out.append("(NOV-ETHII) ");
        ipx.print(p);
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  /** tcpdump's {@code ip_demux_print}: the protocol after an IPv4 or IPv6 header. */
  void ipDemux(int p, int wireLength, int iph, boolean fragmented, int proto) {
    // a jumbo length past 2^31 arrives with its unsigned bits: printed as such for an unknown
    // protocol, and held at the largest int for the decoders, which compare signed
    int length = Frame.signedLength(wireLength);
    switch (proto) {
      case IpProtocols.TCP -> tcp.print(p, wireLength, iph, fragmented); // unsigned there
      case IpProtocols.UDP -> udp.print(p, wireLength, iph, fragmented); // unsigned there
      case IpProtocols.ICMP -> {
        if ((f.u8(iph) >> 4) != 4) { // reachable behind an IPv6 extension header
          f.out.append("[ICMP requires IPv4]");
          f.printInvalid();
        } else {
          icmp.print(p, length, iph, fragmented);
        }
      }
      case IpProtocols.ICMPV6 -> {
        if ((f.u8(iph) >> 4) != 6) {
          f.out.append("[ICMPv6 requires IPv6]");
          f.printInvalid();
        } else {
          icmp6.print(p, wireLength, iph, fragmented); // unsigned there
        }
      }
      case IpProtocols.IGMP -> {
        if ((f.u8(iph) >> 4) != 4) {
          f.out.append("[IGMP requires IPv4]");
          f.printInvalid();
        } else {
          igmp.igmp(p, length);
        }
      }
      case IpProtocols.GRE -> gre.print(p, length);
      case IpProtocols.IPIP -> ip4.print(p, length);
      case IpProtocols.IPV6 -> ip6.print(p, length);
      case IpProtocols.ESP -> esp.print(p, length, iph, fragmented);
      case IpProtocols.VRRP -> redundancy.ipProto112(p, length, iph);
      case IpProtocols.AH -> {
        int nh = f.has(p, 1) ? f.u8(p) : -1; // a cut header is AhPrinter's to report
        int advance = ah.print(p);
        if (advance > 0) ipDemux(p + advance, wireLength - advance, iph, fragmented, nh);
      }
      case 103 -> pim.print(p, wireLength, iph); // unsigned there
      case 88 -> eigrp.print(p, length);
      case 46 -> rsvp.print(p, length);
      case 9 -> igrp.print(p, length);
      case 8 -> egp.print(p, length);
      case IpProtocols.OSPF -> {
        if ((f.u8(iph) >> 4) == 6) ospf6.print(p, length);
        else ospf.print(p, length);
      }
      case IpProtocols.DCCP -> dccp.print(p, length, iph);
      case 113 -> pgm.print(p, length, iph);
      case IpProtocols.SCTP -> sctp.print(p, length, iph);
      case IpProtocols.NONE -> f.out.append("no next header");
      case 108 -> misc.ipcomp(p);
      case 55 -> misc.mobile(p, length);
      case 77 -> f.out.append(" nd ").append(length);
      case 143 -> { // Ethernet over IPv6 segment routing (RFC 8986)
        if ((f.u8(iph) >> 4) != 6) {
          f.out.append("[Ethernet requires IPv6]");
          f.printInvalid();
        } else {
          link.ethernet(p, length, Math.max(0, f.end - p));
        }
      }
      default -> unknownProto(proto, wireLength);
    }
  }

  private void unknownProto(int proto, int length) {
    f.out.append(' ');
    f.names.ipProto(f.out, proto);
    f.out.append(' ').append(Integer.toUnsignedLong(length));
  }

  /**
   * {@return where the IPv4 destination address is, for pseudo-header checksums}: as tcpdump's
   * ip_finddst, the last hop of a loose or strict source route option, else the header's.
   */
  int ip4Destination(int ip) {
    int left = (f.u8(ip) & 0xf) * 4 - 20;
    int cp = ip + 20;
    while (left > 0) {
      if (!f.has(cp, 1)) break;
      int type = f.u8(cp);
      if (type == 0) break; // EOL
      int len = 1;
      if (type != 1) { // not NOP
        if (!f.has(cp + 1, 1)) break;
        len = f.u8(cp + 1);
        if (len < 2) break;
      }
      if (left < len || !f.has(cp, len)) break;
      if ((type == 0x83 || type == 0x89) && len >= 7) return cp + len - 4; // LSRR, SSRR
      cp += len;
      left -= len;
    }
    return ip + 16;
  }

  /** {@return where the IPv6 destination address is, for pseudo-header checksums} */
  int ip6Destination(int ip6) {
    // tcpdump's ip6_finddst: a type 0/2 routing header names the final destination last
    int nh = f.u8(ip6 + 6);
    int cp = ip6 + 40;
    while (f.has(cp, 2)) {
      if (nh == IpProtocols.HOPOPTS || nh == IpProtocols.DSTOPTS || nh == 62
          || nh == IpProtocols.MOBILITY) {
        nh = f.u8(cp);
        cp += (f.u8(cp + 1) + 1) << 3;
      } else if (nh == IpProtocols.FRAGMENT) {
        nh = f.u8(cp);
        cp += 8;
      } else if (nh == IpProtocols.ROUTING) {
        if (!f.has(cp, 4)) break;
        int len = f.u8(cp + 1);
        int type = f.u8(cp + 2);
        if (len % 2 == 1) break; // tcpdump gives up on an odd length: the header's address
        if (type == 0 || type == 2) {
          // each captured address in turn; a cut one leaves the last captured
          int dst = ip6 + 24;
          for (int i = 0; i < len / 2 && f.has(cp + 8 + 16 * i, 16); i++) dst = cp + 8 + 16 * i;
          return dst;
        }
        // a segment routing header lists the final destination first, whatever its length
        if (type == 4 && f.has(cp + 8, 16)) return cp + 8;
        break;
      } else {
        break;
      }
    }
    return ip6 + 24;
  }

  /**
   * Appends "src.sport > dst.dport" with numeric ports, as DCCP's and SCTP's printers start
   * (addresses named as -n says); ip is the IPv4 or IPv6 header.
   */
  void addressesAndPorts(int ip, int sport, int dport) {
    if ((f.u8(ip) >> 4) == 6) {
      f.need(ip + 8, 32);
      f.names.ip6(f.out, f.b, ip + 8);
      f.out.append('.').append(sport).append(" > ");
      f.names.ip6(f.out, f.b, ip + 24);
    } else {
      f.ip4(ip + 12);
      f.out.append('.').append(sport).append(" > ");
      f.ip4(ip + 16);
    }
    f.out.append('.').append(dport);
  }

  /** Raw IP: the version nibble decides. */
  void ipN(int p, int length) {
    f.proto = "ipn";
    if (length < 1) { // the wire length: a PPI frame can leave none for the raw frame inside
      out().append("truncated-ip ").append(length);
      return;
    }
    // GET_U_1's long jump: " [|ipn]", and -x dumps the frame whole
    if (!f.has(p, 1)) throw f.truncated();
    switch (f.u8(p) & 0xf0) {
      case 0x40 -> ip4.print(p, length);
      case 0x60 -> ip6.print(p, length);
      default -> out().append("unknown ip ").append(f.u8(p) >> 4);
    }
  }

  private StringBuilder out() {
    return f.out;
  }
}
