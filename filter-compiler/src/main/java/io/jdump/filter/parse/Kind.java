package io.jdump.filter.parse;

/** The token kinds of pcap-filter(7), as libpcap's scanner returns them. */
public enum Kind {
  // Values.
  ID, NUM, HID, HID6, EID, AID,
  // Direction qualifiers.
  SRC, DST, ADDR1, ADDR2, ADDR3, ADDR4, RA, TA,
  // Address qualifiers.
  HOST, NET, NETMASK, PORT, PORTRANGE, PROTO, PROTOCHAIN, GATEWAY,
  // Protocol names (pname).
  LINK, IP, ARP, RARP, SCTP, TCP, UDP, ICMP, IGMP, IGRP, PIM, VRRP, CARP, RADIO, IPV6, ICMPV6,
  AH, ESP, ATALK, AARP, DECNET, LAT, SCA, MOPRC, MOPDL, ISO, ESIS, ISIS, L1, L2, IIH, LSP,
  SNP, CSNP, PSNP, CLNP, STP, IPX, NETBEUI,
  // Other keywords.
  TYPE, SUBTYPE, DIR, LESS, GREATER, CBYTE, BROADCAST, MULTICAST, AND, OR, NOT, LEN, INBOUND,
  OUTBOUND, IFINDEX, VLAN, MPLS, PPPOED, PPPOES, GENEVE, LANE, LLC, METAC, BCC, OAM, OAMF4,
  OAMF4EC, OAMF4SC, SC, ILMIC, VPI, VCI, CONNECTMSG, METACONNECT, PF_IFNAME, PF_RSET, PF_RNR,
  PF_SRNR, PF_REASON, PF_ACTION, FISU, LSSU, MSU, HFISU, HLSSU, HMSU, SIO, OPC, DPC, SLS, HSIO,
  HOPC, HDPC, HSLS,
  // Punctuation and operators.
  PLUS, MINUS, STAR, SLASH, PERCENT, COLON, LBRACKET, RBRACKET, BANG, LT, GT, LPAREN, RPAREN,
  AMP, PIPE, CARET, EQ, GEQ, LEQ, NEQ, LSH, RSH,
  /** A character no rule matches, or a number libpcap refuses (with its message). */
  LEX_ERROR,
  EOF;

  /** {@return whether this token names a protocol (libpcap's {@code pname})} */
  public boolean isProtoName() {
    return compareTo(LINK) >= 0 && compareTo(NETBEUI) <= 0;
  }

  /** {@return whether this token is a direction qualifier} */
  public boolean isDir() {
    return compareTo(SRC) >= 0 && compareTo(TA) <= 0;
  }
}
