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
    out.append("VXLAN, flags [").append((flags & 0x08) != 0 ? "I" : ".").append("] (0x");
    Text.hex2(out, flags);
    out.append("), vni ").append(vni).append('\n');
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
        "sequence# present", "source route"};
      int[] bits = {0x8000, 0x4000, 0x2000, 0x1000, 0x0800};
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
      out.append(", sum 0x");
      Text.hex(out, f.u16(p));
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
}
