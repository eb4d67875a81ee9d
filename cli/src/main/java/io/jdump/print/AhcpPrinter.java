package io.jdump.print;

/**
 * AHCP (draft-chroboczek-ahcp-00) on UDP port 5359, as tcpdump's {@code ahcp_print}: the
 * version 1 header with -v, the message with its length, its options with -vv.
 */
final class AhcpPrinter {
  private static final int HEADER = 24;

  private final Frame f;
  private final StringBuilder out;

  AhcpPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int cp, int len) {
    f.proto = "ahcp";
    out.append("AHCP");
    if (len < 2 || f.u8(cp) != 43) {
      invalid(cp, len);
      return;
    }
    cp++;
    len--;
    int version = f.u8(cp);
    cp++;
    len--;
    if (version != 1) {
      out.append(" Version ").append(version).append(" (unknown)");
      f.need(cp, len);
      return;
    }
    out.append(" Version 1");
    if (len < HEADER - 2) {
      invalid(cp, len);
      return;
    }
    if (f.opts.verbosity() == 0) {
      f.need(cp, HEADER - 2);
    } else {
      // each field is read before its text is printed, as tcpdump's printf arguments are
      int hops = f.u8(cp);
      out.append("\n\tHopcount ").append(hops);
      int original = f.u8(cp + 1);
      out.append(", Original Hopcount ").append(original);
      long nonce = f.u32(cp + 2);
      out.append(", Nonce 0x");
      Text.hex8(out, nonce);
      id(", Source Id ", cp + 6);
      id(", Destination Id ", cp + 14);
    }
    body(cp + HEADER - 2, len - (HEADER - 2));
  }

  /** tcpdump's invalid exit: the marker, then the rest must have been captured. */
  private void invalid(int cp, int len) {
    f.printInvalid();
    f.need(cp, len);
  }

  private void id(String label, int p) {
    f.need(p, 8);
    out.append(label);
    Text.colonHex(out, f.b, p, 8);
  }

  private void body(int cp, int len) {
    if (len < 4) {
      invalid(cp, len);
      return;
    }
    int type = f.u8(cp);
    int mbz = f.u8(cp + 1);
    int bodyLen = f.u16(cp + 2);
    cp += 4;
    len -= 4;
    if (f.opts.verbosity() > 0) {
      String name = switch (type) {
        case 0 -> "Discover";
        case 1 -> "Offer";
        case 2 -> "Request";
        case 3 -> "Ack";
        case 4 -> "Nack";
        case 5 -> "Release";
        default -> null;
      };
      out.append("\n\t");
      if (name != null) out.append(name);
      else out.append("Unknown-").append(type);
      if (mbz != 0) out.append(", MBZ ").append(mbz);
      out.append(", Length ").append(bodyLen);
    }
    if (bodyLen > len) {
      invalid(cp, len);
      return;
    }
    if (f.opts.verbosity() >= 2) options(cp, bodyLen);
    else f.need(cp, bodyLen);
  }

  private static String optionName(int no) {
    return switch (no) {
      case 0 -> "Pad";
      case 1 -> "Mandatory";
      case 2 -> "Origin Time";
      case 3 -> "Expires";
      case 4 -> "My-IPv6-Address";
      case 5 -> "My-IPv4-Address";
      case 6 -> "IPv6 Prefix";
      case 7 -> "IPv4 Prefix";
      case 8 -> "IPv6 Address";
      case 9 -> "IPv4 Address";
      case 10 -> "IPv6 Prefix Delegation";
      case 11 -> "IPv4 Prefix Delegation";
      case 12 -> "Name Server";
      case 13 -> "NTP Server";
      default -> null;
    };
  }

  private void options(int cp, int len) {
    while (len > 0) {
      int no = f.u8(cp);
      cp++;
      len--;
      String name = optionName(no);
      out.append("\n\t ");
      if (name != null) out.append(name);
      else out.append("Unknown-").append(no);
      if (no == 0 || no == 1) continue;
      if (len == 0) {
        invalid(cp, len);
        return;
      }
      int olen = f.u8(cp);
      cp++;
      len--;
      if (olen > len) {
        invalid(cp, len);
        return;
      }
      switch (no) {
        case 2 -> time(cp, olen);
        case 3 -> seconds(cp, olen);
        case 4, 8, 12, 13 -> addresses(cp, olen, 16, false);
        case 5, 9 -> addresses(cp, olen, 4, false);
        case 6, 10 -> addresses(cp, olen, 16, true);
        case 11 -> addresses(cp, olen, 4, true);
        default -> {
          out.append(" (Length ").append(olen).append(')');
          f.need(cp, olen);
        }
      }
      cp += olen;
      len -= olen;
    }
  }

  private void time(int cp, int len) {
    if (len != 4) {
      invalid(cp, len);
      return;
    }
    long t = f.u32(cp);
    out.append(": ");
    f.times.utc(out, t, ' ');
    out.append(" UTC");
  }

  private void seconds(int cp, int len) {
    if (len != 4) {
      invalid(cp, len);
      return;
    }
    long s = f.u32(cp);
    out.append(": ").append(s).append('s');
  }

  /** Addresses of size bytes, each followed by a prefix length byte when prefixes is set. */
  private void addresses(int cp, int len, int size, boolean prefixes) {
    int item = size + (prefixes ? 1 : 0);
    String sep = ": ";
    while (len > 0) {
      if (len < item) {
        invalid(cp, len);
        return;
      }
      f.need(cp, item);
      out.append(sep);
      if (size == 4) {
        f.ip4(cp);
      } else {
        f.need(cp, 16);
        f.names.ip6(out, f.b, cp);
      }
      if (prefixes) out.append('/').append(f.u8(cp + size));
      cp += item;
      len -= item;
      sep = ", ";
    }
  }
}
