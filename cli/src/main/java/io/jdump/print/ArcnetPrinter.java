package io.jdump.print;

/**
 * ARCNET link types, BSD ({@code DLT_ARCNET} 7) and Linux ({@code DLT_ARCNET_LINUX} 129), as
 * tcpdump's print-arcnet.c shows them: RFC 1051 and RFC 1201 headers, fragments, then IP, ARP,
 * AppleTalk or IPX.
 */
final class ArcnetPrinter {
  static final int DLT_ARCNET = 7;
  static final int DLT_ARCNET_LINUX = 129;
  private static final int IP_OLD = 240;
  private static final int ARP_OLD = 241;
  private static final int DIAGNOSE = 0x80;

  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;

  ArcnetPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  /** tcpdump's {@code arcnet_if_print}. */
  void bsd(int p, int length) {
    f.proto = "arcnet";
    int caplen = f.end - p;
    if (caplen < 3) {
      throw f.truncated();
    }
    int type = f.u8(p + 2);
    boolean phds = type != IP_OLD && type != ARP_OLD && type != DIAGNOSE;
    int hdrlen = 3;
    int flag = 0;
    int seqid = 0;
    if (phds) {
      if (caplen < 6) {
        header(p, length, false, 0, 0);
        out.append(" phds");
        throw f.truncated();
      }
      flag = f.u8(p + 3);
      if (flag == 0xff) {
        if (caplen < 10) {
          header(p, length, false, 0, 0);
          out.append(" phds extended");
          throw f.truncated();
        }
        flag = f.u8(p + 7);
        seqid = f.u16(p + 8);
        hdrlen = 10;
      } else {
        seqid = f.u16(p + 4);
        hdrlen = 6;
      }
    }
    if (f.opts.linkHeader()) header(p, length, phds, flag, seqid);
    f.linkHeaderLength = hdrlen;
    if (phds && flag != 0 && (flag & 1) == 0) return;
    encap(type, p + hdrlen, length - hdrlen);
  }

  /** tcpdump's {@code arcnet_linux_if_print}: two bytes of offset before the type. */
  void linux(int p, int length) {
    f.proto = "arcnet_linux";
    int caplen = f.end - p;
    if (caplen < 5) {
      throw f.truncated();
    }
    int type = f.u8(p + 4);
    int hdrlen = 5;
    if (type != IP_OLD && type != ARP_OLD && type != DIAGNOSE) {
      hdrlen = 8;
      if (caplen < 8) {
        throw f.truncated();
      }
    }
    // tcpdump reads the BSD header layout here too: the "type" shown is the offset's first byte
    if (f.opts.linkHeader()) header(p, length, false, 0, 0);
    f.linkHeaderLength = hdrlen;
    encap(type, p + hdrlen, length - hdrlen);
  }

  private void encap(int type, int p, int length) {
    switch (type) {
      case IP_OLD, 212 -> d.ip4.print(p, length);
      case 0xc4 -> d.ip6.print(p, length);
      case ARP_OLD, 213, 214 -> d.arp.print(p, length, f.end - p);
      case 221 -> {
        if (f.opts.verbosity() > 0) out.append("et1 ");
        d.atalk.ddp(p, length);
      }
      case 250 -> d.ipx.print(p);
      default -> d.link.alwaysDefaultPrint(p, f.end - p);
    }
  }

  /** tcpdump's {@code arcnet_print}. */
  private void header(int p, int length, boolean phds, int flag, int seqid) {
    int src = f.u8(p);
    int dst = f.u8(p + 1);
    if (f.opts.quiet()) {
      Text.hex2(out, src);
      out.append(' ');
      Text.hex2(out, dst);
      out.append(' ').append(length).append(": ");
      return;
    }
    int type = f.u8(p + 2);
    Text.hex2(out, src);
    out.append(' ');
    Text.hex2(out, dst);
    out.append(' ');
    String name = switch (type) {
      case IP_OLD -> "oldip";
      case ARP_OLD -> "oldarp";
      case 212 -> "ip";
      case 213 -> "arp";
      case 214 -> "rarp";
      case 221 -> "atalk";
      case 247 -> "banyan";
      case 250 -> "ipx";
      case 0xc4 -> "ipv6";
      case DIAGNOSE -> "diag";
      default -> null;
    };
    if (name != null) out.append(name);
    else Text.hex2(out, type);
    if (phds) {
      out.append(" seqid ");
      Text.hex4(out, seqid);
      if (flag != 0) {
        if ((flag & 1) != 0) out.append(" (first of ").append((flag + 3) / 2).append(" fragments)");
        else out.append(" (fragment ").append(flag / 2 + 1).append(')');
      }
    }
    out.append(' ').append(length).append(": ");
  }
}
