package io.jdump.capture.zone;

/**
 * A POSIX TZ string's zone (its standard and daylight saving time and the two rules between
 * them) computed as glibc's {@code __tz_compute} does: each rule's change in the UTC year of the
 * time asked about, daylight saving time between them (across the new year when the end comes
 * first, as in the southern hemisphere). Its quirks are kept: years before 1971 take 1970's
 * January 1st, and the count of days to a year's start is a C int, which overflows past the
 * year 5,800,000.
 *
 * @param stdName  standard time's abbreviation
 * @param stdOffset standard time's UTC offset in seconds (east positive)
 * @param dstName  daylight saving time's abbreviation (the standard one when there is none)
 * @param dstOffset daylight saving time's UTC offset
 * @param start    the rule that starts daylight saving time
 * @param end      the rule that ends it
 */
record PosixZone(String stdName, int stdOffset, String dstName, int dstOffset, Rule start,
    Rule end) implements LocalZone {
  /** UTC: glibc's zone when no file and no TZ string says otherwise. */
  static final PosixZone UTC = new PosixZone("UTC", 0, "UTC", 0, Rule.NONE, Rule.NONE);

  private static final int DAY = 86400;
  /** Days before each month, in common and leap years (glibc's __mon_yday). */
  private static final int[][] MONTH_DAYS = {
      {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365},
      {0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366}};

  /**
   * When a rule changes the clock: Julian day {@code J1} (1 to 365, no leap day), zero-based
   * day {@code J0} (0 to 365) or {@code M} (day {@code d} of week {@code n} of month {@code m}),
   * at {@code secs} local seconds after midnight.
   *
   * @param kind J0, J1 or M
   * @param d    the day (J0, J1) or weekday (M)
   * @param m    the month (M)
   * @param n    the week, 5 for the last (M)
   * @param secs the time of day
   */
  record Rule(Kind kind, int d, int m, int n, int secs) {
    /** glibc's zeroed rule: day 0 at midnight, what a rule it cannot parse leaves. */
    static final Rule NONE = new Rule(Kind.J0, 0, 0, 0, 0);
  }

  /** The three ways a rule names its day. */
  enum Kind { J0, J1, M }

  @Override
  public int offset(long t) {
    return dst(t) ? dstOffset : stdOffset;
  }

  @Override
  public String abbreviation(long t) {
    return dst(t) ? dstName : stdName;
  }

  private boolean dst(long t) {
    int year = (int) utcYear(t);
    long on = change(start, year, stdOffset);
    long off = change(end, year, dstOffset);
    return on > off ? t < off || t >= on : t >= on && t < off;
  }

  /** glibc's {@code compute_change}: the UTC time of the rule's change in {@code year}. */
  private static long change(Rule rule, int year, int offset) {
    long t = 0;
    if (year > 1970) {
      // a C int, as glibc's: it wraps past the year 5,800,000
      int days = (year - 1970) * 365 + ((year - 1) / 4 - 1970 / 4)
          - ((year - 1) / 100 - 1970 / 100) + ((year - 1) / 400 - 1970 / 400);
      t = days * (long) DAY;
    }
    boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    switch (rule.kind()) {
      case J1 -> {
        t += (rule.d() - 1) * (long) DAY;
        if (rule.d() >= 60 && leap) t += DAY;
      }
      case J0 -> t += rule.d() * (long) DAY;
      case M -> {
        int[] days = MONTH_DAYS[leap ? 1 : 0];
        int m = rule.m();
        // glibc reads outside its month table for a month its parser refused; none here
        if (m < 1 || m > 12) return t - offset + rule.secs();
        t += days[m - 1] * (long) DAY;
        // Zeller's congruence: the weekday of the month's first day
        int m1 = (m + 9) % 12 + 1;
        int yy0 = m <= 2 ? year - 1 : year;
        int yy1 = yy0 / 100;
        int yy2 = yy0 % 100;
        int dow = ((26 * m1 - 2) / 10 + 1 + yy2 + yy2 / 4 + yy1 / 4 - 2 * yy1) % 7;
        if (dow < 0) dow += 7;
        int d = rule.d() - dow;
        if (d < 0) d += 7;
        for (int i = 1; i < rule.n(); i++) {
          if (d + 7 >= days[m] - days[m - 1]) break;
          d += 7;
        }
        t += d * (long) DAY;
      }
    }
    return t - offset + rule.secs();
  }

  /** The proleptic Gregorian year of {@code t} in UTC (glibc's {@code __offtime(t, 0)}). */
  static long utcYear(long t) {
    return Days.year(Math.floorDiv(t, DAY));
  }
}
