package io.jdump.print;

/** Cisco's VLAN Query Protocol (UDP port 1589) as tcpdump's {@code vqp_print}. */
final class VqpPrinter {
  private final Frame f;
  private final StringBuilder out;

  VqpPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int p, int len) {
    f.proto = "vqp";
    f.need(p, 8);
    if (len < 8) {
      f.printInvalid();
      return;
    }
    int version = f.u8(p);
    if (version != 1) {
      out.append("VQP version ").append(version).append(" packet not supported");
      return;
    }
    int type = f.u8(p + 1);
    int err = f.u8(p + 2);
    if (f.opts.verbosity() < 1) {
      out.append("VQPv").append(version).append(' ');
      msgType(type);
      out.append(" Message, error-code ").append(error(err)).append(" (").append(err)
          .append("), length ").append(len);
      return;
    }
    int nitems = f.u8(p + 3);
    out.append("\n\tVQPv").append(version).append(", ");
    msgType(type);
    out.append(" Message, error-code ").append(error(err)).append(" (").append(err)
        .append("), seq 0x");
    Text.hex8(out, f.u32(p + 4));
    out.append(", items ").append(nitems).append(", length ").append(len);
    int t = p + 8;
    int tlen = len - 8;
    while (nitems != 0 && tlen != 0) {
      f.need(t, 6);
      if (tlen < 6) {
        f.printInvalid();
        return;
      }
      long type32 = f.u32(t);
      int olen = f.u16(t + 4);
      t += 6;
      tlen -= 6;
      out.append("\n\t  ").append(object(type32)).append(" Object (0x");
      Text.hex8(out, type32);
      out.append("), length ").append(olen).append(", value: ");
      if (type32 == 0 || olen == 0) return;
      f.need(t, olen);
      if (olen > tlen) {
        f.printInvalid();
        return;
      }
      if (type32 == 0x0c01) {
        if (olen != 4) {
          f.printInvalid();
          return;
        }
        f.ip4(t);
        out.append(" (0x");
        Text.hex8(out, f.u32(t));
        out.append(')');
      } else if (type32 >= 0x0c02 && type32 <= 0x0c05) {
        f.printjnp(t, olen);
      } else if (type32 == 0x0c06 || type32 == 0x0c08) {
        if (olen != 6) {
          f.printInvalid();
          return;
        }
        f.names.mac(out, f.b, t);
      } else if (f.opts.verbosity() <= 1) {
        f.unknownData(t, "\n\t    ", olen);
      }
      t += olen;
      tlen -= olen;
      nitems--;
    }
  }

  private void msgType(int t) {
    switch (t) {
      case 1 -> out.append("Request, Join Port");
      case 2 -> out.append("Response, VLAN");
      case 3 -> out.append("Request, Reconfirm");
      case 4 -> out.append("Response, Reconfirm");
      default -> out.append("unknown (").append(t).append(')');
    }
  }

  private static String error(int e) {
    return switch (e) {
      case 0 -> "No error";
      case 3 -> "Access denied";
      case 4 -> "Shutdown port";
      case 5 -> "Wrong VTP domain";
      default -> "unknown";
    };
  }

  private static String object(long t) {
    if (t > 0xffff) return "Unknown";
    return switch ((int) t) {
      case 0x0c01 -> "Client IP Address";
      case 0x0c02 -> "Port Name";
      case 0x0c03 -> "VLAN Name";
      case 0x0c04 -> "VTP Domain";
      case 0x0c05 -> "Ethernet Packet";
      case 0x0c06 -> "MAC Null";
      case 0x0c08 -> "MAC Address";
      default -> "Unknown";
    };
  }
}
