package io.jdump.pcap4j;

import org.pcap4j.packet.Packet;
import org.pcap4j.packet.factory.PacketFactories;
import org.pcap4j.packet.factory.PacketFactory;
import org.pcap4j.packet.namednumber.DataLinkType;

/**
 * pcap4j's dissection of one frame, by its static factory, for one thread: the link type's
 * pcap4j name is kept from frame to frame, so that nothing but pcap4j's own packet is
 * allocated.
 */
final class Dissection {
  private final PacketFactory<Packet, DataLinkType> factory =
      PacketFactories.getFactory(Packet.class, DataLinkType.class);
  private DataLinkType dltType;
  private int dltValue = -1;

  /** {@return pcap4j's packet for {@code len} bytes at {@code offset}} copied out of the array. */
  Packet of(byte[] bytes, int offset, int len, int dlt) {
    if (dlt != dltValue) {
      dltValue = dlt;
      dltType = DataLinkType.getInstance(dlt);
    }
    return factory.newInstance(bytes, offset, len, dltType);
  }
}
