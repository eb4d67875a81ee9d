package io.jdump.print;

/**
 * The sub-TLVs of an OSPF traffic engineering link TLV (RFC 3630, RFC 4203), as tcpdump's
 * {@code ospf_te_lsa_print} prints them, with the GMPLS tables of its gmpls.c.
 */
final class OspfTe {
  static final int INVALID = -1;
  static final int STOP = -2;

  private OspfTe() {}

  static String subTlvName(int t) {
    return switch (t) {
      case 1 -> "Link Type";
      case 2 -> "Link ID";
      case 3 -> "Local Interface IP address";
      case 4 -> "Remote Interface IP address";
      case 5 -> "Traffic Engineering Metric";
      case 6 -> "Maximum Bandwidth";
      case 7 -> "Maximum Reservable Bandwidth";
      case 8 -> "Unreserved Bandwidth";
      case 9 -> "Administrative Group";
      case 11 -> "Link Local/Remote Identifier";
      case 14 -> "Link Protection Type";
      case 15 -> "Interface Switching Capability";
      case 16 -> "Shared Risk Link Group";
      case 17 -> "Bandwidth Constraints";
      default -> "unknown";
    };
  }

  /**
   * One sub-TLV's value: {@link #INVALID} after tcpdump's complaint, {@link #STOP} to end, else
   * how far tcpdump's pointer moved inside the value (its shared-risk loop moves it, and the
   * sub-TLV's length is added after that, so the next sub-TLV is read that much later).
   */
  static int subTlv(Frame f, StringBuilder out, int st, int t, int sl) {
    switch (st) {
      case 9 -> {
        if (sl != 4) return complain(out, " != 4");
        out.append(", 0x");
        Text.hex8(out, f.u32(t));
      }
      case 2, 11 -> {
        if (sl != 4 && sl != 8) return complain(out, " != 4 && != 8");
        idHex(f, out, t);
        if (sl == 8) idHex(f, out, t + 4);
      }
      case 3, 4 -> {
        if (sl != 4) return complain(out, " != 4");
        out.append(", ");
        f.need(t, 4);
        f.names.ip4(out, f.b, t);
      }
      case 6, 7 -> {
        if (sl != 4) return complain(out, " != 4");
        float v = bwValue(f, t);
        out.append(", ");
        Text.fixed3(out, v);
        out.append(" Mbps");
      }
      case 8 -> {
        if (sl != 32) return complain(out, " != 32");
        for (int c = 0; c < 8; c++) {
          out.append("\n\t\tTE-Class ").append(c).append(": ");
          bw(f, out, t + c * 4);
          out.append(" Mbps");
        }
      }
      case 17 -> {
        if (sl < 4) return complain(out, " < 4");
        int m = f.u8(t);
        out.append("\n\t\tBandwidth Constraints Model ID: ").append(bcModel(m)).append(" (")
            .append(m).append(')');
        if (sl % 4 != 0) return complain(out, "\n\t\tlength " + sl + " != N x 4");
        if (sl > 36) return complain(out, "\n\t\tlength " + sl + " > 36");
        for (int c = 0; c < (sl - 4) / 4; c++) {
          out.append("\n\t\t  Bandwidth constraint CT").append(c).append(": ");
          bw(f, out, t + 4 + c * 4);
          out.append(" Mbps");
        }
      }
      case 5 -> {
        if (sl != 4) return complain(out, " != 4");
        out.append(", Metric ").append(f.u32(t));
      }
      case 14 -> {
        if (sl != 4) return complain(out, " != 4");
        out.append(", ");
        linkProtection(out, f.u8(t));
      }
      case 15 -> {
        if (sl < 36) return complain(out, " < 36");
        out.append("\n\t\tInterface Switching Capability: ").append(switchCap(f.u8(t)))
            .append("\n\t\tLSP Encoding: ").append(encoding(f.u8(t + 1)))
            .append("\n\t\tMax LSP Bandwidth:");
        for (int l = 0; l < 8; l++) {
          out.append("\n\t\t  priority level ").append(l).append(": ");
          bw(f, out, t + 4 + l * 4);
          out.append(" Mbps");
        }
      }
      case 1 -> {
        if (sl != 1) return complain(out, " != 1");
        int v = f.u8(t);
        out.append(", ").append(switch (v) {
          case 1 -> "Point-to-point";
          case 2 -> "Multi-Access";
          default -> "unknown";
        }).append(" (").append(v).append(')');
      }
      case 16 -> {
        if (sl % 4 != 0) return complain(out, " != N x 4");
        int n = sl / 4;
        if (n != 0) {
          out.append("\n\t\t  Shared risk group: ");
          for (int i = 0; i < n; i++) {
            if (i > 0) out.append(", ");
            out.append(f.u32(t + 4 * i));
          }
        }
        return 4 * n;
      }
      default -> {
        if (f.opts.verbosity() <= 1 && !f.unknownData(t, "\n\t\t", sl)) return STOP;
      }
    }
    return 0;
  }

  private static int complain(StringBuilder out, String what) {
    out.append(what);
    return INVALID;
  }

  private static void idHex(Frame f, StringBuilder out, int p) {
    out.append(", ");
    f.need(p, 4);
    f.names.ip4(out, f.b, p);
    out.append(" (0x");
    Text.hex8(out, f.u32(p));
    out.append(')');
  }

  private static void bw(Frame f, StringBuilder out, int p) {
    Text.fixed3(out, bwValue(f, p));
  }

  /**
   * tcpdump 4.99.3's {@code diffserv_te_bc_values}, which OSPF and IS-IS share (RFC 4124's
   * model 2, MAR, is not in it; 254 is its experimental extended MAM).
   */
  static String bcModel(int m) {
    return switch (m) {
      case 0 -> "Russian dolls";
      case 1 -> "Maximum allocation";
      case 254 -> "Maximum allocation with E-LSP support";
      default -> "unknown";
    };
  }

  private static final String[] LINK_PROTECTION = {"Extra Traffic", "Unprotected", "Shared",
      "Dedicated 1:1", "Dedicated 1+1", "Enhanced", "Reserved", "Reserved"};

  /** tcpdump's {@code bittok2str} of {@code gmpls_link_prot_values}. */
  static void linkProtection(StringBuilder out, int v) {
    int start = out.length();
    for (int i = 0; i < 8; i++) {
      if ((v & (1 << i)) != 0) OspfPrinter.sep(out, start).append(LINK_PROTECTION[i]);
    }
    if (out.length() == start) out.append("none");
  }

  static float bwValue(Frame f, int p) {
    return Float.intBitsToFloat(f.i32(p)) * 8 / 1000000;
  }

  static String switchCap(int v) {
    return switch (v) {
      case 1 -> "Packet-Switch Capable-1";
      case 2 -> "Packet-Switch Capable-2";
      case 3 -> "Packet-Switch Capable-3";
      case 4 -> "Packet-Switch Capable-4";
      case 51 -> "Layer-2 Switch Capable";
      case 100 -> "Time-Division-Multiplex";
      case 150 -> "Lambda-Switch Capable";
      case 200 -> "Fiber-Switch Capable";
      default -> "Unknown";
    };
  }

  static String encoding(int v) {
    return switch (v) {
      case 1 -> "Packet";
      case 2 -> "Ethernet V2/DIX";
      case 3 -> "ANSI/ETSI PDH";
      case 4, 6, 10 -> "Reserved";
      case 5 -> "SDH ITU-T G.707/SONET ANSI T1.105";
      case 7 -> "Digital Wrapper";
      case 8 -> "Lambda (photonic)";
      case 9 -> "Fiber";
      case 11 -> "FiberChannel";
      default -> "Unknown";
    };
  }
}
