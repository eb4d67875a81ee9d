package io.jdump.bpf;

import java.util.Optional;

/**
 * The data link types jdump knows by name: libpcap's DLT numbers (what {@code pcap_datalink}
 * returns and the compiler targets), the LINKTYPE numbers written in capture files (the same
 * except where a platform's DLT differs), the names {@code -y} takes and libpcap's
 * descriptions.
 *
 * <pre>{@code
 * LinkType t = LinkType.forName("en10mb").orElseThrow();   // EN10MB, DLT 1
 * }</pre>
 */
public enum LinkType {
  /** BSD loopback: {@code DLT_NULL} 0. */
  NULL(0, 0, "BSD loopback"),
  /** Ethernet: {@code DLT_EN10MB} 1. */
  EN10MB(1, 1, "Ethernet"),
  /** Token ring: {@code DLT_IEEE802} 6. */
  IEEE802(6, 6, "Token ring"),
  /** BSD ARCNET: {@code DLT_ARCNET} 7. */
  ARCNET(7, 7, "BSD ARCNET"),
  /** SLIP: {@code DLT_SLIP} 8. */
  SLIP(8, 8, "SLIP"),
  /** PPP: {@code DLT_PPP} 9. */
  PPP(9, 9, "PPP"),
  /** FDDI: {@code DLT_FDDI} 10. */
  FDDI(10, 10, "FDDI"),
  /** RFC 1483 LLC-encapsulated ATM: {@code DLT_ATM_RFC1483} 11, LINKTYPE 100 in files. */
  ATM_RFC1483(11, 100, "RFC 1483 LLC-encapsulated ATM"),
  /** Raw IP: {@code DLT_RAW} 12, LINKTYPE 101 in files. */
  RAW(12, 101, "Raw IP"),
  /** BSD/OS SLIP: {@code DLT_SLIP_BSDOS} 15, LINKTYPE 102 in files. */
  SLIP_BSDOS(15, 102, "BSD/OS SLIP"),
  /** BSD/OS PPP: {@code DLT_PPP_BSDOS} 16, LINKTYPE 103 in files. */
  PPP_BSDOS(16, 103, "BSD/OS PPP"),
  /** Linux Classical IP over ATM: {@code DLT_ATM_CLIP} 19, LINKTYPE 106 in files. */
  ATM_CLIP(19, 106, "Linux Classical IP over ATM"),
  /** PPP over serial: {@code DLT_PPP_SERIAL} 50. */
  PPP_SERIAL(50, 50, "PPP over serial"),
  /** PPPoE: {@code DLT_PPP_ETHER} 51. */
  PPP_ETHER(51, 51, "PPPoE"),
  /** Symantec Firewall: {@code DLT_SYMANTEC_FIREWALL} 99. */
  SYMANTEC_FIREWALL(99, 99, "Symantec Firewall"),
  /** Cisco HDLC: {@code DLT_C_HDLC} 104. */
  C_HDLC(104, 104, "Cisco HDLC"),
  /** 802.11: {@code DLT_IEEE802_11} 105. */
  IEEE802_11(105, 105, "802.11"),
  /** Frame Relay: {@code DLT_FRELAY} 107. */
  FRELAY(107, 107, "Frame Relay"),
  /** OpenBSD loopback: {@code DLT_LOOP} 108. */
  LOOP(108, 108, "OpenBSD loopback"),
  /** OpenBSD encapsulated IP: {@code DLT_ENC} 109. */
  ENC(109, 109, "OpenBSD encapsulated IP"),
  /** Linux cooked v1: {@code DLT_LINUX_SLL} 113. */
  LINUX_SLL(113, 113, "Linux cooked v1"),
  /** Localtalk: {@code DLT_LTALK} 114. */
  LTALK(114, 114, "Localtalk"),
  /** OpenBSD pflog file: {@code DLT_PFLOG} 117. */
  PFLOG(117, 117, "OpenBSD pflog file"),
  /** 802.11 plus Prism header: {@code DLT_PRISM_HEADER} 119. */
  PRISM_HEADER(119, 119, "802.11 plus Prism header"),
  /** RFC 2625 IP-over-Fibre Channel: {@code DLT_IP_OVER_FC} 122. */
  IP_OVER_FC(122, 122, "RFC 2625 IP-over-Fibre Channel"),
  /** Sun raw ATM: {@code DLT_SUNATM} 123. */
  SUNATM(123, 123, "Sun raw ATM"),
  /** 802.11 plus radiotap header: {@code DLT_IEEE802_11_RADIO} 127. */
  IEEE802_11_RADIO(127, 127, "802.11 plus radiotap header"),
  /** Linux ARCNET: {@code DLT_ARCNET_LINUX} 129. */
  ARCNET_LINUX(129, 129, "Linux ARCNET"),
  /** Juniper Multi-Link PPP: {@code DLT_JUNIPER_MLPPP} 130. */
  JUNIPER_MLPPP(130, 130, "Juniper Multi-Link PPP"),
  /** Juniper Multi-Link Frame Relay: {@code DLT_JUNIPER_MLFR} 131. */
  JUNIPER_MLFR(131, 131, "Juniper Multi-Link Frame Relay"),
  /** Juniper Encryption Services PIC: {@code DLT_JUNIPER_ES} 132. */
  JUNIPER_ES(132, 132, "Juniper Encryption Services PIC"),
  /** Juniper GGSN PIC: {@code DLT_JUNIPER_GGSN} 133. */
  JUNIPER_GGSN(133, 133, "Juniper GGSN PIC"),
  /** Juniper FRF.16 Frame Relay: {@code DLT_JUNIPER_MFR} 134. */
  JUNIPER_MFR(134, 134, "Juniper FRF.16 Frame Relay"),
  /** Juniper ATM2 PIC: {@code DLT_JUNIPER_ATM2} 135. */
  JUNIPER_ATM2(135, 135, "Juniper ATM2 PIC"),
  /** Juniper Advanced Services PIC: {@code DLT_JUNIPER_SERVICES} 136. */
  JUNIPER_SERVICES(136, 136, "Juniper Advanced Services PIC"),
  /** Juniper ATM1 PIC: {@code DLT_JUNIPER_ATM1} 137. */
  JUNIPER_ATM1(137, 137, "Juniper ATM1 PIC"),
  /** Apple IP-over-IEEE 1394: {@code DLT_APPLE_IP_OVER_IEEE1394} 138. */
  APPLE_IP_OVER_IEEE1394(138, 138, "Apple IP-over-IEEE 1394"),
  /** SS7 MTP2 with Pseudo-header: {@code DLT_MTP2_WITH_PHDR} 139. */
  MTP2_WITH_PHDR(139, 139, "SS7 MTP2 with Pseudo-header"),
  /** SS7 MTP2: {@code DLT_MTP2} 140. */
  MTP2(140, 140, "SS7 MTP2"),
  /** SS7 MTP3: {@code DLT_MTP3} 141. */
  MTP3(141, 141, "SS7 MTP3"),
  /** SS7 SCCP: {@code DLT_SCCP} 142. */
  SCCP(142, 142, "SS7 SCCP"),
  /** DOCSIS: {@code DLT_DOCSIS} 143. */
  DOCSIS(143, 143, "DOCSIS"),
  /** Linux IrDA: {@code DLT_LINUX_IRDA} 144. */
  LINUX_IRDA(144, 144, "Linux IrDA"),
  /** 802.11 plus AVS radio information header: {@code DLT_IEEE802_11_RADIO_AVS} 163. */
  IEEE802_11_RADIO_AVS(163, 163, "802.11 plus AVS radio information header"),
  /** Juniper Passive Monitor PIC: {@code DLT_JUNIPER_MONITOR} 164. */
  JUNIPER_MONITOR(164, 164, "Juniper Passive Monitor PIC"),
  /** BACnet MS/TP: {@code DLT_BACNET_MS_TP} 165. */
  BACNET_MS_TP(165, 165, "BACnet MS/TP"),
  /** PPP for pppd, with direction flag: {@code DLT_PPP_PPPD} 166. */
  PPP_PPPD(166, 166, "PPP for pppd, with direction flag"),
  /** Juniper PPPoE: {@code DLT_JUNIPER_PPPOE} 167. */
  JUNIPER_PPPOE(167, 167, "Juniper PPPoE"),
  /** Juniper PPPoE/ATM: {@code DLT_JUNIPER_PPPOE_ATM} 168. */
  JUNIPER_PPPOE_ATM(168, 168, "Juniper PPPoE/ATM"),
  /** GPRS LLC: {@code DLT_GPRS_LLC} 169. */
  GPRS_LLC(169, 169, "GPRS LLC"),
  /** GPF-T: {@code DLT_GPF_T} 170. */
  GPF_T(170, 170, "GPF-T"),
  /** GPF-F: {@code DLT_GPF_F} 171. */
  GPF_F(171, 171, "GPF-F"),
  /** Juniper PIC Peer: {@code DLT_JUNIPER_PIC_PEER} 174. */
  JUNIPER_PIC_PEER(174, 174, "Juniper PIC Peer"),
  /** Ethernet with Endace ERF header: {@code DLT_ERF_ETH} 175. */
  ERF_ETH(175, 175, "Ethernet with Endace ERF header"),
  /** Packet-over-SONET with Endace ERF header: {@code DLT_ERF_POS} 176. */
  ERF_POS(176, 176, "Packet-over-SONET with Endace ERF header"),
  /** Linux vISDN LAPD: {@code DLT_LINUX_LAPD} 177. */
  LINUX_LAPD(177, 177, "Linux vISDN LAPD"),
  /** Juniper Ethernet: {@code DLT_JUNIPER_ETHER} 178. */
  JUNIPER_ETHER(178, 178, "Juniper Ethernet"),
  /** Juniper PPP: {@code DLT_JUNIPER_PPP} 179. */
  JUNIPER_PPP(179, 179, "Juniper PPP"),
  /** Juniper Frame Relay: {@code DLT_JUNIPER_FRELAY} 180. */
  JUNIPER_FRELAY(180, 180, "Juniper Frame Relay"),
  /** Juniper C-HDLC: {@code DLT_JUNIPER_CHDLC} 181. */
  JUNIPER_CHDLC(181, 181, "Juniper C-HDLC"),
  /** FRF.16 Frame Relay: {@code DLT_MFR} 182. */
  MFR(182, 182, "FRF.16 Frame Relay"),
  /** Juniper Voice PIC: {@code DLT_JUNIPER_VP} 183. */
  JUNIPER_VP(183, 183, "Juniper Voice PIC"),
  /** Arinc 429: {@code DLT_A429} 184. */
  A429(184, 184, "Arinc 429"),
  /** Arinc 653 Interpartition Communication: {@code DLT_A653_ICM} 185. */
  A653_ICM(185, 185, "Arinc 653 Interpartition Communication"),
  /** USB with FreeBSD header: {@code DLT_USB_FREEBSD} 186. */
  USB_FREEBSD(186, 186, "USB with FreeBSD header"),
  /** Bluetooth HCI UART transport layer: {@code DLT_BLUETOOTH_HCI_H4} 187. */
  BLUETOOTH_HCI_H4(187, 187, "Bluetooth HCI UART transport layer"),
  /** IEEE 802.16 MAC Common Part Sublayer: {@code DLT_IEEE802_16_MAC_CPS} 188. */
  IEEE802_16_MAC_CPS(188, 188, "IEEE 802.16 MAC Common Part Sublayer"),
  /** USB with Linux header: {@code DLT_USB_LINUX} 189. */
  USB_LINUX(189, 189, "USB with Linux header"),
  /** Controller Area Network (CAN) v. 2.0B: {@code DLT_CAN20B} 190. */
  CAN20B(190, 190, "Controller Area Network (CAN) v. 2.0B"),
  /** IEEE 802.15.4 with Linux padding: {@code DLT_IEEE802_15_4_LINUX} 191. */
  IEEE802_15_4_LINUX(191, 191, "IEEE 802.15.4 with Linux padding"),
  /** Per-Packet Information: {@code DLT_PPI} 192. */
  PPI(192, 192, "Per-Packet Information"),
  /** IEEE 802.16 MAC Common Part Sublayer plus radiotap header: {@code DLT_IEEE802_16_MAC_CPS_RADIO} 193. */
  IEEE802_16_MAC_CPS_RADIO(193, 193, "IEEE 802.16 MAC Common Part Sublayer plus radiotap header"),
  /** Juniper Integrated Service Module: {@code DLT_JUNIPER_ISM} 194. */
  JUNIPER_ISM(194, 194, "Juniper Integrated Service Module"),
  /** IEEE 802.15.4 with FCS: {@code DLT_IEEE802_15_4} 195. */
  IEEE802_15_4(195, 195, "IEEE 802.15.4 with FCS"),
  /** SITA pseudo-header: {@code DLT_SITA} 196. */
  SITA(196, 196, "SITA pseudo-header"),
  /** Endace ERF header: {@code DLT_ERF} 197. */
  ERF(197, 197, "Endace ERF header"),
  /** Ethernet with u10 Networks pseudo-header: {@code DLT_RAIF1} 198. */
  RAIF1(198, 198, "Ethernet with u10 Networks pseudo-header"),
  /** IPMB with Kontron pseudo-header: {@code DLT_IPMB_KONTRON} 199. */
  IPMB_KONTRON(199, 199, "IPMB with Kontron pseudo-header"),
  /** Juniper Secure Tunnel: {@code DLT_JUNIPER_ST} 200. */
  JUNIPER_ST(200, 200, "Juniper Secure Tunnel"),
  /** Bluetooth HCI UART transport layer plus pseudo-header: {@code DLT_BLUETOOTH_HCI_H4_WITH_PHDR} 201. */
  BLUETOOTH_HCI_H4_WITH_PHDR(201, 201, "Bluetooth HCI UART transport layer plus pseudo-header"),
  /** AX.25 with KISS header: {@code DLT_AX25_KISS} 202. */
  AX25_KISS(202, 202, "AX.25 with KISS header"),
  /** IPMB with Linux/Pigeon Point pseudo-header: {@code DLT_IPMB_LINUX} 209. */
  IPMB_LINUX(209, 209, "IPMB with Linux/Pigeon Point pseudo-header"),
  /** IEEE 802.15.4 with non-ASK PHY data: {@code DLT_IEEE802_15_4_NONASK_PHY} 215. */
  IEEE802_15_4_NONASK_PHY(215, 215, "IEEE 802.15.4 with non-ASK PHY data"),
  /** Linux evdev events: {@code DLT_LINUX_EVDEV} 216. */
  LINUX_EVDEV(216, 216, "Linux evdev events"),
  /** MPLS with label as link-layer header: {@code DLT_MPLS} 219. */
  MPLS(219, 219, "MPLS with label as link-layer header"),
  /** USB with padded Linux header: {@code DLT_USB_LINUX_MMAPPED} 220. */
  USB_LINUX_MMAPPED(220, 220, "USB with padded Linux header"),
  /** DECT: {@code DLT_DECT} 221. */
  DECT(221, 221, "DECT"),
  /** AOS Space Data Link protocol: {@code DLT_AOS} 222. */
  AOS(222, 222, "AOS Space Data Link protocol"),
  /** Wireless HART: {@code DLT_WIHART} 223. */
  WIHART(223, 223, "Wireless HART"),
  /** Fibre Channel FC-2: {@code DLT_FC_2} 224. */
  FC_2(224, 224, "Fibre Channel FC-2"),
  /** Fibre Channel FC-2 with frame delimiters: {@code DLT_FC_2_WITH_FRAME_DELIMS} 225. */
  FC_2_WITH_FRAME_DELIMS(225, 225, "Fibre Channel FC-2 with frame delimiters"),
  /** Solaris ipnet: {@code DLT_IPNET} 226. */
  IPNET(226, 226, "Solaris ipnet"),
  /** CAN-bus with SocketCAN headers: {@code DLT_CAN_SOCKETCAN} 227. */
  CAN_SOCKETCAN(227, 227, "CAN-bus with SocketCAN headers"),
  /** Raw IPv4: {@code DLT_IPV4} 228. */
  IPV4(228, 228, "Raw IPv4"),
  /** Raw IPv6: {@code DLT_IPV6} 229. */
  IPV6(229, 229, "Raw IPv6"),
  /** IEEE 802.15.4 without FCS: {@code DLT_IEEE802_15_4_NOFCS} 230. */
  IEEE802_15_4_NOFCS(230, 230, "IEEE 802.15.4 without FCS"),
  /** D-Bus: {@code DLT_DBUS} 231. */
  DBUS(231, 231, "D-Bus"),
  /** Juniper Virtual Server: {@code DLT_JUNIPER_VS} 232. */
  JUNIPER_VS(232, 232, "Juniper Virtual Server"),
  /** Juniper SRX E2E: {@code DLT_JUNIPER_SRX_E2E} 233. */
  JUNIPER_SRX_E2E(233, 233, "Juniper SRX E2E"),
  /** Juniper Fibre Channel: {@code DLT_JUNIPER_FIBRECHANNEL} 234. */
  JUNIPER_FIBRECHANNEL(234, 234, "Juniper Fibre Channel"),
  /** DVB-CI: {@code DLT_DVB_CI} 235. */
  DVB_CI(235, 235, "DVB-CI"),
  /** MUX27010: {@code DLT_MUX27010} 236. */
  MUX27010(236, 236, "MUX27010"),
  /** STANAG 5066 D_PDUs: {@code DLT_STANAG_5066_D_PDU} 237. */
  STANAG_5066_D_PDU(237, 237, "STANAG 5066 D_PDUs"),
  /** Juniper ATM CEMIC: {@code DLT_JUNIPER_ATM_CEMIC} 238. */
  JUNIPER_ATM_CEMIC(238, 238, "Juniper ATM CEMIC"),
  /** Linux netfilter log messages: {@code DLT_NFLOG} 239. */
  NFLOG(239, 239, "Linux netfilter log messages"),
  /** Ethernet with Hilscher netANALYZER pseudo-header: {@code DLT_NETANALYZER} 240. */
  NETANALYZER(240, 240, "Ethernet with Hilscher netANALYZER pseudo-header"),
  /** Ethernet with Hilscher netANALYZER pseudo-header and with preamble and SFD: {@code DLT_NETANALYZER_TRANSPARENT} 241. */
  NETANALYZER_TRANSPARENT(241, 241, "Ethernet with Hilscher netANALYZER pseudo-header and with preamble and SFD"),
  /** RFC 4391 IP-over-Infiniband: {@code DLT_IPOIB} 242. */
  IPOIB(242, 242, "RFC 4391 IP-over-Infiniband"),
  /** MPEG-2 transport stream: {@code DLT_MPEG_2_TS} 243. */
  MPEG_2_TS(243, 243, "MPEG-2 transport stream"),
  /** ng40 protocol tester Iub/Iur: {@code DLT_NG40} 244. */
  NG40(244, 244, "ng40 protocol tester Iub/Iur"),
  /** NFC LLCP PDUs with pseudo-header: {@code DLT_NFC_LLCP} 245. */
  NFC_LLCP(245, 245, "NFC LLCP PDUs with pseudo-header"),
  /** Packet filter state syncing: {@code DLT_PFSYNC} 246. */
  PFSYNC(246, 246, "Packet filter state syncing"),
  /** InfiniBand: {@code DLT_INFINIBAND} 247. */
  INFINIBAND(247, 247, "InfiniBand"),
  /** SCTP: {@code DLT_SCTP} 248. */
  SCTP(248, 248, "SCTP"),
  /** USB with USBPcap header: {@code DLT_USBPCAP} 249. */
  USBPCAP(249, 249, "USB with USBPcap header"),
  /** Schweitzer Engineering Laboratories RTAC packets: {@code DLT_RTAC_SERIAL} 250. */
  RTAC_SERIAL(250, 250, "Schweitzer Engineering Laboratories RTAC packets"),
  /** Bluetooth Low Energy air interface: {@code DLT_BLUETOOTH_LE_LL} 251. */
  BLUETOOTH_LE_LL(251, 251, "Bluetooth Low Energy air interface"),
  /** Linux netlink: {@code DLT_NETLINK} 253. */
  NETLINK(253, 253, "Linux netlink"),
  /** Bluetooth Linux Monitor: {@code DLT_BLUETOOTH_LINUX_MONITOR} 254. */
  BLUETOOTH_LINUX_MONITOR(254, 254, "Bluetooth Linux Monitor"),
  /** Bluetooth Basic Rate/Enhanced Data Rate baseband packets: {@code DLT_BLUETOOTH_BREDR_BB} 255. */
  BLUETOOTH_BREDR_BB(255, 255, "Bluetooth Basic Rate/Enhanced Data Rate baseband packets"),
  /** Bluetooth Low Energy air interface with pseudo-header: {@code DLT_BLUETOOTH_LE_LL_WITH_PHDR} 256. */
  BLUETOOTH_LE_LL_WITH_PHDR(256, 256, "Bluetooth Low Energy air interface with pseudo-header"),
  /** PROFIBUS data link layer: {@code DLT_PROFIBUS_DL} 257. */
  PROFIBUS_DL(257, 257, "PROFIBUS data link layer"),
  /** Apple DLT_PKTAP: {@code DLT_PKTAP} 258. */
  PKTAP(258, 258, "Apple DLT_PKTAP"),
  /** Ethernet with 802.3 Clause 65 EPON preamble: {@code DLT_EPON} 259. */
  EPON(259, 259, "Ethernet with 802.3 Clause 65 EPON preamble"),
  /** IPMI trace packets: {@code DLT_IPMI_HPM_2} 260. */
  IPMI_HPM_2(260, 260, "IPMI trace packets"),
  /** Z-Wave RF profile R1 and R2 packets: {@code DLT_ZWAVE_R1_R2} 261. */
  ZWAVE_R1_R2(261, 261, "Z-Wave RF profile R1 and R2 packets"),
  /** Z-Wave RF profile R3 packets: {@code DLT_ZWAVE_R3} 262. */
  ZWAVE_R3(262, 262, "Z-Wave RF profile R3 packets"),
  /** WattStopper Digital Lighting Management (DLM) and Legrand Nitoo Open protocol: {@code DLT_WATTSTOPPER_DLM} 263. */
  WATTSTOPPER_DLM(263, 263, "WattStopper Digital Lighting Management (DLM) and Legrand Nitoo Open protocol"),
  /** ISO 14443 messages: {@code DLT_ISO_14443} 264. */
  ISO_14443(264, 264, "ISO 14443 messages"),
  /** IEC 62106 Radio Data System groups: {@code DLT_RDS} 265. */
  RDS(265, 265, "IEC 62106 Radio Data System groups"),
  /** USB with Darwin header: {@code DLT_USB_DARWIN} 266. */
  USB_DARWIN(266, 266, "USB with Darwin header"),
  /** OpenBSD DLT_OPENFLOW: {@code DLT_OPENFLOW} 267. */
  OPENFLOW(267, 267, "OpenBSD DLT_OPENFLOW"),
  /** IBM SDLC frames: {@code DLT_SDLC} 268. */
  SDLC(268, 268, "IBM SDLC frames"),
  /** TI LLN sniffer frames: {@code DLT_TI_LLN_SNIFFER} 269. */
  TI_LLN_SNIFFER(269, 269, "TI LLN sniffer frames"),
  /** Linux vsock: {@code DLT_VSOCK} 271. */
  VSOCK(271, 271, "Linux vsock"),
  /** Nordic Semiconductor Bluetooth LE sniffer frames: {@code DLT_NORDIC_BLE} 272. */
  NORDIC_BLE(272, 272, "Nordic Semiconductor Bluetooth LE sniffer frames"),
  /** Excentis XRA-31 DOCSIS 3.1 RF sniffer frames: {@code DLT_DOCSIS31_XRA31} 273. */
  DOCSIS31_XRA31(273, 273, "Excentis XRA-31 DOCSIS 3.1 RF sniffer frames"),
  /** 802.3br mPackets: {@code DLT_ETHERNET_MPACKET} 274. */
  ETHERNET_MPACKET(274, 274, "802.3br mPackets"),
  /** DisplayPort AUX channel monitoring data: {@code DLT_DISPLAYPORT_AUX} 275. */
  DISPLAYPORT_AUX(275, 275, "DisplayPort AUX channel monitoring data"),
  /** Linux cooked v2: {@code DLT_LINUX_SLL2} 276. */
  LINUX_SLL2(276, 276, "Linux cooked v2"),
  /** OpenVizsla USB: {@code DLT_OPENVIZSLA} 278. */
  OPENVIZSLA(278, 278, "OpenVizsla USB"),
  /** Elektrobit High Speed Capture and Replay (EBHSCR): {@code DLT_EBHSCR} 279. */
  EBHSCR(279, 279, "Elektrobit High Speed Capture and Replay (EBHSCR)"),
  /** VPP graph dispatch tracer: {@code DLT_VPP_DISPATCH} 280. */
  VPP_DISPATCH(280, 280, "VPP graph dispatch tracer"),
  /** Broadcom tag: {@code DLT_DSA_TAG_BRCM} 281. */
  DSA_TAG_BRCM(281, 281, "Broadcom tag"),
  /** Broadcom tag (prepended): {@code DLT_DSA_TAG_BRCM_PREPEND} 282. */
  DSA_TAG_BRCM_PREPEND(282, 282, "Broadcom tag (prepended)"),
  /** IEEE 802.15.4 with pseudo-header: {@code DLT_IEEE802_15_4_TAP} 283. */
  IEEE802_15_4_TAP(283, 283, "IEEE 802.15.4 with pseudo-header"),
  /** Marvell DSA: {@code DLT_DSA_TAG_DSA} 284. */
  DSA_TAG_DSA(284, 284, "Marvell DSA"),
  /** Marvell EDSA: {@code DLT_DSA_TAG_EDSA} 285. */
  DSA_TAG_EDSA(285, 285, "Marvell EDSA"),
  /** ELEE lawful intercept packets: {@code DLT_ELEE} 286. */
  ELEE(286, 286, "ELEE lawful intercept packets"),
  /** Z-Wave serial frames between host and chip: {@code DLT_Z_WAVE_SERIAL} 287. */
  Z_WAVE_SERIAL(287, 287, "Z-Wave serial frames between host and chip"),
  /** USB 2.0/1.1/1.0 as transmitted over the cable: {@code DLT_USB_2_0} 288. */
  USB_2_0(288, 288, "USB 2.0/1.1/1.0 as transmitted over the cable"),
  /** ATSC Link-Layer Protocol packets: {@code DLT_ATSC_ALP} 289. */
  ATSC_ALP(289, 289, "ATSC Link-Layer Protocol packets");

  private final int dlt;
  private final int linkType;
  private final String description;

  LinkType(int dlt, int linkType, String description) {
    this.dlt = dlt;
    this.linkType = linkType;
    this.description = description;
  }

  /** {@return the DLT number, as {@code pcap_datalink} returns it on Linux} */
  public int dlt() {
    return dlt;
  }

  /** {@return the LINKTYPE number written in pcap and pcapng files} */
  public int linkType() {
    return linkType;
  }

  /** {@return libpcap's description, as {@code tcpdump -L} prints it} */
  public String description() {
    return description;
  }

  /**
   * {@return the type with this DLT number}
   *
   * @param dlt a DLT number
   */
  public static Optional<LinkType> forDlt(int dlt) {
    for (LinkType t : values()) if (t.dlt == dlt) return Optional.of(t);
    return Optional.empty();
  }

  /**
   * {@return the DLT for a LINKTYPE number read from a file; unknown numbers pass through}
   *
   * @param linkType the number in a file's header
   */
  public static int dltForLinkType(int linkType) {
    for (LinkType t : values()) if (t.linkType == linkType) return t.dlt;
    return linkType;
  }

  /**
   * {@return the LINKTYPE number to write in a file for a DLT; unknown numbers pass through}
   *
   * @param dlt a DLT number
   */
  public static int linkTypeForDlt(int dlt) {
    return forDlt(dlt).map(LinkType::linkType).orElse(dlt);
  }

  /**
   * {@return the type a {@code -y} argument names} Case does not matter; the {@code DLT_} prefix
   * and numbers are refused, as libpcap's {@code pcap_datalink_name_to_val} refuses them
   * ({@code tcpdump -y DLT_EN10MB} says "invalid data link type DLT_EN10MB").
   *
   * @param name what {@code -y} was given
   */
  public static Optional<LinkType> forName(String name) {
    for (LinkType t : values()) if (t.name().equalsIgnoreCase(name)) return Optional.of(t);
    return Optional.empty();
  }
}
