package io.jdump.filter.parse;

/** A parsed pcap-filter expression; see pcap-filter(7). */
public sealed interface Expr {
  record And(Expr left, Expr right) implements Expr {}

  record Or(Expr left, Expr right) implements Expr {}

  record Not(Expr expr) implements Expr {}

  /** A qualified id: {@code src host a}, {@code port 80}, {@code net 10/8}, a name after {@code and}. */
  record Qualified(Qual qual, Id id) implements Expr {}

  /** A bare protocol name: {@code tcp}, {@code ip6}, {@code stp}. */
  record ProtoAbbrev(Kind proto) implements Expr {}

  /** {@code arth relop arth}; op is one of EQ, NEQ, LT, LEQ, GT, GEQ. */
  record Relation(Kind op, Arith left, Arith right) implements Expr {}

  /**
   * The other primitives: {@code [proto] broadcast}, {@code multicast}, {@code less N},
   * {@code greater N}, {@code inbound}, {@code outbound}, {@code vlan [N]}, {@code mpls [N]},
   * {@code pppoed}, {@code pppoes [N]}, {@code geneve [N]}, {@code ifindex N}.
   *
   * @param what  the keyword
   * @param proto the protocol qualifier (broadcast, multicast) or null
   * @param num   the number, or -1 when absent; for 802.11's {@code type}/{@code subtype} the
   *              frame control value and mask as {@link #wlanType}, for {@code dir} the direction
   * @param text  the name operand of {@code ifname} and {@code ruleset}, else null
   */
  record Other(Kind what, Kind proto, long num, String text) implements Expr {
    Other(Kind what, Kind proto, long num) {
      this(what, proto, num, null);
    }

    /** {@return num for an 802.11 type test: the value in the low byte, the mask above it} */
    static long wlanType(long value, long mask) {
      return mask << 8 | value;
    }
  }

  /**
   * One value of an ATM or SS7 field: {@code vpi 1}, {@code sio > 3}; a list {@code sls (1 or 2)}
   * is an Or of these. op is one of EQ, NEQ, LT, LEQ, GT, GEQ.
   */
  record Field(Kind field, Kind op, long value) implements Expr {}

  /** {@code byte N op N}: op is one of EQ, LT, GT, AMP, PIPE. */
  record ByteOp(long offset, Kind op, long value) implements Expr {}

  /** The ids a qualified primitive may name. */
  sealed interface Id {}

  record Name(String name) implements Id {}

  record Num(long value) implements Id {}

  /** A dotted IPv4 host or net, possibly abbreviated ({@code 10.1}). */
  record Host(String text) implements Id {}

  /** {@code HID / NUM}. */
  record HostBits(String text, long bits) implements Id {}

  /** {@code HID mask HID}. */
  record HostMask(String text, String mask) implements Id {}

  record Host6(String text) implements Id {}

  record Host6Bits(String text, long bits) implements Id {}

  record Mac(String text) implements Id {}

  record Arcnet(String text) implements Id {}
}
