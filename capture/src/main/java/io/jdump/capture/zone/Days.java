package io.jdump.capture.zone;

/**
 * The proleptic Gregorian date of a count of days from 1970-01-01, for any count a long holds
 * (Howard Hinnant's days-to-civil algorithm, its eras of 400 years): what glibc's offtime
 * computes for struct tm, without a java.time object per call.
 *
 * <pre>{@code
 * long days = Math.floorDiv(localSeconds, 86400);
 * String date = Days.year(days) + "-" + Days.month(days) + "-" + Days.dayOfMonth(days);
 * }</pre>
 */
public final class Days {
  private Days() {}

  /**
   * {@return the year of the day}
   *
   * @param days days since 1970-01-01, negative before
   */
  public static long year(long days) {
    long doe = dayOfEra(days);
    long yoe = yearOfEra(doe);
    return yoe + Math.floorDiv(days + 719468, 146097) * 400 + (monthIndex(doe, yoe) >= 10 ? 1 : 0);
  }

  /**
   * {@return the month of the day}, 1 to 12
   *
   * @param days days since 1970-01-01
   */
  public static int month(long days) {
    long doe = dayOfEra(days);
    long mp = monthIndex(doe, yearOfEra(doe));
    return (int) (mp < 10 ? mp + 3 : mp - 9);
  }

  /**
   * {@return the day of the month}, 1 to 31
   *
   * @param days days since 1970-01-01
   */
  public static int dayOfMonth(long days) {
    long doe = dayOfEra(days);
    long yoe = yearOfEra(doe);
    long doy = dayOfYearFromMarch(doe, yoe);
    return (int) (doy - (153 * monthIndex(doe, yoe) + 2) / 5 + 1);
  }

  /** The day within its 400-year era, eras starting on March 1st of year 0. */
  private static long dayOfEra(long days) {
    long z = days + 719468;
    return z - Math.floorDiv(z, 146097) * 146097;
  }

  private static long yearOfEra(long doe) {
    return (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  }

  private static long dayOfYearFromMarch(long doe, long yoe) {
    return doe - (365 * yoe + yoe / 4 - yoe / 100);
  }

  /** Months from March: 0 is March, 10 January, 11 February. */
  private static long monthIndex(long doe, long yoe) {
    return (5 * dayOfYearFromMarch(doe, yoe) + 2) / 153;
  }
}
