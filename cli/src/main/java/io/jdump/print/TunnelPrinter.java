package io.jdump.print;

/** Tunnels that carry a whole Ethernet frame or packet: VXLAN, OTV, Geneve. */
final class TunnelPrinter {
  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;

  TunnelPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  /** tcpdump's {@code vxlan_print}: the header, a newline, then the inner Ethernet frame. */
  void vxlan(int p, int length) {
    f.proto = "vxlan";
    // tcpdump names the protocol before it checks the length or reads a byte that may be cut
    out.append("VXLAN");
    if (length < 8) {
      f.printInvalid();
      return;
    }
    int flags = f.u8(p);
    out.append(", flags [").append((flags & 0x08) != 0 ? "I" : "invalid").append("] (0x");
    Text.hex2(out, flags);
    out.append("), ");
    int vni = f.u24(p + 4); // read after the flags are printed, as tcpdump does
    out.append("vni ").append(vni).append('\n');
    f.need(p + 7, 1); // the second reserved byte: cut there, tcpdump long-jumps as vxlan
    d.link.ethernet(p + 8, length - 8, f.end - (p + 8));
  }
  /**
   * tcpdump's {@code otv_print}: UDP port 8472, which Linux also uses for VXLAN, is Cisco's
   * Overlay Transport Virtualization to tcpdump: flags, overlay, instance, then the frame.
   */
  void otv(int p, int length) {
    f.proto = "otv";
    out.append("OTV, ");
    if (length < 8) {
      out.append("[length ").append(length).append(" < 8]");
      f.printInvalid();
      f.need(p, length);
      return;
    }
    int flags = f.u8(p);
    out.append("flags [").append((flags & 0x08) != 0 ? "I" : ".").append("] (0x");
    Text.hex2(out, flags);
    out.append("), ");
    int overlay = f.u24(p + 1);
    out.append("overlay ").append(overlay).append(", ");
    int instance = f.u24(p + 4);
    out.append("instance ").append(instance).append('\n');
    f.need(p + 7, 1); // the reserved byte: print-otv.c's ND_TCHECK long-jumps
    d.link.ethernet(p + 8, length - 8, f.end - (p + 8));
  }

  /** tcpdump's {@code geneve_print}: flags, VNI, options, then the inner packet. */
  void geneve(int p, int len) {
    f.proto = "geneve";
    out.append("Geneve");
    if (len < 8) {
      out.append(" [length ").append(len).append(" < 8]");
      f.printInvalid();
      return;
    }
    if (!f.has(p, 8)) {
      f.printTrunc();
      return;
    }
    int verOpt = f.u8(p);
    if ((verOpt >> 6) != 0) {
      out.append(" ERROR: unknown-version ").append(verOpt >> 6);
      return;
    }
    int flags = f.u8(p + 1);
    int prot = f.u16(p + 2);
    int vni = f.u24(p + 4);
    int reserved = f.u8(p + 7);
    p += 8;
    len -= 8;
    out.append(", Flags [");
    if (flags == 0) out.append("none");
    String[] names = {"O", "C", "R1", "R2", "R3", "R4", "R5", "R6"};
    for (int i = 0; i < 8; i++) if ((flags & (0x80 >> i)) != 0) out.append(names[i]);
    out.append("], vni 0x");
    Text.hex(out, vni);
    if (reserved != 0) {
      out.append(", rsvd 0x");
      Text.hex(out, reserved);
    }
    if (f.opts.linkHeader()) {
      String n = EtherTypes.name(prot);
      out.append(", proto ").append(n == null ? "unknown" : n).append(" (0x");
      Text.hex4(out, prot);
      out.append(')');
    }
    int optsLen = (verOpt & 0x3f) * 4;
    if (len < optsLen) {
      out.append(" truncated-geneve - ").append(optsLen - len).append(" bytes missing");
      return;
    }
    if (!f.has(p, optsLen)) {
      f.printTrunc();
      return;
    }
    if (optsLen > 0) {
      out.append(", options [");
      if (f.opts.verbosity() > 0) genevOptions(p, optsLen);
      else out.append(optsLen).append(" bytes");
      out.append(']');
    }
    p += optsLen;
    len -= optsLen;
    out.append(f.opts.verbosity() < 1 ? ": " : "\n\t");
    if (!d.etherType(prot, p, len, f.end - p)) {
      if (prot == EtherTypes.TEB) {
        d.link.ethernet(p, len, f.end - p);
      } else {
        out.append("geneve-proto-0x");
        Text.hex(out, prot);
      }
    }
  }

  private void genevOptions(int p, int len) {
    String sep = "";
    while (len > 0) {
      out.append(sep);
      sep = ", ";
      int cls = f.u16(p);
      int type = f.u8(p + 2);
      int olen = 4 + (f.u8(p + 3) & 0x1f) * 4;
      out.append("class ").append(switch (cls) {
        case 0x0100 -> "Linux";
        case 0x0101 -> "Open vSwitch";
        case 0x0102 -> "Open Virtual Networking (OVN)";
        case 0x0103 -> "In-band Network Telemetry (INT)";
        case 0x0104 -> "VMware";
        default -> cls <= 0xff ? "Standard" : cls >= 0xfff0 ? "Experimental" : "Unknown";
      }).append(" (0x");
      Text.hex(out, cls);
      out.append(") type 0x");
      Text.hex(out, type);
      if ((type & 0x80) != 0) out.append("(C)");
      out.append(" len ").append(olen);
      if (olen > len) {
        out.append(" [bad length]");
        return;
      }
      if (f.opts.verbosity() > 1 && olen > 4) {
        out.append(" data");
        for (int i = 4; i < olen; i += 4) {
          out.append(' ');
          Text.hex8(out, f.u32(p + i));
        }
      }
      p += olen;
      len -= olen;
    }
  }

  /**
   * VXLAN-GPE (UDP 4790), as tcpdump's {@code vxlan_gpe_print}: flags, VNI, then IPv4, IPv6,
   * Ethernet or NSH by the next-protocol byte.
   */
  void vxlanGpe(int bp, int len) {
    f.proto = "vxlan_gpe";
    out.append("VXLAN-GPE, ");
    if (len < 8) {
      out.append(" (len ").append(len).append(" < 8)");
      f.printInvalid();
      return;
    }
    int flags = f.u8(bp);
    out.append("flags [");
    if ((flags & 0x0f) == 0) out.append("none");
    if ((flags & 0x08) != 0) out.append('I');
    if ((flags & 0x04) != 0) out.append('P');
    if ((flags & 0x02) != 0) out.append('B');
    if ((flags & 0x01) != 0) out.append('O');
    out.append("], ");
    int next = f.u8(bp + 3);
    int vni = f.u24(bp + 4);
    f.need(bp + 7, 1);
    out.append("vni ").append(vni).append(f.opts.verbosity() > 0 ? "\n    " : ": ");
    bp += 8;
    len -= 8;
    switch (next) {
      case 1 -> d.ip4.print(bp, len);
      case 2 -> d.ip6.print(bp, len);
      case 3 -> d.link.ethernet(bp, len, Math.max(0, f.end - bp));
      case 4 -> nsh(bp, len);
      default -> {
        out.append("ERROR: unknown-next-protocol");
        f.printInvalid();
      }
    }
  }

  /**
   * tcpdump's {@code nsh_print} (RFC 8300): base and service path headers, the context headers
   * (MD type 1 words, MD type 2 TLVs) at -vvv, then IPv4, IPv6 or Ethernet.
   */
  void nsh(int bp, int len) {
    f.proto = "nsh";
    if (len < 8) {
      out.append(" (packet length ").append(len).append(" < 8)");
      f.printInvalid();
      return;
    }
    int v = f.opts.verbosity();
    long base = f.u32(bp);
    bp += 4;
    int ver = (int) (base >>> 30);
    int length = (int) (base >> 16) & 0x3f;
    int mdType = (int) (base >> 8) & 0xf;
    int next = (int) base & 0xff;
    out.append("NSH, ");
    if (v > 1) out.append("ver ").append(ver).append(", ");
    if (ver != 0) return;
    out.append("flags [").append((base & 0x20000000L) != 0 ? "O" : "none").append("], ");
    if (v > 2) {
      out.append("TTL ").append((base >> 22) & 0x3f).append(", length ").append(length)
          .append(", md type ");
      switch (mdType) {
        case 0 -> out.append("reserved");
        case 1 -> out.append('1');
        case 2 -> out.append('2');
        case 0xf -> out.append("experimental");
        default -> {
          out.append("unknown (0x");
          Text.hex2(out, mdType);
          out.append(')');
        }
      }
      out.append(", ");
    }
    if (v > 1) {
      out.append("next-protocol ");
      switch (next) {
        case 1 -> out.append("IPv4");
        case 2 -> out.append("IPv6");
        case 3 -> out.append("Ethernet");
        case 4 -> out.append("NSH");
        case 5 -> out.append("MPLS");
        case 0xfe -> out.append("Experiment 1");
        case 0xff -> out.append("Experiment 2");
        default -> {
          out.append("unknown (0x");
          Text.hex2(out, next);
          out.append(')');
        }
      }
      out.append(", ");
    }
    if (len < length * 4) {
      out.append(" (too many headers for packet length ").append(len).append(')');
      f.printInvalid();
      return;
    }
    int spi = f.u24(bp);
    out.append("service-path-id 0x");
    Text.hex2(out, spi >> 16);
    Text.hex4(out, spi & 0xffff);
    out.append(", ");
    int index = f.u8(bp + 3);
    out.append("service-index 0x");
    Text.hex(out, index);
    bp += 4;
    if (length < 2) {
      out.append(" (less than two headers)");
      f.printInvalid();
      return;
    }
    boolean past = false;
    if (v > 2) {
      if (mdType == 1) {
        if (length != 6) {
          out.append(" (invalid length for the MD type)");
          f.printInvalid();
          return;
        }
        for (int n = 0; n < length - 2; n++) {
          long ctx = f.u32(bp);
          out.append("\n        Context[0").append(n).append("]: 0x");
          Text.hex8(out, ctx);
          bp += 4;
        }
        past = true;
      } else if (mdType == 2) {
        int n = 0;
        while (n < length - 2) {
          int cls = f.u16(bp);
          int type = f.u8(bp + 2);
          int tlvLen = f.u8(bp + 3) & 0x7f;
          bp += 4;
          int padded = (tlvLen + 3) & ~3;
          out.append("\n        TLV Class ").append(cls).append(", Type ").append(type)
              .append(", Len ").append(tlvLen);
          n++;
          if (length - 2 < n + padded / 4) {
            out.append(" (length too big)");
            f.printInvalid();
            return;
          }
          if (tlvLen != 0) {
            out.append("\n            Value: ");
            for (int vn = 0; vn < tlvLen; vn++) {
              int octet = f.u8(bp++); // read before its separator: a cut value ends on a byte
              out.append(vn == 0 ? "0x" : ":");
              Text.hex2(out, octet);
            }
            f.need(bp, padded - tlvLen);
            bp += padded - tlvLen;
            n += padded / 4;
          }
        }
        past = true;
      }
    }
    if (!past) {
      f.need(bp, (length - 2) * 4);
      bp += (length - 2) * 4;
    }
    out.append(v > 0 ? "\n    " : ": ");
    int nextLen = len - length * 4;
    switch (next) {
      case 1 -> d.ip4.print(bp, nextLen);
      case 2 -> d.ip6.print(bp, nextLen);
      case 3 -> d.link.ethernet(bp, nextLen, f.end - bp);
      default -> out.append("ERROR: unknown-next-protocol");
    }
  }
}
