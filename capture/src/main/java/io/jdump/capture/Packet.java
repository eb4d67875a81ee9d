package io.jdump.capture;

/**
 * A view of one packet in its source's buffer: valid until the source's next read. Nothing is
 * copied; a sink that keeps a packet past that point must copy the bytes.
 *
 * <pre>{@code
 * var p = new Packet();
 * while (source.next(p)) filter.apply(p.buffer(), p.offset(), p.caplen(), p.wirelen());
 * }</pre>
 */
public final class Packet {
  private byte[] buffer = new byte[0];
  private int offset;
  private int caplen;
  private int wirelen;
  private long timestampNanos;
  private long fractionNanos;
  private int dlt;
  private int interfaceId;

  /**
   * Points this view at a packet; called by sources for each packet they read.
   *
   * @param buffer         the array holding the packet
   * @param offset         where the packet starts in {@code buffer}
   * @param caplen         bytes captured
   * @param wirelen        the length on the wire
   * @param timestampNanos nanoseconds since the Unix epoch
   * @param dlt            the link type's DLT number
   * @param interfaceId    the pcapng interface, 0 elsewhere
   */
  public void set(byte[] buffer, int offset, int caplen, int wirelen, long timestampNanos, int dlt,
      int interfaceId) {
    set(buffer, offset, caplen, wirelen, timestampNanos,
        Math.floorMod(timestampNanos, 1_000_000_000L), dlt, interfaceId);
  }

  /**
   * As {@link #set(byte[], int, int, int, long, int, int)}, for a source whose records keep
   * seconds and fraction apart: a damaged pcap record may hold a fraction of a second or more,
   * which tcpdump prints as it is rather than carried into the seconds.
   *
   * @param buffer         the array holding the packet
   * @param offset         where the packet starts in {@code buffer}
   * @param caplen         bytes captured
   * @param wirelen        the length on the wire
   * @param timestampNanos nanoseconds since the Unix epoch
   * @param fractionNanos  the record's fraction in nanoseconds, as stored (may exceed 10^9);
   *                       {@code timestampNanos} minus it is a whole number of seconds
   * @param dlt            the link type's DLT number
   * @param interfaceId    the pcapng interface, 0 elsewhere
   */
  public void set(byte[] buffer, int offset, int caplen, int wirelen, long timestampNanos,
      long fractionNanos, int dlt, int interfaceId) {
    this.buffer = buffer;
    this.offset = offset;
    this.caplen = caplen;
    this.wirelen = wirelen;
    this.timestampNanos = timestampNanos;
    this.fractionNanos = fractionNanos;
    this.dlt = dlt;
    this.interfaceId = interfaceId;
  }

  /** {@return the array holding the packet} Bytes outside [offset, offset+caplen) are not its. */
  public byte[] buffer() { return buffer; }

  /** {@return where the packet's first byte is in {@link #buffer()}} */
  public int offset() { return offset; }

  /** {@return how many bytes were captured} */
  public int caplen() { return caplen; }

  /** {@return the packet's length on the wire} at least {@link #caplen()} in a sane capture. */
  public int wirelen() { return wirelen; }

  /** {@return the capture time in nanoseconds since the Unix epoch} */
  public long timestampNanos() { return timestampNanos; }

  /**
   * {@return the fraction of the time stamp in nanoseconds as the record stored it} Below 10^9
   * except in a damaged pcap record; {@code timestampNanos() - fractionNanos()} is whole seconds.
   */
  public long fractionNanos() { return fractionNanos; }

  /** {@return the DLT number of the packet's link layer} (see {@code io.jdump.bpf.LinkType}) */
  public int dlt() { return dlt; }

  /** {@return the pcapng interface the packet came from; 0 for pcap files and live capture} */
  public int interfaceId() { return interfaceId; }
}
