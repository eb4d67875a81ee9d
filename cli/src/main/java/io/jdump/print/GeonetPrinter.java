package io.jdump.print;

/**
 * ETSI ITS over Ethernet: GeoNetworking (EtherTypes 0x8947 and the older 0x0707) with its BTP
 * header, and ISO CALM FAST (0x1111), as tcpdump's print-geonet.c and print-calm-fast.c show
 * them.
 */
final class GeonetPrinter {
  static final int ETHERTYPE = 0x8947;
  static final int ETHERTYPE_OLD = 0x0707;
  static final int ETHERTYPE_CALM_FAST = 0x1111;

  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;

  GeonetPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  /** src: where the Ethernet source address is, or -1 when the frame had none. */
  void calmFast(int bp, int length, int src) {
    f.proto = "calm_fast";
    out.append("CALM FAST");
    if (src >= 0) {
      out.append(" src:");
      f.names.mac(out, f.b, src);
    }
    out.append("; ");
    if (length < 2) {
      out.append(" (length ").append(length).append(" < 2)");
      f.printInvalid();
      f.need(bp, length);
      return;
    }
    int srcRef = f.u8(bp); // read before printed: a cut field prints nothing of its own
    out.append("SrcNwref:").append(srcRef).append("; ");
    int dst = f.u8(bp + 1);
    out.append("DstNwref:").append(dst).append("; ");
    if (f.opts.verbosity() > 0) d.link.defaultPrintLength(bp + 2, length - 2);
  }

  /** src: where the Ethernet source address is, or -1 when the frame had none. */
  void geonet(int bp, int length, int src) {
    f.proto = "geonet";
    out.append("GeoNet ");
    if (src >= 0) {
      out.append("src:");
      f.names.mac(out, f.b, src);
    }
    out.append("; ");
    if (length < 36) {
      out.append(" (common header length ").append(length).append(" < 36)");
      f.printInvalid();
      return;
    }
    int b0 = f.u8(bp);
    int b1 = f.u8(bp + 1);
    int version = b0 >> 4;
    int nextHdr = b0 & 0x0f;
    int type = b1 >> 4;
    int subtype = b1 & 0x0f;
    int payload = f.u16(bp + 4);
    int hopLimit = f.u8(bp + 7);
    out.append("v:").append(version).append(" NH:").append(nextHdr).append('-')
        .append(nextHeader(nextHdr)).append(" HT:").append(type).append('-').append(subtype)
        .append('-').append(headerType(type, subtype)).append(" HopLim:").append(hopLimit)
        .append(" Payload:").append(payload).append(' ');
    f.need(bp + 8, 8);
    out.append("GN_ADDR:");
    Text.colonHex(out, f.b, bp + 8, 8);
    out.append(' ');
    long lat = f.u32(bp + 20);
    out.append("lat:").append(lat).append(' ');
    long lon = f.u32(bp + 24);
    out.append("lon:").append(lon);
    f.need(bp, 36);
    length -= 36;
    bp += 36;
    int hdrSize = switch (type) {
      case 0, 1 -> 0;
      case 5 -> subtype == 0 ? 0 : subtype == 1 ? 32 : -1;
      default -> -1;
    };
    if (hdrSize >= 0) {
      if (length < hdrSize) {
        out.append(" (header size ").append(hdrSize).append(" > ").append(length).append(')');
        f.printInvalid();
        return;
      }
      f.need(bp, hdrSize);
      length -= hdrSize;
      bp += hdrSize;
      if (nextHdr == 1 || nextHdr == 2) {
        if (length < 4) {
          out.append(" (BTP length ").append(length).append(" < 4)");
          f.printInvalid();
          return;
        }
        int btpDst = f.u16(bp); // each port is read before its label
        out.append("; BTP Dst:").append(btpDst);
        int btpSrc = f.u16(bp + 2);
        out.append(" Src:").append(btpSrc);
        length -= 4;
        bp += 4;
        if (length >= 2) {
          int pduVersion = f.u8(bp); // read before its label, as tcpdump's GET
          out.append("; ItsPduHeader v:").append(pduVersion);
          int msg = f.u8(bp + 1);
          out.append(" t:").append(msg).append('-');
          String name = message(msg);
          if (name != null) out.append(name);
          else out.append("unknown (").append(msg).append(')');
        }
      }
    }
    if (f.opts.verbosity() > 0) d.link.defaultPrintLength(bp, length);
  }

  private static String nextHeader(int n) {
    return switch (n) {
      case 0 -> "Any";
      case 1 -> "BTP-A";
      case 2 -> "BTP-B";
      case 3 -> "IPv6";
      default -> "Unknown";
    };
  }

  private static String headerType(int type, int sub) {
    return switch (type) {
      case 0 -> "Any";
      case 1 -> "Beacon";
      case 2 -> "GeoUnicast";
      case 3 -> sub == 0 ? "GeoAnycastCircle" : sub == 1 ? "GeoAnycastRect"
          : sub == 2 ? "GeoAnycastElipse" : "Unknown";
      case 4 -> sub == 0 ? "GeoBroadcastCircle" : sub == 1 ? "GeoBroadcastRect"
          : sub == 2 ? "GeoBroadcastElipse" : "Unknown";
      case 5 -> sub == 0 ? "TopoScopeBcast-SH" : sub == 1 ? "TopoScopeBcast-MH" : "Unknown";
      case 6 -> sub == 0 ? "LocService-Request" : sub == 1 ? "LocService-Reply" : "Unknown";
      default -> "Unknown";
    };
  }

  private static String message(int t) {
    return switch (t) {
      case 0 -> "CAM";
      case 1 -> "DENM";
      case 101 -> "TPEGM";
      case 102 -> "TSPDM";
      case 103 -> "VPM";
      case 104 -> "SRM";
      case 105 -> "SLAM";
      case 106 -> "ecoCAM";
      case 107 -> "ITM";
      case 150 -> "SA";
      default -> null;
    };
  }
}
