package io.jdump.pcap4j;

import io.jdump.capture.Packet;

/**
 * Receives each packet that passes the filter as jdump's view of the source's buffer: no copy,
 * no dissection, nothing allocated. The view is valid only during the call; copy what you keep
 * ({@code Arrays.copyOfRange(f.buffer(), f.offset(), f.offset() + f.caplen())}, or
 * {@code UnknownPacket.newPacket(f.buffer(), f.offset(), f.caplen())} for a pcap4j packet).
 *
 * <pre>{@code
 * long[] bytes = {0};
 * handle.loop(-1, (FrameListener) f -> bytes[0] += f.wirelen());
 * }</pre>
 */
@FunctionalInterface
public interface FrameListener {
  /**
   * Called once per packet that passes the filter.
   *
   * @param frame the packet: bytes, lengths, timestamp in nanoseconds, link type
   */
  void gotFrame(Packet frame);
}
