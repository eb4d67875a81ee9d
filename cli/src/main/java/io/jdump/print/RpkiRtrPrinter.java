package io.jdump.print;

/**
 * The RPKI-to-router protocol (RFC 6810) on TCP port 323, as tcpdump's {@code rpki_rtr_print}:
 * with -v each PDU, an error report's encapsulated PDU one level deep; with -vv a hex dump.
 */
final class RpkiRtrPrinter {
  private static final int HEADER = 8;

  private final Frame f;
  private final StringBuilder out;

  RpkiRtrPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int pptr, int len) {
    f.proto = "rpki_rtr";
    if (f.opts.verbosity() == 0) {
      out.append(", RPKI-RTR");
      return;
    }
    while (len != 0) {
      int pduLen = pdu(pptr, len, true, 8);
      len -= pduLen;
      pptr += pduLen;
    }
  }

  /** tcpdump's indent_string: a newline, a tab per 8, a space per rest. */
  private void indent(int n) {
    out.append('\n');
    for (; n >= 8; n -= 8) out.append('\t');
    for (; n > 0; n--) out.append(' ');
  }

  private static String pduName(int type) {
    return switch (type) {
      case 0 -> "Serial Notify";
      case 1 -> "Serial Query";
      case 2 -> "Reset Query";
      case 3 -> "Cache Response";
      case 4 -> "IPV4 Prefix";
      case 6 -> "IPV6 Prefix";
      case 7 -> "End of Data";
      case 8 -> "Cache Reset";
      case 10 -> "Error Report";
      default -> "Unknown";
    };
  }

  private static String errorName(int code) {
    return switch (code) {
      case 0 -> "Corrupt Data";
      case 1 -> "Internal Error";
      case 2 -> "No Data Available";
      case 3 -> "Invalid Request";
      case 4 -> "Unsupported Protocol Version";
      case 5 -> "Unsupported PDU Type";
      case 6 -> "Withdrawal of Unknown Record";
      case 7 -> "Duplicate Announcement Received";
      default -> "Unknown";
    };
  }

  /** One PDU at tptr in len bytes; {@return the bytes it took} (a cut one throws). */
  private int pdu(int tptr, int len, boolean recurse, int ind) {
    int version = f.u8(tptr);
    if (version != 0) {
      indent(8);
      out.append("RPKI-RTRv").append(version).append(" (unknown)");
      return len;
    }
    if (len < HEADER) {
      out.append('(').append(len).append(" bytes is too few to decode)");
      return invalid(tptr, len);
    }
    f.need(tptr, HEADER);
    int type = f.u8(tptr + 1);
    long pduLen = f.u32(tptr + 4);
    indent(8);
    out.append("RPKI-RTRv").append(version).append(", ").append(pduName(type)).append(" PDU (")
        .append(type).append("), length: ").append(pduLen);
    if (pduLen < HEADER || pduLen > Integer.toUnsignedLong(len)) return invalid(tptr, len);
    int plen = (int) pduLen;
    boolean hexdump = false;
    switch (type) {
      case 0, 1, 7 -> {
        if (plen != HEADER + 4) return invalid(tptr, len);
        f.need(tptr, plen); // read before the indent is printed, as tcpdump's arguments are
        indent(ind + 2);
        out.append("Session ID: 0x");
        Text.hex4(out, f.u16(tptr + 2));
        out.append(", Serial: ").append(f.u32(tptr + 8));
      }
      case 2, 8 -> {
        if (plen != HEADER) return invalid(tptr, len);
      }
      case 3 -> {
        if (plen != HEADER) return invalid(tptr, len);
        indent(ind + 2);
        out.append("Session ID: 0x");
        Text.hex4(out, f.u16(tptr + 2));
      }
      case 4, 6 -> {
        int addr = type == 4 ? 4 : 16;
        if (plen != HEADER + 8 + addr) return invalid(tptr, len);
        f.need(tptr, plen);
        indent(ind + 2);
        out.append(type == 4 ? "IPv4 Prefix " : "IPv6 Prefix ");
        if (type == 4) {
          f.ip4(tptr + 12);
        } else {
          f.need(tptr + 12, 16);
          f.names.ip6(out, f.b, tptr + 12);
        }
        out.append('/').append(f.u8(tptr + 9)).append('-').append(f.u8(tptr + 10))
            .append(", origin-as ").append(f.u32(tptr + 12 + addr)).append(", flags 0x");
        Text.hex2(out, f.u8(tptr + 8));
      }
      case 10 -> {
        if (!errorReport(tptr, plen, recurse, ind)) return invalid(tptr, len);
      }
      default -> {
        f.need(tptr, plen);
        hexdump = true;
      }
    }
    int v = f.opts.verbosity();
    if (v > 1 || (v > 0 && hexdump)) f.unknownData(tptr, "\n\t  ", plen);
    return plen;
  }

  private boolean errorReport(int tptr, int pduLen, boolean recurse, int ind) {
    long tlen = HEADER;
    if (pduLen < tlen + 4) return false;
    f.need(tptr, (int) tlen + 4);
    long encLen = f.u32(tptr + 8);
    tlen += 4;
    int code = f.u16(tptr + 2);
    indent(ind + 2);
    out.append("Error code: ").append(errorName(code)).append(" (").append(code)
        .append("), Encapsulated PDU length: ").append(encLen);
    if (encLen != 0) {
      if (pduLen < tlen + encLen) return false;
      if (!recurse) {
        f.need(tptr, (int) (tlen + encLen));
      } else {
        indent(ind + 4);
        out.append("-----encapsulated PDU-----");
        pdu(tptr + (int) tlen, (int) encLen, false, ind + 2);
      }
      tlen += encLen;
    }
    if (pduLen < tlen + 4) return false;
    f.need(tptr, (int) tlen + 4);
    long textLen = f.u32(tptr + (int) tlen);
    tlen += 4;
    if (textLen != 0) {
      if (pduLen < tlen + textLen) return false;
      indent(ind + 2);
      out.append("Error text: ");
      for (long k = 0; k < textLen; k++) DnsNames.charEscaped(out, f.u8(tptr + (int) (tlen + k)));
    }
    return true;
  }

  private int invalid(int tptr, int len) {
    f.printInvalid();
    f.need(tptr, len);
    return len;
  }
}
