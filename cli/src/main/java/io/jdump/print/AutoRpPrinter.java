package io.jdump.print;

/**
 * Cisco's Auto-RP announcements and mappings on UDP port 496, as tcpdump's
 * {@code cisco_autorp_print}: type, hold time, then each RP with its PIM versions and groups.
 */
final class AutoRpPrinter {
  private final Frame f;
  private final StringBuilder out;

  AutoRpPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int bp, int len) {
    f.proto = "cisco_autorp";
    if (len < 8) {
      f.printTrunc();
      return;
    }
    out.append(" auto-rp ");
    int type = f.u8(bp);
    switch (type) {
      case 0x11 -> out.append("candidate-advert");
      case 0x12 -> out.append("mapping");
      default -> {
        out.append("type-0x");
        Text.hex2(out, type);
      }
    }
    int numrps = f.u8(bp + 1);
    out.append(" Hold ");
    int hold = f.u16(bp + 2);
    if (hold != 0) Text.relts(out, hold);
    else out.append("FOREVER");
    bp += 8; // 4 reserved bytes after the hold time
    len -= 8;
    for (; numrps != 0; numrps--) {
      if (len < 4) {
        f.printTrunc();
        return;
      }
      f.need(bp, 4);
      out.append(" RP ");
      f.ip4(bp);
      bp += 4;
      len -= 4;
      if (len < 1) {
        f.printTrunc();
        return;
      }
      int v = f.u8(bp);
      out.append(switch (v & 3) {
        case 0 -> " PIMv?";
        case 1 -> " PIMv1";
        case 2 -> " PIMv2";
        default -> " PIMv1+2";
      });
      if ((v & 0xfc) != 0) {
        out.append(" [rsvd=0x");
        Text.hex2(out, v & 0xfc);
        out.append(']');
      }
      bp++;
      len--;
      if (len < 1) {
        f.printTrunc();
        return;
      }
      int entries = f.u8(bp);
      bp++;
      len--;
      char s = ' ';
      for (; entries != 0; entries--) {
        if (len < 6) {
          f.printTrunc();
          return;
        }
        f.need(bp, 6); // the whole entry is read before it is printed
        int fl = f.u8(bp);
        out.append(s).append((fl & 1) != 0 ? "!" : "");
        f.ip4(bp + 2);
        out.append('/').append(f.u8(bp + 1));
        if ((fl & 2) != 0) out.append(" bidir");
        if ((fl & 0xfc) != 0) {
          out.append("[rsvd=0x");
          Text.hex2(out, fl & 0xfc);
          out.append(']');
        }
        s = ',';
        bp += 6;
        len -= 6;
      }
    }
  }
}
