package io.jdump.capture.file;

import io.jdump.bpf.PacketFilter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/**
 * One range of a pcap file, read into one buffer, walked record by record: each record header is
 * checked, the filter runs on the record in place, and what is kept becomes a list of pieces for
 * the writer, in file order. A run of consecutive kept records long enough to be worth a system
 * call of its own stays in the file (a file piece: copied by the kernel, never through this
 * buffer); shorter runs are moved to the front of the buffer (a buffer piece: written with
 * others in one call). Reused for range after range: nothing is allocated per record.
 *
 * <p>The walk stops short ({@link #handOff()}) at the first record it cannot copy as it stands
 * (damaged, truncated, longer than the snapshot, longer than the buffer; a damaged time stamp is
 * copied, as pcap_dump writes back what libpcap read): the ordinary reader takes over there and
 * says what tcpdump says.
 *
 * <pre>{@code
 * var walk = new RangeWalk(4 << 20, reader);
 * walk.walk(channel, 24, 24 + (4 << 20), channel.size(), filter);
 * for (int i = 0; i < walk.pieces(); i++) ... walk.pieceAt(i), walk.pieceLength(i)
 * }</pre>
 */
final class RangeWalk {
  /** A kept run at least this long is copied by the kernel from the file, not from the buffer. */
  static final int FILE_PIECE = 64 << 10;
  private static final int RECORD_HEADER = 16;
  /** The bytes read at a time: well inside a core's L2 cache. */
  static final int CHUNK = 256 << 10;

  /**
   * The range, read by the kernel straight into a direct buffer: the records' bytes are never
   * copied into the heap, only the first {@code reach} bytes of each packet for the filter.
   */
  private final ByteBuffer view;
  /** The packet's first bytes as the filter reads them; null without a filter. */
  private final byte[] scratch;
  private final int reach;
  private final int snapshot;
  private final int maxCaplen;
  /** Pairs: where (a file offset, or ~index into the buffer for a buffer piece) and length. */
  private long[] pieces = new long[256];
  private int count;
  private long start = -1;
  private long end;
  private boolean handOff;
  private long kept;

  /**
   * @param rangeBytes the ranges' length: the buffer holds one range and the longest record
   *     that may start at its end
   * @param format a reader of the file, for its snapshot length and limits
   * @param filtering whether {@link #walk} gets a filter
   * @param reach how far into a packet the filter reads ({@code io.jdump.bpf.Reach})
   */
  RangeWalk(int rangeBytes, PcapReader format, boolean filtering, long reach) {
    this.snapshot = format.snaplen();
    this.maxCaplen = format.maxCaplen();
    int capacity = rangeBytes + RECORD_HEADER + Math.min(snapshot, 1 << 20);
    this.view = ByteBuffer.allocateDirect(capacity).order(ByteOrder.LITTLE_ENDIAN);
    this.reach = (int) Math.min(reach, Math.min(snapshot, maxCaplen));
    this.scratch = filtering ? new byte[Math.max(1, this.reach)] : null;
  }

  /**
   * Walks the records that start in [{@code from}, {@code until}), {@code from} being a record
   * start; {@code size} is the file's length. A filter of null keeps every record.
   */
  void walk(FileChannel in, long from, long until, long size, PacketFilter filter)
      throws IOException {
    start = from;
    count = 0;
    kept = 0;
    handOff = false;
    view.clear();
    int limit = (int) Math.min(view.capacity(), size - from);
    int n = 0;
    long stop = until - from;
    int p = 0;
    int front = 0; // where the next buffer piece is moved to
    int run = -1; // where the current run of kept records starts
    while (p < stop && from + p < size) {
      if (n - p < RECORD_HEADER) {
        n = fill(in, from, n, p + RECORD_HEADER, limit);
        if (n - p < RECORD_HEADER) {
          handOff = true;
          break;
        }
      }
      int caplen = view.getInt(p + 8);
      if (Integer.compareUnsigned(caplen, snapshot) > 0
          || Integer.compareUnsigned(caplen, maxCaplen) > 0) {
        handOff = true;
        break;
      }
      if (caplen > n - p - RECORD_HEADER) {
        n = fill(in, from, n, p + RECORD_HEADER + caplen, limit);
        if (caplen > n - p - RECORD_HEADER) {
          handOff = true;
          break;
        }
      }
      if (filter == null || keeps(filter, p, caplen)) {
        if (run < 0) run = p;
        kept++;
      } else if (run >= 0) {
        front = take(run, p, front);
        run = -1;
      }
      p += RECORD_HEADER + caplen;
    }
    if (run >= 0) take(run, p, front);
    end = from + p;
  }

  /**
   * Reads the range's next bytes into the buffer at {@code n}: a {@link #CHUNK} at a time, so
   * that the walk meets them while they are still in the core's cache (a whole range read at
   * once has left it by the time the walk gets there), or up to {@code need} when more.
   * {@return the bytes now in the buffer} at most {@code limit}
   */
  private int fill(FileChannel in, long from, int n, int need, int limit) throws IOException {
    int want = Math.min(limit, Math.max(need, n + CHUNK));
    if (want <= n) return n;
    view.limit(want).position(n);
    long at = from + n;
    while (view.hasRemaining()) {
      int r = in.read(view, at);
      if (r < 0) break;
      at += r;
    }
    return view.position();
  }

  private boolean keeps(PacketFilter filter, int p, int caplen) {
    view.get(p + RECORD_HEADER, scratch, 0, Math.min(caplen, reach));
    return filter.apply(scratch, 0, caplen, view.getInt(p + 12)) != 0;
  }

  /** Keeps the range's bytes [from, to): a file piece when long, else moved to [front ..]; {@return the new front} */
  private int take(int from, int to, int front) {
    int length = to - from;
    if (length >= FILE_PIECE || scratch == null) {
      add(start + from, length);
      return front;
    }
    view.put(front, view, from, length); // front <= from: nothing unread is overwritten
    long last = count > 0 ? pieces[2 * count - 2] : 0;
    if (last < 0 && ~last + pieces[2 * count - 1] == front) {
      pieces[2 * count - 1] += length; // joins the buffer piece just before it
    } else {
      add(~(long) front, length);
    }
    return front + length;
  }

  private void add(long where, int length) {
    if (2 * count + 2 > pieces.length) pieces = Arrays.copyOf(pieces, pieces.length * 2);
    pieces[2 * count] = where;
    pieces[2 * count + 1] = length;
    count++;
  }

  /** {@return where the walk started} */
  long start() {
    return start;
  }

  /** {@return the first record not taken}: where the next range starts, or the hand-off */
  long end() {
    return end;
  }

  /** {@return true when the walk stopped at {@link #end()} on a record it cannot copy as is} */
  boolean handOff() {
    return handOff;
  }

  /** {@return the records kept} */
  long kept() {
    return kept;
  }

  /** {@return the pieces to write, in order} */
  int pieces() {
    return count;
  }

  /** {@return true when piece {@code i} is in the buffer, false when in the file} */
  boolean inBuffer(int i) {
    return pieces[2 * i] < 0;
  }

  /** {@return piece {@code i}'s file offset, or its index in the buffer} */
  long pieceAt(int i) {
    long w = pieces[2 * i];
    return w < 0 ? ~w : w;
  }

  /** {@return piece {@code i}'s length} */
  int pieceLength(int i) {
    return (int) pieces[2 * i + 1];
  }

  /** {@return buffer piece {@code i}'s bytes} a view valid until the next walk */
  ByteBuffer bufferPiece(int i) {
    int at = (int) pieceAt(i);
    return view.clear().limit(at + pieceLength(i)).position(at);
  }

  /** Marks the walk as not done, for a range whose read failed: the writer walks it again. */
  void fail() {
    start = -1;
  }
}
