package io.jdump.filter.explain;

import io.jdump.filter.parse.Arith;
import io.jdump.filter.parse.Expr;
import io.jdump.filter.parse.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;

/**
 * Walks over parsed trees with explicit stacks, as the compiler does: a megabyte or-chain or
 * thousands of nested parentheses are as deep as they are long, deeper than a thread's stack.
 */
final class Trees {
  private Trees() {}

  /**
   * {@return the primitives of e (everything but and, or, not), left to right}
   *
   * <pre>{@code
   * Trees.leaves(Parser.parse("tcp and not (udp or icmp)", p -> { }));  // tcp, udp, icmp
   * }</pre>
   */
  static List<Expr> leaves(Expr e) {
    List<Expr> out = new ArrayList<>();
    Deque<Expr> todo = new ArrayDeque<>();
    todo.push(e);
    while (!todo.isEmpty()) {
      Expr x = todo.pop();
      if (x instanceof Expr.And a) {
        todo.push(a.right());
        todo.push(a.left());
      } else if (x instanceof Expr.Or o) {
        todo.push(o.right());
        todo.push(o.left());
      } else if (x instanceof Expr.Not n) {
        todo.push(n.expr());
      } else {
        out.add(x);
      }
    }
    return out;
  }

  /** {@return whether some packet load in a, at any depth of indexing, is of a protocol that p accepts} */
  static boolean anyLoad(Arith a, Predicate<Kind> p) {
    Deque<Arith> todo = new ArrayDeque<>();
    todo.push(a);
    while (!todo.isEmpty()) {
      Arith x = todo.pop();
      if (x instanceof Arith.Load l) {
        if (p.test(l.proto())) return true;
        todo.push(l.index());
      } else if (x instanceof Arith.Bin b) {
        todo.push(b.right());
        todo.push(b.left());
      } else if (x instanceof Arith.Neg n) {
        todo.push(n.arith());
      }
    }
    return false;
  }
}
