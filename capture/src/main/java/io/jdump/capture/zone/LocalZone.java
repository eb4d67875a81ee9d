package io.jdump.capture.zone;

import java.nio.file.Path;

/**
 * Local time as glibc 2.36's {@code localtime} finds it, which is what tcpdump prints and names
 * {@code -G} files by. The TZ variable names a zone file (under {@code TZDIR} or
 * /usr/share/zoneinfo, or by its absolute path, a leading colon ignored), or failing that is
 * read as a POSIX TZ string; unset, /etc/localtime; missing or unreadable, UTC. Zone files are
 * read as glibc reads them: their transitions, the TZ string at their end for times after the
 * last one, and their leap seconds ({@code right/} zones). The JDK's own zones differ from this
 * in ways a tcpdump user sees: they are the JDK's tzdb version rather than the system's, a TZ
 * string with daylight saving rules becomes a fixed offset, and {@code GMT+5} is east of
 * Greenwich rather than west.
 *
 * <p>Lookups allocate nothing; a zone is immutable and may be shared between threads.
 *
 * <pre>{@code
 * LocalZone zone = LocalZone.of("CET-1CEST,M3.5.0,M10.5.0/3");
 * long local = zone.local(1_750_000_000L);   // seconds since 1970 on the local clock (UTC+2)
 * }</pre>
 */
public sealed interface LocalZone permits TzifZone, PosixZone, RereadZone {
  /** glibc's TZDEFAULT: the zone when TZ is unset. */
  Path DEFAULT_FILE = Path.of("/etc/localtime");
  /** glibc's TZDIR: where relative zone names are looked up unless the environment says. */
  String DEFAULT_DIR = "/usr/share/zoneinfo";

  /** {@return the zone of this process's TZ and TZDIR variables} as glibc's tzset reads them */
  static LocalZone system() {
    return of(System.getenv("TZ"), System.getenv("TZDIR"));
  }

  /**
   * {@return the zone a TZ variable of {@code tz} means} with zone files under TZDIR
   *
   * @param tz    the variable's value; null when unset
   * @param tzdir TZDIR's value; null or empty for /usr/share/zoneinfo
   */
  static LocalZone of(String tz, String tzdir) {
    String dir = tzdir == null || tzdir.isEmpty() ? DEFAULT_DIR : tzdir;
    String name = tz;
    if (name != null && name.isEmpty()) name = "Universal";
    if (name != null && name.startsWith(":")) name = name.substring(1);
    if (name == null) {
      LocalZone file = TzifZone.read(DEFAULT_FILE);
      return file != null ? file : PosixZone.UTC;
    }
    if (!name.isEmpty()) {
      LocalZone file = TzifZone.read(name.startsWith("/") ? Path.of(name) : Path.of(dir, name));
      if (file != null) return file;
    } else {
      return PosixZone.UTC;
    }
    return TzString.parse(name, Path.of(dir, "posixrules"));
  }

  /**
   * {@return this zone as glibc has it once tzset has run again in the same process}: itself,
   * but for a TZ string that names daylight saving time without rules. Each {@code localtime}
   * call reruns tzset there (glibc forgets the string it read it from), and the rerun moves
   * posixrules' transitions by the daylight offset the last run left behind. tcpdump's first
   * local time is the first zone's, every later one this.
   */
  default LocalZone reread() {
    return this;
  }

  /**
   * {@return UTC's offset in seconds at {@code t}} seconds since 1970 (C's {@code tm_gmtoff})
   *
   * @param t seconds since 1970, UTC
   */
  int offset(long t);

  /**
   * {@return the abbreviation in use at {@code t}} (C's {@code tm_zone}, strftime's %Z)
   *
   * @param t seconds since 1970, UTC
   */
  String abbreviation(long t);

  /**
   * {@return the leap seconds counted at {@code t}} (glibc's {@code leap_correct}; 0 but in
   * zones with leap second records, as {@code right/UTC})
   *
   * @param t seconds since 1970
   */
  default long leapCorrection(long t) {
    return 0;
  }

  /**
   * {@return seconds added to the seconds field at {@code t}}: 1 (or more) during an inserted
   * leap second, which then prints as :60
   *
   * @param t seconds since 1970
   */
  default int leapSecond(long t) {
    return 0;
  }

  /**
   * {@return the local clock's seconds since 1970 at {@code t}}: {@code t} plus the offset,
   * less the leap seconds, from which C's {@code struct tm} fields follow
   *
   * @param t seconds since 1970, UTC
   */
  default long local(long t) {
    return t + offset(t) - leapCorrection(t);
  }
}
