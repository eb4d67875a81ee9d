package io.jdump.print;

/**
 * MPLS label stacks (EtherTypes 0x8847/0x8848, MPLS in UDP on port 6635, MPLS in IP), as
 * tcpdump's {@code mpls_print}: each label, then the payload guessed from the bottom label or
 * the first payload byte.
 */
final class MplsPrinter {
  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;

  MplsPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  void print(int p, int length) {
    f.proto = "mpls";
    out.append("MPLS");
    boolean v = f.opts.verbosity() > 0;
    int depth = 0;
    long entry;
    do {
      if (length < 4) {
        f.printInvalid();
        f.need(p, length);
        return;
      }
      entry = f.u32(p);
      int label = (int) (entry >>> 12);
      out.append(depth > 0 && v ? "\n\t" : " ").append("(label ").append(label);
      depth++;
      if (v && label < 16) out.append(" (").append(reservedName(label)).append(')');
      out.append(", tc ").append((entry >> 9) & 7);
      if ((entry & 0x100) != 0) out.append(", [S]");
      out.append(", ttl ").append(entry & 0xff).append(')');
      p += 4;
      length -= 4;
    } while ((entry & 0x100) == 0);
    int label = (int) (entry >>> 12);
    int type; // 4, 6, 1 for OSI, 0 unknown
    if (label == 0 || label == 3) {
      type = 4;
    } else if (label == 2) {
      type = 6;
    } else {
      if (length < 1) return;
      int first = f.u8(p);
      type = first >= 0x45 && first <= 0x4f ? 4 : first >= 0x60 && first <= 0x6f ? 6
          : first >= 0x81 && first <= 0x83 ? 1 : 0;
    }
    switch (type) {
      case 4 -> {
        out.append(v ? "\n\t" : " ");
        d.ip4.print(p, length);
      }
      case 6 -> {
        out.append(v ? "\n\t" : " ");
        d.ip6.print(p, length);
      }
      case 1 -> {
        out.append(v ? "\n\t" : " ");
        d.osi.print(p, length);
      }
      default -> {
        d.link.defaultPrint(p, length);
        // tcpdump's hex_and_ascii_print long-jumps when the payload was cut
        if (!f.opts.suppressDefaultPrint() && length > f.end - p) {
          throw f.truncated();
        }
      }
    }
  }

  private static String reservedName(int label) {
    return switch (label) {
      case 0 -> "IPv4 explicit NULL";
      case 1 -> "router alert";
      case 2 -> "IPv6 explicit NULL";
      case 3 -> "implicit NULL";
      default -> "rsvd";
    };
  }
}
