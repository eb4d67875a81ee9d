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
  /**
   * libpcap's struct timeval: seconds, and the fraction at micro and at nano precision; valid
   * when {@code timeval}, else derived from {@code timestampNanos} when asked (so that sources
   * that read no file pay nothing for it).
   */
  private long seconds;
  private long micros;
  private long nanos;
  private boolean timeval;
  private int dlt;
  private int interfaceId;

  /**
   * Points this view at a packet; called by sources for each packet they read. libpcap's view
   * of its time ({@link #timevalSeconds()} and the fractions) is derived from
   * {@code timestampNanos}, as libpcap reports a time it did not read from a file (live
   * capture); a file reader then sets the one libpcap reads with {@link #setTimeval}.
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
    this.buffer = buffer;
    this.offset = offset;
    this.caplen = caplen;
    this.wirelen = wirelen;
    this.timestampNanos = timestampNanos;
    this.dlt = dlt;
    this.interfaceId = interfaceId;
    this.timeval = false;
  }

  /**
   * Sets libpcap's view of the packet's time, after {@link #set}: the {@code ts} of the struct
   * pcap_pkthdr that libpcap 1.10 fills from the record, opened at microsecond precision (as
   * tcpdump opens a file) and at nanosecond precision (tcpdump's {@code --nano}). It is what
   * tcpdump prints, and may differ from {@link #timestampNanos()}: a pcap file's 32-bit fields
   * are signed when the file has the host's byte order (unsigned in the other), so 2038 and
   * later come out before 1970 and a damaged fraction of 2^31 or more negative; a fraction of a
   * second or more stays a fraction; pcapng seconds are 64-bit; libpcap scales fractions in
   * 64-bit arithmetic that a fine binary resolution overflows.
   *
   * @param seconds {@code tv_sec}
   * @param micros  {@code tv_usec} at microsecond precision
   * @param nanos   {@code tv_usec} at nanosecond precision
   */
  public void setTimeval(long seconds, long micros, long nanos) {
    this.seconds = seconds;
    this.micros = micros;
    this.nanos = nanos;
    this.timeval = true;
  }

  /** {@return the array holding the packet} Bytes outside [offset, offset+caplen) are not its. */
  public byte[] buffer() { return buffer; }

  /** {@return where the packet's first byte is in {@link #buffer()}} */
  public int offset() { return offset; }

  /** {@return how many bytes were captured} */
  public int caplen() { return caplen; }

  /** {@return the packet's length on the wire} at least {@link #caplen()} in a sane capture. */
  public int wirelen() { return wirelen; }

  /**
   * {@return the capture time in nanoseconds since the Unix epoch} what writers write; the
   * printer prints libpcap's view instead ({@link #timevalSeconds()} and the fractions).
   */
  public long timestampNanos() { return timestampNanos; }

  /**
   * {@return libpcap's {@code tv_sec} for the packet} seconds since the epoch as libpcap 1.10
   * reports them (see {@link #setTimeval}); tcpdump prints these.
   */
  public long timevalSeconds() {
    return timeval ? seconds : Math.floorDiv(timestampNanos, 1_000_000_000L);
  }

  /** {@return libpcap's {@code tv_usec} for the packet at microsecond precision} */
  public long timevalMicros() {
    return timeval ? micros : Math.floorMod(timestampNanos, 1_000_000_000L) / 1000;
  }

  /** {@return libpcap's {@code tv_usec} for the packet at nanosecond precision} */
  public long timevalNanos() {
    return timeval ? nanos : Math.floorMod(timestampNanos, 1_000_000_000L);
  }

  /** {@return the DLT number of the packet's link layer} (see {@code io.jdump.bpf.LinkType}) */
  public int dlt() { return dlt; }

  /** {@return the pcapng interface the packet came from; 0 for pcap files and live capture} */
  public int interfaceId() { return interfaceId; }
}
