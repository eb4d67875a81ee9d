package io.jdump.filter.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The arithmetic of relations ({@code arth} in grammar.y), parsed shift-reduce style with
 * bison's resolution of grammar.y's precedences: {@code %} and {@code ^} have none, so
 * every conflict around them shifts ({@code ip[0] * 3 % 7} is {@code ip[0] * (3 % 7)}).
 * gen_arth's and gen_load's refusals are raised as bison reduces.
 */
final class ArithParser {
  private final Parser p;

  ArithParser(Parser p) {
    this.p = p;
  }

  private static final int UMINUS = 6;

  /** Bison's precedence for a binary operator; 0 for none (% and ^), -1 for not one. */
  static int prec(Kind k) {
    return switch (k) {
      case PIPE -> 1;
      case AMP -> 2;
      case LSH, RSH -> 3;
      case PLUS, MINUS -> 4;
      case STAR, SLASH -> 5;
      case PERCENT, CARET -> 0;
      default -> -1;
    };
  }

  /** The operands and operators of one arithmetic: the relation's side or a load's index. */
  private static final class Level {
    /** The protocol of the load whose index this is, or null for the outermost. */
    final Kind proto;
    final int base;
    final List<Arith> vals = new ArrayList<>();
    /** LPAREN, binary operators, or null for unary minus. */
    final List<Kind> ops = new ArrayList<>();

    Level(Kind proto, int base) {
      this.proto = proto;
      this.base = base;
    }
  }

  /**
   * Operator precedence, shift-reduce style, as bison resolves grammar.y's conflicts; the
   * index of a load ({@code pname '[' arth [':' NUM] ']'}) is a level of its own on an
   * explicit stack, so nested loads cost no Java stack.
   */
  Arith arith() {
    Deque<Level> loads = new ArrayDeque<>();
    Level cur = new Level(null, p.depth);
    boolean operand = true;
    while (true) {
      List<Arith> vals = cur.vals;
      List<Kind> ops = cur.ops;
      p.depth = cur.base + vals.size() + ops.size();
      Token t = p.peek();
      // A lookahead that ends the arithmetic is not shifted: only operands and operators grow
      // bison's stack (operators once the reductions they cause are done).
      if (operand) p.check(1);
      if (operand) {
        switch (t.kind()) {
          case MINUS -> {
            p.next();
            ops.add(null);
            continue;
          }
          case LPAREN -> {
            p.next();
            ops.add(Kind.LPAREN);
            continue;
          }
          case NUM -> vals.add(new Arith.Num(p.next().value()));
          case LEN -> {
            p.next();
            vals.add(new Arith.Len());
          }
          default -> {
            if (!t.kind().isProtoName() || p.kindAt(p.pos() + 1) != Kind.LBRACKET) {
              throw ParseException.syntax();
            }
            Kind proto = p.next().kind();
            p.next();
            p.push(2);
            loads.push(cur);
            cur = new Level(proto, p.depth);
            continue;
          }
        }
        operand = false;
        continue;
      }
      Kind k = t.kind();
      if (prec(k) >= 0) {
        reduceWhile(vals, ops, k);
        p.depth = cur.base + vals.size() + ops.size();
        p.check(1);
        p.next();
        ops.add(k);
        operand = true;
      } else if (k == Kind.RPAREN && ops.contains(Kind.LPAREN)) {
        reduceWhile(vals, ops, null);
        p.depth = cur.base + vals.size() + ops.size();
        p.check(1);
        p.next();
        ops.remove(ops.size() - 1);
      } else {
        reduceWhile(vals, ops, null);
        p.depth = cur.base;
        if (!ops.isEmpty()) throw ParseException.syntax();
        if (cur.proto == null) return vals.get(0);
        Arith load = load(cur.proto, vals.get(0));
        cur = loads.pop();
        cur.vals.add(load);
      }
    }
  }

  /** Reduces operators on top while bison would reduce before lookahead la (null: all but '('). */
  private static void reduceWhile(List<Arith> vals, List<Kind> ops, Kind la) {
    while (!ops.isEmpty()) {
      Kind top = ops.get(ops.size() - 1);
      if (top == Kind.LPAREN) return;
      if (la != null) {
        int pl = prec(la);
        int pt = top == null ? UMINUS : prec(top);
        if (pl == 0 || pt == 0 || pt < pl) return;
      }
      ops.remove(ops.size() - 1);
      Arith r = vals.remove(vals.size() - 1);
      if (top == null) {
        vals.add(new Arith.Neg(r));
      } else {
        Arith l = vals.remove(vals.size() - 1);
        vals.add(checked(new Arith.Bin(top, l, r)));
      }
    }
  }

  /** The end of {@code pname '[' arth ']' | pname '[' arth ':' NUM ']'}, index parsed. */
  private Arith load(Kind proto, Arith index) {
    p.depth += 1; // the index, below what follows it
    long size = 1;
    int shifted = 0;
    if (p.peek().kind() == Kind.COLON) {
      p.check(1);
      p.next();
      if (p.peek().kind() != Kind.NUM) throw ParseException.syntax();
      p.check(2);
      size = p.next().value();
      shifted = 2;
    }
    if (p.peek().kind() != Kind.RBRACKET) throw ParseException.syntax();
    p.check(1 + shifted);
    p.next();
    p.depth -= 3;
    if (size != 1 && size != 2 && size != 4) throw new ParseException("data size must be 1, 2, or 4");
    checkLoad(proto);
    p.loadReduced.accept(proto);
    return new Arith.Load(proto, index, (int) size);
  }

  /** {@return the leading {@code ld #k} of a value} gen_arth's zero test looks only there. */
  static Long leadingImm(Arith a) {
    while (true) {
      if (a instanceof Arith.Num n) return n.value();
      if (a instanceof Arith.Load l) a = l.index();
      else if (a instanceof Arith.Bin b) a = b.left();
      else if (a instanceof Arith.Neg n) a = n.arith();
      else return null;
    }
  }

  /** gen_arth's refusals, raised when bison reduces the operation. */
  private static Arith checked(Arith.Bin b) {
    Long imm = leadingImm(b.right());
    if (imm != null) {
      if (b.op() == Kind.SLASH && imm == 0) throw new ParseException("division by zero");
      if (b.op() == Kind.PERCENT && imm == 0) throw new ParseException("modulus by zero");
      if ((b.op() == Kind.LSH || b.op() == Kind.RSH) && imm > 31) {
        throw new ParseException("shift by more than 31 bits");
      }
    }
    return b;
  }

  /** gen_load's refusals of a protocol, raised when bison reduces the load. */
  private static void checkLoad(Kind proto) {
    switch (proto) {
      case LINK, IP, IPV6, ARP, RARP, ATALK, DECNET, SCA, LAT, MOPRC, MOPDL, SCTP, TCP, UDP,
          ICMP, IGMP, IGRP, PIM, VRRP, CARP, ICMPV6 -> { }
      // Whether there is a radio header depends on the link type: the generator decides.
      case RADIO -> { }
      default -> throw new ParseException("unsupported index operation");
    }
  }
}
