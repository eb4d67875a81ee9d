package io.jdump.print;

/**
 * Switch tags between the Ethernet addresses and the type: Marvell DSA and EDSA
 * ({@code DLT_DSA_TAG_DSA} 284, {@code DLT_DSA_TAG_EDSA} 285) and the Broadcom tag
 * ({@code DLT_DSA_TAG_BRCM} 281, and {@code DLT_DSA_TAG_BRCM_PREPEND} 282 where it comes before
 * the frame), as tcpdump's print-dsa.c and print-brcmtag.c show them.
 */
final class SwitchTagPrinter {
  static final int NONE = 0;
  static final int DSA = 1;
  static final int EDSA = 2;
  static final int BRCM = 3;

  static final int DLT_DSA_TAG_BRCM = 281;
  static final int DLT_DSA_TAG_BRCM_PREPEND = 282;
  static final int DLT_DSA_TAG_DSA = 284;
  static final int DLT_DSA_TAG_EDSA = 285;

  private static final String[] MODES = {"To CPU", "From CPU", "To Sniffer", "Forward"};
  private static final String[] CODES = {
    "BPDU (MGMT) Trap", "Frame2Reg", "IGMP/MLD Trap", "Policy Trap", "ARP Mirror", "Policy Mirror"
  };
  private static final String[] BRCM_TE = {"None", "Untag", "Header", "Reserved"};

  private final Frame f;
  private final StringBuilder out;

  SwitchTagPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  /** {@return how many bytes a tag of this kind takes} */
  static int length(int kind) {
    return switch (kind) {
      case DSA, BRCM -> 4;
      case EDSA -> 8;
      default -> 0;
    };
  }

  /** tcpdump's {@code proto} name for the link type that carries this tag. */
  static String protocol(int kind) {
    return switch (kind) {
      case DSA -> "dsa";
      case EDSA -> "edsa";
      case BRCM -> "brcm-tag";
      default -> "ether";
    };
  }

  /** Prints the tag at p (whatever -e says: the tag is the link type's point). */
  void print(int kind, int p) {
    switch (kind) {
      case DSA -> {
        out.append(f.opts.linkHeader() ? "Marvell DSA " : "DSA ");
        marvell(p);
      }
      case EDSA -> edsa(p);
      case BRCM -> brcm(p);
      default -> { }
    }
  }

  private void edsa(int p) {
    int type = f.u16(p);
    if (f.opts.linkHeader()) {
      out.append("Marvell EDSA ethertype 0x");
      Text.hex4(out, type);
      String name = EtherTypes.name(type);
      out.append(" (").append(name == null ? "Unknown" : name).append("), rsvd ")
          .append(f.u8(p + 2)).append(' ').append(f.u8(p + 3)).append(", ");
    } else {
      out.append("EDSA 0x");
      Text.hex4(out, type);
      out.append(", ");
    }
    marvell(p + 4);
  }

  /** The four bytes DSA and EDSA share: mode, device, port, VLAN. */
  private void marvell(int p) {
    int b0 = f.u8(p);
    int b1 = f.u8(p + 1);
    int b2 = f.u8(p + 2);
    int b3 = f.u8(p + 3);
    int mode = b0 >> 6;
    boolean tagged = (b0 & 0x20) != 0;
    int dev = b0 & 0x1f;
    int port = b1 >> 3;
    boolean trunkOrRx = (b1 & 0x04) != 0;
    int vid = (b2 & 0x0f) << 8 | b3;
    if (f.opts.linkHeader()) {
      out.append("mode ").append(MODES[mode]).append(", ");
      switch (mode) {
        case 3 -> out.append("dev ").append(dev).append(", ").append(trunkOrRx ? "trunk" : "port")
            .append(' ').append(port).append(", ");
        case 1 -> out.append("target dev ").append(dev).append(", port ").append(port).append(", ");
        case 0 -> {
          int code = (b1 & 0x06) | (b2 & 0x10) >> 4;
          out.append("source dev ").append(dev).append(", port ").append(port).append(", code ")
              .append(code < CODES.length ? CODES[code] : "reserved").append(", ");
        }
        default -> out.append("source dev ").append(dev).append(", port ").append(port)
            .append(", ").append(trunkOrRx ? "ingress" : "egress").append(" sniff, ");
      }
      out.append(tagged ? "tagged, " : "untagged, ");
      if ((b1 & 1) != 0) out.append("CFI, ");
      out.append("VID ").append(vid).append(", FPri ").append(b2 >> 5).append(", ");
    } else {
      switch (mode) {
        case 3 -> out.append("Forward ").append(trunkOrRx ? "trunk" : "port").append(' ');
        case 1 -> out.append("CPU > port ");
        default -> out.append("port ");
      }
      out.append(dev).append('.').append(port);
      switch (mode) {
        case 0 -> out.append(" > CPU");
        case 2 -> out.append(" > ").append(trunkOrRx ? "Rx" : "Tx").append(" Sniffer");
        default -> { }
      }
      out.append(", VLAN ").append(vid).append(tagged ? 't' : 'u').append(", ");
    }
  }

  /** The Broadcom tag: ingress (to the switch) or egress (from it). */
  void brcm(int p) {
    int t0 = f.u8(p);
    int t1 = f.u8(p + 1);
    int t2 = f.u8(p + 2);
    int t3 = f.u8(p + 3);
    out.append("BRCM tag OP: ").append(t0 != 0 ? "IG" : "EG");
    if ((t0 & 0x20) != 0) {
      out.append(", TC: ").append((t1 >> 2) & 7).append(", TE: ").append(BRCM_TE[t1 & 3])
          .append(", TS: ").append(t1 >> 7).append(", DST map: 0x");
      Text.hex4(out, (t2 << 8 | t3) & 0x1ff);
    } else {
      out.append(", CID: ").append(t1).append(", RC: ").append(reason(t2)).append(", TC: ")
          .append((t3 >> 5) & 7).append(", port: ").append(t3 & 0x1f);
    }
    out.append(", ");
  }

  private static String reason(int rc) {
    return switch (rc) {
      case 1 -> "mirror";
      case 2 -> "MAC learning";
      case 4 -> "switching";
      case 8 -> "prot term";
      case 16 -> "prot snoop";
      case 32 -> "exception";
      default -> "reserved";
    };
  }
}
