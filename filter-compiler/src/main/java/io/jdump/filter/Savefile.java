package io.jdump.filter;

import java.nio.ByteOrder;

/**
 * What a program is compiled for, as far as libpcap's code generation cares: a device or no
 * input at all ({@code pcap_open_dead}, tcpdump's {@code -d} without {@code -r}), or a capture
 * file, whose byte order is the order of the host that wrote it (NULL's and ENC's AF_ word is
 * in that order).
 *
 * <pre>{@code
 * Savefile f = Savefile.of(java.nio.ByteOrder.BIG_ENDIAN);
 * }</pre>
 */
public enum Savefile {
  /** A live capture or no input: libpcap's code for this host. */
  NONE,
  /** A capture file written by a big-endian host. */
  BIG_ENDIAN,
  /** A capture file written by a little-endian host. */
  LITTLE_ENDIAN;

  /**
   * {@return the savefile kind for a file in this byte order}
   *
   * @param order the file's byte order (of its header's magic number)
   */
  public static Savefile of(ByteOrder order) {
    return order == ByteOrder.BIG_ENDIAN ? BIG_ENDIAN : LITTLE_ENDIAN;
  }

  /** {@return the byte order of the AF_ words in NULL and ENC headers} */
  public ByteOrder hostOrder() {
    return switch (this) {
      case NONE -> ByteOrder.nativeOrder();
      case BIG_ENDIAN -> ByteOrder.BIG_ENDIAN;
      case LITTLE_ENDIAN -> ByteOrder.LITTLE_ENDIAN;
    };
  }
}
