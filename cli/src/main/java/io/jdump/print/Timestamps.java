package io.jdump.print;

import java.time.ZoneId;
import java.util.TimeZone;

/**
 * Prints each packet's time stamp as tcpdump's {@code ts_print} does, followed by a space.
 * Local times use the zone of the options; the zone offset is looked up once per second of
 * capture time, not per packet.
 */
final class Timestamps {
  private final TimestampStyle style;
  private final boolean nano;
  /**
   * java.util's zone rather than java.time's rules: both read the JDK's tzdb.dat, but
   * ZoneId.systemDefault() and getRules() also start java.time's rules provider (a service
   * lookup), ~15 ms of a cold start that prints a dozen lines.
   */
  private final TimeZone zone;
  /**
   * Reference for the delta styles. Zero means unset, as tcpdump's {@code timevalisset}: a
   * packet stamped at the epoch leaves the next one as its own reference, as in tcpdump.
   */
  private long refNanos;
  private long cachedSecond = Long.MIN_VALUE;
  private long cachedLocalSecond;

  /** {@code zone}: null for the system's (tcpdump's TZ or /etc/localtime). */
  Timestamps(TimestampStyle style, boolean nano, ZoneId zone) {
    this.style = style;
    this.nano = nano;
    this.zone = zone == null ? TimeZone.getDefault() : TimeZone.getTimeZone(zone);
  }

  /**
   * {@code fracNanos}: the fraction as the record stored it; a damaged record's second or more
   * is printed whole after the seconds, as tcpdump's %06u does, not carried into them.
   */
  void print(long tsNanos, long fracNanos, StringBuilder sb) {
    long sec = Math.floorDiv(tsNanos - fracNanos, 1_000_000_000L);
    long frac = fracNanos;
    // libpcap keeps a pcap file's 32-bit seconds signed: 2038 and later read as before 1970
    if (sec >= 0x80000000L && sec <= 0xffffffffL) {
      sec -= 0x100000000L;
      tsNanos = sec * 1_000_000_000L + frac;
    }
    switch (style) {
      case NONE -> { }
      case TIME_OF_DAY, DATE_TIME -> {
        if (((int) sec) < 0) {
          sb.append("[Error converting time]");
        } else {
          hms(sb, local(sec), style == TimestampStyle.DATE_TIME);
          frac(sb, frac);
        }
        sb.append(' ');
      }
      case EPOCH -> {
        if (((int) sec) < 0) {
          sb.append("[Error converting time]");
        } else {
          sb.append(sec & 0xffffffffL);
          frac(sb, frac);
        }
        sb.append(' ');
      }
      case DELTA_PREVIOUS, DELTA_FIRST -> {
        // tcpdump works at the printed precision: micro truncates before subtracting
        long t = nano ? tsNanos : Math.floorDiv(tsNanos, 1000) * 1000;
        if (refNanos == 0) refNanos = t;
        long d = t - refNanos;
        sb.append(d < 0 ? '-' : ' ');
        d = Math.abs(d);
        long ds = d / 1_000_000_000L;
        if (((int) ds) < 0) {
          sb.append("[Error converting time]");
        } else {
          hms(sb, ds, false);
          frac(sb, (int) (d % 1_000_000_000L));
        }
        sb.append(' ');
        if (style == TimestampStyle.DELTA_PREVIOUS) refNanos = t;
      }
    }
  }

  private long local(long sec) {
    if (sec != cachedSecond) {
      cachedSecond = sec;
      cachedLocalSecond = sec + zone.getOffset(sec * 1000L) / 1000;
    }
    return cachedLocalSecond;
  }

  private void frac(StringBuilder sb, long nanos) {
    sb.append('.');
    if (nano) Text.zeroPad(sb, nanos, 9);
    else Text.zeroPad(sb, nanos / 1000, 6);
  }

  /** [YYYY-MM-DD ]HH:MM:SS of seconds counted from the (local) epoch. */
  static void hms(StringBuilder sb, long sec, boolean date) {
    long days = Math.floorDiv(sec, 86400);
    int tod = (int) Math.floorMod(sec, 86400);
    if (date) civil(sb, days);
    Text.zeroPad(sb, tod / 3600, 2);
    sb.append(':');
    Text.zeroPad(sb, tod / 60 % 60, 2);
    sb.append(':');
    Text.zeroPad(sb, tod % 60, 2);
  }

  /** Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm). */
  private static void civil(StringBuilder sb, long z) {
    z += 719468;
    long era = Math.floorDiv(z, 146097);
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2) y++;
    Text.zeroPad(sb, y, 4);
    sb.append('-');
    Text.zeroPad(sb, m, 2);
    sb.append('-');
    Text.zeroPad(sb, d, 2);
    sb.append(' ');
  }
}
