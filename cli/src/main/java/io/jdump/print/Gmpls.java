package io.jdump.print;

/** gmpls.c's names that RSVP and LMP share with OSPF-TE ({@link OspfTe} has the others). */
final class Gmpls {
  private Gmpls() {}

  private static final String[] PAYLOAD = {"Unknown", "Reserved", "Reserved", "Reserved",
      "Reserved", "Asynchronous mapping of E4", "Asynchronous mapping of DS3/T3",
      "Asynchronous mapping of E3", "Bit synchronous mapping of E3",
      "Byte synchronous mapping of E3", "Asynchronous mapping of DS2/T2",
      "Bit synchronous mapping of DS2/T2", "Reserved", "Asynchronous mapping of E1",
      "Byte synchronous mapping of E1", "Byte synchronous mapping of 31 * DS0",
      "Asynchronous mapping of DS1/T1", "Bit synchronous mapping of DS1/T1",
      "Byte synchronous mapping of DS1/T1", "VC-11 in VC-12", "Reserved", "Reserved",
      "DS1 SF Asynchronous", "DS1 ESF Asynchronous", "DS3 M23 Asynchronous",
      "DS3 C-Bit Parity Asynchronous", "VT/LOVC", "STS SPE/HOVC",
      "POS - No Scrambling, 16 bit CRC", "POS - No Scrambling, 32 bit CRC",
      "POS - Scrambling, 16 bit CRC", "POS - Scrambling, 32 bit CRC", "ATM mapping",
      "Ethernet PHY", "SONET/SDH", "Reserved (SONET deprecated)", "Digital Wrapper", "Lambda",
      "ANSI/ETSI PDH", "Reserved", "Link Access Protocol SDH (X.85 and X.86)", "FDDI",
      "DQDB (ETSI ETS 300 216)", "FiberChannel-3 (Services)", "HDLC", "Ethernet V2/DIX (only)",
      "Ethernet 802.3 (only)", "G.709 ODUj", "G.709 OTUk(v)", "CBR/CBRa", "CBRb", "BSOT", "BSNT",
      "IP/PPP (GFP)", "Ethernet MAC (framed GFP)", "Ethernet PHY (transparent GFP)", "ESCON",
      "FICON", "Fiber Channel"};

  /** gmpls.c's {@code gmpls_payload_values}. */
  static String payload(int v) {
    return v >= 0 && v < PAYLOAD.length ? PAYLOAD[v] : "Unknown";
  }
}
