package io.jdump.capture.split;

import io.jdump.capture.PacketSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one capture file in independent byte ranges, for many threads or many Spark tasks. A
 * range holds the packets whose record (pcap) or packet block (pcapng) starts in it, so ranges
 * that tile the file give every packet once, in file order.
 *
 * <pre>{@code
 * try (SeekableInput in = SeekableInput.of(Path.of("big.pcap"))) {
 *   CaptureHead head = CaptureSplits.head(in);
 *   for (long[] r : CaptureSplits.ranges(in.size(), 64 << 20)) {
 *     try (PacketSource s = CaptureSplits.open(in, head, r[0], r[1])) {
 *       var p = new Packet();
 *       while (s.next(p)) count++;
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>pcapng: a range knows the section header and the interfaces described before the file's
 * first packet block. A packet of an interface described later makes its range read the file
 * again from the start; a second section that describes its interfaces differently is not
 * noticed by the ranges after it (such a file must be read whole).
 */
public final class CaptureSplits {
  private CaptureSplits() {}

  /**
   * {@return the file's head} which every range reader needs; read it once per file.
   *
   * @param in the file
   * @throws IOException when the input cannot be read
   */
  public static CaptureHead head(SeekableInput in) throws IOException {
    return CaptureHead.read(in);
  }

  /**
   * {@return the first record start at or after {@code offset}} or the file's size when there is
   * none: the record that spans {@code offset} belongs to the range before it.
   *
   * @param head the file's head (see {@link #head})
   * @param in the file
   * @param offset a byte offset in the file
   * @throws IOException when the input cannot be read
   */
  public static long boundary(SeekableInput in, CaptureHead head, long offset) throws IOException {
    return head.pcapng()
        ? new PcapngBoundary(in, head).find(offset, in.size())
        : new PcapBoundary(in, head).find(offset, in.size());
  }

  /** Finds record starts in one file again and again, with one read buffer: for one thread. */
  @FunctionalInterface
  public interface Boundaries {
    /**
     * {@return the first record start at or after {@code offset}}, as {@link #boundary} finds it,
     * or {@code limit} when none starts before it. A range's caller passes the range's end: the
     * search then costs at most the range, where searching to the end of a file whose long tail
     * is damaged would cost every range the whole tail.
     *
     * @param offset a byte offset in the file
     * @param limit the byte after the last candidate start
     * @throws IOException when the input cannot be read
     */
    long find(long offset, long limit) throws IOException;
  }

  /**
   * {@return a reusable finder of {@link #boundary}'s record starts} for a caller that looks up
   * many (one range after another) and should not allocate a buffer for each.
   *
   * @param head the file's head (see {@link #head})
   * @param in the file
   */
  public static Boundaries boundaries(SeekableInput in, CaptureHead head) {
    if (head.pcapng()) {
      var b = new PcapngBoundary(in, head);
      return (offset, limit) -> b.find(offset, limit);
    }
    var b = new PcapBoundary(in, head);
    return (offset, limit) -> b.find(offset, limit);
  }

  /**
   * {@return a reusable finder of likely pcap record starts} that reads little: it searches only
   * forward of the offset, a small window at a time, so a run of record-like headers inside a
   * payload that spans the offset may be taken for the records. For a caller that checks every
   * start it is given against the end of the range before (a wrong one costs it a second walk,
   * never a wrong record): {@code io.jdump.capture.file.RangeCopy}. Pcap files only.
   *
   * <pre>{@code
   * var finder = CaptureSplits.nearBoundaries(in, CaptureSplits.head(in));
   * long start = finder.find(64 << 20, 128 << 20);   // a record start in [64 MiB, 128 MiB)
   * }</pre>
   *
   * @param head the file's head (see {@link #head}), of a pcap file
   * @param in the file
   */
  public static Boundaries nearBoundaries(SeekableInput in, CaptureHead head) {
    return new Near(new PcapBoundary(in, head, 64 << 10, false));
  }

  /** A forward finder as a class: a lambda would start the method-handle machinery. */
  private static final class Near implements Boundaries {
    private final PcapBoundary boundary;

    Near(PcapBoundary boundary) {
      this.boundary = boundary;
    }

    @Override
    public long find(long offset, long limit) throws IOException {
      return boundary.find(offset, limit);
    }
  }

  /**
   * {@return the packets whose records start in [start, end)} streamed; the source does not
   * close {@code in}. Errors are the file readers', for records of this range.
   *
   * @param end the byte after the range
   * @param head the file's head (see {@link #head})
   * @param in the file
   * @param start the range's first byte
   * @throws IOException when the input cannot be read
   */
  public static PacketSource open(SeekableInput in, CaptureHead head, long start, long end)
      throws IOException {
    return new RangeSource(in, head, start, end);
  }

  /**
   * {@return [start, end) pairs of at most {@code splitSize} bytes tiling a file of {@code size}}
   *
   * @param size the file's size in bytes
   * @param splitSize the bytes per range
   */
  public static List<long[]> ranges(long size, long splitSize) {
    var out = new ArrayList<long[]>();
    for (long s = 0; s < size; s += splitSize) out.add(new long[] {s, Math.min(size, s + splitSize)});
    if (out.isEmpty()) out.add(new long[] {0, 0});
    return out;
  }
}
