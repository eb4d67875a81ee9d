package io.jdump.filter.gen;

import static io.jdump.bpf.Bpf.H;

import io.jdump.filter.FilterException;
import io.jdump.filter.parse.Expr;
import io.jdump.filter.parse.Kind;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Generates a parsed expression under jdump's own meanings (see
 * {@link io.jdump.filter.CompileOptions}): the primitives in libpcap's order, with the
 * offsets that {@code vlan}, {@code mpls} and {@code pppoes} move either flowing through the
 * whole expression (libpcap) or kept to the and-chain they belong to (scoped), and the whole
 * expression read at the depth of the frame's VLAN tags (any-vlan).
 *
 * <pre>{@code
 * Cond c = new Scopes(generator).generate(Parser.parse("(vlan and tcp) or udp", x -> {}));
 * }</pre>
 */
final class Scopes {
  /** Tag types libpcap's {@code vlan} accepts, in the order it tests them. */
  private static final int[] TAGS = {
    LinkTypes.VLAN_8021Q, LinkTypes.VLAN_8021AD, LinkTypes.VLAN_QINQ
  };

  private final Generator g;
  private final boolean scoped;

  Scopes(Generator g) {
    this.g = g;
    this.scoped = g.options.scopedEncap();
  }

  Cond generate(Expr e) throws FilterException {
    if (!g.options.anyVlan() || g.link.type != 1 || namesVlan(e)) return walk(e);
    // Read E at the frame's own tag depth: untagged, one tag, two or more.
    Link start = g.link.copy();
    Cond untagged = walk(e);
    g.link.set(start);
    Encaps.vlan(g, -1);
    Link one = g.link.copy();
    Cond tagged = walk(e);
    g.link.set(one);
    Encaps.vlan(g, -1);
    Cond twice = walk(e);
    Off outer = start.offLinktype;
    Off inner = one.offLinktype;
    Cond deeper = Cond.or(Cond.and(tag(inner), twice), Cond.and(Cond.not(tag(inner)), tagged));
    return Cond.or(Cond.and(tag(outer), deeper), Cond.and(Cond.not(tag(outer)), untagged));
  }

  /** {@return "the type at off is a VLAN tag"}, as libpcap's vlan tests it. */
  private static Cond tag(Off off) {
    Cond b = Cond.or(Emit.eq(off, H, TAGS[0]), Emit.eq(off, H, TAGS[1]));
    return Cond.or(b, Emit.eq(off, H, TAGS[2]));
  }

  /** A node of {@link #walk} whose operands are being generated. */
  private static final class Pending {
    final Expr e;
    /** Where the offsets stood before it (scoped or and not only). */
    final Link at;
    int done;
    Cond left;

    Pending(Expr e, Link at) {
      this.e = e;
      this.at = at;
    }
  }

  /**
   * Generates left to right; with scoped offsets, each side of an {@code or} and the operand
   * of a {@code not} start from where the offsets stood before them. An explicit stack, not
   * recursion: and/or chains are as deep as they are long.
   */
  private Cond walk(Expr root) throws FilterException {
    Deque<Pending> work = new ArrayDeque<>();
    Expr next = root;
    while (true) {
      Cond result;
      if (next instanceof Expr.And || next instanceof Expr.Or || next instanceof Expr.Not) {
        Link at = scoped && !(next instanceof Expr.And) ? g.link.copy() : null;
        work.push(new Pending(next, at));
        next = operand(next, 0);
        continue;
      }
      result = g.primitive(next);
      while (true) {
        Pending p = work.peek();
        if (p == null) return result;
        if (p.at != null) g.link.set(p.at);
        if (p.e instanceof Expr.Not) {
          work.pop();
          result = Cond.not(result);
        } else if (p.done == 0) {
          p.done = 1;
          p.left = result;
          break;
        } else {
          work.pop();
          result = p.e instanceof Expr.And ? Cond.and(p.left, result) : Cond.or(p.left, result);
        }
      }
      next = operand(work.peek().e, 1);
    }
  }

  private static Expr operand(Expr e, int i) {
    if (e instanceof Expr.And a) return i == 0 ? a.left() : a.right();
    if (e instanceof Expr.Or o) return i == 0 ? o.left() : o.right();
    return ((Expr.Not) e).expr();
  }

  /** {@return true if the expression says where VLAN tags are itself} */
  static boolean namesVlan(Expr root) {
    Deque<Expr> work = new ArrayDeque<>();
    work.push(root);
    while (!work.isEmpty()) {
      Expr e = work.pop();
      if (e instanceof Expr.And a) {
        work.push(a.right());
        work.push(a.left());
      } else if (e instanceof Expr.Or o) {
        work.push(o.right());
        work.push(o.left());
      } else if (e instanceof Expr.Not n) {
        work.push(n.expr());
      } else if (e instanceof Expr.Other o && o.what() == Kind.VLAN) {
        return true;
      }
    }
    return false;
  }
}
