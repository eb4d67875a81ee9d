package io.jdump.capture.split;

import io.jdump.capture.file.Endian;
import java.io.IOException;

/**
 * Finds where pcap records start in the middle of a file, where nothing marks them. A candidate
 * offset must hold a sane record header (captured length within the link type's maximum and not
 * above the wire length, sub-second field below one second) followed by a chain of sane headers
 * to the end of the file or for {@link #CHAIN} records.
 *
 * <p>A payload may itself hold such a chain (a capture of someone downloading a pcap). So the
 * search starts one longest record before the offset: the record that spans the offset starts in
 * that stretch, and following its chain jumps over its payload. Chains that meet agree from there
 * on, so an earlier false start that joins the true chain before the offset does no harm.
 */
final class PcapBoundary {
  /** Records after a candidate that must also be sane: a false chain of 8 is very unlikely. */
  static final int CHAIN = 8;

  private final Window w;
  private final CaptureHead head;
  private final long size;
  private final Endian e;
  private final long longest;

  PcapBoundary(SeekableInput in, CaptureHead head) {
    this.w = new Window(in, 1 << 20);
    this.head = head;
    this.size = in.size();
    this.e = head.endian();
    this.longest = head.recordHeader() + (long) Math.min(head.maxCaplen(), 16 << 20);
  }

  /** {@return the first record start at or after {@code offset}} or {@code limit} when none is before it. */
  long find(long offset, long limit) throws IOException {
    long first = head.firstRecord();
    if (offset <= first) return first;
    long stop = Math.min(limit, size);
    for (long c = Math.max(first, offset - longest); c < stop; c++) {
      if (!chain(c)) continue;
      long p = walk(c, offset);
      if (p >= 0) return Math.min(p, stop);
    }
    return stop;
  }

  /** {@return true when {@code c} starts {@link #CHAIN} sane records, or sane ones to the end} */
  private boolean chain(long c) throws IOException {
    long p = c;
    for (int n = 0; n < CHAIN; n++) {
      if (p >= size) return p == size;
      long next = next(p);
      if (next == -1) return false;
      if (next == -2) return true; // a sane header whose record the file cuts: its end
      p = next;
    }
    return true;
  }

  /** Follows records from {@code c} to the first at or after {@code offset}; -1 if one is not sane. */
  private long walk(long c, long offset) throws IOException {
    long p = c;
    while (p < offset) {
      long next = next(p);
      if (next < 0) return -1;
      p = next;
    }
    return p;
  }

  /** {@return where the record after the one at {@code p} starts} -1 when not sane, -2 when cut by the file's end. */
  private long next(long p) throws IOException {
    int hdr = head.recordHeader();
    int i = w.at(p, hdr);
    if (i < 0) return -2;
    byte[] b = w.buf();
    long frac = e.i32(b, i + 4) & 0xffffffffL;
    long caplen = e.i32(b, i + 8) & 0xffffffffL;
    long len = e.i32(b, i + 12) & 0xffffffffL;
    if (head.lengthOrder() == 1 || (head.lengthOrder() == 2 && caplen > len)) {
      long t = caplen;
      caplen = len;
      len = t;
    }
    if (frac >= (head.nano() ? 1_000_000_000L : 1_000_000L)) return -1;
    if (caplen > head.maxCaplen() || caplen > len) return -1;
    long end = p + hdr + caplen;
    return end > size ? -2 : end;
  }
}
