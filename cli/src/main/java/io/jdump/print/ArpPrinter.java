package io.jdump.print;

/** ARP, RARP and InARP, as tcpdump's {@code arp_print}. */
final class ArpPrinter {
  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;

  ArpPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  void print(int p, int length, int caplen) {
    f.proto = "arp";
    f.need(p, 8);
    if (f.u16(p) == 19) {
      atm(p, length, caplen);
      return;
    }
    // tcpdump checks the whole message before printing a word of it (and longjmps)
    f.need(p, 8 + 2 * f.u8(p + 4) + 2 * f.u8(p + 5));
    int hrd = f.u16(p);
    int pro = f.u16(p + 2);
    int hln = f.u8(p + 4);
    int pln = f.u8(p + 5);
    int op = f.u16(p + 6);
    int sha = p + 8;
    int spa = sha + hln;
    int tha = spa + pln;
    int tpa = tha + hln;
    frameRelay = hrd == 15;
    boolean v = f.opts.verbosity() > 0;
    if (!f.opts.linkHeader()) out.append("ARP, ");
    boolean ip = pro == 0x0800 || pro == 0x1000;
    if (!ip || pln != 4 || hln == 0 || v) {
      hardware(hrd);
      out.append(" (len ").append(hln).append("), ");
      String n = EtherTypes.name(pro);
      if (n != null) out.append(n);
      else {
        out.append("Unknown Protocol (0x");
        Text.hex4(out, pro);
        out.append(')');
      }
      out.append(" (len ").append(pln).append(')');
      if (!v) {
        out.append(", length ").append(length);
        return;
      }
    }
    if (v) out.append(", ");
    opName(op);
    out.append(' ');
    switch (op) {
      case 1 -> {
        out.append("who-has ");
        protoAddress(tpa, pro, pln);
        if (nonZero(tha, hln)) {
          out.append(" (");
          linkAddress(tha, hln);
          out.append(')');
        }
        out.append(" tell ");
        protoAddress(spa, pro, pln);
      }
      case 2 -> {
        protoAddress(spa, pro, pln);
        out.append(" is-at ");
        linkAddress(sha, hln);
      }
      case 3, 8 -> {
        out.append("who-is ");
        linkAddress(tha, hln);
        out.append(" tell ");
        linkAddress(sha, hln);
      }
      case 4 -> {
        linkAddress(tha, hln);
        out.append(" at ");
        protoAddress(tpa, pro, pln);
      }
      case 9 -> {
        linkAddress(sha, hln);
        out.append(" at ");
        protoAddress(spa, pro, pln);
      }
      default -> {
        d.link.alwaysDefaultPrint(p, caplen);
        return;
      }
    }
    out.append(", length ").append(length);
  }

  /**
   * RFC 2225's ATM ARP, as tcpdump's {@code atmarp_print}: type/length bytes give each ATM
   * number and subaddress, and the whole message is checked before a word is printed.
   */
  private void atm(int p, int length, int caplen) {
    f.need(p, 12);
    int pro = f.u16(p + 2);
    int shl = f.u8(p + 4) & 0x3f;
    int ssl = f.u8(p + 5) & 0x3f;
    int op = f.u16(p + 6);
    int spl = f.u8(p + 8);
    int thl = f.u8(p + 9) & 0x3f;
    int tsl = f.u8(p + 10) & 0x3f;
    int tpl = f.u8(p + 11);
    int sha = p + 12;
    int ssa = sha + shl;
    int spa = ssa + ssl;
    int tha = spa + spl;
    int tsa = tha + thl;
    int tpa = tsa + tsl;
    f.need(tpa, tpl);
    boolean v = f.opts.verbosity() > 0;
    if (!f.opts.linkHeader()) out.append("ARP, ");
    boolean ip = pro == 0x0800 || pro == 0x1000;
    if (!ip || spl != 4 || tpl != 4 || v) {
      hardware(19);
      out.append(", ");
      String n = EtherTypes.name(pro);
      if (n != null) out.append(n);
      else {
        out.append("Unknown Protocol (0x");
        Text.hex4(out, pro);
        out.append(')');
      }
      out.append(" (len ").append(spl).append('/').append(tpl).append(')');
      if (!v) {
        out.append(", length ").append(length);
        return;
      }
    }
    if (v) out.append(", ");
    opName(op);
    out.append(' ');
    switch (op) {
      case 1 -> {
        out.append("who-has ");
        atmProto(tpa, pro, tpl, "<wrong tplen>");
        if (thl != 0) {
          out.append(" (");
          atmAddress(tha, thl, tsa, tsl);
          out.append(')');
        }
        out.append(" tell ");
        atmProto(spa, pro, spl, "<wrong splen>");
      }
      case 2 -> {
        atmProto(spa, pro, spl, "<wrong splen>");
        out.append(" is-at ");
        atmAddress(sha, shl, ssa, ssl);
      }
      case 8 -> {
        out.append("who-is ");
        atmAddress(tha, thl, tsa, tsl);
        out.append(" tell ");
        atmAddress(sha, shl, ssa, ssl);
      }
      case 9 -> {
        atmAddress(sha, shl, ssa, ssl);
        out.append("at ");
        atmProto(spa, pro, spl, "<wrong splen>");
      }
      case 10 -> {
        out.append("for ");
        atmProto(spa, pro, spl, "<wrong splen>");
      }
      default -> {
        d.link.alwaysDefaultPrint(p, caplen);
        return;
      }
    }
    out.append(", length ").append(length);
  }

  private void atmProto(int a, int pro, int len, String wrongLength) {
    if (pro != 0x0800 && pro != 0x1000) out.append("<wrong proto type>");
    else if (len != 4) out.append(wrongLength);
    else f.ip4(a);
  }

  /** An ATM number and its subaddress, as tcpdump's {@code atmarp_addr_print}. */
  private void atmAddress(int ha, int haLen, int sa, int saLen) {
    if (haLen == 0) {
      out.append("<No address>");
      return;
    }
    f.need(ha, haLen);
    Text.colonHex(out, f.b, ha, haLen);
    if (saLen != 0) {
      f.need(sa, saLen);
      out.append(',');
      Text.colonHex(out, f.b, sa, saLen);
    }
  }

  private void protoAddress(int a, int pro, int pln) {
    if (pro != 0x0800 && pro != 0x1000) out.append("<wrong proto type>");
    else if (pln != 4) out.append("<wrong len>");
    else f.names.ip4(out, f.b, a);
  }

  private void opName(int op) {
    String name = switch (op) {
      case 1 -> "Request";
      case 2 -> "Reply";
      case 3 -> "Reverse Request";
      case 4 -> "Reverse Reply";
      case 8 -> "Inverse Request";
      case 9 -> "Inverse Reply";
      case 10 -> "NACK Reply";
      default -> null;
    };
    if (name != null) out.append(name);
    else out.append("Unknown (").append(op).append(')');
  }

  private boolean nonZero(int p, int n) {
    for (int i = 0; i < n; i++) if (f.b[p + i] != 0) return true;
    return false;
  }

  private void hardware(int hrd) {
    switch (hrd) {
      case 1 -> out.append("Ethernet");
      case 6 -> out.append("TokenRing");
      case 7 -> out.append("ArcNet");
      case 15 -> out.append("FrameRelay");
      case 19 -> out.append("ATM");
      case 23 -> out.append("Strip");
      case 24 -> out.append("IEEE 1394");
      case 32 -> out.append("InfiniBand");
      default -> out.append("Unknown Hardware (").append(hrd).append(')');
    }
  }

  /** A hardware address: Ethernet-sized ones as tcpdump's etheraddr_string (names, OUI). */
  /** True while printing a Frame Relay (inverse) ARP: its link addresses are Q.922 DLCIs. */
  private boolean frameRelay;

  private void linkAddress(int at, int len) {
    if (len == 0) out.append("<empty>");
    else if (frameRelay) d.fr.q922String(at, len); // a cut address reads "<Truncated>"
    else if (len == 6) f.names.mac(out, f.b, at);
    else Text.colonHex(out, f.b, at, len);
  }
}
