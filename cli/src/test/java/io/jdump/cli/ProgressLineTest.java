package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The status line, driven by a clock the test turns: no waiting, no timing assertions. */
class ProgressLineTest {
  private long now;
  private long position;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String err() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void redrawsAtMostFourTimesASecondInPlace() {
    var line = new ProgressLine(err, true, () -> now, () -> position, 1000);
    for (int i = 1; i <= 100; i++) {
      now += 100_000_000L; // each update a tenth of a second later
      position = i * 10L;
      line.update(i * 1024L, i);
    }
    String out = err();
    long draws = out.chars().filter(c -> c == '\r').count();
    assertTrue(draws <= 40 && draws >= 30, () -> draws + " draws in 10 s");
    assertTrue(out.startsWith("\r\033[K"));
    assertTrue(!out.contains("\n"), "never a new line: the line is redrawn in place");
  }

  @Test
  void saysReadKeptBytesPercentRateAndTimeLeft() {
    var line = new ProgressLine(err, true, () -> now, () -> position, 4L << 30);
    assertEquals("1,048,576 read, 2,048 kept, 1.0 GB/4.0 GB (25%), 524.3k pkt/s, 0:06 left",
        line.text(1 << 20, 2048, 1L << 30, 2_000_000_000L));
    var pipe = new ProgressLine(err, true, () -> now, () -> position, -1);
    assertEquals("5,000 read, 0 kept, 600.0 KB, 5.0k pkt/s", pipe.text(5000, 0, 600 * 1024, 1_000_000_000L));
  }

  @Test
  void finishErasesTheLineAndLeavesNothingWhenNothingWasDrawn() {
    var quick = new ProgressLine(err, true, () -> now, () -> position, 100);
    quick.update(1024, 1);
    quick.finish();
    assertEquals("", err(), "a run shorter than a quarter second shows nothing");

    var slow = new ProgressLine(err, true, () -> now, () -> position, 100);
    now += 1_000_000_000L;
    slow.update(1024, 1);
    slow.finish();
    assertTrue(err().endsWith("\r\033[K"));
  }

  @Test
  void withoutAnsiEscapesSpacesOverwriteALongerLineAndTheEnd() {
    var line = new ProgressLine(err, false, () -> now, () -> position, 1L << 40);
    now += 1_000_000_000L;
    position = 1L << 39;
    line.update(123_456_789, 1);
    String first = err();
    now += 1_000_000_000L;
    position = (1L << 39) + 1;
    line.update(123_456_790, 2);
    String second = err().substring(first.length());
    line.finish();
    String end = err().substring(first.length() + second.length());
    assertTrue(!err().contains("\033"), "no escape character");
    assertEquals(first.length(), second.length(), "the second line covers the first");
    assertEquals("\r" + " ".repeat(second.strip().length()) + "\r", end, "blanked, cursor back at column 0");
  }
}
