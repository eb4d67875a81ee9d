package io.jdump.print;

/**
 * LSP ping / MPLS OAM (UDP port 3503, RFC 4379), as tcpdump's {@code lspping_print}: the
 * message type, and with {@code -v} the header with its NTP timestamps and the TLVs (target FEC
 * stack sub-TLVs, downstream mapping, BFD discriminator, vendor).
 */
final class LspPingPrinter {
  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;

  LspPingPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  private static String returnCode(int c) {
    return switch (c) {
      case 0 -> "No return code or return code contained in the Error Code TLV";
      case 1 -> "Malformed echo request received";
      case 2 -> "One or more of the TLVs was not understood";
      case 3 -> "Replying router is an egress for the FEC at stack depth";
      case 4 -> "Replying router has no mapping for the FEC at stack depth";
      case 5, 6, 7 -> "Reserved";
      case 8 -> "Label switched at stack-depth";
      case 9 -> "Label switched but no MPLS forwarding at stack-depth";
      case 10 -> "Mapping for this FEC is not the given label at stack depth";
      case 11 -> "No label entry at stack-depth";
      case 12 -> "Protocol not associated with interface at FEC stack depth";
      case 13 -> "Premature termination of ping due to label stack shrinking to a single label";
      default -> "unknown";
    };
  }

  private static String tlvName(int t) {
    return switch (t) {
      case 1 -> "Target FEC Stack";
      case 2 -> "Downstream Mapping";
      case 3 -> "Pad";
      case 9 -> "Error Code";
      case 5 -> "Vendor Enterprise Code";
      case 7 -> "Interface Label Stack";
      case 10 -> "Reply TOS Byte";
      case 15 -> "BFD Discriminator";
      case 0xfc00 -> "Vendor Private Code";
      default -> "Unknown";
    };
  }

  private static String subTlvName(int t) {
    return switch (t) {
      case 1 -> "LDP IPv4 prefix";
      case 2 -> "LDP IPv6 prefix";
      case 3 -> "RSVP IPv4 Session Query";
      case 4 -> "RSVP IPv6 Session Query";
      case 5 -> "Reserved";
      case 6 -> "VPN IPv4 prefix";
      case 7 -> "VPN IPv6 prefix";
      case 8 -> "L2 VPN endpoint";
      case 9 -> "FEC 128 pseudowire (old)";
      case 10 -> "FEC 128 pseudowire";
      case 12 -> "BGP labeled IPv4 prefix";
      case 13 -> "BGP labeled IPv6 prefix";
      default -> "Unknown";
    };
  }

  private static String msgType(int t) {
    return t == 1 ? "MPLS Echo Request" : t == 2 ? "MPLS Echo Reply" : null;
  }

  void print(int p, int len) {
    f.proto = "lspping";
    if (len < 32) {
      tooShort();
      return;
    }
    f.need(p, 32); // print-lspping.c's checks long-jump: -x then dumps the link header too
    int version = f.u16(p);
    if (version != 1) {
      out.append("LSP-PING version ").append(version).append(" packet not supported");
      return;
    }
    int type = f.u8(p + 4);
    String tn = msgType(type);
    if (f.opts.verbosity() < 1) {
      out.append("LSP-PINGv1, ");
      if (tn == null) out.append("unknown (").append(type).append(')');
      else out.append(tn);
      out.append(", seq ").append(f.u32(p + 12)).append(", length: ").append(len);
      return;
    }
    int mode = f.u8(p + 5);
    out.append("\n\tLSP-PINGv1, msg-type: ").append(tn == null ? "unknown" : tn).append(" (")
        .append(type).append("), length: ").append(len).append("\n\t  reply-mode: ")
        .append(switch (mode) {
          case 1 -> "Do not reply";
          case 2 -> "Reply via an IPv4/IPv6 UDP packet";
          case 3 -> "Reply via an IPv4/IPv6 UDP packet with Router Alert";
          case 4 -> "Reply via application level control channel";
          default -> "unknown";
        }).append(" (").append(mode).append(')');
    int rc = f.u8(p + 6);
    int sub = f.u8(p + 7);
    out.append("\n\t  Return Code: ").append(returnCode(rc));
    if (rc == 3 || rc == 4 || rc == 8 || rc == 10 || rc == 11 || rc == 12) {
      out.append(' ').append(sub);
    }
    out.append(" (").append(rc).append(")\n\t  Return Subcode: (").append(sub)
        .append(")\n\t  Sender Handle: 0x");
    Text.hex8(out, f.u32(p + 8));
    out.append(", Sequence: ").append(f.u32(p + 12)).append("\n\t  Sender Timestamp: ");
    d.ntp.ntpTime(p + 16);
    out.append(" Receiver Timestamp: ");
    if (f.u32(p + 24) == 0 && f.u32(p + 28) == 0) out.append("no timestamp");
    else d.ntp.ntpTime(p + 24);
    int t = p + 32;
    int tlen = len - 32;
    while (tlen != 0) {
      if (tlen < 4) {
        tooShort();
        return;
      }
      int tt = f.u16(t);
      int tl = f.u16(t + 2);
      out.append("\n\t  ").append(tlvName(tt)).append(" TLV (").append(tt)
          .append("), length: ").append(tl);
      if (tl == 0) {
        t += 4;
        tlen -= 4;
        continue;
      }
      if (tlen < tl + 4) {
        tooShort();
        return;
      }
      f.need(t + 4, tl);
      int r = tlv(tt, t + 4, tl);
      if (r == STOP) return;
      if (f.opts.verbosity() > 1 || r == HEX) f.unknownData(t + 4, "\n\t    ", tl);
      if (tl % 4 != 0) {
        tl += 4 - tl % 4;
        if (tlen < tl + 4) {
          tooShort();
          return;
        }
      }
      t += tl + 4;
      tlen -= tl + 4;
    }
  }

  private static final int DONE = 0;
  private static final int HEX = 1;
  private static final int STOP = 2;

  private void tooShort() {
    out.append("\n\t\t packet is too short");
  }

  private int tlvTooShort() {
    out.append("\n\t      TLV is too short");
    return HEX;
  }

  private void ip6(int p) {
    f.need(p, 16);
    f.names.ip6(out, f.b, p);
  }

  /** One TLV's value, all captured: DONE, HEX (dump it) or STOP (tcpdump returns). */
  private int tlv(int type, int v, int vlen) {
    switch (type) {
      case 1 -> {
        while (vlen != 0) {
          if (vlen < 4) return tlvTooShort();
          int st = f.u16(v);
          int sl = f.u16(v + 2);
          if (vlen < sl + 4) return tlvTooShort();
          f.need(v + 4, sl);
          out.append("\n\t    ").append(subTlvName(st)).append(" subTLV (").append(st)
              .append("), length: ").append(sl);
          boolean hex = fec(st, v + 4, sl);
          if (f.opts.verbosity() > 1 || hex) f.unknownData(v + 4, "\n\t      ", sl);
          if (sl % 4 != 0) {
            sl += 4 - sl % 4;
            if (vlen < sl + 4) {
              out.append("\n\t\t TLV is too short");
              return STOP;
            }
          }
          v += sl;
          vlen -= sl + 4;
        }
      }
      case 2 -> {
        if (vlen < 4) return tlvTooShort();
        f.need(v, 4);
        int at = f.u8(v + 2);
        out.append("\n\t    MTU: ").append(f.u16(v)).append(", Address-Type: ")
            .append(switch (at) {
              case 1 -> "IPv4";
              case 2 -> "Unnumbered IPv4";
              case 3, 4 -> "IPv6";
              default -> "unknown";
            }).append(" (").append(at).append(')');
        int used = switch (at) {
          case 1, 2 -> 12;
          case 3 -> 36;
          case 4 -> 24;
          default -> 0;
        };
        if (used != 0) {
          if (vlen < used) return tlvTooShort();
          f.need(v, used);
          out.append("\n\t    Downstream IP: ");
          if (at <= 2) f.ip4(v + 4);
          else ip6(v + 4);
          if (at == 1) {
            out.append("\n\t    Downstream Interface IP: ");
            f.ip4(v + 8);
          } else if (at == 3) {
            out.append("\n\t    Downstream Interface IP: ");
            ip6(v + 20);
          } else {
            out.append("\n\t    Downstream Interface Index: 0x");
            Text.hex8(out, f.u32(v + used - 4));
          }
          v += used;
          vlen -= used;
        }
        if (vlen < 4) return tlvTooShort();
        f.need(v, 4);
        return HEX; // tcpdump dumps the rest: multipath and labels are not decoded
      }
      case 15 -> {
        if (vlen < 4) return tlvTooShort();
        out.append("\n\t    BFD Discriminator 0x");
        Text.hex8(out, f.u32(v));
      }
      case 5 -> {
        if (vlen < 4) return tlvTooShort();
        long id = f.u32(v);
        String n = RadiusTables.enterprise(id);
        out.append("\n\t    Vendor: ").append(n == null ? "Unknown" : n).append(" (0x");
        if (id < 0x10000) Text.hex4(out, (int) id);
        else out.append(Long.toHexString(id));
        out.append(')');
      }
      default -> {
        if (f.opts.verbosity() <= 1) f.unknownData(v, "\n\t    ", vlen);
      }
    }
    return DONE;
  }

  /** A target FEC sub-TLV's value; {@return whether tcpdump dumps it in hex} */
  private boolean fec(int type, int s, int len) {
    int want = switch (type) {
      case 1, 12 -> 5;
      case 2, 13 -> 17;
      case 3 -> 20;
      case 4 -> 56;
      case 6 -> 13;
      case 7 -> 25;
      case 8, 10 -> 14;
      case 9 -> 10;
      default -> -1;
    };
    if (want < 0) return true;
    if (len != want) {
      out.append("\n\t      invalid subTLV length, should be ").append(want);
      return true;
    }
    out.append("\n\t      ");
    switch (type) {
      case 1, 12 -> {
        f.ip4(s);
        out.append('/').append(f.u8(s + 4));
      }
      case 2, 13 -> {
        ip6(s);
        out.append('/').append(f.u8(s + 16));
      }
      case 3 -> {
        out.append("tunnel end-point ");
        f.ip4(s);
        out.append(", tunnel sender ");
        f.ip4(s + 12);
        out.append(", lsp-id 0x");
        Text.hex4(out, f.u16(s + 18));
        out.append("\n\t      tunnel-id 0x");
        Text.hex4(out, f.u16(s + 6));
        out.append(", extended tunnel-id ");
        f.ip4(s + 8);
      }
      case 4 -> {
        out.append("tunnel end-point ");
        ip6(s);
        out.append(", tunnel sender ");
        ip6(s + 36);
        out.append(", lsp-id 0x");
        Text.hex4(out, f.u16(s + 54));
        out.append("\n\t      tunnel-id 0x");
        Text.hex4(out, f.u16(s + 18));
        out.append(", extended tunnel-id ");
        ip6(s + 20);
      }
      case 6 -> {
        out.append("RD: ");
        d.bgp.attrs.rd(out, s);
        out.append(", ");
        f.ip4(s + 8);
        out.append('/').append(f.u8(s + 12));
      }
      case 7 -> {
        out.append("RD: ");
        d.bgp.attrs.rd(out, s);
        out.append(", ");
        ip6(s + 8);
        out.append('/').append(f.u8(s + 24));
      }
      case 8 -> {
        out.append("RD: ");
        d.bgp.attrs.rd(out, s);
        int enc = f.u16(s + 12);
        out.append(", Sender VE ID: ").append(f.u16(s + 8)).append(", Receiver VE ID: ")
            .append(f.u16(s + 10)).append("\n\t      Encapsulation Type: ")
            .append(pw(enc)).append(" (").append(enc).append(')');
      }
      case 9 -> {
        out.append("Remote PE: ");
        f.ip4(s);
        pwId(s + 4);
      }
      case 10 -> {
        out.append("Sender PE: ");
        f.ip4(s);
        out.append(", Remote PE: ");
        f.ip4(s + 4);
        pwId(s + 8);
      }
      default -> { }
    }
    return false;
  }

  private void pwId(int s) {
    int type = f.u16(s + 4);
    out.append("\n\t      PW ID: 0x");
    Text.hex8(out, f.u32(s));
    out.append(", PW Type: ").append(pw(type)).append(" (").append(type).append(')');
  }

  private static String pw(int t) {
    String n = LdpPrinter.pwType(t);
    return n.equals("Unknown") ? "unknown" : n; // LDP's default is capitalised, LSP ping's not
  }
}
