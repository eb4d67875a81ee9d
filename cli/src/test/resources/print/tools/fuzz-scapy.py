#!/usr/bin/python3
"""Writes fuzz-<stack>.pcap: for each layer stack, N packets of scapy's fuzz() over it (every
field not set by hand gets a random value, lengths and checksums included), and
fuzz-port-udp.pcap / fuzz-port-tcp.pcap: random bytes after valid headers to every port that
tcpdump 4.99's UDP and TCP printers dispatch on. Seeded (scapy's Rand* values come from
Python's random module), so a re-run makes the same bytes for a given scapy:

    [FUZZ_SEED=1000] /usr/bin/python3 fuzz-scapy.py OUTDIR [N] [stack[:n[@snap]] ...]

With stack names, only those are written, n packets of them when given (a stack's first n
packets are the same whatever n is), each cut to snap bytes when given (as editcap -s snap
does; written to fuzz-<stack>[-seed<FUZZ_SEED>][-cut<snap>].pcap). The regression captures in ../captures, listed in
../golden-fuzz.txt, are the first packets of the stacks that showed a difference:

    /usr/bin/python3 fuzz-scapy.py ../captures 0 igmp:40 ip-opts:24 macsec:20 rpl:68 \
        icmp-types:60@42
    FUZZ_SEED=5000 /usr/bin/python3 fuzz-scapy.py ../captures 0 ipv6-ext:100 \
        ip6-tcp-opts:64@80 port-udp:64@64
    FUZZ_SEED=7777 /usr/bin/python3 fuzz-scapy.py ../captures 0 macsec:129
"""
import random, struct, sys, os
from scapy.all import (Ether, IP, IPv6, UDP, TCP, ICMP, GRE, ARP, Dot1Q, Dot1AD, LLC, SNAP,
                       STP, PPP, PPPoE, PPPoED, DNS, DNSQR, DNSRR, BOOTP, DHCP, NTP, SNMP,
                       SNMPget, SNMPvarbind, TFTP, RIP, RIPEntry, HSRP, VRRP, VRRPv3, L2TP,
                       Radius, ISAKMP, ISAKMP_payload_SA, Raw, NBNSQueryRequest, NBTDatagram,
                       LLMNRQuery, VXLAN, EAPOL, EAP, RadioTap, Dot11, Dot11Beacon, Dot11Elt,
                       Dot11ProbeReq, Dot11Auth, Dot11QoS, HCI_Hdr, HCI_Command_Hdr,
                       HCI_ACL_Hdr, L2CAP_Hdr, IPv6ExtHdrHopByHop, IPv6ExtHdrRouting,
                       IPv6ExtHdrFragment, IPv6ExtHdrDestOpt, IPv6ExtHdrSegmentRouting,
                       ICMPv6EchoRequest, ICMPv6ND_NS, ICMPv6ND_NA, ICMPv6ND_RA, ICMPv6ND_RS,
                       ICMPv6ND_Redirect, ICMPv6NDOptSrcLLAddr, ICMPv6NDOptPrefixInfo,
                       ICMPv6NDOptMTU, ICMPv6MLQuery, ICMPv6MLReport, ICMPv6MLQuery2,
                       ICMPv6MLReport2, ICMPv6DestUnreach, ICMPv6PacketTooBig, ICMPv6NIQueryName,
                       ICMPv6NDOptRDNSS, ICMPv6NDOptDNSSL, ICMPv6NDOptRouteInfo,
                       DHCP6_Solicit, DHCP6_Reply, DHCP6OptClientId, DHCP6OptIA_NA,
                       DHCP6OptDNSServers, IPOption, TCPOptionsField, SCTP, SCTPChunkData,
                       SCTPChunkInit, SCTPChunkHeartbeatReq, SCTPChunkAbort, SCTPChunkSACK,
                       IPerror, UDPerror, TCPerror, KRB_AS_REQ, Kerberos, LDAP, LDAP_BindRequest,
                       CookedLinux, conf, wrpcap, load_contrib, fuzz)

conf.verb = 0
for c in ('igmp', 'igmpv3', 'bfd', 'mpls', 'eigrp', 'ospf', 'bgp', 'pim', 'lldp', 'cdp',
          'geneve', 'rpl', 'ripng', 'ikev2', 'vqp', 'lacp', 'slowprot', 'carp', 'nsh',
          'erspan', 'gtp', 'ldp', 'rsvp', 'vtp', 'dtp', 'openflow', 'stun', 'tacacs', 'skinny',
          'mqtt', 'coap', 'rtr', 'macsec', 'isis', 'icmp_extensions', 'openflow3', 'esmc',
          'mac_control', 'oncrpc', 'nfs', 'portmap', 'mount', 'etherip', 'gxrp', 'bier'):
    try:
        load_contrib(c)
    except Exception:
        pass
from scapy.all import *  # noqa: contrib layers, by name below
from scapy.contrib import lldp as _lldp
_lldp.conf.contribs['LLDP'].strict_mode_disable()

OUT = sys.argv[1] if len(sys.argv) > 1 else '.'
N = int(sys.argv[2]) if len(sys.argv) > 2 else 120
SEED = int(os.environ.get('FUZZ_SEED', '1000'))  # another base: other packets, same stacks
ONLY = dict((a.split(':') + [None])[:2] for a in sys.argv[3:])

E = lambda: Ether(src='02:00:00:00:00:01', dst='02:00:00:00:00:02')
I4 = lambda: IP(src='10.0.0.1', dst='10.0.0.2')
I6 = lambda: IPv6(src='fe80::1', dst='ff02::1')


def ip4(**kw):
    """A fuzzed IPv4 header that stays version 4 with no options (so the upper layer prints)."""
    return fuzz(IP(version=4, ihl=5, frag=0, flags=0, src='10.0.0.1', dst='10.0.0.2', **kw))


def ip6(**kw):
    return IPv6(src='fe80::1', dst='ff02::1', **kw)


def u(sport, dport, **kw):
    return UDP(sport=sport, dport=dport, **kw)


def t(sport, dport, **kw):
    return TCP(sport=sport, dport=dport, **kw)


# Each stack: name -> (link type, function of a random.Random giving one packet to fuzz).
# fuzz() is applied to the whole packet; fields set here by keyword keep their values.
S = {}

S['ip'] = (1, lambda r: E() / fuzz(IP(src='10.0.0.1', dst='10.0.0.2')) / Raw(os.urandom(0)))
S['ip-opts'] = (1, lambda r: E() / IP(src='10.0.0.1', dst='10.0.0.2', options=[
    IPOption(bytes([r.choice([0, 1, 7, 68, 130, 131, 133, 136, 137, 148, r.randrange(256)]),
                    r.randrange(0, 12)]) + bytes(r.randrange(256) for _ in range(r.randrange(0, 10))))
    for _ in range(r.randrange(1, 4))]) / fuzz(UDP(dport=9)))
S['tcp'] = (1, lambda r: E() / I4() / fuzz(TCP()))
S['tcp-opts'] = (1, lambda r: E() / I4() / TCP(sport=r.randrange(1024, 65535), dport=r.choice([9, 80, 179, 443]),
                                               flags=r.randrange(256), options=[
    (r.choice([0, 1, 2, 3, 4, 5, 8, 19, 27, 28, 29, 30, 34, 254, r.randrange(256)]),
     bytes(r.randrange(256) for _ in range(r.randrange(0, 14)))) for _ in range(r.randrange(1, 5))]))
S['udp'] = (1, lambda r: E() / I4() / fuzz(UDP()))
S['icmp'] = (1, lambda r: E() / I4() / fuzz(ICMP()) / fuzz(IPerror()) / fuzz(UDPerror()))
S['icmp-types'] = (1, lambda r: E() / I4() / fuzz(ICMP(type=r.choice([0, 3, 4, 5, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 30, 40, 42, 43]))) / Raw(bytes(r.randrange(256) for _ in range(r.randrange(0, 60)))))
S['gre'] = (1, lambda r: E() / I4() / fuzz(GRE()) / Raw(bytes(r.randrange(256) for _ in range(r.randrange(0, 60)))))
S['sctp'] = (1, lambda r: E() / I4() / SCTP(sport=r.randrange(65536), dport=r.randrange(65536)) / r.choice([
    fuzz(SCTPChunkData()), fuzz(SCTPChunkInit()), fuzz(SCTPChunkHeartbeatReq()),
    fuzz(SCTPChunkAbort()), fuzz(SCTPChunkSACK())]))
S['igmp'] = (1, lambda r: E() / I4() / r.choice([fuzz(IGMP()), fuzz(IGMPv3() / IGMPv3mq()), fuzz(IGMPv3() / IGMPv3mr())]))
S['ipv6-ext'] = (1, lambda r: E() / ip6() / r.choice([fuzz(IPv6ExtHdrHopByHop()), fuzz(IPv6ExtHdrRouting()),
                                                     fuzz(IPv6ExtHdrFragment()), fuzz(IPv6ExtHdrDestOpt()),
                                                     fuzz(IPv6ExtHdrSegmentRouting())]) / UDP(sport=1000, dport=9) / Raw(b'x' * 8))
S['icmp6'] = (1, lambda r: E() / ip6() / r.choice([
    fuzz(ICMPv6EchoRequest()), fuzz(ICMPv6ND_NS()) / fuzz(ICMPv6NDOptSrcLLAddr()),
    fuzz(ICMPv6ND_NA()), fuzz(ICMPv6ND_RA()) / fuzz(ICMPv6NDOptPrefixInfo()) / fuzz(ICMPv6NDOptMTU()),
    fuzz(ICMPv6ND_RA()) / fuzz(ICMPv6NDOptRDNSS()) / fuzz(ICMPv6NDOptDNSSL()) / fuzz(ICMPv6NDOptRouteInfo()),
    fuzz(ICMPv6ND_RS()), fuzz(ICMPv6ND_Redirect()), fuzz(ICMPv6MLQuery()), fuzz(ICMPv6MLReport()),
    fuzz(ICMPv6MLQuery2()), fuzz(ICMPv6MLReport2()), fuzz(ICMPv6DestUnreach()) / IPv6(), fuzz(ICMPv6PacketTooBig()),
    fuzz(ICMPv6NIQueryName())]))
S['rpl'] = (1, lambda r: E() / ip6() / fuzz(ICMPv6RPL()) / r.choice([fuzz(RPLDIO()), fuzz(RPLDIS()), fuzz(RPLDAO()), fuzz(RPLDAOACK())]))
S['arp'] = (1, lambda r: E() / fuzz(ARP()))
S['vlan'] = (1, lambda r: E() / fuzz(Dot1Q()) / r.choice([I4() / UDP(dport=9), fuzz(ARP()), Raw(b'abcd')]))
S['qinq'] = (1, lambda r: E() / fuzz(Dot1AD()) / fuzz(Dot1Q()) / I4() / UDP(dport=9))
S['llc'] = (1, lambda r: Ether(src='02:00:00:00:00:01', dst='01:80:c2:00:00:00') / r.choice([
    LLC(dsap=0x42, ssap=0x42, ctrl=3) / fuzz(STP()), fuzz(LLC()) / Raw(b'\x00' * 20),
    LLC(dsap=0xaa, ssap=0xaa, ctrl=3) / fuzz(SNAP()) / Raw(b'\x01\x02' * 10)]))
S['pppoe'] = (1, lambda r: E() / r.choice([fuzz(PPPoED()) / Raw(bytes(r.randrange(256) for _ in range(r.randrange(0, 30)))),
                                          PPPoE(sessionid=r.randrange(65536)) / fuzz(PPP()) / Raw(bytes(r.randrange(256) for _ in range(r.randrange(0, 30))))]))
S['ppp'] = (9, lambda r: fuzz(PPP()) / Raw(bytes(r.randrange(256) for _ in range(r.randrange(0, 40)))))
S['dns'] = (1, lambda r: E() / I4() / u(5353 if r.random() < .3 else 1234, 53) / fuzz(DNS(qd=DNSQR(), an=DNSRR())))
S['dhcp'] = (1, lambda r: E() / I4() / u(68, 67) / fuzz(BOOTP()) / DHCP(options=[
    (r.choice(['message-type', 'server_id', 'lease_time', 'hostname', 'param_req_list', 'client_id',
               'subnet_mask', 'router', 'name_server', 'domain', 'requested_addr']), r.randrange(256))
    for _ in range(r.randrange(1, 5))] + ['end']))
S['dhcp6'] = (1, lambda r: E() / ip6() / u(546, 547) / r.choice([fuzz(DHCP6_Solicit()) / DHCP6OptClientId(duid=DUID_LL(lladdr='02:00:00:00:00:01')) / fuzz(DHCP6OptElapsedTime()),
                                                               fuzz(DHCP6_Reply()) / fuzz(DHCP6OptIA_NA()) / fuzz(DHCP6OptDNSServers())]))
S['ntp'] = (1, lambda r: E() / I4() / u(123, 123) / fuzz(NTP()))
S['snmp'] = (1, lambda r: E() / I4() / u(1024, 161) / fuzz(SNMP(PDU=SNMPget(varbindlist=[SNMPvarbind()]))))
S['tftp'] = (1, lambda r: E() / I4() / u(1024, 69) / fuzz(TFTP()) / Raw(bytes(r.randrange(256) for _ in range(r.randrange(0, 30)))))
S['rip'] = (1, lambda r: E() / I4() / u(520, 520) / fuzz(RIP()) / fuzz(RIPEntry()) / fuzz(RIPEntry()))
S['ripng'] = (1, lambda r: E() / ip6() / u(521, 521) / fuzz(RIPng()) / fuzz(RIPngEntry()))
S['hsrp'] = (1, lambda r: E() / I4() / u(1985, 1985) / fuzz(HSRP()))
S['vrrp'] = (1, lambda r: E() / IP(src='10.0.0.1', dst='224.0.0.18', proto=112, ttl=255) / r.choice([fuzz(VRRP()), fuzz(VRRPv3())]))
S['bfd'] = (1, lambda r: E() / I4() / u(49152, r.choice([3784, 4784, 3785])) / fuzz(BFD()))
S['l2tp'] = (1, lambda r: E() / I4() / u(1701, 1701) / fuzz(L2TP()) / Raw(bytes(r.randrange(256) for _ in range(r.randrange(0, 40)))))
S['radius'] = (1, lambda r: E() / I4() / u(1024, 1812) / fuzz(Radius()))
S['isakmp'] = (1, lambda r: E() / I4() / u(500, 500) / fuzz(ISAKMP()) / fuzz(ISAKMP_payload_SA()))
S['ikev2'] = (1, lambda r: E() / I4() / u(500, 500) / fuzz(IKEv2()) / r.choice([fuzz(IKEv2_payload_SA()), fuzz(IKEv2_payload_Nonce()), fuzz(IKEv2_payload_Notify()), fuzz(IKEv2_payload_KE())]))
S['kerberos'] = (1, lambda r: E() / I4() / u(1024, 88) / Raw(bytes(fuzz(Kerberos(root=KRB_AS_REQ())))[:r.randrange(1, 200)]))
S['ldap'] = (1, lambda r: E() / I4() / t(1024, 389, flags='PA') / Raw(bytes(r.randrange(256) for _ in range(r.randrange(0, 60)))))
S['netbios'] = (1, lambda r: E() / I4() / r.choice([u(137, 137) / fuzz(NBNSQueryRequest()), u(138, 138) / fuzz(NBTDatagram()) / Raw(bytes(r.randrange(256) for _ in range(r.randrange(0, 80))))]))
S['smb'] = (1, lambda r: E() / I4() / t(1024, r.choice([139, 445]), flags='PA') / Raw(
    b'\x00\x00' + bytes([0, r.randrange(256)]) + r.choice([b'\xffSMB', b'\xfeSMB', b'\x00\x00\x00\x00']) + bytes(r.randrange(256) for _ in range(r.randrange(0, 80)))))
S['mdns-llmnr'] = (1, lambda r: E() / r.choice([I4() / u(5353, 5353) / fuzz(DNS(qd=DNSQR())), I4() / u(5355, 5355) / fuzz(LLMNRQuery(qd=DNSQR()))]))
S['ssdp-syslog'] = (1, lambda r: E() / I4() / r.choice([u(1900, 1900) / Raw(b'M-SEARCH * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\n' + bytes(r.randrange(256) for _ in range(r.randrange(0, 30)))),
                                                       u(514, 514) / Raw(b'<' + str(r.randrange(300)).encode() + b'>' + bytes(r.randrange(32, 127) for _ in range(r.randrange(0, 40))))]))
S['vxlan'] = (1, lambda r: E() / I4() / u(1024, 4789) / fuzz(VXLAN()) / E() / I4() / UDP(dport=9))
S['geneve'] = (1, lambda r: E() / I4() / u(1024, 6081) / fuzz(GENEVE()) / E() / I4() / UDP(dport=9))
S['mpls'] = (1, lambda r: Ether(src='02:00:00:00:00:01', dst='02:00:00:00:00:02', type=0x8847) / fuzz(MPLS()) / r.choice([I4() / UDP(dport=9), ip6() / UDP(dport=9), Raw(b'\x00' * 10)]))
S['eigrp'] = (1, lambda r: E() / IP(src='10.0.0.1', dst='224.0.0.10', proto=88) / fuzz(EIGRP(tlvlist=[r.choice([EIGRPParam(), EIGRPSwVer(), EIGRPIntRoute(), EIGRPExtRoute(), EIGRPv6IntRoute(), EIGRPAuthData(), EIGRPStub()])])))
S['ospf'] = (1, lambda r: E() / IP(src='10.0.0.1', dst='224.0.0.5', proto=89) / fuzz(OSPF_Hdr()) / r.choice([fuzz(OSPF_Hello()), fuzz(OSPF_DBDesc()), fuzz(OSPF_LSReq()), fuzz(OSPF_LSUpd(lsalist=[OSPF_Router_LSA()])), fuzz(OSPF_LSAck())]))
S['ospf6'] = (1, lambda r: E() / IPv6(src='fe80::1', dst='ff02::5', nh=89) / fuzz(OSPFv3_Hdr()) / r.choice([fuzz(OSPFv3_Hello()), fuzz(OSPFv3_DBDesc()), fuzz(OSPFv3_LSUpd())]))
S['bgp'] = (1, lambda r: E() / I4() / t(179, 1024, flags='PA') / r.choice([fuzz(BGPHeader()) / fuzz(BGPOpen()), fuzz(BGPHeader()) / fuzz(BGPUpdate()), fuzz(BGPHeader()) / fuzz(BGPNotification()), fuzz(BGPHeader(type=4)), fuzz(BGPHeader()) / fuzz(BGPRouteRefresh())]))
S['pim'] = (1, lambda r: E() / IP(src='10.0.0.1', dst='224.0.0.13', proto=103) / fuzz(PIMv2Hdr()) / r.choice([fuzz(PIMv2Hello()), fuzz(PIMv2JoinPrune()), Raw(bytes(r.randrange(256) for _ in range(r.randrange(0, 40))))]))
S['lldp'] = (1, lambda r: Ether(src='02:00:00:00:00:01', dst='01:80:c2:00:00:0e') / fuzz(LLDPDUChassisID()) / fuzz(LLDPDUPortID()) / fuzz(LLDPDUTimeToLive()) / r.choice([fuzz(LLDPDUSystemName()), fuzz(LLDPDUSystemCapabilities()), fuzz(LLDPDUManagementAddress()), fuzz(LLDPDUGenericOrganisationSpecific())]) / LLDPDUEndOfLLDPDU())
S['cdp'] = (1, lambda r: Ether(src='02:00:00:00:00:01', dst='01:00:0c:cc:cc:cc') / LLC(dsap=0xaa, ssap=0xaa, ctrl=3) / SNAP(OUI=0xc, code=0x2000) / fuzz(CDPv2_HDR(msg=[r.choice([CDPMsgDeviceID(), CDPMsgAddr(), CDPMsgPortID(), CDPMsgCapabilities(), CDPMsgSoftwareVersion(), CDPMsgPlatform(), CDPMsgNativeVLAN(), CDPMsgDuplex(), CDPMsgMgmtAddr()])])))
S['eapol'] = (1, lambda r: Ether(src='02:00:00:00:00:01', dst='01:80:c2:00:00:03') / fuzz(EAPOL()) / r.choice([fuzz(EAP()), Raw(bytes(r.randrange(256) for _ in range(r.randrange(0, 40))))]))
S['lacp'] = (1, lambda r: Ether(src='02:00:00:00:00:01', dst='01:80:c2:00:00:02') / SlowProtocol() / fuzz(LACP()))
S['wifi-radiotap'] = (127, lambda r: fuzz(RadioTap()) / fuzz(Dot11()) / r.choice([fuzz(Dot11Beacon()) / fuzz(Dot11Elt()), fuzz(Dot11ProbeReq()) / fuzz(Dot11Elt()), fuzz(Dot11Auth()), fuzz(Dot11QoS()) / Raw(b'\xaa\xaa\x03\x00\x00\x00\x08\x00')]))
S['wifi-dot11'] = (105, lambda r: fuzz(Dot11()) / r.choice([fuzz(Dot11Beacon()) / fuzz(Dot11Elt()), fuzz(Dot11ProbeReq()) / fuzz(Dot11Elt()), fuzz(Dot11Auth()), Raw(bytes(r.randrange(256) for _ in range(r.randrange(0, 40))))]))
S['bt-hci'] = (201, lambda r: fuzz(HCI_PHDR_Hdr()) / fuzz(HCI_Hdr()) / r.choice([fuzz(HCI_Command_Hdr()), fuzz(HCI_ACL_Hdr()) / fuzz(L2CAP_Hdr())]))
S['carp'] = (1, lambda r: E() / IP(src='10.0.0.1', dst='224.0.0.18', proto=112) / fuzz(CARP()))
S['gtp'] = (1, lambda r: E() / I4() / u(2152, 2152) / fuzz(GTP_U_Header()) / I4() / UDP(dport=9))
S['ldp'] = (1, lambda r: E() / I4() / u(646, 646) / fuzz(LDP()) / r.choice([fuzz(LDPHello()), fuzz(LDPInit()), fuzz(LDPKeepAlive()), fuzz(LDPAddress()), fuzz(LDPLabelMM())]))
S['rsvp'] = (1, lambda r: E() / IP(src='10.0.0.1', dst='10.0.0.2', proto=46) / fuzz(RSVP()) / fuzz(RSVP_Object()) / fuzz(RSVP_Object()))
S['vtp-dtp'] = (1, lambda r: Ether(src='02:00:00:00:00:01', dst='01:00:0c:cc:cc:cc') / LLC(dsap=0xaa, ssap=0xaa, ctrl=3) / r.choice([SNAP(OUI=0xc, code=0x2003) / fuzz(VTP()), SNAP(OUI=0xc, code=0x2004) / fuzz(DTP())]))
S['openflow'] = (1, lambda r: E() / I4() / t(6653, 1024, flags='PA') / r.choice([fuzz(OFPTHello()), fuzz(OFPTEchoRequest()), fuzz(OFPTFeaturesReply()), fuzz(OFPTPacketIn()), fuzz(OFPTFlowMod()), fuzz(OFPTPortStatus())]))
S['isis'] = (1, lambda r: Ether(src='02:00:00:00:00:01', dst='01:80:c2:00:00:14') / LLC(dsap=0xfe, ssap=0xfe, ctrl=3) / fuzz(ISIS_CommonHdr()) / r.choice([fuzz(ISIS_L1_LAN_Hello()), fuzz(ISIS_L1_LSP()), fuzz(ISIS_L1_CSNP()), fuzz(ISIS_L1_PSNP()), fuzz(ISIS_P2P_Hello())]))
S['sll'] = (113, lambda r: fuzz(CookedLinux()) / r.choice([I4() / UDP(dport=9), fuzz(ARP()), Raw(b'abcdefgh')]))
S['macsec'] = (1, lambda r: E() / fuzz(MACsec()) / Raw(bytes(r.randrange(256) for _ in range(r.randrange(0, 40)))))
S['erspan'] = (1, lambda r: E() / I4() / GRE(proto=0x88be, seqnum_present=1) / fuzz(ERSPAN_II()) / E() / I4() / UDP(dport=9))
S['nsh'] = (1, lambda r: E() / I4() / u(1024, 4790) / fuzz(VXLAN(flags=0x0c, NextProtocol=4)) / fuzz(NSH()) / I4() / UDP(dport=9))
S['stun-mqtt-coap'] = (1, lambda r: E() / I4() / r.choice([u(3478, 3478) / fuzz(STUN()), t(1883, 1024, flags='PA') / fuzz(MQTT()), u(5683, 5683) / fuzz(CoAP())]))
S['rpki-rtr'] = (1, lambda r: E() / I4() / t(323, 1024, flags='PA') / fuzz(RTR()))

# tcpdump 4.99's UDP and TCP port dispatch (print-udp.c, print-tcp.c, udp.h, tcp.h)
UDP_PORTS = [7, 9, 53, 67, 68, 69, 88, 111, 123, 137, 138, 161, 162, 319, 320, 496, 500, 514, 520,
             521, 525, 546, 547, 646, 654, 698, 701, 750, 921, 1645, 1646, 1700, 1701, 1812, 1813,
             1985, 2049, 2103, 2104, 3456, 3503, 3784, 3785, 3799, 4342, 4500, 4567, 4784, 4789,
             4790, 5060, 5353, 5359, 6081, 6343, 6635, 6696, 6697, 6784, 7000, 7001, 7002, 7003,
             7004, 7005, 7006, 7007, 7008, 7009, 7500, 8231, 8472, 8500, 12222, 12223, 17754,
             30490, 49152, 1812, 2152, 5000, 5060, 177, 1167]
TCP_PORTS = [21, 22, 23, 25, 43, 53, 80, 111, 139, 179, 323, 445, 554, 639, 646, 1723, 2049,
             3128, 6379, 6633, 6653, 8080, 8554, 10288, 513, 514, 3306, 1080, 5060, 102]


def rb(r, lo, hi):
    return bytes(r.randrange(256) for _ in range(r.randrange(lo, hi)))


S['port-udp'] = (1, lambda r: E() / r.choice([I4(), ip6()]) / u(r.choice([1024, 40000]), r.choice(UDP_PORTS)) / Raw(rb(r, 0, 120)))
S['port-udp-src'] = (1, lambda r: E() / I4() / u(r.choice(UDP_PORTS), 40000) / Raw(rb(r, 0, 120)))
S['port-tcp'] = (1, lambda r: E() / r.choice([I4(), ip6()]) / t(40000, r.choice(TCP_PORTS), flags='PA', seq=r.randrange(1 << 32), ack=r.randrange(1 << 32)) / Raw(rb(r, 1, 150)))

# a second batch, after the first so that its stacks keep their seeds
S['ip6'] = (1, lambda r: E() / fuzz(IPv6(src='fe80::1', dst='ff02::1')) / r.choice([fuzz(UDP()), fuzz(TCP()), fuzz(ICMPv6EchoRequest())]))
S['ip6-tcp-opts'] = (1, lambda r: E() / ip6() / TCP(sport=r.randrange(1024, 65535), dport=r.choice([9, 80, 179]), flags=r.randrange(256), options=[
    (r.choice([2, 3, 4, 5, 8, 19, 28, 29, 30, 34, r.randrange(256)]), bytes(r.randrange(256) for _ in range(r.randrange(0, 14)))) for _ in range(r.randrange(1, 5))]))
S['ah-esp'] = (1, lambda r: E() / r.choice([I4(), ip6()]) / r.choice([fuzz(AH(nh=17)) / UDP(dport=9), fuzz(ESP())]))
S['icmp-ext'] = (1, lambda r: E() / I4() / fuzz(ICMP(type=r.choice([3, 11, 12]))) / IPerror(src='10.0.0.2', dst='10.0.0.3') / UDPerror() / Raw(b'\x00' * 120) / fuzz(ICMPExtensionHeader()) / r.choice([fuzz(ICMPExtensionMPLS()), fuzz(ICMPExtensionInterfaceInformation()), fuzz(ICMPExtensionObject())]))
S['ppp-ctl'] = (9, lambda r: r.choice([PPP(proto=0xc021) / fuzz(PPP_LCP_Configure(options=[PPP_LCP_MRU_Option(), PPP_LCP_Magic_Number_Option(), PPP_LCP_Auth_Protocol_Option()])),
                                        PPP(proto=0xc021) / fuzz(PPP_LCP_Echo()), PPP(proto=0xc021) / fuzz(PPP_LCP_Terminate()), PPP(proto=0xc021) / fuzz(PPP_LCP_Protocol_Reject()),
                                        PPP(proto=0x8021) / fuzz(PPP_IPCP(options=[PPP_IPCP_Option_IPAddress(), PPP_IPCP_Option_DNS1()])),
                                        PPP(proto=0xc223) / fuzz(PPP_CHAP_ChallengeResponse()), PPP(proto=0xc023) / fuzz(PPP_PAP_Request()), PPP(proto=0x8053) / fuzz(PPP_ECP())]))
S['pppoe-ctl'] = (1, lambda r: E() / PPPoE(sessionid=r.randrange(65536)) / PPP(proto=0xc021) / fuzz(PPP_LCP_Configure(options=[r.choice([PPP_LCP_MRU_Option(), PPP_LCP_ACCM_Option(), PPP_LCP_Callback_Option(), PPP_LCP_Quality_Protocol_Option()])])))
S['bt-l2cap'] = (201, lambda r: HCI_PHDR_Hdr() / HCI_Hdr(type=2) / fuzz(HCI_ACL_Hdr()) / L2CAP_Hdr(cid=1) / fuzz(L2CAP_CmdHdr()) / r.choice([fuzz(L2CAP_ConnReq()), fuzz(L2CAP_ConfReq()), fuzz(L2CAP_InfoReq()), fuzz(L2CAP_DisconnReq())]))
S['openflow13'] = (1, lambda r: E() / I4() / t(6653, 1024, flags='PA') / r.choice([fuzz(OFPTHello()), fuzz(OFPTFeaturesReply()), fuzz(OFPTPacketIn()), fuzz(OFPTFlowMod()), fuzz(OFPTPortStatus()), fuzz(OFPTMultipartRequest()) if 'OFPTMultipartRequest' in globals() else fuzz(OFPTEchoRequest())]))
S['sunrpc'] = (1, lambda r: E() / I4() / r.choice([u(1023, 111), u(1023, 2049), t(1023, 2049, flags='PA') / Raw(b'\x80\x00\x00\x80')]) / fuzz(RPC()) / r.choice([fuzz(RPC_Call()), fuzz(RPC_Reply())]) / Raw(bytes(r.randrange(256) for _ in range(r.randrange(0, 60)))))
S['vqp-esmc'] = (1, lambda r: r.choice([E() / I4() / u(1589, 1589) / fuzz(VQP()) / fuzz(VQPEntry()),
                                         Ether(src='02:00:00:00:00:01', dst='01:80:c2:00:00:02') / SlowProtocol(subtype=10) / fuzz(ESMC()),
                                         Ether(src='02:00:00:00:00:01', dst='01:80:c2:00:00:01') / fuzz(MACControlPause())]))
S['etherip-garp'] = (1, lambda r: r.choice([E() / IP(src='10.0.0.1', dst='10.0.0.2', proto=97) / fuzz(EtherIP()) / E() / I4() / UDP(dport=9),
                                             Ether(src='02:00:00:00:00:01', dst='01:80:c2:00:00:21') / LLC(dsap=0x42, ssap=0x42, ctrl=3) / fuzz(GVRP())]))
S['tcp-fuzz6'] = (1, lambda r: E() / ip6() / fuzz(TCP(dport=r.choice([21, 22, 23, 25, 80, 139, 179, 445, 554, 1723, 6379]))) / Raw(bytes(r.randrange(32, 127) for _ in range(r.randrange(0, 80)))))
S['dns-rr'] = (1, lambda r: E() / I4() / u(53, 1234) / DNS(qr=1, qd=fuzz(DNSQR()), an=fuzz(DNSRR(type=r.choice([1, 2, 5, 6, 12, 13, 15, 16, 28, 33, 35, 41, 43, 46, 47, 48, 50, 99, 250, 251, 252, 255])))))


def build(r, fn, tries=20):
    for _ in range(tries):
        try:
            return bytes(fn(r))
        except Exception:
            continue
    return None


def write(name, linktype, fn, n, seed, snap=None):
    random.seed(seed)
    r = random.Random(seed)
    pkts = []
    for i in range(n):
        b = build(r, fn)
        if b is None:
            continue
        pkts.append(b)
    tag = name + ('' if SEED == 1000 else '-seed%d' % SEED) + ('' if snap is None else '-cut%d' % snap)
    path = os.path.join(OUT, 'fuzz-%s.pcap' % tag)
    with open(path, 'wb') as w:
        w.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, snap or 65535, linktype))
        for i, b in enumerate(pkts):
            c = b[:snap] if snap else b
            w.write(struct.pack('<IIII', 1700000000 + i, i * 7919 % 1000000, len(c), len(b)) + c)
    os.chmod(path, 0o644)
    return len(pkts)


if __name__ == '__main__':
    total = 0
    for k, (name, (lt, fn)) in enumerate(S.items()):
        if ONLY and name not in ONLY:
            continue
        try:
            n, snap = N, None
            if ONLY.get(name):
                n, _, cut = ONLY[name].partition('@')
                n, snap = int(n), int(cut) if cut else None
            c = write(name, lt, fn, n, SEED + k, snap)
        except Exception as e:
            print('%s: failed: %s' % (name, e), file=sys.stderr)
            continue
        total += c
        print('%s %d' % (name, c))
    print('total %d' % total)
