package io.jdump.filter.gen;

import static io.jdump.bpf.Bpf.H;

import io.jdump.filter.FilterException;
import io.jdump.filter.parse.Expr;
import io.jdump.filter.parse.Kind;

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
    int outer = start.offLinktype;
    int inner = one.offLinktype;
    Cond deeper = Cond.or(Cond.and(tag(inner), twice), Cond.and(Cond.not(tag(inner)), tagged));
    return Cond.or(Cond.and(tag(outer), deeper), Cond.and(Cond.not(tag(outer)), untagged));
  }

  /** {@return "the type at off is a VLAN tag"}, as libpcap's vlan tests it. */
  private static Cond tag(int off) {
    Cond b = Cond.or(Emit.eq(off, H, TAGS[0]), Emit.eq(off, H, TAGS[1]));
    return Cond.or(b, Emit.eq(off, H, TAGS[2]));
  }

  private Cond walk(Expr e) throws FilterException {
    if (e instanceof Expr.And a) {
      Cond l = walk(a.left());
      return Cond.and(l, walk(a.right()));
    }
    if (e instanceof Expr.Or o) {
      Link at = scoped ? g.link.copy() : null;
      Cond l = walk(o.left());
      if (scoped) g.link.set(at);
      Cond r = walk(o.right());
      if (scoped) g.link.set(at);
      return Cond.or(l, r);
    }
    if (e instanceof Expr.Not n) {
      Link at = scoped ? g.link.copy() : null;
      Cond c = walk(n.expr());
      if (scoped) g.link.set(at);
      return Cond.not(c);
    }
    return g.primitive(e);
  }

  /** {@return true if the expression says where VLAN tags are itself} */
  static boolean namesVlan(Expr e) {
    if (e instanceof Expr.And a) return namesVlan(a.left()) || namesVlan(a.right());
    if (e instanceof Expr.Or o) return namesVlan(o.left()) || namesVlan(o.right());
    if (e instanceof Expr.Not n) return namesVlan(n.expr());
    return e instanceof Expr.Other o && o.what() == Kind.VLAN;
  }
}
