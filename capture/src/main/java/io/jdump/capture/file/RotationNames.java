package io.jdump.capture.file;

import io.jdump.capture.zone.LocalZone;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * tcpdump's names for rotated files: {@code -G} runs the {@code -w} name through strftime(3)
 * with the local time the file is opened at; {@code -C} then appends a counter, padded to as
 * many digits as the largest counter ({@code -W} minus one) has when {@code -W} is given ({@code f0}, {@code f1}, {@code f2}),
 * and with no counter at all on the first file otherwise ({@code f}, {@code f1}, {@code f2}).
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
   * @param time     when the file is opened, or null without -G
   * @param count    the -C counter (0 for the first file, or without -C)
   * @param digits   {@link #digits} of -W when -C and -W are both given, else 0
   */
  public static String name(String pattern, ZonedDateTime time, int count, int digits) {
    return name(pattern, time, null, count, digits);
  }

  /**
   * {@return the file name for counter {@code count}}, strftime's %Z being {@code zoneName}
   *
   * @param pattern  -w's name; a strftime pattern when {@code time} is not null (-G)
   * @param time     when the file is opened, on the local clock, or null without -G
   * @param zoneName the local zone's abbreviation then (C's tm_zone); null for {@code time}'s
   * @param count    the -C counter (0 for the first file, or without -C)
   * @param digits   {@link #digits} of -W when -C and -W are both given, else 0
   */
  public static String name(String pattern, ZonedDateTime time, String zoneName, int count,
      int digits) {
    String base = time == null ? pattern : strftime(pattern, time, zoneName);
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

  /**
   * {@return the pattern with glibc strftime's conversions in the C locale} for the ones a file
   * name uses; an unknown conversion is kept as written.
   *
   * @param pattern the {@code -w} name with strftime conversions
   * @param t       the time to format
   */
  public static String strftime(String pattern, ZonedDateTime t) {
    return strftime(pattern, t, null);
  }

  /**
   * {@return the local time at {@code epochSecond}} as glibc's localtime finds it in {@code zone}
   * (a leap second's :60 aside; an offset past java.time's 18 hours, which only a TZ string
   * can give, held at 18)
   *
   * @param epochSecond seconds since 1970, UTC
   * @param zone        the zone
   */
  public static ZonedDateTime localTime(long epochSecond, LocalZone zone) {
    int offset = Math.max(-18 * 3600, Math.min(18 * 3600, zone.offset(epochSecond)));
    var clock = LocalDateTime.ofEpochSecond(zone.local(epochSecond), 0, ZoneOffset.UTC);
    return clock.atZone(ZoneOffset.ofTotalSeconds(offset));
  }

  private static String strftime(String pattern, ZonedDateTime t, String zoneName) {
    var out = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c != '%' || i + 1 == pattern.length()) {
        out.append(c);
        continue;
      }
      char f = pattern.charAt(++i);
      switch (f) {
        case 'Y' -> out.append(t.getYear());
        case 'y' -> two(out, t.getYear() % 100);
        case 'C' -> two(out, t.getYear() / 100);
        case 'm' -> two(out, t.getMonthValue());
        case 'd' -> two(out, t.getDayOfMonth());
        case 'e' -> out.append(t.getDayOfMonth() < 10 ? " " : "").append(t.getDayOfMonth());
        case 'H' -> two(out, t.getHour());
        case 'I' -> two(out, (t.getHour() + 11) % 12 + 1);
        case 'M' -> two(out, t.getMinute());
        case 'S' -> two(out, t.getSecond());
        case 'j' -> out.append(String.format(Locale.ROOT, "%03d", t.getDayOfYear()));
        case 's' -> out.append(t.toEpochSecond());
        case 'p' -> out.append(t.getHour() < 12 ? "AM" : "PM");
        case 'a' -> out.append(t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US));
        case 'A' -> out.append(t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US));
        case 'b', 'h' -> out.append(t.getMonth().getDisplayName(TextStyle.SHORT, Locale.US));
        case 'B' -> out.append(t.getMonth().getDisplayName(TextStyle.FULL, Locale.US));
        case 'u' -> out.append(t.getDayOfWeek().getValue());
        case 'w' -> out.append(t.getDayOfWeek().getValue() % 7);
        case 'F' -> out.append(strftime("%Y-%m-%d", t, zoneName));
        case 'T' -> out.append(strftime("%H:%M:%S", t, zoneName));
        case 'D' -> out.append(strftime("%m/%d/%y", t, zoneName));
        case 'R' -> out.append(strftime("%H:%M", t, zoneName));
        case 'z' -> out.append(t.getOffset().getId().equals("Z") ? "+0000"
            : t.getOffset().getId().replace(":", ""));
        case 'Z' -> out.append(zoneName != null ? zoneName
            : t.getZone().getDisplayName(TextStyle.SHORT, Locale.US));
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case '%' -> out.append('%');
        default -> out.append('%').append(f);
      }
    }
    return out.toString();
  }

  private static void two(StringBuilder out, int v) {
    if (v < 10) out.append('0');
    out.append(v);
  }
}
