package io.jdump.filter.explain;

import io.jdump.filter.parse.Expr;
import io.jdump.filter.parse.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The most reported surprise of pcap-filter: {@code vlan}, {@code mpls}, {@code pppoes} and
 * {@code geneve} move the offsets of every test libpcap parses after them, even across
 * {@code or} and outside their parentheses ({@code (vlan 10 and host a) or host b} looks for
 * b inside a VLAN tag). One line per such keyword names the later tests it reaches.
 */
final class EncapReach {
  private EncapReach() {}

  /** One keyword and the tests it reaches, in order. */
  private record Reach(Expr.Other keyword, List<String> reached) {}

  /**
   * {@return one line per encapsulation keyword}
   *
   * @param scoped jdump's --scoped-encap: a keyword reaches only the rest of its own
   *               and-chain; an or branch or a not operand leaves the offsets as it found them
   */
  static List<String> notes(Expr e, boolean scoped) {
    List<Reach> reach = new ArrayList<>();
    walk(e, scoped, reach);
    List<String> notes = new ArrayList<>();
    for (Reach r : reach) {
      Expr.Other o = r.keyword();
      List<String> reached = r.reached();
      String shift = switch (o.what()) {
        case VLAN -> "moves the link-layer type and payload 4 bytes on (past one 802.1Q tag)";
        case MPLS -> "moves the network layer 4 bytes on (past one MPLS label)";
        case PPPOES -> "moves the network layer past the PPPoE session header and PPP protocol";
        default -> "moves everything to the encapsulated Ethernet frame";
      };
      String scope = scoped ? "for the rest of its and-chain only (--scoped-encap): "
          : "for every test parsed after it, even across 'or': ";
      notes.add(ExprWriter.write(o) + " " + shift + " " + scope
          + (reached.isEmpty() ? "none here" : String.join(", ", reached)));
    }
    return notes;
  }

  /** Puts the keywords in force back as they were before an or branch or a not operand. */
  private record Restore(List<Reach> active) {}

  /**
   * Walks in parse order, the order libpcap generates code and moves offsets in, with an
   * explicit stack: or-chains are as deep as they are long.
   */
  private static void walk(Expr e, boolean scoped, List<Reach> reach) {
    List<Reach> active = List.of();
    Deque<Object> todo = new ArrayDeque<>();
    todo.push(e);
    while (!todo.isEmpty()) {
      Object next = todo.pop();
      if (next instanceof Restore r) {
        active = r.active();
      } else if (next instanceof Expr.And a) {
        todo.push(a.right());
        todo.push(a.left());
      } else if (next instanceof Expr.Or o) {
        if (scoped) todo.push(new Restore(active));
        todo.push(o.right());
        if (scoped) todo.push(new Restore(active));
        todo.push(o.left());
      } else if (next instanceof Expr.Not n) {
        if (scoped) todo.push(new Restore(active));
        todo.push(n.expr());
      } else {
        active = primitive((Expr) next, active, reach);
      }
    }
  }

  /** {@return the keywords in force after the primitive e} */
  private static List<Reach> primitive(Expr e, List<Reach> active, List<Reach> reach) {
    for (Reach k : active) {
      if (k.keyword().what() == Kind.GENEVE || readsPastLinkHeader(e)) k.reached().add(ExprWriter.write(e));
    }
    if (e instanceof Expr.Other o && isEncap(o.what())) {
      Reach r = new Reach(o, new ArrayList<>());
      reach.add(r);
      List<Reach> more = new ArrayList<>(active);
      more.add(r);
      return more;
    }
    return active;
  }

  private static boolean isEncap(Kind k) {
    return k == Kind.VLAN || k == Kind.MPLS || k == Kind.PPPOES || k == Kind.GENEVE;
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
    if (e instanceof Expr.Relation r) {
      return Trees.anyLoad(r.left(), k -> k != Kind.LINK) || Trees.anyLoad(r.right(), k -> k != Kind.LINK);
    }
    return true;
  }
}
