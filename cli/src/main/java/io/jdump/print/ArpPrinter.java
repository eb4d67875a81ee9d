package io.jdump.print;

/** ARP and RARP for Ethernet and IPv4, as tcpdump's {@code arp_print}. */
final class ArpPrinter {
  private final Frame f;
  private final StringBuilder out;

  ArpPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int p, int length, int caplen) {
    f.proto = "arp";
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
    if ((pro != 0x0800 && pro != 0x1000) || pln != 4 || hln == 0 || !f.has(p, 8 + 2 * hln + 2 * pln)) {
      out.append("ARP, ").append(hardware(hrd)).append(" (len ").append(hln).append("), ");
      protocol(pro);
      out.append(" (len ").append(pln).append(')');
      if (!f.has(p, 8 + 2 * hln + 2 * pln)) {
        f.printTrunc();
        return;
      }
      out.append(", length ").append(length);
      return;
    }
    if (!f.opts.linkHeader()) out.append("ARP, ");
    if (f.opts.verbosity() > 0) {
      out.append(hardware(hrd)).append(" (len ").append(hln).append("), ");
      protocol(pro);
      out.append(" (len ").append(pln).append("), ");
    }
    switch (op) {
      case 1 -> {
        out.append("Request who-has ");
        Text.ip4(out, f.b, tpa);
        if (nonZero(tha, hln)) {
          out.append(" (");
          Text.colonHex(out, f.b, tha, hln);
          out.append(')');
        }
        out.append(" tell ");
        Text.ip4(out, f.b, spa);
      }
      case 2 -> {
        out.append("Reply ");
        Text.ip4(out, f.b, spa);
        out.append(" is-at ");
        Text.colonHex(out, f.b, sha, hln);
      }
      case 3 -> {
        out.append("Reverse Request who-is ");
        Text.colonHex(out, f.b, tha, hln);
        out.append(" tell ");
        Text.colonHex(out, f.b, sha, hln);
      }
      case 4 -> {
        out.append("Reverse Reply ");
        Text.colonHex(out, f.b, tha, hln);
        out.append(" at ");
        Text.ip4(out, f.b, tpa);
      }
      case 8 -> {
        out.append("Inverse Request who-is ");
        Text.colonHex(out, f.b, tha, hln);
        out.append(" tell ");
        Text.ip4(out, f.b, spa);
      }
      case 9 -> {
        out.append("Inverse Reply ");
        Text.colonHex(out, f.b, sha, hln);
        out.append(" at ");
        Text.ip4(out, f.b, spa);
      }
      default -> {
        out.append("Unknown (").append(op).append(')');
        return;
      }
    }
    out.append(", length ").append(length);
  }

  private boolean nonZero(int p, int n) {
    for (int i = 0; i < n; i++) if (f.b[p + i] != 0) return true;
    return false;
  }

  private static String hardware(int hrd) {
    return switch (hrd) {
      case 1 -> "Ethernet";
      case 2 -> "Experimental Ethernet";
      case 3 -> "AX.25";
      case 4 -> "ProNET";
      case 5 -> "Chaos";
      case 6 -> "IEEE 802";
      case 7 -> "ARCNET";
      case 15 -> "Frame Relay";
      case 16 -> "ATM";
      case 19 -> "ATM";
      case 32 -> "InfiniBand";
      default -> "Unknown Hardware (" + hrd + ")";
    };
  }

  private void protocol(int pro) {
    if (pro == 0x0800 || pro == 0x1000) {
      out.append(pro == 0x0800 ? "IPv4" : "Unknown Protocol (0x1000)");
    } else {
      String n = EtherTypes.name(pro);
      if (n != null) out.append(n);
      else {
        out.append("Unknown Protocol (0x");
        Text.hex4(out, pro);
        out.append(')');
      }
    }
  }
}
