package io.jdump.filter.explain;

import io.jdump.filter.CompileOptions;
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
    for (Expr x : Trees.leaves(e)) {
      if (x instanceof Expr.Other o && o.what() == Kind.VLAN) return true;
    }
    return false;
  }

  /** Ports, portranges and loads of tcp, udp, sctp and icmp6 headers, and those protocols. */
  private static void transport(Expr e, List<String> out) {
    for (Expr x : Trees.leaves(e)) {
      if (x instanceof Expr.Qualified q && (q.qual().addr() == Kind.PORT
          || q.qual().addr() == Kind.PORTRANGE)) {
        out.add(ExprWriter.write(x));
      } else if (x instanceof Expr.ProtoAbbrev p && isTransport(p.proto())) {
        out.add(ExprWriter.write(x));
      } else if (x instanceof Expr.Relation r
          && (Trees.anyLoad(r.left(), Options::isTransport) || Trees.anyLoad(r.right(), Options::isTransport))) {
        out.add(ExprWriter.write(x));
      }
    }
  }

  private static boolean isTransport(Kind k) {
    return k == Kind.TCP || k == Kind.UDP || k == Kind.SCTP || k == Kind.ICMPV6;
  }
}
