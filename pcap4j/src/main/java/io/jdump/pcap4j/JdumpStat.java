package io.jdump.pcap4j;

/**
 * A live device's counters, with the getters of pcap4j's {@code PcapStat} (whose constructor
 * only pcap4j's own handle can call): libpcap's {@code struct pcap_stat}, each an unsigned
 * 32-bit count that wraps as libpcap's does.
 *
 * <pre>{@code
 * JdumpStat s = handle.getStats();
 * System.out.println(s.getNumPacketsReceived() + " received, " + s.getNumPacketsDropped() + " dropped");
 * }</pre>
 *
 * @param received     {@code ps_recv}: packets the device received (meaning varies by platform)
 * @param dropped      {@code ps_drop}: dropped for lack of buffer space
 * @param droppedByIf  {@code ps_ifdrop}: dropped by the interface or its driver
 */
public record JdumpStat(long received, long dropped, long droppedByIf) {
  /** {@return packets received} as {@code PcapStat.getNumPacketsReceived} */
  public long getNumPacketsReceived() {
    return received;
  }

  /** {@return packets dropped for lack of buffer space} as {@code PcapStat.getNumPacketsDropped} */
  public long getNumPacketsDropped() {
    return dropped;
  }

  /** {@return packets the interface dropped} as {@code PcapStat.getNumPacketsDroppedByIf} */
  public long getNumPacketsDroppedByIf() {
    return droppedByIf;
  }

  /** {@return 0: only WinPcap counts packets captured, and pcap4j answers 0 elsewhere} */
  public long getNumPacketsCaptured() {
    return 0;
  }
}
