package io.jdump.print;

/**
 * LMP, the Link Management Protocol (RFC 4204, OIF UNI 1.0 service discovery; UDP port 701 or
 * {@code -T lmp}), as tcpdump's {@code lmp_print}: the message type, and with {@code -v} the
 * header and every object.
 */
final class LmpPrinter {
  private static final int[] TE_FLAGS = {0x01, 0x02};
  private static final String[] TE_FLAG_NAMES =
      {"Fault Management Supported", "Link Verification Supported"};
  private static final int[] DL_FLAGS = {0x01, 0x02, 0x04};
  private static final String[] DL_FLAG_NAMES =
      {"Data Link Port", "Allocated for user traffic", "Failed link"};
  private static final int[] BV_ERRORS = {0x01, 0x02, 0x04, 0x08, 0x10};
  private static final String[] BV_ERROR_NAMES = {"Link Verification Procedure Not supported",
      "Unwilling to verify", "Unsupported verification transport mechanism",
      "Link-Id configuration error", "Unknown object c-type"};
  private static final int[] LS_ERRORS = {0x01, 0x02, 0x04, 0x08, 0x10, 0x20};
  private static final String[] LS_ERROR_NAMES = {
      "Unacceptable non-negotiable LINK-SUMMARY parameters",
      "Renegotiate LINK-SUMMARY parameters", "Invalid TE-LINK Object",
      "Invalid DATA-LINK Object", "Unknown TE-LINK Object c-type",
      "Unknown DATA-LINK Object c-type"};
  private static final int[] BITS_1_2 = {0x01, 0x02};
  private static final int[] BITS_1_2_4 = {0x01, 0x02, 0x04};
  private static final int[] BIT_1 = {0x01};
  private static final String[] HEADER_FLAGS = {"Control Channel Down", "LMP restart"};
  private static final String[] VERIFY_FLAGS = {"Verify all links", "Data link type"};
  private static final String[] SP_FLAGS = {"RSVP Supported", "LDP Supported"};
  private static final String[] TP_FLAGS = {"Path/VC Overhead Transparency Supported",
      "Line/MS Overhead Transparency Supported", "Section/RS Overhead Transparency Supported"};
  private static final String[] CCT_FLAGS = {"Contiguous Concatenation Types Supported"};
  private static final String[] NSA_TP_FLAGS = {"Standard SOH/RSOH Transparency Supported",
      "Standard LOH/MSOH Transparency Supported"};
  private static final String[] TCM_FLAGS =
      {"Transparent Tandem Connection Monitoring Supported"};
  private static final String[] DIVERSITY_FLAGS = {"Node Diversity Supported",
      "Link Diversity Supported", "SRLG Diversity Supported"};

  private static final String[] SDH_SIGNALS =
      {"VC-3", "VC-4", "STM-0", "STM-1", "STM-4", "STM-16", "STM-64", "STM-256"};
  private static final String[] SONET_SIGNALS = {"STS-1 SPE", "STS-3c SPE", "STS-1", "STM-3",
      "STM-12", "STM-48", "STM-192", "STM-768"};

  private final Frame f;
  private final StringBuilder out;

  LmpPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  private static String msgName(int t) {
    return switch (t) {
      case 1 -> "Config";
      case 2 -> "Config ACK";
      case 3 -> "Config NACK";
      case 4 -> "Hello";
      case 5 -> "Begin Verify";
      case 6 -> "Begin Verify ACK";
      case 7 -> "Begin Verify NACK";
      case 8 -> "End Verify";
      case 9 -> "End Verify ACK";
      case 10 -> "Test";
      case 11 -> "Test Status Success";
      case 12 -> "Test Status Failure";
      case 13 -> "Test Status ACK";
      case 14 -> "Link Summary";
      case 15 -> "Link Summary ACK";
      case 16 -> "Link Summary NACK";
      case 17 -> "Channel Status";
      case 18 -> "Channel Status ACK";
      case 19 -> "Channel Status Request";
      case 20 -> "Channel Status Response";
      case 50 -> "Service Config";
      case 51 -> "Service Config ACK";
      case 52 -> "Service Config NACK";
      default -> null;
    };
  }

  private static String objName(int c) {
    return switch (c) {
      case 1 -> "Control Channel ID";
      case 2 -> "Node ID";
      case 3 -> "Link ID";
      case 4 -> "Interface ID";
      case 5 -> "Message ID";
      case 6 -> "Configuration";
      case 7 -> "Hello";
      case 8 -> "Verify Begin";
      case 9 -> "Verify Begin ACK";
      case 10 -> "Verify ID";
      case 11 -> "TE Link";
      case 12 -> "Data Link";
      case 13 -> "Channel Status";
      case 14 -> "Channel Status Request";
      case 20 -> "Error Code";
      case 51 -> "Service Config";
      default -> "Unknown";
    };
  }

  private static String ctypeName(int c, int t) {
    String s = switch (c) {
      case 1, 2 -> t == 1 ? "Local" : t == 2 ? "Remote" : null;
      case 3, 4 -> switch (t) {
        case 1 -> "IPv4 Local";
        case 2 -> "IPv4 Remote";
        case 3 -> "IPv6 Local";
        case 4 -> "IPv6 Remote";
        case 5 -> "Unnumbered Local";
        case 6 -> "Unnumbered Remote";
        default -> null;
      };
      case 5, 20 -> t == 1 ? "1" : t == 2 ? "2" : null;
      case 6, 7, 8, 9, 10 -> t == 1 ? "1" : null;
      case 11, 12, 13, 14 -> t == 1 ? "IPv4" : t == 2 ? "IPv6" : t == 3 ? "Unnumbered" : null;
      case 51 -> switch (t) {
        case 1 -> "1";
        case 2 -> "2";
        case 3 -> "3";
        case 4 -> "4";
        default -> null;
      };
      default -> null;
    };
    return s == null ? "Unknown" : s;
  }

  void print(int p, int length) {
    f.proto = "lmp";
    f.need(p, 8); // print-lmp.c's checks long-jump: -x then dumps the link header too
    int version = f.u16(p) >> 12;
    if (version != 1) {
      out.append("LMP version ").append(version).append(" packet not supported");
      return;
    }
    int type = f.u8(p + 3);
    String name = msgName(type);
    if (f.opts.verbosity() < 1) {
      out.append("LMPv1 ");
      if (name == null) out.append("unknown (").append(type).append(')');
      else out.append(name);
      out.append(" Message, length: ").append(length);
      return;
    }
    int tlen = f.u16(p + 4);
    out.append("\n\tLMPv1, msg-type: ");
    if (name == null) out.append("unknown, type: ").append(type);
    else out.append(name);
    out.append(", Flags: [");
    LldpTables.bits(out, BITS_1_2, HEADER_FLAGS, f.u8(p + 2), "none");
    out.append("], length: ").append(tlen);
    if (tlen < 8) {
      out.append(" (too short)");
      return;
    }
    if (Integer.compareUnsigned(tlen, length) > 0) {
      out.append(" (too long)");
      tlen = length;
    }
    int t = p + 8;
    tlen -= 8; // a u_int in tcpdump: a payload shorter than the header wraps and reads on
    while (tlen != 0) {
      int olen = f.u16(t + 2);
      int ctypeByte = f.u8(t);
      int ctype = ctypeByte & 0x7f;
      int cls = f.u8(t + 1);
      out.append("\n\t  ").append(objName(cls)).append(" Object (").append(cls)
          .append("), Class-Type: ").append(ctypeName(cls, ctype)).append(" (").append(ctype)
          .append(") Flags: [").append((ctypeByte & 0x80) != 0 ? "" : "non-")
          .append("negotiable], length: ").append(olen);
      if (olen < 4) {
        out.append(" (too short)");
        return;
      }
      if (olen % 4 != 0) {
        out.append(" (not a multiple of 4)");
        return;
      }
      f.need(t, olen);
      boolean hex = object(cls, ctype, t + 4, olen - 4);
      if (f.opts.verbosity() > 1 || hex) f.unknownData(t + 4, "\n\t    ", olen - 4);
      if (Integer.compareUnsigned(tlen, olen) < 0) {
        out.append(" [remaining objects length ").append(Integer.toUnsignedLong(tlen))
            .append(" < ").append(olen)
            .append(']');
        f.printInvalid();
        break;
      }
      t += olen;
      tlen -= olen;
    }
  }

  private boolean wrongLength() {
    out.append(" (not correct for object)");
    return false;
  }

  private void ip6(int p) {
    f.need(p, 16);
    f.names.ip6(out, f.b, p);
  }

  /** " (0x%08x)" of the word at p. */
  private void hexWord(int p) {
    out.append(" (0x");
    Text.hex8(out, f.u32(p));
    out.append(')');
  }

  private void ipv4Id(String label, int p) {
    out.append(label);
    f.ip4(p);
    hexWord(p);
  }

  private void ipv6Id(String label, int p) {
    out.append(label);
    ip6(p);
    hexWord(p);
  }

  private void numId(String label, int p) {
    out.append(label).append(f.u32(p));
    hexWord(p);
  }

  /** One object's value (len bytes at o, captured); {@return whether tcpdump dumps it} */
  private boolean object(int cls, int ctype, int o, int len) {
    switch (cls) {
      case 1 -> {
        if (ctype != 1 && ctype != 2) return true;
        if (len != 4) return wrongLength();
        numId("\n\t    Control Channel ID: ", o);
      }
      case 3, 4 -> {
        switch (ctype) {
          case 1, 2 -> {
            if (len != 4) return wrongLength();
            ipv4Id("\n\t    IPv4 Link ID: ", o);
          }
          case 3, 4 -> {
            if (len != 16) return wrongLength();
            ipv6Id("\n\t    IPv6 Link ID: ", o);
          }
          case 5, 6 -> {
            if (len != 4) return wrongLength();
            numId("\n\t    Link ID: ", o);
          }
          default -> {
            return true;
          }
        }
      }
      case 5 -> {
        if (ctype != 1 && ctype != 2) return true;
        if (len != 4) return wrongLength();
        numId(ctype == 1 ? "\n\t    Message ID: " : "\n\t    Message ID Ack: ", o);
      }
      case 2 -> {
        if (ctype != 1 && ctype != 2) return true;
        if (len != 4) return wrongLength();
        ipv4Id("\n\t    Node ID: ", o);
      }
      case 6 -> {
        if (ctype != 1) return true;
        if (len != 4) return wrongLength();
        out.append("\n\t    Hello Interval: ").append(f.u16(o))
            .append("\n\t    Hello Dead Interval: ").append(f.u16(o + 2));
      }
      case 7 -> {
        if (ctype != 1) return true;
        if (len != 8) return wrongLength();
        out.append("\n\t    Tx Seq: ").append(f.u32(o)).append(", Rx Seq: ").append(f.u32(o + 4));
      }
      case 11 -> {
        if (ctype < 1 || ctype > 3) return true;
        if (len != (ctype == 2 ? 36 : 12)) return wrongLength();
        out.append("\n\t    Flags: [");
        LldpTables.bits(out, TE_FLAGS, TE_FLAG_NAMES, f.u8(o), "none");
        out.append(']');
        linkPair(true, ctype, o);
      }
      case 12 -> {
        if (ctype < 1 || ctype > 3) return true;
        int fixed = ctype == 2 ? 36 : 12;
        if (len < fixed) return wrongLength();
        out.append("\n\t    Flags: [");
        LldpTables.bits(out, DL_FLAGS, DL_FLAG_NAMES, f.u8(o), "none");
        out.append(']');
        linkPair(false, ctype, o);
        return subobjects(o, len - fixed, fixed);
      }
      case 8 -> {
        if (ctype != 1) return true;
        if (len != 20) return wrongLength();
        out.append("\n\t    Flags: ");
        LldpTables.bits(out, BITS_1_2, VERIFY_FLAGS, f.u16(o), "none");
        int mech = f.u16(o + 10);
        out.append("\n\t    Verify Interval: ").append(f.u16(o + 2))
            .append("\n\t    Data links: ").append(f.u32(o + 4))
            .append("\n\t    Encoding type: ").append(OspfTe.encoding(f.u8(o + 8)))
            .append("\n\t    Verify Transport Mechanism: ").append(mech).append(" (0x")
            .append(Integer.toHexString(mech)).append(')')
            // tcpdump tests the decimal 8000, not 0x8000
            .append((mech & 8000) != 0 ? " (Payload test messages capable)" : "");
        float rate = Float.intBitsToFloat(f.i32(o + 12)) * 8 / 1000000;
        out.append("\n\t    Transmission Rate: ");
        Text.fixed3(out, rate);
        out.append(" Mbps\n\t    Wavelength: ").append(f.u32(o + 16));
      }
      case 9 -> {
        if (ctype != 1) return true;
        if (len != 4) return wrongLength();
        out.append("\n\t    Verify Dead Interval: ").append(f.u16(o))
            .append("\n\t    Verify Transport Response: ").append(f.u16(o + 2));
      }
      case 10 -> {
        if (ctype != 1) return true;
        if (len != 4) return wrongLength();
        out.append("\n\t    Verify ID: ").append(f.u32(o));
      }
      case 13 -> {
        if (ctype < 1 || ctype > 3) return true;
        int idLen = ctype == 2 ? 16 : 4;
        for (int off = 0; off + idLen + 4 <= len; off += idLen + 4) {
          interfaceId(ctype, o + off);
          long st = f.u32(o + off + idLen);
          long status = st & 0x3ffffff;
          out.append("\n\t\t    Active: ").append((st >>> 31) != 0 ? "Allocated" : "Non-allocated")
              .append(" (").append(st >>> 31).append(")\n\t\t    Direction: ")
              .append(((st >>> 30) & 1) != 0 ? "Transmit" : "Receive").append(" (")
              .append((st >>> 30) & 1).append(")\n\t\t    Channel Status: ")
              .append(status == 1 ? "Signal Okay" : status == 2 ? "Signal Degraded"
                  : status == 3 ? "Signal Fail" : "Unknown")
              .append(" (").append(status).append(')');
        }
      }
      case 14 -> {
        if (ctype < 1 || ctype > 3) return true;
        int idLen = ctype == 2 ? 16 : 4;
        for (int off = 0; off + idLen <= len; off += idLen) interfaceId(ctype, o + off);
      }
      case 20 -> {
        if (ctype != 1 && ctype != 2) return true;
        if (len != 4) return wrongLength();
        out.append("\n\t    Error Code: ");
        if (ctype == 1) LldpTables.bits(out, BV_ERRORS, BV_ERROR_NAMES, f.i32(o), "none");
        else LldpTables.bits(out, LS_ERRORS, LS_ERROR_NAMES, f.i32(o), "none");
      }
      case 51 -> {
        return serviceConfig(ctype, o, len);
      }
      default -> {
        if (f.opts.verbosity() <= 1) f.unknownData(o, "\n\t    ", len);
      }
    }
    return false;
  }

  private void interfaceId(int ctype, int p) {
    if (ctype == 1) ipv4Id("\n\t    Interface ID: ", p);
    else if (ctype == 2) ipv6Id("\n\t    Interface ID: ", p);
    else numId("\n\t    Interface ID: ", p);
  }

  /** A TE or data link's local and remote ids, by C-Type (IPv4, IPv6, unnumbered). */
  private void linkPair(boolean te, int ctype, int o) {
    String local = te ? "\n\t    Local Link-ID: " : "\n\t    Local Interface ID: ";
    String remote = te ? "\n\t    Remote Link-ID: " : "\n\t    Remote Interface ID: ";
    switch (ctype) {
      case 1 -> {
        ipv4Id(local, o + 4);
        ipv4Id(remote, o + 8);
      }
      case 2 -> {
        ipv6Id(local, o + 4);
        ipv6Id(remote, o + 20);
      }
      default -> {
        numId(local, o + 4);
        numId(remote, o + 8);
      }
    }
  }

  /** tcpdump's {@code lmp_print_data_link_subobjs}; {@return whether to dump the object} */
  private boolean subobjects(int o, int total, int offset) {
    boolean hex = false;
    while (total > 0 && !hex) {
      int type = f.u8(o + offset);
      int len = f.u8(o + offset + 1);
      out.append("\n\t    Subobject, Type: ")
          .append(type == 1 ? "Interface Switching Type" : type == 2 ? "Wavelength" : "Unknown")
          .append(" (").append(type).append("), Length: ").append(len);
      if (len < 4) {
        out.append(" (too short)");
        break;
      }
      if (len % 4 != 0) {
        out.append(" (not a multiple of 4)");
        break;
      }
      if (total < len) {
        out.append(" (goes past the end of the object)");
        break;
      }
      switch (type) {
        case 1 -> {
          int sw = f.u8(o + offset + 2);
          int enc = f.u8(o + offset + 3);
          out.append("\n\t      Switching Type: ").append(OspfTe.switchCap(sw)).append(" (")
              .append(sw).append(")\n\t      Encoding Type: ").append(OspfTe.encoding(enc))
              .append(" (").append(enc).append(')');
          float min = Float.intBitsToFloat(f.i32(o + offset + 4)) * 8 / 1000000;
          out.append("\n\t      Min Reservable Bandwidth: ");
          Text.fixed3(out, min);
          out.append(" Mbps");
          float max = Float.intBitsToFloat(f.i32(o + offset + 8)) * 8 / 1000000;
          out.append("\n\t      Max Reservable Bandwidth: ");
          Text.fixed3(out, max);
          out.append(" Mbps");
        }
        case 2 -> {
          // read before the label: a subobject too short for it, cut there, prints no label
          long wavelength = f.u32(o + offset + 4);
          out.append("\n\t      Wavelength: ").append(wavelength);
        }
        default -> hex = true;
      }
      total -= len;
      offset += len;
    }
    return hex;
  }

  private boolean serviceConfig(int ctype, int o, int len) {
    switch (ctype) {
      case 1 -> {
        if (len != 4) return wrongLength();
        out.append("\n\t Flags: ");
        LldpTables.bits(out, BITS_1_2, SP_FLAGS, f.u8(o), "none");
        out.append("\n\t  UNI Version: ").append(f.u8(o + 1));
      }
      case 2 -> {
        if (len != 16) return wrongLength();
        int lt = f.u8(o);
        out.append("\n\t Link Type: ")
            .append(lt == 5 ? "SDH ITU-T G.707" : lt == 6 ? "SONET ANSI T1.105" : "Unknown")
            .append(" (").append(lt).append(')');
        if (lt == 5 || lt == 6) {
          int st = f.u8(o + 1);
          out.append("\n\t Signal Type: ").append(signalType(lt, st)).append(" (").append(st)
              .append(')');
        }
        out.append("\n\t Transparency: ");
        LldpTables.bits(out, BITS_1_2_4, TP_FLAGS, f.u8(o + 2), "none");
        out.append("\n\t Contiguous Concatenation Types: ");
        LldpTables.bits(out, BIT_1, CCT_FLAGS, f.u8(o + 3), "none");
        out.append("\n\t Minimum NCC: ").append(f.u16(o + 4)).append("\n\t Maximum NCC: ")
            .append(f.u16(o + 6)).append("\n\t Minimum NVC:").append(f.u16(o + 8))
            .append("\n\t Maximum NVC:").append(f.u16(o + 10));
        ipv4Id("\n\t    Local Interface ID: ", o + 12);
      }
      case 3 -> {
        if (len != 8) return wrongLength();
        out.append("\n\t Transparency Flags: ");
        LldpTables.bits(out, BITS_1_2, NSA_TP_FLAGS, f.i32(o), "none");
        out.append("\n\t TCM Monitoring Flags: ");
        LldpTables.bits(out, BIT_1, TCM_FLAGS, f.u8(o + 7), "none");
      }
      case 4 -> {
        if (len != 4) return wrongLength();
        out.append("\n\t Diversity: Flags: ");
        LldpTables.bits(out, BITS_1_2_4, DIVERSITY_FLAGS, f.u8(o + 3), "none");
      }
      default -> {
        return true;
      }
    }
    return false;
  }

  private static String signalType(int linkType, int v) {
    if (v < 5 || v > 12) return "Unknown";
    return (linkType == 5 ? SDH_SIGNALS : SONET_SIGNALS)[v - 5];
  }
}
