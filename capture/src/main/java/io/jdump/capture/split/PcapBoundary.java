package io.jdump.capture.split;

import io.jdump.capture.file.Endian;
import java.io.IOException;

/**
 * Finds where pcap records start in the middle of a file, where nothing marks them. A candidate
 * offset must hold a sane record header (captured length within the link type's maximum and not
 * above the wire length; sub-second field below one second; not all zeros) followed by a chain
 * of sane headers, each at most a year after and an hour before the one before it, to the end of
 * the file or for {@link #CHAIN} records; the records walked from the candidate to the offset
 * obey the same rules, but for a clock that jumps from or to a time no misread header shows,
 * where a chain starts again after the jump ({@link #walk}). (So a capture whose clock steps
 * back by more than an hour, or on by more than a year, has no boundary found in the 8 records
 * before the step: a split starting there begins after it, and the split before reads those
 * records, stopping where the next one starts.)
 *
 * <p>A payload may itself hold such a chain (a capture of someone downloading a pcap). So the
 * search starts one longest record before the offset: the record that spans the offset starts in
 * that stretch, and following its chain jumps over its payload. Chains that meet agree from there
 * on, so an earlier false start that joins the true chain before the offset does no harm.
 */
final class PcapBoundary {
  /** Records after a candidate that must also be sane: a false chain of 8 is very unlikely. */
  static final int CHAIN = 8;
  /** Seconds a record may follow its neighbour by: a year, where random fields are ~2^32 apart. */
  private static final long NEIGHBOUR_SECONDS = 366L * 86400;
  /**
   * Seconds a record may precede its neighbour by. A header read 4 bytes late takes the
   * sub-second field for seconds and the wire length for the captured length: when the two
   * lengths are equal that false chain runs on forever, but its "seconds" jump back and forth
   * by up to 10^6 or 10^9, where a capture's go forward.
   */
  private static final long BACKWARDS_SECONDS = 3600;

  private final Window w;
  private final CaptureHead head;
  private final long size;
  private final Endian e;
  private final long longest;
  /** How far before the offset the search starts: {@link #longest}, or 0 looking forward only. */
  private final long behind;

  PcapBoundary(SeekableInput in, CaptureHead head) {
    this(in, head, 1 << 20, true);
  }

  /**
   * @param window the bytes read at a time
   * @param lookBehind false to search forward of the offset only: cheaper, and a chain in a
   *     payload that spans the offset is taken for records, for a caller that checks the start
   */
  PcapBoundary(SeekableInput in, CaptureHead head, int window, boolean lookBehind) {
    this.w = new Window(in, window);
    this.head = head;
    this.size = in.size();
    this.e = head.endian();
    this.longest = head.recordHeader() + (long) Math.min(head.maxCaplen(), 16 << 20);
    this.behind = lookBehind ? longest : 0;
  }

  /** {@return the first record start at or after {@code offset}} or {@code limit} when none is before it. */
  long find(long offset, long limit) throws IOException {
    long first = head.firstRecord();
    if (offset <= first) return first;
    long stop = Math.min(limit, size);
    for (long c = Math.max(first, offset - behind); c < stop; c++) {
      if (!chain(c)) continue;
      long p = walk(c, offset);
      if (p >= 0) return Math.min(p, stop);
    }
    return stop;
  }

  /** {@return true when {@code c} starts {@link #CHAIN} sane records, or sane ones to the end} */
  private boolean chain(long c) throws IOException {
    return chain(c, false);
  }

  /**
   * {@return true when {@code c} starts {@link #CHAIN} sane records}; or, unless
   * {@code whole}, sane ones to the end of the file (where a false chain finds it easier)
   */
  private boolean chain(long c, boolean whole) throws IOException {
    long p = c;
    long previous = -1;
    for (int n = 0; n < CHAIN; n++) {
      if (p >= size) return !whole && p == size;
      long next = next(p);
      if (next == -1) return false;
      // A sane header whose record the file cuts: a truncated file's end, after two sane records.
      if (next == -2) return !whole && n >= 2;
      if (previous >= 0 && !neighbours(previous, seconds)) return false;
      previous = seconds;
      p = next;
    }
    return true;
  }

  /**
   * Follows records from {@code c} to the first at or after {@code offset}; -1 if one is not
   * sane. A clock that jumps (a device whose clock was set mid-capture) is followed when one
   * side of the jump is a time no header read off the true boundaries can show (a second's count
   * of fractions or more: such a header's "seconds" are a fraction or a length) and the record
   * after it starts a whole chain of its own ({@link #CHAIN} records, not fewer to the end).
   */
  private long walk(long c, long offset) throws IOException {
    long p = c;
    long previous = -1;
    while (p < offset) {
      long next = next(p);
      if (next < 0) return -1;
      if (previous >= 0 && !neighbours(previous, seconds)) {
        // A header read off the true ones takes the sub-second field (or a length) for seconds:
        // values under a second's count of fractions. Its jumps are between such values.
        long after = seconds;
        if (Math.max(previous, after) < (head.nano() ? 1_000_000_000L : 1_000_000L)) return -1;
        if (!chain(p, true)) return -1;
        seconds = after;
      }
      previous = seconds;
      p = next;
    }
    return p;
  }

  private static boolean neighbours(long before, long after) {
    long d = after - before;
    return d <= NEIGHBOUR_SECONDS && d >= -BACKWARDS_SECONDS;
  }

  /** The seconds field of the last header {@link #next} read. */
  private long seconds;

  /** {@return where the record after the one at {@code p} starts} -1 when not sane, -2 when cut by the file's end. */
  private long next(long p) throws IOException {
    int hdr = head.recordHeader();
    int i = w.at(p, hdr);
    if (i < 0) return -2;
    byte[] b = w.buf();
    seconds = e.i32(b, i) & 0xffffffffL;
    long frac = e.i32(b, i + 4) & 0xffffffffL;
    long caplen = e.i32(b, i + 8) & 0xffffffffL;
    long len = e.i32(b, i + 12) & 0xffffffffL;
    if (head.lengthOrder() == 1 || (head.lengthOrder() == 2 && caplen > len)) {
      long t = caplen;
      caplen = len;
      len = t;
    }
    if (frac >= (head.nano() ? 1_000_000_000L : 1_000_000L)) return -1;
    // An all-zero header is refused: runs of zeros are the commonest false chain. A record of
    // length 0 with a time stamp is a real one (libpcap writes them; 802.15.4 captures hold them).
    if (caplen > head.maxCaplen() || caplen > len || (len == 0 && (seconds | frac) == 0)) {
      return -1;
    }
    long end = p + hdr + caplen;
    return end > size ? -2 : end;
  }
}
