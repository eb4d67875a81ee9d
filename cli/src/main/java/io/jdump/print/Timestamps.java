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
   * Reference for the delta styles, a struct timeval as tcpdump keeps it: seconds and the
   * fraction as stored, at the printed precision. Both zero means unset, as tcpdump's
   * {@code timevalisset}: a packet stamped at the epoch leaves the next one as its own reference.
   */
  private long refSec;
  private long refFrac;
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
    if (sec >= 0x80000000L && sec <= 0xffffffffL) sec -= 0x100000000L;
    switch (style) {
      case NONE -> { }
      case TIME_OF_DAY, DATE_TIME -> {
        if (((int) sec) < 0) {
          sb.append("[Error converting time]");
        } else {
          hms(sb, local(sec), style == TimestampStyle.DATE_TIME);
          rawFrac(sb, nano ? frac : frac / 1000);
        }
        sb.append(' ');
      }
      case EPOCH -> {
        if (((int) sec) < 0) {
          sb.append("[Error converting time]");
        } else {
          sb.append(sec & 0xffffffffL);
          rawFrac(sb, nano ? frac : frac / 1000);
        }
        sb.append(' ');
      }
      case DELTA_PREVIOUS, DELTA_FIRST -> {
        delta(sb, sec, libpcapFraction(frac));
        sb.append(' ');
      }
    }
  }

  /**
   * The fraction as libpcap hands it to tcpdump, at the printed precision: a record's 32-bit
   * field read as signed (a damaged one of 2^31 or more is negative, which the delta styles
   * subtract as such), scaled as libpcap scales it (micro: a nano file's divided by 1000).
   * The stored fraction comes in nanoseconds: a micro file's times 1000, a nano file's as is;
   * at nano precision one above 2^32 can only be a micro file's.
   */
  private long libpcapFraction(long fracNanos) {
    if (!nano) return (int) (fracNanos / 1000);
    return fracNanos <= 0xffffffffL ? (int) fracNanos : (int) (fracNanos / 1000) * 1000L;
  }

  /**
   * tcpdump's -ttt and -ttttt: the time since the reference in its struct timeval arithmetic
   * (fractions subtracted as stored, one second borrowed when negative; a damaged record's
   * overlong fraction stays as it is), then, for -ttt, this time as the next reference.
   */
  private void delta(StringBuilder sb, long sec, long frac) {
    if (refSec == 0 && refFrac == 0) {
      refSec = sec;
      refFrac = frac;
    }
    boolean negative = sec == refSec ? frac < refFrac : sec < refSec;
    long ds = negative ? refSec - sec : sec - refSec;
    long df = negative ? refFrac - frac : frac - refFrac;
    if (df < 0) {
      ds--;
      df += nano ? 1_000_000_000L : 1_000_000L;
    }
    sb.append(negative ? '-' : ' ');
    if ((int) ds < 0 || !yearFits(Math.floorDiv(ds, 86400))) {
      sb.append("[Error converting time]");
    } else {
      hms(sb, ds, false);
      rawFrac(sb, df);
    }
    if (style == TimestampStyle.DELTA_PREVIOUS) {
      refSec = sec;
      refFrac = frac;
    }
  }

  /**
   * tcpdump's {@code ts_print} of a struct timeval found inside a packet (MFR's time stamp
   * element, in the capturing host's order): the style's form of it, {@code usec} printed as
   * read at the file's precision, and for the delta styles measured from, and (for -ttt) made,
   * the reference the packets' own time stamps use, as tcpdump's one static reference is. A
   * time no C library converts prints tcpdump's "[Error converting time]".
   */
  void printTimeval(long sec, long usec, StringBuilder sb) {
    switch (style) {
      case NONE -> {
        return;
      }
      case TIME_OF_DAY, DATE_TIME -> {
        if ((int) sec < 0 || !yearFits(Math.floorDiv(local(sec), 86400))) {
          sb.append("[Error converting time]");
        } else {
          hms(sb, local(sec), style == TimestampStyle.DATE_TIME);
          rawFrac(sb, usec);
        }
      }
      case EPOCH -> {
        if ((int) sec < 0) {
          sb.append("[Error converting time]");
        } else {
          sb.append(sec & 0xffffffffL);
          rawFrac(sb, usec);
        }
      }
      case DELTA_PREVIOUS, DELTA_FIRST -> delta(sb, sec, usec);
    }
    sb.append(' ');
  }

  /** C's {@code localtime} gives up when the year does not fit {@code tm_year}, an int. */
  private static boolean yearFits(long days) {
    long years = Math.floorDiv(days, 146097) * 400 + 1970; // a bound: 400 years every 146097 days
    return years - 1900 <= Integer.MAX_VALUE && years - 1900 >= Integer.MIN_VALUE;
  }

  /** tcpdump's {@code ts_frac_print}: the fraction as stored, as C's %06u or %09u of 32 bits. */
  private void rawFrac(StringBuilder sb, long fraction) {
    sb.append('.');
    Text.zeroPad(sb, fraction & 0xffffffffL, nano ? 9 : 6);
  }

  private long local(long sec) {
    if (sec != cachedSecond) {
      cachedSecond = sec;
      cachedLocalSecond = localSeconds(sec);
    }
    return cachedLocalSecond;
  }

  /** {@return the seconds since the epoch in the printer's local time} (for times inside packets) */
  long localSeconds(long sec) {
    // past what milliseconds hold (an element's time, not a record's), the standard offset
    return sec + (Math.abs(sec) < Long.MAX_VALUE / 1000
        ? zone.getOffset(sec * 1000L) : zone.getRawOffset()) / 1000;
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
