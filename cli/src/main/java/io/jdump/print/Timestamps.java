package io.jdump.print;

import io.jdump.capture.Packet;
import io.jdump.capture.zone.Days;
import io.jdump.capture.zone.LocalZone;

/**
 * Prints each packet's time stamp as tcpdump's {@code ts_print} does, followed by a space.
 * Local times use the zone of the options, as glibc's localtime finds it ({@link LocalZone});
 * the zone offset is looked up once per second of capture time, not per packet.
 */
final class Timestamps {
  private final TimestampStyle style;
  private final boolean nano;
  /** The zone; null until a local time is first printed when the options left it to TZ. */
  private LocalZone zone;
  /**
   * Reference for the delta styles, a struct timeval as tcpdump keeps it: seconds and the
   * fraction as libpcap gave them, at the printed precision. Both zero means unset, as tcpdump's
   * {@code timevalisset}: a packet stamped at the epoch leaves the next one as its own reference.
   */
  private long refSec;
  private long refFrac;
  private long cachedSecond = Long.MIN_VALUE;
  private long cachedLocalSecond;
  /** Seconds a leap second adds to the cached second's seconds field (it then prints :60). */
  private int cachedLeap;
  /** The zone of the last conversion, and the leap second it found. */
  private LocalZone lastZone;
  private int lastLeap;

  /** {@code zone}: null for the system's (TZ, else /etc/localtime), read when first needed. */
  Timestamps(TimestampStyle style, boolean nano, LocalZone zone) {
    this.style = style;
    this.nano = nano;
    this.zone = zone;
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
          dateTime(sb, local(sec), style == TimestampStyle.DATE_TIME ? '-' : 0, cachedLeap);
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
    long years = Days.year(days) - 1900;
    return years == (int) years;
  }


  /** tcpdump's {@code ts_frac_print}: the fraction as stored, as C's %06u or %09u of 32 bits. */
  private void rawFrac(StringBuilder sb, long fraction) {
    sb.append('.');
    Text.zeroPad(sb, fraction & 0xffffffffL, nano ? 9 : 6);
  }

  private long local(long sec) {
    if (sec != cachedSecond) {
      cachedLocalSecond = localSeconds(sec);
      cachedLeap = lastLeap;
      // a zone that glibc computes otherwise from its second conversion on starts a new cache
      cachedSecond = zone == lastZone ? sec : Long.MIN_VALUE;
    }
    return cachedLocalSecond;
  }

  /**
   * {@return the seconds since the epoch in the printer's local time} (also for packets'
   * times), as glibc's localtime: the zone's offset, less its leap seconds. tcpdump calls
   * localtime, which reruns tzset first, so the zone is the one that leaves
   * ({@link LocalZone#reread}).
   */
  long localSeconds(long sec) {
    if (zone == null) zone = LocalZone.system();
    lastZone = zone;
    zone = lastZone.reread();
    lastLeap = lastZone.leapSecond(sec);
    return lastZone.local(sec);
  }

  /** strftime's [%Y-%m-%d ]%H:%M:%S of seconds counted from the (local) epoch. */
  static void hms(StringBuilder sb, long sec, boolean date) {
    dateTime(sb, sec, date ? '-' : 0, 0);
  }

  /**
   * strftime's "%Y/%m/%d %H:%M:%S" of seconds counted from the (local) epoch, as tcpdump prints
   * times inside packets (RX's dates, ZEP's time stamps).
   */
  static void slashDateTime(StringBuilder sb, long local) {
    dateTime(sb, local, '/', 0);
  }

  /**
   * The date with {@code sep} between its fields (none when 0), then the time of day, whose
   * seconds field has {@code leap} added (glibc's {@code tm_sec} in a leap second: 60).
   */
  private static void dateTime(StringBuilder sb, long sec, char sep, int leap) {
    dateTime(sb, sec, sep, ' ', leap);
  }

  /**
   * glibc's gmtime of {@code t} as strftime's "%Y-%m-%d{between}%H:%M:%S" (tcpdump's NTP, AHCP
   * and Arista times): UTC, less the leap seconds of a zone that counts them (right/), as
   * glibc's gmtime counts them too.
   */
  void utc(StringBuilder sb, long t, char between) {
    if (zone == null) zone = LocalZone.system();
    dateTime(sb, t - zone.leapCorrection(t), '-', between, zone.leapSecond(t));
  }

  private static void dateTime(StringBuilder sb, long sec, char sep, char between, int leap) {
    long days = Math.floorDiv(sec, 86400);
    int tod = (int) Math.floorMod(sec, 86400);
    if (sep != 0) civil(sb, days, sep, between);
    Text.zeroPad(sb, tod / 3600, 2);
    sb.append(':');
    Text.zeroPad(sb, tod / 60 % 60, 2);
    sb.append(':');
    Text.zeroPad(sb, tod % 60 + leap, 2);
  }

  /** A day count from 1970-01-01 as its date, fields joined by {@code sep}, then {@code between}. */
  private static void civil(StringBuilder sb, long days, char sep, char between) {
    sb.append((int) Days.year(days)); // glibc's %Y: no padding, a C int (tm_year + 1900 wraps)
    sb.append(sep);
    Text.zeroPad(sb, Days.month(days), 2);
    sb.append(sep);
    Text.zeroPad(sb, Days.dayOfMonth(days), 2);
    sb.append(between);
  }
}
