package io.jdump.capture.zone;

/**
 * A zone that glibc computes one way on the first conversion after tzset and another on every
 * later one ({@link LocalZone#reread}): a TZ string naming daylight saving time without rules,
 * which takes posixrules' transitions.
 *
 * @param first  the zone as the first tzset leaves it
 * @param steady the zone as every later tzset leaves it
 */
record RereadZone(TzifZone first, TzifZone steady) implements LocalZone {
  @Override
  public LocalZone reread() {
    return steady;
  }

  @Override
  public int offset(long t) {
    return first.offset(t);
  }

  @Override
  public String abbreviation(long t) {
    return first.abbreviation(t);
  }

  @Override
  public long leapCorrection(long t) {
    return first.leapCorrection(t);
  }

  @Override
  public int leapSecond(long t) {
    return first.leapSecond(t);
  }
}
