package io.jdump.print;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * IEEE 802.1ag Connectivity Fault Management (Ethernet type 0x8902) as tcpdump's
 * {@code cfm_print}: version, opcode, MD level and length; with {@code -v} the flags, the
 * continuity check, linktrace and loopback fields and the TLVs (sender ID, port and interface
 * status, organisation specific; the rest in hex).
 */
final class CfmPrinter {
  private static final String[] OPCODES = {null, "Continuity Check Message", "Loopback Reply",
    "Loopback Message", "Linktrace Reply", "Linktrace Message"};
  private static final float[] CCM_INTERVAL = {0.0f, 0.003333f, 0.01f, 0.1f, 1.0f, 10.0f, 60.0f,
    600.0f};
  private static final String[] MD_FORMATS = {"IEEE 802.1", "No MD Name present", "DNS string",
    "MAC + 16Bit Integer", "Character string"};
  private static final String[] MA_FORMATS = {"IEEE 802.1", "Primary VID", "Character string",
    "16Bit Integer", "RFC2685 VPN-ID"};
  private static final String[] REPLY_ACTIONS = {null, "Exact Match", "Filtering DB",
    "MIP CCM DB"};
  private static final int[] LTR_FLAG_BITS = {0x80, 0x40, 0x20};
  private static final String[] LTR_FLAGS = {"UseFDB Only", "FwdYes", "Terminal MEP"};
  private static final String[] TLVS = {"End", "Sender ID", "Port status", "Interface status",
    "Data", "Reply Ingress", "Reply Egress"};
  private static final String[] PORT_STATUS = {null, "Blocked", "Up"};
  private static final String[] INTERFACE_STATUS = {null, "Up", "Down", "Testing", null,
    "Dormant", "not present", "lower Layer down"};
  private static final String[] CHASSIS_TYPES = {"Reserved", "Chassis component",
    "Interface alias", "Port component", "MAC address", "Network address", "Interface name",
    "Locally assigned"};

  private static final int QUIET = 0;
  private static final int DUMP = 1;
  private static final int NEXT = 2;
  private static final int END = 3;

  private final Frame f;
  private final StringBuilder out;
  // the sender ID TLV's cursor: position, bytes left in the PDU, bytes left in the TLV
  private int sp;
  private int stlen;
  private int slen;

  CfmPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  private void tooShort() {
    out.append("\n\t\t packet is too short");
  }

  void print(int pp, int length) {
    f.proto = "cfm";
    if (length < 4) {
      tooShort();
      return;
    }
    if (!f.has(pp, 4)) {
      f.printTrunc();
      return;
    }
    int mdv = f.u8(pp);
    int version = mdv & 0x1f;
    if (version != 0) {
      out.append("CFMv").append(version).append(" not supported, length ").append(length);
      return;
    }
    int opcode = f.u8(pp + 1);
    out.append("CFMv").append(version).append(' ');
    if (opcode >= 1 && opcode < OPCODES.length) out.append(OPCODES[opcode]);
    else out.append("unknown (").append(opcode).append(')');
    out.append(", MD Level ").append((mdv & 0xe0) >> 5).append(", length ").append(length);
    if (f.opts.verbosity() < 1) return;
    int flags = f.u8(pp + 2);
    int firstTlv = f.u8(pp + 3);
    out.append("\n\tFirst TLV offset ").append(firstTlv);
    int p = pp + 4;
    int tlen = length - 4;
    if (firstTlv > tlen) {
      out.append(" (too large, must be <= ").append(tlen).append(')');
      return;
    }
    switch (opcode) {
      case 1 -> {
        if (!fixedPart(p, tlen, firstTlv, 70, 1)) return;
        if (!ccm(p, flags)) return;
      }
      case 5 -> {
        if (!fixedPart(p, tlen, firstTlv, 17, 4)) return;
        out.append(", Flags [").append((flags & 0x80) != 0 ? "Use Forwarding-DB only" : "none")
            .append("]\n\t  Transaction-ID 0x");
        Text.hex8(out, f.u32(p));
        out.append(", ttl ").append(f.u8(p + 4)).append("\n\t  Original-MAC ");
        f.names.mac(out, f.b, p + 5);
        out.append(", Target-MAC ");
        f.names.mac(out, f.b, p + 11);
      }
      case 4 -> {
        if (!fixedPart(p, tlen, firstTlv, 6, 5)) return;
        out.append(", Flags [");
        LldpTables.bits(out, LTR_FLAG_BITS, LTR_FLAGS, flags, "none");
        out.append("]\n\t  Transaction-ID 0x");
        Text.hex8(out, f.u32(p));
        int action = f.u8(p + 5);
        out.append(", ttl ").append(f.u8(p + 4)).append("\n\t  Replay-Action ")
            .append(LldpTables.name(REPLY_ACTIONS, action, "Unknown")).append(" (").append(action)
            .append(')');
      }
      default -> f.unknownData(p, "\n\t  ", tlen - firstTlv);
    }
    p += firstTlv;
    tlen -= firstTlv;
    tlvs(p, tlen);
  }

  /**
   * tcpdump's checks of a message's fixed part (size bytes, its number n in the complaint).
   * {@return false after the complaint}
   */
  private boolean fixedPart(int p, int tlen, int firstTlv, int size, int n) {
    if (firstTlv < size) {
      out.append(" (too small ").append(n).append(", must be >= ").append(size).append(')');
      return false;
    }
    if (tlen < size) {
      tooShort();
      return false;
    }
    if (!f.has(p, size)) {
      f.printTrunc();
      return false;
    }
    return true;
  }

  /** The continuity check message's fields. {@return false when a name length is too large} */
  private boolean ccm(int p, int flags) {
    int interval = flags & 7;
    out.append(", Flags [CCM Interval ").append(interval)
        .append((flags & 0x80) != 0 ? ", RDI" : "").append(']');
    if (interval != 0) {
      String[] t = CcmTimes.TABLE[interval];
      out.append("\n\t  CCM Interval ").append(t[0]).append("s, min CCM Lifetime ").append(t[1])
          .append("s, max CCM Lifetime ").append(t[2]);
      out.append('s');
    }
    out.append("\n\t  Sequence Number 0x");
    Text.hex8(out, f.u32(p));
    out.append(", MA-End-Point-ID 0x");
    Text.hex4(out, f.u16(p + 4));
    int names = p + 6;
    int remaining = 48;
    int mdFormat = f.u8(names);
    names++;
    remaining--;
    if (mdFormat != 1) {
      int mdLen = f.u8(names);
      names++;
      remaining--;
      out.append("\n\t  MD Name Format ").append(LldpTables.name(MD_FORMATS, mdFormat, "Unknown"))
          .append(" (").append(mdFormat).append("), MD Name length ").append(mdLen);
      if (mdLen > remaining - 3) {
        out.append(" (too large, must be <= ").append(remaining - 2).append(')');
        return false;
      }
      out.append("\n\t  MD Name: ");
      switch (mdFormat) {
        case 2, 4 -> f.printjnp(names, mdLen);
        case 3 -> {
          if (mdLen == 6) {
            out.append("\n\t  MAC ");
            f.names.mac(out, f.b, names);
          } else {
            out.append("\n\t  MAC (length invalid)");
          }
        }
        default -> f.unknownData(names, "\n\t    ", mdLen);
      }
      names += mdLen;
      remaining -= mdLen;
    } else {
      out.append("\n\t  MD Name Format ").append(MD_FORMATS[1]).append(" (1)");
    }
    int maFormat = f.u8(names);
    int maLen = f.u8(names + 1);
    names += 2;
    remaining -= 2;
    out.append("\n\t  MA Name-Format ").append(LldpTables.name(MA_FORMATS, maFormat, "Unknown"))
        .append(" (").append(maFormat).append("), MA name length ").append(maLen);
    if (maLen > remaining) {
      out.append(" (too large, must be <= ").append(remaining).append(')');
      return false;
    }
    out.append("\n\t  MA Name: ");
    if (maFormat == 2) f.printjnp(names, maLen);
    else f.unknownData(names, "\n\t    ", maLen);
    return true;
  }

  /**
   * Each interval's time, minimum and maximum lifetime as printf's "%.3f" prints them, made on the
   * first CCM printed: BigDecimal's start costs a cold `jdump -r` ~10 ms it need not pay.
   */
  private static final class CcmTimes {
    static final String[][] TABLE = new String[CCM_INTERVAL.length][];

    static {
      for (int i = 0; i < CCM_INTERVAL.length; i++) {
        double base = CCM_INTERVAL[i];
        TABLE[i] = new String[] {fixed3(base), fixed3(base * 3.25), fixed3(base * 3.5)};
      }
    }

    private CcmTimes() {}
  }

  /** printf's "%.3f" of the exact binary value, as C rounds it. */
  private static String fixed3(double v) {
    return new BigDecimal(v).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
  }

  private void tlvs(int p, int tlen) {
    while (tlen != 0) {
      int type = f.u8(p);
      out.append("\n\t").append(type == 31 ? "Organization Specific"
          : LldpTables.name(TLVS, type, "Unknown")).append(" TLV (0x");
      Text.hex2(out, type);
      out.append(')');
      if (type == 0) return;
      if (tlen < 3) {
        tooShort();
        return;
      }
      if (!f.has(p, 3)) {
        f.printTrunc();
        return;
      }
      int len = f.u16(p + 1);
      out.append(", length ").append(len);
      p += 3;
      tlen -= 3;
      int tlv = p;
      if (tlen < len) {
        tooShort();
        return;
      }
      if (!f.has(p, len)) {
        f.printTrunc();
        return;
      }
      boolean hexdump = false;
      switch (type) {
        case 2, 3 -> {
          if (len < 1) {
            out.append(" (too short, must be >= 1)");
            return;
          }
          int s = f.u8(p);
          out.append(", Status: ")
              .append(LldpTables.name(type == 2 ? PORT_STATUS : INTERFACE_STATUS, s, "Unknown"))
              .append(" (").append(s).append(')');
        }
        case 31 -> {
          if (len < 4) {
            out.append(" (too short, must be >= 4)");
            return;
          }
          int oui = f.u24(p);
          out.append(", Vendor: ").append(Names.oui(oui)).append(" (")
              .append(oui).append("), Sub-Type ").append(f.u8(p + 3));
          hexdump = true;
        }
        case 1 -> {
          sp = p;
          stlen = tlen;
          slen = len;
          int verdict = senderId();
          if (verdict == END) return;
          p = sp;
          tlen = stlen;
          len = slen;
          if (verdict == NEXT) { // tcpdump's "goto next_tlv": no hex dump
            p += len;
            tlen -= len;
            continue;
          }
          hexdump = verdict == DUMP;
        }
        default -> hexdump = true;
      }
      if (hexdump || f.opts.verbosity() > 1) f.unknownData(tlv, "\n\t  ", len);
      p += len;
      tlen -= len;
    }
  }

  /**
   * The sender ID TLV, reading and moving {@link #sp}, {@link #stlen} and {@link #slen}.
   * {@return DUMP, QUIET, NEXT (skip to the next TLV) or END (the packet ends)}
   */
  private int senderId() {
    int p = sp;
    int tlen = stlen;
    int len = slen;
    int hexdump = QUIET;
    if (len < 1) {
      out.append(" (too short, must be >= 1)");
      return keep(p, tlen, len, NEXT);
    }
    int chassisLen = f.u8(p);
    p++;
    tlen--;
    len--;
    if (chassisLen != 0) {
      if (len < 1) {
        out.append("\n\t  (TLV too short)");
        return keep(p, tlen, len, NEXT);
      }
      int chassisType = f.u8(p);
      len--;
      out.append("\n\t  Chassis-ID Type ")
          .append(LldpTables.name(CHASSIS_TYPES, chassisType, "Unknown")).append(" (")
          .append(chassisType).append("), Chassis-ID length ").append(chassisLen);
      if (len < chassisLen) {
        out.append("\n\t  (TLV too short)");
        return keep(p, tlen, len, NEXT);
      }
      switch (chassisType) {
        case 4 -> {
          if (chassisLen != 6) {
            out.append(" (invalid MAC address length)");
            hexdump = DUMP;
          } else {
            f.need(p + 1, 6);
            out.append("\n\t  MAC ");
            f.names.mac(out, f.b, p + 1);
          }
        }
        case 5 -> hexdump = networkAddress(p + 1, chassisLen) || hexdump == DUMP ? DUMP : QUIET;
        case 1, 2, 3, 6, 7 -> f.printjnp(p + 1, chassisLen);
        default -> hexdump = DUMP;
      }
      len -= chassisLen;
      p += 1 + chassisLen;
      tlen -= 1 + chassisLen;
    }
    if (len == 0) return keep(p, tlen, len, hexdump);
    int domainLen = f.u8(p);
    p++;
    tlen--;
    len--;
    out.append("\n\t  Management Address Domain Length ").append(domainLen);
    if (domainLen != 0) {
      if (len < domainLen) {
        out.append("\n\t  (TLV too short)");
        return keep(p, tlen, len, NEXT);
      }
      len -= domainLen;
      hexLine("\n\t  Management Address Domain: ", p, domainLen);
      p += domainLen;
      tlen -= domainLen;
      if (len < 1) {
        out.append(" (Management Address Length is missing)");
        return keep(p, tlen, len, DUMP);
      }
      int addrLen = f.u8(p);
      p++;
      tlen--;
      len--;
      out.append("\n\t  Management Address Length ").append(addrLen);
      if (addrLen != 0) {
        if (len < addrLen) {
          out.append("\n\t  (TLV too short)");
          return END;
        }
        len -= addrLen;
        hexLine("\n\t  Management Address: ", p, addrLen);
        p += addrLen;
        tlen -= addrLen;
      }
    }
    return keep(p, tlen, len, hexdump);
  }

  private int keep(int p, int tlen, int len, int verdict) {
    sp = p;
    stlen = tlen;
    slen = len;
    return verdict;
  }

  /** tcpdump's {@code hex_print}: hex lines under an indent of its own. */
  private void hexLine(String indent, int p, int n) {
    f.need(p, n);
    HexDump.hex(out, f.b, p, n, indent);
  }

  private boolean networkAddress(int p, int length) {
    if (length < 1) {
      out.append("\n\t  Network Address Type (invalid, no data");
      return false;
    }
    int type = f.u8(p);
    String name = BgpNames.afi(type);
    out.append("\n\t  Network Address Type ").append(name == null ? "Unknown" : name)
        .append(" (").append(type).append(')');
    switch (type) {
      case 1 -> {
        if (length != 5) {
          out.append("(invalid IPv4 address length ").append(length - 1).append(')');
          return true;
        }
        f.need(p + 1, 4);
        out.append(", ");
        f.names.ip4(out, f.b, p + 1);
      }
      case 2 -> {
        if (length != 17) {
          out.append("(invalid IPv6 address length ").append(length - 1).append(')');
          return true;
        }
        f.need(p + 1, 16);
        out.append(", ");
        f.names.ip6(out, f.b, p + 1);
      }
      default -> {
        return true;
      }
    }
    return false;
  }
}
