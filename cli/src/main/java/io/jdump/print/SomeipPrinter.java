package io.jdump.print;

/** SOME/IP (AUTOSAR, UDP/TCP port 30490) as tcpdump's {@code someip_print}: the 16-byte header. */
final class SomeipPrinter {
  private final Frame f;
  private final StringBuilder out;

  SomeipPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int p, int length) {
    f.proto = "someip";
    out.append("SOMEIP");
    if (length < 16) {
      f.printInvalid();
      return;
    }
    // each field is fetched before its text, as tcpdump prints them one by one
    long messageId = f.u32(p);
    out.append(", service ").append(messageId >>> 16)
        .append((messageId & 0x8000) != 0 ? ", event " : ", method ").append(messageId & 0x7fff);
    long len = f.u32(p + 4);
    out.append(", len ").append(len);
    long request = f.u32(p + 8);
    out.append(", client ").append(request >>> 16).append(", session ").append(request & 0xffff);
    int pver = f.u8(p + 12);
    out.append(", pver ").append(pver);
    int iver = f.u8(p + 13);
    out.append(", iver ").append(iver);
    String type = messageType(f.u8(p + 14));
    out.append(", msgtype ").append(type);
    int rc = f.u8(p + 15);
    out.append(", retcode ").append(rc < RETURN_CODES.length ? RETURN_CODES[rc] : "Unknown")
        .append('\n');
  }

  private static final String[] RETURN_CODES = {"E_OK", "E_NOT_OK", "E_UNKNOWN_SERVICE",
    "E_UNKNOWN_METHOD", "E_NOT_READY", "E_NOT_REACHABLE", "E_TIMEOUT",
    "E_WRONG_PROTOCOL_VERSION", "E_WRONG_INTERFACE_VERSION", "E_MALFORMED_MESSAGE",
    "E_WRONG_MESSAGE_TYPE", "E_E2E_REPEATED", "E_E2E_WRONG_SEQUENCE", "E_E2E",
    "E_E2E_NOT_AVAILABLE", "E_E2E_NO_NEW_DATA"};

  private static String messageType(int t) {
    return switch (t) {
      case 0x00 -> "REQUEST";
      case 0x01 -> "REQUEST_NO_RETURN";
      case 0x02 -> "NOTIFICATION";
      case 0x80 -> "RESPONSE";
      case 0x81 -> "ERROR";
      case 0x20 -> "TP_REQUEST";
      case 0x21 -> "TP_REQUEST_NO_RETURN";
      case 0x22 -> "TP_NOTIFICATION";
      case 0xa0 -> "TP_RESPONSE";
      case 0xa1 -> "TP_ERROR";
      default -> "Unknown";
    };
  }
}
