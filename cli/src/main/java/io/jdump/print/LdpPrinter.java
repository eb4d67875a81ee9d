package io.jdump.print;

import java.util.Arrays;

/**
 * LDP (TCP and UDP port 646), as tcpdump's {@code ldp_print}: each PDU's LSR id and length, and
 * with {@code -v} its messages and their TLVs (hello parameters, addresses, FECs with prefixes
 * and pseudowires, labels, status, session and fault-tolerance parameters). tcpdump leaves this
 * printer by its long jump on every cut read: a {@link Truncated} throw.
 */
final class LdpPrinter {
  private final Frame f;
  private final StringBuilder out;
  /** A FEC prefix padded with zeros, as tcpdump's decode_prefix4/6 copy it. */
  private final byte[] prefix = new byte[16];

  LdpPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int p, int len) {
    f.proto = "ldp";
    while (len > 18) {
      int processed = pdu(p);
      if (processed == 0) return;
      if (len < processed) {
        out.append(" [remaining length ").append(len).append(" < ").append(processed).append(']');
        f.printInvalid();
        return;
      }
      len -= processed;
      p += processed;
    }
  }

  private static String msgName(int t) {
    return switch (t) {
      case 0x0001 -> "Notification";
      case 0x0100 -> "Hello";
      case 0x0200 -> "Initialization";
      case 0x0201 -> "Keepalive";
      case 0x0300 -> "Address";
      case 0x0301 -> "Address Withdraw";
      case 0x0400 -> "Label Mapping";
      case 0x0401 -> "Label Request";
      case 0x0402 -> "Label Withdraw";
      case 0x0403 -> "Label Release";
      case 0x0404 -> "Label Abort Request";
      default -> "Unknown";
    };
  }

  private static String tlvName(int t) {
    return switch (t) {
      case 0x0100 -> "FEC";
      case 0x0101 -> "Address List";
      case 0x0103 -> "Hop Count";
      case 0x0104 -> "Path Vector";
      case 0x0200 -> "Generic Label";
      case 0x0201 -> "ATM Label";
      case 0x0202 -> "Frame-Relay Label";
      case 0x0300 -> "Status";
      case 0x0301 -> "Extended Status";
      case 0x0302 -> "Returned PDU";
      case 0x0303 -> "Returned Message";
      case 0x0400 -> "Common Hello Parameters";
      case 0x0401 -> "IPv4 Transport Address";
      case 0x0402 -> "Configuration Sequence Number";
      case 0x0403 -> "IPv6 Transport Address";
      case 0x0500 -> "Common Session Parameters";
      case 0x0501 -> "ATM Session Parameters";
      case 0x0502 -> "Frame-Relay Session Parameters";
      case 0x0503 -> "Fault-Tolerant Session Parameters";
      case 0x0600 -> "Label Request Message ID";
      case 0x0601 -> "MTU";
      default -> "Unknown";
    };
  }

  private String sep() {
    return f.opts.verbosity() < 1 ? "" : "\n\t";
  }

  /** One PDU; its length with the version and length fields, 0 to stop. */
  private int pdu(int p) {
    f.need(p, 10);
    int version = f.u16(p);
    if (version != 1) {
      out.append(sep()).append("LDP version ").append(version).append(" packet not supported");
      return 0;
    }
    int pduLen = f.u16(p + 2);
    if (pduLen < 6) {
      out.append(sep()).append("LDP, pdu-length: ").append(pduLen).append(" (too short, < 6)");
      return 0;
    }
    out.append(sep()).append("LDP, Label-Space-ID: ");
    f.names.ip4(out, f.b, p + 4);
    out.append(':').append(f.u16(p + 8)).append(", pdu-length: ").append(pduLen);
    if (f.opts.verbosity() < 1) return 0;
    int t = p + 10;
    int tlen = pduLen - 6;
    while (tlen > 0) {
      f.need(t, 8);
      int msgLen = f.u16(t + 2);
      int typeField = f.u16(t);
      int type = typeField & 0x7fff;
      if (msgLen < 4) {
        out.append("\n\t  ").append(msgName(type)).append(" Message (0x");
        Text.hex4(out, type);
        out.append("), length: ").append(msgLen).append(" (too short, < 4)");
        return 0;
      }
      out.append("\n\t  ").append(msgName(type)).append(" Message (0x");
      Text.hex4(out, type);
      out.append("), length: ").append(msgLen).append(", Message ID: 0x");
      Text.hex8(out, f.u32(t + 4));
      out.append(", Flags: [").append((typeField & 0x8000) != 0 ? "continue processing" : "ignore")
          .append(" if unknown]");
      int mp = t + 8;
      int mlen = msgLen - 4;
      f.need(t, msgLen);
      switch (type) {
        case 0x0001, 0x0100, 0x0200, 0x0201, 0x0300, 0x0400, 0x0301, 0x0402 -> {
          while (mlen >= 4) {
            int n = tlv(mp, mlen);
            if (n == 0) break;
            mlen -= n;
            mp += n;
          }
        }
        default -> {
          if (f.opts.verbosity() <= 1) f.unknownData(mp, "\n\t  ", mlen);
        }
      }
      if (f.opts.verbosity() > 1) f.unknownData(t + 8, "\n\t  ", msgLen);
      t += msgLen + 4;
      // tcpdump's u_short: an underflow keeps it reading messages until a read fails
      tlen = (tlen - (msgLen + 4)) & 0xffff;
    }
    return pduLen + 4;
  }

  /** tcpdump's TLV_TCHECK: false (after its complaint) when the value is shorter than min. */
  private boolean tooShort(int tlen, int min) {
    if (tlen >= min) return false;
    out.append(" [tlv length ").append(tlen).append(" < ").append(min).append(']');
    f.printInvalid();
    return true;
  }

  /** One TLV; its length with its header, 0 when it runs past the message. */
  private int tlv(int t, int msgLen) {
    f.need(t, 4);
    int len = f.u16(t + 2);
    if (len + 4 > msgLen) {
      out.append("\n\t\t TLV contents go past end of message");
      return 0;
    }
    int typeField = f.u16(t);
    int type = typeField & 0x3fff;
    out.append("\n\t    ").append(tlvName(type)).append(" TLV (0x");
    Text.hex4(out, type);
    out.append("), length: ").append(len).append(", Flags: [")
        .append((typeField & 0x8000) != 0 ? "continue processing" : "ignore").append(" and ")
        .append((typeField & 0x4000) != 0 ? "do" : "don't").append(" forward if unknown]");
    int p = t + 4;
    int tlen = len;
    switch (type) {
      case 0x0400 -> {
        if (tooShort(tlen, 4)) break;
        f.need(p, 4);
        int fl = f.u16(p + 2);
        out.append("\n\t      Hold Time: ").append(f.u16(p)).append("s, Flags: [")
            .append((fl & 0x8000) != 0 ? "Targeted" : "Link").append(" Hello")
            .append((fl & 0x4000) != 0 ? ", Request for targeted Hellos" : "").append(']');
      }
      case 0x0401 -> {
        if (tooShort(tlen, 4)) break;
        f.need(p, 4);
        out.append("\n\t      IPv4 Transport Address: ");
        f.names.ip4(out, f.b, p);
      }
      case 0x0403 -> {
        if (tooShort(tlen, 16)) break;
        f.need(p, 16);
        out.append("\n\t      IPv6 Transport Address: ");
        f.names.ip6(out, f.b, p);
      }
      case 0x0402 -> {
        if (tooShort(tlen, 4)) break;
        long n = f.u32(p);
        out.append("\n\t      Sequence Number: ").append(n);
      }
      case 0x0101 -> {
        if (tooShort(tlen, 2)) break;
        int af = f.u16(p);
        p += 2;
        tlen -= 2;
        String name = BgpNames.afi(af);
        out.append("\n\t      Address Family: ");
        if (name != null) out.append(name);
        else out.append("Unknown (").append(af).append(')');
        out.append(", addresses");
        if (af == 1) {
          for (; tlen >= 4; tlen -= 4, p += 4) {
            f.need(p, 4);
            out.append(' ');
            f.names.ip4(out, f.b, p);
          }
        } else if (af == 2) {
          for (; tlen >= 16; tlen -= 16, p += 16) {
            f.need(p, 16);
            out.append(' ');
            f.names.ip6(out, f.b, p);
          }
        }
      }
      case 0x0500 -> {
        if (tooShort(tlen, 8)) break;
        f.need(p, 8);
        int fl = f.u16(p + 6);
        out.append("\n\t      Version: ").append(f.u16(p)).append(", Keepalive: ")
            .append(f.u16(p + 2)).append("s, Flags: [Downstream ")
            .append((fl & 0x8000) != 0 ? "On Demand" : "Unsolicited").append(", Loop Detection ")
            .append((fl & 0x4000) != 0 ? "Enabled" : "Disabled").append(']');
      }
      case 0x0100 -> fec(p, tlen, len);
      case 0x0200 -> {
        if (tooShort(tlen, 4)) break;
        long l = f.u32(p) & 0xfffff;
        out.append("\n\t      Label: ").append(l);
      }
      case 0x0300 -> {
        if (tooShort(tlen, 8)) break;
        long ui = f.u32(p);
        out.append("\n\t      Status: 0x");
        String h = Long.toHexString(ui & 0x3fffffff); // %02x: at least two digits
        if (h.length() < 2) out.append('0');
        out.append(h);
        out.append(", Flags: [").append((ui & 0x80000000L) != 0 ? "Fatal error"
            : "Advisory Notification").append(" and ")
            .append((ui & 0x40000000L) != 0 ? "do" : "don't").append(" forward]");
        ui = f.u32(p + 4);
        if (ui != 0) {
          out.append(", causing Message ID: 0x");
          Text.hex8(out, ui);
        }
      }
      case 0x0503 -> {
        if (tooShort(tlen, 12)) break;
        int fl = f.u16(p);
        out.append("\n\t      Flags: [").append((fl & 0x8000) != 0 ? "" : "No ")
            .append("Reconnect, ").append((fl & 0x8) != 0 ? "" : "Don't ").append("Save State, ")
            .append((fl & 0x4) != 0 ? "" : "No ").append("All-Label Protection, ")
            .append((fl & 0x2) != 0 ? "Sequence Numbered Label" : "All Labels")
            .append(" Checkpoint, ").append((fl & 0x1) != 0 ? "" : "Don't ")
            .append("Re-Learn State]");
        long ui = f.u32(p + 4);
        if (ui != 0) out.append(", Reconnect Timeout: ").append(ui).append("ms");
        ui = f.u32(p + 8);
        if (ui != 0) out.append(", Recovery Time: ").append(ui).append("ms");
      }
      case 0x0601 -> {
        if (tooShort(tlen, 2)) break;
        int mtu = f.u16(p);
        out.append("\n\t      MTU: ").append(mtu);
      }
      default -> {
        if (f.opts.verbosity() <= 1) f.unknownData(p, "\n\t      ", tlen);
      }
    }
    return len + 4;
  }

  private void fec(int p, int tlen, int len) {
    if (tooShort(tlen, 1)) return;
    int ft = f.u8(p);
    out.append("\n\t      ").append(switch (ft) {
      case 1 -> "Wildcard";
      case 2 -> "Prefix";
      case 3 -> "Host address";
      case 0x80 -> "Martini VC";
      default -> "Unknown";
    }).append(" FEC (0x");
    Text.hex2(out, ft);
    out.append(')');
    p++;
    tlen--;
    if (ft == 2) {
      if (tooShort(tlen, 2)) return;
      int af = f.u16(p);
      p += 2;
      tlen -= 2;
      if (af == 1 || af == 2) {
        int max = af == 1 ? 32 : 128;
        f.need(p, 1);
        int r;
        int plen = f.u8(p);
        if (tlen < 1) {
          throw f.truncated(); // tcpdump 4.99.3's decode_prefix returns -2 (truncated) here
        } else if (plen > max) {
          r = -1;
        } else {
          int n = (plen + 7) / 8;
          f.need(p + 1, n);
          if (tlen - 1 < n) throw f.truncated();
          r = 0;
          if (r == 0) {
            Arrays.fill(prefix, (byte) 0);
            System.arraycopy(f.b, p + 1, prefix, 0, n);
            if (plen % 8 != 0) prefix[n - 1] &= (byte) (0xff00 >> (plen % 8));
          }
        }
        if (r == -1) {
          out.append(af == 1 ? ": IPv4" : ": IPv6").append(" prefix (invalid length)");
        } else {
          out.append(af == 1 ? ": IPv4 prefix " : ": IPv6 prefix ");
          if (af == 1) f.names.ip4(out, prefix, 0);
          else f.names.ip6(out, prefix, 0);
          out.append('/').append(plen);
        }
      } else {
        out.append(": Address family ").append(af).append(" prefix");
      }
    } else if (ft == 0x80) {
      martini(p, tlen);
    }
  }

  private void martini(int p, int tlen) {
    if (tooShort(tlen, 7)) return;
    int infoLen = f.u8(p + 2);
    int w = f.u16(p);
    if (infoLen == 0) {
      long group = f.u32(p + 3);
      out.append(": ").append(pwType(w & 0x7fff)).append(", ")
          .append((w & 0x8000) != 0 ? "" : "no ").append("control word, group-ID ").append(group)
          .append(", VC-info-length: ").append(infoLen);
      return;
    }
    if (tooShort(tlen, 11)) return;
    f.need(p, 11);
    out.append(": ").append(pwType(w & 0x7fff)).append(", ")
        .append((w & 0x8000) != 0 ? "" : "no ").append("control word, group-ID ")
        .append(f.u32(p + 3)).append(", VC-ID ").append(f.u32(p + 7))
        .append(", VC-info-length: ").append(infoLen);
    if (infoLen < 4) {
      out.append(" (invalid, < 4");
      return;
    }
    infoLen -= 4;
    p += 11;
    tlen -= 11;
    if (tooShort(tlen, infoLen)) return;
    while (infoLen > 2) {
      int it = f.u8(p);
      int il = f.u8(p + 1);
      if (il < 2 || infoLen < il) break;
      out.append("\n\t\tInterface Parameter: ").append(switch (it) {
        case 0x01 -> "MTU";
        case 0x03 -> "Description";
        case 0x0c -> "VCCV";
        default -> "Unknown";
      }).append(" (0x");
      Text.hex2(out, it);
      out.append("), len ").append(il);
      switch (it) {
        case 0x01 -> {
          int mtu = f.u16(p + 2); // read before ": " is printed: a cut MTU prints neither
          out.append(": ").append(mtu);
        }
        case 0x03 -> {
          out.append(": ");
          for (int i = 2; i < il; i++) Text.printChar(out, f.u8(p + i));
        }
        case 0x0c -> {
          int cc = f.u8(p + 2);
          out.append("\n\t\t  Control Channels (0x");
          Text.hex2(out, cc);
          out.append(") = [");
          bits(cc, "PWE3 control word", "MPLS Router Alert Label", "MPLS inner label TTL = 1");
          // the line is printed whole before the CV byte is read: a cut there keeps its ']'
          out.append(']');
          int cv = f.u8(p + 3);
          out.append("\n\t\t  CV Types (0x");
          Text.hex2(out, cv);
          out.append(") = [");
          bits(cv, "ICMP Ping", "LSP Ping", "BFD");
          out.append(']');
        }
        default -> f.unknownData(p + 2, "\n\t\t  ", il - 2);
      }
      infoLen -= il;
      p += il;
    }
  }

  private void bits(int v, String a, String b, String c) {
    int start = out.length();
    if ((v & 1) != 0) out.append(a);
    if ((v & 2) != 0) OspfPrinter.sep(out, start).append(b);
    if ((v & 4) != 0) OspfPrinter.sep(out, start).append(c);
    if (out.length() == start) out.append("none");
  }

  /** l2vpn.c's {@code mpls_pw_types_values}. */
  static String pwType(int t) {
    return switch (t) {
      case 0x0000 -> "Reserved";
      case 0x0001 -> "Frame Relay DLCI (Martini Mode)";
      case 0x0002 -> "ATM AAL5 SDU VCC transport";
      case 0x0003 -> "ATM transparent cell transport";
      case 0x0004 -> "Ethernet VLAN";
      case 0x0005 -> "Ethernet";
      case 0x0006 -> "Cisco-HDLC";
      case 0x0007 -> "PPP";
      case 0x0008 -> "SONET/SDH Circuit Emulation Service over MPLS";
      case 0x0009 -> "ATM n-to-one VCC cell transport";
      case 0x000a -> "ATM n-to-one VPC cell transport";
      case 0x000b -> "IP Layer2 Transport";
      case 0x000c -> "ATM one-to-one VCC Cell Mode";
      case 0x000d -> "ATM one-to-one VPC Cell Mode";
      case 0x000e -> "ATM AAL5 PDU VCC transport";
      case 0x000f -> "Frame-Relay Port mode";
      case 0x0010 -> "SONET/SDH Circuit Emulation over Packet";
      case 0x0011 -> "Structure-agnostic E1 over Packet";
      case 0x0012 -> "Structure-agnostic T1 (DS1) over Packet";
      case 0x0013 -> "Structure-agnostic E3 over Packet";
      case 0x0014 -> "Structure-agnostic T3 (DS3) over Packet";
      case 0x0015 -> "CESoPSN basic mode";
      case 0x0016 -> "TDMoIP basic mode";
      case 0x0017 -> "CESoPSN TDM with CAS";
      case 0x0018 -> "TDMoIP TDM with CAS";
      case 0x0019 -> "Frame Relay DLCI";
      case 0x0040 -> "IP-interworking";
      default -> "Unknown";
    };
  }
}
