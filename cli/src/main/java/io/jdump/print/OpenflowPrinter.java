package io.jdump.print;

/**
 * OpenFlow to TCP ports 6633 and 6653, as tcpdump's {@code openflow_print}: every message's
 * header (version, type, length, xid) with the type's length rule of OpenFlow 1.0 and 1.3, and
 * at -v the bodies tcpdump decodes ({@link Of10Printer}, {@link Of13Printer}).
 */
final class OpenflowPrinter {
  private static final int NONE = 0;
  private static final int FIXLEN = 1;
  private static final int MINLEN = 2;

  /** OpenFlow 1.0 message types: name, length rule, length beyond the header. */
  private static final String[] OF10_NAMES = {"HELLO", "ERROR", "ECHO_REQUEST", "ECHO_REPLY",
      "VENDOR", "FEATURES_REQUEST", "FEATURES_REPLY", "GET_CONFIG_REQUEST", "GET_CONFIG_REPLY",
      "SET_CONFIG", "PACKET_IN", "FLOW_REMOVED", "PORT_STATUS", "PACKET_OUT", "FLOW_MOD",
      "PORT_MOD", "STATS_REQUEST", "STATS_REPLY", "BARRIER_REQUEST", "BARRIER_REPLY",
      "QUEUE_GET_CONFIG_REQUEST", "QUEUE_GET_CONFIG_REPLY"};
  private static final int[] OF10_RULES = {MINLEN, MINLEN, MINLEN, MINLEN, MINLEN, FIXLEN,
      MINLEN, FIXLEN, FIXLEN, FIXLEN, MINLEN, FIXLEN, FIXLEN, MINLEN, MINLEN, FIXLEN, MINLEN,
      MINLEN, FIXLEN, FIXLEN, FIXLEN, MINLEN};
  private static final int[] OF10_LENGTHS = {0, 4, 0, 0, 4, 0, 24, 0, 4, 4, 10, 80, 56, 8, 64,
      24, 4, 4, 0, 0, 4, 8};
  private static final String[] OF13_NAMES = {"HELLO", "ERROR", "ECHO_REQUEST", "ECHO_REPLY",
      "EXPERIMENTER", "FEATURES_REQUEST", "FEATURES_REPLY", "GET_CONFIG_REQUEST",
      "GET_CONFIG_REPLY", "SET_CONFIG", "PACKET_IN", "FLOW_REMOVED", "PORT_STATUS",
      "PACKET_OUT", "FLOW_MOD", "GROUP_MOD", "PORT_MOD", "TABLE_MOD", "MULTIPART_REQUEST",
      "MULTIPART_REPLY", "BARRIER_REQUEST", "BARRIER_REPLY", "QUEUE_GET_CONFIG_REQUEST",
      "QUEUE_GET_CONFIG_REPLY", "ROLE_REQUEST", "ROLE_REPLY", "GET_ASYNC_REQUEST",
      "GET_ASYNC_REPLY", "SET_ASYNC", "METER_MOD"};
  private static final int[] OF13_RULES = {MINLEN, MINLEN, MINLEN, MINLEN, MINLEN, FIXLEN,
      FIXLEN, FIXLEN, FIXLEN, FIXLEN, NONE, NONE, FIXLEN, NONE, NONE, NONE, FIXLEN, FIXLEN, NONE,
      NONE, FIXLEN, FIXLEN, FIXLEN, NONE, FIXLEN, FIXLEN, FIXLEN, FIXLEN, FIXLEN, NONE};
  private static final int[] OF13_LENGTHS = {0, 4, 0, 0, 8, 0, 24, 0, 4, 4, 0, 0, 72, 0, 0, 0,
      32, 8, 0, 0, 0, 0, 8, 0, 16, 16, 0, 24, 24, 0};

  private static final String[] ONF_EXPERIMENTERS = {"Budapest University of Technology and "
      + "Economics", "NoviFlow", "L3+ Extensions, Vendor Neutral", "L4-L7 Extensions",
      "Wireless and Mobility Extensions", "Forwarding Abstractions Extensions",
      "Optical Transport Extensions", "Network Benchmarking Lab, NCTU",
      "Mobile Packet Core Extensions", "MPLS-TP OpenFlow Extensions for SPTN"};

  static final String[] FRAG = {"FRAG_NORMAL", "FRAG_DROP", "FRAG_REASM"};
  static final String[] PORT_REASONS = {"ADD", "DELETE", "MODIFY"};

  private final Frame f;
  private final StringBuilder out;
  private final Of10Printer of10;
  private final Of13Printer of13;

  OpenflowPrinter(Dissector d, Frame f) {
    this.f = f;
    this.out = f.out;
    this.of10 = new Of10Printer(d, this, f);
    this.of13 = new Of13Printer(this, f);
  }

  /**
   * tok2str with a table indexed by value: names[v], or "unknown (0x...)" in digits (2, 4 or 8)
   * hex digits, as tcpdump's "invalid (0x%04x)" formats.
   */
  void tok(String[] names, long v, String unknown, int digits) {
    if (v >= 0 && v < names.length && names[(int) v] != null) {
      out.append(names[(int) v]);
      return;
    }
    out.append(unknown).append(" (0x");
    if (digits == 2) Text.hex2(out, (int) v);
    else if (digits == 4) Text.hex4(out, (int) v);
    else Text.hex8(out, v);
    out.append(')');
  }

  /** tcpdump's of10_error_print and of13_error_print: type, code by type, then the data. */
  void error(int cp, int len, String[] types, String[][] codes) {
    int type = f.u16(cp);
    out.append("\n\t type ");
    if (type == 0xffff && types.length > 6) out.append("EXPERIMENTER"); // 1.3 only
    else tok(types, type, "invalid", 4);
    int code = f.u16(cp + 2);
    out.append(", code ");
    tok(type < codes.length ? codes[type] : NO_NAMES, code, "invalid", 4);
    data(cp + 4, len - 4);
  }

  private static final String[] NO_NAMES = {};

  /** tcpdump's of_data_print: the octet count, and the bytes from -vv. */
  void data(int cp, int len) {
    if (len == 0) return;
    out.append("\n\t data (").append(len).append(" octets)");
    if (f.opts.verbosity() >= 2) {
      HexDump.hexAscii(out, f.b, cp, Math.max(0, Math.min(len, f.end - cp)), "\n\t  ");
    }
    f.need(cp, len);
  }

  /** ", vendor 0x%08x (name)", with tcpdump's of_vendor_name. */
  void vendor(long vendor) {
    out.append(", vendor 0x");
    Text.hex8(out, vendor);
    vendorName(vendor);
  }

  /** " (name)", tcpdump's of_vendor_name: an OUI, or an ONF experimenter ID. */
  void vendorName(long vendor) {
    out.append(" (");
    if ((vendor & 0xff000000L) == 0) {
      String name = Names.oui((int) vendor);
      out.append("Unknown".equals(name) ? "unknown" : name);
    } else if (vendor == 0x4f4e4600L) {
      out.append("ONF Extensions");
    } else if (vendor >= 0xff000001L && vendor <= 0xff00000aL) {
      out.append(ONF_EXPERIMENTERS[(int) (vendor - 0xff000001L)]);
    } else {
      out.append("unknown");
    }
    out.append(')');
  }

  /**
   * tcpdump's of_bitmap_print: the names of the set bits (names[i] is bit i) when an assigned
   * bit is set, and " (bogus)" when an unassigned one is.
   */
  void bitmap(long v, String[] names, long unassigned) {
    if ((v & ~unassigned) != 0) {
      out.append(" (");
      int start = out.length();
      for (int i = 0; i < names.length; i++) {
        if (names[i] != null && (v & (1L << i)) != 0) {
          if (out.length() > start) out.append(", ");
          out.append(names[i]);
        }
      }
      out.append(')');
    }
    if ((v & unassigned) != 0) out.append(" (bogus)");
  }

  static boolean isPort(int p) {
    return p == 6633 || p == 6653;
  }

  void print(int cp, int len) {
    f.proto = "openflow";
    out.append(": OpenFlow");
    while (len != 0) {
      int version = f.u8(cp);
      cp++;
      len--;
      out.append("\n\tversion ");
      if (version >= 1 && version <= 6) {
        out.append("1.").append(version - 1);
      } else {
        out.append("unknown (0x");
        Text.hex2(out, version);
        out.append(')');
      }
      if (len < 1) {
        partial(cp, len);
        return;
      }
      int type = f.u8(cp);
      cp++;
      len--;
      String[] names = version == 1 ? OF10_NAMES : version == 4 ? OF13_NAMES : null;
      boolean known = names != null && type < names.length;
      if (known) {
        out.append(", type ").append(names[type]);
      } else {
        out.append(", type unknown (0x");
        Text.hex2(out, type);
        out.append(')');
      }
      if (len < 2) {
        partial(cp, len);
        return;
      }
      int length = f.u16(cp);
      cp += 2;
      len -= 2;
      out.append(", length ").append(length).append(length < 8 ? " (too short!)" : "");
      if (len < 4) {
        partial(cp, len);
        return;
      }
      long xid = f.u32(cp);
      out.append(", xid 0x");
      Text.hex8(out, xid);
      cp += 4;
      len -= 4;
      if (length < 8) {
        f.printInvalid();
        f.need(cp, len);
        return;
      }
      int body = length - 8;
      message(cp, body, known ? version : 0, type);
      if (body > len) break;
      cp += body;
      len -= body;
    }
  }

  private void partial(int cp, int len) {
    out.append(" (end of TCP payload)");
    f.need(cp, len);
  }

  private void message(int cp, int len, int version, int type) {
    if (version == 0) {
      f.need(cp, len);
      return;
    }
    int rule = version == 1 ? OF10_RULES[type] : OF13_RULES[type];
    int want = version == 1 ? OF10_LENGTHS[type] : OF13_LENGTHS[type];
    if ((rule == FIXLEN && len != want) || (rule == MINLEN && len < want)) {
      f.printInvalid();
      f.need(cp, len);
      return;
    }
    if (f.opts.verbosity() > 0) {
      if (version == 1 && Of10Printer.decodes(type)) {
        of10.message(type, cp, len);
        return;
      }
      if (version == 4 && Of13Printer.decodes(type)) {
        of13.message(type, cp, len);
        return;
      }
    }
    f.need(cp, len);
  }
}
