package io.jdump.print;

/**
 * How each line's time stamp is printed, after the number of {@code -t} flags given.
 *
 * <pre>{@code
 * TimestampStyle s = TimestampStyle.forTFlags(4);   // DATE: "2026-11-25 16:29:15.498933"
 * }</pre>
 */
public enum TimestampStyle {
  /** No {@code -t}: local time of day, {@code 16:29:15.498933}. */
  TIME_OF_DAY,
  /** {@code -t}: no time stamp. */
  NONE,
  /** {@code -tt}: seconds since the epoch, {@code 1795624155.498933}. */
  EPOCH,
  /** {@code -ttt}: time since the previous packet, {@code  00:00:00.000053}. */
  DELTA_PREVIOUS,
  /** {@code -tttt}: local date and time, {@code 2026-11-25 16:29:15.498933}. */
  DATE_TIME,
  /** {@code -ttttt}: time since the first packet. */
  DELTA_FIRST;

  /** {@return the style for this many {@code -t} flags} More than five count as five. */
  public static TimestampStyle forTFlags(int count) {
    return values()[Math.max(0, Math.min(count, 5))];
  }
}
