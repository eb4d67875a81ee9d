package io.jdump.filter.parse;

/**
 * The qualifiers of a primitive, libpcap's {@code struct qual}: protocol, direction and
 * address kind, each possibly defaulted. {@link #ERR} is libpcap's {@code qerr}: what a bare
 * id inherits after a term that has no qualifiers (as in {@code tcp and 80}).
 *
 * @param proto the protocol keyword, or null for the default
 * @param dir   the direction
 * @param addr  the address kind (HOST, NET, PORT, PORTRANGE, PROTO, PROTOCHAIN, GATEWAY), or null
 * @param err   true for {@code qerr}
 */
public record Qual(Kind proto, Dir dir, Kind addr, boolean err) {
  public static final Qual DEFAULT = new Qual(null, Dir.DEFAULT, null, false);
  public static final Qual ERR = new Qual(null, Dir.DEFAULT, null, true);

  /** Direction qualifiers, libpcap's {@code Q_SRC} ... {@code Q_TA}. */
  public enum Dir { DEFAULT, SRC, DST, OR, AND, ADDR1, ADDR2, ADDR3, ADDR4, RA, TA }
}
