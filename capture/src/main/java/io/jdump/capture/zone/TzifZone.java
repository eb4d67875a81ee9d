package io.jdump.capture.zone;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A zone file (RFC 8536's TZif) as glibc's {@code __tzfile_read} takes it: the 64-bit data of a
 * version 2 or later file, else the 32-bit data; a file glibc refuses is refused here too, so
 * that the TZ value is then read as a TZ string, as glibc does.
 *
 * @param transitions times at which the type changes, ascending
 * @param transitionTypes the type each transition changes to
 * @param offsets each type's UTC offset
 * @param dst whether each type is daylight saving time
 * @param isStd whether each type's transitions were given in standard time (zic's input)
 * @param isUt whether each type's transitions were given in UT
 * @param abbreviations each type's abbreviation
 * @param leapTimes when each leap second record takes effect
 * @param leapCorrections the total correction from each record on
 * @param footer the TZ string for times at or after the last transition; null when none
 */
record TzifZone(long[] transitions, byte[] transitionTypes, int[] offsets, boolean[] dst,
    boolean[] isStd, boolean[] isUt, String[] abbreviations, long[] leapTimes,
    long[] leapCorrections, PosixZone footer) implements LocalZone {

  private static final int HEADER = 44;

  /** {@return the zone in {@code file}} or null when it cannot be read or glibc would refuse it */
  static TzifZone read(Path file) {
    byte[] b;
    try {
      b = Files.readAllBytes(file);
    } catch (IOException | RuntimeException e) {
      return null;
    }
    return parse(b);
  }

  /** {@return the zone in these bytes} or null where {@code __tzfile_read} gives up ("lose") */
  static TzifZone parse(byte[] b) {
    int p = 0;
    int width = 4;
    while (true) {
      if (b.length - p < HEADER || b[p] != 'T' || b[p + 1] != 'Z' || b[p + 2] != 'i' || b[p + 3] != 'f') {
        return null;
      }
      long isUtCount = u32(b, p + 20);
      long isStdCount = u32(b, p + 24);
      long leapCount = u32(b, p + 28);
      long timeCount = u32(b, p + 32);
      long typeCount = u32(b, p + 36);
      long charCount = u32(b, p + 40);
      if (isStdCount > typeCount || isUtCount > typeCount) return null;
      boolean versioned = b[p + 4] != 0;
      p += HEADER;
      if (width == 4 && versioned) {
        // glibc reads the 64-bit data that follows the 32-bit block
        long skip = timeCount * 5 + typeCount * 6 + charCount + leapCount * 8 + isStdCount + isUtCount;
        if (skip > b.length - p) return null;
        p += (int) skip;
        width = 8;
        continue;
      }
      return body(b, p, width, (int) Math.min(timeCount, Integer.MAX_VALUE),
          (int) Math.min(typeCount, Integer.MAX_VALUE), charCount, leapCount, (int) isStdCount,
          (int) isUtCount);
    }
  }

  private static TzifZone body(byte[] b, int p, int width, int timeCount, int typeCount,
      long charCount, long leapCount, int isStdCount, int isUtCount) {
    long data = (long) timeCount * (width + 1) + typeCount * 6L + charCount;
    long specLength = 0;
    if (width == 8) {
      long rem = b.length - p;
      if (rem < data) return null;
      specLength = rem - data;
      if (specLength < leapCount * 12) return null;
      specLength -= leapCount * 12 + isStdCount;
      if (specLength < 0 || specLength == 0 || specLength - 1 < isUtCount) return null;
      specLength -= isUtCount + 1;
      if (specLength == 0) return null;
    } else if (data + leapCount * 8 + isStdCount + isUtCount > b.length - p) {
      return null;
    }
    var transitions = new long[timeCount];
    for (int i = 0; i < timeCount; i++, p += width) {
      transitions[i] = width == 8 ? s64(b, p) : (int) u32(b, p);
    }
    var types = Arrays.copyOfRange(b, p, p + timeCount);
    p += timeCount;
    for (byte t : types) {
      if ((t & 0xff) >= typeCount) return null;
    }
    var offsets = new int[typeCount];
    var dst = new boolean[typeCount];
    var abbreviationIndex = new int[typeCount];
    for (int i = 0; i < typeCount; i++, p += 6) {
      int isDst = b[p + 4] & 0xff;
      int index = b[p + 5] & 0xff;
      if (isDst > 1 || index > charCount) return null;
      offsets[i] = (int) u32(b, p);
      dst[i] = isDst == 1;
      abbreviationIndex[i] = index;
    }
    int chars = (int) charCount;
    var abbreviations = new String[typeCount];
    for (int i = 0; i < typeCount; i++) abbreviations[i] = cString(b, p + abbreviationIndex[i], p + chars);
    p += chars;
    int leaps = (int) leapCount;
    var leapTimes = new long[leaps];
    var leapCorrections = new long[leaps];
    for (int i = 0; i < leaps; i++) {
      leapTimes[i] = width == 8 ? s64(b, p) : (int) u32(b, p);
      leapCorrections[i] = (int) u32(b, p + width);
      p += width + 4;
    }
    var isStd = new boolean[typeCount];
    for (int i = 0; i < isStdCount; i++) isStd[i] = b[p++] != 0;
    var isUt = new boolean[typeCount];
    for (int i = 0; i < isUtCount; i++) isUt[i] = b[p++] != 0;
    PosixZone footer = null;
    if (width == 8 && b[p] == '\n') {
      // glibc keeps the specLength - 1 bytes after the newline, as a C string
      String spec = cString(b, p + 1, (int) (p + specLength));
      if (!spec.isEmpty()) footer = TzString.rules(spec);
    }
    return new TzifZone(transitions, types, offsets, dst, isStd, isUt, abbreviations, leapTimes,
        leapCorrections, footer);
  }

  @Override
  public int offset(long t) {
    int type = type(t);
    return type >= 0 ? offsets[type] : footer.offset(t);
  }

  @Override
  public String abbreviation(long t) {
    int type = type(t);
    return type >= 0 ? abbreviations[type] : footer.abbreviation(t);
  }

  /**
   * {@return the type in force at {@code t}}, -1 when the footer decides (at or after the last
   * transition): {@code __tzfile_compute}'s choice, the first standard type before any
   * transition.
   */
  private int type(long t) {
    int n = transitions.length;
    if (n == 0 || t < transitions[0]) {
      for (int i = 0; i < offsets.length; i++) {
        if (!dst[i]) return i;
      }
      return 0;
    }
    if (t >= transitions[n - 1]) return footer == null ? transitionTypes[n - 1] & 0xff : -1;
    int i = Arrays.binarySearch(transitions, t);
    // the last transition at or before t (binarySearch finds one of equal ones; take the last)
    if (i < 0) {
      i = -i - 2;
    } else {
      while (i + 1 < n && transitions[i + 1] == t) i++;
    }
    return transitionTypes[i] & 0xff;
  }

  @Override
  public long leapCorrection(long t) {
    int i = lastLeap(t);
    return i < 0 ? 0 : leapCorrections[i];
  }

  @Override
  public int leapSecond(long t) {
    int i = lastLeap(t);
    if (i < 0 || t != leapTimes[i] || leapCorrections[i] <= (i == 0 ? 0 : leapCorrections[i - 1])) {
      return 0;
    }
    int hit = 1;
    while (i > 0 && leapTimes[i] == leapTimes[i - 1] + 1
        && leapCorrections[i] == leapCorrections[i - 1] + 1) {
      hit++;
      i--;
    }
    return hit;
  }

  /** {@return the last leap second record at or before {@code t}}, -1 when none */
  private int lastLeap(long t) {
    int i = leapTimes.length - 1;
    while (i >= 0 && t < leapTimes[i]) i--;
    return i;
  }

  /**
   * This zone's transitions moved to another standard and daylight offset, as glibc's
   * {@code __tzfile_default} does with the posixrules file for a TZ string that names a
   * daylight saving zone without its rules. Debian's glibc 2.36 (with the fix for glibc bug
   * 29951) takes the file's standard offset, that of its last standard-time transition, and
   * for the daylight one what the last such move left ({@code ruleDst}: 0 in a new process).
   * Transitions given in wall-clock time move by the differences, added where subtracting
   * would have been right: glibc's arithmetic, kept.
   */
  TzifZone withOffsets(String stdName, int stdOffset, String dstName, int dstOffset, int lastDst) {
    if (offsets.length < 2) return null;
    int ruleStd = 0;
    int ruleDst = lastDst;
    if (transitions.length == 0) {
      ruleStd = ruleDst = offsets[0];
    } else {
      for (int i = transitions.length - 1; i >= 0; i--) {
        int type = transitionTypes[i] & 0xff;
        if (!dst[type]) {
          ruleStd = offsets[type];
          break;
        }
      }
    }
    var moved = transitions.clone();
    var types = new byte[transitionTypes.length];
    boolean wasDst = false;
    for (int i = 0; i < moved.length; i++) {
      int type = transitionTypes[i] & 0xff;
      types[i] = (byte) (dst[type] ? 1 : 0);
      if (!isUt[type]) {
        moved[i] += wasDst && !isStd[type] ? dstOffset - ruleDst : stdOffset - ruleStd;
      }
      wasDst = dst[type];
    }
    return new TzifZone(moved, types, new int[] {stdOffset, dstOffset}, new boolean[] {false, true},
        new boolean[2], new boolean[2], new String[] {stdName, dstName}, leapTimes,
        leapCorrections, footer);
  }

  private static long u32(byte[] b, int p) {
    return (b[p] & 0xffL) << 24 | (b[p + 1] & 0xffL) << 16 | (b[p + 2] & 0xffL) << 8 | b[p + 3] & 0xffL;
  }

  private static long s64(byte[] b, int p) {
    return u32(b, p) << 32 | u32(b, p + 4);
  }

  /** The bytes from {@code from} to the first NUL or {@code end}. */
  private static String cString(byte[] b, int from, int end) {
    int e = from;
    while (e < end && e < b.length && b[e] != 0) e++;
    return new String(b, from, Math.max(0, e - from), StandardCharsets.ISO_8859_1);
  }
}
