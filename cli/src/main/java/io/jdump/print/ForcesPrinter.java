package io.jdump.print;

/**
 * ForCES (RFC 5810) in SCTP DATA chunks, as tcpdump's {@code forces_print}: the message type,
 * with -v the header, with -vv its flags, then the top-level TLVs ({@link ForcesTlvs}), most of
 * which print from -vvv.
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
  private final ForcesTlvs tlvs;

  ForcesPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
    this.tlvs = new ForcesTlvs(f);
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
    if (typePrint(p, mlen, tom) < 0) {
      error(p, len);
      return;
    }
    if (v >= 4) {
      out.append("\n\t  Raw ForCES message\n\t [");
      tlvs.hex("\n\t ", p, len);
      out.append("\n\t ]");
    }
  }

  private void error(int p, int len) {
    tlvs.hex("\n\t[", p, len);
    out.append("\n\t]");
  }

  /** tcpdump's forces_type_print: the top-level TLVs the message type allows. */
  private int typePrint(int p, int mlen, int tom) {
    // tcpdump's tom_h flags: 0x01 no TLV, 0x02 zero or more, 0x04 one or more; TLVs at most >> 4
    int flags = switch (tom) {
      case 0x1 -> 0x22;
      case 0x2, 0x5, 0x11 -> 0x14;
      case 0xf -> 0x01;
      default -> 0xf4;
    };
    int opMask = switch (tom) {
      case 0x1, 0x5 -> 0x400;
      case 0x3 -> 0x2813;
      case 0x4 -> 0xc0;
      case 0x13 -> 0x102c;
      case 0x14 -> 0x300;
      default -> 0;
    };
    long rlen = mlen - HDRL;
    if (rlen > 4) {
      if ((flags & 0x01) != 0) {
        out.append("<0x").append(Integer.toHexString(flags)).append(">Illegal Top level TLV!\n");
        return -1;
      }
    } else {
      if ((flags & 0x02) != 0) return 0;
      if ((flags & 0x04) != 0) {
        out.append("\tTop level TLV Data missing!\n");
        return -1;
      }
    }
    if ((flags & 0x01) != 0) return 0;
    int ttlv = flags >> 4;
    int tlv = p + HDRL;
    while (rlen != 0) {
      int type = f.u16(tlv);
      int tlvl = f.u16(tlv + 2);
      if (ForcesTlvs.tlvValid(tlvl, rlen) != 0) break;
      if (!ForcesTlvs.ttlvValid(type)) {
        out.append("\n\tInvalid ForCES Top TLV type=0x").append(Integer.toHexString(type));
        return -1;
      }
      if (f.opts.verbosity() >= 3) {
        out.append('\t');
        tlvs.tlvNameOrNumber(type);
        out.append(", length ").append(tlvl).append(" (data length ").append(tlvl - 4)
            .append(" Bytes)");
      }
      int data = tlv + 4;
      int rc = switch (tom) {
        case 0x2 -> tlvs.teardown(data, tlvl, 9);
        case 0x6 -> tlvs.redirect(data, tlvl, 9);
        case 0x11 -> tlvs.associationResult(data, tlvl, 9);
        default -> tlvs.lfbSelect(data, tlvl, opMask, 9);
      };
      if (rc < 0) return -1;
      int step = (tlvl + 3) & ~3;
      tlv += step;
      rlen -= step;
      if (--ttlv <= 0) break;
    }
    if (rlen != 0) {
      out.append("\tMess TopTLV header: min 4, total ").append(rlen).append(" advertised ")
          .append(f.u16(tlv + 2)).append(' ');
      return -1;
    }
    return 0;
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
