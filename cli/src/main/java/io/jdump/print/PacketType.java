package io.jdump.print;

/**
 * tcpdump's {@code -T type}: how to read packets whatever their ports say. The names are
 * tcpdump 4.99's; {@link #NONE} is the default, dispatch by port.
 *
 * <pre>{@code
 * PacketType t = PacketType.named("domain");   // PacketType.DOMAIN; null for an unknown name
 * }</pre>
 */
public enum PacketType {
  NONE(""), AODV("aodv"), CARP("carp"), CNFP("cnfp"), DOMAIN("domain"), LMP("lmp"), PGM("pgm"),
  PGM_ZMTP1("pgm_zmtp1"), PTP("ptp"), RADIUS("radius"), RESP("resp"), RPC("rpc"), RTCP("rtcp"),
  RTP("rtp"), SNMP("snmp"), SOMEIP("someip"), TFTP("tftp"), VAT("vat"), VXLAN("vxlan"), WB("wb"),
  ZMTP1("zmtp1");

  private final String tcpdumpName;

  PacketType(String tcpdumpName) {
    this.tcpdumpName = tcpdumpName;
  }

  /** {@return the type tcpdump calls name (any case), or null when tcpdump 4.99 has none} */
  public static PacketType named(String name) {
    for (PacketType t : values()) {
      // tcpdump compares ignoring ASCII case
      if (t != NONE && t.tcpdumpName.equalsIgnoreCase(name)) return t;
    }
    return null;
  }

  /** {@return the name {@code -T} takes} */
  public String tcpdumpName() {
    return tcpdumpName;
  }
}
