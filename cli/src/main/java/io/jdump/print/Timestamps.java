package io.jdump.print;

import io.jdump.capture.Packet;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.TimeZone;

/**
 * Prints each packet's time stamp as tcpdump's {@code ts_print} does, followed by a space.
 * Local times use the zone of the options; the zone offset is looked up once per second of
 * capture time, not per packet.
 */
final class Timestamps {
  /** 1900-01-01T00:00:00Z: java.util's zones know no earlier transition. */
  private static final long YEAR_1900 = -2_208_988_800L;
  /** The seconds of 400 Gregorian years, after which the calendar repeats. */
  private static final long FOUR_CENTURIES = 146_097L * 86_400;

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
   * fraction as libpcap gave them, at the printed precision. Both zero means unset, as tcpdump's
   * {@code timevalisset}: a packet stamped at the epoch leaves the next one as its own reference.
   */
  private long refSec;
  private long refFrac;
  private long cachedSecond = Long.MIN_VALUE;
  /** The zone's java.time rules, for {@link #distantOffset} only: null until needed. */
  private ZoneRules rules;
  private long cachedLocalSecond;

  /** {@code zone}: null for the system's (tcpdump's TZ or /etc/localtime). */
  Timestamps(TimestampStyle style, boolean nano, ZoneId zone) {
    this.style = style;
    this.nano = nano;
    this.zone = zone == null ? TimeZone.getDefault() : TimeZone.getTimeZone(zone);
  }

  /**
   * tcpdump's {@code ts_print} of a packet's time stamp: libpcap's struct timeval for it, whose
   * fraction is at the precision tcpdump opened the file with (the reader works both out).
   */
  void print(Packet packet, StringBuilder sb) {
    long fraction = nano ? packet.timevalNanos() : packet.timevalMicros();
    printTimeval(packet.timevalSeconds(), fraction, sb);
  }

  /**
   * tcpdump's -ttt and -ttttt: the time since the reference in its struct timeval arithmetic
   * (64-bit longs; fractions subtracted as libpcap gave them, one second borrowed when
   * negative; a damaged record's overlong fraction stays as it is), then, for -ttt, this time
   * as the next reference.
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
   * tcpdump's {@code ts_print} of a struct timeval: a packet's, or one found inside a packet
   * (MFR's time stamp element, in the capturing host's order). {@code usec} is printed as C's
   * %06u or %09u of its low 32 bits; the delta styles subtract in 64-bit longs, as tcpdump
   * does, from the one reference that packets' and elements' times share (tcpdump's static
   * one). A time no C library converts prints tcpdump's "[Error converting time]".
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

  /** C's {@code gmtime} and {@code localtime} fail when the year does not fit tm_year, an int. */
  private static boolean yearFits(long days) {
    long years = year(days) - 1900;
    return years == (int) years;
  }

  /** {@return the proleptic Gregorian year of a day counted from 1970-01-01} (as {@link #civil}) */
  private static long year(long days) {
    long z = days + 719468;
    long era = Math.floorDiv(z, 146097);
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    return yoe + era * 400 + (mp >= 10 ? 1 : 0);
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

  /** {@return the seconds since the epoch in the printer's local time} (also for packets' times) */
  long localSeconds(long sec) {
    if (sec < YEAR_1900 || sec >= Long.MAX_VALUE / 1000) return sec + distantOffset(sec);
    return sec + zone.getOffset(sec * 1000L) / 1000;
  }

  /**
   * The zone's offset before 1900 or past what milliseconds hold, as glibc's localtime finds it
   * in the zone's file: java.util's zones start in 1900 with that year's offset, java.time's
   * rules go back to local mean time (glibc's offset before the first transition). Past
   * java.time's last year the time is moved back by 400-year cycles, which repeat the calendar
   * and so the last rule's daylight saving time, as glibc's TZ-string rule does every year (up
   * to about the year 5,880,000, where glibc's count of days since 1970 overflows an int and its
   * daylight saving time goes wrong; jdump's does not). Rare (a pcapng's 64-bit seconds, a time
   * inside a packet): java.time is loaded only here.
   */
  private long distantOffset(long sec) {
    if (rules == null) rules = zone.toZoneId().getRules();
    long s = sec;
    if (s > Instant.MAX.getEpochSecond()) {
      s -= ((s - Instant.MAX.getEpochSecond()) / FOUR_CENTURIES + 1) * FOUR_CENTURIES;
    }
    s = Math.max(s, Instant.MIN.getEpochSecond());
    return rules.getOffset(Instant.ofEpochSecond(s)).getTotalSeconds();
  }

  /** strftime's [%Y-%m-%d ]%H:%M:%S of seconds counted from the (local) epoch. */
  static void hms(StringBuilder sb, long sec, boolean date) {
    dateTime(sb, sec, date ? '-' : 0);
  }

  /**
   * strftime's "%Y/%m/%d %H:%M:%S" of seconds counted from the (local) epoch, as tcpdump prints
   * times inside packets (RX's dates, ZEP's time stamps).
   */
  static void slashDateTime(StringBuilder sb, long local) {
    dateTime(sb, local, '/');
  }

  /** The date with {@code sep} between its fields (none when 0), then the time of day. */
  private static void dateTime(StringBuilder sb, long sec, char sep) {
    long days = Math.floorDiv(sec, 86400);
    int tod = (int) Math.floorMod(sec, 86400);
    if (sep != 0) civil(sb, days, sep);
    Text.zeroPad(sb, tod / 3600, 2);
    sb.append(':');
    Text.zeroPad(sb, tod / 60 % 60, 2);
    sb.append(':');
    Text.zeroPad(sb, tod % 60, 2);
  }

  /** Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm). */
  private static void civil(StringBuilder sb, long z, char sep) {
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
    sb.append((int) y); // glibc's %Y: no padding, the year as a C int (tm_year + 1900 wraps)
    sb.append(sep);
    Text.zeroPad(sb, m, 2);
    sb.append(sep);
    Text.zeroPad(sb, d, 2);
    sb.append(' ');
  }
}
