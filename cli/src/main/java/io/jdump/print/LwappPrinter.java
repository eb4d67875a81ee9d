package io.jdump.print;

/** Cisco's LWAPP (UDP 12222 data, 12223 control; RFC 5412), as print-lwapp.c shows it. */
final class LwappPrinter {
  private static final String[] MSG_TYPES = new String[41];

  static {
    String[] names = {"1Discovery req", "2Discovery resp", "3Join req", "4Join resp",
        "5Join ack", "6Join confirm", "10Configure req", "11Configure resp", "12Update req",
        "13Update resp", "14WTP event req", "15WTP event resp", "16Change state event req",
        "17Change state event resp", "22Echo req", "23Echo resp", "24Image data req",
        "25Image data resp", "26Channel status req", "27Channel status resp",
        "30Key update req", "31Key update resp", "32Primary discovery req",
        "33Primary discovery resp", "34Data transfer req", "35Data transfer resp",
        "36Clear config ind", "37Wlan config req", "38Wlan config resp",
        "39Mobile config req", "40Mobile config resp"};
    for (String s : names) {
      int i = 0;
      while (Character.isDigit(s.charAt(i))) i++;
      MSG_TYPES[Integer.parseInt(s.substring(0, i))] = s.substring(i);
    }
  }

  private final Frame f;
  private final StringBuilder out;

  LwappPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  /** lwapp_control_print: an AP identity (a MAC address) leads when sent to the control port. */
  void control(int p, int len, boolean apIdent) {
    f.proto = "lwapp_control";
    int t = p;
    int h = apIdent ? p + 6 : p;
    if (!f.has(p, 6) || !f.has(h, 6)) { // tcpdump's ND_TCHECK: cut, not a long jump
      f.printTrunc();
      return;
    }
    int version = f.u8(h);
    if (!header(version, len)) return;
    int tlen = f.u16(h + 2);
    out.append("LWAPPv").append(version >> 6).append(", ")
        .append((version & 4) != 0 ? "Control" : "Data").append(" frame, Radio-id ")
        .append((version >> 3) & 7).append(", Flags [");
    flags(version);
    out.append("], Frag-id ").append(f.u8(h + 1)).append(", length ").append(tlen);
    if (apIdent) {
      out.append("\n\tAP identity: ");
      f.names.mac(out, f.b, t);
      t += 12;
    } else {
      t += 6;
    }
    while (tlen != 0) {
      if (!f.has(t, 8)) {
        f.printTrunc();
        return;
      }
      if (tlen < 8) {
        out.append("\n\t  Msg goes past end of PDU");
        return;
      }
      int msgLen = f.u16(t + 2);
      if (tlen < 8 + msgLen) {
        out.append("\n\t  Msg goes past end of PDU");
        return;
      }
      int type = f.u8(t);
      String name = type < MSG_TYPES.length ? MSG_TYPES[type] : null;
      out.append("\n\t  Msg type: ").append(name == null ? "Unknown" : name).append(" (")
          .append(type).append("), Seqnum: ").append(f.u8(t + 1)).append(", Msg len: ")
          .append(msgLen).append(", Session: 0x");
      Text.hex8(out, f.u32(t + 4));
      if (!f.has(t, msgLen)) {
        f.printTrunc();
        return;
      }
      t += 8 + msgLen;
      tlen -= 8 + msgLen;
    }
  }

  /** lwapp_data_print: the header, then the 802.11 frame in hex. */
  void data(int p, int len) {
    f.proto = "lwapp_data";
    if (!f.has(p, 6)) {
      f.printTrunc();
      return;
    }
    int version = f.u8(p);
    if (!header(version, len)) return;
    int tlen = f.u16(p + 2);
    String kind = (version & 4) != 0 ? "Control" : "Data";
    out.append("LWAPPv").append(version >> 6).append(", ").append(kind)
        .append(" frame, Radio-id  ").append((version >> 3) & 7).append(", Flags [");
    flags(version);
    if (tlen < 6) {
      out.append("], length ").append(tlen).append(" < transport header length");
      return;
    }
    out.append("], Frag-id  ").append(f.u8(p + 1)).append(", length ").append(tlen);
    f.unknownData(p + 6, "\n\t", tlen - 6);
  }

  /** The version check and the non-verbose line; false when nothing more is printed. */
  private boolean header(int version, int len) {
    if (version >> 6 != 0) {
      out.append("LWAPP version ").append(version >> 6).append(" packet not supported");
      return false;
    }
    if (f.opts.verbosity() < 1) {
      out.append("LWAPPv").append(version >> 6).append(", ")
          .append((version & 4) != 0 ? "Control" : "Data").append(" frame, Flags [");
      flags(version);
      out.append("], length ").append(len);
      return false;
    }
    return true;
  }

  private void flags(int version) {
    int start = out.length();
    if ((version & 1) != 0) out.append("Last Fragment Bit");
    if ((version & 2) != 0) out.append(out.length() != start ? ", " : "").append("Fragment Bit");
    if ((version & 4) != 0) out.append(out.length() != start ? ", " : "").append("Control Bit");
    if (out.length() == start) out.append("none");
  }
}
