package io.jdump.capture.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tcpdump's -G names: jdump's strftime against glibc's own (through localtime, in the C locale),
 * on seeded random formats (every conversion letter, unknown ones among them, the GNU flags,
 * widths, the E and O modifiers, a '%' at the end) at seeded random times, the turns of years
 * (where ISO weeks change year) and leap seconds, in zones with and without daylight saving.
 */
class StrftimeDifferentialTest {
  private static final long SEED = Long.getLong("strftime.seed", 20261207L);
  private static final String CONVERSIONS =
      "aAbBcCdDeFgGhHIjklmMnpPrRsStTuUVwWxXyYzZ%+EOfiJKLNoqQv";

  @TempDir
  Path dir;

  @Test
  void formatsAsGlibcDoes() throws Exception {
    var r = new Random(SEED);
    var oracle = new GlibcLocaltime(dir);
    int differ = 0;
    int total = 0;
    var first = new StringBuilder();
    for (String tz : List.of("UTC", "Europe/Paris", "America/New_York", "Asia/Kolkata",
        "right/UTC", "GMT+5", "Australia/Lord_Howe")) {
      LocalZone zone = LocalZone.of(tz, null);
      int n = 2000;
      long[] times = new long[n];
      var formats = new ArrayList<String>();
      for (int i = 0; i < n; i++) {
        times[i] = time(r, zone);
        formats.add(format(r));
      }
      List<String> glibc = oracle.strftime(tz, times, formats);
      for (int i = 0; i < n; i++) {
        total++;
        String got = Strftime.format(formats.get(i), BrokenDownTime.of(times[i], zone));
        if (!glibc.get(i).equals(got) && differ++ < 10) {
          first.append("\n  TZ=").append(tz).append(" t=").append(times[i]).append(" '")
              .append(formats.get(i)).append("': glibc '").append(glibc.get(i))
              .append("', jdump '").append(got).append('\'');
        }
      }
    }
    assertEquals(0, differ, differ + " of " + total + " differ:" + first);
  }

  private static long time(Random r, LocalZone zone) {
    return switch (r.nextInt(4)) {
      // the last and first days of a year, where the ISO week may belong to the other
      case 0 -> {
        long year = 1971 + r.nextInt(130);
        long days = (year - 1970) * 365 + (year - 1969) / 4 - (year - 1901) / 100 + (year - 1601) / 400;
        yield (days - 4 + r.nextInt(8)) * 86400 + r.nextInt(86400);
      }
      case 1 -> zone instanceof TzifZone z && z.leapTimes().length > 0
          ? z.leapTimes()[r.nextInt(z.leapTimes().length)] + r.nextInt(3) - 1
          : r.nextLong(-2_208_988_800L, 4_102_444_800L);
      default -> r.nextLong(-2_208_988_800L, 4_102_444_800L);
    };
  }

  private static String format(Random r) {
    var s = new StringBuilder();
    int parts = 1 + r.nextInt(4);
    for (int i = 0; i < parts; i++) {
      if (r.nextInt(4) == 0) s.append(pick(r, "x", "-", " ", "dump", ":", "."));
      s.append('%');
      int flags = r.nextInt(5) == 0 ? 1 + r.nextInt(2) : 0;
      for (int k = 0; k < flags; k++) s.append("_-0^#".charAt(r.nextInt(5)));
      if (r.nextInt(5) == 0) s.append(r.nextInt(r.nextBoolean() ? 10 : 30));
      if (r.nextInt(7) == 0) s.append(r.nextBoolean() ? 'E' : 'O');
      s.append(CONVERSIONS.charAt(r.nextInt(CONVERSIONS.length())));
    }
    if (r.nextInt(20) == 0) s.append(pick(r, "%", "%-", "%5", "%E", "%_0"));
    return s.toString();
  }

  private static String pick(Random r, String... options) {
    return options[r.nextInt(options.length)];
  }
}
