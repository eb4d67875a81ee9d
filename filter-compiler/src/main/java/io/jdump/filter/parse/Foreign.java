package io.jdump.filter.parse;

import java.util.Set;

/**
 * The grammar's 802.11, PF, LLC, ATM and SS7 operands: their names are checked while
 * parsing, as libpcap's grammar actions do, with libpcap's messages.
 */
final class Foreign {
  /**
   * {@code llc rnr}: "rnr" is also pflog's keyword, so the grammar meets it as a token, not a
   * name; libpcap then tests it as the S-format subtype it is (0x1XX: mask 0x0f), as
   * {@link #llcSubtype} does for the name.
   */
  static final int LLC_RNR = 0x105;

  private static final Set<String> WLAN_SUBTYPES = Set.of("assoc-req", "assocreq", "assoc-resp",
      "assocresp", "reassoc-req", "reassocreq", "reassoc-resp", "reassocresp", "probe-req",
      "probereq", "probe-resp", "proberesp", "beacon", "atim", "disassoc", "disassociation",
      "auth", "authentication", "deauth", "deauthentication", "ps-poll", "rts", "cts", "ack",
      "cf-end", "cf-end-ack", "data", "data-cf-ack", "data-cf-poll", "data-cf-ack-poll", "null",
      "cf-ack", "cf-poll", "cf-ack-poll", "qos-data", "qos-data-cf-ack", "qos-data-cf-poll",
      "qos-data-cf-ack-poll", "qos", "qos-cf-poll", "qos-cf-ack-poll");
  private static final Set<String> PF_REASONS = Set.of("match", "bad-offset", "fragment",
      "short", "normalize", "memory", "bad-timestamp", "congestion", "ip-option", "proto-cksum",
      "state-mismatch", "state-insert", "state-limit", "src-limit", "synproxy");
  private static final Set<String> PF_ACTIONS = Set.of("pass", "accept", "block", "drop", "nat",
      "rdr", "binat", "scrub");

  private Foreign() {}

  /** {@return the LLC subtype code, or -2/-3/-4 for i, s and u frames} */
  static long llcSubtype(String name) {
    return switch (name) {
      case "i" -> -2;
      case "s" -> -3;
      case "u" -> -4;
      case "rr" -> 0x101;
      case "rnr" -> 0x105;
      case "rej" -> 0x109;
      case "ui" -> 0x203;
      case "ua" -> 0x263;
      case "disc" -> 0x243;
      case "dm" -> 0x20f;
      case "sabme" -> 0x26f;
      case "test" -> 0x2e3;
      case "xid" -> 0x2af;
      case "frmr" -> 0x287;
      default -> throw new ParseException("unknown LLC type name \"" + name + "\"");
    };
  }

  static void operands(Parser p, Kind k) {
    switch (k) {
      case TYPE -> {
        Token t = p.nextToken();
        long type;
        if (t.kind() == Kind.NUM) {
          type = t.value();
        } else if (t.kind() == Kind.ID) {
          type = switch (t.text()) {
            case "mgt", "management" -> 0;
            case "ctl", "control" -> 4;
            case "data" -> 8;
            default -> throw new ParseException("unknown 802.11 type name \"" + t.text() + "\"");
          };
        } else {
          throw ParseException.syntax();
        }
        if (p.peekKind() == Kind.SUBTYPE) {
          p.nextToken();
          Token st = p.nextToken();
          if (st.kind() != Kind.NUM && st.kind() != Kind.ID) throw ParseException.syntax();
          if ((type & ~0x0cL) != 0) {
            throw new ParseException(String.format("invalid 802.11 type value 0x%02x", type));
          }
          if (st.kind() == Kind.NUM && (st.value() & ~0xf0L) != 0) {
            throw new ParseException(String.format("invalid 802.11 subtype value 0x%02x", st.value()));
          }
        }
      }
      case SUBTYPE -> {
        Token t = p.nextToken();
        if (t.kind() != Kind.ID) throw ParseException.syntax();
        if (!WLAN_SUBTYPES.contains(t.text())) throw new ParseException("unknown 802.11 type name");
      }
      case DIR -> {
        Token t = p.nextToken();
        if (t.kind() == Kind.ID && !Set.of("nods", "tods", "fromds", "dstods").contains(t.text())) {
          throw new ParseException("unknown 802.11 direction");
        }
        if (t.kind() != Kind.ID && t.kind() != Kind.NUM) throw ParseException.syntax();
      }
      case PF_IFNAME, PF_RSET -> {
        if (p.nextToken().kind() != Kind.ID) throw ParseException.syntax();
      }
      case PF_RNR, PF_SRNR -> {
        if (p.nextToken().kind() != Kind.NUM) throw ParseException.syntax();
      }
      case PF_REASON -> {
        Token t = p.nextToken();
        if (t.kind() == Kind.ID && !PF_REASONS.contains(t.text())) {
          throw new ParseException("unknown PF reason \"" + t.text() + "\"");
        }
        if (t.kind() != Kind.ID && t.kind() != Kind.NUM) throw ParseException.syntax();
      }
      case PF_ACTION -> {
        Token t = p.nextToken();
        if (t.kind() != Kind.ID) throw ParseException.syntax();
        if (!PF_ACTIONS.contains(t.text())) {
          throw new ParseException("unknown PF action \"" + t.text() + "\"");
        }
      }
      default -> throw ParseException.syntax();
    }
  }
}
