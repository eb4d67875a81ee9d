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
  private static String ciscoPid(int pid) {
    return switch (pid) {
      case 0x2000 -> "CDP";
      case 0x010c -> "VLAN Bridge";
      case 0x2003 -> "VTP";
      case 0x2004 -> "DTP";
      case 0x010b -> "PVST";
      case 0x0111 -> "UDLD";
      default -> null;
    };
  }

  /** {@return the LLC header length; negative when the payload type is unknown} */
  int print(int p, int length, int caplen, int src, int dst) {
    f.proto = "llc";
    if (caplen < 3 || length < 3) {
      f.printTrunc();
      d.link.alwaysDefaultPrint(p, caplen);
      return Math.max(0, caplen < 3 ? caplen : length);
    }
    int dsapField = f.u8(p);
    int ssapField = f.u8(p + 1);
    int control = f.u8(p + 2);
    boolean unnumbered = (control & 0x03) == 0x03;
    int hdr = 3;
    if (!unnumbered) { // I and S frames carry a two-byte little-endian control field
      if (caplen < 4 || length < 4) {
        f.printTrunc();
        d.link.alwaysDefaultPrint(p, caplen);
        return caplen < 4 ? caplen : length;
      }
      control |= f.u8(p + 3) << 8;
      hdr = 4;
    }
    if (dsapField == 0xff && ssapField == 0xff) { // Novell "raw 802.3": IPX with no LLC header
      if (f.opts.linkHeader()) f.out.append("IPX 802.3: ");
      d.ipx.print(p);
      return 0;
    }
    int dsap = dsapField & 0xfe;
    int ssap = ssapField & 0xfe;
    boolean e = f.opts.linkHeader();
    StringBuilder out = f.out;
    if (e) {
      out.append("LLC, dsap ").append(sapName(dsap, "Unknown")).append(" (0x");
      Text.hex2(out, dsap);
      out.append((dsapField & 1) == 0 ? ") Individual, ssap " : ") Group, ssap ")
          .append(sapName(ssap, "Unknown")).append(" (0x");
      Text.hex2(out, ssap);
      out.append((ssapField & 1) == 0 ? ") Command, ctrl 0x" : ") Response, ctrl 0x");
      if (unnumbered) Text.hex2(out, control);
      else Text.hex4(out, control);
      out.append(": ");
    }
    if (dsap == 0xaa && ssap == 0xaa && control == 0x03) {
      return snap(p + 3, length - 3, caplen - 3, src, dst, 2);
    }
    if (dsap == 0xfe && ssap == 0xfe && control == 0x03) {
      d.osi.print(p + 3, length - 3);
      return 3;
    }
    if (dsap == 0x42 && ssap == 0x42 && control == 0x03) {
      d.stp.print(p + 3, length - 3);
      return 3;
    }
    if (dsap == 0x06 && ssap == 0x06 && control == 0x03) { // RFC 948: IP right after LLC
      d.ip4.print(p + 3, length - 3);
      return 3;
    }
    if (dsap == 0xe0 && ssap == 0xe0 && control == 0x03) {
      if (e) out.append("IPX 802.2: ");
      d.ipx.print(p + 3);
      return 3;
    }
    if (!e) {
      if (ssap == dsap) {
        if (src >= 0) {
          f.names.mac(out, f.b, src);
          out.append(" > ");
          f.names.mac(out, f.b, dst);
          out.append(' ');
        }
      } else {
        if (src >= 0) {
          f.names.mac(out, f.b, src);
          out.append(' ');
        }
        appendSap(out, ssap, "Unknown SSAP 0x");
        out.append(" > ");
        if (src >= 0) {
          f.names.mac(out, f.b, dst);
          out.append(' ');
        }
      }
      appendSap(out, dsap, "Unknown DSAP 0x");
      out.append(' ');
    }
    int cr = ssapField & 1;
    if (unnumbered) {
      out.append("Unnumbered, ");
      String cmd = command(control & 0xef);
      if (cmd != null) out.append(cmd);
      else Text.hex2(out, control & 0xef);
      out.append(", Flags [").append(flags(cr | (control & 0x10))).append("], length ")
          .append(length);
      if ((control & ~0x10) == 0xaf) { // XID
        if (length == hdr) return hdr;
        if (caplen <= hdr) {
          f.printTrunc();
          return hdr;
        }
        if (f.u8(p + hdr) == 0x81) {
          if (caplen - hdr < 3 || length - hdr < 3) {
            f.printTrunc();
            d.link.alwaysDefaultPrint(p + hdr, caplen - hdr);
          } else {
            out.append(": ");
            Text.hex2(out, f.u8(p + hdr + 1));
            out.append(' ');
            Text.hex2(out, f.u8(p + hdr + 2));
          }
          return hdr;
        }
      }
      return -hdr;
    }
    String flags = flags(cr | (control & 0x100));
    if ((control & 0x01) == 0x01) {
      int s = (control >> 2) & 3;
      out.append("Supervisory, ").append(s == 0 ? "Receiver Ready" : s == 1
          ? "Receiver not Ready" : s == 2 ? "Reject" : "?").append(", rcv seq ")
          .append((control >> 9) & 0x7f).append(", Flags [").append(flags)
          .append("], length ").append(length);
      return hdr; // tcpdump dumps no payload after a supervisory frame
    }
    out.append("Information, send seq ").append((control >> 1) & 0x7f).append(", rcv seq ")
        .append((control >> 9) & 0x7f).append(", Flags [").append(flags).append("], length ")
        .append(length);
    return -hdr;
  }

  /**
   * tcpdump's {@code snap_print} where no LLC header comes first (Frame Relay's SNAP NLPID);
   * {@return false when the payload type is unknown, for the caller to dump}
   */
  boolean snapPrint(int p, int length, int caplen) {
    f.proto = "snap";
    // no link addresses here: an unknown type prints the SNAP header alone
    return snap(p, length, caplen, -1, -1, 0) >= 0;
  }

  /**
   * tcpdump's {@code snap_print} after the LLC header; {@return as {@link #print}}
   *
   * @param pad the bytes of padding before a bridged frame (RFC 2684): 2 after LLC, 0 in
   *     Frame Relay
   */
  private int snap(int p, int length, int caplen, int src, int dst, int pad) {
    if (caplen < 5 || length < 5) {
      f.proto = "snap";
      f.printTrunc();
      // snap_print returns 1 at its trunc label, and llc_print then counts LLC and SNAP whole
      return 8;
    }
    int oui = f.u24(p);
    int type = f.u16(p + 3);
    if (f.opts.linkHeader()) snapHeader(oui, type, length - 5);
    boolean byType = oui == 0 || oui == 0x0000f8 || oui == 0x080007 && type == 0x809b;
    if (byType && etherType(type, p + 5, length - 5, caplen - 5, src, dst)) return 8;
    if (oui == 0x0080c2 && bridged(type, p + 5, length - 5, caplen - 5, pad)) return 8;
    if (oui == CISCO && (type == 0x010b || type == 0x010c)) { // PVST+, VLAN bridge: BPDUs
      d.stp.print(p + 5, length - 5);
      return 8;
    }
    if (oui == CISCO && type == 0x2000) {
      d.cdp.print(p + 5, length - 5);
      return 8;
    }
    if (oui == CISCO && (type == 0x2004 || type == 0x2003 || type == 0x0111)) {
      if (type == 0x2004) d.ciscoL2.dtp(p + 5, length - 5);
      else if (type == 0x2003) d.ciscoL2.vtp(p + 5, length - 5);
      else d.ciscoL2.udld(p + 5, length - 5);
      return 8;
    }
    if (!f.opts.linkHeader()) {
      if (src >= 0 && dst >= 0) {
        f.names.mac(f.out, f.b, src);
        f.out.append(" > ");
        f.names.mac(f.out, f.b, dst);
        f.out.append(' ');
      }
      f.out.append("SNAP, ");
      snapHeader(oui, type, length - 5);
    }
    return -8;
  }

  /**
   * RFC 2684 bridged frames (OUI 00-80-c2): after the padding, an Ethernet, Token Ring or FDDI
   * frame (FDDI with one byte more), or a BPDU; {@return false for the other PIDs}
   */
  private boolean bridged(int pid, int p, int length, int caplen, int pad) {
    switch (pid) {
      case 0x0001, 0x0007 -> {
        if (!f.has(p, pad)) return cutSnap();
        d.link.ethernet(p + pad, length - pad, caplen - pad);
      }
      case 0x0003, 0x0009 -> {
        if (!f.has(p, pad)) return cutSnap();
        d.legacyLan.tokenPrint(p + pad, length - pad, caplen - pad);
      }
      case 0x0004, 0x000a -> {
        if (!f.has(p, pad + 1)) return cutSnap();
        d.legacyLan.fddiPrint(p + pad + 1, length - pad - 1, caplen - pad - 1);
      }
      case 0x000e -> d.stp.print(p, length);
      default -> {
        return false;
      }
    }
    return true;
  }

  /** ethertype_print with the frame's MAC addresses, as snap_print passes them on. */
  private boolean etherType(int type, int p, int length, int caplen, int src, int dst) {
    int outerSrc = f.etherSrc;
    int outerDst = f.etherDst;
    f.etherSrc = src;
    f.etherDst = dst;
    try {
      return d.etherType(type, p, length, caplen);
    } finally {
      f.etherSrc = outerSrc;
      f.etherDst = outerDst;
    }
  }

  /** tcpdump's {@code snap_print} at its trunc label: the mark, and the frame counts as printed. */
  private boolean cutSnap() {
    f.proto = "snap";
    f.printTrunc();
    return true;
  }

  /** The OUI and type of a SNAP header, named as tcpdump's oui_to_struct_tok tables do. */
  private void snapHeader(int oui, int type, int length) {
    StringBuilder out = f.out;
    if (oui != 0) {
      out.append("oui ").append(Names.oui(oui)).append(" (0x");
      Text.hex2(out, oui >> 16);
      Text.hex4(out, oui & 0xffff);
      out.append("), pid ");
    } else {
      out.append(f.opts.linkHeader() ? "oui Ethernet (0x000000), ethertype " : "ethertype ");
    }
    String n = switch (oui) {
      case 0, 0x0000f8, 0x080007 -> EtherTypes.name(type);
      case CISCO -> ciscoPid(type);
      case 0x0080c2 -> bridgedPid(type);
      default -> null;
    };
    out.append(n == null ? "Unknown" : n).append(" (0x");
    Text.hex4(out, type);
    out.append("), length ").append(length).append(": ");
  }

  private static String bridgedPid(int pid) {
    return switch (pid) {
      case 0x0001 -> "Ethernet + FCS";
      case 0x0007 -> "Ethernet w/o FCS";
      case 0x0002 -> "802.4 + FCS";
      case 0x0008 -> "802.4 w/o FCS";
      case 0x0003 -> "Token Ring + FCS";
      case 0x0009 -> "Token Ring w/o FCS";
      case 0x0004 -> "FDDI + FCS";
      case 0x000a -> "FDDI w/o FCS";
      case 0x0005 -> "802.6 + FCS";
      case 0x000b -> "802.6 w/o FCS";
      case 0x000e -> "BPDU";
      default -> null;
    };
  }

  /** {@return tcpdump's name of an LLC SAP, or {@code unknown}} */
  private static String sapName(int sap, String unknown) {
    return switch (sap) {
      case 0x00 -> "Null";
      case 0xfe -> "OSI";
      case 0x02 -> "802.1B I";
      case 0x06 -> "IP";
      case 0x04 -> "SNA";
      case 0x0e -> "ProWay NM";
      case 0x42 -> "STP";
      case 0x4e -> "RS511";
      case 0x7e -> "ISO8208";
      case 0x8e -> "ProWay";
      case 0xaa -> "SNAP";
      case 0xe0 -> "IPX";
      case 0xf0 -> "NetBeui";
      default -> unknown;
    };
  }

  private static void appendSap(StringBuilder out, int sap, String unknownPrefix) {
    String n = sapName(sap, null);
    if (n != null) {
      out.append(n);
    } else {
      out.append(unknownPrefix);
      Text.hex2(out, sap);
    }
  }

  private static String command(int cmd) {
    return switch (cmd) {
      case 0x03 -> "ui";
      case 0xe3 -> "test";
      case 0xaf -> "xid";
      case 0x63 -> "ua";
      case 0x43 -> "disc";
      case 0x0f -> "dm";
      case 0x6f -> "sabme";
      case 0x87 -> "frmr";
      default -> null;
    };
  }

  private static String flags(int v) {
    return switch (v) {
      case 0x00 -> "Command";
      case 0x01 -> "Response";
      case 0x10, 0x100 -> "Poll";
      default -> "Final";
    };
  }
}
