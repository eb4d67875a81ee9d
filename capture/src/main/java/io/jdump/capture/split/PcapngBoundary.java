package io.jdump.capture.split;

import io.jdump.capture.file.Endian;
import java.io.IOException;

/**
 * Finds where pcapng blocks start in the middle of a file: every block starts at a multiple of
 * 4 and carries its total length at both ends, so a candidate must have a non-zero type, a
 * sane length, the same length in its trailer, and {@link PcapBoundary#CHAIN} such blocks after
 * it (or sane blocks to the end of the file). The search starts one longest block before the
 * offset, for the reason {@link PcapBoundary} gives.
 */
final class PcapngBoundary {
  private static final int SHB = 0x0a0d0d0a;
  private static final int EPB = 6;

  private final Window w;
  private final CaptureHead head;
  private final long size;
  private final Endian e;
  private final long longest;

  PcapngBoundary(SeekableInput in, CaptureHead head) {
    this.w = new Window(in, 1 << 20);
    this.head = head;
    this.size = in.size();
    this.e = head.endian();
    // An EPB with the longest packet and options, as libpcap allows, bounds the blocks looked back over.
    this.longest = 32L + head.maxCaplen() + 131072;
  }

  long find(long offset, long limit) throws IOException {
    long first = head.firstRecord();
    if (offset <= first) return first;
    long stop = Math.min(limit, size);
    long c = Math.max(first, offset - longest);
    for (c = (c + 3) & ~3L; c < stop; c += 4) {
      if (!chain(c)) continue;
      long p = c;
      while (p < offset && p >= 0) p = next(p);
      if (p >= 0) return Math.min(p, stop);
    }
    return stop;
  }

  private boolean chain(long c) throws IOException {
    long p = c;
    for (int n = 0; n < PcapBoundary.CHAIN; n++) {
      if (p >= size) return p == size;
      long next = next(p);
      if (next == -1) return false;
      if (next == -2) return true;
      p = next;
    }
    return true;
  }

  /** {@return where the block after the one at {@code p} starts} -1 when not sane, -2 when cut by the file's end. */
  private long next(long p) throws IOException {
    int i = w.at(p, 8);
    if (i < 0) return -2;
    byte[] b = w.buf();
    int type = e.i32(b, i);
    long length = e.i32(b, i + 4) & 0xffffffffL;
    if (!knownType(type) || length < 12 || (length & 3) != 0 || length > longest) return -1;
    if (type == SHB) {
      int j = w.at(p + 8, 4);
      // A section in the other byte order is not followed: ranges know only the first order.
      if (j < 0 || e.i32(w.buf(), j) != 0x1a2b3c4d) return -1;
    }
    if (type == EPB) {
      if (length < 32) return -1;
      int j = w.at(p + 8, 20);
      if (j >= 0) {
        long caplen = e.i32(w.buf(), j + 12) & 0xffffffffL;
        if (caplen > length - 32) return -1;
      }
    }
    long end = p + length;
    if (end > size) return -2;
    int t = w.at(end - 4, 4);
    if (t < 0 || (e.i32(w.buf(), t) & 0xffffffffL) != length) return -1;
    return end;
  }

  /** Type 0 is reserved; readers skip every other unknown type, so any may occur. */
  private static boolean knownType(int type) {
    return type != 0;
  }
}
