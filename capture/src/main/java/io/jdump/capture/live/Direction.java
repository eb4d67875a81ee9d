package io.jdump.capture.live;

import java.util.Locale;

/**
 * Which way a captured packet must have gone ({@code -Q}), as libpcap's {@code pcap_direction_t}.
 *
 * <pre>{@code
 * Direction d = Direction.parse("in");   // PCAP_D_IN
 * }</pre>
 */
public enum Direction {
  /** Both ways: libpcap's default. */
  INOUT(0),
  /** Received packets only ({@code -Q in}). */
  IN(1),
  /** Sent packets only ({@code -Q out}). */
  OUT(2);

  private final int pcapValue;

  Direction(int pcapValue) {
    this.pcapValue = pcapValue;
  }

  /** {@return the {@code PCAP_D_*} value handed to {@code pcap_setdirection}} */
  public int pcapValue() {
    return pcapValue;
  }

  /**
   * {@return the direction a {@code -Q} argument names} {@code in}, {@code out} or
   * {@code inout}, in any case
   *
   * @throws LiveCaptureException tcpdump 4.99's {@code unknown capture direction `ARG'}
   * @param arg what {@code -Q} was given
   */
  public static Direction parse(String arg) throws LiveCaptureException {
    return switch (arg.toLowerCase(Locale.ROOT)) {
      case "in" -> IN;
      case "out" -> OUT;
      case "inout" -> INOUT;
      default -> throw new LiveCaptureException("unknown capture direction `" + arg + "'");
    };
  }
}
