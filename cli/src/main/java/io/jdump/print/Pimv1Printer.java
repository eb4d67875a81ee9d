package io.jdump.print;

/**
 * PIMv1 (IGMP type 0x14), as tcpdump's {@code pimv1_print}: the message type, and the query
 * mode, register and assert addresses, and with {@code -v} the RP reachability and join/prune
 * bodies (every group from {@code -vv}).
 */
final class Pimv1Printer {
  private final Frame f;
  private final StringBuilder out;

  Pimv1Printer(Frame f) {
    this.f = f;
    this.out = f.out;
  }


  void print(int bp, int len) {
    f.proto = "pimv1";
    int type = f.u8(bp + 1);
    out.append(' ');
    switch (type) {
      case 0 -> out.append("Query");
      case 1 -> out.append("Register");
      case 2 -> out.append("Register-Stop");
      case 3 -> out.append("Join/Prune");
      case 4 -> out.append("RP-reachable");
      case 5 -> out.append("Assert");
      case 6 -> out.append("Graft");
      case 7 -> out.append("Graft-ACK");
      default -> out.append("[type ").append(type).append(']');
    }
    boolean v = f.opts.verbosity() > 0;
    switch (type) {
      case 0 -> {
        if (f.has(bp + 8, 1)) {
          int mode = f.u8(bp + 8) >> 4;
          switch (mode) {
            case 0 -> out.append(" Dense-mode");
            case 1 -> out.append(" Sparse-mode");
            case 2 -> out.append(" Sparse-Dense-mode");
            default -> out.append(" mode-").append(mode);
          }
        }
        if (v) {
          out.append(" (Hold-time ");
          Text.relts(out, f.u16(bp + 10));
          out.append(')');
        }
      }
      case 1 -> {
        if (!f.has(bp + 8, 20)) {
          f.printTrunc();
          return;
        }
        pair(" for ", bp + 20, bp + 24);
      }
      case 2 -> pair(" for ", bp + 8, bp + 12);
      case 4 -> {
        if (v) {
          f.need(bp + 8, 4);
          out.append(" group ");
          f.ip4(bp + 8);
          mask(bp + 12);
          f.need(bp + 16, 4);
          out.append(" RP ");
          f.ip4(bp + 16);
          out.append(" hold ");
          Text.relts(out, f.u16(bp + 22));
        }
      }
      case 5 -> {
        pair(" for ", bp + 16, bp + 8);
        mask(bp + 12);
        f.need(bp + 20, 8);
        long pref = f.u32(bp + 20);
        out.append((pref & 0x80000000L) != 0 ? " RP-tree" : " SPT").append(" pref ")
            .append(pref & 0x7fffffff).append(" metric ").append(f.u32(bp + 24));
      }
      case 3, 6, 7 -> {
        if (v) {
          if (len < 8) {
            f.printTrunc();
            return;
          }
          // a join/prune body too short for its length marks itself and returns: the version
          // is read after it (a field not captured still ends the packet)
          joinPrune(bp + 8, len - 8);
        }
      }
      default -> { }
    }
    int ver = f.u8(bp + 4) >> 4;
    if (ver != 1) out.append(" [v").append(ver).append(']');
  }

  private void pair(String label, int a, int b) {
    f.need(a, 4);
    f.need(b, 4);
    out.append(label);
    f.ip4(a);
    out.append(" > ");
    f.ip4(b);
  }

  private void mask(int p) {
    if (f.i32(p) != -1) {
      out.append('/');
      f.ip4(p);
    }
  }

  /** tcpdump's {@code pimv1_join_prune_print}; false after its truncation mark. */
  private boolean joinPrune(int bp, int len) {
    if (f.has(bp, 30) && f.u8(bp + 11) == 1) {
      int njoin = f.u16(bp + 20);
      if (njoin + f.u16(bp + 22) == 1) {
        out.append(" RPF ");
        f.ip4(bp);
        out.append(' ');
        int hold = f.u16(bp + 6);
        if (hold != 180) {
          out.append("Hold ");
          Text.relts(out, hold);
        }
        out.append(njoin != 0 ? "Join" : "Prune").append(" (");
        f.ip4(bp + 26);
        out.append('/').append(f.u8(bp + 25) & 0x3f).append(", ");
        f.ip4(bp + 12);
        mask(bp + 16);
        int a = f.u8(bp + 24);
        int b = f.u8(bp + 25);
        out.append(") ").append((a & 1) != 0 ? "Sparse" : "Dense")
            .append((b & 0x80) != 0 ? " WC" : "").append(' ')
            .append((b & 0x40) != 0 ? "RP" : "SPT");
        return true;
      }
    }
    int vv = f.opts.verbosity();
    if (len < 4) return trunc();
    if (vv > 1) out.append('\n');
    f.need(bp, 4);
    out.append(" Upstream Nbr: ");
    f.ip4(bp);
    bp += 4;
    len -= 4;
    if (len < 4) return trunc();
    if (vv > 1) out.append('\n');
    out.append(" Hold time: ");
    Text.relts(out, f.u16(bp + 2));
    if (vv < 2) return true;
    bp += 4;
    len -= 4;
    if (len < 4) return trunc();
    int groups = f.u8(bp + 3);
    bp += 4;
    len -= 4;
    for (; groups != 0; groups--) {
      if (len < 4) return trunc();
      f.need(bp, 4);
      out.append("\n\tGroup: ");
      f.ip4(bp);
      bp += 4;
      len -= 4;
      if (len < 4) return trunc();
      mask(bp);
      bp += 4;
      len -= 4;
      if (len < 4) return trunc();
      int njoin = f.u16(bp);
      int nprune = f.u16(bp + 2);
      out.append(" joined: ").append(njoin).append(" pruned: ").append(nprune);
      bp += 4;
      len -= 4;
      for (int j = 0; j < njoin + nprune; j++) {
        if (len < 6) return trunc();
        f.need(bp, 6);
        int a = f.u8(bp);
        int b = f.u8(bp + 1);
        out.append("\n\t").append(j < njoin ? "Join " : "Prune").append(' ')
            .append((a & 1) != 0 ? "Sparse " : "Dense ").append((b & 0x80) != 0 ? "WC " : "")
            .append((b & 0x40) != 0 ? "RP " : "SPT ");
        f.ip4(bp + 2);
        out.append('/').append(b & 0x3f);
        bp += 6;
        len -= 6;
      }
    }
    return true;
  }

  private boolean trunc() {
    f.printTrunc();
    return false;
  }
}
