package io.jdump.capture.file;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** -G's names against glibc's strftime (through date(1)), and -C's counter against tcpdump's. */
class RotationNamesTest {
  private static final String PATTERN =
      "%Y|%y|%C|%m|%d|%e|%H|%I|%M|%S|%j|%s|%p|%a|%A|%b|%h|%B|%u|%w|%F|%T|%D|%R|%z|%%";

  @Test
  void strftimeAgreesWithGlibcAtRandomTimes() throws Exception {
    var rnd = new Random(41);
    for (int i = 0; i < 40; i++) {
      long epoch = rnd.nextLong(0, 4_102_444_800L); // 1970 to 2100
      var p = new ProcessBuilder("date", "-u", "-d", "@" + epoch, "+" + PATTERN)
          .redirectErrorStream(true).start();
      String glibc = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      p.waitFor();
      assertEquals(glibc, RotationNames.strftime(PATTERN,
          Instant.ofEpochSecond(epoch).atZone(ZoneOffset.UTC)), "at " + epoch);
    }
  }

  @Test
  void counterIsAsWideAsTheLargestInTheRing() throws IOException {
    // tcpdump 4.99: -W 1 -> "f", -W 3 -> "f0".."f2", -W 10 -> "f0".."f9", -W 11 -> "f00"
    assertEquals("f", RotationNames.name("f", null, 0, RotationNames.digits(1)));
    assertEquals("f2", RotationNames.name("f", null, 2, RotationNames.digits(3)));
    assertEquals("f9", RotationNames.name("f", null, 9, RotationNames.digits(10)));
    assertEquals("f00", RotationNames.name("f", null, 0, RotationNames.digits(11)));
    assertEquals("f", RotationNames.name("f", null, 0, 0));
    assertEquals("f12", RotationNames.name("f", null, 12, 0));
  }
}
