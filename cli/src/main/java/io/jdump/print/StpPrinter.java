package io.jdump.print;

/**
 * Spanning tree BPDUs (802.1D configuration, 802.1w rapid, 802.1s multiple), as tcpdump's
 * {@code stp_print}.
 */
final class StpPrinter {
  private final Frame f;
  private final StringBuilder out;

  StpPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int p, int length) {
    f.proto = "stp";
    if (length < 4) {
      f.printInvalid();
      return;
    }
    if (f.u16(p) != 0) {
      out.append("unknown STP version, length ").append(length);
      return;
    }
    int version = f.u8(p + 2);
    out.append("STP ");
    switch (version) {
      case 0 -> out.append("802.1d");
      case 2 -> out.append("802.1w");
      case 3 -> out.append("802.1s");
      case 4 -> out.append("802.1aq");
      default -> {
        out.append("Unknown STP protocol (0x");
        Text.hex2(out, version);
        out.append(')');
        return;
      }
    }
    int type = f.u8(p + 3);
    out.append(", ");
    switch (type) {
      case 0x00 -> out.append("Config");
      case 0x02 -> out.append("Rapid STP");
      case 0x80 -> out.append("Topology Change");
      default -> {
        out.append("Unknown BPDU Type (0x");
        Text.hex2(out, type);
        out.append(')');
      }
    }
    if (type == 0x00) {
      if (length < 35) {
        f.printInvalid();
        return;
      }
      config(p, length);
    } else if (type == 0x02 && version == 2) {
      if (length < 36) {
        f.printInvalid();
        return;
      }
      config(p, length);
    } else if (type == 0x02 && (version == 3 || version == 4)) { // MSTP and SPB
      if (length < 102 || f.u8(p + 35) != 0) {
        f.printInvalid();
        return;
      }
      int mstpLen = f.u16(p + 36) + 2;
      if (length < 36 + mstpLen) {
        f.printInvalid();
        return;
      }
      mstp(p, length);
      if (version == 4) {
        int spbLen = f.u16(p + 36 + mstpLen) + 2;
        if (length < 36 + mstpLen + spbLen || spbLen < 87) f.printInvalid();
        else spb(p + 36 + mstpLen);
      }
    }
  }

  /** tcpdump's {@code stp_print_mstp_bpdu}: the CIST, then each MSTI record. */
  private void mstp(int p, int length) {
    int flags = f.u8(p + 4);
    out.append(", CIST Flags [");
    flags(flags);
    out.append("], length ").append(length);
    if (f.opts.verbosity() == 0) return;
    out.append("\n\tport-role ");
    role(flags);
    out.append(", ");
    f.need(p + 5, 12);
    out.append("CIST root-id ");
    bridgeId(p + 5);
    out.append(", CIST ext-pathcost ").append(f.u32(p + 13));
    f.need(p + 17, 8);
    out.append("\n\tCIST regional-root-id ");
    bridgeId(p + 17);
    out.append(", ");
    f.need(p + 25, 2);
    out.append("CIST port-id ");
    Text.hex4(out, f.u16(p + 25));
    out.append(',');
    timers(p);
    f.need(p + 36, 2);
    out.append("\n\tv3len ").append(f.u16(p + 36)).append(", MCID Name ");
    for (int i = 0; i < 32; i++) {
      int c = f.u8(p + 39 + i);
      if (c == 0) break;
      DnsNames.charEscaped(out, c);
    }
    f.need(p + 71, 18);
    out.append(", rev ").append(f.u16(p + 71)).append(",\n\t\tdigest ");
    for (int i = 0; i < 16; i++) Text.hex2(out, f.b[p + 73 + i]);
    out.append(", ");
    f.need(p + 89, 4);
    out.append("CIST int-root-pathcost ").append(f.u32(p + 89)).append(',');
    f.need(p + 93, 8);
    out.append("\n\tCIST bridge-id ");
    bridgeId(p + 93);
    out.append(", ");
    f.need(p + 101, 1);
    out.append("CIST remaining-hops ").append(f.u8(p + 101));
    int v3len = f.u16(p + 36);
    if (v3len > 64) {
      int len = v3len - 64;
      int off = p + 102;
      while (len >= 16) {
        // each line's fields read before any of it is printed, as tcpdump's ND_PRINT
        f.need(off, 3);
        int msti = f.u16(off + 1) & 0x0fff;
        int mflags = f.u8(off);
        out.append("\n\tMSTI ").append(msti).append(", Flags [");
        flags(mflags);
        out.append("], port-role ");
        role(mflags);
        f.need(off + 1, 12);
        out.append("\n\t\tMSTI regional-root-id ");
        bridgeId(off + 1);
        out.append(", pathcost ").append(f.u32(off + 9));
        f.need(off + 13, 3);
        out.append("\n\t\tMSTI bridge-prio ").append(f.u8(off + 13) >> 4)
            .append(", port-prio ").append(f.u8(off + 14) >> 4)
            .append(", hops ").append(f.u8(off + 15));
        len -= 16;
        off += 16;
      }
    }
  }

  /** tcpdump's {@code stp_print_spb_bpdu}: 802.1aq's auxiliary MCID and agreement. */
  private void spb(int q) {
    if (f.opts.verbosity() == 0) return;
    out.append("\n\tv4len ").append(f.u16(q)).append(", AUXMCID Name ");
    f.printjnp(q + 3, 32);
    f.need(q + 35, 18);
    out.append(", Rev ").append(f.u16(q + 35)).append(",\n\t\tdigest ");
    for (int i = 0; i < 16; i++) Text.hex2(out, f.b[q + 37 + i]);
    f.need(q + 53, 34);
    int agreement = f.u8(q + 53);
    int format = f.u8(q + 55);
    int convention = f.u8(q + 56);
    out.append("\n\tAgreement num ").append(agreement >> 6)
        .append(", Discarded Agreement num ").append(agreement >> 4 & 3)
        .append(", Agreement valid-flag ").append(agreement >> 3 & 1)
        .append(",\n\tRestricted role-flag: ").append(agreement >> 2 & 1)
        .append(", Format id ").append(format >> 4).append(" cap ").append(format)
        .append(", Convention id ").append(convention >> 4).append(" cap ").append(convention)
        .append(",\n\tEdge count ").append(f.u16(q + 57)).append(", Agreement digest ");
    for (int i = 0; i < 20; i++) Text.hex2(out, f.b[q + 67 + i]);
  }

  private static final String[] FLAG_NAMES = {"Topology change", "Proposal", null, null,
    "Learn", "Forward", "Agreement", "Topology change ACK"};

  private void flags(int flags) {
    boolean any = false;
    for (int i = 0; i < 8; i++) {
      if (FLAG_NAMES[i] != null && (flags & (1 << i)) != 0) {
        if (any) out.append(", ");
        out.append(FLAG_NAMES[i]);
        any = true;
      }
    }
    if (!any) out.append("none");
  }

  private void role(int flags) {
    out.append(switch ((flags >> 2) & 3) {
      case 0 -> "Unknown";
      case 1 -> "Alternate";
      case 2 -> "Root";
      default -> "Designated";
    });
  }

  private void config(int p, int length) {
    int flags = f.u8(p + 4);
    out.append(", Flags [");
    flags(flags);
    out.append(']');
    // each of tcpdump's printfs reads all its fields before printing any
    f.need(p + 17, 10);
    out.append(", bridge-id ");
    bridgeId(p + 17);
    out.append('.');
    Text.hex4(out, f.u16(p + 25));
    out.append(", length ").append(length);
    if (f.opts.verbosity() == 0) return;
    timers(p);
    f.need(p + 5, 12);
    out.append("\n\troot-id ");
    bridgeId(p + 5);
    out.append(", root-pathcost ").append(f.u32(p + 13));
    if (f.u8(p + 2) == 2) {
      out.append(", port-role ");
      role(flags);
    }
  }

  /** The four timers of a BPDU, read together as tcpdump's one printf reads them. */
  private void timers(int p) {
    f.need(p + 27, 8);
    out.append("\n\tmessage-age ");
    seconds(f.u16(p + 27));
    out.append("s, max-age ");
    seconds(f.u16(p + 29));
    out.append("s, hello-time ");
    seconds(f.u16(p + 31));
    out.append("s, forwarding-delay ");
    seconds(f.u16(p + 33));
    out.append('s');
  }

  /** %.2f of a time in 1/256 s, without String.format. */
  private void seconds(int v) {
    // printf's %.2f rounds an exact tie to even (0.125 -> 0.12)
    long q = v * 100L / 256;
    long r = v * 100L % 256;
    long hundredths = r > 128 || (r == 128 && (q & 1) != 0) ? q + 1 : q;
    out.append(hundredths / 100).append('.');
    Text.zeroPad(out, hundredths % 100, 2);
  }

  private void bridgeId(int p) {
    f.need(p, 8);
    Text.hex2(out, f.b[p]);
    Text.hex2(out, f.b[p + 1]);
    out.append('.');
    Text.colonHex(out, f.b, p + 2, 6);
  }
}
