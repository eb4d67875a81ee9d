package io.jdump.print;

/**
 * OSPFv2 link state advertisements, as tcpdump's {@code ospf_print_lshdr} and
 * {@code ospf_print_lsa}: the header, then router, network, summary, external/NSSA and group
 * LSAs, and the opaque ones (router information, graceful restart, traffic engineering).
 */
final class OspfLsa {
  private final Frame f;
  private final StringBuilder out;

  OspfLsa(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  static String typeName(long t) {
    return switch ((int) Math.min(t, 99)) {
      case 1 -> "Router";
      case 2 -> "Network";
      case 3 -> "Summary";
      case 4 -> "ASBR Summary";
      case 5 -> "External";
      case 6 -> "Multicast Group";
      case 7 -> "NSSA";
      case 9 -> "Link Local Opaque";
      case 10 -> "Area Local Opaque";
      case 11 -> "Domain Wide Opaque";
      default -> "unknown";
    };
  }

  static String opaqueName(int t) {
    return switch (t) {
      case 1 -> "Traffic Engineering";
      case 3 -> "Graceful restart";
      case 4 -> "Router Information";
      default -> "unknown";
    };
  }

  /** The 20-byte LSA header at h; returns its length field, or -1 when below 20. */
  int header(int h) {
    int len = f.u16(h + 18);
    if (len < 20) {
      out.append("\n\t    Bogus length ").append(len).append(" < header (20)");
      return -1;
    }
    out.append("\n\t  Advertising Router ");
    f.ip4(h + 8);
    out.append(", seq 0x");
    Text.hex8(out, f.u32(h + 12));
    out.append(", age ").append(f.u16(h)).append("s, length ").append(len - 20);
    int type = f.u8(h + 3);
    out.append("\n\t    ").append(typeName(type)).append(" LSA (").append(type).append(')');
    if (type >= 9 && type <= 11) {
      int ot = f.u8(h + 4);
      out.append(", Opaque-Type ").append(opaqueName(ot)).append(" LSA (").append(ot)
          .append("), Opaque-ID ").append(f.u24(h + 5));
    } else {
      out.append(", LSA-ID: ");
      f.ip4(h + 4);
    }
    out.append("\n\t    Options: [");
    OspfPrinter.options(out, f.u8(h + 2));
    out.append(']');
    return len;
  }

  /** One LSA at a; returns where the next one starts, or -1 when cut short. */
  int lsa(int a) {
    int lsLength = header(a);
    if (lsLength < 0) return -1;
    int end = a + lsLength;
    lsLength -= 20;
    int p = a + 20;
    switch (f.u8(a + 3)) {
      case 1 -> {
        int fl = f.u8(p);
        out.append("\n\t    Router LSA Options: [");
        int start = out.length();
        if ((fl & 1) != 0) OspfPrinter.sep(out, start).append("ABR");
        if ((fl & 2) != 0) OspfPrinter.sep(out, start).append("ASBR");
        if ((fl & 4) != 0) OspfPrinter.sep(out, start).append("Virtual");
        if ((fl & 8) != 0) OspfPrinter.sep(out, start).append("Wildcard");
        if ((fl & 0x10) != 0) OspfPrinter.sep(out, start).append("Nt");
        if ((fl & 0x80) != 0) OspfPrinter.sep(out, start).append("Host");
        if (out.length() == start) out.append("none");
        out.append(']');
        int count = f.u16(p + 2);
        int rl = p + 4;
        f.need(rl, 12);
        for (int i = count; i != 0; i--) {
          f.need(rl, 12);
          int lt = f.u8(rl + 8);
          switch (lt) {
            case 4 -> link("Virtual Link: Neighbor Router-ID: ", ", Interface Address: ", rl);
            case 1 -> link("Neighbor Router-ID: ", ", Interface Address: ", rl);
            case 2 -> link("Neighbor Network-ID: ", ", Interface Address: ", rl);
            case 3 -> link("Stub Network: ", ", Mask: ", rl);
            default -> {
              out.append("\n\t      Unknown Router Link Type (").append(lt).append(')');
              return end;
            }
          }
          int tosCount = f.u8(rl + 9);
          for (int k = 0; k <= tosCount; k++) {
            int tos = rl + 8 + 4 * k;
            int topology = k == 0 ? 0 : f.u8(tos);
            f.need(tos + 2, 2);
            out.append("\n\t\ttopology ").append(topology(topology)).append(" (")
                .append(topology).append("), metric ").append(f.u16(tos + 2));
          }
          rl += 12 + 4 * tosCount;
        }
      }
      case 2 -> {
        f.need(p, 4);
        out.append("\n\t    Mask ");
        f.ip4(p);
        out.append("\n\t    Connected Routers:");
        for (int ap = p + 4; ap < end; ap += 4) {
          f.need(ap, 4);
          out.append("\n\t      ");
          f.ip4(ap);
        }
      }
      case 3, 4 -> {
        int lp = p + 4;
        if (f.u8(a + 3) == 3) {
          f.need(p, 4);
          out.append("\n\t    Mask ");
          f.ip4(p);
        }
        f.need(lp, 4);
        for (; lp < end; lp += 4) {
          long ul = f.u32(lp);
          int topology = (int) ((ul & 0x7f000000L) >> 24);
          out.append("\n\t\ttopology ").append(topology(topology)).append(" (").append(topology)
              .append(") metric ").append(ul & 0xffffff);
        }
      }
      case 5, 7 -> {
        f.need(p, 4);
        out.append("\n\t    Mask ");
        f.ip4(p);
        f.need(p + 4, 4);
        for (int m = p + 4; m < end; m += 12) {
          long ul = f.u32(m);
          int topology = (int) ((ul & 0x7f000000L) >> 24);
          out.append("\n\t\ttopology ").append(topology(topology)).append(" (").append(topology)
              .append("), type ").append((ul & 0x80000000L) != 0 ? 2 : 1).append(", metric");
          if ((ul & 0xffffff) == 0xffffff) out.append(" infinite");
          else out.append(' ').append(ul & 0xffffff);
          if (f.i32(m + 4) != 0) {
            out.append(", forward ");
            f.ip4(m + 4);
          }
          if (f.i32(m + 8) != 0) {
            out.append(", tag ");
            f.ip4(m + 8);
          }
        }
      }
      case 6 -> {
        for (int m = p; m < end; m += 8) {
          long vt = f.u32(m);
          if (vt == 1 || vt == 2) f.need(m + 4, 4);
          if (vt == 1) {
            out.append("\n\t    Router Router-ID ");
            f.ip4(m + 4);
          } else if (vt == 2) {
            out.append("\n\t    Network Designated Router ");
            f.ip4(m + 4);
          } else {
            out.append("\n\t    unknown VertexType (").append(vt).append(')');
          }
        }
      }
      case 9, 10, 11 -> {
        boolean done = switch (f.u8(a + 4)) {
          case 4 -> routerInfo(p, lsLength);
          case 3 -> grace(p, lsLength);
          case 1 -> te(p, lsLength);
          default -> f.opts.verbosity() <= 1 && !f.unknownData(p, "\n\t    ", lsLength);
        };
        if (done) return end;
      }
      default -> { }
    }
    if (f.opts.verbosity() > 1 && !f.unknownData(p, "\n\t    ", lsLength)) return end;
    return end;
  }

  private void link(String id, String data, int rl) {
    out.append("\n\t      ").append(id);
    f.ip4(rl);
    out.append(data);
    f.ip4(rl + 4);
  }

  private static String topology(int t) {
    return switch (t) {
      case 0 -> "default";
      case 1 -> "multicast";
      case 2 -> "management";
      default -> "Unknown";
    };
  }

  /** Router information TLVs; true when tcpdump stops with this LSA. */
  private boolean routerInfo(int t, int rest) {
    while (rest != 0) {
      f.need(t, 4);
      if (rest < 4) {
        out.append("\n\t    Remaining LS length ").append(rest).append(" < 4");
        return true;
      }
      int type = f.u16(t);
      int len = f.u16(t + 2);
      t += 4;
      rest -= 4;
      out.append("\n\t    ").append(type == 1 ? "Router Capabilities" : "unknown").append(" TLV (")
          .append(type).append("), length: ").append(len).append(", value: ");
      if (len > rest) {
        out.append("\n\t    Bogus length ").append(len).append(" > remaining LS length ")
            .append(rest);
        return true;
      }
      f.need(t, len);
      if (type == 1) {
        if (len != 4) {
          out.append("\n\t    Bogus length ").append(len).append(" != 4");
          return true;
        }
        out.append("Capabilities: ");
        long caps = f.u32(t);
        int start = out.length();
        String[] names = {"Reserved", "Reserved", "Reserved", "Reserved",
            "graceful restart capable", "graceful restart helper", "Stub router support",
            "Traffic engineering", "p2p over LAN", "path computation server"};
        for (int i = 0; i < names.length; i++) {
          if ((caps & (1L << i)) != 0) OspfPrinter.sep(out, start).append(names[i]);
        }
        if (out.length() == start) out.append("Unknown");
      } else if (f.opts.verbosity() <= 1 && !f.unknownData(t, "\n\t      ", len)) {
        return true;
      }
      t += len;
      rest -= len;
    }
    return false;
  }

  /** Graceful restart TLVs (RFC 3623); true when tcpdump stops with this LSA. */
  boolean grace(int t, int length) {
    // tcpdump's u_int: padding a last TLV past the LSA's end wraps the remaining length, and
    // it goes on reading TLVs until one is cut or of type or length 0
    long rest = length & 0xffffffffL;
    while (rest > 0) {
      if (!f.has(t, 4)) return true;
      if (rest < 4) {
        out.append("\n\t    Remaining LS length ").append(rest).append(" < 4");
        return true;
      }
      int type = f.u16(t);
      int len = f.u16(t + 2);
      t += 4;
      rest -= 4;
      out.append("\n\t    ").append(switch (type) {
        case 1 -> "Grace Period";
        case 2 -> "Graceful restart Reason";
        case 3 -> "IPv4 interface address";
        default -> "unknown";
      }).append(" TLV (").append(type).append("), length ").append(len).append(", value: ");
      if (len > rest) {
        out.append("\n\t    Bogus length ").append(len).append(" > ").append(rest);
        return true;
      }
      if (type == 0 || len == 0) return true;
      if (!f.has(t, len)) return true;
      switch (type) {
        case 1 -> {
          if (len != 4) return bogus(len, 4);
          out.append(f.u32(t)).append('s');
        }
        case 2 -> {
          if (len != 1) return bogus(len, 1);
          int r = f.u8(t);
          out.append(switch (r) {
            case 0 -> "Unknown";
            case 1 -> "Software Restart";
            case 2 -> "Software Reload/Upgrade";
            case 3 -> "Control Processor Switch";
            default -> "Unknown";
          }).append(" (").append(r).append(')');
        }
        case 3 -> {
          if (len != 4) return bogus(len, 4);
          f.ip4(t);
        }
        default -> {
          if (f.opts.verbosity() <= 1 && !f.unknownData(t, "\n\t      ", len)) return true;
        }
      }
      if (len % 4 != 0) len += 4 - len % 4;
      rest = (rest - len) & 0xffffffffL;
      t += len;
    }
    return false;
  }

  private boolean bogus(int len, int want) {
    out.append("\n\t    Bogus length ").append(len).append(" != ").append(want);
    return true;
  }

  /** Traffic engineering TLVs (RFC 3630); true when tcpdump stops with this LSA. */
  boolean te(int t, int rest) {
    while (rest != 0) {
      if (!f.has(t, 4)) return true;
      if (rest < 4) {
        out.append("\n\t    Remaining LS length ").append(rest).append(" < 4");
        return true;
      }
      int type = f.u16(t);
      int len = f.u16(t + 2);
      t += 4;
      rest -= 4;
      out.append("\n\t    ").append(switch (type) {
        case 1 -> "Router Address";
        case 2 -> "Link";
        default -> "unknown";
      }).append(" TLV (").append(type).append("), length: ").append(len);
      if (len > rest) {
        out.append("\n\t    Bogus length ").append(len).append(" > ").append(rest);
        return true;
      }
      if (type == 0 || len == 0) return true;
      if (type == 2) {
        int tl = len;
        while (tl != 0) {
          if (tl < 4) {
            out.append("\n\t    Remaining TLV length ").append(tl).append(" < 4");
            return true;
          }
          int st = f.u16(t);
          int sl = f.u16(t + 2);
          t += 4;
          tl -= 4;
          if (st == 0 || sl == 0) {
            f.printInvalid();
            return true;
          }
          out.append("\n\t      ").append(OspfTe.subTlvName(st)).append(" subTLV (").append(st)
              .append("), length: ").append(sl);
          if (tl < sl) {
            out.append("\n\t    Remaining TLV length ").append(tl + 4).append(" < ")
                .append(sl + 4);
            return true;
          }
          if (!f.has(t, sl)) return true;
          int r = OspfTe.subTlv(f, out, st, t, sl);
          if (r == OspfTe.INVALID) {
            f.printInvalid();
            return true;
          }
          if (r == OspfTe.STOP) return true;
          t += r;
          if (sl % 4 != 0) sl += 4 - sl % 4;
          if (tl < sl) {
            out.append("\n\t    Remaining TLV length ").append(tl + 4).append(" < ")
                .append(sl + 4);
            return true;
          }
          tl -= sl;
          t += sl;
        }
        // tcpdump leaves the LS length as it was before the link's sub-TLVs: kept
        continue;
      } else if (type == 1) {
        if (len < 4) {
          out.append("\n\t    TLV length ").append(len).append(" < 4");
          return true;
        }
        f.need(t, 4); // the address is read before its separator
        out.append(", ");
        f.ip4(t);
      } else if (f.opts.verbosity() <= 1 && !f.unknownData(t, "\n\t      ", len)) {
        return true;
      }
      int padded = len % 4 != 0 ? len + 4 - len % 4 : len;
      if (padded > rest) {
        out.append("\n\t    Bogus padded length ").append(padded).append(" > ").append(rest);
        return true;
      }
      rest -= padded;
      t += padded;
    }
    return false;
  }

}
