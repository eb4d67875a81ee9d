package io.jdump.print;

import java.util.Arrays;

/**
 * The IS-IS TLV bodies that carry reachability and topology, as tcpdump's
 * {@code isis_print_ext_is_reach}, {@code isis_print_extd_ip_reach}, {@code isis_print_tlv_ip_reach},
 * {@code isis_print_mtid} and the sub-TLV printers (traffic engineering, prefix SIDs, router
 * capability, SPB) that {@link IsisPrinter} calls.
 */
final class IsisReach {
  private static final String IND = "\n\t      ";
  private static final String IND2 = "\n\t        ";

  private final Frame f;
  private final StringBuilder out;
  private final IsisPrinter isis;
  /** A prefix padded with zeros, as tcpdump copies it to a local buffer. */
  private final byte[] prefix = new byte[16];

  IsisReach(Frame f, IsisPrinter isis) {
    this.f = f;
    this.out = f.out;
    this.isis = isis;
  }

  /** tcpdump's {@code isis_print_mtid}: 2, or 0 when fewer than 2 bytes remain. */
  int mtid(int t, int remaining) {
    if (remaining < 2) return 0;
    int w = f.u16(t);
    int id = w & 0xfff;
    out.append(IND).append(switch (id) {
      case 0 -> "IPv4 unicast";
      case 1 -> "In-Band Management";
      case 2 -> "IPv6 unicast";
      case 3 -> "Multicast";
      case 4095 -> "Development, Experimental or Proprietary";
      default -> "Reserved for IETF Consensus";
    }).append(" Topology (0x");
    String h = Integer.toHexString(id);
    for (int i = h.length(); i < 3; i++) out.append('0');
    out.append(h).append("), Flags: [");
    int start = out.length();
    if ((w & 0x4000) != 0) out.append("ATT bit set");
    if ((w & 0x8000) != 0) OspfPrinter.sep(out, start).append("Overload bit set");
    if (out.length() == start) out.append("none");
    out.append(']');
    return 2;
  }

  private static String isSubTlvName(int t) {
    return switch (t) {
      case 3 -> "Administrative groups";
      case 4 -> "Link Local/Remote Identifier";
      case 5 -> "Link Remote Identifier";
      case 6 -> "IPv4 interface address";
      case 8 -> "IPv4 neighbor address";
      case 9 -> "Maximum link bandwidth";
      case 10 -> "Reservable link bandwidth";
      case 11 -> "Unreserved bandwidth";
      case 12 -> "Bandwidth Constraints (old)";
      case 18 -> "Traffic Engineering Metric";
      case 19 -> "Link Attribute";
      case 20 -> "Link Protection Type";
      case 21 -> "Interface Switching Capability";
      case 22 -> "Bandwidth Constraints";
      case 29 -> "SPB Metric";
      case 32 -> "LAN Adjacency Segment Identifier";
      case 250, 251, 252, 253, 254 -> "Reserved for cisco specific extensions";
      case 255 -> "Reserved for future expansion";
      default -> "unknown";
    };
  }

  private void mbps(String label, int p) {
    float v = OspfTe.bwValue(f, p);
    out.append(label);
    Text.fixed3(out, v);
    out.append(" Mbps");
  }

  /** tcpdump's {@code isis_print_ext_is_reach}: the bytes used, 0 when cut or too short. */
  int extIsReach(int t, int type, int remaining) {
    if (!f.has(t, 7) || remaining < 7) return 0;
    out.append(IND).append("IS Neighbor: ");
    isis.id(t, 7);
    t += 7;
    remaining -= 7;
    int proc = 7;
    if (type != 24) { // the alias TLV's metric is an implicit 0
      if (!f.has(t, 3) || remaining < 3) return 0;
      out.append(", Metric: ").append(f.u24(t));
      t += 3;
      remaining -= 3;
      proc += 3;
    }
    if (!f.has(t, 1) || remaining < 1) return 0;
    int sum = f.u8(t);
    t++;
    remaining--;
    proc++;
    out.append(", ").append(sum != 0 ? "" : "no ").append("sub-TLVs present");
    if (sum == 0) return proc;
    out.append(" (").append(sum).append(')');
    while (sum != 0) {
      if (!f.has(t, 2)) return 0;
      if (remaining < 2) {
        out.append(IND2).append("Remaining data in TLV shorter than a subTLV header");
        proc += remaining;
        break;
      }
      if (sum < 2) {
        out.append(IND2).append("Remaining data in subTLVs shorter than a subTLV header");
        proc += sum;
        break;
      }
      int st = f.u8(t);
      int sl = f.u8(t + 1);
      t += 2;
      remaining -= 2;
      sum -= 2;
      proc += 2;
      out.append(IND2).append(isSubTlvName(st)).append(" subTLV #").append(st)
          .append(", length: ").append(sl);
      if (sum < sl) {
        out.append(" (remaining data in subTLVs shorter than the current subTLV)");
        proc += sum;
        break;
      }
      if (remaining < sl) {
        out.append(" (> remaining tlv length)");
        proc += remaining;
        break;
      }
      if (!f.has(t, sl)) return 0;
      // bytes a decoder consumes itself; tcpdump moves its pointer and lengths by them
      int used = isSubTlv(t, st, sl);
      if (used < 0) return 0;
      t += used;
      sl -= used;
      sum -= used;
      proc += used;
      t += sl;
      remaining -= sl;
      sum -= sl;
      proc += sl;
    }
    return proc;
  }

  /** One extended IS reachability sub-TLV; the bytes it consumed, -1 to stop the TLV. */
  private int isSubTlv(int t, int st, int sl) {
    switch (st) {
      case 3, 4, 5 -> {
        if (sl >= 4) {
          out.append(", 0x");
          Text.hex8(out, f.u32(t));
          if (sl == 8) {
            out.append(", 0x");
            Text.hex8(out, f.u32(t + 4));
          }
        }
      }
      case 6, 8 -> {
        if (sl >= 4) {
          out.append(", ");
          isis.ip4(t);
        }
      }
      case 9, 10 -> {
        if (sl >= 4) mbps(", ", t);
      }
      case 11 -> {
        if (sl >= 32) {
          for (int c = 0; c < 8; c++) mbps(IND2 + "  TE-Class " + c + ": ", t + 4 * c);
          return 32;
        }
      }
      case 12, 22 -> {
        if (sl == 0) return 0;
        int m = f.u8(t);
        out.append(IND2).append("Bandwidth Constraints Model ID: ").append(OspfTe.bcModel(m))
            .append(" (").append(m).append(')');
        int used = 1;
        for (int c = 0; sl - used != 0; c++) {
          if (sl - used < 4) break;
          mbps(IND2 + "  Bandwidth constraint CT" + c + ": ", t + used);
          used += 4;
        }
        return used;
      }
      case 18 -> {
        if (sl >= 3) out.append(", ").append(f.u24(t));
      }
      case 19 -> {
        if (sl == 2) {
          int v = f.u16(t);
          out.append(", [ ");
          int start = out.length();
          if ((v & 1) != 0) out.append("Local Protection Available");
          if ((v & 2) != 0) {
            OspfPrinter.sep(out, start).append("Link excluded from local protection path");
          }
          if ((v & 4) != 0) OspfPrinter.sep(out, start).append("Local maintenance required");
          if (out.length() == start) out.append("Unknown");
          out.append(" ] (0x");
          Text.hex4(out, v);
          out.append(')');
        }
      }
      case 20 -> {
        if (sl >= 2) {
          int v = f.u8(t);
          int prio = f.u8(t + 1);
          out.append(", ");
          OspfTe.linkProtection(out, v);
          out.append(", Priority ").append(prio);
        }
      }
      case 29 -> {
        if (sl >= 6) {
          out.append(", LM: ").append(f.u24(t));
          out.append(", P: ").append(f.u8(t + 3));
          out.append(", P-ID: ").append(f.u16(t + 4));
          return 4;
        }
      }
      case 21 -> {
        if (sl >= 36) return switchingCapability(t, sl);
      }
      case 32 -> {
        if (sl >= 8) {
          int fl = f.u8(t);
          out.append(IND2).append("  Flags: [");
          int start = out.length();
          String[] names = {"Persistent", "Set of adjacencies", "Local significance", "Value",
              "Backup", "Address family IPv6"};
          for (int i = 5; i >= 0; i--) {
            if ((fl & (4 << i)) != 0) OspfPrinter.sep(out, start).append(names[i]);
          }
          if (out.length() == start) out.append("none");
          out.append(']');
          boolean vf = (fl & 0x20) != 0;
          boolean lf = (fl & 0x10) != 0;
          out.append(IND2).append("  Weight: ").append(f.u8(t + 1));
          int p = t + 2;
          if (sl - 2 >= 6) {
            if (!f.has(p, 6)) return -1;
            out.append(IND2).append("  Neighbor System-ID: ");
            isis.id(p, 6);
          }
          if (vf && lf) {
            int label = f.u24(p + 6);
            out.append(IND2).append("  Label: ").append(label);
          } else if (!vf && !lf) {
            long index = f.u32(p + 6);
            out.append(IND2).append("  Index: ").append(index);
          } else {
            f.printInvalid();
          }
          return 2;
        }
      }
      default -> {
        if (!f.unknownData(t, "\n\t\t    ", sl)) return -1;
      }
    }
    return 0;
  }

  private int switchingCapability(int t, int sl) {
    int cap = f.u8(t);
    out.append(IND2).append("  Interface Switching Capability:").append(OspfTe.switchCap(cap));
    out.append(", LSP Encoding: ").append(OspfTe.encoding(f.u8(t + 1)));
    out.append(IND2).append("  Max LSP Bandwidth:");
    for (int l = 0; l < 8; l++) mbps(IND2 + "    priority level " + l + ": ", t + 4 + 4 * l);
    int p = t + 36;
    int rest = sl - 36;
    switch (cap) {
      case 1, 2, 3, 4 -> {
        if (rest >= 6) {
          mbps(IND2 + "  Min LSP Bandwidth: ", p);
          out.append(IND2).append("  Interface MTU: ").append(f.u16(p + 4));
        }
      }
      case 100 -> {
        if (rest >= 8) {
          mbps(IND2 + "  Min LSP Bandwidth: ", p);
          int i = f.u8(p + 4);
          out.append(IND2).append("  Indication ");
          if (i == 0) out.append("Standard SONET/SDH");
          else if (i == 1) out.append("Arbitrary SONET/SDH");
          else out.append("Unknown (").append(i).append(')');
        }
      }
      default -> {
        if (rest != 0 && !f.unknownData(p, "\n\t\t    ", rest)) return -1;
      }
    }
    return 36;
  }

  /** tcpdump's {@code isis_print_tlv_ip_reach} (TLVs 128, 130); false ends the PDU. */
  boolean ipReach(int t, int length) {
    while (length > 0) {
      if (length < 12) {
        out.append("short IPv4 Reachability (").append(length).append(" vs 12)");
        return false;
      }
      if (!f.has(t, 12)) return false;
      int plen = RipPrinter.maskLength(f.u32(t + 8));
      out.append(IND).append("IPv4 prefix: ");
      if (plen == -1) {
        isis.ip4(t + 4);
        out.append(" mask ");
        isis.ip4(t + 8);
      } else {
        int at = out.length();
        isis.ip4(t + 4);
        for (int pad = 15 - (out.length() - at); pad > 0; pad--) out.insert(at, ' ');
        out.append('/').append(plen);
      }
      int d = f.u8(t);
      out.append(", Distribution: ").append((d & 0x80) != 0 ? "down" : "up").append(", Metric: ")
          .append(d & 0x3f).append(", ").append((d & 0x40) != 0 ? "External" : "Internal");
      isis.metric(IND + "  Delay Metric: ", f.u8(t + 1));
      isis.metric(IND + "  Expense Metric: ", f.u8(t + 2));
      isis.metric(IND + "  Error Metric: ", f.u8(t + 3));
      length -= 12;
      t += 12;
    }
    return true;
  }

  /** tcpdump's {@code isis_print_extd_ip_reach}: the bytes used, 0 on a bad prefix. */
  int extdIpReach(int t, boolean v6) {
    long metric = f.u32(t);
    int processed = 4;
    t += 4;
    int status;
    int bits;
    if (!v6) {
      status = f.u8(t);
      t++;
      bits = status & 0x3f;
      if (bits > 32) {
        out.append(IND).append("IPv4 prefix: bad bit length ").append(bits);
        return 0;
      }
      processed++;
    } else {
      status = f.u8(t);
      bits = f.u8(t + 1);
      if (bits > 128) {
        out.append(IND).append("IPv6 prefix: bad bit length ").append(bits);
        return 0;
      }
      t += 2;
      processed += 2;
    }
    int bytes = (bits + 7) / 8;
    f.need(t, bytes);
    Arrays.fill(prefix, (byte) 0);
    System.arraycopy(f.b, t, prefix, 0, bytes);
    t += bytes;
    processed += bytes;
    if (!v6) {
      out.append(IND).append("IPv4 prefix: ");
      int at = out.length();
      f.names.ip4(out, prefix, 0);
      for (int pad = 15 - (out.length() - at); pad > 0; pad--) out.insert(at, ' ');
    } else {
      out.append(IND).append("IPv6 prefix: ");
      f.names.ip6(out, prefix, 0);
    }
    out.append('/').append(bits);
    out.append(", Distribution: ").append((status & 0x80) != 0 ? "down" : "up")
        .append(", Metric: ").append(metric);
    boolean sub = v6 ? (status & 0x20) != 0 : (status & 0x40) != 0;
    if (!v6 && sub) {
      out.append(", sub-TLVs present");
    } else if (v6) {
      out.append(", ").append((status & 0x40) != 0 ? "External" : "Internal")
          .append(sub ? ", sub-TLVs present" : "");
    }
    if (sub) {
      int sublen = f.u8(t);
      t++;
      processed += sublen + 1;
      out.append(" (").append(sublen).append(')');
      while (sublen != 0) { // tcpdump's unsigned count may wrap; the capture's end stops it
        int st = f.u8(t);
        int sl = f.u8(t + 1);
        t += 2;
        if (!ipReachSubTlv(t, st, sl)) return 0;
        t += sl;
        sublen -= sl + 2;
      }
    }
    return processed;
  }

  private boolean ipReachSubTlv(int t, int st, int sl) {
    out.append(IND2).append(switch (st) {
      case 1 -> "32-Bit Administrative tag";
      case 2 -> "64-Bit Administrative tag";
      case 3 -> "Prefix SID";
      case 117 -> "Management Prefix Color";
      default -> "unknown";
    }).append(" subTLV #").append(st).append(", length: ").append(sl);
    if (!f.has(t, sl)) {
      f.printTrunc();
      return false;
    }
    switch (st) {
      case 1, 117 -> {
        for (; sl >= 4; sl -= 4, t += 4) {
          long v = f.u32(t);
          out.append(", 0x");
          Text.hex8(out, v);
          out.append(" (=").append(v).append(')');
        }
      }
      case 2 -> {
        for (; sl >= 8; sl -= 8, t += 8) {
          out.append(", 0x");
          Text.hex8(out, f.u32(t));
          Text.hex8(out, f.u32(t + 4));
        }
      }
      case 3 -> {
        int fl = f.u8(t);
        int algo = f.u8(t + 1);
        boolean label = (fl & 0x08) != 0;
        if (sl < (label ? 5 : 6)) {
          f.printTrunc();
          return false;
        }
        long sid = label ? f.u24(t + 2) : f.u32(t + 2);
        out.append(", Flags [");
        int start = out.length();
        String[] names = {"Readvertisement", "Node", "No-PHP", "Explicit NULL", "Value", "Local"};
        for (int i = 0; i < 6; i++) {
          if ((fl & (0x80 >> i)) != 0) OspfPrinter.sep(out, start).append(names[i]);
        }
        if (out.length() == start) out.append("None");
        out.append("], Algo ").append(algo == 0 ? "SPF" : algo == 1 ? "strict-SPF" : "Unknown")
            .append(" (").append(algo).append("), ").append(label ? "label " : "index ")
            .append(sid);
      }
      default -> {
        return f.unknownData(t, "\n\t\t    ", sl);
      }
    }
    return true;
  }

  /** tcpdump's {@code isis_print_router_cap_subtlv}. */
  void routerCapSubTlvs(int t, int tlen) {
    while (tlen >= 2) {
      int st = f.u8(t);
      int sl = f.u8(t + 1);
      tlen -= 2;
      t += 2;
      out.append("\n\t\t").append(st == 2 ? "SR-Capabilities" : "unknown").append(" subTLV #")
          .append(st).append(", length: ").append(sl);
      if (sl > tlen) break;
      if (!f.has(t, sl)) return;
      if (st == 2) {
        int fl = f.u8(t);
        int range = f.u24(t + 1);
        out.append(", Flags [");
        int start = out.length();
        if ((fl & 0x80) != 0) out.append("ipv4");
        if ((fl & 0x40) != 0) OspfPrinter.sep(out, start).append("ipv6");
        if (out.length() == start) out.append("None");
        out.append("], Range ").append(range);
        int sp = t + 4;
        int stl = (sl - 4) & 0xff; // tcpdump's uint8_t
        while (stl >= 5) {
          int sidType = f.u8(sp);
          int sidLen = f.u8(sp + 1);
          stl -= 2;
          sp += 2;
          if (sidLen > stl) break;
          if (sidType == 1) {
            if (sidLen == 3) out.append(", SID value ").append(f.u24(sp));
            else if (sidLen == 4) out.append(", SID value ").append(f.u32(sp));
            else out.append(", Unknown SID length").append(sidLen);
          } else {
            f.unknownData(sp, "\n\t\t  ", sidLen);
          }
          sp += sidLen;
          stl -= sidLen;
        }
      } else {
        f.unknownData(t, "\n\t\t", sl);
      }
      tlen -= sl;
      t += sl;
    }
  }

  private void mcid(int p) {
    if (!f.has(p, 51)) {
      f.printTrunc();
      return;
    }
    out.append("ID: ").append(f.u8(p)).append(", Name: ");
    isis.printjnp(p + 1, 32);
    out.append("\n\t              Lvl: ").append(f.u16(p + 33)).append(", Digest: ");
    for (int i = 0; i < 16; i++) {
      Text.hex2(out, f.u8(p + 35 + i));
      out.append(' ');
    }
  }

  /** An SPB sub-TLV's checks: it fits in what is left and was captured; false after the mark. */
  private boolean subTlvFits(int t, int sl, int len) {
    if (len < sl) {
      out.append(" (> containing TLV length)");
      return false;
    }
    if (!f.has(t, sl)) {
      f.printTrunc();
      return false;
    }
    return true;
  }

  /** tcpdump's {@code isis_print_mt_port_cap_subtlv} (TLV 143). */
  void mtPortCap(int t, int len) {
    while (len > 2) {
      int st = f.u8(t);
      int sl = f.u8(t + 1);
      out.append("\n\t       ").append(switch (st) {
        case 4 -> "SPB MCID";
        case 5 -> "SPB Digest";
        case 6 -> "SPB BVID";
        default -> "unknown";
      }).append(" subTLV #").append(st).append(", length: ").append(sl);
      t += 2;
      len -= 2;
      if (!subTlvFits(t, sl, len)) return;
      switch (st) {
        case 4 -> {
          if (sl < 102) {
            out.append(" (too short)");
            return;
          }
          out.append("\n\t         MCID: ");
          mcid(t);
          out.append("\n\t         AUX-MCID: ");
          mcid(t + 51);
          t += 102;
          len -= 102;
          sl -= 102;
        }
        case 5 -> {
          if (sl < 33) {
            out.append(" (too short)");
            return;
          }
          int b = f.u8(t);
          out.append("\n\t        RES: ").append(b >> 5).append(" V: ").append((b >> 4) & 1)
              .append(" A: ").append((b >> 2) & 3).append(" D: ").append(b & 3);
          t++;
          out.append("\n\t         Digest: ");
          for (int i = 1; i <= 8; i++) {
            Text.hex8(out, f.u32(t));
            out.append(' ');
            if (i % 4 == 0 && i != 8) out.append("\n\t                 ");
            t += 4;
          }
          len -= 33;
          sl -= 33;
        }
        case 6 -> {
          while (sl != 0) {
            if (sl < 4) {
              out.append(" (too short)");
              return;
            }
            out.append("\n\t           ECT: ");
            Text.hex8(out, f.u32(t));
            t += 4;
            len -= 4;
            sl -= 4;
            if (sl < 2) {
              out.append(" (too short)");
              return;
            }
            int w = f.u16(t);
            out.append(" BVID: ").append(w >> 4).append(", U:").append((w >> 3) & 1)
                .append(" M:").append((w >> 2) & 1).append(' ');
            t += 2;
            len -= 2;
            sl -= 2;
          }
        }
        default -> { }
      }
      t += sl;
      len -= sl;
    }
  }

  /** tcpdump's {@code isis_print_mt_capability_subtlv} (TLV 144). */
  void mtCapability(int t, int len) {
    while (len > 2) {
      int st = f.u8(t);
      int sl = f.u8(t + 1);
      t += 2;
      len -= 2;
      out.append(IND).append(switch (st) {
        case 1 -> "SPB Instance";
        case 3 -> "SPBM Service Identifier and Unicast Address";
        default -> "unknown";
      }).append(" subTLV #").append(st).append(", length: ").append(sl);
      if (!subTlvFits(t, sl, len)) return;
      switch (st) {
        case 1 -> {
          if (sl < 19) {
            out.append(" (too short)");
            return;
          }
          out.append(IND2).append("CIST Root-ID: ");
          Text.hex8(out, f.u32(t));
          out.append(' ');
          Text.hex8(out, f.u32(t + 4));
          out.append(", Path Cost: ");
          Text.hex8(out, f.u32(t + 8));
          out.append(", Prio: ").append(f.u16(t + 12));
          int w = f.u16(t + 14);
          out.append(IND2).append("RES: ").append(w >> 5).append(", V: ").append((w >> 4) & 1)
              .append(", SPSource-ID: ").append(f.u32(t + 14) & 0xfffff);
          int trees = f.u8(t + 18);
          out.append(", No of Trees: ").append(Integer.toHexString(trees));
          t += 19;
          len -= 19;
          sl -= 19;
          while (trees != 0) {
            if (sl < 8) {
              f.printTrunc();
              return;
            }
            int b = f.u8(t);
            out.append("\n\t         U:").append(b >> 7).append(", M:").append((b >> 6) & 1)
                .append(", A:").append((b >> 5) & 1).append(", RES:").append(b & 0x1f);
            out.append(", ECT: ");
            Text.hex8(out, f.u32(t + 1));
            int v = f.u24(t + 5);
            out.append(", BVID: ").append((v >> 12) & 0xfff).append(", SPVID: ").append(v & 0xfff);
            t += 8;
            len -= 8;
            sl -= 8;
            trees--;
          }
        }
        case 3 -> {
          if (sl < 8) {
            f.printTrunc();
            return;
          }
          out.append(IND2).append("BMAC: ");
          Text.hex8(out, f.u32(t));
          Text.hex4(out, f.u16(t + 4));
          int w = f.u16(t + 6);
          out.append(", RES: ").append(w >> 12).append(", VID: ").append(w & 0xfff);
          t += 8;
          len -= 8;
          sl -= 8;
          while (sl >= 4) {
            long v = f.u32(t);
            out.append(IND2).append("T: ").append(v >> 31).append(", R: ").append((v >> 30) & 1)
                .append(", RES: ").append((v >> 24) & 0x3f).append(", ISID: ")
                .append(v & 0xffffff);
            t += 4;
            len -= 4;
            sl -= 4;
          }
        }
        default -> { }
      }
      t += sl;
      len -= sl;
    }
  }
}
