package io.jdump.filter.explain;

import io.jdump.filter.CompileOptions;
import io.jdump.filter.parse.Arith;
import io.jdump.filter.parse.Expr;
import io.jdump.filter.parse.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * What jdump's own compile options change in an expression, one line each: which tests
 * --ip6-transport carries over IPv6 extension headers, how --any-vlan reads the expression
 * at a frame's tag depth. (--scoped-encap shows in the encapsulation notes.)
 */
final class Options {
  private Options() {}

  static List<String> notes(Expr e, CompileOptions o, int dlt) {
    List<String> notes = new ArrayList<>();
    if (e == null) return notes;
    if (o.anyVlan() && dlt == 1) {
      notes.add(namesVlan(e)
          ? "--any-vlan: the expression names vlan itself, so it is compiled as written"
          : "--any-vlan: read at the frame's own tag depth: as written on untagged frames, as"
              + " 'vlan and (...)' under one tag, 'vlan and vlan and (...)' under two or more");
    }
    if (o.ip6Transport()) {
      List<String> reached = new ArrayList<>();
      transport(e, reached);
      notes.add("--ip6-transport: over IPv6, these also find the transport header past extension"
          + " headers: " + (reached.isEmpty() ? "none here" : String.join(", ", reached)));
    }
    return notes;
  }

  private static boolean namesVlan(Expr e) {
    if (e instanceof Expr.And a) return namesVlan(a.left()) || namesVlan(a.right());
    if (e instanceof Expr.Or o) return namesVlan(o.left()) || namesVlan(o.right());
    if (e instanceof Expr.Not n) return namesVlan(n.expr());
    return e instanceof Expr.Other o && o.what() == Kind.VLAN;
  }

  /** Ports, portranges and loads of tcp, udp, sctp and icmp6 headers, and those protocols. */
  private static void transport(Expr e, List<String> out) {
    if (e instanceof Expr.And a) {
      transport(a.left(), out);
      transport(a.right(), out);
    } else if (e instanceof Expr.Or o) {
      transport(o.left(), out);
      transport(o.right(), out);
    } else if (e instanceof Expr.Not n) {
      transport(n.expr(), out);
    } else if (e instanceof Expr.Qualified q && (q.qual().addr() == Kind.PORT
        || q.qual().addr() == Kind.PORTRANGE)) {
      out.add(ExprWriter.write(e));
    } else if (e instanceof Expr.ProtoAbbrev p && isTransport(p.proto())) {
      out.add(ExprWriter.write(e));
    } else if (e instanceof Expr.Relation r && (loadsTransport(r.left()) || loadsTransport(r.right()))) {
      out.add(ExprWriter.write(e));
    }
  }

  private static boolean isTransport(Kind k) {
    return k == Kind.TCP || k == Kind.UDP || k == Kind.SCTP || k == Kind.ICMPV6;
  }

  private static boolean loadsTransport(Arith a) {
    if (a instanceof Arith.Load l) return isTransport(l.proto()) || loadsTransport(l.index());
    if (a instanceof Arith.Bin b) return loadsTransport(b.left()) || loadsTransport(b.right());
    if (a instanceof Arith.Neg n) return loadsTransport(n.arith());
    return false;
  }
}
