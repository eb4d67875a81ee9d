package io.jdump.capture.file;

import io.jdump.capture.zone.BrokenDownTime;
import io.jdump.capture.zone.Strftime;

/**
 * tcpdump's names for rotated files: {@code -G} runs the {@code -w} name through strftime(3)
 * with the local time the file is opened at ({@link Strftime}); {@code -C} then appends a
 * counter, padded to as many digits as the largest counter ({@code -W} minus one) has when
 * {@code -W} is given ({@code f0}, {@code f1}, {@code f2}), and with no counter at all on the
 * first file otherwise ({@code f}, {@code f1}, {@code f2}).
 *
 * <pre>{@code
 * RotationNames.name("dump-%H%M", time, 2, 1);   // "dump-17422": -G, -C, -W 3 (1 digit)
 * }</pre>
 */
public final class RotationNames {
  private RotationNames() {}

  /**
   * {@return the file name for counter {@code count}} as tcpdump's MakeFilename builds it
   *
   * @param pattern  -w's name; a strftime pattern when {@code time} is not null (-G)
   * @param time     when the file is opened, as localtime gives it, or null without -G
   * @param count    the -C counter (0 for the first file, or without -C)
   * @param digits   {@link #digits} of -W when -C and -W are both given, else 0
   */
  public static String name(String pattern, BrokenDownTime time, int count, int digits) {
    String base = time == null ? pattern : Strftime.format(pattern, time);
    if (count == 0 && digits == 0) return base;
    String n = Integer.toString(count);
    return base + "0".repeat(Math.max(0, digits - n.length())) + n;
  }

  /**
   * {@return the width of -C's counter with -W}: the digits of the largest counter, -W minus
   * one (none for -W 1), as tcpdump counts them
   *
   * @param fileCount the {@code -W} count
   */
  public static int digits(int fileCount) {
    return fileCount <= 1 ? 0 : Integer.toString(fileCount - 1).length();
  }
}
