package io.jdump.print;

/**
 * IEEE 802.3 slow protocols (EtherType 0x8809): LACP and the marker protocol with their TLVs,
 * and link OAM (802.3ah) with its Information and Event Notification TLVs, as tcpdump's
 * {@code slow_print}.
 */
final class SlowPrinter {
  private static final String[] STATE = {"Activity", "Timeout", "Aggregation",
    "Synchronization", "Collecting", "Distributing", "Default", "Expired"};
  private static final int[] STATE_BITS = {0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80};
  private static final String[] OAM_FLAGS = {"Link Fault", "Dying Gasp", "Critical Event",
    "Local Evaluating", "Local Stable", "Remote Evaluating", "Remote Stable"};
  private static final int[] OAM_FLAG_BITS = {0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40};
  private static final String[] OAM_CONFIG = {"Active", "Unidirectional", "Remote-Loopback",
    "Link-Events", "Variable-Retrieval"};
  private static final int[] OAM_CONFIG_BITS = {0x01, 0x02, 0x04, 0x08, 0x10};
  private static final String[] PARSER = {"forwarding", "looping back", "discarding",
    "reserved"};
  /** The size of an Information TLV for the local or remote end, and of a link event TLV. */
  private static final int OAM_INFO = 16;
  private static final int OAM_EVENT = 40;
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
    if (f.opts.verbosity() == 0) return;
    if (subtype == 3) oam(p + 1, len - 1);
    else tlvs(p + 2, len - 2, subtype);
  }

  /** tcpdump's {@code slow_oam_print}: flags and code, then the code's TLVs or fields. */
  private void oam(int p, int tlen) {
    if (tlen < 3) {
      out.append("\n\t\t packet is too short");
      return;
    }
    f.need(p, 3);
    int code = f.u8(p + 2);
    out.append("\n\tCode ");
    switch (code) {
      case 0 -> out.append("Information");
      case 1 -> out.append("Event Notification");
      case 2 -> out.append("Variable Request");
      case 3 -> out.append("Variable Response");
      case 4 -> out.append("Loopback Control");
      case 0xfe -> out.append("Vendor Private");
      default -> out.append("Unknown (").append(code).append(')');
    }
    out.append(" OAM PDU, Flags [");
    LldpTables.bits(out, OAM_FLAG_BITS, OAM_FLAGS, f.u16(p), "none");
    out.append(']');
    p += 3;
    tlen -= 3;
    switch (code) {
      case 0 -> oamTlvs(p, tlen, false);
      case 1 -> {
        if (tlen < 2) {
          out.append("\n\t\t packet is too short");
          return;
        }
        int sequence = f.u16(p); // read before its label, as tcpdump's GET
        out.append("\n\t  Sequence Number ").append(sequence);
        oamTlvs(p + 2, tlen - 2, true);
      }
      case 4 -> {
        if (tlen < 1) {
          out.append("\n\t\t packet is too short");
          return;
        }
        int command = f.u8(p);
        out.append("\n\t  Command ").append(switch (command) {
          case 1 -> "Enable OAM Remote Loopback";
          case 2 -> "Disable OAM Remote Loopback";
          default -> "Unknown";
        }).append(" (").append(command).append(')');
      }
      default -> {
        if (f.opts.verbosity() <= 1) unknownData(p, tlen, "\n\t  ");
      }
    }
  }

  /** An Information PDU's TLVs, or an Event Notification's ({@code events}). */
  private void oamTlvs(int p, int tlen, boolean events) {
    while (tlen > 0) {
      if (tlen < 2) {
        out.append("\n\t\t packet is too short");
        return;
      }
      if (!events) f.need(p, 2);
      int type = f.u8(p);
      int length = f.u8(p + 1);
      out.append("\n\t  ").append(events ? eventName(type) : infoName(type))
          .append(events ? " Link Event Type (" : " Information Type (").append(type)
          .append("), length ").append(length);
      if (type == 0) return; // the end marker: its length and value may be ignored
      if (length < 2) {
        out.append("\n\t    ERROR: illegal length - should be >= 2");
        return;
      }
      if (tlen < length) {
        out.append("\n\t\t packet is too short");
        return;
      }
      f.need(p, length);
      boolean hexdump = true;
      if (!events && (type == 1 || type == 2)) {
        if (f.u8(p + 1) != OAM_INFO) {
          out.append("\n\t    ERROR: illegal length - should be ").append(OAM_INFO);
        } else {
          info(p);
          hexdump = false;
        }
      } else if (events && type >= 1 && type <= 4) {
        if (f.u8(p + 1) != OAM_EVENT) {
          out.append("\n\t    ERROR: illegal length - should be ").append(OAM_EVENT);
        } else {
          event(p);
          hexdump = false;
        }
      }
      if (f.opts.verbosity() > 1 || hexdump) unknownData(p, length, "\n\t  ");
      p += length;
      tlen -= length;
    }
  }

  private void info(int p) {
    out.append("\n\t    OAM-Version ").append(f.u8(p + 2)).append(", Revision ")
        .append(f.u16(p + 3));
    int state = f.u8(p + 5);
    out.append("\n\t    State-Parser-Action ").append(PARSER[state & 3])
        .append(", State-MUX-Action ").append((state & 4) != 0 ? "discarding" : "forwarding")
        .append("\n\t    OAM-Config Flags [");
    LldpTables.bits(out, OAM_CONFIG_BITS, OAM_CONFIG, f.u8(p + 6), "none");
    out.append("], OAM-PDU-Config max-PDU size ").append(f.u16(p + 7) & 0x7ff);
    int oui = f.u24(p + 9);
    out.append("\n\t    OUI ").append(Names.oui(oui)).append(" (0x");
    Text.hex2(out, oui >> 16);
    Text.hex4(out, oui);
    out.append("), Vendor-Private 0x");
    Text.hex8(out, f.u32(p + 12));
  }

  private void event(int p) {
    out.append("\n\t    Timestamp ").append(f.u16(p + 2) * 100).append(" ms, Errored Window ");
    Text.unsigned64(out, u64(p + 4));
    out.append("\n\t    Errored Threshold ");
    Text.unsigned64(out, u64(p + 12));
    out.append("\n\t    Errors ");
    Text.unsigned64(out, u64(p + 20));
    out.append("\n\t    Error Running Total ");
    Text.unsigned64(out, u64(p + 28));
    out.append("\n\t    Event Running Total ").append(f.u32(p + 36));
  }

  private long u64(int p) {
    return f.u32(p) << 32 | f.u32(p + 4);
  }

  private static String infoName(int type) {
    return switch (type) {
      case 0 -> "End of TLV marker";
      case 1 -> "Local";
      case 2 -> "Remote";
      case 0xfe -> "Organization specific";
      default -> "Reserved";
    };
  }

  private static String eventName(int type) {
    return switch (type) {
      case 0 -> "End of TLV marker";
      case 1 -> "Errored Symbol Period Event";
      case 2 -> "Errored Frame Event";
      case 3 -> "Errored Frame Period Event";
      case 4 -> "Errored Frame Seconds Summary Event";
      case 0xfe -> "Organization specific";
      default -> "Reserved";
    };
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
          LldpTables.bits(out, STATE_BITS, STATE, f.u8(body + 14), "none");
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
