package io.jdump.print;

/**
 * RSVP's objects, as tcpdump's {@code rsvp_obj_print}: each object's header, then its value by
 * class and C-Type, and a hex dump for what is not decoded (or everything, from {@code -vv}).
 * {@link #print} is false where tcpdump's returns -1 (the message stops there).
 */
final class RsvpObjects {
  private static final int[] RRO_FLAGS = {0x01, 0x02, 0x04, 0x08};
  private static final String[] RRO_FLAG_NAMES = {"Local protection available",
      "Local protection in use", "Bandwidth protection", "Node protection"};
  private static final int[] SA_FLAGS = {0x01, 0x02, 0x04, 0x08, 0x10};
  private static final String[] SA_FLAG_NAMES = {"Local Protection", "Label Recording",
      "SE Style", "Bandwidth protection", "Node protection"};
  private static final int[] CAP_FLAGS = {0x4, 0x2, 0x1};
  private static final String[] CAP_FLAG_NAMES = {"RecoveryPath Transmit Enabled",
      "RecoveryPath Desired", "RecoveryPath Srefresh Capable"};
  private static final int[] ADMIN_FLAGS = {0x80000000, 0x4, 0x2, 0x1};
  private static final String[] ADMIN_FLAG_NAMES =
      {"Reflect", "Testing", "Admin-down", "Delete-in-progress"};

  /** How an object's decoding ended: go on, or one of tcpdump's error labels. */
  private static final int OK = 0;
  private static final int TOO_SHORT = 1;
  private static final int SUB_TOO_SHORT = 2;
  private static final int INVALID = 3;
  private static final int FAIL = 4;

  private final Frame f;
  private final StringBuilder out;
  /** tcpdump's {@code hexdump} flag for the object being decoded. */
  private boolean hexdump;
  /** The message whose objects are being decoded: where its header is and the length it gives. */
  private int message;
  private int messageLength;
  private final HmacSignatures signatures;

  RsvpObjects(Frame f) {
    this.f = f;
    this.out = f.out;
    this.signatures = new HmacSignatures(f);
  }

  static String objName(int c) {
    return switch (c) {
      case 1 -> "Session";
      case 3 -> "RSVP Hop";
      case 4 -> "Integrity";
      case 5 -> "Time Values";
      case 6 -> "Error Spec";
      case 7 -> "Scope";
      case 8 -> "Style";
      case 9 -> "Flowspec";
      case 10 -> "FilterSpec";
      case 11 -> "Sender Template";
      case 12 -> "Sender TSpec";
      case 13 -> "Adspec";
      case 14 -> "Policy Data";
      case 15 -> "Confirm";
      case 16 -> "Label";
      case 19 -> "Label Request";
      case 20 -> "ERO";
      case 21 -> "RRO";
      case 22 -> "Hello";
      case 23 -> "Message ID";
      case 24 -> "Message ID Ack";
      case 25 -> "Message ID List";
      case 34 -> "Recovery Label";
      case 35 -> "Upstream Label";
      case 36 -> "Label Set";
      case 130 -> "Acceptable Label Set";
      case 63 -> "Detour";
      case 66 -> "Class Type";
      case 125 -> "Class Type (old)";
      case 129 -> "Suggested Label";
      case 204 -> "Properties";
      case 205 -> "Fast Re-Route";
      case 207 -> "Session Attribute";
      case 229 -> "Generalized UNI";
      case 230 -> "Call-ID";
      case 236 -> "Call Capability";
      case 131 -> "Restart Capability";
      case 134 -> "Capability";
      case 195 -> "Notify Request";
      case 37 -> "Protection";
      case 196 -> "Administrative Status";
      case 50 -> "Sub-LSP to LSP";
      default -> "Unknown";
    };
  }

  /** tcpdump's {@code rsvp_ctype_values}, keyed by class and C-Type. */
  static String ctypeName(int c, int t) {
    String s = switch (c) {
      case 3, 6 -> switch (t) {
        case 1 -> "IPv4";
        case 2 -> "IPv6";
        case 3 -> "IPv4 plus opt. TLVs";
        case 4 -> "IPv6 plus opt. TLVs";
        default -> null;
      };
      case 195, 15 -> t == 1 ? "IPv4" : t == 2 ? "IPv6" : null;
      case 5, 23, 25, 8, 134, 205, 204, 196, 66, 125, 36, 229 -> t == 1 ? "1" : null;
      case 9 -> t == 1 ? "obsolete" : t == 2 ? "IntServ" : null;
      case 12, 13 -> t == 2 ? "IntServ" : null;
      case 10 -> switch (t) {
        case 1 -> "IPv4";
        case 2 -> "IPv6";
        case 3 -> "IPv6 Flow-label";
        case 7 -> "Tunnel IPv4";
        case 12 -> "IPv4 P2MP LSP Tunnel";
        case 13 -> "IPv6 P2MP LSP Tunnel";
        default -> null;
      };
      case 1 -> switch (t) {
        case 1 -> "IPv4";
        case 2 -> "IPv6";
        case 7 -> "Tunnel IPv4";
        case 11 -> "UNI IPv4";
        case 13 -> "IPv4 P2MP LSP Tunnel";
        case 14 -> "IPv6 P2MP LSP Tunnel";
        default -> null;
      };
      case 11 -> switch (t) {
        case 1 -> "IPv4";
        case 2 -> "IPv6";
        case 7 -> "Tunnel IPv4";
        case 12 -> "IPv4 P2MP LSP Tunnel";
        case 13 -> "IPv6 P2MP LSP Tunnel";
        default -> null;
      };
      case 24 -> t == 1 ? "Message id ack" : t == 2 ? "Message id nack" : null;
      case 22 -> t == 1 ? "Hello Request" : t == 2 ? "Hello Ack" : null;
      case 19 -> switch (t) {
        case 1 -> "without label range";
        case 2 -> "with ATM label range";
        case 3 -> "with FR label range";
        case 4 -> "Generalized Label";
        default -> null;
      };
      case 16, 129, 35, 34 -> switch (t) {
        case 1 -> "Label";
        case 2 -> "Generalized Label";
        case 3 -> "Waveband Switching";
        default -> null;
      };
      case 20, 21, 131 -> t == 1 ? "IPv4" : null;
      case 207, 63 -> t == 7 ? "Tunnel IPv4" : null;
      case 50 -> t == 1 ? "IPv4 sub-LSP" : t == 2 ? "IPv6 sub-LSP" : null;
      default -> null;
    };
    if (c == 205 && t == 7) s = "Tunnel IPv4";
    return s == null ? "Unknown" : s;
  }

  /**
   * The objects in tlen bytes at t; false where tcpdump's rsvp_obj_print returns -1.
   *
   * @param message where the message's common header is (an INTEGRITY digest covers it)
   * @param messageLength the length its header gives
   */
  boolean print(int t, String indent, int tlen, int message, int messageLength) {
    this.message = message;
    this.messageLength = messageLength;
    while (tlen >= 4) {
      if (!f.has(t, 4)) return trunc();
      int olen = f.u16(t);
      int ctype = f.u8(t + 3);
      if (olen % 4 != 0) {
        out.append(indent).append("ERROR: object header size ").append(olen)
            .append(" not a multiple of 4");
        return false;
      }
      if (olen < 4) {
        out.append(indent).append("ERROR: object header too short ").append(olen)
            .append(" < 4");
        return false;
      }
      int cls = f.u8(t + 2);
      out.append(indent).append(objName(cls)).append(" Object (").append(cls)
          .append(") Flags: [")
          .append((cls & 0x80) != 0
              ? ((cls & 0x40) != 0 ? "ignore and forward" : "ignore silently") : "reject")
          .append(" if unknown], Class-Type: ").append(ctypeName(cls, ctype)).append(" (")
          .append(ctype).append("), length: ").append(olen);
      if (tlen < olen) {
        out.append(indent).append("ERROR: object goes past end of objects TLV");
        return false;
      }
      if (!f.has(t, olen)) return trunc();
      hexdump = false;
      int r = object(cls, ctype, t + 4, olen - 4, indent);
      switch (r) {
        case TOO_SHORT -> {
          out.append(indent).append("ERROR: object is too short");
          return false;
        }
        case SUB_TOO_SHORT -> {
          out.append(indent).append("ERROR: sub-object is too short");
          return false;
        }
        case INVALID -> {
          f.printInvalid();
          return false;
        }
        case FAIL -> {
          return false;
        }
        default -> { }
      }
      if (f.opts.verbosity() > 1 || hexdump) f.unknownData(t + 4, "\n\t    ", olen - 4);
      t += olen;
      tlen -= olen;
    }
    return true;
  }

  private boolean trunc() {
    f.printTrunc();
    return false;
  }

  private void ip6(int p) {
    f.need(p, 16);
    f.names.ip6(out, f.b, p);
  }

  private void hex8(long v) {
    out.append("0x");
    Text.hex8(out, v);
  }

  private void hex4(int v) {
    out.append("0x");
    Text.hex4(out, v);
  }

  private void hex2(int v) {
    out.append("0x");
    Text.hex2(out, v);
  }

  /** One object's value: obj_tlen bytes at o, all captured. */
  private int object(int cls, int ctype, int o, int len, String ind) {
    switch (cls) {
      case 1 -> {
        switch (ctype) {
          case 1 -> {
            if (len < 8) return TOO_SHORT;
            out.append(ind).append("  IPv4 DestAddress: ");
            f.ip4(o);
            out.append(", Protocol ID: ");
            hex2(f.u8(o + 4));
            out.append(ind).append("  Flags: [");
            hex2(f.u8(o + 5));
            out.append("], DestPort ").append(f.u16(o + 6));
          }
          case 2 -> {
            if (len < 20) return TOO_SHORT;
            out.append(ind).append("  IPv6 DestAddress: ");
            ip6(o);
            out.append(", Protocol ID: ");
            hex2(f.u8(o + 16));
            out.append(ind).append("  Flags: [");
            hex2(f.u8(o + 17));
            out.append("], DestPort ").append(f.u16(o + 18));
          }
          case 8 -> {
            if (len < 36) return TOO_SHORT;
            out.append(ind).append("  IPv6 Tunnel EndPoint: ");
            ip6(o);
            out.append(", Tunnel ID: ");
            hex4(f.u16(o + 18));
            out.append(", Extended Tunnel ID: ");
            ip6(o + 20);
          }
          case 14 -> {
            if (len < 26) return TOO_SHORT;
            out.append(ind).append("  IPv6 P2MP LSP ID: ");
            hex8(f.u32(o));
            out.append(", Tunnel ID: ");
            hex4(f.u16(o + 6));
            out.append(", Extended Tunnel ID: ");
            ip6(o + 8);
          }
          case 13 -> {
            if (len < 12) return TOO_SHORT;
            out.append(ind).append("  IPv4 P2MP LSP ID: ");
            f.ip4(o);
            out.append(", Tunnel ID: ");
            hex4(f.u16(o + 6));
            out.append(", Extended Tunnel ID: ");
            f.ip4(o + 8);
          }
          case 7, 11 -> {
            if (len < 12) return TOO_SHORT;
            out.append(ind).append("  IPv4 Tunnel EndPoint: ");
            f.ip4(o);
            out.append(", Tunnel ID: ");
            hex4(f.u16(o + 6));
            out.append(", Extended Tunnel ID: ");
            f.ip4(o + 8);
          }
          default -> hexdump = true;
        }
      }
      case 15, 195 -> {
        String what = cls == 15 ? " Receiver Address: " : " Notify Node Address: ";
        if (ctype == 1) {
          if (len < 4) return TOO_SHORT;
          out.append(ind).append("  IPv4").append(what);
          f.ip4(o);
        } else if (ctype == 2) {
          if (len < 16) return TOO_SHORT;
          out.append(ind).append("  IPv6").append(what);
          ip6(o);
        } else {
          hexdump = true;
        }
      }
      case 129, 35, 34, 16 -> {
        switch (ctype) {
          case 1 -> {
            for (; len >= 4; len -= 4, o += 4) {
              out.append(ind).append("  Label: ").append(f.u32(o));
            }
          }
          case 2 -> {
            if (len < 4) return TOO_SHORT;
            out.append(ind).append("  Generalized Label: ").append(f.u32(o));
          }
          case 3 -> {
            if (len < 12) return TOO_SHORT;
            out.append(ind).append("  Waveband ID: ").append(f.u32(o)).append(ind)
                .append("  Start Label: ").append(f.u32(o + 4)).append(", Stop Label: ")
                .append(f.u32(o + 8));
          }
          default -> hexdump = true;
        }
      }
      case 8 -> {
        if (ctype != 1) {
          hexdump = true;
          break;
        }
        if (len < 4) return TOO_SHORT;
        int style = f.u24(o + 1);
        out.append(ind).append("  Reservation Style: ")
            .append(style == 17 ? "Wildcard Filter" : style == 10 ? "Fixed Filter"
                : style == 18 ? "Shared Explicit" : "Unknown")
            .append(", Flags: [");
        hex2(f.u8(o));
        out.append(']');
      }
      case 11 -> {
        return senderTemplate(ctype, o, len, ind, false);
      }
      case 19 -> {
        return labelRequest(ctype, o, len, ind);
      }
      case 21, 20 -> {
        if (ctype != 1) {
          hexdump = true;
          break;
        }
        return ero(o, len, ind);
      }
      case 22 -> {
        if (ctype != 1 && ctype != 2) {
          hexdump = true;
          break;
        }
        if (len < 8) return TOO_SHORT;
        out.append(ind).append("  Source Instance: ");
        hex8(f.u32(o));
        out.append(", Destination Instance: ");
        hex8(f.u32(o + 4));
      }
      case 131 -> {
        if (ctype != 1) {
          hexdump = true;
          break;
        }
        if (len < 8) return TOO_SHORT;
        out.append(ind).append("  Restart  Time: ").append(f.u32(o)).append("ms, Recovery Time: ")
            .append(f.u32(o + 4)).append("ms");
      }
      case 134 -> {
        if (ctype != 1) {
          hexdump = true;
          break;
        }
        if (len < 4) return TOO_SHORT;
        long v = f.u32(o);
        if ((v & ~7L) != 0) {
          out.append(ind).append("  [reserved=");
          hex8(v & ~7L);
          out.append(" must be zero]");
        }
        out.append(ind).append("  Flags: [");
        LldpTables.bits(out, CAP_FLAGS, CAP_FLAG_NAMES, (int) (v & 7), "none");
        out.append(']');
      }
      case 207 -> {
        if (ctype != 7) {
          hexdump = true;
          break;
        }
        if (len < 4) return TOO_SHORT;
        int namelen = f.u8(o + 3);
        if (len < 4 + namelen) return TOO_SHORT;
        out.append(ind).append("  Session Name: ");
        for (int i = 0; i < namelen; i++) Text.printChar(out, f.u8(o + 4 + i));
        int fl = f.u8(o + 2);
        out.append(ind).append("  Setup Priority: ").append(f.u8(o)).append(", Holding Priority: ")
            .append(f.u8(o + 1)).append(", Flags: [");
        LldpTables.bits(out, SA_FLAGS, SA_FLAG_NAMES, fl, "none");
        out.append("] (").append(fl == 0 ? "0" : "0x" + Integer.toHexString(fl)).append(')');
      }
      case 229 -> {
        if (ctype != 1) {
          hexdump = true;
          break;
        }
        return uni(o, len, ind);
      }
      case 3 -> {
        switch (ctype) {
          case 3, 1 -> {
            if (len < 8) return TOO_SHORT;
            out.append(ind).append("  Previous/Next Interface: ");
            f.ip4(o);
            out.append(", Logical Interface Handle: ");
            hex8(f.u32(o + 4));
            if (len - 8 != 0) hexdump = true;
          }
          case 4, 2 -> {
            if (len < 20) return TOO_SHORT;
            out.append(ind).append("  Previous/Next Interface: ");
            ip6(o);
            out.append(", Logical Interface Handle: ");
            hex8(f.u32(o + 16));
            hexdump = true;
          }
          default -> hexdump = true;
        }
      }
      case 5 -> {
        if (ctype != 1) {
          hexdump = true;
          break;
        }
        if (len < 4) return TOO_SHORT;
        out.append(ind).append("  Refresh Period: ").append(f.u32(o)).append("ms");
      }
      case 12, 13, 9 -> {
        if (ctype != 2) {
          hexdump = true;
          break;
        }
        if (len < 4) return TOO_SHORT;
        out.append(ind).append("  Msg-Version: ").append((f.u8(o) & 0xf0) >> 4)
            .append(", length: ").append(f.u16(o + 2) << 2);
        o += 4;
        len -= 4;
        while (len >= 4) {
          int servLen = f.u16(o + 2) << 2;
          int st = f.u8(o);
          out.append(ind).append("  Service Type: ")
              .append(st == 1 ? "Default/Global Information" : st == 2 ? "Guaranteed Service"
                  : st == 5 ? "Controlled Load" : "unknown")
              .append(" (").append(st).append("), break bit ")
              .append((f.u8(o + 1) & 0x80) != 0 ? "" : "not ").append("set, Service length: ")
              .append(servLen);
          o += 4;
          len -= 4;
          // tcpdump's service length is unsigned: a parameter longer than it wraps the
          // length round, and the parameters go on to the object's end
          while (Integer.compareUnsigned(servLen, 4) >= 0) {
            int processed = intserv(o, len);
            if (processed == 0) break;
            len -= processed;
            servLen -= processed;
            o += processed;
          }
        }
      }
      case 10 -> {
        return senderTemplate(ctype, o, len, ind, true);
      }
      case 205 -> {
        if (ctype == 1 || ctype == 7) {
          if (len < (ctype == 1 ? 20 : 16)) return TOO_SHORT;
          out.append(ind).append("  Setup Priority: ").append(f.u8(o))
              .append(", Holding Priority: ").append(f.u8(o + 1)).append(", Hop-limit: ")
              .append(f.u8(o + 2)).append(", Bandwidth: ");
          CFormat.g(out, Float.intBitsToFloat(f.i32(o + 4)) * 8 / 1000000, 10);
          out.append(" Mbps").append(ind);
          if (ctype == 1) {
            out.append("  Include-any: ");
            hex8(f.u32(o + 8));
            out.append(", Exclude-any: ");
            hex8(f.u32(o + 12));
            out.append(", Include-all: ");
            hex8(f.u32(o + 16));
          } else {
            out.append("  Include Colors: ");
            hex8(f.u32(o + 8));
            out.append(", Exclude Colors: ");
            hex8(f.u32(o + 12));
          }
        } else {
          hexdump = true;
        }
      }
      case 63 -> {
        if (ctype != 7) {
          hexdump = true;
          break;
        }
        for (; len >= 8; len -= 8, o += 8) {
          out.append(ind).append("  PLR-ID: ");
          f.ip4(o);
          out.append(", Avoid-Node-ID: ");
          f.ip4(o + 4);
        }
      }
      case 66, 125 -> {
        if (ctype != 1) {
          hexdump = true;
          break;
        }
        if (len < 4) return TOO_SHORT;
        out.append(ind).append("  CT: ").append(f.u32(o) & 7);
      }
      case 6 -> {
        return errorSpec(ctype, o, len, ind);
      }
      case 204 -> {
        if (ctype != 1) {
          hexdump = true;
          break;
        }
        if (len < 4) return TOO_SHORT;
        int pad = f.u16(o + 2);
        out.append(ind).append("  TLV count: ").append(f.u16(o)).append(", padding bytes: ")
            .append(pad);
        o += 4;
        len -= 4;
        while (len >= 2 + pad) {
          int tt = f.u8(o);
          int tl = f.u8(o + 1);
          out.append(ind).append("    ").append(switch (tt) {
            case 1 -> "Cos";
            case 2 -> "Metric 1";
            case 4 -> "Metric 2";
            case 8 -> "CCC Status";
            case 0x10 -> "Path Type";
            default -> "unknown";
          }).append(" TLV (");
          hex2(tt);
          out.append("), length: ").append(tl);
          if (len < tl) return TOO_SHORT;
          if (tl < 2) {
            out.append(ind).append("ERROR: property TLV is too short");
            return FAIL;
          }
          f.unknownData(o + 2, "\n\t\t", tl - 2);
          len -= tl;
          o += tl;
        }
      }
      case 23, 24, 25 -> {
        if (ctype != 1 && ctype != 2) {
          hexdump = true;
          break;
        }
        if (len < 4) return TOO_SHORT;
        out.append(ind).append("  Flags [");
        hex2(f.u8(o));
        out.append("], epoch: ").append(f.u24(o + 1));
        for (o += 4, len -= 4; len >= 4; len -= 4, o += 4) {
          long id = f.u32(o);
          out.append(ind).append("    Message-ID ");
          hex8(id);
          out.append(" (").append(id).append(')');
        }
      }
      case 4 -> {
        if (ctype != 1) {
          hexdump = true;
          break;
        }
        if (len < 32) return TOO_SHORT;
        out.append(ind).append("  Key-ID ");
        hex4(f.u16(o + 2));
        Text.hex8(out, f.u32(o + 4));
        out.append(", Sequence ");
        hex8(f.u32(o + 8));
        Text.hex8(out, f.u32(o + 12));
        out.append(", Flags [").append((f.u8(o) & 0x80) != 0 ? "Handshake" : "none")
            .append(']').append(ind).append("  MD5-sum ");
        hex8(f.u32(o + 16));
        Text.hex8(out, f.u32(o + 20));
        Text.hex8(out, f.u32(o + 24));
        Text.hex8(out, f.u32(o + 28));
        out.append(' ');
        int verdict = signatures.verify(message, messageLength, o + 16, message + 2, -1);
        out.append(" (").append(HmacSignatures.name(verdict)).append(')');
      }
      case 196 -> {
        if (ctype != 1) {
          hexdump = true;
          break;
        }
        if (len < 4) return TOO_SHORT;
        out.append(ind).append("  Flags [");
        LldpTables.bits(out, ADMIN_FLAGS, ADMIN_FLAG_NAMES, f.i32(o), "none");
        out.append(']');
      }
      case 36 -> {
        if (ctype != 1) {
          hexdump = true;
          break;
        }
        if (len < 4) return TOO_SHORT;
        int action = f.u16(o) >> 8;
        out.append(ind).append("  Action: ").append(switch (action) {
          case 0 -> "Inclusive list";
          case 1 -> "Exclusive list";
          case 2 -> "Inclusive range";
          case 3 -> "Exclusive range";
          default -> "Unknown";
        }).append(" (").append(action).append("), Label type: ").append(f.u32(o) & 0x7f);
        if (action == 2 || action == 3) {
          if (len < 12) return TOO_SHORT;
          out.append(ind).append("  Start range: ").append(f.u32(o + 4)).append(", End range: ")
              .append(f.u32(o + 8));
        } else {
          int sub = 1;
          for (o += 4, len -= 4; len >= 4; o += 4, len -= 4, sub++) {
            out.append(ind).append("  Subchannel #").append(sub).append(": ").append(f.u32(o));
          }
        }
      }
      case 50 -> {
        if (ctype == 1) {
          if (len < 4) return TOO_SHORT;
          out.append(ind).append("  Sub-LSP destination address: ");
          f.ip4(o);
        } else if (ctype == 2) {
          if (len < 16) return TOO_SHORT;
          out.append(ind).append("  Sub-LSP destination address: ");
          ip6(o);
        } else {
          hexdump = true;
        }
      }
      default -> {
        if (f.opts.verbosity() <= 1) f.unknownData(o, "\n\t    ", len);
      }
    }
    return OK;
  }

  /** Sender Template (class 11) and FilterSpec (class 10) share most C-Types. */
  private int senderTemplate(int ctype, int o, int len, String ind, boolean filter) {
    switch (ctype) {
      case 1 -> {
        if (len < 8) return TOO_SHORT;
        out.append(ind).append("  Source Address: ");
        f.ip4(o);
        out.append(", Source Port: ").append(f.u16(o + 6));
      }
      case 2 -> {
        if (len < 20) return TOO_SHORT;
        out.append(ind).append("  Source Address: ");
        ip6(o);
        out.append(", Source Port: ").append(f.u16(o + 18));
      }
      case 3 -> {
        if (!filter) {
          hexdump = true;
          break;
        }
        if (len < 20) return TOO_SHORT;
        out.append(ind).append("  Source Address: ");
        ip6(o);
        out.append(", Flow Label: ").append(f.u24(o + 17));
      }
      case 8 -> {
        if (!filter) {
          hexdump = true;
          break;
        }
        if (len < 20) return TOO_SHORT;
        out.append(ind).append("  Source Address: ");
        f.ip4(o);
        out.append(", LSP-ID: ");
        hex4(f.u16(o + 18));
      }
      case 13 -> {
        if (len < 40) return TOO_SHORT;
        out.append(ind).append("  IPv6 Tunnel Sender Address: ");
        ip6(o);
        out.append(", LSP ID: ");
        hex4(f.u16(o + 18));
        out.append(ind).append("  Sub-Group Originator ID: ");
        ip6(o + 20);
        out.append(", Sub-Group ID: ");
        hex4(f.u16(o + 38));
      }
      case 7 -> {
        if (len < 8) return TOO_SHORT;
        out.append(ind).append(filter ? "  Source Address: " : "  IPv4 Tunnel Sender Address: ");
        f.ip4(o);
        out.append(filter ? ", LSP-ID: " : ", LSP-ID: ");
        hex4(f.u16(o + 6));
      }
      case 12 -> {
        if (len < 16) return TOO_SHORT;
        out.append(ind).append("  IPv4 Tunnel Sender Address: ");
        f.ip4(o);
        out.append(", LSP ID: ");
        hex4(f.u16(o + 6));
        out.append(ind).append("  Sub-Group Originator ID: ");
        f.ip4(o + 8);
        out.append(", Sub-Group ID: ");
        hex4(f.u16(o + 12));
      }
      default -> hexdump = true;
    }
    return OK;
  }

  private void l3pid(int o) {
    int v = f.u16(o + 2);
    String n = EtherTypes.name(v);
    out.append("  L3 Protocol ID: ");
    if (n != null) {
      out.append(n);
    } else {
      out.append("Unknown Protocol (");
      hex4(v);
      out.append(')');
    }
  }

  private int labelRequest(int ctype, int o, int len, String ind) {
    switch (ctype) {
      case 1 -> {
        for (; len >= 4; len -= 4, o += 4) {
          out.append(ind);
          l3pid(o);
        }
      }
      case 2 -> {
        if (len < 12) return TOO_SHORT;
        out.append(ind);
        l3pid(o);
        out.append(',').append((f.u8(o + 4) & 0x80) != 0 ? "no" : "").append(" merge capability");
        out.append(ind).append("  Minimum VPI/VCI: ").append(f.u16(o + 4) & 0xfff).append('/')
            .append(f.u16(o + 6) & 0xfff);
        out.append(ind).append("  Maximum VPI/VCI: ").append(f.u16(o + 8) & 0xfff).append('/')
            .append(f.u16(o + 10) & 0xfff);
      }
      case 3 -> {
        if (len < 12) return TOO_SHORT;
        out.append(ind);
        l3pid(o);
        int bits = (f.u16(o + 4) >> 7) & 3;
        out.append(ind).append("  Minimum/Maximum DLCI: ").append(f.u32(o + 4) & 0x7fffff)
            .append('/').append(f.u32(o + 8) & 0x7fffff).append(", ")
            .append(bits == 0 ? "10" : "").append(bits == 2 ? "23" : "").append(" bit DLCI");
      }
      case 4 -> {
        if (len < 4) return TOO_SHORT;
        int enc = f.u8(o);
        int sw = f.u8(o + 1);
        int pl = f.u16(o + 2);
        out.append(ind).append("  LSP Encoding Type: ").append(OspfTe.encoding(enc)).append(" (")
            .append(enc).append(')').append(ind).append("  Switching Type: ")
            .append(OspfTe.switchCap(sw)).append(" (").append(sw).append("), Payload ID: ")
            .append(Gmpls.payload(pl)).append(" (");
        hex4(pl);
        out.append(')');
      }
      default -> hexdump = true;
    }
    return OK;
  }

  private int ero(int o, int len, String ind) {
    while (len >= 4) {
      f.need(o, 4);
      int length = f.u8(o + 1);
      int sub = f.u8(o) & 0x7f;
      out.append(ind).append("  Subobject Type: ");
      switch (sub) {
        case 0 -> out.append("Reserved");
        case 1 -> out.append("IPv4 prefix");
        case 2 -> out.append("IPv6 prefix");
        case 3 -> out.append("Label");
        case 32 -> out.append("Autonomous system number");
        case 64 -> out.append("MPLS label switched path termination");
        default -> out.append("Unknown ").append(sub);
      }
      out.append(", length ").append(length);
      if (len < length) {
        out.append(ind).append("  ERROR: ERO subobject length > object length");
        break;
      }
      if (length == 0) {
        out.append(ind).append("  ERROR: zero length ERO subtype");
        break;
      }
      if (sub == 1) {
        if (length != 8) {
          out.append(" ERROR: length != 8");
          return INVALID;
        }
        f.need(o, 8);
        int plen = f.u8(o + 6);
        if (plen != 32) {
          out.append(" ERROR: Prefix length ").append(plen).append(" != 32");
          return INVALID;
        }
        out.append(", ").append((f.u8(o) & 0x80) != 0 ? "Loose" : "Strict").append(", ");
        f.ip4(o + 2);
        out.append('/').append(plen).append(", Flags: [");
        LldpTables.bits(out, RRO_FLAGS, RRO_FLAG_NAMES, f.u8(o + 7), "none");
        out.append(']');
      } else if (sub == 3) {
        if (length != 8) {
          out.append(" ERROR: length != 8");
          return INVALID;
        }
        f.need(o, 8);
        int fl = f.u8(o + 2);
        int ct = f.u8(o + 3);
        out.append(", Flags: [").append((fl & 1) != 0 ? "Global" : "none").append("] (")
            .append(fl == 0 ? "0" : "0x" + Integer.toHexString(fl)).append("), Class-Type: ")
            .append(ctypeName(21, ct)).append(" (").append(ct).append("), ").append(f.u32(o + 4));
      }
      len -= length;
      o += length;
    }
    return OK;
  }

  private int uni(int o, int len, String ind) {
    if (len < 4) return TOO_SHORT;
    int total = len;
    while (total > 0) {
      if (total < 4) return INVALID;
      int sublen = f.u16(o);
      int subtype = f.u16(o + 2) >> 8;
      int af = f.u16(o + 2) & 0xff;
      out.append(ind).append("  Subobject Type: ").append(switch (subtype) {
        case 1 -> "Source TNA address";
        case 2 -> "Destination TNA address";
        case 3 -> "Diversity";
        case 4 -> "Egress label";
        case 5 -> "Service level";
        default -> "Unknown";
      }).append(" (").append(subtype).append("), AF: ").append(afName(af)).append(" (")
          .append(af).append("), length: ").append(sublen);
      if (sublen < 4 || sublen > total || len < sublen) return INVALID;
      switch (subtype) {
        case 1, 2 -> {
          if (af == 1) {
            if (sublen < 8) return SUB_TOO_SHORT;
            out.append(ind).append("    UNI IPv4 TNA address: ");
            f.ip4(o + 4);
          } else if (af == 2) {
            if (sublen < 20) return SUB_TOO_SHORT;
            out.append(ind).append("    UNI IPv6 TNA address: ");
            ip6(o + 4);
          } else if (af == 3) {
            hexdump = true;
          }
        }
        case 3 -> {
          if (sublen > 4) hexdump = true;
        }
        case 4 -> {
          if (sublen < 16) return SUB_TOO_SHORT;
          long w = f.u32(o + 4);
          out.append(ind).append("    U-bit: ").append(w >>> 31).append(", Label type: ")
              .append(w & 0xff).append(", Logical port id: ").append(f.u32(o + 8))
              .append(", Label: ").append(f.u32(o + 12));
        }
        case 5 -> {
          if (sublen < 8) return SUB_TOO_SHORT;
          out.append(ind).append("    Service level: ").append(f.u32(o + 4) >>> 24);
        }
        default -> hexdump = true;
      }
      total -= sublen;
      o += sublen;
      len += sublen; // tcpdump adds where it should subtract; the checks above see the sum
    }
    return OK;
  }

  private static String afName(int af) {
    String n = BgpNames.afi(af);
    return n == null ? "Unknown" : n;
  }

  private int errorSpec(int ctype, int o, int len, String ind) {
    boolean v6;
    if (ctype == 1 || ctype == 3) v6 = false;
    else if (ctype == 2 || ctype == 4) v6 = true;
    else {
      hexdump = true;
      return OK;
    }
    if (len < (v6 ? 20 : 8)) return TOO_SHORT;
    int a = v6 ? 16 : 4;
    int code = f.u8(o + a + 1);
    int value = f.u16(o + a + 2);
    out.append(ind).append("  Error Node Address: ");
    if (v6) ip6(o);
    else f.ip4(o);
    out.append(", Flags: [");
    hex2(f.u8(o + a));
    out.append(']').append(ind).append("  Error Code: ").append(switch (code) {
      case 24 -> "Routing Problem";
      case 25 -> "Notify Error";
      case 28 -> "Diffserv TE Error";
      case 125 -> "Diffserv TE Error (Old)";
      default -> "unknown";
    }).append(" (").append(code).append(')');
    if (code == 24) {
      out.append(", Error Value: ").append(routingError(value)).append(" (").append(value)
          .append(')');
    } else if (!v6 && (code == 28 || code == 125)) {
      out.append(", Error Value: ").append(diffservError(value)).append(" (").append(value)
          .append(')');
    } else if (!v6) {
      out.append(", Unknown Error Value (").append(value).append(')');
    }
    return OK;
  }

  private static String routingError(int v) {
    return switch (v) {
      case 1 -> "Bad EXPLICIT_ROUTE object";
      case 2 -> "Bad strict node";
      case 3 -> "Bad loose node";
      case 4 -> "Bad initial subobject";
      case 5 -> "No route available toward destination";
      case 6 -> "Unacceptable label value";
      case 7 -> "RRO indicated routing loops";
      case 8 -> "non-RSVP-capable router in the path";
      case 9 -> "MPLS label allocation failure";
      case 10 -> "Unsupported L3PID";
      default -> "unknown";
    };
  }

  private static String diffservError(int v) {
    return switch (v) {
      case 1 -> "Unexpected CT object";
      case 2 -> "Unsupported CT";
      case 3 -> "Invalid CT value";
      case 4 -> "CT/setup priority do not form a configured TE-Class";
      case 5 -> "CT/holding priority do not form a configured TE-Class";
      case 6 -> "CT/setup priority and CT/holding priority do not form a configured TE-Class";
      case 7 -> "Inconsistency between signaled PSC and signaled CT";
      case 8 -> "Inconsistency between signaled PHBs and signaled CT";
      default -> "unknown";
    };
  }

  /** tcpdump's {@code rsvp_intserv_print}: one parameter; {@return bytes used, 0 to stop} */
  private int intserv(int t, int len) {
    if (len < 4) return 0;
    int id = f.u8(t);
    int plen = f.u16(t + 2) << 2;
    out.append("\n\t      Parameter ID: ").append(switch (id) {
      case 4 -> "IS hop cnt";
      case 6 -> "Path b/w estimate";
      case 8 -> "Minimum path latency";
      case 10 -> "Composed MTU";
      case 127 -> "Token Bucket TSpec";
      case 130 -> "Guaranteed Service RSpec";
      case 133 -> "End-to-end composed value for C";
      case 134 -> "End-to-end composed value for D";
      case 135 -> "Since-last-reshaping point composed C";
      case 136 -> "Since-last-reshaping point composed D";
      default -> "unknown";
    }).append(" (").append(id).append("), length: ").append(plen).append(", Flags: [");
    hex2(f.u8(t + 1));
    out.append(']');
    if (len < plen + 4) return 0;
    switch (id) {
      case 4 -> {
        if (plen == 4) out.append("\n\t\tIS hop count: ").append(f.u32(t + 4));
      }
      case 6 -> {
        if (plen == 4) {
          out.append("\n\t\tPath b/w estimate: ");
          mbps(t + 4);
        }
      }
      case 8 -> {
        if (plen == 4) {
          out.append("\n\t\tMinimum path latency: ");
          long v = f.u32(t + 4);
          if (v == 0xffffffffL) out.append("don't care");
          else out.append(v);
        }
      }
      case 10 -> {
        if (plen == 4) out.append("\n\t\tComposed MTU: ").append(f.u32(t + 4)).append(" bytes");
      }
      case 127 -> {
        if (plen == 20) {
          if (!f.has(t + 4, 20)) {
            f.printTrunc();
            return 0;
          }
          out.append("\n\t\tToken Bucket Rate: ");
          mbps(t + 4);
          out.append("\n\t\tToken Bucket Size: ");
          CFormat.g(out, Float.intBitsToFloat(f.i32(t + 8)), 10);
          out.append(" bytes\n\t\tPeak Data Rate: ");
          mbps(t + 12);
          out.append("\n\t\tMinimum Policed Unit: ").append(f.u32(t + 16))
              .append(" bytes\n\t\tMaximum Packet Size: ").append(f.u32(t + 20)).append(" bytes");
        }
      }
      case 130 -> {
        if (plen == 8) {
          if (!f.has(t + 4, 8)) {
            f.printTrunc();
            return 0;
          }
          out.append("\n\t\tRate: ");
          mbps(t + 4);
          out.append("\n\t\tSlack Term: ").append(f.u32(t + 8));
        }
      }
      case 133, 134, 135, 136 -> {
        if (plen == 4) out.append("\n\t\tValue: ").append(f.u32(t + 4));
      }
      default -> {
        if (f.opts.verbosity() <= 1) f.unknownData(t + 4, "\n\t\t", plen);
      }
    }
    return plen + 4;
  }

  /** A float in bytes per second as tcpdump's {@code %.10g Mbps} (float arithmetic, as C). */
  private void mbps(int p) {
    CFormat.g(out, Float.intBitsToFloat(f.i32(p)) / 125000, 10);
    out.append(" Mbps");
  }
}
