package io.jdump.print;

/**
 * PPTP control messages (RFC 2637) on TCP 1723, as tcpdump's print-pptp.c: the header (length
 * and message type at -v, magic cookie), then each message's fields, with result, error and
 * reason names at -v. Every field is read before its text, as tcpdump's GET macros do.
 */
final class PptpPrinter {
  private static final long MAGIC = 0x1a2b3c4dL;
  private static final String[] TYPES = {"NOT_DEFINED", "SCCRQ", "SCCRP", "StopCCRQ",
    "StopCCRP", "ECHORQ", "ECHORP", "OCRQ", "OCRP", "ICRQ", "ICRP", "ICCN", "CCRQ", "CDN", "WEN",
    "SLI"};

  private final Frame f;
  private final StringBuilder out;

  PptpPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int dat) {
    f.proto = "pptp";
    out.append(": pptp");
    boolean v = f.opts.verbosity() > 0;
    if (v) {
      int length = f.u16(dat);
      out.append(" Length=").append(length);
      int mt = f.u16(dat + 2);
      out.append(mt == 1 ? " CTRL-MSG" : mt == 2 ? " MGMT-MSG" : " UNKNOWN-MSG-TYPE");
    }
    long mc = f.u32(dat + 4);
    if (mc != MAGIC) {
      out.append(" UNEXPECTED Magic-Cookie!!(");
      Text.hex8(out, mc);
      out.append(')');
    }
    if (v || mc != MAGIC) {
      out.append(" Magic-Cookie=");
      Text.hex8(out, mc);
    }
    int type = f.u16(dat + 8);
    if (type < TYPES.length) out.append(" CTRL_MSGTYPE=").append(TYPES[type]);
    else out.append(" UNKNOWN_CTRL_MSGTYPE(").append(type).append(')');
    reserved2(dat + 10);
    int p = dat + 12;
    switch (type) {
      case 1 -> {
        protoVer(p);
        reserved2(p + 2);
        startCommon(p + 4);
      }
      case 2 -> {
        protoVer(p);
        result(p + 2, type);
        error(p + 3);
        startCommon(p + 4);
      }
      case 3 -> {
        int reason = f.u8(p);
        out.append(" REASON(").append(reason);
        if (v) {
          out.append(switch (reason) {
            case 1 -> ":None";
            case 2 -> ":Stop-Protocol";
            case 3 -> ":Stop-Local-Shutdown";
            default -> ":?";
          });
        }
        out.append(')');
        reserved1(p + 1);
        reserved2(p + 2);
      }
      case 4 -> {
        result(p, type);
        error(p + 1);
        reserved2(p + 2);
      }
      case 5 -> u32(" ID(", p);
      case 6 -> {
        u32(" ID(", p);
        result(p + 4, type);
        error(p + 5);
        reserved2(p + 6);
      }
      case 7 -> {
        u16(" CALL_ID(", p);
        u16(" CALL_SER_NUM(", p + 2);
        u32(" MIN_BPS(", p + 4);
        u32(" MAX_BPS(", p + 8);
        bearerType(p + 12);
        framingType(p + 16);
        u16(" RECV_WIN(", p + 20);
        u16(" PROC_DELAY(", p + 22);
        int phoneLen = f.u16(p + 24);
        out.append(" PHONE_NO_LEN(").append(phoneLen).append(')');
        reserved2(p + 26);
        text(" PHONE_NO(", p + 28, Math.min(64, f.u16(p + 24)));
        text(" SUB_ADDR(", p + 92, 64);
      }
      case 8 -> {
        u16(" CALL_ID(", p);
        u16(" PEER_CALL_ID(", p + 2);
        result(p + 4, type);
        error(p + 5);
        u16(" CAUSE_CODE(", p + 6);
        u32(" CONN_SPEED(", p + 8);
        u16(" RECV_WIN(", p + 12);
        u16(" PROC_DELAY(", p + 14);
        u32(" PHY_CHAN_ID(", p + 16);
      }
      case 9 -> {
        u16(" CALL_ID(", p);
        u16(" CALL_SER_NUM(", p + 2);
        bearerType(p + 4);
        u32(" PHY_CHAN_ID(", p + 8);
        u16(" DIALED_NO_LEN(", p + 12);
        u16(" DIALING_NO_LEN(", p + 14);
        text(" DIALED_NO(", p + 16, Math.min(64, f.u16(p + 12)));
        text(" DIALING_NO(", p + 80, Math.min(64, f.u16(p + 14)));
        text(" SUB_ADDR(", p + 144, 64);
      }
      case 10 -> {
        u16(" CALL_ID(", p);
        u16(" PEER_CALL_ID(", p + 2);
        result(p + 4, type);
        error(p + 5);
        u16(" RECV_WIN(", p + 6);
        u16(" PROC_DELAY(", p + 8);
        reserved2(p + 10);
      }
      case 11 -> {
        u16(" PEER_CALL_ID(", p);
        reserved2(p + 2);
        u32(" CONN_SPEED(", p + 4);
        u16(" RECV_WIN(", p + 8);
        u16(" PROC_DELAY(", p + 10);
        framingType(p + 12);
      }
      case 12 -> {
        u16(" CALL_ID(", p);
        reserved2(p + 2);
      }
      case 13 -> {
        u16(" CALL_ID(", p);
        result(p + 2, type);
        error(p + 3);
        u16(" CAUSE_CODE(", p + 4);
        reserved2(p + 6);
        text(" CALL_STATS(", p + 8, 128);
      }
      case 14 -> {
        u16(" PEER_CALL_ID(", p);
        reserved2(p + 2);
        u32(" CRC_ERR(", p + 4);
        u32(" FRAMING_ERR(", p + 8);
        u32(" HARDWARE_OVERRUN(", p + 12);
        u32(" BUFFER_OVERRUN(", p + 16);
        u32(" TIMEOUT_ERR(", p + 20);
        u32(" ALIGN_ERR(", p + 24);
      }
      case 15 -> {
        u16(" PEER_CALL_ID(", p);
        reserved2(p + 2);
        long send = f.u32(p + 4);
        out.append(" SEND_ACCM(0x");
        Text.hex8(out, send);
        out.append(')');
        long recv = f.u32(p + 8);
        out.append(" RECV_ACCM(0x");
        Text.hex8(out, recv);
        out.append(')');
      }
      default -> { }
    }
  }

  /** The fields SCCRQ and SCCRP share after their first four bytes. */
  private void startCommon(int p) {
    // FRAME_CAP's label is printed before its bits are read, BEARER_CAP's with them, as tcpdump
    out.append(" FRAME_CAP(");
    long framing = f.u32(p);
    out.append((framing & 1) != 0 ? "A" : "")
        .append((framing & 2) != 0 ? "S" : "").append(')');
    long bearer = f.u32(p + 4);
    out.append(" BEARER_CAP(");
    out.append((bearer & 2) != 0 ? "D" : "")
        .append((bearer & 1) != 0 ? "A" : "").append(')');
    u16(" MAX_CHAN(", p + 8);
    u16(" FIRM_REV(", p + 10);
    text(" HOSTNAME(", p + 12, 64);
    text(" VENDOR(", p + 76, 64);
  }

  private void protoVer(int p) {
    int v = f.u16(p);
    out.append(" PROTO_VER(").append(v >> 8).append('.').append(v & 0xff).append(')');
  }

  private void result(int p, int type) {
    int code = f.u8(p);
    out.append(" RESULT_CODE(").append(code);
    if (f.opts.verbosity() > 0) out.append(':').append(resultName(type, code));
    out.append(')');
  }

  private static final String[] SCCRP = {"Successful channel establishment", "General error",
    "Command channel already exists", "Requester is not authorized to establish a command channel",
    "The protocol version of the requester is not supported"};
  private static final String[] ECHORP = {"OK", "General Error"};
  private static final String[] OCRP = {"Connected", "General Error", "No Carrier", "Busy",
    "No Dial Tone", "Time-out", "Do Not Accept"};
  private static final String[] ICRP = {"Connect", "General Error", "Do Not Accept"};
  private static final String[] CDN = {"Lost Carrier", "General Error", "Admin Shutdown",
    "Request"};
  private static final String[] NONE = {};
  private static final String[] ERRORS = {"None", "Not-Connected", "Bad-Format", "Bad-Value",
    "No-Resource", "Bad-Call-ID", "PAC-Error"};

  private static String resultName(int type, int code) {
    String[] names = switch (type) {
      case 2 -> SCCRP;
      case 4, 6 -> ECHORP;
      case 8 -> OCRP;
      case 10 -> ICRP;
      case 13 -> CDN;
      default -> NONE;
    };
    return code >= 1 && code <= names.length ? names[code - 1] : "?";
  }

  private void error(int p) {
    int code = f.u8(p);
    out.append(" ERR_CODE(").append(code);
    if (f.opts.verbosity() > 0) out.append(':').append(code < ERRORS.length ? ERRORS[code] : "?");
    out.append(')');
  }

  private void bearerType(int p) {
    long t = f.u32(p);
    out.append(" BEARER_TYPE(").append(t == 1 ? "A" : t == 2 ? "D" : t == 3 ? "Any" : "?")
        .append(')');
  }

  private void framingType(int p) {
    long t = f.u32(p);
    out.append(" FRAME_TYPE(").append(t == 1 ? "A" : t == 2 ? "S" : t == 3 ? "E" : "?")
        .append(')');
  }

  private void u16(String label, int p) {
    int v = f.u16(p);
    out.append(label).append(v).append(')');
  }

  private void u32(String label, int p) {
    long v = f.u32(p);
    out.append(label).append(v).append(')');
  }

  private void reserved1(int p) {
    int v = f.u8(p);
    if (v != 0) out.append(" [ERROR: reserved=").append(v).append(" must be zero]");
  }

  private void reserved2(int p) {
    int v = f.u16(p);
    if (v != 0) out.append(" [ERROR: reserved=").append(v).append(" must be zero]");
  }

  /** tcpdump's nd_printjnp: up to n characters, ending at a NUL, escaped. */
  private void text(String label, int p, int n) {
    out.append(label);
    for (int i = 0; i < n; i++) {
      int c = f.u8(p + i);
      if (c == 0) break;
      Text.printChar(out, c);
    }
    out.append(')');
  }
}
