package io.jdump.filter.diff;

/**
 * A network-layer payload and how a link layer names it.
 *
 * @param kind      a short label for failure messages ("ipv4/tcp frag=first", "arp")
 * @param ethertype the Ethernet type that carries it, or one of {@link #LLC}, {@link #NOVELL},
 *                  {@link #OSI} for payloads that 802.3 frames carry by length, not type
 * @param bytes     the payload, starting at the network header
 */
record Payload(String kind, int ethertype, byte[] bytes) {
  /** An 802.2 LLC PDU: the bytes start at the DSAP. */
  static final int LLC = -1;
  /** Raw NetWare over 802.3: an IPX header starting 0xffff, no LLC header. */
  static final int NOVELL = -2;
  /** An OSI PDU starting at its NLPID; over Ethernet it goes in an LLC frame with SAPs 0xfe. */
  static final int OSI = -3;

  static final int IPV4 = 0x0800;
  static final int IPV6 = 0x86dd;
  static final int ARP = 0x0806;

  boolean isIp() {
    return ethertype == IPV4 || ethertype == IPV6;
  }
}
