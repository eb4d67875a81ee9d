package io.jdump.print;

/**
 * OpenFlow 1.0 message bodies at -v, as tcpdump's print-openflow-1.0.c: features, switch
 * configuration, packet in/out, flow mod/removed, port status/mod, statistics, queues, errors
 * and Big Switch Networks' vendor messages; from -vvv the frame inside PACKET_IN/PACKET_OUT.
 */
final class Of10Printer {
  private static final int OUI_BSN = 0x5c16c7;
  private static final String[] PPC = {"PORT_DOWN", "NO_STP", "NO_RECV", "NO_RECV_STP",
      "NO_FLOOD", "NO_FWD", "NO_PACKET_IN"};
  private static final String[] PPF = {"10MB_HD", "10MB_FD", "100MB_HD", "100MB_FD", "1GB_HD",
      "1GB_FD", "10GB_FD", "COPPER", "FIBER", "AUTONEG", "PAUSE", "PAUSE_ASYM"};
  private static final String[] FW = {"IN_PORT", "DL_VLAN", "DL_SRC", "DL_DST", "DL_TYPE",
      "NW_PROTO", "TP_SRC", "TP_DST", null, null, null, null, null, null, null, null, null, null,
      null, null, "DL_VLAN_PCP", "NW_TOS"};
  private static final String[] AT = {"OUTPUT", "SET_VLAN_VID", "SET_VLAN_PCP", "STRIP_VLAN",
      "SET_DL_SRC", "SET_DL_DST", "SET_NW_SRC", "SET_NW_DST", "SET_NW_TOS", "SET_TP_SRC",
      "SET_TP_DST", "ENQUEUE"};
  private static final String[] CAPS = {"FLOW_STATS", "TABLE_STATS", "PORT_STATS", "STP",
      "RESERVED", "IP_REASM", "QUEUE_STATS", "ARP_MATCH_IP"};
  private static final String[] BSN_ACTIONS = {null, "MIRROR", "SET_TUNNEL_DST", null,
      "CHECKSUM"};
  private static final String[] REMOVED_REASONS = {"IDLE_TIMEOUT", "HARD_TIMEOUT", "DELETE"};
  private static final String[] IN_REASONS = {"NO_MATCH", "ACTION"};
  private static final String[] QUEUE_PROPERTIES = {"NONE", "MIN_RATE"};
  private static final String[] FF = {"SEND_FLOW_REM", "CHECK_OVERLAP", "EMERG"};
  private static final String[] MORE = {"MORE"};
  private static final String[] ST = {"DESC", "FLOW", "AGGREGATE", "TABLE", "PORT", "QUEUE"};
  private static final String[] FC = {"ADD", "MODIFY", "MODIFY_STRICT", "DELETE",
      "DELETE_STRICT"};
  private static final String[] ET = {"HELLO_FAILED", "BAD_REQUEST", "BAD_ACTION",
      "FLOW_MOD_FAILED", "PORT_MOD_FAILED", "QUEUE_OP_FAILED"};
  private static final String[][] ERROR_CODES = {
      {"INCOMPATIBLE", "EPERM"},
      {"BAD_VERSION", "BAD_TYPE", "BAD_STAT", "BAD_VENDOR", "BAD_SUBTYPE", "EPERM", "BAD_LEN",
          "BUFFER_EMPTY", "BUFFER_UNKNOWN"},
      {"BAD_TYPE", "BAD_LEN", "BAD_VENDOR", "BAD_VENDOR_TYPE", "BAD_OUT_PORT", "BAD_ARGUMENT",
          "EPERM", "TOO_MANY", "BAD_QUEUE"},
      {"ALL_TABLES_FULL", "OVERLAP", "EPERM", "BAD_EMERG_TIMEOUT", "BAD_COMMAND",
          "UNSUPPORTED"},
      {"BAD_PORT", "BAD_HW_ADDR"},
      {"BAD_PORT", "BAD_QUEUE", "EPERM"}};
  private static final String[] BSN = {"SET_IP_MASK", "GET_IP_MASK_REQUEST",
      "GET_IP_MASK_REPLY", "SET_MIRRORING", "GET_MIRRORING_REQUEST", "GET_MIRRORING_REPLY",
      "SHELL_COMMAND", "SHELL_OUTPUT", "SHELL_STATUS", "GET_INTERFACES_REQUEST",
      "GET_INTERFACES_REPLY", "SET_PKTIN_SUPPRESSION_REQUEST", "SET_L2_TABLE_REQUEST",
      "GET_L2_TABLE_REQUEST", "GET_L2_TABLE_REPLY", "VIRTUAL_PORT_CREATE_REQUEST",
      "VIRTUAL_PORT_CREATE_REPLY", "VIRTUAL_PORT_REMOVE_REQUEST", "BW_ENABLE_SET_REQUEST",
      "BW_ENABLE_GET_REQUEST", "BW_ENABLE_GET_REPLY", "BW_CLEAR_DATA_REQUEST",
      "BW_CLEAR_DATA_REPLY", "BW_ENABLE_SET_REPLY", "SET_L2_TABLE_REPLY",
      "SET_PKTIN_SUPPRESSION_REPLY", "VIRTUAL_PORT_REMOVE_REPLY", "HYBRID_GET_REQUEST",
      "HYBRID_GET_REPLY", null, null, "PDU_TX_REQUEST", "PDU_TX_REPLY", "PDU_RX_REQUEST",
      "PDU_RX_REPLY", "PDU_RX_TIMEOUT"};

  private final Dissector d;
  private final OpenflowPrinter of;
  private final Frame f;
  private final StringBuilder out;
  /** The options with 3 fewer -v, for the frame inside PACKET_IN/PACKET_OUT, and whose. */
  private PrintOptions inner;
  private PrintOptions innerOf;

  Of10Printer(Dissector d, OpenflowPrinter of, Frame f) {
    this.d = d;
    this.of = of;
    this.f = f;
    this.out = f.out;
  }

  /** {@return whether tcpdump has a decoder for this 1.0 message type} */
  static boolean decodes(int type) {
    return type <= 21 && type != 5 && type != 7 && type != 18 && type != 19;
  }

  void message(int type, int cp, int len) {
    switch (type) {
      case 0, 2, 3 -> of.data(cp, len);
      case 1 -> error(cp, len);
      case 4 -> vendorMessage(cp, len);
      case 6 -> featuresReply(cp, len);
      case 8, 9 -> {
        int flags = f.u16(cp);
        out.append("\n\t flags ");
        of.tok(OpenflowPrinter.FRAG, flags, "invalid", 4);
        u16(", miss_send_len ", cp + 2);
      }
      case 10 -> packetIn(cp, len);
      case 11 -> flowRemoved(cp);
      case 12 -> {
        int r = f.u8(cp);
        out.append("\n\t reason ");
        of.tok(OpenflowPrinter.PORT_REASONS, r, "invalid", 2);
        phyPort(cp + 8);
      }
      case 13 -> packetOut(cp, len);
      case 14 -> flowMod(cp, len);
      case 15 -> {
        port("\n\t port_no ", cp);
        mac(", hw_addr ", cp + 2);
        bitmap("\n\t config 0x", f.u32(cp + 8), PPC, ~0x7fL);
        bitmap("\n\t mask 0x", f.u32(cp + 12), PPC, ~0x7fL);
        bitmap("\n\t advertise 0x", f.u32(cp + 16), PPF, ~0xfffL);
        f.need(cp + 20, 4);
      }
      case 16 -> statsRequest(cp, len);
      case 17 -> statsReply(cp, len);
      case 20 -> {
        port("\n\t port ", cp);
        f.need(cp + 2, 2);
      }
      case 21 -> {
        port("\n\t port ", cp);
        f.need(cp + 2, 6);
        queues(cp + 8, len - 8);
      }
      default -> f.need(cp, len);
    }
  }

  private void invalid(int cp, int len) {
    f.printInvalid();
    f.need(cp, len);
  }

  private void mac(int p) {
    f.need(p, 6);
    f.names.mac(out, f.b, p);
  }

  // tcpdump reads a field before printing its label (each ND_PRINT is all or nothing), so a
  // cut field prints neither: these check first, then print label and value

  private void mac(String label, int p) {
    f.need(p, 6);
    out.append(label);
    f.names.mac(out, f.b, p);
  }

  private void ip4(String label, int p) {
    f.need(p, 4);
    out.append(label);
    f.ip4(p);
  }

  private void u8(String label, int p) {
    int v = f.u8(p);
    out.append(label).append(v);
  }

  private void u16(String label, int p) {
    int v = f.u16(p);
    out.append(label).append(v);
  }

  private void u32(String label, int p) {
    long v = f.u32(p);
    out.append(label).append(v);
  }

  private void u64(String label, int p) {
    f.need(p, 8);
    out.append(label);
    u64(p);
  }

  private void port(String label, int p) {
    int v = f.u16(p);
    out.append(label);
    port(v);
  }

  private void hex16(String label, int p) {
    f.need(p, 8);
    out.append(label);
    hex16(p);
  }

  /** tok2str(ofpp_str, "%u", port) */
  private void port(int p) {
    String name = switch (p) {
      case 0xff00 -> "MAX";
      case 0xfff8 -> "IN_PORT";
      case 0xfff9 -> "TABLE";
      case 0xfffa -> "NORMAL";
      case 0xfffb -> "FLOOD";
      case 0xfffc -> "ALL";
      case 0xfffd -> "CONTROLLER";
      case 0xfffe -> "LOCAL";
      case 0xffff -> "NONE";
      default -> null;
    };
    if (name != null) out.append(name);
    else out.append(p);
  }

  private void tableId(int t) {
    if (t == 0xfe) out.append("EMERG");
    else if (t == 0xff) out.append("ALL");
    else out.append(t);
  }

  private void queueId(long q) {
    if (q == 0xffffffffL) out.append("ALL");
    else out.append(q);
  }

  private void vlan(int vid) {
    if (vid == 0xffff) {
      out.append("NONE");
      return;
    }
    out.append(vid).append(vid > 0 && vid < 0xfff ? "" : " (bogus)");
  }

  private void pcp(int pcp) {
    out.append(pcp).append(pcp <= 7 ? "" : " (bogus)");
  }

  /** Prefix, the value in 8 hex digits, then of_bitmap_print. */
  private void bitmap(String prefix, long v, String[] names, long unassigned) {
    // callers read v first, so a cut field prints nothing
    out.append(prefix);
    Text.hex8(out, v);
    of.bitmap(v, names, unassigned);
  }

  private void u64(int p) {
    long v = f.u32(p) << 32 | f.u32(p + 4);
    if (v >= 0) out.append(v);
    else out.append(Long.toUnsignedString(v));
  }

  private void hex16(int p) {
    Text.hex8(out, f.u32(p));
    Text.hex8(out, f.u32(p + 4));
  }

  private void error(int cp, int len) {
    of.error(cp, len, ET, ERROR_CODES);
  }


  private void vendorMessage(int cp, int len) {
    long vendor = f.u32(cp);
    of.vendor(vendor);
    if (vendor == OUI_BSN) bsnMessage(cp + 4, len - 4);
    else of.data(cp + 4, len - 4);
  }

  private void bsnMessage(int cp, int len) {
    if (len < 4) {
      invalid(cp, len);
      return;
    }
    long subtype = f.u32(cp);
    cp += 4;
    len -= 4;
    out.append("\n\t subtype ");
    of.tok(BSN, subtype, "unknown", 8);
    switch ((int) subtype) {
      case 1 -> {
        if (len != 8) {
          invalid(cp, len);
          return;
        }
        u8(", index ", cp);
        f.need(cp + 1, 7);
      }
      case 0, 2 -> {
        if (len != 8) {
          invalid(cp, len);
          return;
        }
        u8(", index ", cp);
        ip4(", mask ", cp + 4);
      }
      case 3, 4, 5 -> {
        if (len != 4) {
          invalid(cp, len);
          return;
        }
        int v = f.u8(cp);
        out.append(", report_mirror_ports ");
        if (v <= 1) out.append(v == 0 ? "OFF" : "ON");
        else out.append("bogus (").append(v).append(')');
        f.need(cp + 1, 3);
      }
      case 9, 13, 19, 21, 27 -> {
        if (len != 0) invalid(cp, len);
      }
      case 17 -> {
        if (len != 4) {
          invalid(cp, len);
          return;
        }
        u32(", vport_no ", cp);
      }
      case 6 -> {
        if (len < 4) {
          invalid(cp, len);
          return;
        }
        u32(", service ", cp);
        out.append(", data '");
        printn(cp + 4, len - 4);
        out.append('\'');
      }
      case 7 -> {
        out.append(", data '");
        printn(cp, len);
        out.append('\'');
      }
      case 8 -> {
        if (len != 4) {
          invalid(cp, len);
          return;
        }
        long status = f.u32(cp);
        out.append(", status 0x");
        Text.hex8(out, status);
      }
      default -> f.need(cp, len);
    }
  }

  /** tcpdump's nd_printn: n characters, escaped; a cut one ends the packet. */
  private void printn(int p, int n) {
    for (int i = 0; i < n; i++) DnsNames.charEscaped(out, f.u8(p + i));
  }

  private void featuresReply(int cp, int len) {
    hex16("\n\t dpid 0x", cp);
    u32(", n_buffers ", cp + 8);
    u8(", n_tables ", cp + 12);
    bitmap("\n\t capabilities 0x", f.u32(cp + 16), CAPS, ~0xefL);
    bitmap("\n\t actions 0x", f.u32(cp + 20), AT, ~0xfffL);
    cp += 24;
    len -= 24;
    while (len != 0) {
      if (len < 48) {
        invalid(cp, len);
        return;
      }
      phyPort(cp);
      cp += 48;
      len -= 48;
    }
  }

  private void phyPort(int cp) {
    port("\n\t  port_no ", cp);
    mac(", hw_addr ", cp + 2);
    out.append(", name '");
    f.printjnp(cp + 8, 16);
    out.append('\'');
    cp += 24;
    if (f.opts.verbosity() < 2) {
      f.need(cp, 24);
      return;
    }
    bitmap("\n\t   config 0x", f.u32(cp), PPC, ~0x7fL);
    long state = f.u32(cp + 4);
    out.append("\n\t   state 0x");
    Text.hex8(out, state);
    int stp = (int) (state & 0x300);
    out.append(" (").append(stp == 0 ? "STP_LISTEN" : stp == 0x100 ? "STP_LEARN"
        : stp == 0x200 ? "STP_FORWARD" : "STP_BLOCK")
        .append((state & 1) != 0 ? ", LINK_DOWN" : "").append(')')
        .append((state & ~0x301L) != 0 ? " (bogus)" : "");
    bitmap("\n\t   curr 0x", f.u32(cp + 8), PPF, ~0xfffL);
    bitmap("\n\t   advertised 0x", f.u32(cp + 12), PPF, ~0xfffL);
    bitmap("\n\t   supported 0x", f.u32(cp + 16), PPF, ~0xfffL);
    bitmap("\n\t   peer 0x", f.u32(cp + 20), PPF, ~0xfffL);
  }

  private void match(String pfx, int cp) {
    long wildcards = f.u32(cp);
    if ((wildcards & ~0x3fffffL) != 0) {
      out.append(pfx).append("wildcards 0x");
      Text.hex8(out, wildcards);
      out.append(" (bogus)");
    }
    if ((wildcards & 1) == 0) {
      int v = f.u16(cp + 4);
      out.append(pfx).append("match in_port ");
      port(v);
    }
    if ((wildcards & 4) == 0) {
      f.need(cp + 6, 6);
      out.append(pfx);
      mac("match dl_src ", cp + 6);
    }
    if ((wildcards & 8) == 0) {
      f.need(cp + 12, 6);
      out.append(pfx);
      mac("match dl_dst ", cp + 12);
    }
    if ((wildcards & 2) == 0) {
      int v = f.u16(cp + 18);
      out.append(pfx).append("match dl_vlan ");
      vlan(v);
    }
    if ((wildcards & (1 << 20)) == 0) {
      int v = f.u8(cp + 20);
      out.append(pfx).append("match dl_vlan_pcp ");
      pcp(v);
    }
    int dlType = f.u16(cp + 22);
    if ((wildcards & 0x10) == 0) {
      out.append(pfx).append("match dl_type 0x");
      Text.hex4(out, dlType);
    }
    if ((wildcards & (1 << 21)) == 0) {
      int v = f.u8(cp + 24);
      out.append(pfx).append("match nw_tos 0x");
      Text.hex2(out, v);
    }
    int nwProto = f.u8(cp + 25);
    if ((wildcards & 0x20) == 0) {
      out.append(pfx).append("match ")
          .append((wildcards & 0x10) == 0 && dlType == 0x0806 ? "arp_opcode" : "nw_proto")
          .append(' ').append(nwProto);
    }
    int bits = (int) ((wildcards >> 8) & 0x3f);
    if (bits < 32) {
      f.need(cp + 28, 4);
      out.append(pfx);
      ip4("match nw_src ", cp + 28);
      out.append('/').append(32 - bits);
    }
    bits = (int) ((wildcards >> 14) & 0x3f);
    if (bits < 32) {
      f.need(cp + 32, 4);
      out.append(pfx);
      ip4("match nw_dst ", cp + 32);
      out.append('/').append(32 - bits);
    }
    boolean icmp = (wildcards & 0x10) == 0 && dlType == 0x0800 && (wildcards & 0x20) == 0
        && nwProto == 1;
    if ((wildcards & 0x40) == 0) {
      int v = f.u16(cp + 36);
      out.append(pfx).append("match ").append(icmp ? "icmp_type" : "tp_src").append(' ')
          .append(v);
    }
    if ((wildcards & 0x80) == 0) {
      int v = f.u16(cp + 38);
      out.append(pfx).append("match ").append(icmp ? "icmp_code" : "tp_dst").append(' ')
          .append(v);
    } else {
      f.need(cp + 38, 2);
    }
  }

  private void actions(String pfx, int cp, int len) {
    while (len != 0) {
      if (len < 8) {
        invalid(cp, len);
        return;
      }
      int type = f.u16(cp);
      out.append(pfx).append("action type ");
      if (type == 0xffff) out.append("VENDOR");
    else of.tok(AT, type, "invalid", 4);
      int alen = f.u16(cp + 2);
      cp += 4;
      len -= 4;
      out.append(", len ").append(alen);
      if (alen < 8 || alen > len + 4) {
        invalid(cp, len);
        return;
      }
      boolean skip = false;
      boolean bogus = false;
      switch (type) {
        case 0, 1, 2, 3, 6, 7, 8, 9, 10 -> bogus = alen != 8;
        case 4, 5, 11 -> bogus = alen != 16;
        case 0xffff -> bogus = alen % 8 != 0;
        default -> skip = true;
      }
      if (bogus) {
        out.append(" (bogus)");
        skip = true;
      }
      if (skip) {
        f.need(cp, alen - 4);
        cp += alen - 4;
        len -= alen - 4;
        continue;
      }
      switch (type) {
        case 0 -> {
          int outPort = f.u16(cp);
          out.append(", port ");
          port(outPort);
          if (outPort == 0xfffd) u16(", max_len ", cp + 2);
          else f.need(cp + 2, 2);
        }
        case 1 -> {
          int vid = f.u16(cp);
          out.append(", vlan_vid ");
          vlan(vid);
          f.need(cp + 2, 2);
        }
        case 2 -> {
          int pcp = f.u8(cp);
          out.append(", vlan_pcp ");
          pcp(pcp);
          f.need(cp + 1, 3);
        }
        case 4, 5 -> {
          mac(", dl_addr ", cp);
          f.need(cp + 6, 6);
        }
        case 6, 7 -> {
          ip4(", nw_addr ", cp);
        }
        case 8 -> {
          int tos = f.u8(cp);
          out.append(", nw_tos 0x");
          Text.hex2(out, tos);
          f.need(cp + 1, 3);
        }
        case 9, 10 -> {
          u16(", tp_port ", cp);
          f.need(cp + 2, 2);
        }
        case 11 -> {
          port(", port ", cp);
          long q = f.u32(cp + 8);
          out.append(", queue_id ");
          queueId(q);
        }
        case 0xffff -> vendorAction(cp, alen - 4);
        case 3 -> f.need(cp, 4);
        default -> { }
      }
      cp += alen - 4;
      len -= alen - 4;
    }
  }

  private void vendorAction(int cp, int len) {
    if (len < 4) {
      invalid(cp, len);
      return;
    }
    long vendor = f.u32(cp);
    of.vendor(vendor);
    cp += 4;
    len -= 4;
    if (vendor != OUI_BSN) {
      of.data(cp, len);
      return;
    }
    if (len < 4) {
      invalid(cp, len);
      return;
    }
    long subtype = f.u32(cp);
    cp += 4;
    len -= 4;
    out.append("\n\t  subtype ");
    of.tok(BSN_ACTIONS, subtype, "unknown", 8);
    if (subtype != 1) {
      f.need(cp, len);
      return;
    }
    if (len != 12) {
      invalid(cp, len);
      return;
    }
    u32(", dest_port ", cp);
    long tag = f.u32(cp + 4);
    int tpid = (int) (tag >> 16);
    if (tpid == 0) {
      out.append(", vlan_tag none");
    } else if (tpid == 0x8100) {
      int tci = (int) (tag & 0xffff);
      out.append(", vlan_tag 802.1Q (vlan ").append(tci & 0xfff).append(", p ")
          .append(tci >> 13).append((tci & 0x1000) != 0 ? ", DEI" : "").append(')');
    } else {
      out.append(", vlan_tag unknown (0x");
      Text.hex4(out, tpid);
      out.append(')');
    }
    int stage = f.u8(cp + 8);
    out.append(", copy_stage ");
    if (stage <= 1) out.append(stage == 0 ? "INGRESS" : "EGRESS");
    else out.append("unknown (").append(stage).append(')');
    f.need(cp + 9, 3);
  }

  private void flowMod(int cp, int len) {
    match("\n\t ", cp);
    cp += 40;
    len -= 40;
    hex16("\n\t cookie 0x", cp);
    int command = f.u16(cp + 8);
    out.append(", command ");
    of.tok(FC, command, "invalid", 4);
    if (f.u16(cp + 10) != 0) u16(", idle_timeout ", cp + 10);
    if (f.u16(cp + 12) != 0) u16(", hard_timeout ", cp + 12);
    if (f.u16(cp + 14) != 0) u16(", priority ", cp + 14);
    if (command <= 2) {
      long id = f.u32(cp + 16);
      out.append(", buffer_id ");
      bufferId(id);
    }
    if (command == 3 || command == 4) port(", out_port ", cp + 20);
    int flags = f.u16(cp + 22);
    out.append(", flags 0x");
    Text.hex4(out, flags);
    of.bitmap(flags, FF, ~0x7L);
    actions("\n\t ", cp + 24, len - 24);
  }

  private void bufferId(long id) {
    if (id == 0xffffffffL) {
      out.append("NONE");
    } else {
      out.append("0x");
      Text.hex8(out, id);
    }
  }

  private void flowRemoved(int cp) {
    match("\n\t ", cp);
    cp += 40;
    hex16("\n\t cookie 0x", cp);
    if (f.u16(cp + 8) != 0) u16(", priority ", cp + 8);
    int reason = f.u8(cp + 10);
    out.append(", reason ");
    of.tok(REMOVED_REASONS, reason, "unknown", 2);
    u32(", duration_sec ", cp + 12);
    u32(", duration_nsec ", cp + 16);
    if (f.u16(cp + 20) != 0) u16(", idle_timeout ", cp + 20);
    u64(", packet_count ", cp + 24);
    u64(", byte_count ", cp + 32);
  }

  private void packetIn(int cp, int len) {
    long id = f.u32(cp);
    out.append("\n\t buffer_id ");
    bufferId(id);
    u16(", total_len ", cp + 4);
    port(", in_port ", cp + 6);
    int reason = f.u8(cp + 8);
    out.append(", reason ");
    of.tok(IN_REASONS, reason, "invalid", 2);
    f.need(cp + 9, 1);
    packetData(cp + 10, len - 10);
  }

  private void packetOut(int cp, int len) {
    long id = f.u32(cp);
    out.append("\n\t buffer_id 0x");
    Text.hex8(out, id);
    port(", in_port ", cp + 4);
    int actionsLen = f.u16(cp + 6);
    cp += 8;
    len -= 8;
    if (actionsLen > len) {
      invalid(cp, len);
      return;
    }
    actions("\n\t ", cp, actionsLen);
    packetData(cp + actionsLen, len - actionsLen);
  }

  private void packetData(int cp, int len) {
    if (len == 0) return;
    out.append("\n\t data (").append(len).append(" octets)");
    if (f.opts.verbosity() < 3) {
      f.need(cp, len);
      return;
    }
    // tcpdump decodes the frame with 3 fewer -v and the capture cut at the data's end
    out.append(", frame decoding below\n");
    PrintOptions outer = f.opts;
    int end = f.end;
    f.opts = lessVerbose(outer);
    f.end = (int) Math.min(f.end, (long) cp + len);
    try {
      d.link.ethernet(cp, len, Math.max(0, f.end - cp));
    } catch (Truncated cut) {
      // tcpdump takes the 3 -v back after the frame, a step its truncation longjmp skips: from
      // here to the end of the run it prints with 3 fewer -v. So does jdump.
      f.end = end;
      throw cut;
    }
    f.opts = outer;
    f.end = end;
  }

  /** {@return the options with 3 fewer -v} made once per verbosity met, not per packet */
  private PrintOptions lessVerbose(PrintOptions outer) {
    if (outer != innerOf) {
      innerOf = outer;
      inner = outer.withVerbosity(Math.max(0, outer.verbosity() - 3));
    }
    return inner;
  }

  private void statsRequest(int cp, int len) {
    int type = f.u16(cp);
    out.append("\n\t type ");
    statsType(type);
    int flags = f.u16(cp + 2);
    out.append(", flags 0x");
    Text.hex4(out, flags);
    if (flags != 0) out.append(" (bogus)");
    cp += 4;
    len -= 4;
    switch (type) {
      case 0, 3 -> {
        if (len != 0) invalid(cp, len);
      }
      case 1, 2 -> {
        if (len != 44) {
          invalid(cp, len);
          return;
        }
        match("\n\t ", cp);
        int table = f.u8(cp + 40);
        out.append("\n\t table_id ");
        tableId(table);
        port(", out_port ", cp + 42);
      }
      case 4 -> {
        if (len != 8) {
          invalid(cp, len);
          return;
        }
        port("\n\t port_no ", cp);
        f.need(cp + 2, 6);
      }
      case 5 -> {
        if (len != 8) {
          invalid(cp, len);
          return;
        }
        port("\n\t port_no ", cp);
        long q = f.u32(cp + 4);
        out.append(", queue_id ");
        queueId(q);
      }
      case 0xffff -> vendorData(cp, len);
      default -> { }
    }
  }

  private void statsType(int type) {
    if (type == 0xffff) out.append("VENDOR");
    else of.tok(ST, type, "invalid", 4);
  }

  private void vendorData(int cp, int len) {
    if (len < 4) {
      invalid(cp, len);
      return;
    }
    of.vendor(f.u32(cp));
    of.data(cp + 4, len - 4);
  }

  private void statsReply(int cp, int len) {
    int type = f.u16(cp);
    out.append("\n\t type ");
    statsType(type);
    int flags = f.u16(cp + 2);
    out.append(", flags 0x");
    Text.hex4(out, flags);
    of.bitmap(flags, MORE, ~0x1L);
    cp += 4;
    len -= 4;
    switch (type) {
      case 0 -> descStats(cp, len);
      case 1 -> flowStats(cp, len);
      case 2 -> {
        if (len != 24) {
          invalid(cp, len);
          return;
        }
        u64("\n\t packet_count ", cp);
        u64(", byte_count ", cp + 8);
        u32(", flow_count ", cp + 16);
        f.need(cp + 20, 4);
      }
      case 3 -> tableStats(cp, len);
      case 4 -> portStats(cp, len);
      case 5 -> queueStats(cp, len);
      case 0xffff -> vendorData(cp, len);
      default -> f.need(cp, len);
    }
  }

  private void descStats(int cp, int len) {
    if (len != 1056) {
      invalid(cp, len);
      return;
    }
    out.append("\n\t  mfr_desc '");
    f.printjnp(cp, 256);
    out.append("'\n\t  hw_desc '");
    f.printjnp(cp + 256, 256);
    out.append("'\n\t  sw_desc '");
    f.printjnp(cp + 512, 256);
    out.append("'\n\t  serial_num '");
    f.printjnp(cp + 768, 32);
    out.append("'\n\t  dp_desc '");
    f.printjnp(cp + 800, 256);
    out.append('\'');
  }

  private void flowStats(int cp, int len) {
    while (len != 0) {
      if (len < 88) {
        invalid(cp, len);
        return;
      }
      int entry = f.u16(cp);
      out.append("\n\t length ").append(entry);
      if (entry < 88 || entry > len) {
        invalid(cp, len);
        return;
      }
      int table = f.u8(cp + 2);
      out.append(", table_id ");
      tableId(table);
      match("\n\t  ", cp + 4);
      int p = cp + 44;
      u32("\n\t  duration_sec ", p);
      u32(", duration_nsec ", p + 4);
      u16(", priority ", p + 8);
      u16(", idle_timeout ", p + 10);
      u16(", hard_timeout ", p + 12);
      hex16(", cookie 0x", p + 20);
      u64(", packet_count ", p + 28);
      u64(", byte_count ", p + 36);
      actions("\n\t  ", cp + 88, entry - 88);
      cp += entry;
      len -= entry;
    }
  }

  private void tableStats(int cp, int len) {
    while (len != 0) {
      if (len < 64) {
        invalid(cp, len);
        return;
      }
      int table = f.u8(cp);
      out.append("\n\t table_id ");
      tableId(table);
      out.append(", name '");
      f.printjnp(cp + 4, 32);
      out.append('\'');
      bitmap("\n\t  wildcards 0x", f.u32(cp + 36), FW, ~0x3fffffL);
      u32("\n\t  max_entries ", cp + 40);
      u32(", active_count ", cp + 44);
      u64(", lookup_count ", cp + 48);
      u64(", matched_count ", cp + 56);
      cp += 64;
      len -= 64;
    }
  }

  private static final String[] PORT_STATS = {", rx_packets ", ", tx_packets ", ", rx_bytes ",
      ", tx_bytes ", ", rx_dropped ", ", tx_dropped ", ", rx_errors ", ", tx_errors ",
      ", rx_frame_err ", ", rx_over_err ", ", rx_crc_err ", ", collisions "};

  private void portStats(int cp, int len) {
    while (len != 0) {
      if (len < 104) {
        invalid(cp, len);
        return;
      }
      port("\n\t  port_no ", cp);
      if (f.opts.verbosity() < 2) {
        f.need(cp + 2, 102);
      } else {
        for (int i = 0; i < PORT_STATS.length; i++) {
          u64(PORT_STATS[i], cp + 8 + 8 * i);
        }
      }
      cp += 104;
      len -= 104;
    }
  }

  private void queueStats(int cp, int len) {
    while (len != 0) {
      if (len < 32) {
        invalid(cp, len);
        return;
      }
      port("\n\t  port_no ", cp);
      u32(", queue_id ", cp + 4);
      u64(", tx_bytes ", cp + 8);
      u64(", tx_packets ", cp + 16);
      u64(", tx_errors ", cp + 24);
      cp += 32;
      len -= 32;
    }
  }

  private void queues(int cp, int len) {
    while (len != 0) {
      if (len < 8) {
        invalid(cp, len);
        return;
      }
      u32("\n\t  queue_id ", cp);
      int desclen = f.u16(cp + 4);
      cp += 6;
      len -= 6;
      out.append(", len ").append(desclen);
      if (desclen < 8 || desclen > len + 6) {
        invalid(cp, len);
        return;
      }
      f.need(cp, 2);
      cp += 2;
      len -= 2;
      if (f.opts.verbosity() >= 2) queueProps(cp, desclen - 8);
      else f.need(cp, desclen - 8);
      cp += desclen - 8;
      len -= desclen - 8;
    }
  }

  private void queueProps(int cp, int len) {
    while (len != 0) {
      if (len < 8) {
        invalid(cp, len);
        return;
      }
      int property = f.u16(cp);
      out.append("\n\t   property ");
      of.tok(QUEUE_PROPERTIES, property, "invalid", 4);
      int plen = f.u16(cp + 2);
      cp += 4;
      len -= 4;
      out.append(", len ").append(plen);
      if (plen < 8 || plen > len + 4) {
        invalid(cp, len);
        return;
      }
      f.need(cp, 4);
      cp += 4;
      len -= 4;
      boolean skip = property > 1;
      if ((property == 0 && plen != 8) || (property == 1 && plen != 16)) {
        out.append(" (bogus)");
        skip = true;
      }
      if (skip) {
        f.need(cp, plen - 8);
        cp += plen - 8;
        len -= plen - 8;
        continue;
      }
      if (property == 1) {
        int rate = f.u16(cp);
        if (rate > 1000) out.append(", rate disabled");
        else out.append(", rate ").append(rate / 10).append('.').append(rate % 10).append('%');
        f.need(cp + 2, 6);
        cp += 8;
        len -= 8;
      }
    }
  }
}
