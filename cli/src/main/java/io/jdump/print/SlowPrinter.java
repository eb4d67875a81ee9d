package io.jdump.print;

/**
 * IEEE 802.3 slow protocols (EtherType 0x8809): LACP and the marker protocol with their TLVs,
 * as tcpdump's {@code slow_print}. OAM prints its header only (its TLVs are a known gap).
 */
final class SlowPrinter {
  private static final String[] STATE = {"Activity", "Timeout", "Aggregation",
    "Synchronization", "Collecting", "Distributing", "Default", "Expired"};
  private final Frame f;
  private final StringBuilder out;

  SlowPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int p, int len) {
    f.proto = "slow";
    if (len < 1) {
      tooShort();
      return;
    }
    int subtype = f.u8(p);
    int printVersion = -1;
    if (subtype == 1 || subtype == 2) {
      if (len < 2) {
        tooShort();
        return;
      }
      if (f.u8(p + 1) != 1) {
        out.append(subtype == 1 ? "LACP" : "MARKER").append(" version ").append(f.u8(p + 1))
            .append(" packet not supported");
        return;
      }
      printVersion = 1;
    } else if (subtype == 3) {
      printVersion = 0;
    }
    String name = switch (subtype) {
      case 1 -> "LACP";
      case 2 -> "MARKER";
      case 3 -> "OAM";
      default -> null;
    };
    if (name == null) out.append("unknown (").append(subtype).append(')');
    else out.append(name);
    if (printVersion == 1) out.append('v').append(f.u8(p + 1));
    out.append(", length ").append(len);
    if (printVersion == -1) {
      unknownData(p, len, "\n\t");
      return;
    }
    if (f.opts.verbosity() == 0 || subtype == 3) return;
    tlvs(p + 2, len - 2, subtype);
  }

  private void tlvs(int p, int tlen, int subtype) {
    while (tlen > 0) {
      if (tlen < 2) {
        out.append("\n\t\t packet is too short");
        return;
      }
      int type = f.u8(p);
      int tlvLen = f.u8(p + 1);
      out.append("\n\t").append(tlvName(subtype, type)).append(" TLV (0x");
      Text.hex2(out, type);
      out.append("), length ").append(tlvLen);
      if (type == 0) return; // the terminator
      if (tlvLen < 2) {
        out.append("\n\t    ERROR: illegal length - should be >= 2");
        return;
      }
      if (tlen < tlvLen) {
        out.append("\n\t\t packet is too short");
        return;
      }
      f.need(p, tlvLen);
      int body = p + 2;
      int bodyLen = tlvLen - 2;
      int key = subtype << 8 | type;
      if (key == 0x101 || key == 0x102) {
        if (bodyLen != 18) {
          out.append("\n\t    ERROR: illegal length - should be 20");
        } else {
          out.append("\n\t  System ");
          f.names.mac(out, f.b, body + 2);
          out.append(", System Priority ").append(f.u16(body)).append(", Key ")
              .append(f.u16(body + 8)).append(", Port ").append(f.u16(body + 12))
              .append(", Port Priority ").append(f.u16(body + 10)).append("\n\t  State Flags [");
          int state = f.u8(body + 14);
          boolean any = false;
          for (int i = 0; i < 8; i++) {
            if ((state & (1 << i)) != 0) {
              if (any) out.append(", ");
              out.append(STATE[i]);
              any = true;
            }
          }
          if (!any) out.append("none");
          out.append(']');
        }
      } else if (key == 0x103) {
        if (bodyLen != 14) out.append("\n\t    ERROR: illegal length - should be 16");
        else out.append("\n\t  Max Delay ").append(f.u16(body));
      } else if (key == 0x201) {
        if (bodyLen != 14) {
          out.append("\n\t    ERROR: illegal length - should be 16");
        } else {
          out.append("\n\t  Request System ");
          f.names.mac(out, f.b, body + 2);
          out.append(", Request Port ").append(f.u16(body))
              .append(", Request Transaction ID 0x");
          Text.hex8(out, f.u32(body + 8));
        }
      } else if (f.opts.verbosity() <= 1) {
        unknownData(body, bodyLen, "\n\t  ");
      }
      if (f.opts.verbosity() > 1) unknownData(body, bodyLen, "\n\t  ");
      p += tlvLen;
      tlen -= tlvLen;
    }
  }

  private static String tlvName(int subtype, int type) {
    return switch (subtype << 8 | type) {
      case 0x100, 0x200 -> "Terminator";
      case 0x101 -> "Actor Information";
      case 0x102 -> "Partner Information";
      case 0x103 -> "Collector Information";
      case 0x201 -> "Marker Information";
      default -> "Unknown";
    };
  }

  private void tooShort() {
    out.append(f.opts.verbosity() == 0 ? " (packet is too short)" : "\n\t\t packet is too short");
  }

  /** tcpdump's {@code print_unknown_data}: hex of what was captured of len bytes. */
  private void unknownData(int p, int len, String indent) {
    HexDump.hex(out, f.b, p, Math.max(0, Math.min(len, f.end - p)), indent);
  }
}
