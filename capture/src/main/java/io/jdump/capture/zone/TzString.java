package io.jdump.capture.zone;

import io.jdump.capture.zone.PosixZone.Kind;
import io.jdump.capture.zone.PosixZone.Rule;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * Reads a POSIX TZ string ({@code CET-1CEST,M3.5.0,M10.5.0/3}, {@code <+0330>-3:30},
 * {@code EST5EDT}) as glibc 2.36's {@code __tzset_parse_tz} does, leniencies included: an
 * offset's fields are C's {@code %hu} (a sign and leading blanks allowed) capped at 24 hours,
 * 59 minutes and 59 seconds; a daylight saving zone without rules takes the transitions of the
 * posixrules zone file moved to its offsets, or the United States' rules when there is no such
 * file; what cannot be read is left as glibc leaves it (UTC where the standard zone fails, day 0
 * at midnight where a rule does).
 *
 * <pre>{@code
 * LocalZone z = TzString.parse("NZST-12NZDT,M9.5.0,M4.1.0/3", Path.of("/usr/share/zoneinfo/posixrules"));
 * }</pre>
 */
final class TzString {
  private final String s;
  private int p;
  /** Whether the last {@link #rule} failed, as glibc's {@code parse_rule} returning false. */
  private boolean ruleFailed;

  private TzString(String s) {
    this.s = s;
  }

  /**
   * {@return the zone the string means}
   *
   * @param tz         the TZ string
   * @param posixRules the file whose transitions a daylight saving zone without rules takes
   */
  static LocalZone parse(String tz, Path posixRules) {
    return new TzString(tz).zone(posixRules);
  }

  /** {@return the rules of a zone file's footer} (a file's footer never takes posixrules) */
  static PosixZone rules(String tz) {
    return (PosixZone) new TzString(tz).zone(null);
  }

  private LocalZone zone(Path posixRules) {
    String std = name();
    if (std == null) return utc("");
    OptionalInt offset = offset(true, 0);
    if (offset.isEmpty()) return utc(std);
    int stdOffset = offset.getAsInt();
    if (p >= s.length()) return new PosixZone(std, stdOffset, std, stdOffset, Rule.NONE, Rule.NONE);
    String dst = name();
    // glibc's rules start zeroed: a daylight name that fails leaves an unnamed offset of 0
    int dstOffset = 0;
    String dstName = "";
    if (dst != null) {
      dstName = dst;
      dstOffset = offset(false, stdOffset).getAsInt();
      boolean noRules = p >= s.length() || (s.charAt(p) == ',' && p + 1 == s.length());
      if (noRules && posixRules != null) {
        TzifZone file = TzifZone.read(posixRules);
        TzifZone first = file == null ? null : file.withOffsets(std, stdOffset, dstName, dstOffset, 0);
        if (first != null) {
          return new RereadZone(first,
              file.withOffsets(std, stdOffset, dstName, dstOffset, dstOffset));
        }
      }
    }
    Rule start = rule(true);
    Rule end = ruleFailed ? Rule.NONE : rule(false);
    return new PosixZone(std, stdOffset, dstName, dstOffset, start, end);
  }

  /** glibc's result when the standard zone's name or offset cannot be read: UTC. */
  private static PosixZone utc(String name) {
    return new PosixZone(name, 0, "", 0, Rule.NONE, Rule.NONE);
  }

  /** {@code parse_tzname}: three or more letters, or {@code <...>} of letters, digits and signs. */
  private String name() {
    int start = p;
    int e = p;
    while (e < s.length() && isLetter(s.charAt(e))) e++;
    if (e - start >= 3) {
      p = e;
      return s.substring(start, e);
    }
    if (p >= s.length() || s.charAt(p) != '<') return null;
    start = p + 1;
    e = start;
    while (e < s.length() && (isLetter(s.charAt(e)) || isDigit(s.charAt(e)) || s.charAt(e) == '+'
        || s.charAt(e) == '-')) {
      e++;
    }
    if (e >= s.length() || s.charAt(e) != '>' || e - start < 3) return null;
    p = e + 1;
    return s.substring(start, e);
  }

  /**
   * {@code parse_offset}: [+-]hh[:mm[:ss]], west of Greenwich positive, so the UTC offset is
   * its negation. The standard zone's is required; the daylight one defaults to an hour more
   * than standard time.
   *
   * @return the UTC offset, or empty when the standard one fails
   */
  private OptionalInt offset(boolean standard, int stdOffset) {
    if (standard && (p >= s.length() || (s.charAt(p) != '+' && s.charAt(p) != '-'
        && !isDigit(s.charAt(p))))) {
      return OptionalInt.empty();
    }
    int sign = -1;
    if (p < s.length() && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
      sign = s.charAt(p) == '-' ? 1 : -1;
      p++;
    }
    int[] hms = hms();
    if (hms == null) return standard ? OptionalInt.empty() : OptionalInt.of(stdOffset + 3600);
    int seconds = Math.min(hms[2], 59) + Math.min(hms[1], 59) * 60 + Math.min(hms[0], 24) * 3600;
    return OptionalInt.of(sign * seconds);
  }

  /**
   * {@code parse_rule}: Jn, n or Mm.w.d, then /time (default 02:00); an empty rule is the
   * United States' (M3.2.0 to start, M11.1.0 to end). Where glibc's fails, {@link #ruleFailed}
   * is set and the rule is what glibc left in its zeroed struct: the fields it had assigned.
   */
  private Rule rule(boolean first) {
    ruleFailed = true;
    if (p < s.length() && s.charAt(p) == ',') p++;
    Kind kind;
    int d = 0;
    int m = 0;
    int n = 0;
    char c = p < s.length() ? s.charAt(p) : '\0';
    if (c == 'J' || isDigit(c)) {
      kind = c == 'J' ? Kind.J1 : Kind.J0;
      if (kind == Kind.J1 && (++p >= s.length() || !isDigit(s.charAt(p)))) return new Rule(kind, 0, 0, 0, 0);
      int e = p;
      long value = 0;
      while (e < s.length() && isDigit(s.charAt(e))) {
        value = Math.min(value * 10 + (s.charAt(e) - '0'), Long.MAX_VALUE / 20);
        e++;
      }
      if (value > 365 || (kind == Kind.J1 && value == 0)) return new Rule(kind, 0, 0, 0, 0);
      d = (int) value;
      p = e;
    } else if (c == 'M') {
      kind = Kind.M;
      p++;
      // sscanf("M%hu.%hu.%hu"): each field is stored as it is read
      int[] fields = new int[3];
      for (int i = 0; i < 3; i++) {
        long v = -1;
        if (i == 0 || (p < s.length() && s.charAt(p) == '.')) {
          if (i > 0) p++;
          v = unsignedShort();
        }
        if (v < 0) return new Rule(kind, fields[2], fields[0], fields[1], 0);
        fields[i] = (int) v;
      }
      m = fields[0];
      n = fields[1];
      d = fields[2];
      if (m < 1 || m > 12 || n < 1 || n > 5 || d > 6) return new Rule(kind, d, m, n, 0);
    } else if (c == '\0') {
      kind = Kind.M;
      m = first ? 3 : 11;
      n = first ? 2 : 1;
    } else {
      return Rule.NONE;
    }
    if (p < s.length() && s.charAt(p) != '/' && s.charAt(p) != ',') return new Rule(kind, d, m, n, 0);
    int secs = 2 * 3600;
    if (p < s.length() && s.charAt(p) == '/') {
      p++;
      if (p >= s.length()) return new Rule(kind, d, m, n, 0);
      boolean negative = s.charAt(p) == '-';
      if (negative) p++;
      int[] hms = hms();
      int hh = hms == null ? 2 : hms[0];
      int mm = hms == null ? 0 : hms[1];
      int ss = hms == null ? 0 : hms[2];
      secs = (negative ? -1 : 1) * (hh * 3600 + mm * 60 + ss);
    }
    ruleFailed = false;
    return new Rule(kind, d, m, n, secs);
  }

  /**
   * C's {@code sscanf(s, "%hu%n:%hu%n:%hu%n")}: up to three fields, the position left after the
   * last one read; unread fields 0.
   *
   * @return hours, minutes, seconds, or null when not even the hours can be read
   */
  private int[] hms() {
    int[] out = new int[3];
    int save = p;
    long h = unsignedShort();
    if (h < 0) {
      p = save;
      return null;
    }
    out[0] = (int) h;
    for (int i = 1; i < 3; i++) {
      int before = p;
      if (p >= s.length() || s.charAt(p) != ':') break;
      p++;
      long v = unsignedShort();
      if (v < 0) {
        p = before;
        break;
      }
      out[i] = (int) v;
    }
    return out;
  }

  /**
   * C's {@code %hu}: blanks, a sign, decimal digits (saturating as strtoul does), the value
   * negated when the sign is '-' and cut to 16 bits.
   *
   * @return the value, or -1 with the position unchanged when there are no digits
   */
  private long unsignedShort() {
    int e = p;
    while (e < s.length() && isSpace(s.charAt(e))) e++;
    boolean minus = false;
    if (e < s.length() && (s.charAt(e) == '+' || s.charAt(e) == '-')) {
      minus = s.charAt(e) == '-';
      e++;
    }
    int digits = e;
    long v = 0;
    boolean overflow = false;
    while (e < s.length() && isDigit(s.charAt(e))) {
      int digit = s.charAt(e) - '0';
      if (v > (Long.MAX_VALUE - digit) / 10) overflow = true;
      else v = v * 10 + digit;
      e++;
    }
    if (e == digits) return -1;
    p = e;
    if (overflow) return 0xffff; // strtoul's ULONG_MAX, cut to 16 bits
    if (minus) v = -v;
    return v & 0xffff;
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b;
  }
}
