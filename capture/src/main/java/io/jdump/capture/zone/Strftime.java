package io.jdump.capture.zone;

import java.util.Locale;

/**
 * glibc 2.36's strftime in the C locale, which tcpdump's {@code -G} runs the {@code -w} name
 * through: every conversion, the GNU flags ({@code _ - 0 ^ #}), field widths and the {@code E}
 * and {@code O} modifiers (which the C locale leaves as the plain conversions, or refuses); an
 * unknown conversion is copied as written, width and case flags applied.
 *
 * <pre>{@code
 * String name = Strftime.format("dump-%G-W%V-%H%M.pcap", tm);   // dump-2026-W50-0930.pcap
 * }</pre>
 */
public final class Strftime {
  private static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday",
      "Friday", "Saturday"};
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June",
      "July", "August", "September", "October", "November", "December"};
  /** tcpdump's buffer for a -G name: strftime's maxsize. */
  private static final int PATH_MAX = 4096;

  private final StringBuilder out = new StringBuilder();
  private final BrokenDownTime tm;
  // the conversion being formatted: glibc's per-conversion state
  private char pad;
  private int width;
  private boolean upper;
  private boolean lower;
  private boolean changeCase;

  private Strftime(BrokenDownTime tm) {
    this.tm = tm;
  }

  /**
   * {@return the pattern with its conversions of {@code tm}}
   *
   * @param pattern a strftime format
   * @param tm      the time
   */
  public static String format(String pattern, BrokenDownTime tm) {
    var f = new Strftime(tm);
    try {
      f.run(pattern);
    } catch (TooLong e) {
      // glibc stops at tcpdump's buffer (PATH_MAX) and returns 0, leaving what it wrote
    }
    return f.out.toString();
  }


  private void run(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '%') {
        out.append(c);
        continue;
      }
      int start = i;
      pad = 0;
      width = -1;
      upper = false;
      lower = false;
      changeCase = false;
      for (i++; i < s.length(); i++) {
        char flag = s.charAt(i);
        if (flag == '_' || flag == '-' || flag == '0') pad = flag;
        else if (flag == '^') upper = true;
        else if (flag == '#') changeCase = true;
        else break;
      }
      if (i < s.length() && isDigit(s.charAt(i))) {
        long w = 0;
        while (i < s.length() && isDigit(s.charAt(i))) {
          w = Math.min(Integer.MAX_VALUE, w * 10 + (s.charAt(i) - '0'));
          i++;
        }
        width = (int) w;
      }
      char modifier = 0;
      if (i < s.length() && (s.charAt(i) == 'E' || s.charAt(i) == 'O')) modifier = s.charAt(i++);
      if (i >= s.length()) {
        // '%' (and flags) at the end: copied as written
        i = s.length() - 1;
        string(s.substring(start, i + 1));
        continue;
      }
      if (!conversion(s.charAt(i), modifier)) {
        // glibc copies from the last '%' at or before the conversion: "%O%" gives "%"
        string(s.substring(s.lastIndexOf('%', i), i + 1));
      }
    }
  }

  /** {@return false for a conversion glibc refuses (its bad_format)} after writing any other */
  private boolean conversion(char c, char modifier) {
    long year = tm.year();
    int hour12 = tm.hour() % 12 == 0 ? 12 : tm.hour() % 12;
    switch (c) {
      case '%' -> {
        if (modifier != 0) return false;
        string("%");
      }
      case 'a', 'A' -> {
        if (modifier != 0) return false;
        caseUp();
        string(c == 'a' ? DAYS[tm.weekday()].substring(0, 3) : DAYS[tm.weekday()]);
      }
      case 'b', 'h', 'B' -> {
        // glibc takes '#' before refusing %Eb, and after refusing %EB: "%#Eb" comes out "%#EB"
        if (c != 'B') caseUp();
        if (modifier == 'E') return false;
        caseUp();
        String month = MONTHS[tm.month() - 1];
        string(c == 'B' ? month : month.substring(0, 3));
      }
      case 'c' -> {
        if (modifier == 'O') return false;
        sub("%a %b %e %H:%M:%S %Y");
      }
      case 'C' -> number(1, year / 100 - (year % 100 < 0 ? 1 : 0));
      case 'x' -> {
        if (modifier == 'O') return false;
        sub("%m/%d/%y");
      }
      case 'D' -> {
        if (modifier != 0) return false;
        sub("%m/%d/%y");
      }
      case 'd' -> {
        if (modifier == 'E') return false;
        number(2, tm.day());
      }
      case 'e' -> {
        if (modifier == 'E') return false;
        spacePadded(2, tm.day());
      }
      case 'F' -> {
        if (modifier != 0) return false;
        sub("%Y-%m-%d");
      }
      case 'H' -> {
        if (modifier == 'E') return false;
        number(2, tm.hour());
      }
      case 'I' -> {
        if (modifier == 'E') return false;
        number(2, hour12);
      }
      case 'k' -> {
        if (modifier == 'E') return false;
        spacePadded(2, tm.hour());
      }
      case 'l' -> {
        if (modifier == 'E') return false;
        spacePadded(2, hour12);
      }
      case 'j' -> {
        if (modifier == 'E') return false;
        number(3, 1 + tm.yearDay());
      }
      case 'M' -> {
        if (modifier == 'E') return false;
        number(2, tm.minute());
      }
      case 'm' -> {
        if (modifier == 'E') return false;
        number(2, tm.month());
      }
      case 'n' -> string("\n");
      case 'P', 'p' -> {
        if (c == 'P') lower = true;
        if (changeCase) {
          upper = false;
          lower = true;
        }
        string(tm.hour() > 11 ? "PM" : "AM");
      }
      case 'R' -> sub("%H:%M");
      case 'r' -> sub("%I:%M:%S %p");
      case 'S' -> {
        if (modifier == 'E') return false;
        number(2, tm.second());
      }
      // glibc pads %s to its width as text (spaces unless '0'), not as a number
      case 's' -> digits(1, Long.toString(Math.abs(tm.epochSecond())), tm.epochSecond() < 0);
      case 'X' -> {
        if (modifier == 'O') return false;
        sub("%H:%M:%S");
      }
      case 'T' -> sub("%H:%M:%S");
      case 't' -> string("\t");
      case 'u' -> number(1, (tm.weekday() + 6) % 7 + 1);
      case 'U' -> {
        if (modifier == 'E') return false;
        number(2, (tm.yearDay() - tm.weekday() + 7) / 7);
      }
      case 'V', 'g', 'G' -> {
        if (modifier == 'E') return false;
        isoWeek(c);
      }
      case 'W' -> {
        if (modifier == 'E') return false;
        number(2, (tm.yearDay() - (tm.weekday() + 6) % 7 + 7) / 7);
      }
      case 'w' -> {
        if (modifier == 'E') return false;
        number(1, tm.weekday());
      }
      case 'Y' -> {
        if (modifier == 'O') return false;
        number(1, year);
      }
      case 'y' -> number(2, (year % 100 + 100) % 100);
      case 'Z' -> {
        if (changeCase) {
          upper = false;
          lower = true;
        }
        string(tm.zone());
      }
      case 'z' -> {
        int diff = tm.offset();
        string(diff < 0 ? "-" : "+");
        diff = Math.abs(diff) / 60;
        number(4, diff / 60 * 100 + diff % 60);
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  /** %V, %g, %G: the ISO 8601 week, and the year it belongs to. */
  private void isoWeek(char c) {
    long year = tm.year();
    int days = isoWeekDays(tm.yearDay(), tm.weekday());
    if (days < 0) {
      year--;
      days = isoWeekDays(tm.yearDay() + 365 + (isLeap(year) ? 1 : 0), tm.weekday());
    } else {
      int d = isoWeekDays(tm.yearDay() - (365 + (isLeap(year) ? 1 : 0)), tm.weekday());
      if (d >= 0) {
        year++;
        days = d;
      }
    }
    switch (c) {
      case 'g' -> number(2, (year % 100 + 100) % 100);
      case 'G' -> number(1, year);
      default -> number(2, days / 7 + 1);
    }
  }

  /** The days since the Monday starting the year's first ISO week (glibc's iso_week_days). */
  private static int isoWeekDays(int yday, int wday) {
    int bigEnoughMultipleOf7 = (366 / 7 + 2) * 7;
    return yday - (yday - wday + 4 + bigEnoughMultipleOf7) % 7 + 4 - 1;
  }

  private static boolean isLeap(long y) {
    return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
  }

  /** glibc's '#' on names: upper case. */
  private void caseUp() {
    if (changeCase) {
      upper = true;
      lower = false;
    }
  }

  /** A sub-format (%c, %D, %T...): formatted alone, then padded to the width as one string. */
  private void sub(String format) {
    var inner = new Strftime(tm);
    inner.run(format);
    boolean up = upper;
    lower = false;
    upper = false;
    add(inner.out.toString());
    if (up) {
      // glibc upper-cases the sub-format's text only, after padding it
      int end = out.length();
      int begin = end - inner.out.length();
      out.replace(begin, end, out.substring(begin, end).toUpperCase(Locale.ROOT));
    }
  }

  /** DO_NUMBER_SPACEPAD: as {@link #number}, padded with spaces unless '0' or '-' says not. */
  private void spacePadded(int digits, long value) {
    if (pad != '0' && pad != '-') pad = '_';
    number(digits, value);
  }

  /** DO_NUMBER: at least {@code digits} digits (or the width), zero-padded by default. */
  private void number(int digits, long value) {
    // glibc's number_value is a C int
    int v = (int) value;
    boolean negative = v < 0;
    digits(Math.max(digits, width), Integer.toUnsignedString(negative ? -v : v), negative);
  }

  /** do_number_sign_and_padding: the sign, padding to {@code digits}, then to the width. */
  private void digits(int digits, String text, boolean negative) {
    String number = negative ? "-" + text : text;
    if (pad != '-') {
      int padding = digits - number.length();
      if (padding > 0) {
        if (pad == '_') {
          fill(' ', padding);
          width = width > padding ? width - padding : 0;
        } else {
          if (negative) {
            out.append('-');
            number = text;
          }
          fill('0', padding);
          width = 0;
        }
      }
    }
    add(number);
  }

  /** glibc's cpy: the text after padding to the width, with the case flags applied. */
  private void string(String text) {
    add(lower ? text.toLowerCase(Locale.ROOT) : upper ? text.toUpperCase(Locale.ROOT) : text);
  }

  private void add(String text) {
    int delta = width - text.length();
    if (delta > 0) fill(pad == '0' ? '0' : ' ', delta);
    if (out.length() + text.length() >= PATH_MAX) throw new TooLong();
    out.append(text);
  }

  private void fill(char c, int n) {
    if ((long) out.length() + n >= PATH_MAX) throw new TooLong();
    for (int k = 0; k < n; k++) out.append(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The name would not fit tcpdump's buffer (a width of millions, say). */
  private static final class TooLong extends RuntimeException {
    TooLong() {
      super(null, null, false, false);
    }
  }
}
