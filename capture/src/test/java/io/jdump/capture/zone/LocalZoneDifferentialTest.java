package io.jdump.capture.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jdump's local time against glibc's localtime_r, field by field (date, time with a leap
 * second's :60, UTC offset, abbreviation): every zone file the system has (plain, posix/ and
 * right/), and seeded random POSIX TZ strings, well-formed and not, each at seeded random
 * times, around its transitions and leap seconds, and at the edges of the C library's years.
 */
class LocalZoneDifferentialTest {
  private static final Path ZONES = Path.of(LocalZone.DEFAULT_DIR);
  private static final long SEED = Long.getLong("zone.seed", 20261207L);

  @TempDir
  Path dir;

  @Test
  void everyZoneFileMatchesGlibc() throws Exception {
    var r = new Random(SEED);
    var queries = new ArrayList<GlibcLocaltime.Query>();
    for (String name : zoneNames()) queries.add(new GlibcLocaltime.Query(name, times(name, r)));
    assertTrue(queries.size() > 1000, "zone files found: " + queries.size());
    compare(queries);
  }

  @Test
  void randomTzStringsMatchGlibc() throws Exception {
    var r = new Random(SEED);
    var queries = new ArrayList<GlibcLocaltime.Query>();
    for (String tz : List.of("", ":", ":UTC", "UTC", "Universal", "GMT+5", "GMT-2", "UTC+3",
        "EST5EDT", "EST5EDT,", "NZST-12NZDT", "FOO3BAR", "Europe", "Invalid/Zone", "XYZ",
        "/etc/localtime", "../zoneinfo/UTC", "America", "<+0330>-3:30", "AB", "<AB>5")) {
      queries.add(new GlibcLocaltime.Query(tz, times(null, r)));
    }
    queries.add(new GlibcLocaltime.Query(null, times(null, r)));
    for (int i = 0; i < 3000; i++) queries.add(new GlibcLocaltime.Query(tzString(r), times(null, r)));
    compare(queries);
  }

  private void compare(List<GlibcLocaltime.Query> queries) throws Exception {
    var oracle = new GlibcLocaltime(dir);
    // A TZ string that names daylight saving time without rules takes posixrules' transitions,
    // moved by a daylight offset glibc keeps from the last time it did so in the process
    // (none in tcpdump's): each such string gets a process of its own.
    var glibc = new ArrayList<String>();
    var batch = new ArrayList<GlibcLocaltime.Query>();
    for (var q : queries) {
      if (!takesPosixRules(q.tz())) {
        batch.add(q);
        continue;
      }
      glibc.addAll(oracle.run(batch));
      batch.clear();
      glibc.addAll(oracle.run(List.of(new GlibcLocaltime.Query(q.tz(), q.times(), true))));
    }
    glibc.addAll(oracle.run(batch));
    int n = 0;
    int differ = 0;
    var first = new StringBuilder();
    for (var q : queries) {
      LocalZone zone = LocalZone.of(q.tz(), null);
      var zones = takesPosixRules(q.tz()) ? List.of(zone, zone.reread()) : List.of(zone);
      for (LocalZone z : zones) {
        for (long t : q.times()) {
          String want = glibc.get(n++);
          String got = fields(z, t);
          if (!want.equals(got) && differ++ < 10) {
            first.append("\n  TZ=").append(q.tz()).append(z == zone ? "" : " (reread)")
                .append(" t=").append(t).append(": glibc ").append(want).append(", jdump ")
                .append(got);
          }
        }
      }
    }
    assertEquals(n, glibc.size());
    assertEquals(0, differ, differ + " of " + n + " times differ:" + first);
  }

  private static boolean takesPosixRules(String tz) {
    return LocalZone.of(tz, null) instanceof RereadZone;
  }

  /** C's struct tm fields as the oracle prints them, or "error" where localtime fails. */
  private static String fields(LocalZone zone, long t) {
    long local = zone.local(t);
    long days = Math.floorDiv(local, 86400);
    long year = Days.year(days);
    if (year - 1900 != (int) (year - 1900)) return "error";
    long m = Days.month(days);
    long d = Days.dayOfMonth(days);
    int tod = (int) Math.floorMod(local, 86400);
    return (int) year + "-" + m + "-" + d + " " + tod / 3600 + ":" + tod / 60 % 60 + ":"
        + (tod % 60 + zone.leapSecond(t)) + " " + zone.offset(t) + " " + zone.abbreviation(t);
  }

  /** Every TZif file under the zone directory, as the TZ names that reach it. */
  private static List<String> zoneNames() throws IOException {
    var names = new ArrayList<String>();
    try (Stream<Path> files = Files.walk(ZONES)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
        byte[] head = new byte[4];
        try (var in = Files.newInputStream(f)) {
          if (in.read(head) == 4 && new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).equals("TZif")) {
            names.add(ZONES.relativize(f).toString());
          }
        }
      }
    }
    return names;
  }

  /** Random times, and for a zone file some around its transitions and leap seconds. */
  private static long[] times(String zoneName, Random r) throws IOException {
    var out = new ArrayList<Long>();
    for (int i = 0; i < 12; i++) out.add(-2_208_988_800L + (long) (r.nextDouble() * 7_000_000_000L));
    for (int i = 0; i < 4; i++) out.add(r.nextLong() >> r.nextInt(40));
    out.add(0L);
    out.add(-1L);
    out.add((long) Integer.MAX_VALUE);
    out.add((long) Integer.MIN_VALUE);
    out.add(67_767_976_233_532_799L); // near the last second whose year fits a C int
    out.add(67_767_976_233_316_800L);
    out.add(-67_768_040_609_740_753L);
    // the years glibc's TZ-string arithmetic wraps in
    out.add(185_542_587_187_200L + r.nextInt(400_000_000));
    if (zoneName != null) {
      TzifZone z = TzifZone.read(ZONES.resolve(zoneName));
      if (z != null) {
        long[] tr = z.transitions();
        for (int i = 0; i < 6 && tr.length > 0; i++) {
          long t = tr[r.nextInt(tr.length)];
          out.add(t - 1);
          out.add(t);
        }
        if (tr.length > 0) {
          out.add(tr[tr.length - 1]);
          out.add(tr[0] - 1);
        }
        for (long leap : z.leapTimes()) {
          out.add(leap - 1);
          out.add(leap);
          out.add(leap + 1);
        }
      }
    }
    return out.stream().mapToLong(Long::longValue).toArray();
  }

  /**
   * A seeded random TZ string: mostly well formed, with glibc's lenient corners (no month
   * outside 1 to 12, whose change glibc computes from memory outside its table).
   */
  private static String tzString(Random r) {
    var s = new StringBuilder();
    s.append(name(r)).append(offset(r));
    if (r.nextInt(6) == 0) return s.toString();
    s.append(name(r));
    if (r.nextBoolean()) s.append(offset(r));
    if (r.nextInt(8) == 0) return s.toString(); // no rules: posixrules or the US rules
    if (r.nextInt(10) == 0) return s.append(',').toString();
    s.append(',').append(rule(r));
    if (r.nextInt(12) != 0) s.append(',').append(rule(r));
    if (r.nextInt(15) == 0) s.append(pick(r, "x", ",", ",,", "/", " ", ",M3.2.0"));
    return s.toString();
  }

  private static String name(Random r) {
    return switch (r.nextInt(10)) {
      case 0 -> "<" + pick(r, "+03", "-0330", "UTC+5", "AB", "+1234567") + ">";
      case 1 -> pick(r, "AB", "A", "", "ABCDEFGHIJ");
      default -> pick(r, "EST", "EDT", "CET", "CEST", "NZST", "NZDT", "FOO", "BAR", "ABC", "XYZW");
    };
  }

  private static String offset(Random r) {
    var s = new StringBuilder();
    switch (r.nextInt(5)) {
      case 0 -> s.append('+');
      case 1 -> s.append('-');
      default -> { }
    }
    if (r.nextInt(15) == 0) return s.append(pick(r, "", " 5", "x", "+5", "99999999999")).toString();
    s.append(r.nextInt(r.nextInt(8) == 0 ? 100 : 25));
    if (r.nextBoolean()) {
      s.append(':').append(r.nextInt(r.nextInt(8) == 0 ? 100 : 60));
      if (r.nextBoolean()) s.append(':').append(r.nextInt(r.nextInt(8) == 0 ? 100 : 60));
    }
    return s.toString();
  }

  private static String rule(Random r) {
    var s = new StringBuilder();
    switch (r.nextInt(7)) {
      case 0 -> s.append('J').append(r.nextInt(r.nextInt(10) == 0 ? 400 : 366));
      case 1 -> s.append(r.nextInt(r.nextInt(10) == 0 ? 400 : 366));
      case 2 -> s.append(pick(r, "", "Q", "M3.0.0", "M3.6.0", "M3.1.7", "M3.2", "J"));
      default -> s.append('M').append(1 + r.nextInt(12)).append('.').append(1 + r.nextInt(5))
          .append('.').append(r.nextInt(7));
    }
    if (r.nextInt(3) == 0) {
      s.append('/');
      if (r.nextInt(4) == 0) s.append('-');
      s.append(r.nextInt(r.nextInt(6) == 0 ? 170 : 25));
      if (r.nextBoolean()) s.append(':').append(r.nextInt(60));
      if (r.nextInt(3) == 0) s.append(':').append(r.nextInt(60));
    }
    return s.toString();
  }

  private static String pick(Random r, String... options) {
    return options[r.nextInt(options.length)];
  }
}
