package io.jdump.print;

/**
 * 802.2 LLC after an 802.3 length field: SNAP carries an Ethernet type on; other SAPs are
 * reported as unknown so that the caller dumps the payload, as tcpdump's {@code llc_print}.
 */
final class LlcPrinter {
  private final Dissector d;
  private final Frame f;

  LlcPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
  }

  private static final int CISCO = 0x00000c;

  /** {@return tcpdump's name of a protocol id under Cisco's OUI, or null} */
  private static final String SNAP_LLC =
      "LLC, dsap SNAP (0xaa) Individual, ssap SNAP (0xaa) Command, ctrl 0x03: ";

  private static String ciscoPid(int pid) {
    return switch (pid) {
      case 0x2000 -> "CDP";
      case 0x2001 -> "CGMP";
      case 0x2003 -> "VTP";
      case 0x2004 -> "DTP";
      case 0x010b -> "PVST";
      case 0x0111 -> "UDLD";
      default -> null;
    };
  }

  /** {@return the LLC header length; negative when the payload type is unknown} */
  int print(int p, int length, int caplen, int unusedSrc, int unusedDst) {
    f.proto = "llc";
    if (caplen < 3 || length < 3) {
      f.printTrunc();
      // tcpdump's ND_DEFAULTPRINT here ignores -x and -q (only callers that test
      // ndo_suppress_default_print skip it)
      HexDump.hexAscii(f.out, f.b, p, Math.max(0, Math.min(caplen, f.end - p)));
      return Math.max(0, caplen);
    }
    int dsap = f.u8(p);
    int ssap = f.u8(p + 1);
    int control = f.u8(p + 2);
    if (dsap == 0xff && ssap == 0xff) { // Novell "raw 802.3": IPX with no LLC header
      if (f.opts.linkHeader()) f.out.append("IPX 802.3: ");
      d.ipx.print(p);
      return 0;
    }
    if (dsap == 0xe0 && ssap == 0xe0 && control == 0x03) {
      if (f.opts.linkHeader()) {
        f.out.append("LLC, dsap IPX (0xe0) Individual, ssap IPX (0xe0) Command, ctrl 0x03: ")
            .append("IPX 802.2: ");
      }
      d.ipx.print(p + 3);
      return 3;
    }
    if (dsap == 0xaa && ssap == 0xaa && control == 0x03) {
      if (caplen < 8 || length < 8) {
        f.proto = "snap";
        // llc_print has printed the LLC header with -e before snap_print finds the cut
        if (f.opts.linkHeader()) f.out.append(SNAP_LLC);
        f.printTrunc();
        return caplen;
      }
      int oui = f.u24(p + 3);
      int type = f.u16(p + 6);
      if (f.opts.linkHeader()) {
        StringBuilder out = f.out;
        out.append(SNAP_LLC).append("oui ")
            .append(oui == 0 ? "Ethernet" : oui == CISCO ? "Cisco" : "Unknown").append(" (0x");
        Text.hex2(out, oui >> 16);
        Text.hex4(out, oui & 0xffff);
        String n = oui == CISCO ? ciscoPid(type) : EtherTypes.name(type);
        out.append(oui == 0 ? "), ethertype " : "), pid ").append(n == null ? "Unknown" : n)
            .append(" (0x");
        Text.hex4(out, type);
        out.append("), length ").append(length - 8).append(": ");
      }
      if (oui == 0 && d.etherType(type, p + 8, length - 8, caplen - 8)) return 8;
      if (oui == CISCO && type == 0x010b) { // PVST+: a BPDU per VLAN
        d.stp.print(p + 8, length - 8);
        return 8;
      }
      if (oui == CISCO && type == 0x2000) {
        d.cdp.print(p + 8, length - 8);
        return 8;
      }
      if (oui == CISCO && (type == 0x2004 || type == 0x2003 || type == 0x0111)) {
        if (type == 0x2004) d.ciscoL2.dtp(p + 8, length - 8);
        else if (type == 0x2003) d.ciscoL2.vtp(p + 8, length - 8);
        else d.ciscoL2.udld(p + 8, length - 8);
        return 8;
      }
      return -8;
    }
    if (dsap == 0xfe && ssap == 0xfe && control == 0x03
        && (!f.has(p + 3, 1) || f.u8(p + 3) == 0x83)) { // OSI, NLPID IS-IS; CLNP and ES-IS are not decoded yet
      if (f.opts.linkHeader()) {
        f.out.append("LLC, dsap OSI (0xfe) Individual, ssap OSI (0xfe) Command, ctrl 0x03: ");
      }
      d.isis.osi(p + 3, length - 3);
      return 3;
    }
    if (dsap == 0x42 && ssap == 0x42 && control == 0x03) {
      if (f.opts.linkHeader()) {
        f.out.append("LLC, dsap STP (0x42) Individual, ssap STP (0x42) Command, ctrl 0x03: ");
      }
      d.stp.print(p + 3, length - 3);
      return 3;
    }
    return -3;
  }
}
