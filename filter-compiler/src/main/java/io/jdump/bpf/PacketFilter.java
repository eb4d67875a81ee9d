package io.jdump.bpf;

/**
 * The one interface every VM implements: libpcap's {@code bpf_filter} contract.
 *
 * <pre>{@code
 * PacketFilter f = Interpreter.of(program);
 * boolean keep = f.apply(frame, 0, frame.length, frame.length) != 0;
 * }</pre>
 */
@FunctionalInterface
public interface PacketFilter {
  /**
   * Runs the program over one packet.
   *
   * @param buf     the bytes; the packet starts at {@code offset}
   * @param offset  where the packet starts in {@code buf}
   * @param caplen  bytes captured, readable from {@code offset}
   * @param wirelen the packet's length on the wire ({@code len} in the language)
   * @return the number of bytes to keep, 0 to drop (an unsigned 32-bit value)
   */
  int apply(byte[] buf, int offset, int caplen, int wirelen);
}
