package io.jdump.print;

/**
 * ATM as tcpdump prints it: RFC 1483 LLC frames (link type 11, {@code atm_if_print}), Linux
 * Classical IP (19, {@code cip_if_print}), SunATM's pseudo-header (123, {@code sunatm_if_print})
 * and what {@code atm_print} makes of a VPI/VCI: UNI signalling, OAM F4/F5 cells (with their
 * CRC-10), ILMI, LANE, or LLC.
 */
final class AtmPrinter {
  static final int DLT_ATM_RFC1483 = 11;
  static final int DLT_ATM_CLIP = 19;
  static final int DLT_SUNATM = 123;
  /** The OAM cell header carries its HEC byte (SunATM), or not (Juniper's ATM1 PIC). */
  static final int OAM_HEC = 1;
  static final int OAM_NOHEC = 0;

  private static final int LANE = 1;
  private static final int LLC = 2;

  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;

  AtmPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  /** tcpdump's {@code atm_if_print}: LLC, Cisco's NLPID, or a Fore 802.6 header first. */
  void rfc1483(int p, int length) {
    f.proto = "atm";
    int caplen = f.end - p;
    if (f.u8(p) == 0x03) {
      if (f.opts.linkHeader()) out.append("CNLPID ");
      d.osi.print(p + 1, length - 1);
      f.linkHeaderLength = 1;
      return;
    }
    int llc = f.u24(p);
    int hdr = 0;
    if (llc != 0xaaaa03 && llc != 0xfefe03 && llc != 0x060603) {
      if (f.opts.linkHeader()) {
        long a = f.u32(p);
        long b = f.u32(p + 4);
        long c = f.u32(p + 8);
        long e = f.u32(p + 12);
        Text.hex8(out, a);
        Text.hex8(out, b);
        out.append(' ');
        Text.hex8(out, c);
        Text.hex8(out, e);
        out.append(' ');
      }
      f.need(p, 20);
      p += 20;
      length -= 20;
      caplen -= 20;
      hdr = 20;
    }
    f.linkHeaderLength = hdr + llc(p, length, caplen);
  }

  /** tcpdump's {@code atm_llc_print}. */
  private int llc(int p, int length, int caplen) {
    int n = d.llc.print(p, length, caplen, -1, -1);
    if (n < 0) {
      d.link.defaultPrint(p, caplen);
      n = -n;
    }
    return n;
  }

  /** tcpdump's {@code cip_if_print}: an RFC 1483 LLC header, or bare IP. */
  void clip(int p, int length) {
    f.proto = "cip";
    int caplen = f.end - p;
    if (f.opts.linkHeader()) out.append(length).append(": ");
    f.need(p, 6);
    int hdr = 0;
    if (f.u24(p) == 0xaaaa03 && f.u24(p + 3) == 0) {
      hdr = llc(p, length, caplen);
    } else {
      d.ip4.print(p, length);
    }
    f.linkHeaderLength = hdr;
  }

  /** tcpdump's {@code sunatm_if_print}: direction and type, VPI, VCI, then the PDU. */
  void sunatm(int p, int length) {
    f.proto = "sunatm";
    int caplen = f.end - p;
    int dir = f.u8(p);
    if (f.opts.linkHeader()) out.append((dir & 0x80) != 0 ? "Tx: " : "Rx: ");
    int type = switch (dir & 0x0f) {
      case 1 -> LANE;
      case 2 -> LLC;
      default -> 0;
    };
    int vpi = f.u8(p + 1);
    int vci = f.u16(p + 2);
    atm(vpi, vci, type, p + 4, length - 4, caplen - 4);
    f.linkHeaderLength = 4;
  }

  /** tcpdump's {@code atm_print}. */
  void atm(int vpi, int vci, int type, int p, int length, int caplen) {
    f.proto = "atm";
    if (f.opts.linkHeader()) out.append("VPI:").append(vpi).append(" VCI:").append(vci).append(' ');
    if (vpi == 0) {
      switch (vci) {
        case 5 -> {
          signalling(p);
          return;
        }
        case 2 -> {
          out.append("broadcast sig: ");
          return;
        }
        case 3, 4 -> {
          oam(p, length, OAM_HEC);
          return;
        }
        case 1 -> {
          out.append("meta: ");
          return;
        }
        case 0x10 -> {
          out.append("ilmi: ");
          d.snmp.print(p, length);
          return;
        }
        default -> { }
      }
    }
    if (type == LANE) lane(p, length, caplen);
    else llc(p, length, caplen);
  }

  private void signalling(int p) {
    if (f.u8(p) == 0x09) {
      out.append("Q.2931");
      int t = f.u8(p + 5);
      String m = message(t);
      out.append(':');
      if (m != null) out.append(m);
      else out.append("msgtype#").append(t);
      out.append(' ');
      int ref = f.u24(p + 2);
      out.append("CALL_REF:0x");
      Text.hex2(out, ref >> 16);
      Text.hex4(out, ref & 0xffff);
    } else {
      out.append("SSCOP, proto ").append(f.u8(p)).append(' ');
    }
  }

  private static String message(int t) {
    return switch (t) {
      case 0x02 -> "Call_proceeding";
      case 0x07 -> "Connect";
      case 0x0f -> "Connect_ack";
      case 0x05 -> "Setup";
      case 0x4d -> "Release";
      case 0x5a -> "Release_complete";
      case 0x46 -> "Restart";
      case 0x4e -> "Restart_ack";
      case 0x7d -> "Status";
      case 0x75 -> "Status_enquiry";
      case 0x80 -> "Add_party";
      case 0x81 -> "Add_party_ack";
      case 0x82 -> "Add_party_reject";
      case 0x83 -> "Drop_party";
      case 0x84 -> "Drop_party_ack";
      default -> null;
    };
  }

  /** tcpdump's {@code lane_print}: LE control frames, or 802.3 behind a two-byte LEC id. */
  private void lane(int p, int length, int caplen) {
    f.proto = "lane";
    int hdr = f.u16(p);
    if (hdr == 0xff00) {
      int proto = f.u8(p + 2);
      int vers = f.u8(p + 3);
      int op = f.u16(p + 4);
      out.append("lec: proto ");
      Text.hex(out, proto);
      out.append(" vers ");
      Text.hex(out, vers);
      out.append(' ');
      String n = laneOp(op);
      if (n != null) out.append(n);
      else out.append("opcode-#").append(op);
      return;
    }
    if (caplen - 2 >= 14 && length - 2 >= caplen - 2) { // ether_print calls lane_hdr_print first
      out.append("lecid:");
      Text.hex(out, hdr);
      out.append(' ');
    }
    d.link.ethernet(p + 2, length - 2, caplen - 2);
  }

  private static String laneOp(int op) {
    return switch (op) {
      case 0x0001 -> "configure request";
      case 0x0101 -> "configure response";
      case 0x0002 -> "join request";
      case 0x0102 -> "join response";
      case 0x0003 -> "ready query";
      case 0x0103 -> "ready indication";
      case 0x0004 -> "register request";
      case 0x0104 -> "register response";
      case 0x0005 -> "unregister request";
      case 0x0105 -> "unregister response";
      case 0x0006 -> "ARP request";
      case 0x0106 -> "ARP response";
      case 0x0007 -> "flush request";
      case 0x0107 -> "flush response";
      case 0x0008 -> "NARP request";
      case 0x0009 -> "topology request";
      default -> null;
    };
  }

  private static String payloadType(int t) {
    return switch (t) {
      case 0 -> "user data, uncongested, SDU 0";
      case 1 -> "user data, uncongested, SDU 1";
      case 2 -> "user data, congested, SDU 0";
      case 3 -> "user data, congested, SDU 1";
      case 4 -> "VCC OAM F5 flow segment";
      case 5 -> "VCC OAM F5 flow end-to-end";
      case 6 -> "Traffic Control and resource Mgmt";
      default -> "Unknown";
    };
  }

  private static String cellType(int t) {
    return switch (t) {
      case 1 -> "Fault Management";
      case 2 -> "Performance Management";
      case 8 -> "activate/deactivate";
      case 15 -> "System Management";
      default -> "unknown";
    };
  }

  /** {@return the function name of a cell type, "none" when unnamed, null for no table} */
  private static String functionType(int cell, int func) {
    return switch (cell) {
      case 1 -> switch (func) {
        case 0 -> "AIS";
        case 1 -> "RDI";
        case 4 -> "Continuity Check";
        case 8 -> "Loopback";
        default -> "none";
      };
      case 2 -> switch (func) {
        case 0 -> "Forward Monitoring";
        case 1 -> "Backward Reporting";
        case 2 -> "Monitoring and Reporting";
        default -> "none";
      };
      case 8 -> switch (func) {
        case 0 -> "Performance Monitoring";
        case 1 -> "Continuity Check";
        default -> "none";
      };
      default -> null;
    };
  }

  /** tcpdump's {@code oam_print}; hec is 1 when the cell header keeps its HEC byte. */
  void oam(int p, int length, int hec) {
    f.proto = "oam";
    long header = f.u32(p + hec);
    int ct = f.u8(p + 4 + hec);
    int cell = (ct >> 4) & 0x0f;
    int func = ct & 0x0f;
    int vpi = (int) (header >> 20) & 0xff;
    int vci = (int) (header >> 4) & 0xffff;
    int payload = (int) (header >> 1) & 0x7;
    int clp = (int) header & 1;
    out.append(vci == 3 ? "OAM F4 (segment)" : vci == 4 ? "OAM F4 (end)" : "OAM F5")
        .append(", vpi ").append(vpi).append(", vci ").append(vci).append(", payload [ ")
        .append(payloadType(payload)).append(" ], clp ").append(clp).append(", length ")
        .append(length);
    if (f.opts.verbosity() == 0) return;
    out.append("\n\tcell-type ").append(cellType(cell)).append(" (").append(cell).append(')');
    String fn = functionType(cell, func);
    out.append(", func-type ").append(fn == null ? "unknown" : fn).append(" (").append(func)
        .append(')');
    p += 4 + hec;
    int s = p + 1;
    switch (cell << 4 | func) {
      case 0x18 -> {
        f.need(s, 45);
        out.append("\n\tLoopback-Indicator ").append((f.u8(s) & 1) != 0 ? "Request" : "Reply")
            .append(", Correlation-Tag 0x");
        Text.hex8(out, f.u32(s + 1));
        out.append("\n\tLocation-ID ");
        ids(s + 5, 12);
        out.append("\n\tSource-ID   ");
        ids(s + 17, 12);
      }
      case 0x10, 0x11 -> {
        f.need(s, 45);
        out.append("\n\tFailure-type 0x");
        Text.hex2(out, f.u8(s));
        out.append("\n\tLocation-ID ");
        ids(s + 1, 16);
      }
      default -> { }
    }
    int cksum = f.u16(p + 46) & 0x3ff;
    int should = crc10(p, 48);
    out.append("\n\tcksum 0x");
    if (cksum < 0x100) out.append('0');
    if (cksum < 0x10) out.append('0');
    Text.hex(out, cksum);
    out.append(should == 0 ? " (correct)" : " (incorrect)");
  }

  /** tcpdump prints the 16-bit words at the odd offsets of an id field (past its end too). */
  private void ids(int p, int n) {
    for (int i = 1; i < n; i += 2) {
      Text.hex4(out, f.u16(p + i));
      out.append(' ');
    }
  }

  private static final short[] CRC10 = crc10Table();

  private static short[] crc10Table() {
    short[] t = new short[256];
    for (int i = 0; i < 256; i++) {
      int acc = i << 2;
      for (int j = 0; j < 8; j++) {
        acc <<= 1;
        if ((acc & 0x400) != 0) acc ^= 0x633;
      }
      t[i] = (short) (acc & 0xffff);
    }
    return t;
  }

  /** The CRC-10 of an OAM cell's payload; 0 when the trailing CRC field is right. */
  private int crc10(int p, int n) {
    f.need(p, n);
    int acc = 0;
    for (int i = 0; i < n; i++) {
      acc = (((acc << 8) & 0x3ff) ^ (CRC10[(acc >> 2) & 0xff] & 0xffff) ^ (f.b[p + i] & 0xff))
          & 0xffff;
    }
    return acc;
  }
}
