package io.jdump.print;

/**
 * EAP requests and responses (RFC 3748) as tcpdump's {@code eap_print}, here for the RADIUS
 * EAP-Message attribute: code, id, length and the method's first fields.
 */
final class EapPrinter {
  private final Frame f;
  private final StringBuilder out;

  EapPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  /**
   * 802.1X EAPOL (Ethernet type 0x888e), tcpdump's {@code eapol_print}: frame type, version and
   * length; with {@code -v} the EAP packet inside.
   */
  void eapol(int cp) {
    f.proto = "eap";
    if (!f.has(cp, 4)) { // a check with a return in tcpdump: -x still starts after the link header
      f.printTrunc();
      return;
    }
    int type = f.u8(cp + 1);
    int len = f.u16(cp + 2);
    out.append(switch (type) {
      case 0 -> "EAP packet";
      case 1 -> "EAPOL start";
      case 2 -> "EAPOL logoff";
      case 3 -> "EAPOL key";
      case 4 -> "Encapsulated ASF alert";
      default -> "unknown";
    }).append(" (").append(type).append(") v").append(f.u8(cp)).append(", len ").append(len);
    if (f.opts.verbosity() < 1 || type != 0) return;
    if (len == 0) {
      f.printTrunc();
      return;
    }
    out.append(", ");
    print(cp + 4, len);
  }

  void print(int cp, int length) {
    int type = f.u8(cp);
    int len = f.u16(cp + 2);
    if (len != length) {
      // a fragment: RADIUS may split one EAP message over several attributes
      out.append("EAP fragment?");
      return;
    }
    out.append(code(type)).append(" (").append(type).append("), id ").append(f.u8(cp + 1))
        .append(", len ").append(len);
    if (len < 4) {
      out.append(" (too short for EAP header)");
      return;
    }
    if (!f.has(cp, len)) {
      f.printTrunc();
      return;
    }
    if (type != 1 && type != 2) return;
    if (len < 5) {
      out.append(" (too short for EAP request/response)");
      return;
    }
    int subtype = f.u8(cp + 4);
    out.append("\n\t\t Type ").append(type(subtype)).append(" (").append(subtype).append(')');
    switch (subtype) {
      case 1 -> {
        if (len > 5) {
          out.append(", Identity: ");
          printjnp(cp + 5, len - 5);
        }
      }
      case 2 -> {
        if (len < 6) {
          out.append(" (too short for EAP Notification request/response)");
          return;
        }
        out.append(", Notification: ");
        printjnp(cp + 5, len - 5);
      }
      case 3 -> {
        if (len < 6) {
          out.append(" (too short for EAP Legacy NAK request/response)");
          return;
        }
        for (int i = 5; i < len; i++) {
          if (i > 5) out.append(',');
          int t = f.u8(cp + i);
          out.append(' ').append(type(t)).append(" (").append(t).append(')');
        }
      }
      case 13, 21 -> tls(cp, len, subtype == 21 ? " TTLSv" : null, "TLS/TTLS");
      case 43 -> tls(cp, len, " FASTv", "FAST");
      case 18, 23 -> {
        if (len < 6) {
          out.append(" (too short for EAP SIM/AKA request/response)");
          return;
        }
        int st = f.u8(cp + 5);
        out.append(" subtype [").append(akaSubtype(st)).append("] 0x");
        Text.hex2(out, st);
      }
      default -> { }
    }
  }

  private void tls(int cp, int len, String version, String what) {
    if (len < 6) {
      out.append(" (too short for EAP ").append(what).append(" request/response)");
      return;
    }
    int flags = f.u8(cp + 5);
    if (version != null) out.append(version).append(flags & 7);
    out.append(" flags [");
    int mark = out.length();
    if ((flags & 0x80) != 0) out.append("L bit");
    if ((flags & 0x40) != 0) out.append(out.length() > mark ? ", " : "").append("More fragments bit");
    if ((flags & 0x20) != 0) out.append(out.length() > mark ? ", " : "").append("Start bit");
    if (out.length() == mark) out.append("none");
    out.append("] 0x");
    Text.hex2(out, flags);
    if ((flags & 0x80) != 0) {
      if (len < 10) {
        out.append(" (too short for EAP ").append(what)
            .append(" request/response with length)");
        return;
      }
      out.append(", len ").append(f.u32(cp + 6));
    }
  }

  /** tcpdump's {@code nd_printjnp}: n bytes or up to a NUL, escaped. */
  private void printjnp(int p, int n) {
    for (int i = 0; i < n; i++) {
      int c = f.u8(p + i);
      if (c == 0) return;
      DnsNames.charEscaped(out, c);
    }
  }

  private static String code(int c) {
    return switch (c) {
      case 1 -> "Request";
      case 2 -> "Response";
      case 3 -> "Success";
      case 4 -> "Failure";
      default -> "unknown";
    };
  }

  private static String type(int t) {
    return switch (t) {
      case 0 -> "No proposed";
      case 1 -> "Identity";
      case 2 -> "Notification";
      case 3 -> "Nak";
      case 4 -> "MD5-challenge";
      case 5 -> "OTP";
      case 6 -> "GTC";
      case 13 -> "TLS";
      case 18 -> "SIM";
      case 21 -> "TTLS";
      case 23 -> "AKA";
      case 43 -> "FAST";
      case 254 -> "Expanded types";
      case 255 -> "Experimental";
      default -> "unknown";
    };
  }

  private static String akaSubtype(int t) {
    return switch (t) {
      case 1 -> "Challenge";
      case 2 -> "Auth reject";
      case 4 -> "Sync failure";
      case 5 -> "Identity";
      case 10 -> "Start";
      case 11 -> "Challenge";
      case 12 -> "Notification";
      case 13 -> "Reauth";
      case 14 -> "Client error";
      default -> "unknown";
    };
  }
}
