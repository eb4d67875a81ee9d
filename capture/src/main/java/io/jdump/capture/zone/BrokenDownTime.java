package io.jdump.capture.zone;

/**
 * C's {@code struct tm} as glibc's localtime fills it, for strftime.
 *
 * @param year    the year (tm_year + 1900)
 * @param month   1 to 12 (tm_mon + 1)
 * @param day     1 to 31
 * @param hour    0 to 23
 * @param minute  0 to 59
 * @param second  0 to 60 (a leap second)
 * @param weekday 0 (Sunday) to 6
 * @param yearDay 0 to 365
 * @param offset  UTC offset in seconds (tm_gmtoff)
 * @param zone    the zone's abbreviation (tm_zone)
 * @param epochSecond the time, seconds since 1970 (what strftime's %s prints)
 */
public record BrokenDownTime(long year, int month, int day, int hour, int minute, int second,
    int weekday, int yearDay, int offset, String zone, long epochSecond) {
  private static final int[] MONTH_START = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

  /**
   * {@return glibc's localtime of {@code t} in {@code zone}}
   *
   * <pre>{@code
   * var tm = BrokenDownTime.of(1_750_000_000L, LocalZone.of("Europe/Paris", null));
   * }</pre>
   *
   * @param t    seconds since 1970, UTC
   * @param zone the zone
   */
  public static BrokenDownTime of(long t, LocalZone zone) {
    long local = zone.local(t);
    long days = Math.floorDiv(local, 86400);
    int tod = (int) Math.floorMod(local, 86400);
    long year = Days.year(days);
    int month = Days.month(days);
    int day = Days.dayOfMonth(days);
    boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    int yearDay = MONTH_START[month - 1] + day - 1 + (leap && month > 2 ? 1 : 0);
    int weekday = (int) Math.floorMod(days + 4, 7); // 1970-01-01 was a Thursday
    return new BrokenDownTime(year, month, day, tod / 3600, tod / 60 % 60,
        tod % 60 + zone.leapSecond(t), weekday, yearDay, zone.offset(t), zone.abbreviation(t), t);
  }
}
