package io.jdump.print;

/** Tunnels that carry a whole packet: GRE (version 0) and VXLAN, then their inner packet. */
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
    if (length < 8) {
      f.printTrunc();
      return;
    }
    int flags = f.u8(p);
    int vni = f.u24(p + 4);
    out.append("VXLAN, flags [").append(flags == 0x08 ? "I" : "invalid").append("] (0x");
    Text.hex2(out, flags);
    out.append("), vni ").append(vni).append('\n');
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
    if (!f.has(p + 7, 1)) { // the reserved byte
      f.printTrunc();
      return;
    }
    d.link.ethernet(p + 8, length - 8, f.end - (p + 8));
  }

  /** tcpdump's {@code gre_print} for version 0. */
  void gre(int p, int length) {
    f.proto = "gre";
    int flags = f.u16(p);
    int vers = flags & 7;
    out.append("GREv").append(vers);
    if (vers != 0) {
      out.append(" ERROR: unknown-version");
      return;
    }
    int len = length;
    if (f.opts.verbosity() > 0) {
      out.append(", Flags [");
      boolean any = false;
      String[] names = {"checksum present", "routing present", "key present",
        "sequence# present", "source routing present", "ack present"};
      int[] bits = {0x8000, 0x4000, 0x2000, 0x1000, 0x0800, 0x0080};
      for (int i = 0; i < bits.length; i++) {
        if ((flags & bits[i]) != 0) {
          if (any) out.append(", ");
          out.append(names[i]);
          any = true;
        }
      }
      if (!any) out.append("none");
      out.append(']');
    }
    p += 2;
    len -= 2;
    int prot = f.u16(p);
    p += 2;
    len -= 2;
    if ((flags & 0xc000) != 0) {
      if (len < 2) throw f.truncated();
      if (f.opts.verbosity() > 0) {
        out.append(", sum 0x");
        Text.hex(out, f.u16(p));
      }
      if (len < 4) throw f.truncated();
      out.append(", off 0x");
      Text.hex(out, f.u16(p + 2));
      p += 4;
      len -= 4;
    }
    if ((flags & 0x2000) != 0) {
      out.append(", key=0x");
      Text.hex(out, f.u32(p));
      p += 4;
      len -= 4;
    }
    if ((flags & 0x1000) != 0) {
      out.append(", seq ").append(f.u32(p));
      p += 4;
      len -= 4;
    }
    if ((flags & 0x4000) != 0) {
      while (true) { // source route entries, up to the null one
        if (len < 4) throw f.truncated();
        int af = f.u16(p);
        int sreoff = f.u8(p + 2);
        int srelen = f.u8(p + 3);
        p += 4;
        len -= 4;
        if (af == 0 && srelen == 0) break;
        if (!sourceRouteEntry(af, sreoff, srelen, p, len) || len < srelen) {
          throw f.truncated();
        }
        p += srelen;
        len -= srelen;
      }
    }
    if (f.opts.linkHeader()) {
      String n = EtherTypes.name(prot);
      out.append(", proto ").append(n == null ? "unknown" : n).append(" (0x");
      Text.hex4(out, prot);
      out.append(')');
    }
    out.append(", length ").append(length).append(f.opts.verbosity() > 0 ? "\n\t" : ": ");
    switch (prot) {
      case EtherTypes.IPV4 -> d.ip4.print(p, len);
      case EtherTypes.IPV6 -> d.ip6.print(p, len);
      case EtherTypes.TEB -> d.link.ethernet(p, len, f.end - p);
      default -> {
        out.append("gre-proto-0x");
        Text.hex(out, prot);
      }
    }
  }

  /** tcpdump's {@code gre_sre_print}; {@return false where tcpdump gives up on the packet} */
  private boolean sourceRouteEntry(int af, int sreoff, int srelen, int p, int len) {
    boolean ip = af == 0x0800;
    if (!ip && af != 0xfffe) {
      out.append(", (rtaf=0x");
      Text.hex(out, af);
      out.append(')');
      return true;
    }
    out.append(ip ? ", (rtaf=ip" : ", (rtaf=asn");
    int unit = ip ? 4 : 2;
    boolean ok = true;
    if ((sreoff & (unit - 1)) != 0) {
      out.append(", badoffset=").append(sreoff);
      ok = false;
    } else if ((srelen & (unit - 1)) != 0) {
      out.append(", badlength=").append(srelen);
      ok = false;
    } else if (sreoff >= srelen) {
      out.append(", badoff/len=").append(sreoff).append('/').append(srelen);
      ok = false;
    }
    for (int at = 0; ok && at < srelen; at += unit) {
      if (len - at < unit) {
        ok = false;
        break;
      }
      out.append(' ').append(at == sreoff ? "*" : "");
      if (ip) {
        f.need(p + at, 4);
        Text.ip4(out, f.b, p + at);
      } else {
        Text.hex(out, f.u16(p + at));
      }
    }
    out.append(')');
    return ok;
  }

  /** tcpdump's {@code geneve_print}: flags, VNI, options, then the inner packet. */
  void geneve(int p, int len) {
    f.proto = "geneve";
    out.append("Geneve");
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
    if ((flags & 0x4000) != 0) {
      while (true) { // source route entries, up to the null one
        if (len < 4) throw f.truncated();
        int af = f.u16(p);
        int sreoff = f.u8(p + 2);
        int srelen = f.u8(p + 3);
        p += 4;
        len -= 4;
        if (af == 0 && srelen == 0) break;
        if (!sourceRouteEntry(af, sreoff, srelen, p, len) || len < srelen) {
          throw f.truncated();
        }
        p += srelen;
        len -= srelen;
      }
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
}
