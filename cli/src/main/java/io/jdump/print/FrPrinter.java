package io.jdump.print;

/**
 * Frame Relay (link type 107) as tcpdump's {@code fr_print}: the Q.922 address, Cisco's
 * Ethernet-type encapsulation or the UI control byte, an optional pad and the NLPID, then IP,
 * IPv6, OSI, SNAP, Q.933 signalling ({@link Q933Printer}), FRF.15 fragments or PPP; and
 * multilink Frame Relay (link type 182, FRF.16) control and fragment frames.
 */
final class FrPrinter {
  static final int DLT_FRELAY = 107;
  static final int DLT_MFR = 182;

  private static final int CR = 0x02000000;
  private static final int DE = 0x00020000;
  private static final int BECN = 0x00040000;
  private static final int FECN = 0x00080000;
  private static final int SDLC = 0x00000002;

  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;

  /** The last Q.922 address parsed: tcpdump's out-parameters of parse_q922_header. */
  private int dlci;
  private int addrLen;
  private int flags;

  FrPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  /** tcpdump's {@code fr_if_print}. */
  void frLink(int p, int length) {
    f.proto = "fr";
    int caplen = f.end - p;
    if (caplen < 4) {
      f.printTrunc();
      f.linkHeaderLength = caplen;
      return;
    }
    f.linkHeaderLength = print(p, length);
  }

  /** tcpdump's {@code mfr_if_print}. */
  void mfrLink(int p, int length) {
    f.proto = "mfr";
    int caplen = f.end - p;
    if (caplen < 2) {
      f.printTrunc();
      f.linkHeaderLength = caplen;
      return;
    }
    f.linkHeaderLength = mfr(p, length);
  }

  /** {@return 1 parsed, 0 an invalid address, -1 cut}, as tcpdump's parse_q922_header */
  private int q922(int p, int length) {
    if (!f.has(p, 1) || length < 1) return -1;
    int b0 = f.u8(p);
    if ((b0 & 1) != 0) return 0;
    if (!f.has(p + 1, 1) || length < 2) return -1;
    int b1 = f.u8(p + 1);
    addrLen = 2;
    dlci = ((b0 & 0xfc) << 2) | ((b1 & 0xf0) >> 4);
    flags = ((b0 & 0x02) << 24) | ((b1 & 0x0e) << 16);
    if ((b1 & 1) != 0) return 1;
    p += 2;
    length -= 2;
    if (!f.has(p, 1) || length < 1) return -1;
    addrLen++;
    if ((f.u8(p) & 1) == 0) {
      dlci = (dlci << 7) | (f.u8(p) >> 1);
      addrLen++;
      p++;
      length--;
    }
    if (!f.has(p, 1) || length < 1) return -1;
    int last = f.u8(p);
    if ((last & 1) == 0) return 0;
    flags |= last & 0x02;
    dlci = (dlci << 6) | (last >> 2);
    return 1;
  }

  /** Appends tcpdump's {@code q922_string} of the address at p (used by other printers). */
  void q922String(int p, int length) {
    int ret = q922(p, length);
    if (ret == 1) out.append("DLCI ").append(dlci);
    else if (ret == 0) out.append("<Invalid DLCI>");
    else out.append("<Truncated>");
  }

  private void header(int length, int addrLen, int nlpid) {
    if (f.opts.quiet()) {
      out.append("Q.922, DLCI ").append(dlci).append(", length ").append(length).append(": ");
      return;
    }
    out.append("Q.922, hdr-len ").append(addrLen).append(", DLCI ").append(dlci)
        .append(", Flags [");
    headerFlags(flags);
    if (nlpid <= 0xff) {
      String n = Nlpids.name(nlpid);
      out.append("], NLPID ").append(n == null ? "unknown" : n).append(" (0x");
      Text.hex2(out, nlpid);
    } else {
      String n = EtherTypes.name(nlpid);
      out.append("], cisco-ethertype ").append(n == null ? "unknown" : n).append(" (0x");
      Text.hex4(out, nlpid);
    }
    out.append("), length ").append(length).append(": ");
  }

  private void headerFlags(int v) {
    int n = out.length();
    if ((v & CR) != 0) out.append("C!");
    if ((v & DE) != 0) out.append(out.length() > n ? ", " : "").append("DE");
    if ((v & BECN) != 0) out.append(out.length() > n ? ", " : "").append("BECN");
    if ((v & FECN) != 0) out.append(out.length() > n ? ", " : "").append("FECN");
    if ((v & SDLC) != 0) out.append(out.length() > n ? ", " : "").append("sdlcore");
    if (out.length() == n) out.append("none");
  }

  /** tcpdump's {@code fr_print}; {@return the header length, 0 when cut or invalid} */
  int print(int p, int length) {
    f.proto = "fr";
    boolean e = f.opts.linkHeader();
    int ret = q922(p, length);
    if (ret == -1) {
      f.printTrunc();
      return 0;
    }
    if (ret == 0) {
      out.append("Q.922, invalid address");
      return 0;
    }
    if (!f.has(p + addrLen, 1) || length < addrLen + 1) {
      f.printTrunc();
      return 0;
    }
    int control = f.u8(p + addrLen);
    if (control != 0x03 && dlci != 0) {
      // Cisco's encapsulation: an Ethernet type right after the address
      if (!f.has(p + addrLen, 2) || length < addrLen + 2) {
        ui(control);
      } else {
        int type = f.u16(p + addrLen);
        if (e) header(length, addrLen, type);
        int q = p + addrLen + 2;
        if (d.etherType(type, q, length - addrLen - 2, f.end - p - addrLen - 2)) {
          return addrLen + 2;
        }
        ui(control);
      }
    }
    if (!f.has(p + addrLen + 1, 1) || length < addrLen + 2) {
      f.printTrunc();
      return 0;
    }
    int hdrLen;
    if (f.u8(p + addrLen + 1) == 0) {
      // a pad byte belongs only after a 3-byte address
      if (addrLen != 3) out.append("Pad! ");
      hdrLen = addrLen + 3;
    } else {
      if (addrLen == 3) out.append("No pad! ");
      hdrLen = addrLen + 2;
    }
    if (!f.has(p + hdrLen - 1, 1) || length < hdrLen) {
      f.printTrunc();
      return 0;
    }
    int nlpid = f.u8(p + hdrLen - 1);
    if (e) header(length, addrLen, nlpid);
    p += hdrLen;
    length -= hdrLen;
    switch (nlpid) {
      case Nlpids.IP -> d.ip4.print(p, length);
      case Nlpids.IP6 -> d.ip6.print(p, length);
      case Nlpids.CLNP, Nlpids.ESIS, Nlpids.ISIS -> d.osi.print(p - 1, length + 1);
      case Nlpids.SNAP -> {
        if (!d.llc.snapPrint(p, length, f.end - p)) {
          // tcpdump passes the whole header length where the address length goes
          if (!e) header(length + hdrLen, hdrLen, nlpid);
          if (!f.opts.suppressDefaultPrint()) defaultPrint(p - hdrLen, length + hdrLen);
        }
      }
      case Nlpids.Q933 -> d.q933.print(p, length);
      case Nlpids.MFR -> frf15(p, length);
      case Nlpids.PPP -> d.ppp.print(p, length);
      default -> {
        if (!e) header(length + hdrLen, addrLen, nlpid);
        // tcpdump tests -x alone here (ndo_xflag), so -X and -A still dump
        DumpStyle dump = f.opts.dump();
        if (!(dump.hex() && !dump.ascii())) defaultPrint(p, length);
      }
    }
    return hdrLen;
  }

  private void ui(int control) {
    out.append("UI ");
    Text.hex2(out, control);
    out.append("! ");
  }

  /**
   * tcpdump's {@code ND_DEFAULTPRINT} over a wire length: hex and ASCII of what was captured,
   * then the packet ends as cut when the length reaches past the capture.
   */
  private void defaultPrint(int p, int length) {
    int avail = Math.max(0, f.end - p);
    HexDump.hexAscii(out, f.b, p, Math.min(length, avail));
    if (length > avail) throw f.truncated();
  }

  private void frf15(int p, int length) {
    if (length < 2) {
      f.printTrunc();
      return;
    }
    int b0 = f.u8(p);
    int seq = (b0 & 0x1e) << 7 | f.u8(p + 1);
    out.append("FRF.15, seq 0x");
    if (seq < 0x100) out.append('0');
    if (seq < 0x10) out.append('0');
    Text.hex(out, seq);
    out.append(", Flags [");
    bec(b0 & 0xe0);
    out.append("],").append((b0 & 1) != 0 ? "Interface" : "End-to-End")
        .append(" Fragmentation, length ").append(length);
  }

  private void bec(int v) {
    int n = out.length();
    if ((v & 0x80) != 0) out.append("Begin");
    if ((v & 0x40) != 0) out.append(out.length() > n ? ", " : "").append("End");
    if ((v & 0x20) != 0) out.append(out.length() > n ? ", " : "").append("Control");
    if (out.length() == n) out.append("none");
  }

  private static String mfrMessage(int t) {
    return switch (t) {
      case 1 -> "Add Link";
      case 2 -> "Add Link ACK";
      case 3 -> "Add Link Reject";
      case 4 -> "Hello";
      case 5 -> "Hello ACK";
      case 6 -> "Remove Link";
      case 7 -> "Remove Link ACK";
      default -> null;
    };
  }

  private static String mfrIe(int t) {
    return switch (t) {
      case 1 -> "Bundle ID";
      case 2 -> "Link ID";
      case 3 -> "Magic Number";
      case 5 -> "Timestamp";
      case 6 -> "Vendor Extension";
      case 7 -> "Cause";
      default -> "Unknown";
    };
  }

  /** tcpdump's {@code mfr_print}; {@return the header length as it returns it} */
  int mfr(int p, int length) {
    f.proto = "mfr";
    if (length < 4) {
      out.append("[length ").append(length).append(" < 4]");
      f.printInvalid();
      return length;
    }
    if (!f.has(p, 4)) {
      f.printTrunc();
      return length;
    }
    int b0 = f.u8(p);
    if ((b0 & 0xe0) == 0xe0 && f.u8(p + 1) == 0) {
      out.append("FRF.16 Control, Flags [");
      bec(b0 & 0xe0);
      out.append("], ");
      int t = f.u8(p + 2);
      String m = mfrMessage(t);
      if (m != null) {
        out.append(m);
      } else {
        out.append("Unknown Message (0x");
        Text.hex2(out, t);
        out.append(')');
      }
      out.append(", length ").append(length);
      if (f.opts.verbosity() == 0) return 3;
      int tp = p + 3;
      int tlen = length - 3;
      while (Integer.compareUnsigned(tlen, 2) > 0) {
        if (!f.has(tp, 2)) {
          f.printTrunc();
          return length;
        }
        int type = f.u8(tp);
        int len = f.u8(tp + 1);
        out.append("\n\tIE ").append(mfrIe(type)).append(" (").append(type)
            .append("), length ").append(len).append(": ");
        if (type == 0 || len <= 2) return 3;
        if (!f.has(tp, len)) {
          f.printTrunc();
          return length;
        }
        tp += 2;
        len -= 2;
        tlen -= 2;
        switch (type) {
          case 3 -> {
            if (len != 4) {
              out.append("[IE data length ").append(len).append(" != 4]");
              f.printInvalid();
            } else {
              long v = f.u32(tp); // read before "0x", as tcpdump's printf argument is
              out.append("0x");
              Text.hex8(out, v);
            }
          }
          case 1, 2 -> {
            for (int i = 0; i < len && i < 50; i++) {
              int c = f.u8(tp + i);
              if (c == 0) break;
              Text.printChar(out, c);
            }
          }
          case 5 -> { // a struct timeval of the capturing host (x86-64: two little-endian longs)
            if (len == 16) {
              long sec = f.u32le(tp) | f.u32le(tp + 4) << 32;
              long usec = f.u32le(tp + 8) | f.u32le(tp + 12) << 32;
              f.times.printTimeval(sec, usec, out);
            } else if (f.opts.verbosity() <= 1) {
              f.unknownData(tp, "\n\t  ", len);
            }
          }
          default -> {
            if (f.opts.verbosity() <= 1) f.unknownData(tp, "\n\t  ", len);
          }
        }
        if (f.opts.verbosity() > 1) f.unknownData(tp, "\n\t  ", len);
        tlen -= len;
        tp += len;
      }
      return 3;
    }
    int seq = (b0 & 0x1e) << 7 | f.u8(p + 1);
    int bec = b0 & 0xe0;
    out.append("FRF.16 Frag, seq ").append(seq).append(", Flags [");
    bec(bec);
    if (bec == 0xc0 || bec == 0x80) {
      out.append("], ");
      print(p + 2, length - 2);
      return 2;
    }
    out.append(']');
    f.unknownData(p, "\n\t", length);
    return 0;
  }
}
