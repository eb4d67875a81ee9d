package io.jdump.filter.explain;

import io.jdump.filter.parse.Arith;
import io.jdump.filter.parse.Expr;
import io.jdump.filter.parse.Kind;
import io.jdump.filter.parse.Lexer;
import io.jdump.filter.parse.Qual;
import io.jdump.filter.parse.Token;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a parsed expression back as pcap-filter text with what the parser inferred made
 * visible: every id carries the qualifiers it inherited ({@code host a or b} is
 * {@code host a or host b}, {@code tcp port 80 or 443} is {@code (tcp port 80) or
 * (tcp port 443)}), and parentheses show libpcap's precedence ({@code and} and {@code or}
 * bind equally, from the left; arithmetic fully bracketed). The text compiles, with libpcap
 * as with jdump, to the program the original compiles to.
 */
final class ExprWriter {
  private ExprWriter() {}

  /** Keywords whose operands the parser checks but does not keep: their text cannot be rebuilt. */
  static boolean rewritable(Expr e) {
    for (Expr x : Trees.leaves(e)) {
      if (x instanceof Expr.Other o && !switch (o.what()) {
        case BROADCAST, MULTICAST, INBOUND, OUTBOUND, PPPOED, LESS, GREATER, IFINDEX, VLAN, MPLS,
            PPPOES, GENEVE, LLC, TYPE, DIR, PF_IFNAME, PF_RSET, PF_RNR, PF_SRNR, PF_REASON,
            PF_ACTION -> true;
        // Operand-less SS7 and ATM keywords; their fields' values are Expr.Field leaves.
        case FISU, LSSU, MSU, HFISU, HLSSU, HMSU, LANE, METAC, BCC, SC, ILMIC, OAM, OAMF4,
            OAMF4EC, OAMF4SC, CONNECTMSG, METACONNECT -> true;
        default -> false;
      }) {
        return false;
      }
    }
    return true;
  }

  /**
   * Writes with an explicit stack of what is still to write (expressions, arithmetic and
   * literal text, popped in order): or-chains and parentheses nest as deep as they are long.
   */
  static String write(Expr e) {
    var b = new StringBuilder();
    Deque<Object> todo = new ArrayDeque<>();
    todo.push(e);
    while (!todo.isEmpty()) {
      Object next = todo.pop();
      if (next instanceof String s) {
        b.append(s);
      } else if (next instanceof Expr x) {
        expr(x, b, todo);
      } else {
        arith((Arith) next, b, todo);
      }
    }
    return b.toString();
  }

  /** Writes e, or pushes its parts in reverse, so that they pop in order. */
  private static void expr(Expr e, StringBuilder b, Deque<Object> todo) {
    if (e instanceof Expr.And a) {
      operand(a.right(), isBinary(a.right()), todo);
      todo.push(" and ");
      operand(a.left(), a.left() instanceof Expr.Or, todo);
    } else if (e instanceof Expr.Or o) {
      operand(o.right(), isBinary(o.right()) || long3(o.right()), todo);
      todo.push(" or ");
      operand(o.left(), o.left() instanceof Expr.And || long3(o.left()), todo);
    } else if (e instanceof Expr.Not n) {
      operand(n.expr(), isBinary(n.expr()), todo);
      todo.push("not ");
    } else if (e instanceof Expr.Qualified q) {
      qualified(q, b);
    } else if (e instanceof Expr.ProtoAbbrev p) {
      b.append(word(p.proto()));
    } else if (e instanceof Expr.Relation r) {
      todo.push(r.right());
      todo.push(" " + relop(r.op()) + " ");
      todo.push(r.left());
    } else if (e instanceof Expr.Other o) {
      other(o, b);
    } else if (e instanceof Expr.Field f) {
      b.append(word(f.field())).append(' ');
      if (f.op() != Kind.EQ) b.append(relop(f.op())).append(' ');
      b.append(f.value());
    } else if (e instanceof Expr.ByteOp o) {
      b.append("byte ").append(o.offset()).append(' ').append(switch (o.op()) {
        case EQ -> "=";
        case LT -> "<";
        case GT -> ">";
        case AMP -> "&";
        default -> "|";
      }).append(' ').append(o.value());
    }
  }

  private static boolean isBinary(Expr e) {
    return e instanceof Expr.And || e instanceof Expr.Or;
  }

  /**
   * A primitive of three words or more ({@code tcp port 80}, {@code src net 10}) is bracketed
   * where it is an alternative of {@code or}: that is where readers misjudge how far a
   * qualifier reaches.
   */
  private static boolean long3(Expr e) {
    while (e instanceof Expr.Not n) e = n.expr();
    if (!(e instanceof Expr.Qualified q)) return false;
    int words = 1 + (q.qual().proto() != null ? 1 : 0) + (q.qual().addr() != null ? 1 : 0)
        + switch (q.qual().dir()) {
          case DEFAULT -> 0;
          case OR, AND -> 3;
          default -> 1;
        };
    return words >= 3;
  }

  /** Pushes e, bracketed when paren, to pop in order. */
  private static void operand(Object e, boolean paren, Deque<Object> todo) {
    if (paren) todo.push(")");
    todo.push(e);
    if (paren) todo.push("(");
  }

  private static void qualified(Expr.Qualified q, StringBuilder b) {
    Qual qual = q.qual();
    if (qual.proto() != null) b.append(word(qual.proto())).append(' ');
    String dir = switch (qual.dir()) {
      case DEFAULT -> null;
      case SRC -> "src";
      case DST -> "dst";
      case OR -> "src or dst";
      case AND -> "src and dst";
      default -> qual.dir().name().toLowerCase(Locale.ROOT);
    };
    if (dir != null) b.append(dir).append(' ');
    if (qual.addr() != null) b.append(word(qual.addr())).append(' ');
    b.append(id(q.id()));
  }

  private static String id(Expr.Id id) {
    if (id instanceof Expr.Name n) return name(n.name());
    if (id instanceof Expr.Num n) return Long.toString(n.value());
    if (id instanceof Expr.Host h) return h.text();
    if (id instanceof Expr.HostBits h) return h.text() + "/" + h.bits();
    if (id instanceof Expr.HostMask h) return h.text() + " mask " + h.mask();
    if (id instanceof Expr.Host6 h) return h.text();
    if (id instanceof Expr.Host6Bits h) return h.text() + "/" + h.bits();
    if (id instanceof Expr.Mac m) return m.text();
    return ((Expr.Arcnet) id).text();
  }

  /** A name the scanner would read as a keyword or a number is escaped, as {@code \tcp}. */
  private static String name(String n) {
    List<Token> t = Lexer.tokenize(n);
    boolean plain = t.size() == 2 && t.get(0).kind() == Kind.ID && n.equals(t.get(0).text());
    return plain ? n : "\\" + n;
  }

  private static final Map<Long, String> LLC_SUBTYPES = Map.ofEntries(Map.entry(-2L, "i"),
      Map.entry(-3L, "s"), Map.entry(-4L, "u"), Map.entry(0x101L, "rr"), Map.entry(0x105L, "rnr"),
      Map.entry(0x109L, "rej"), Map.entry(0x203L, "ui"), Map.entry(0x263L, "ua"),
      Map.entry(0x243L, "disc"), Map.entry(0x20fL, "dm"), Map.entry(0x26fL, "sabme"),
      Map.entry(0x2e3L, "test"), Map.entry(0x2afL, "xid"), Map.entry(0x287L, "frmr"));

  /** pf's action codes, as the grammar names them. */
  private static final Map<Long, String> PF_ACTIONS = Map.of(0L, "pass", 1L, "block", 2L, "scrub",
      4L, "nat", 6L, "binat", 8L, "rdr");

  private static void other(Expr.Other o, StringBuilder b) {
    if (o.proto() != null) b.append(word(o.proto())).append(' ');
    b.append(word(o.what()));
    if (o.what() == Kind.LLC) {
      if (o.num() != -1) b.append(' ').append(LLC_SUBTYPES.get(o.num()));
    } else if (o.what() == Kind.TYPE) {
      // num is 802.11's value with its mask above it: the type alone, or type and subtype.
      long v = o.num() & 0xff;
      b.append(' ').append(v & 0x0c);
      if (o.num() >> 8 != 0x0c) b.append(" subtype 0x").append(Long.toHexString(v & 0xf0));
    } else if (o.text() != null) {
      b.append(' ').append(name(o.text()));
    } else if (o.what() == Kind.PF_ACTION) {
      b.append(' ').append(PF_ACTIONS.getOrDefault(o.num(), Long.toString(o.num())));
    } else if (o.num() != -1) {
      b.append(' ').append(o.num());
    }
  }

  /** Writes a, or pushes its parts in reverse, so that they pop in order. */
  private static void arith(Arith a, StringBuilder b, Deque<Object> todo) {
    if (a instanceof Arith.Num n) {
      // Masks read best in hex (0xf0, 0x1fff), counts and offsets in decimal.
      long v = n.value();
      boolean mask = v >= 16 && Describer.contiguous(v);
      b.append(mask || v >= 0x10000 ? "0x" + Long.toHexString(v) : Long.toString(v));
    } else if (a instanceof Arith.Len) {
      b.append("len");
    } else if (a instanceof Arith.Load l) {
      todo.push(l.size() != 1 ? ":" + l.size() + "]" : "]");
      todo.push(l.index());
      b.append(word(l.proto())).append('[');
    } else if (a instanceof Arith.Neg n) {
      b.append('-');
      operand(n.arith(), bracketed(n.arith()), todo);
    } else if (a instanceof Arith.Bin bin) {
      operand(bin.right(), bracketed(bin.right()), todo);
      todo.push(" " + arithOp(bin.op()) + " ");
      operand(bin.left(), bracketed(bin.left()), todo);
    }
  }

  private static boolean bracketed(Arith a) {
    return a instanceof Arith.Bin || a instanceof Arith.Neg;
  }

  private static String arithOp(Kind k) {
    return switch (k) {
      case PLUS -> "+";
      case MINUS -> "-";
      case STAR -> "*";
      case SLASH -> "/";
      case PERCENT -> "%";
      case AMP -> "&";
      case PIPE -> "|";
      case CARET -> "^";
      case LSH -> "<<";
      default -> ">>";
    };
  }

  private static String relop(Kind k) {
    return switch (k) {
      case EQ -> "=";
      case NEQ -> "!=";
      case LT -> "<";
      case LEQ -> "<=";
      case GT -> ">";
      default -> ">=";
    };
  }

  /** The keyword for a token kind, as the scanner reads it back. */
  static String word(Kind k) {
    return switch (k) {
      case LINK -> "ether";
      case IPV6 -> "ip6";
      case ICMPV6 -> "icmp6";
      case CBYTE -> "byte";
      case PF_IFNAME -> "ifname";
      case PF_RSET -> "ruleset";
      case PF_RNR -> "rnr";
      case PF_SRNR -> "srnr";
      case PF_REASON -> "reason";
      case PF_ACTION -> "action";
      default -> k.name().toLowerCase(Locale.ROOT);
    };
  }
}
