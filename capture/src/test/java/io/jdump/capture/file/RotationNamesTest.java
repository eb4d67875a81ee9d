package io.jdump.capture.file;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** -C's counter against tcpdump's (-G's strftime is StrftimeDifferentialTest's). */
class RotationNamesTest {
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
