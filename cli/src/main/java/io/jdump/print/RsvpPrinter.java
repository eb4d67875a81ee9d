package io.jdump.print;

/**
 * RSVP (IP protocol 46; RFC 2205, RSVP-TE RFC 3209, GMPLS RFC 3473, fast reroute RFC 4090,
 * OIF UNI), as tcpdump's {@code rsvp_print}: the message type, and with {@code -v} the common
 * header and every object; bundles print each sub-message. The object decoders are
 * {@link RsvpObjects}'.
 */
final class RsvpPrinter {
  private final Frame f;
  private final StringBuilder out;
  private final RsvpObjects objects;

  RsvpPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
    this.objects = new RsvpObjects(f);
  }

  static String msgName(int t) {
    return switch (t) {
      case 1 -> "Path";
      case 2 -> "Resv";
      case 3 -> "PathErr";
      case 4 -> "ResvErr";
      case 5 -> "PathTear";
      case 6 -> "ResvTear";
      case 7 -> "ResvConf";
      case 12 -> "Bundle";
      case 13 -> "Acknowledgement";
      case 14 -> "Hello (Old)";
      case 15 -> "Refresh";
      case 20 -> "Hello";
      default -> null;
    };
  }

  void print(int p, int len) {
    f.proto = "rsvp";
    if (!f.has(p, 8)) {
      f.printTrunc();
      return;
    }
    int vf = f.u8(p);
    if (vf >> 4 != 1) {
      out.append("ERROR: RSVP version ").append(vf >> 4).append(" packet not supported");
      return;
    }
    int type = f.u8(p + 1);
    if (f.opts.verbosity() < 1) {
      String n = msgName(type);
      out.append("RSVPv1 ");
      if (n == null) out.append("unknown (").append(type).append(')');
      else out.append(n);
      out.append(" Message, length: ").append(len);
      return;
    }
    int tlen = f.u16(p + 6);
    header("\n\t", p, vf, type, tlen);
    if (tlen < 8) {
      out.append("ERROR: common header too short ").append(tlen).append(" < 8");
      return;
    }
    int t = p + 8;
    tlen -= 8;
    switch (type) {
      case 12 -> {
        while (tlen > 0) {
          int sub = t;
          if (!f.has(sub, 8)) {
            f.printTrunc();
            return;
          }
          vf = f.u8(sub);
          if (vf >> 4 != 1) {
            out.append("ERROR: RSVP version ").append(vf >> 4).append(" packet not supported");
            return;
          }
          int subtlen = f.u16(sub + 6);
          header("\n\t  ", sub, vf, f.u8(sub + 1), subtlen);
          if (subtlen < 8) {
            out.append("ERROR: common header too short ").append(subtlen).append(" < 8");
            return;
          }
          if (tlen < subtlen) {
            out.append("ERROR: common header too large ").append(subtlen).append(" > ")
                .append(tlen);
            return;
          }
          if (!objects.print(sub + 8, "\n\t    ", subtlen - 8, sub, subtlen)) return;
          t += subtlen;
          tlen -= subtlen;
        }
      }
      case 1, 2, 3, 4, 5, 6, 7, 14, 20, 13, 15 -> objects.print(t, "\n\t  ", tlen, p, tlen + 8);
      default -> f.unknownData(t, "\n\t    ", tlen);
    }
  }

  private void header(String indent, int p, int vf, int type, int tlen) {
    String n = msgName(type);
    out.append(indent).append("RSVPv1 ");
    if (n == null) out.append("unknown, type: ").append(type);
    else out.append(n);
    out.append(" Message (").append(type).append("), Flags: [")
        .append((vf & 0x01) != 0 ? "Refresh reduction capable" : "none")
        .append("], length: ").append(tlen).append(", ttl: ").append(f.u8(p + 4))
        .append(", checksum: 0x");
    Text.hex4(out, f.u16(p + 2));
  }
}
