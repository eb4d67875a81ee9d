package io.jdump.capture.live;

import java.util.Optional;

/**
 * How a device is opened: tcpdump's capture flags, applied by {@link LiveSource#open} in
 * tcpdump's order. Start from {@link #defaults()} (tcpdump's defaults) and change with the
 * {@code with...} methods.
 *
 * <pre>{@code
 * var o = LiveOptions.defaults().withSnaplen(96).withPromisc(false).withImmediate(true)
 *     .withDirection(Optional.of(Direction.IN));   // -s 96 -p --immediate-mode -Q in
 * }</pre>
 *
 * @param snaplen        {@code -s}: bytes kept per packet; 0 leaves libpcap's default (262144)
 * @param promisc        false for {@code -p}
 * @param bufferSizeKiB  {@code -B}: kernel buffer in KiB; 0 leaves libpcap's default
 * @param immediate      {@code --immediate-mode}: deliver each packet as it arrives
 * @param timeoutMs      the read timeout; tcpdump uses 1000, or 100 when printing packets to a
 *                       terminal or with {@code -l}
 * @param precision      {@code --time-stamp-precision}
 * @param timestampType  {@code -j}: a {@code PCAP_TSTAMP_*} value
 *                       ({@link PcapLibrary#timestampTypeValue}), or -1 for the device's default
 * @param rfmon          {@code -I}: monitor mode
 * @param direction      {@code -Q}; empty leaves libpcap's default (both ways)
 * @param datalink       {@code -y}: a DLT ({@link PcapLibrary#datalinkValue}), or -1 for the
 *                       device's default (LINUX_SLL2 on {@code any}, as tcpdump 4.99)
 */
public record LiveOptions(int snaplen, boolean promisc, int bufferSizeKiB, boolean immediate,
    int timeoutMs, TimestampPrecision precision, int timestampType, boolean rfmon,
    Optional<Direction> direction, int datalink) {
  /** tcpdump's {@code MAXIMUM_SNAPLEN}. */
  public static final int MAXIMUM_SNAPLEN = 262144;

  /**
   * Checks the ranges tcpdump checks.
   *
   * @param snaplen       {@code -s}
   * @param promisc       false for {@code -p}
   * @param bufferSizeKiB {@code -B}
   * @param immediate     {@code --immediate-mode}
   * @param timeoutMs     the read timeout
   * @param precision     {@code --time-stamp-precision}
   * @param timestampType {@code -j}, or -1
   * @param rfmon         {@code -I}
   * @param direction     {@code -Q}
   * @param datalink      {@code -y}, or -1
   * @throws IllegalArgumentException for a snap length or buffer size out of range
   */
  public LiveOptions {
    if (snaplen < 0 || snaplen > MAXIMUM_SNAPLEN) {
      throw new IllegalArgumentException("snaplen out of range: " + snaplen);
    }
    if (bufferSizeKiB < 0 || bufferSizeKiB > Integer.MAX_VALUE / 1024) {
      throw new IllegalArgumentException("buffer size out of range: " + bufferSizeKiB);
    }
    if (precision == null || direction == null) throw new NullPointerException();
  }

  /** {@return tcpdump's defaults: full snaplen, promiscuous, 1 s timeout, microseconds} */
  public static LiveOptions defaults() {
    return new LiveOptions(0, true, 0, false, 1000, TimestampPrecision.MICRO, -1, false,
        Optional.empty(), -1);
  }

  /**
   * {@return these options with {@code -s}}
   *
   * @param v bytes kept per packet, 0 for libpcap's default
   */
  public LiveOptions withSnaplen(int v) {
    return new LiveOptions(v, promisc, bufferSizeKiB, immediate, timeoutMs, precision,
        timestampType, rfmon, direction, datalink);
  }

  /**
   * {@return these options with or without {@code -p}}
   *
   * @param v false for {@code -p}
   */
  public LiveOptions withPromisc(boolean v) {
    return new LiveOptions(snaplen, v, bufferSizeKiB, immediate, timeoutMs, precision,
        timestampType, rfmon, direction, datalink);
  }

  /**
   * {@return these options with {@code -B}}
   *
   * @param v the kernel buffer in KiB, 0 for libpcap's default
   */
  public LiveOptions withBufferSizeKiB(int v) {
    return new LiveOptions(snaplen, promisc, v, immediate, timeoutMs, precision,
        timestampType, rfmon, direction, datalink);
  }

  /**
   * {@return these options with or without {@code --immediate-mode}}
   *
   * @param v true to deliver each packet as it arrives
   */
  public LiveOptions withImmediate(boolean v) {
    return new LiveOptions(snaplen, promisc, bufferSizeKiB, v, timeoutMs, precision,
        timestampType, rfmon, direction, datalink);
  }

  /**
   * {@return these options with another read timeout}
   *
   * @param v milliseconds
   */
  public LiveOptions withTimeoutMs(int v) {
    return new LiveOptions(snaplen, promisc, bufferSizeKiB, immediate, v, precision,
        timestampType, rfmon, direction, datalink);
  }

  /**
   * {@return these options with {@code --time-stamp-precision}}
   *
   * @param v micro or nano
   */
  public LiveOptions withPrecision(TimestampPrecision v) {
    return new LiveOptions(snaplen, promisc, bufferSizeKiB, immediate, timeoutMs, v,
        timestampType, rfmon, direction, datalink);
  }

  /**
   * {@return these options with {@code -j}}
   *
   * @param v a {@code PCAP_TSTAMP_*} value, or -1 for the device's default
   */
  public LiveOptions withTimestampType(int v) {
    return new LiveOptions(snaplen, promisc, bufferSizeKiB, immediate, timeoutMs, precision,
        v, rfmon, direction, datalink);
  }

  /**
   * {@return these options with or without {@code -I}}
   *
   * @param v true for monitor mode
   */
  public LiveOptions withRfmon(boolean v) {
    return new LiveOptions(snaplen, promisc, bufferSizeKiB, immediate, timeoutMs, precision,
        timestampType, v, direction, datalink);
  }

  /**
   * {@return these options with {@code -Q}}
   *
   * @param v the direction, or empty for both
   */
  public LiveOptions withDirection(Optional<Direction> v) {
    return new LiveOptions(snaplen, promisc, bufferSizeKiB, immediate, timeoutMs, precision,
        timestampType, rfmon, v, datalink);
  }

  /**
   * {@return these options with {@code -y}}
   *
   * @param v a DLT, or -1 for the device's default
   */
  public LiveOptions withDatalink(int v) {
    return new LiveOptions(snaplen, promisc, bufferSizeKiB, immediate, timeoutMs, precision,
        timestampType, rfmon, direction, v);
  }
}
