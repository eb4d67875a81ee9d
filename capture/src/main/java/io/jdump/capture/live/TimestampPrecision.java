package io.jdump.capture.live;

/**
 * The resolution of capture time stamps ({@code --time-stamp-precision}), as libpcap's
 * {@code PCAP_TSTAMP_PRECISION_*}.
 *
 * <pre>{@code
 * TimestampPrecision p = TimestampPrecision.parse("nano");   // NANO
 * }</pre>
 */
public enum TimestampPrecision {
  /** Microseconds: libpcap's default. */
  MICRO(0, "micro"),
  /** Nanoseconds. */
  NANO(1, "nano");

  private final int pcapValue;
  private final String word;

  TimestampPrecision(int pcapValue, String word) {
    this.pcapValue = pcapValue;
    this.word = word;
  }

  /** {@return the value handed to {@code pcap_set_tstamp_precision}} */
  public int pcapValue() {
    return pcapValue;
  }

  /** {@return "micro" or "nano"} as tcpdump's messages say it */
  public String word() {
    return word;
  }

  static TimestampPrecision ofPcapValue(int v) {
    return v == NANO.pcapValue ? NANO : MICRO;
  }

  /**
   * {@return the precision an argument names} As tcpdump, only the start is compared:
   * {@code nano}, {@code nanoseconds}, {@code micro}, {@code microseconds} all work.
   *
   * @throws LiveCaptureException {@code unsupported time stamp precision}
   * @param arg what {@code --time-stamp-precision} was given
   */
  public static TimestampPrecision parse(String arg) throws LiveCaptureException {
    if (arg.startsWith("nano")) return NANO;
    if (arg.startsWith("micro")) return MICRO;
    throw new LiveCaptureException("unsupported time stamp precision");
  }
}
