package io.jdump.filter.parse;

import io.jdump.filter.parse.Qual.Dir;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * A parser for libpcap's grammar.y, with its precedences (and/or equal and
 * left-associative; {@code %} and {@code ^} without precedence, so they shift) and its
 * qualifier inheritance: an id after {@code and}/{@code or} takes the qualifiers of the term
 * before it ({@code host a or b}), a parenthesised expression hands on the qualifiers it
 * inherited, and a bare protocol or relation hands on none ({@code tcp and 80} is an error).
 *
 * <p>libpcap runs code generation while it parses; {@code reduced} sees every primitive as
 * it is reduced, so that generation errors come in libpcap's order. Bison's parse stack is
 * modelled by {@code depth}: past 10,000 entries libpcap reports "memory exhausted".
 *
 * <pre>{@code
 * Expr e = Parser.parse("tcp port 80 or 443", p -> {});
 * }</pre>
 */
public final class Parser {
  private static final int MAX_DEPTH = 9999;

  private final List<Token> toks;
  private final int[] match;
  private final Consumer<Expr> reduced;
  /** Told of each {@code proto[index]} load as it is reduced: gen_load's refusals come then. */
  final Consumer<Kind> loaded;
  private final ArithParser arith = new ArithParser(this);
  private final Ids ids = new Ids(this);
  private int pos;
  /** Entries on bison's stack besides those of the construct being parsed: state 0, null. */
  int depth = 2;

  private Parser(List<Token> toks, Consumer<Expr> reduced, Consumer<Kind> loaded) {
    this.toks = toks;
    this.reduced = reduced;
    this.loaded = loaded;
    this.match = new int[toks.size()];
    Deque<Integer> open = new ArrayDeque<>();
    for (int i = 0; i < toks.size(); i++) {
      match[i] = -1;
      Kind k = toks.get(i).kind();
      if (k == Kind.LPAREN) open.push(i);
      else if (k == Kind.RPAREN && !open.isEmpty()) match[open.pop()] = i;
    }
  }

  /**
   * {@return the expression, or null for an empty one (every packet)}
   *
   * @throws ParseException with libpcap's message
   */
  public static Expr parse(String text, Consumer<Expr> reduced) {
    return parse(text, reduced, k -> { });
  }

  /**
   * {@return the expression, or null for an empty one} As {@link #parse(String, Consumer)},
   * and {@code loaded} is told of each {@code proto[index]} load as bison would reduce it, so
   * that a link type's refusal of the protocol comes before errors later in the expression.
   */
  public static Expr parse(String text, Consumer<Expr> reduced, Consumer<Kind> loaded) {
    Parser p = new Parser(Lexer.tokenize(text), reduced, loaded);
    if (p.peek().kind() == Kind.EOF) return null;
    Expr e = p.expr(Qual.ERR);
    p.expect(Kind.EOF);
    return e;
  }

  private record Result(Expr expr, Qual qual) {}

  Token peek() {
    return at(pos);
  }

  private Token at(int i) {
    Token t = toks.get(Math.min(i, toks.size() - 1));
    if (t.error() != null) throw new ParseException(t.error());
    return t;
  }

  Kind kindAt(int i) {
    return toks.get(Math.min(i, toks.size() - 1)).kind();
  }

  Token next() {
    Token t = peek();
    if (pos < toks.size() - 1) pos++;
    return t;
  }

  Token expect(Kind k) {
    if (peek().kind() != k) throw ParseException.syntax();
    return next();
  }

  void push(int n) {
    depth += n;
    check(0);
  }

  void check(int extra) {
    if (depth + extra > MAX_DEPTH) {
      throw new ParseException("can't parse filter expression: memory exhausted");
    }
  }

  int pos() {
    return pos;
  }

  <T extends Expr> T leaf(T e) {
    reduced.accept(e);
    return e;
  }

  private static boolean isNot(Kind k) {
    return k == Kind.NOT || k == Kind.BANG;
  }

  /** An expression being parsed: the whole one, or one inside parentheses. */
  private static final class Level {
    /** What its first term inherits; also what the parenthesised expression hands on. */
    final Qual inherited;
    /** The nots in front of its opening parenthesis, still on the stack below it. */
    final int nots;
    Expr left;
    Qual q;
    boolean and;

    Level(Qual inherited, int nots) {
      this.inherited = inherited;
      this.nots = nots;
    }
  }

  /**
   * expr: term | expr and term | expr and id | expr or term | expr or id;
   * term: rterm | not term; rterm: '(' expr ')' | ... . Parenthesised expressions are
   * levels on an explicit stack, so nesting costs no Java stack.
   */
  private Expr expr(Qual inherited) {
    Deque<Level> open = new ArrayDeque<>();
    Level cur = new Level(inherited, 0);
    while (true) {
      Result r;
      if (cur.left != null && startsId()) {
        r = new Result(ids.id(cur.q, true), cur.q);
      } else {
        Qual termQual = cur.left == null ? cur.inherited : cur.q;
        int nots = 0;
        while (isNot(peek().kind())) {
          next();
          nots++;
          push(1);
        }
        if (opensExpr()) {
          next();
          push(1);
          open.push(cur);
          cur = new Level(termQual, nots);
          continue;
        }
        r = withNots(rterm(termQual), nots);
      }
      // Fold the operand in; close the parentheses that end here.
      while (true) {
        if (cur.left == null) {
          cur.left = r.expr;
        } else {
          depth -= 2;
          cur.left = cur.and ? new Expr.And(cur.left, r.expr) : new Expr.Or(cur.left, r.expr);
        }
        cur.q = r.qual;
        Kind k = peek().kind();
        if (k == Kind.AND || k == Kind.OR) {
          cur.and = next().kind() == Kind.AND;
          push(2);
          break;
        }
        if (open.isEmpty()) return cur.left;
        check(2);
        expect(Kind.RPAREN);
        depth -= 1;
        Level inner = cur;
        cur = open.pop();
        r = withNots(new Result(inner.left, inner.inherited), inner.nots);
      }
    }
  }

  private Result withNots(Result r, int nots) {
    depth -= nots;
    Expr e = r.expr;
    for (int i = 0; i < nots; i++) e = new Expr.Not(e);
    return new Result(e, r.qual);
  }

  /** {@return whether a '(' here opens an expression rather than an arithmetic operand} */
  private boolean opensExpr() {
    if (peek().kind() != Kind.LPAREN) return false;
    int close = match[pos];
    return close < 0 || !(isArithOp(kindAt(close + 1)) || isRelop(kindAt(close + 1)));
  }

  /** Decides {@code id} against {@code term} after and/or, as bison's lookahead does. */
  private boolean startsId() {
    int i = pos;
    while (isNot(kindAt(i)) || kindAt(i) == Kind.LPAREN) i++;
    return switch (kindAt(i)) {
      case ID, HID, HID6, EID, AID -> true;
      case NUM -> !isArithOp(kindAt(i + 1)) && !isRelop(kindAt(i + 1));
      default -> false;
    };
  }

  static boolean isRelop(Kind k) {
    return switch (k) {
      case EQ, NEQ, LT, LEQ, GT, GEQ -> true;
      default -> false;
    };
  }

  static boolean isArithOp(Kind k) {
    return ArithParser.prec(k) >= 0;
  }

  /** rterm, except a parenthesised expression (see {@link #expr}). */
  private Result rterm(Qual inherited) {
    Token t = peek();
    Kind k = t.kind();
    if (k == Kind.LPAREN) return relation();
    if (k.isProtoName()) {
      Kind k2 = kindAt(pos + 1);
      if (k2 == Kind.LBRACKET) return relation();
      if (k2.isDir() || isAqual(k2)) return head(next().kind());
      if (k2 == Kind.BROADCAST || k2 == Kind.MULTICAST) {
        next();
        Kind what = next().kind();
        return new Result(leaf(new Expr.Other(what, k, -1)), Qual.ERR);
      }
      if (k2 == Kind.TYPE || k2 == Kind.SUBTYPE || k2 == Kind.DIR) {
        // libpcap's "pqual p80211": any protocol name may stand before an 802.11 type,
        // subtype or direction ('wlan type mgt', even 'ip type mgt'), and means nothing there.
        next();
        Kind what = next().kind();
        return new Result(leaf(Foreign.operands(this, what)), Qual.ERR);
      }
      next();
      check(1);
      // Bison reduces a bare protocol name only before what may follow a term; before
      // anything else it takes the name as a qualifier and then fails on the syntax.
      Kind after = peek().kind();
      if (after != Kind.AND && after != Kind.OR && after != Kind.RPAREN && after != Kind.EOF) {
        throw ParseException.syntax();
      }
      return new Result(leaf(new Expr.ProtoAbbrev(k)), Qual.ERR);
    }
    if (k.isDir() || isAqual(k)) return head(null);
    switch (k) {
      case BROADCAST, MULTICAST, INBOUND, OUTBOUND, PPPOED -> {
        next();
        return new Result(leaf(new Expr.Other(k, null, -1)), Qual.ERR);
      }
      case LESS, GREATER, IFINDEX -> {
        next();
        long n = expect(Kind.NUM).value();
        return new Result(leaf(new Expr.Other(k, null, n)), Qual.ERR);
      }
      case VLAN, MPLS, PPPOES, GENEVE -> {
        next();
        long n = -1;
        push(1);
        if (peek().kind() == Kind.NUM || peek().kind() == Kind.LPAREN) n = ids.pnum();
        depth -= 1;
        return new Result(leaf(new Expr.Other(k, null, n)), Qual.ERR);
      }
      case CBYTE -> {
        next();
        long off = expect(Kind.NUM).value();
        Kind op = next().kind();
        if (op != Kind.EQ && op != Kind.LT && op != Kind.GT && op != Kind.AMP && op != Kind.PIPE) {
          throw ParseException.syntax();
        }
        long v = expect(Kind.NUM).value();
        return new Result(leaf(new Expr.ByteOp(off, op, v)), Qual.ERR);
      }
      case LLC -> {
        next();
        long sub = -1;
        if (peek().kind() == Kind.ID) sub = Foreign.llcSubtype(next().text());
        else if (peek().kind() == Kind.PF_RNR) {
          next();
          sub = Foreign.LLC_RNR;
        }
        return new Result(leaf(new Expr.Other(k, null, sub)), Qual.ERR);
      }
      case TYPE, SUBTYPE, DIR, PF_IFNAME, PF_RSET, PF_RNR, PF_SRNR, PF_REASON, PF_ACTION -> {
        next();
        return new Result(leaf(Foreign.operands(this, k)), Qual.ERR);
      }
      case LANE, METAC, BCC, OAMF4EC, OAMF4SC, SC, ILMIC, OAM, OAMF4, CONNECTMSG, METACONNECT,
          FISU, LSSU, MSU, HFISU, HLSSU, HMSU -> {
        next();
        return new Result(leaf(new Expr.Other(k, null, -1)), Qual.ERR);
      }
      case VPI, VCI, SIO, OPC, DPC, SLS, HSIO, HOPC, HDPC, HSLS -> {
        next();
        return new Result(ids.fieldValue(k), Qual.ERR);
      }
      case NUM, LEN, MINUS -> {
        return relation();
      }
      default -> throw ParseException.syntax();
    }
  }

  private static boolean isAqual(Kind k) {
    return switch (k) {
      case HOST, NET, PORT, PORTRANGE, PROTO, PROTOCHAIN, GATEWAY -> true;
      default -> false;
    };
  }

  Token nextToken() {
    return next();
  }

  Kind peekKind() {
    return peek().kind();
  }

  /** head id, where head: pqual dqual aqual | pqual dqual | pqual aqual | pqual PROTO ... */
  private Result head(Kind proto) {
    Dir dir = Dir.DEFAULT;
    Kind addr = null;
    Kind k = peek().kind();
    if (k.isDir()) {
      next();
      dir = switch (k) {
        case SRC, DST -> {
          Kind c = peek().kind();
          if (c == Kind.OR || c == Kind.AND) {
            next();
            Kind other = next().kind();
            if (other != (k == Kind.SRC ? Kind.DST : Kind.SRC)) throw ParseException.syntax();
            yield c == Kind.OR ? Dir.OR : Dir.AND;
          }
          yield k == Kind.SRC ? Dir.SRC : Dir.DST;
        }
        case ADDR1 -> Dir.ADDR1;
        case ADDR2 -> Dir.ADDR2;
        case ADDR3 -> Dir.ADDR3;
        case ADDR4 -> Dir.ADDR4;
        case RA -> Dir.RA;
        default -> Dir.TA;
      };
      Kind a = peek().kind();
      if (a == Kind.HOST || a == Kind.NET || a == Kind.PORT || a == Kind.PORTRANGE) addr = next().kind();
    } else {
      addr = next().kind();
    }
    Qual q = new Qual(proto, dir, addr, false);
    int symbols = (dir != Dir.DEFAULT ? 1 : 0) + (addr != null ? 1 : 0);
    push(symbols);
    Expr e = ids.id(q, false);
    depth -= symbols;
    return new Result(e, q);
  }

  /** arth relop arth | arth irelop arth */
  private Result relation() {
    Arith l = arith.arith();
    Kind op = peek().kind();
    if (!isRelop(op)) throw ParseException.syntax();
    next();
    push(2);
    Arith r = arith.arith();
    depth -= 2;
    return new Result(leaf(new Expr.Relation(op, l, r)), Qual.ERR);
  }

}
