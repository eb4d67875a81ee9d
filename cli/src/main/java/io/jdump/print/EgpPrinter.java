package io.jdump.print;

/** The Exterior Gateway Protocol (IP protocol 8, RFC 827), as print-egp.c shows it. */
final class EgpPrinter {
  private static final String[] ACQUIRE_CODES = {"request", "confirm", "refuse", "cease",
      "cease_ack"};
  private static final String[] ACQUIRE_STATUS = {"unspecified", "active_mode", "passive_mode",
      "insufficient_resources", "administratively_prohibited", "going_down",
      "parameter_violation", "protocol_violation"};
  private static final String[] REACH_CODES = {"hello", "i-h-u"};
  private static final String[] UPDOWN = {"indeterminate", "up", "down"};
  private static final String[] REASONS = {"unspecified", "bad_EGP_header_format",
      "bad_EGP_data_field_format", "reachability_info_unavailable", "excessive_polling_rate",
      "no_response", "unsupported_version"};

  private final Frame f;
  private final StringBuilder out;
  /** An address as tcpdump's little-endian host holds it, for ipaddr_string. */
  private final byte[] addr = new byte[4];

  EgpPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int p, int length) {
    f.proto = "egp";
    if (length < 16 || !f.has(p, 16)) {
      f.printTrunc();
      return;
    }
    int version = f.u8(p);
    if (f.opts.verbosity() == 0) {
      out.append("EGPv").append(version).append(", AS ").append(f.u16(p + 6)).append(", seq ")
          .append(f.u16(p + 8)).append(", length ").append(length);
      return;
    }
    out.append("EGPv").append(version).append(", length ").append(length);
    if (version != 2) {
      out.append("[version ").append(version).append(']');
      return;
    }
    int type = f.u8(p + 1);
    int code = f.u8(p + 2);
    int status = f.u8(p + 3);
    switch (type) {
      case 3 -> {
        out.append(" acquire");
        if (code <= 1) {
          out.append(' ').append(ACQUIRE_CODES[code]);
          if (status <= 2) out.append(' ').append(ACQUIRE_STATUS[status]);
          else out.append(" [status ").append(status).append(']');
          out.append(" hello:").append(f.u16(p + 10)).append(" poll:").append(f.u16(p + 12));
        } else if (code <= 4) {
          out.append(' ').append(ACQUIRE_CODES[code]);
          if (status == 0 || status >= 3 && status <= 7) {
            out.append(' ').append(ACQUIRE_STATUS[status]);
          } else {
            out.append("[status ").append(status).append(']');
          }
        } else {
          out.append("[code ").append(code).append(']');
        }
      }
      case 5 -> {
        if (code <= 1) {
          out.append(' ').append(REACH_CODES[code]);
          state(status);
        } else {
          out.append("[reach code ").append(code).append(']');
        }
      }
      case 2 -> {
        out.append(" poll");
        state(status);
        out.append(" net:");
        f.ip4(p + 12);
      }
      case 1 -> {
        out.append(" update");
        if ((status & 0x80) != 0) {
          status &= ~0x80;
          out.append(" unsolicited");
        }
        state(status);
        out.append(' ');
        f.ip4(p + 12);
        out.append(" int ").append(f.u8(p + 10)).append(" ext ").append(f.u8(p + 11));
        networks(p, length);
      }
      case 8 -> {
        out.append(" error");
        state(status);
        int reason = f.u16(p + 10);
        if (reason <= 6) out.append(' ').append(REASONS[reason]);
        else out.append(" [reason ").append(reason).append(']');
      }
      default -> out.append("[type ").append(type).append(']');
    }
  }

  private void state(int status) {
    if (status <= 2) out.append(" state:").append(UPDOWN[status]);
    else out.append(" [status ").append(status).append(']');
  }

  /** egpnr_print, with its class tests made on addresses held in a little-endian host's order. */
  private void networks(int p, int length) {
    // the source net as a little-endian host reads the packet's bytes
    int src = f.u8(p + 12) | f.u8(p + 13) << 8 | f.u8(p + 14) << 16 | f.u8(p + 15) << 24;
    int net;
    int netlen;
    if ((src & 0x80000000) == 0) {
      net = src & 0xff000000;
      netlen = 1;
    } else if ((src & 0xc0000000) == 0x80000000) {
      net = src & 0xffff0000;
      netlen = 2;
    } else if ((src & 0xe0000000) == 0xc0000000) {
      net = src & 0xffffff00;
      netlen = 3;
    } else {
      net = 0;
      netlen = 0;
    }
    int cp = p + 16;
    long left = length - 16;
    int intgw = f.u8(p + 10);
    int total = intgw + f.u8(p + 11);
    for (int gw = 0; gw < total; gw++) {
      int a = 0;
      if (left < 4 - netlen || !f.has(cp, 4 - netlen)) {
        f.printTrunc();
        return;
      }
      switch (netlen) {
        case 1:
          a = f.u8(cp++);
          // fall through
        case 2:
          a = a << 8 | f.u8(cp++);
          // fall through
        case 3:
          a = a << 8 | f.u8(cp++);
          break;
        default:
          break;
      }
      a |= net;
      left -= 4 - netlen;
      if (left < 1) {
        f.printTrunc();
        return;
      }
      int distances = f.u8(cp++);
      left--;
      out.append(' ').append(gw < intgw ? "int" : "ext").append(' ');
      address(a);
      out.append(" (");
      String comma = "";
      while (distances != 0) {
        if (left < 2) {
          f.printTrunc();
          return;
        }
        int distance = f.u8(cp++); // read before the separator and its 'd'
        out.append(comma).append('d').append(distance).append(':');
        comma = ", ";
        int networks = f.u8(cp++);
        left -= 2;
        while (networks != 0) {
          if (left < 1) {
            f.printTrunc();
            return;
          }
          int n = f.u8(cp++) << 24;
          left--;
          if ((n & 0xc0000000) == 0x80000000) {
            if (left < 1) {
              f.printTrunc();
              return;
            }
            n |= f.u8(cp++) << 16;
            left--;
          } else if ((n & 0x80000000) != 0) {
            if (left < 2) {
              f.printTrunc();
              return;
            }
            n |= f.u8(cp++) << 16;
            n |= f.u8(cp++) << 8;
            left -= 2;
          }
          out.append(' ');
          address(n);
          networks--;
        }
        distances--;
      }
      out.append(')');
    }
  }

  /** ipaddr_string of a host-order value on a little-endian host: its bytes from the lowest. */
  private void address(int a) {
    addr[0] = (byte) a;
    addr[1] = (byte) (a >>> 8);
    addr[2] = (byte) (a >>> 16);
    addr[3] = (byte) (a >>> 24);
    f.names.ip4(out, addr, 0);
  }
}
