package io.jdump.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * tcpdump's default time stamp, {@code HH:MM:SS.uuuuuu} in local time (nine fraction digits with
 * nanosecond precision), written into a caller's byte array without allocating: the zone's
 * offset is looked up once and again only when a packet crosses a transition (a DST change).
 *
 * <pre>{@code
 * int end = new TimeOfDay(ZoneId.systemDefault(), false).format(nanos, line, 0);
 * }</pre>
 */
final class TimeOfDay {
  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private final ZoneRules rules;
  private final boolean nano;
  /** The offset in seconds valid for epoch seconds in [validFrom, validUntil). */
  private int offsetSeconds;
  private long validFrom = Long.MAX_VALUE;
  private long validUntil = Long.MIN_VALUE;

  TimeOfDay(ZoneId zone, boolean nano) {
    this.rules = zone.getRules();
    this.nano = nano;
  }

  /** Writes the time of day of {@code epochNanos} at {@code pos}; {@return the position after it} */
  int format(long epochNanos, byte[] into, int pos) {
    long seconds = Math.floorDiv(epochNanos, NANOS_PER_SECOND);
    long fraction = Math.floorMod(epochNanos, NANOS_PER_SECOND);
    if (seconds < validFrom || seconds >= validUntil) lookUpOffset(seconds);
    long secondOfDay = Math.floorMod(seconds + offsetSeconds, 86_400L);
    pos = twoDigits((int) (secondOfDay / 3600), into, pos);
    into[pos++] = ':';
    pos = twoDigits((int) (secondOfDay / 60 % 60), into, pos);
    into[pos++] = ':';
    pos = twoDigits((int) (secondOfDay % 60), into, pos);
    into[pos++] = '.';
    return nano ? digits(fraction, 9, into, pos) : digits(fraction / 1000, 6, into, pos);
  }

  /** The slow path, once per zone transition crossed: allocation here is rare and bounded. */
  private void lookUpOffset(long seconds) {
    Instant at = Instant.ofEpochSecond(seconds);
    offsetSeconds = rules.getOffset(at).getTotalSeconds();
    ZoneOffsetTransition previous = rules.previousTransition(at.plusSeconds(1));
    ZoneOffsetTransition next = rules.nextTransition(at);
    validFrom = previous == null ? Long.MIN_VALUE : previous.toEpochSecond();
    validUntil = next == null ? Long.MAX_VALUE : next.toEpochSecond();
  }

  private static int twoDigits(int value, byte[] into, int pos) {
    into[pos] = (byte) ('0' + value / 10);
    into[pos + 1] = (byte) ('0' + value % 10);
    return pos + 2;
  }

  private static int digits(long value, int width, byte[] into, int pos) {
    for (int i = width - 1; i >= 0; i--) {
      into[pos + i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    return pos + width;
  }
}
