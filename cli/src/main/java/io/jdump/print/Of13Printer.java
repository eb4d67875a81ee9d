package io.jdump.print;

/**
 * OpenFlow 1.3 message bodies at -v, as tcpdump's print-openflow-1.3.c: hello elements, errors,
 * experimenter messages, features, switch configuration, port status/mod, table mod, queue
 * requests, roles and asynchronous configuration (tcpdump 4.99 decodes no others).
 */
final class Of13Printer {
  private static final String[] CAPS = {"FLOW_STATS", "TABLE_STATS", "PORT_STATS",
      "GROUP_STATS", null, "IP_REASM", "QUEUE_STATS", null, "PORT_BLOCKED"};
  private static final String[] PPC = {"PORT_DOWN", null, "NO_RECV", null, null, "NO_FWD",
      "NO_PACKET_IN"};
  private static final String[] PPS = {"LINK_DOWN", "BLOCKED", "LIVE"};
  private static final String[] PPF = {"10MB_HD", "10MB_FD", "100MB_HD", "100MB_FD", "1GB_HD",
      "1GB_FD", "10GB_FD", "40GB_FD", "100GB_FD", "1TB_FD", "OTHER", "COPPER", "FIBER",
      "AUTONEG", "PAUSE", "PAUSE_ASYM"};
  private static final String[] VERSIONS = {"1.0", "1.1", "1.2", "1.3", "1.4", "1.5"};
  private static final String[] ASYNC_PR = {"NO_MATCH", "ACTION", "INVALID_TTL"};
  private static final String[] ASYNC_PPR = {"ADD", "DELETE", "MODIFY"};
  private static final String[] HELLO_ELEMENTS = {null, "VERSIONBITMAP"};
  private static final String[] ROLES = {"NOCHANGE", "EQUAL", "MASTER", "SLAVE"};
  private static final String[] ET = {"HELLO_FAILED", "BAD_REQUEST", "BAD_ACTION",
      "BAD_INSTRUCTION", "BAD_MATCH", "FLOW_MOD_FAILED", "GROUP_MOD_FAILED", "PORT_MOD_FAILED",
      "TABLE_MOD_FAILED", "QUEUE_OP_FAILED", "SWITCH_CONFIG_FAILED", "ROLE_REQUEST_FAILED",
      "METER_MOD_FAILED", "TABLE_FEATURES_FAILED"};
  private static final String[][] ERROR_CODES = {
      {"INCOMPATIBLE", "EPERM"},
      {"BAD_VERSION", "BAD_TYPE", "BAD_MULTIPART", "BAD_EXPERIMENTER", "BAD_EXP_TYPE", "EPERM",
          "BAD_LEN", "BUFFER_EMPTY", "BUFFER_UNKNOWN", "BAD_TABLE_ID", "IS_SLAVE", "BAD_PORT",
          "BAD_PACKET", "MULTIPART_BUFFER_OVERFLOW"},
      {"BAD_TYPE", "BAD_LEN", "BAD_EXPERIMENTER", "BAD_EXP_TYPE", "BAD_OUT_PORT",
          "BAD_ARGUMENT", "EPERM", "TOO_MANY", "BAD_QUEUE", "BAD_OUT_GROUP",
          "MATCH_INCONSISTENT", "UNSUPPORTED_ORDER", "BAD_TAG", "BAD_SET_TYPE", "BAD_SET_LEN",
          "BAD_SET_ARGUMENT"},
      {"UNKNOWN_INST", "UNSUP_INST", "BAD_TABLE_ID", "UNSUP_METADATA", "UNSUP_METADATA_MASK",
          "BAD_EXPERIMENTER", "BAD_EXP_TYPE", "BAD_LEN", "EPERM"},
      {"BAD_TYPE", "BAD_LEN", "BAD_TAG", "BAD_DL_ADDR_MASK", "BAD_NW_ADDR_MASK",
          "BAD_WILDCARDS", "BAD_FIELD", "BAD_VALUE", "BAD_MASK", "BAD_PREREQ", "DUP_FIELD",
          "EPERM"},
      {"UNKNOWN", "TABLE_FULL", "BAD_TABLE_ID", "OVERLAP", "EPERM", "BAD_TIMEOUT",
          "BAD_COMMAND", "BAD_FLAGS"},
      {"GROUP_EXISTS", "INVALID_GROUP", "WEIGHT_UNSUPPORTED", "OUT_OF_GROUPS",
          "OUT_OF_BUCKETS", "CHAINING_UNSUPPORTED", "WATCH_UNSUPPORTED", "LOOP",
          "UNKNOWN_GROUP", "CHAINED_GROUP", "BAD_TYPE", "BAD_COMMAND", "BAD_BUCKET",
          "BAD_MATCH", "EPERM"},
      {"BAD_PORT", "BAD_HW_ADDR", "BAD_CONFIG", "BAD_ADVERTISE", "EPERM"},
      {"BAD_TABLE", "BAD_CONFIG", "EPERM"},
      {"BAD_PORT", "BAD_QUEUE", "EPERM"},
      {"BAD_FLAGS", "BAD_LEN", "EPERM"},
      {"STALE", "UNSUP", "BAD_ROLE"},
      {"UNKNOWN", "METER_EXISTS", "INVALID_METER", "UNKNOWN_METER", "BAD_COMMAND",
          "BAD_FLAGS", "BAD_RATE", "BAD_BURST", "BAD_BAND", "BAD_BAND_VALUE", "OUT_OF_METERS",
          "OUT_OF_BANDS"},
      {"BAD_TABLE", "BAD_METADATA", "BAD_TYPE", "BAD_LEN", "BAD_ARGUMENT", "EPERM"}};

  private final OpenflowPrinter of;
  private final Frame f;
  private final StringBuilder out;

  Of13Printer(OpenflowPrinter of, Frame f) {
    this.of = of;
    this.f = f;
    this.out = f.out;
  }

  /** {@return whether tcpdump has a decoder for this 1.3 message type} */
  static boolean decodes(int type) {
    return switch (type) {
      case 0, 1, 2, 3, 4, 6, 8, 9, 12, 16, 17, 22, 24, 25, 27, 28 -> true;
      default -> false;
    };
  }

  void message(int type, int cp, int len) {
    switch (type) {
      case 0 -> hello(cp, len);
      case 1 -> error(cp, len);
      case 2, 3 -> of.data(cp, len);
      case 4 -> {
        long exp = f.u32(cp);
        out.append("\n\t experimenter 0x");
        Text.hex8(out, exp);
        of.vendorName(exp);
        long expType = f.u32(cp + 4);
        out.append(", exp_type 0x");
        Text.hex8(out, expType);
        of.data(cp + 8, len - 8);
      }
      case 6 -> {
        long dpidHi = f.u32(cp);
        long dpidLo = f.u32(cp + 4);
        out.append("\n\t dpid 0x");
        Text.hex8(out, dpidHi);
        Text.hex8(out, dpidLo);
        long n = f.u32(cp + 8);
        out.append(", n_buffers ").append(n);
        int tables = f.u8(cp + 12);
        out.append(", n_tables ").append(tables);
        int aux = f.u8(cp + 13);
        out.append(", auxiliary_id ").append(aux);
        bitmap("\n\t capabilities 0x", cp + 16, CAPS, ~0x16fL);
        f.need(cp + 20, 4);
      }
      case 8, 9 -> {
        int flags = f.u16(cp);
        out.append("\n\t flags ");
        of.tok(OpenflowPrinter.FRAG, flags, "invalid", 4);
        int miss = f.u16(cp + 2);
        out.append(", miss_send_len ");
        if (miss == 0xffe5) out.append("MAX");
        else if (miss == 0xffff) out.append("NO_BUFFER");
        else out.append(miss);
      }
      case 12 -> {
        int reason = f.u8(cp);
        out.append("\n\t reason ");
        if (reason <= 2) out.append(OpenflowPrinter.PORT_REASONS[reason]);
        else out.append("invalid (0x02x)"); // tcpdump's format string lacks its '%'
        port(cp + 8);
      }
      case 16 -> {
        portNo("\n\t port_no ", cp);
        f.need(cp + 8, 6);
        out.append(", hw_addr ");
        f.names.mac(out, f.b, cp + 8);
        bitmap("\n\t  config 0x", cp + 16, PPC, ~0x65L);
        bitmap("\n\t  mask 0x", cp + 20, PPC, ~0x65L);
        bitmap("\n\t  advertise 0x", cp + 24, PPF, ~0xffffL);
        f.need(cp + 28, 4);
      }
      case 17 -> {
        int table = f.u8(cp);
        out.append("\n\t table_id ");
        if (table == 0xfe) out.append("MAX");
        else if (table == 0xff) out.append("ALL");
        else out.append(table);
        long config = f.u32(cp + 4);
        out.append(", config 0x");
        Text.hex8(out, config);
      }
      case 22 -> {
        portNo("\n\t port ", cp);
        f.need(cp + 4, 4);
      }
      case 24, 25 -> {
        long role = f.u32(cp);
        out.append("\n\t role ");
        of.tok(ROLES, role, "invalid", 8);
        f.need(cp + 8, 8);
        out.append(", generation_id 0x");
        Text.hex8(out, f.u32(cp + 8));
        Text.hex8(out, f.u32(cp + 12));
      }
      case 27, 28 -> {
        bitmap("\n\t packet_in_mask[EM] 0x", cp, ASYNC_PR, ~0x7L);
        bitmap("\n\t packet_in_mask[S] 0x", cp + 4, ASYNC_PR, ~0x7L);
        bitmap("\n\t port_status_mask[EM] 0x", cp + 8, ASYNC_PPR, ~0x7L);
        bitmap("\n\t port_status_mask[S] 0x", cp + 12, ASYNC_PPR, ~0x7L);
        bitmap("\n\t flow_removed_mask[EM] 0x", cp + 16, ASYNC_PPR, ~0x7L);
        bitmap("\n\t flow_removed_mask[S] 0x", cp + 20, ASYNC_PPR, ~0x7L);
      }
      default -> f.need(cp, len);
    }
  }

  private void bitmap(String prefix, int p, String[] names, long unassigned) {
    long v = f.u32(p);
    out.append(prefix);
    Text.hex8(out, v);
    of.bitmap(v, names, unassigned);
  }

  private void portNo(String label, int p) {
    long v = f.u32(p);
    out.append(label);
    String name = v == 0xffffff00L ? "MAX" : v == 0xfffffff8L ? "IN_PORT"
        : v == 0xfffffff9L ? "TABLE" : v == 0xfffffffaL ? "NORMAL" : v == 0xfffffffbL ? "FLOOD"
        : v == 0xfffffffcL ? "ALL" : v == 0xfffffffdL ? "CONTROLLER"
        : v == 0xfffffffeL ? "LOCAL" : v == 0xffffffffL ? "ANY" : null;
    if (name != null) out.append(name);
    else out.append(v);
  }

  private void port(int cp) {
    portNo("\n\t  port_no ", cp);
    f.need(cp + 8, 6);
    out.append(", hw_addr ");
    f.names.mac(out, f.b, cp + 8);
    out.append(", name '");
    f.printjnp(cp + 16, 16);
    out.append('\'');
    cp += 32;
    if (f.opts.verbosity() < 2) {
      f.need(cp, 32);
      return;
    }
    bitmap("\n\t   config 0x", cp, PPC, ~0x65L);
    bitmap("\n\t   state 0x", cp + 4, PPS, ~0x7L);
    bitmap("\n\t   curr 0x", cp + 8, PPF, ~0xffffL);
    bitmap("\n\t   advertised 0x", cp + 12, PPF, ~0xffffL);
    bitmap("\n\t   supported 0x", cp + 16, PPF, ~0xffffL);
    bitmap("\n\t   peer 0x", cp + 20, PPF, ~0xffffL);
    long curr = f.u32(cp + 24);
    out.append("\n\t   curr_speed ").append(curr).append("kbps");
    long max = f.u32(cp + 28);
    out.append("\n\t   max_speed ").append(max).append("kbps");
  }

  private void hello(int cp, int len) {
    while (len != 0) {
      if (len < 4) {
        invalid(cp, len);
        return;
      }
      int type = f.u16(cp);
      out.append("\n\t type ");
      of.tok(HELLO_ELEMENTS, type, "unknown", 4);
      int bmlen = f.u16(cp + 2);
      cp += 4;
      len -= 4;
      out.append(", length ").append(bmlen);
      if (bmlen < 4 || bmlen > 4 + len) {
        invalid(cp, len);
        return;
      }
      if (type == 1 && bmlen == 8) {
        long bitmap = f.u32(cp);
        out.append(", bitmap 0x");
        Text.hex8(out, bitmap);
        of.bitmap(bitmap, VERSIONS, ~0x3fL);
      } else {
        if (type == 1) out.append(" (bogus)");
        f.need(cp, bmlen - 4);
      }
      cp += bmlen - 4;
      len -= bmlen - 4;
    }
  }

  private void invalid(int cp, int len) {
    f.printInvalid();
    f.need(cp, len);
  }

  private void error(int cp, int len) {
    of.error(cp, len, ET, ERROR_CODES);
  }

}
