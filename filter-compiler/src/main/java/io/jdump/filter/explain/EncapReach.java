package io.jdump.filter.explain;

import io.jdump.filter.parse.Arith;
import io.jdump.filter.parse.Expr;
import io.jdump.filter.parse.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * The most reported surprise of pcap-filter: {@code vlan}, {@code mpls}, {@code pppoes} and
 * {@code geneve} move the offsets of every test libpcap parses after them, even across
 * {@code or} and outside their parentheses ({@code (vlan 10 and host a) or host b} looks for
 * b inside a VLAN tag). One line per such keyword names the later tests it reaches.
 */
final class EncapReach {
  private EncapReach() {}

  static List<String> notes(Expr e) {
    List<Expr> prims = new ArrayList<>();
    primitives(e, prims);
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < prims.size(); i++) {
      if (!(prims.get(i) instanceof Expr.Other o) || !isEncap(o.what())) continue;
      List<String> reached = new ArrayList<>();
      for (Expr later : prims.subList(i + 1, prims.size())) {
        if (o.what() == Kind.GENEVE || readsPastLinkHeader(later)) reached.add(ExprWriter.write(later));
      }
      String what = ExprWriter.write(o);
      String shift = switch (o.what()) {
        case VLAN -> "moves the link-layer type and payload 4 bytes on (past one 802.1Q tag)";
        case MPLS -> "moves the network layer 4 bytes on (past one MPLS label)";
        case PPPOES -> "moves the network layer past the PPPoE session header and PPP protocol";
        default -> "moves everything to the encapsulated Ethernet frame";
      };
      notes.add(what + " " + shift + " for every test parsed after it, even across 'or': "
          + (reached.isEmpty() ? "none here" : String.join(", ", reached)));
    }
    return notes;
  }

  private static boolean isEncap(Kind k) {
    return k == Kind.VLAN || k == Kind.MPLS || k == Kind.PPPOES || k == Kind.GENEVE;
  }

  /** In parse order, which is the order libpcap generates code and moves offsets in. */
  private static void primitives(Expr e, List<Expr> out) {
    if (e instanceof Expr.And a) {
      primitives(a.left(), out);
      primitives(a.right(), out);
    } else if (e instanceof Expr.Or o) {
      primitives(o.left(), out);
      primitives(o.right(), out);
    } else if (e instanceof Expr.Not n) {
      primitives(n.expr(), out);
    } else {
      out.add(e);
    }
  }

  /**
   * Tests of the link header itself (ether addresses, ether broadcast, {@code ether[...]})
   * and of lengths or direction keep their offsets: libpcap moves only what follows the
   * link-layer type.
   */
  private static boolean readsPastLinkHeader(Expr e) {
    if (e instanceof Expr.Qualified q) {
      return !(q.qual().proto() == Kind.LINK && q.id() instanceof Expr.Mac);
    }
    if (e instanceof Expr.Other o) {
      return switch (o.what()) {
        case LESS, GREATER, INBOUND, OUTBOUND, IFINDEX -> false;
        case BROADCAST, MULTICAST -> o.proto() != null && o.proto() != Kind.LINK;
        default -> true;
      };
    }
    if (e instanceof Expr.Relation r) return loadsPastLink(r.left()) || loadsPastLink(r.right());
    return true;
  }

  private static boolean loadsPastLink(Arith a) {
    if (a instanceof Arith.Load l) return l.proto() != Kind.LINK || loadsPastLink(l.index());
    if (a instanceof Arith.Bin b) return loadsPastLink(b.left()) || loadsPastLink(b.right());
    if (a instanceof Arith.Neg n) return loadsPastLink(n.arith());
    return false;
  }
}
