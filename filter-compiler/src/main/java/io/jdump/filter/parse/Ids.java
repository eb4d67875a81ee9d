package io.jdump.filter.parse;

import io.jdump.filter.parse.Expr.Id;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The ids of qualified primitives (grammar.y's {@code id}, {@code pid}, {@code nid},
 * {@code pnum}) and the ATM/SS7 field values, parsed with explicit stacks: nesting as deep
 * as libpcap's 10,000-entry parse stack allows costs no Java stack.
 *
 * <pre>{@code
 * Expr e = ids.id(qual, false);   // "1.2.3.4", "(a or not b)", "((80))"
 * }</pre>
 */
final class Ids {
  private final Parser p;

  Ids(Parser p) {
    this.p = p;
  }

  /** An open {@code not} or parenthesis of an id; the parenthesis collects {@code pid}. */
  private static final class Open {
    final boolean paren;
    Expr left;
    boolean and;

    Open(boolean paren) {
      this.paren = paren;
    }
  }

  /**
   * id: nid | pnum | paren pid ')'; nid: ... | not id; pid: nid | qid and id | qid or id.
   *
   * @param afterOperator reached right after and/or, where a number could also start an
   *     arithmetic expression: bison then takes it as an id only before and/or/')'/end
   */
  Expr id(Qual q, boolean afterOperator) {
    Deque<Open> open = new ArrayDeque<>();
    boolean after = afterOperator;
    while (true) {
      Expr e = null;
      Token t = p.peek();
      switch (t.kind()) {
        case NOT, BANG -> {
          p.next();
          p.push(1);
          open.push(new Open(false));
          continue;
        }
        case LPAREN -> {
          p.next();
          p.push(1);
          Open o = new Open(true);
          open.push(o);
          // Only a number may sit in further parentheses here (pnum); names and addresses may not.
          if (p.peek().kind() != Kind.LPAREN) continue;
          e = p.leaf(new Expr.Qualified(q, new Expr.Num(pnum())));
        }
        default -> {
          p.check(1);
          if (after && t.kind() == Kind.NUM) {
            Kind k = p.kindAt(p.pos() + 1);
            if (k != Kind.AND && k != Kind.OR && k != Kind.RPAREN && k != Kind.EOF) {
              throw ParseException.syntax();
            }
          }
          e = p.leaf(new Expr.Qualified(q, value()));
        }
      }
      // Close what the id completes: nots, and parentheses that end here.
      boolean more = false;
      while (!open.isEmpty() && !more) {
        Open o = open.peek();
        if (!o.paren) {
          open.pop();
          p.depth -= 1;
          e = new Expr.Not(e);
          continue;
        }
        if (o.left == null) {
          o.left = e;
        } else {
          p.depth -= 2;
          o.left = o.and ? new Expr.And(o.left, e) : new Expr.Or(o.left, e);
        }
        Kind k = p.peek().kind();
        if (k == Kind.AND || k == Kind.OR) {
          o.and = p.next().kind() == Kind.AND;
          p.push(2);
          after = false;
          more = true;
        } else {
          p.check(2);
          p.expect(Kind.RPAREN);
          p.depth -= 1;
          open.pop();
          e = o.left;
        }
      }
      if (!more) return e;
    }
  }

  private Id value() {
    Token t = p.next();
    return switch (t.kind()) {
      case NUM -> new Expr.Num(t.value());
      case ID -> new Expr.Name(t.text());
      case HID -> {
        if (p.peek().kind() == Kind.SLASH) {
          p.next();
          yield new Expr.HostBits(t.text(), p.expect(Kind.NUM).value());
        }
        if (p.peek().kind() == Kind.NETMASK) {
          p.next();
          yield new Expr.HostMask(t.text(), p.expect(Kind.HID).text());
        }
        yield new Expr.Host(t.text());
      }
      case HID6 -> {
        if (p.peek().kind() == Kind.SLASH) {
          p.next();
          yield new Expr.Host6Bits(t.text(), p.expect(Kind.NUM).value());
        }
        yield new Expr.Host6(t.text());
      }
      case EID -> new Expr.Mac(t.text());
      case AID -> new Expr.Arcnet(t.text());
      default -> throw ParseException.syntax();
    };
  }

  /** pnum: NUM | paren pnum ')' */
  long pnum() {
    int parens = 0;
    while (p.peek().kind() == Kind.LPAREN) {
      p.next();
      p.push(1);
      parens++;
    }
    if (p.peek().kind() != Kind.NUM) throw ParseException.syntax();
    p.check(1);
    long v = p.next().value();
    for (int i = 0; i < parens; i++) {
      // Any other token is an error before bison's stack grows any further.
      if (p.peek().kind() != Kind.RPAREN) throw ParseException.syntax();
      p.check(2);
      p.next();
      p.depth -= 1;
    }
    return v;
  }

  /**
   * atmvalue / mtp3value: NUM | relop NUM | irelop NUM | paren listvalue ')', where
   * listvalue: NUM | listvalue or NUM (no relations, no nesting inside a list). Each value
   * is a leaf, generated as libpcap reduces it (its refusals come then); a list is their Or.
   *
   * @param field the field's keyword: VPI, VCI, SIO, OPC, DPC, SLS or their h forms
   * @return the values' test
   */
  Expr fieldValue(Kind field) {
    int base = p.depth;
    // One entry per open parenthesis: the list so far, null before its first value.
    java.util.Deque<Expr[]> lists = new java.util.ArrayDeque<>();
    Expr value;
    while (true) {
      Kind k = p.peek().kind();
      // After 'or' in a list only a plain number may follow (listvalue or fieldvalue).
      if (!lists.isEmpty() && k != Kind.NUM) throw ParseException.syntax();
      if (k == Kind.NUM) {
        p.check(1);
        value = p.leaf(new Expr.Field(field, Kind.EQ, p.next().value()));
      } else if (Parser.isRelop(k)) {
        p.next();
        p.push(1);
        p.check(1);
        value = p.leaf(new Expr.Field(field, k, p.expect(Kind.NUM).value()));
        p.depth -= 1;
      } else if (k == Kind.LPAREN) {
        p.next();
        p.push(1);
        p.check(1);
        value = p.leaf(new Expr.Field(field, Kind.EQ, p.expect(Kind.NUM).value()));
        p.push(1);
        lists.push(new Expr[1]);
      } else {
        throw ParseException.syntax();
      }
      // A value ends lists until one goes on with 'or'.
      while (!lists.isEmpty()) {
        Expr[] list = lists.peek();
        list[0] = list[0] == null ? value : new Expr.Or(list[0], value);
        if (p.peek().kind() == Kind.OR) {
          p.next();
          p.push(1);
          break;
        }
        p.check(1);
        p.expect(Kind.RPAREN);
        lists.pop();
        value = list[0];
        p.depth = base + 2 * lists.size();
      }
      if (lists.isEmpty()) {
        p.depth = base;
        return value;
      }
    }
  }
}
