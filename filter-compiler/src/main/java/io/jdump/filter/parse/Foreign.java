package io.jdump.filter.parse;

import java.util.List;
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

  /** pf's reason codes, in their order: the index is the code. */
  private static final List<String> PF_REASONS = List.of("match", "bad-offset", "fragment",
      "short", "normalize", "memory", "bad-timestamp", "congestion", "ip-option", "proto-cksum",
      "state-mismatch", "state-insert", "state-limit", "src-limit", "synproxy");

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

  /** The masks of the frame control's first byte: type bits, and type and subtype bits. */
  private static final long TYPE_MASK = 0x0c;
  private static final long TYPE_SUBTYPE_MASK = 0xfc;

  /** {@return the primitive that {@code k} and the operands after it name} */
  static Expr.Other operands(Parser p, Kind k) {
    switch (k) {
      case TYPE -> {
        Token t = p.nextToken();
        long type;
        if (t.kind() == Kind.NUM) {
          // Checked as the grammar reduces the number, before any subtype is read.
          type = t.value();
          if ((type & ~TYPE_MASK) != 0) {
            throw new ParseException(String.format("invalid 802.11 type value 0x%02x", type));
          }
        } else if (t.kind() == Kind.ID) {
          type = WlanNames.type(t.text());
          if (type < 0) throw new ParseException("unknown 802.11 type name \"" + t.text() + "\"");
        } else {
          throw ParseException.syntax();
        }
        if (p.peekKind() != Kind.SUBTYPE) {
          return new Expr.Other(k, null, Expr.Other.wlanType(type, TYPE_MASK));
        }
        p.nextToken();
        Token st = p.nextToken();
        long sub;
        if (st.kind() == Kind.NUM) {
          sub = st.value();
          if ((sub & ~0xf0L) != 0) {
            throw new ParseException(String.format("invalid 802.11 subtype value 0x%02x", sub));
          }
        } else if (st.kind() == Kind.ID) {
          // libpcap looks the name up in the table of the type just read.
          if (!WlanNames.knownType(type)) throw new ParseException("unknown 802.11 type");
          sub = WlanNames.subtype(type, st.text());
          if (sub < 0) throw new ParseException("unknown 802.11 subtype name \"" + st.text() + "\"");
        } else {
          throw ParseException.syntax();
        }
        return new Expr.Other(k, null, Expr.Other.wlanType(type | sub, TYPE_SUBTYPE_MASK));
      }
      case SUBTYPE -> {
        Token t = p.nextToken();
        if (t.kind() != Kind.ID) throw ParseException.syntax();
        long ts = WlanNames.typeSubtype(t.text());
        if (ts < 0) throw new ParseException("unknown 802.11 type name");
        return new Expr.Other(Kind.TYPE, null, Expr.Other.wlanType(ts, TYPE_SUBTYPE_MASK));
      }
      case DIR -> {
        Token t = p.nextToken();
        if (t.kind() == Kind.NUM) return new Expr.Other(k, null, t.value());
        if (t.kind() != Kind.ID) throw ParseException.syntax();
        long d = switch (t.text()) {
          case "nods" -> 0;
          case "tods" -> 1;
          case "fromds" -> 2;
          case "dstods" -> 3;
          default -> throw new ParseException("unknown 802.11 direction");
        };
        return new Expr.Other(k, null, d);
      }
      case PF_IFNAME, PF_RSET -> {
        Token t = p.nextToken();
        if (t.kind() != Kind.ID) throw ParseException.syntax();
        return new Expr.Other(k, null, -1, t.text());
      }
      case PF_RNR, PF_SRNR -> {
        Token t = p.nextToken();
        if (t.kind() != Kind.NUM) throw ParseException.syntax();
        return new Expr.Other(k, null, t.value());
      }
      case PF_REASON -> {
        Token t = p.nextToken();
        if (t.kind() == Kind.NUM) return new Expr.Other(k, null, t.value());
        if (t.kind() != Kind.ID) throw ParseException.syntax();
        int r = PF_REASONS.indexOf(t.text());
        if (r < 0) throw new ParseException("unknown PF reason \"" + t.text() + "\"");
        return new Expr.Other(k, null, r);
      }
      case PF_ACTION -> {
        Token t = p.nextToken();
        if (t.kind() != Kind.ID) throw ParseException.syntax();
        long a = switch (t.text()) {
          case "pass", "accept" -> 0;
          case "block", "drop" -> 1;
          case "scrub" -> 2;
          case "noscrub" -> 3;
          case "nat" -> 4;
          case "nonat" -> 5;
          case "binat" -> 6;
          case "nobinat" -> 7;
          case "rdr" -> 8;
          case "nordr" -> 9;
          case "synproxy-drop" -> 10;
          default -> throw new ParseException("unknown PF action \"" + t.text() + "\"");
        };
        return new Expr.Other(k, null, a);
      }
      default -> throw ParseException.syntax();
    }
  }
}
