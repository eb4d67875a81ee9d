package io.jdump.print;

/**
 * sFlow version 5 to UDP port 6343, as tcpdump's {@code sflow_print}: the datagram header (IPv4
 * or IPv6 agent), and with -v each flow or counter sample and its records.
 */
final class SflowPrinter {
  private final Frame f;
  private final StringBuilder out;

  SflowPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int p, int len) {
    f.proto = "sflow";
    long ipVersion = f.u32(p + 4);
    if ((len < 28 && ipVersion == 1) || (len < 40 && ipVersion == 2)) {
      out.append("sFlowv").append(f.u32(p)).append(" [length ").append(len).append(" < 28]");
      f.printInvalid();
      return;
    }
    f.need(p, 28);
    long version = f.u32(p);
    if (version != 5) {
      out.append("sFlow version ").append(version).append(" packet not supported");
      return;
    }
    // an IPv6 agent's longer header is checked only with -v, once the version is known good;
    // tcpdump takes any IP version but 1 (even an unknown one) as IPv6
    if (ipVersion != 1 && f.opts.verbosity() > 0) f.need(p, 40);
    boolean v4 = ipVersion == 1;
    int afterAgent = v4 ? p + 12 : p + 24;
    out.append("sFlowv").append(version).append(v4 ? ", IPv4 agent " : ", IPv6 agent ");
    if (v4) {
      f.ip4(p + 8);
    } else {
      f.need(p + 8, 16);
      f.names.ip6(out, f.b, p + 8);
    }
    out.append(", agent-id ").append(f.u32(afterAgent));
    if (f.opts.verbosity() < 1) {
      out.append(", length ").append(len);
      return;
    }
    long nsamples = f.u32(afterAgent + 12);
    out.append(", seqnum ").append(f.u32(afterAgent + 4)).append(", uptime ")
        .append(f.u32(afterAgent + 8)).append(", samples ").append(nsamples).append(", length ")
        .append(len);
    int header = v4 ? 28 : 40;
    int tp = p;
    long tlen = len;
    if (tlen < header) { // tcpdump's ND_LCHECK_ZU
      out.append(" [tlen ").append(tlen).append(" < ").append(header).append(']');
      invalid(tp, tlen);
      return;
    }
    tp += header;
    tlen -= header;
    while (nsamples > 0 && tlen > 0) {
      int type = (int) (f.u32(tp) & 0x0fff);
      long slen = f.u32(tp + 4);
      if (tlen < 8) {
        invalid(tp, tlen);
        return;
      }
      tp += 8;
      tlen -= 8;
      out.append("\n\t").append(switch (type) {
        case 1 -> "flow sample";
        case 2 -> "counter sample";
        case 3 -> "expanded flow sample";
        case 4 -> "expanded counter sample";
        default -> "Unknown";
      }).append(" (").append(type).append("), length ").append(slen).append(',');
      if (type == 0 || slen == 0) return;
      if (tlen < slen) {
        invalid(tp, tlen);
        return;
      }
      if (!f.has(tp, (int) slen)) throw f.truncated();
      boolean bad = switch (type) {
        case 1 -> flowSample(tp, tlen);
        case 2 -> counterSample(tp, tlen);
        case 3 -> expandedFlowSample(tp, tlen);
        case 4 -> expandedCounterSample(tp, tlen);
        default -> {
          if (f.opts.verbosity() <= 1) f.unknownData(tp, "\n\t    ", (int) slen);
          yield false;
        }
      };
      if (bad) {
        invalid(tp, tlen);
        return;
      }
      tp += (int) slen;
      tlen -= slen;
      nsamples--;
    }
  }

  private void invalid(int tp, long tlen) {
    f.printInvalid();
    if (!f.has(tp, (int) Math.min(tlen, Integer.MAX_VALUE))) throw f.truncated();
  }

  private boolean flowSample(int p, long len) {
    if (len < 32) return true;
    long n = f.u32(p + 28);
    out.append(" seqnum ").append(f.u32(p)).append(", type ").append(f.u8(p + 4))
        .append(", idx ").append(f.u24(p + 5)).append(", rate ").append(f.u32(p + 8))
        .append(", pool ").append(f.u32(p + 12)).append(", drops ").append(f.u32(p + 16))
        .append(", input ").append(f.u32(p + 20)).append(" output ").append(f.u32(p + 24))
        .append(" records ").append(n);
    return flowRecords(p + 32, len - 32, n);
  }

  private boolean expandedFlowSample(int p, long len) {
    if (len < 44) return true;
    long n = f.u32(p + 40);
    out.append(" seqnum ").append(f.u32(p)).append(", type ").append(f.u32(p + 4))
        .append(", idx ").append(f.u32(p + 8)).append(", rate ").append(f.u32(p + 12))
        .append(", pool ").append(f.u32(p + 16)).append(", drops ").append(f.u32(p + 20))
        .append(", records ").append(n);
    return flowRecords(p + 44, len - 44, n);
  }

  private boolean counterSample(int p, long len) {
    if (len < 12) return true;
    long n = f.u32(p + 8);
    out.append(" seqnum ").append(f.u32(p)).append(", type ").append(f.u8(p + 4))
        .append(", idx ").append(f.u24(p + 5)).append(", records ").append(n);
    return counterRecords(p + 12, len - 12, n);
  }

  private boolean expandedCounterSample(int p, long len) {
    if (len < 16) return true;
    long n = f.u32(p + 12);
    out.append(" seqnum ").append(f.u32(p)).append(", type ").append(f.u32(p + 4))
        .append(", idx ").append(f.u32(p + 8)).append(", records ").append(n);
    return counterRecords(p + 16, len - 16, n);
  }

  private boolean flowRecords(int tp, long tlen, long n) {
    while (n > 0) {
      if (tlen < 8) return true;
      long format = f.u32(tp);
      int type = (int) (format & 0x0fff);
      long enterprise = format >>> 12;
      long flen = f.u32(tp + 4);
      out.append("\n\t    enterprise ").append(enterprise).append(' ')
          .append(enterprise == 0 ? flowType(type) : "Unknown").append(" (").append(type)
          .append(") length ").append(flen);
      tp += 8;
      tlen -= 8;
      if (tlen < flen) return true;
      if (enterprise == 0) {
        switch (type) {
          case 1 -> {
            if (tlen < 16) return true;
            // one print in tcpdump: all four fields are read before any of the line
            f.need(tp, 16);
            long proto = f.u32(tp);
            out.append("\n\t      protocol ").append(proto == 1 ? "Ethernet" : proto == 11
                ? "IPv4" : proto == 12 ? "IPv6" : "Unknown").append(" (").append(proto)
                .append("), length ").append(f.u32(tp + 4)).append(", stripped bytes ")
                .append(f.u32(tp + 8)).append(", header_size ").append(f.u32(tp + 12));
          }
          case 2 -> {
            if (tlen < 24) return true;
            f.need(tp + 20, 4); // both fields read before the line
            out.append("\n\t      frame len ").append(f.u32(tp)).append(", type ")
                .append(f.u32(tp + 20));
          }
          case 1001 -> {
            if (tlen < 16) return true;
            f.need(tp, 16); // all four fields read before the line
            out.append("\n\t      src vlan ").append(f.u32(tp)).append(", src pri ")
                .append(f.u32(tp + 4)).append(", dst vlan ").append(f.u32(tp + 8))
                .append(", dst pri ").append(f.u32(tp + 12));
          }
          case 3, 4, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011, 1012 -> { }
          default -> {
            if (f.opts.verbosity() <= 1) f.unknownData(tp, "\n\t\t", (int) flen);
          }
        }
      }
      tp += (int) flen;
      tlen -= flen;
      n--;
    }
    return false;
  }

  private static String flowType(int type) {
    return switch (type) {
      case 1 -> "Raw packet";
      case 2 -> "Ethernet frame";
      case 3 -> "IPv4 Data";
      case 4 -> "IPv6 Data";
      case 1001 -> "Extended Switch data";
      case 1002 -> "Extended Router data";
      case 1003 -> "Extended Gateway data";
      case 1004 -> "Extended User data";
      case 1005 -> "Extended URL data";
      case 1006 -> "Extended MPLS data";
      case 1007 -> "Extended NAT data";
      case 1008 -> "Extended MPLS tunnel";
      case 1009 -> "Extended MPLS VC";
      case 1010 -> "Extended MPLS FEC";
      case 1011 -> "Extended MPLS LVP FEC";
      case 1012 -> "Extended VLAN Tunnel";
      default -> "Unknown";
    };
  }

  private boolean counterRecords(int tp, long tlen, long n) {
    while (n > 0) {
      if (tlen < 8) return true;
      long format = f.u32(tp);
      int type = (int) (format & 0x0fff);
      long enterprise = format >>> 20;
      long clen = f.u32(tp + 4);
      out.append("\n\t    enterprise ").append(enterprise).append(", ")
          .append(enterprise == 0 ? counterType(type) : "Unknown").append(" (").append(type)
          .append(") length ").append(clen);
      tp += 8;
      tlen -= 8;
      if (tlen < clen) return true;
      if (enterprise == 0) {
        switch (type) {
          case 1 -> {
            if (tlen < 88) return true;
            // each of tcpdump's lines reads all its fields before printing, the status only on
            // the second line
            long dir = f.u32(tp + 16);
            out.append("\n\t      ifindex ").append(f.u32(tp)).append(", iftype ")
                .append(f.u32(tp + 4)).append(", ifspeed ").append(u64(tp + 8))
                .append(", ifdirection ").append(dir).append(" (").append(dir == 0 ? "unknown"
                    : dir == 1 ? "full-duplex" : dir == 2 ? "half-duplex" : dir == 3 ? "in"
                    : dir == 4 ? "out" : "Unknown").append(')');
            long status = f.u32(tp + 20);
            out.append("\n\t      ifstatus ").append(status).append(", adminstatus: ")
                .append((status & 1) != 0 ? "up" : "down").append(", operstatus: ")
                .append(((status >> 1) & 1) != 0 ? "up" : "down");
            f.need(tp + 24, 24);
            out.append("\n\t      In octets ").append(u64(tp + 24)).append(", unicast pkts ")
                .append(f.u32(tp + 32)).append(", multicast pkts ").append(f.u32(tp + 36))
                .append(", broadcast pkts ").append(f.u32(tp + 40)).append(", discards ")
                .append(f.u32(tp + 44));
            f.need(tp + 48, 8);
            out.append("\n\t      In errors ").append(f.u32(tp + 48)).append(", unknown protos ")
                .append(f.u32(tp + 52));
            f.need(tp + 56, 24);
            out.append("\n\t      Out octets ").append(u64(tp + 56)).append(", unicast pkts ")
                .append(f.u32(tp + 64)).append(", multicast pkts ").append(f.u32(tp + 68))
                .append(", broadcast pkts ").append(f.u32(tp + 72)).append(", discards ")
                .append(f.u32(tp + 76));
            f.need(tp + 80, 8);
            out.append("\n\t      Out errors ").append(f.u32(tp + 80)).append(", promisc mode ")
                .append(f.u32(tp + 84));
          }
          case 2 -> {
            if (tlen < 52) return true;
            f.need(tp, 20); // each line's fields are all read before it prints
            out.append("\n\t      align errors ").append(f.u32(tp)).append(", fcs errors ")
                .append(f.u32(tp + 4)).append(", single collision ").append(f.u32(tp + 8))
                .append(", multiple collision ").append(f.u32(tp + 12)).append(", test error ")
                .append(f.u32(tp + 16));
            f.need(tp + 20, 16);
            out.append("\n\t      deferred ").append(f.u32(tp + 20)).append(", late collision ")
                .append(f.u32(tp + 24)).append(", excessive collision ").append(f.u32(tp + 28))
                .append(", mac trans error ").append(f.u32(tp + 32));
            f.need(tp + 36, 16);
            out.append("\n\t      carrier error ").append(f.u32(tp + 36))
                .append(", frames too long ").append(f.u32(tp + 40))
                .append(", mac receive errors ").append(f.u32(tp + 44))
                .append(", symbol errors ").append(f.u32(tp + 48));
          }
          case 3 -> { }
          case 4 -> {
            if (tlen < 80) return true;
            f.need(tp, 12); // each line's fields are all read before it prints
            out.append("\n\t      in high prio frames ").append(f.u32(tp))
                .append(", in high prio octets ").append(u64(tp + 4));
            f.need(tp + 12, 12);
            out.append("\n\t      in norm prio frames ").append(f.u32(tp + 12))
                .append(", in norm prio octets ").append(u64(tp + 16));
            f.need(tp + 24, 16);
            out.append("\n\t      in ipm errors ").append(f.u32(tp + 24)).append(", oversized ")
                .append(f.u32(tp + 28)).append(", in data errors ").append(f.u32(tp + 32))
                .append(", null addressed frames ").append(f.u32(tp + 36));
            f.need(tp + 40, 16);
            out.append("\n\t      out high prio frames ").append(f.u32(tp + 40))
                .append(", out high prio octets ").append(u64(tp + 44))
                .append(", trans into frames ").append(f.u32(tp + 52));
            f.need(tp + 56, 24);
            out.append("\n\t      in hc high prio octets ").append(u64(tp + 56))
                .append(", in hc norm prio octets ").append(u64(tp + 64))
                .append(", out hc high prio octets ").append(u64(tp + 72));
          }
          case 5 -> {
            if (tlen < 28) return true;
            f.need(tp, 28); // all fields read before the line
            out.append("\n\t      vlan_id ").append(f.u32(tp)).append(", octets ")
                .append(u64(tp + 4)).append(", unicast_pkt ").append(f.u32(tp + 12))
                .append(", multicast_pkt ").append(f.u32(tp + 16)).append(", broadcast_pkt ")
                .append(f.u32(tp + 20)).append(", discards ").append(f.u32(tp + 24));
          }
          case 1001 -> {
            if (tlen < 28) return true;
            f.need(tp, 28); // all fields read before the line
            out.append("\n\t      5sec ").append(f.u32(tp)).append(", 1min ")
                .append(f.u32(tp + 4)).append(", 5min ").append(f.u32(tp + 8))
                .append(", total_mem ").append(u64(tp + 12)).append(", total_mem ")
                .append(u64(tp + 20));
          }
          default -> {
            if (f.opts.verbosity() <= 1) f.unknownData(tp, "\n\t\t", (int) clen);
          }
        }
      }
      tp += (int) clen;
      tlen -= clen;
      n--;
    }
    return false;
  }

  private static String counterType(int type) {
    return switch (type) {
      case 1 -> "Generic counter";
      case 2 -> "Ethernet counter";
      case 3 -> "Token ring counter";
      case 4 -> "100 BaseVG counter";
      case 5 -> "Vlan counter";
      case 1001 -> "Processor counter";
      default -> "Unknown";
    };
  }

  /**
   * Appends the unsigned 64-bit value at p (PRIu64) to out and returns "", so that it can sit in
   * an append chain without making a String per packet: Java evaluates the chain left to right.
   */
  private String u64(int p) {
    long v = f.u32(p) << 32 | f.u32(p + 4);
    if (v >= 0) out.append(v);
    else out.append(Long.toUnsignedString(v));
    return "";
  }
}
