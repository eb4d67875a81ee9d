package io.jdump.print;

/**
 * ForCES (RFC 5810) in SCTP DATA chunks, as tcpdump's {@code forces_print}: the message type,
 * with -v the header, with -vv its flags, and the top-level TLV checks. The TLV bodies tcpdump
 * prints at -vvv are not decoded yet (a known gap).
 */
final class ForcesPrinter {
  private static final int HDRL = 24;
  private static final String[] ACKS = {"NoACK", "SuccessACK", "FailureACK", "AlwaysACK"};
  private static final String[] EMS = {"EMReserved", "execute-all-or-none",
      "execute-until-failure", "continue-execute-on-failure"};
  private static final String[] TPS = {"StartofTransaction", "MiddleofTransaction",
      "EndofTransaction", "abort"};

  private final Frame f;
  private final StringBuilder out;

  ForcesPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int p, int len) {
    f.proto = "forces";
    if (!f.has(p, HDRL)) {
      f.printTrunc();
      return;
    }
    int tom = f.u8(p + 1);
    if (!tomValid(tom)) {
      out.append("Invalid ForCES message type ").append(tom).append('\n');
      error(p, len);
      return;
    }
    int mlen = f.u16(p + 2) << 2;
    String name = tomName(tom);
    if (name == null) {
      out.append("\n\tUnknown ForCES message type=0x").append(Integer.toHexString(tom));
      error(p, len);
      return;
    }
    out.append("\n\tForCES ").append(name).append(' ');
    if (!(len >= HDRL && mlen >= HDRL && mlen == len)) {
      out.append("Illegal ForCES pkt len - min ").append(HDRL).append(", total recvd ")
          .append(len).append(", advertised ").append(mlen).append(' ');
      error(p, len);
      return;
    }
    long flags = f.u32(p + 20);
    int v = f.opts.verbosity();
    if (v >= 1) {
      long sid = f.u32(p + 4);
      long did = f.u32(p + 8);
      out.append("\n\tForCES Version ").append(f.u8(p) >> 4).append(" len ").append(mlen)
          .append("B flags 0x");
      Text.hex8(out, flags);
      out.append(" \n\tSrcID 0x").append(Long.toHexString(sid)).append('(').append(node(sid))
          .append(") DstID 0x").append(Long.toHexString(did)).append('(').append(node(did))
          .append(") Correlator 0x").append(Long.toHexString(f.u32(p + 12) << 32
              | f.u32(p + 16)));
    }
    if (v >= 2) {
      int ack = (int) ((flags & 0xC0000000L) >> 30);
      int em = (int) ((flags & 0x00C00000L) >> 22);
      int at = (int) ((flags & 0x00200000L) >> 21);
      int tp = (int) ((flags & 0x00180000L) >> 19);
      out.append("\n\tForCES flags:\n\t  ")
          .append(ACKS[ack])
          .append("(0x").append(Integer.toHexString(ack)).append("), prio=")
          .append((flags & 0x38000000L) >> 27).append(", ")
          .append(EMS[em])
          .append("(0x").append(Integer.toHexString(em)).append("),\n\t  ")
          .append(at == 0 ? "Standalone" : "2PCtransaction").append("(0x")
          .append(Integer.toHexString(at)).append("), ")
          .append(TPS[tp])
          .append("(0x").append(Integer.toHexString(tp)).append(")\n");
      out.append("\t  Extra flags: rsv(b5-7) 0x").append(Long.toHexString((flags >> 24) & 7))
          .append(" rsv(b13-31) 0x").append(Long.toHexString(flags & 0x7ffff)).append('\n');
    }
    if (v >= 4) {
      out.append("\n\t  Raw ForCES message\n\t [");
      HexDump.hex(out, f.b, p, Math.max(0, Math.min(len, f.end - p)), "\n\t ");
      out.append("\n\t ]");
    }
  }

  private void error(int p, int len) {
    HexDump.hex(out, f.b, p, Math.max(0, Math.min(len, f.end - p)), "\n\t[");
    out.append("\n\t]");
  }

  private static boolean tomValid(int tom) {
    return tom > 0 && !(tom >= 7 && tom <= 0xe) && tom != 0x10 && tom <= 0x14;
  }

  private static String tomName(int tom) {
    return switch (tom) {
      case 0x1 -> "Association Setup";
      case 0x2 -> "Association TearDown";
      case 0x3 -> "Config";
      case 0x4 -> "Query";
      case 0x5 -> "Event Notification";
      case 0x6 -> "Packet Redirect";
      case 0xf -> "HeartBeat";
      case 0x11 -> "Association Response";
      case 0x13 -> "Config Response";
      case 0x14 -> "Query Response";
      default -> null;
    };
  }

  private static String node(long n) {
    if (n <= 0x3FFFFFFFL) return "FE";
    if (n <= 0x7FFFFFFFL) return "CE";
    if (n >= 0xC0000000L && n <= 0xFFFFFFEFL) return "AllMulticast";
    if (n == 0xFFFFFFFDL) return "AllCEsBroadcast";
    if (n == 0xFFFFFFFEL) return "AllFEsBroadcast";
    if (n == 0xFFFFFFFFL) return "AllBroadcast";
    return "ForCESreserved";
  }
}
