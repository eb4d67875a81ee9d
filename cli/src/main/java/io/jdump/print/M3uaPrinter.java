package io.jdump.print;

/**
 * M3UA (RFC 4666) in an SCTP DATA chunk (payload identifier 3) at -vv, as tcpdump's
 * {@code m3ua_print}: the message class and type, then each parameter's name, and the value of
 * the few whose value tcpdump decodes.
 */
final class M3uaPrinter {
  private final Frame f;
  private final StringBuilder out;

  M3uaPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int buf, int size) {
    f.proto = "m3ua";
    if (size < 8) {
      invalid(buf, size);
      return;
    }
    f.need(buf, 8);
    if (f.u8(buf) != 1) return;
    int cls = f.u8(buf + 2);
    int type = f.u8(buf + 3);
    out.append("\n\t\t");
    String className = switch (cls) {
      case 0 -> "Management";
      case 1 -> "Transfer";
      case 2 -> "SS7";
      case 3, 4 -> "ASP";
      case 9 -> "Routing Key Management";
      default -> null;
    };
    if (className != null) out.append(className);
    else out.append("Unknown message class ").append(cls);
    if (className != null) {
      out.append(' ');
      String name = messageName(cls, type);
      if (name != null) {
        out.append(name);
      } else {
        out.append("Unknown (0x");
        Text.hex2(out, type);
        out.append(')');
      }
      out.append(" Message");
    }
    long len = f.u32(buf + 4);
    if (size != len) {
      out.append("\n\t\t\t@@@@@@ Corrupted length ").append(len).append(" of message @@@@@@");
    } else {
      tags(buf + 8, (int) len - 8);
    }
  }

  private void invalid(int buf, int size) {
    f.printInvalid();
    f.need(buf, size);
  }

  private void tags(int buf, int size) {
    int p = buf;
    while (p < buf + size) {
      if (p + 4 > buf + size) {
        invalid(buf, size);
        return;
      }
      int tag = f.u16(p);
      out.append("\n\t\t\t");
      String name = paramName(tag);
      if (name != null) {
        out.append(name);
      } else {
        out.append("Unknown Parameter (0x");
        Text.hex4(out, tag);
        out.append(')');
      }
      out.append(": ");
      int len = f.u16(p + 2);
      if (len < 4) {
        invalid(buf, size);
        return;
      }
      int align = (p + len - buf) % 4;
      align = align != 0 ? 4 - align : 0;
      f.need(p, len + align);
      int vsize = len - 4;
      if (tag == 0x0200 || tag == 0x0006 || tag == 0x0013) {
        if (vsize < 4) {
          f.printInvalid();
        } else {
          long v = f.u32(p); // read before "0x", as tcpdump's printf argument is
          out.append("0x");
          Text.hex8(out, v);
        }
      } else {
        out.append("(length ").append(vsize + 4).append(')');
      }
      f.need(p, vsize);
      p += len + align;
    }
  }

  private static String messageName(int cls, int type) {
    return switch (cls) {
      case 0 -> type == 0 ? "Error" : type == 1 ? "Notify" : null;
      case 1 -> type == 1 ? "Data" : null;
      case 2 -> switch (type) {
        case 1 -> "Destination Unavailable";
        case 2 -> "Destination Available";
        case 3 -> "Destination State Audit";
        case 4 -> "Signalling Congestion";
        case 5 -> "Destination User Part Unavailable";
        case 6 -> "Destination Restricted";
        default -> null;
      };
      case 3 -> switch (type) {
        case 1 -> "Up";
        case 2 -> "Down";
        case 3 -> "Heartbeat";
        case 4 -> "Up Acknowledgement";
        case 5 -> "Down Acknowledgement";
        case 6 -> "Heartbeat Acknowledgement";
        default -> null;
      };
      case 4 -> switch (type) {
        case 1 -> "Active";
        case 2 -> "Inactive";
        case 3 -> "Active Acknowledgement";
        case 4 -> "Inactive Acknowledgement";
        default -> null;
      };
      default -> switch (type) {
        case 1 -> "Registration Request";
        case 2 -> "Registration Response";
        case 3 -> "Deregistration Request";
        case 4 -> "Deregistration Response";
        default -> null;
      };
    };
  }

  private static String paramName(int tag) {
    return switch (tag) {
      case 0x0004 -> "INFO String";
      case 0x0006 -> "Routing Context";
      case 0x0007 -> "Diagnostic Info";
      case 0x0009 -> "Heartbeat Data";
      case 0x000b -> "Traffic Mode Type";
      case 0x000c -> "Error Code";
      case 0x000d -> "Status";
      case 0x0011 -> "ASP Identifier";
      case 0x0012 -> "Affected Point Code";
      case 0x0013 -> "Correlation ID";
      case 0x0200 -> "Network Appearance";
      case 0x0204 -> "User/Cause";
      case 0x0205 -> "Congestion Indications";
      case 0x0206 -> "Concerned Destination";
      case 0x0207 -> "Routing Key";
      case 0x0208 -> "Registration Result";
      case 0x0209 -> "Deregistration Result";
      case 0x020a -> "Local Routing Key Identifier";
      case 0x020b -> "Destination Point Code";
      case 0x020c -> "Service Indicators";
      case 0x020e -> "Originating Point Code List";
      case 0x0210 -> "Protocol Data";
      case 0x0212 -> "Registration Status";
      case 0x0213 -> "Deregistration Status";
      default -> null;
    };
  }
}
