package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** TimeOfDay against java.time's own formatting, through daylight-saving changes. */
class TimeOfDayTest {
  private static final DateTimeFormatter MICRO = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS");
  private static final DateTimeFormatter NANO = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSSSSS");
  private static final String[] ZONES = {
      "UTC", "America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "Asia/Kolkata",
      "America/St_Johns", "Pacific/Chatham"};

  @Test
  void randomInstantsFormatAsJavaTimeDoesInEveryZone() {
    var random = new Random(11);
    for (String id : ZONES) {
      ZoneId zone = ZoneId.of(id);
      var micro = new TimeOfDay(zone, false);
      var nano = new TimeOfDay(zone, true);
      for (int i = 0; i < 20_000; i++) {
        long nanos = (random.nextLong() & 0xffffffffL) * 1_000_000_000L + random.nextInt(1_000_000_000);
        check(micro, MICRO, zone, nanos);
        check(nano, NANO, zone, nanos);
      }
    }
  }

  @Test
  void aRunOfPacketsAcrossSeveralYearsFollowsEachTransition() {
    var random = new Random(12);
    for (String id : ZONES) {
      ZoneId zone = ZoneId.of(id);
      var micro = new TimeOfDay(zone, false);
      long nanos = 1_600_000_000_000_000_000L;
      for (int i = 0; i < 50_000; i++) {
        nanos += (long) random.nextInt(4 * 3600) * 1_000_000_000L + random.nextInt(1_000_000_000);
        check(micro, MICRO, zone, nanos);
      }
    }
  }

  private static void check(TimeOfDay t, DateTimeFormatter f, ZoneId zone, long nanos) {
    byte[] line = new byte[32];
    int end = t.format(nanos, line, 0);
    Instant at = Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    assertEquals(f.format(at.atZone(zone)), new String(line, 0, end, StandardCharsets.US_ASCII),
        () -> zone + " " + at);
  }
}
