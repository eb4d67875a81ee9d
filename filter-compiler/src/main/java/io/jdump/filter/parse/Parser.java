package io.jdump.filter.parse;

import io.jdump.filter.parse.Expr.Id;
import io.jdump.filter.parse.Qual.Dir;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * A recursive-descent parser for libpcap's grammar.y, with its precedences (and/or equal and
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
  private final ArithParser arith = new ArithParser(this);
  private int pos;
  /** Entries on bison's stack besides those of the construct being parsed: state 0, null. */
  int depth = 2;

  private Parser(List<Token> toks, Consumer<Expr> reduced) {
    this.toks = toks;
    this.reduced = reduced;
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
    Parser p = new Parser(Lexer.tokenize(text), reduced);
    if (p.peek().kind() == Kind.EOF) return null;
    Expr e = p.expr(Qual.ERR).expr;
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

  private <T extends Expr> T leaf(T e) {
    reduced.accept(e);
    return e;
  }

  private static boolean isNot(Kind k) {
    return k == Kind.NOT || k == Kind.BANG;
  }

  /** expr: term | expr and term | expr and id | expr or term | expr or id */
  private Result expr(Qual inherited) {
    Result r = term(inherited);
    Expr e = r.expr;
    Qual q = r.qual;
    while (peek().kind() == Kind.AND || peek().kind() == Kind.OR) {
      boolean and = next().kind() == Kind.AND;
      push(2);
      Expr right;
      if (startsId()) {
        right = id(q, true);
      } else {
        Result t = term(q);
        right = t.expr;
        q = t.qual;
      }
      depth -= 2;
      e = and ? new Expr.And(e, right) : new Expr.Or(e, right);
    }
    return new Result(e, q);
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

  /** term: rterm | not term */
  private Result term(Qual inherited) {
    int nots = 0;
    while (isNot(peek().kind())) {
      next();
      nots++;
      push(1);
    }
    Result r = rterm(inherited);
    depth -= nots;
    Expr e = r.expr;
    for (int i = 0; i < nots; i++) e = new Expr.Not(e);
    return new Result(e, r.qual);
  }

  private Result rterm(Qual inherited) {
    Token t = peek();
    Kind k = t.kind();
    if (k == Kind.LPAREN) {
      int close = match[pos];
      if (close >= 0 && (isArithOp(kindAt(close + 1)) || isRelop(kindAt(close + 1)))) {
        return relation();
      }
      next();
      push(1);
      Result inner = expr(inherited);
      check(2);
      expect(Kind.RPAREN);
      depth -= 1;
      return new Result(inner.expr, inherited);
    }
    if (k.isProtoName()) {
      Kind k2 = kindAt(pos + 1);
      if (k2 == Kind.LBRACKET) return relation();
      if (k2.isDir() || isAqual(k2)) return head(next().kind());
      if (k2 == Kind.BROADCAST || k2 == Kind.MULTICAST) {
        next();
        Kind what = next().kind();
        return new Result(leaf(new Expr.Other(what, k, -1)), Qual.ERR);
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
        if (peek().kind() == Kind.NUM || peek().kind() == Kind.LPAREN) n = pnum();
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
        Foreign.operands(this, k);
        return new Result(leaf(new Expr.Other(k, null, -1)), Qual.ERR);
      }
      case LANE, METAC, BCC, OAMF4EC, OAMF4SC, SC, ILMIC, OAM, OAMF4, CONNECTMSG, METACONNECT,
          FISU, LSSU, MSU, HFISU, HLSSU, HMSU -> {
        next();
        return new Result(leaf(new Expr.Other(k, null, -1)), Qual.ERR);
      }
      case VPI, VCI, SIO, OPC, DPC, SLS, HSIO, HOPC, HDPC, HSLS -> {
        next();
        fieldValue();
        return new Result(leaf(new Expr.Other(k, null, -1)), Qual.ERR);
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

  /** atmvalue / mtp3value: NUM | relop NUM | irelop NUM | paren list ')' */
  private void fieldValue() {
    Kind k = peek().kind();
    if (k == Kind.NUM) {
      next();
    } else if (isRelop(k)) {
      next();
      expect(Kind.NUM);
    } else if (k == Kind.LPAREN) {
      next();
      fieldValue();
      while (peek().kind() == Kind.OR) {
        next();
        fieldValue();
      }
      expect(Kind.RPAREN);
    } else {
      throw ParseException.syntax();
    }
  }

  Token nextToken() {
    return next();
  }

  Kind peekKind() {
    return peek().kind();
  }

  /** pnum: NUM | paren pnum ')' */
  private long pnum() {
    if (peek().kind() == Kind.LPAREN) {
      next();
      push(1);
      long v = pnum();
      check(2);
      expect(Kind.RPAREN);
      depth -= 1;
      return v;
    }
    return expect(Kind.NUM).value();
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
    Expr e = id(q);
    depth -= symbols;
    return new Result(e, q);
  }

  /** id: nid | pnum | paren pid ')'; nid: ID | HID '/' NUM | HID mask HID | HID | ... | not id */
  private Expr id(Qual q) {
    return id(q, false);
  }

  /**
   * @param afterOperator reached right after and/or, where a number could also start an
   *     arithmetic expression: bison then takes it as an id only before and/or/')'/end
   */
  private Expr id(Qual q, boolean afterOperator) {
    Token t = peek();
    switch (t.kind()) {
      case NOT, BANG -> {
        next();
        push(1);
        Expr e = id(q, afterOperator);
        depth -= 1;
        return new Expr.Not(e);
      }
      case LPAREN -> {
        next();
        push(1);
        Expr e = pid(q, afterOperator);
        check(2);
        expect(Kind.RPAREN);
        depth -= 1;
        return e;
      }
      default -> {
        check(1);
        if (afterOperator && t.kind() == Kind.NUM) {
          Kind after = kindAt(pos + 1);
          if (after != Kind.AND && after != Kind.OR && after != Kind.RPAREN && after != Kind.EOF) {
            throw ParseException.syntax();
          }
        }
        return leaf(new Expr.Qualified(q, value()));
      }
    }
  }

  private Id value() {
    Token t = next();
    return switch (t.kind()) {
      case NUM -> new Expr.Num(t.value());
      case ID -> new Expr.Name(t.text());
      case HID -> {
        if (peek().kind() == Kind.SLASH) {
          next();
          yield new Expr.HostBits(t.text(), expect(Kind.NUM).value());
        }
        if (peek().kind() == Kind.NETMASK) {
          next();
          yield new Expr.HostMask(t.text(), expect(Kind.HID).text());
        }
        yield new Expr.Host(t.text());
      }
      case HID6 -> {
        if (peek().kind() == Kind.SLASH) {
          next();
          yield new Expr.Host6Bits(t.text(), expect(Kind.NUM).value());
        }
        yield new Expr.Host6(t.text());
      }
      case EID -> new Expr.Mac(t.text());
      case AID -> new Expr.Arcnet(t.text());
      default -> throw ParseException.syntax();
    };
  }

  /** pid: nid | qid and id | qid or id */
  private Expr pid(Qual q, boolean afterOperator) {
    // Only a number may sit in further parentheses here (pnum); names and addresses may not.
    Expr e = peek().kind() == Kind.LPAREN ? leaf(new Expr.Qualified(q, new Expr.Num(pnum())))
        : id(q, afterOperator);
    while (peek().kind() == Kind.AND || peek().kind() == Kind.OR) {
      boolean and = next().kind() == Kind.AND;
      push(2);
      Expr r = id(q);
      depth -= 2;
      e = and ? new Expr.And(e, r) : new Expr.Or(e, r);
    }
    return e;
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
