package io.jdump.capture.file;

import io.jdump.bpf.PacketFilter;
import io.jdump.capture.PacketSource;
import io.jdump.capture.split.CaptureHead;
import io.jdump.capture.split.CaptureSplits;
import io.jdump.capture.split.SeekableInput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Copies a pcap file's records, all or those a filter keeps, to a pcap file, where the records
 * can be written as they stand ({@link PcapReader#writtenAsIs}): the bytes of kept records are
 * moved as ranges, the kernel copying the long runs from file to file, and nothing goes through
 * a per-packet object. A file longer than two ranges is cut into ranges that worker threads walk
 * at once, each from the first record boundary in it ({@link CaptureSplits#boundary}, the same
 * rule Spark splits by); the caller's thread writes the ranges in file order. A range is used only
 * when it starts where the walk of the range before it ended, so a boundary found wrongly costs
 * a second walk of that range on the writing thread, never a wrong record.
 *
 * <p>The copy stops at the first record it cannot write as it stands, damaged or not, and says
 * where ({@link Result#stoppedAt}): the caller's ordinary reader takes over there, so errors,
 * their words and the packets written before them stay tcpdump's.
 *
 * <pre>{@code
 * try (var in = CaptureFiles.open(path)) {
 *   var copy = RangeCopy.of(in, false, path, RangeCopy.DEFAULT_RANGE, 2);
 *   if (copy.isPresent()) {
 *     RangeCopy.Result r = copy.get().run(out, filter, Reach.WHOLE, () -> false);   // out after its header
 *   }
 * }
 * }</pre>
 */
public final class RangeCopy {
  /** The ranges' default length: large reads, and few enough ranges in flight to stay small. */
  public static final int DEFAULT_RANGE = 4 << 20;
  private static final long FIRST_RECORD = 24;

  /**
   * What a copy did.
   *
   * @param kept        records written
   * @param stoppedAt   the first record not handled: the file's size at the start when all were
   * @param interrupted true when {@code stop} said so between two ranges
   */
  public record Result(long kept, long stoppedAt, boolean interrupted) {}

  private final Path file;
  private final PcapReader format;
  private final int rangeBytes;
  private final int threads;

  /** Makes a finder of record starts for one worker. */
  @FunctionalInterface
  interface Finders {
    CaptureSplits.Boundaries make(SeekableInput in, CaptureHead head);
  }

  private final Finders finders;

  /**
   * The shared finder, looking forward only: a start it finds wrongly is caught by the writer.
   * A class: a method reference spins method-handle classes at start.
   */
  private static final class SplitFinders implements Finders {
    @Override
    public CaptureSplits.Boundaries make(SeekableInput in, CaptureHead head) {
      return CaptureSplits.nearBoundaries(in, head);
    }
  }

  private RangeCopy(Path file, PcapReader format, int rangeBytes, int threads, Finders finders) {
    this.file = file;
    this.format = format;
    this.rangeBytes = rangeBytes;
    this.threads = threads;
    this.finders = finders;
  }

  /** For tests: a copier whose workers find boundaries with {@code finders} (wrongly, say). */
  static RangeCopy withFinders(PcapReader source, Path file, int rangeBytes, int threads,
      Finders finders) {
    return new RangeCopy(file, source, rangeBytes, threads, finders);
  }

  /**
   * {@return a copier for {@code file}}, empty when its records cannot be written as they stand
   * by a pcap writer with {@code nanoOut} timestamps
   *
   * @param source     the open reader of {@code file}, for its format
   * @param rangeBytes the length of the ranges the file is cut into
   * @param threads    the worker threads: 0 walks every range on the caller's thread
   * @param file the capture file
   * @param nanoOut true when the output is written with nanosecond time stamps
   */
  public static Optional<RangeCopy> of(PacketSource source, boolean nanoOut, Path file,
      int rangeBytes, int threads) {
    return source instanceof PcapReader r && r.writtenAsIs(nanoOut)
        ? Optional.of(new RangeCopy(file, r, rangeBytes, threads, new SplitFinders()))
        : Optional.empty();
  }

  /**
   * Writes the kept records at {@code out}'s position, in file order.
   *
   * @param filter null to keep every record; called from every worker at once, which jdump's
   *     VMs allow (the interpreter and the JIT's classes keep A, X and the scratch cells in locals)
   * @param reach  how far into a packet the filter reads ({@code io.jdump.bpf.Reach#of}): only
   *     that much of each packet is copied for it
   * @param stop   asked between ranges whether to stop (Ctrl-C): the copy ends on a record boundary
   * @throws IOException when writing fails (a failed read is a stop, left to the reader)
   * @param out the output file, written from its position on
   * @return where the copy stopped, and how many packets it kept
   */
  public Result run(FileChannel out, PacketFilter filter, long reach, BooleanSupplier stop)
      throws IOException {
    try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ);
         SeekableInput seekable = SeekableInput.of(file)) {
      long size = in.size(); // what is appended later is left to the reader
      long ranges = size <= FIRST_RECORD ? 0 : (size - FIRST_RECORD + rangeBytes - 1) / rangeBytes;
      // One thread when the file is short: cutting it would cost more than it gives.
      boolean parallel = threads > 0 && ranges > 2;
      var work = new Work(in, parallel ? CaptureSplits.head(seekable) : null, seekable, size,
          filter, reach, parallel ? threads + 2 : 1);
      ExecutorService pool = parallel ? Executors.newFixedThreadPool(threads, new Daemons()) : null;
      try {
        return parallel ? work.inParallel(pool, ranges, out, stop) : work.inOrder(ranges, out, stop);
      } finally {
        if (pool != null) {
          pool.shutdownNow();
          awaitQuietly(pool);
        }
      }
    }
  }

  /** The workers: daemons, so that a stuck read never keeps the JVM up. A class, not a lambda. */
  private static final class Daemons implements ThreadFactory {
    @Override
    public Thread newThread(Runnable r) {
      var t = new Thread(r, "jdump-range");
      t.setDaemon(true);
      return t;
    }
  }

  private static void awaitQuietly(ExecutorService pool) {
    try {
      pool.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** One range's walk on a worker (a class: a lambda would start the method-handle machinery). */
  private static final class Task implements Callable<RangeWalk> {
    private final Work work;
    private final RangeWalk walk;
    private final CaptureSplits.Boundaries finder;
    private final long k;

    Task(Work work, RangeWalk walk, CaptureSplits.Boundaries finder, long k) {
      this.work = work;
      this.walk = walk;
      this.finder = finder;
      this.k = k;
    }

    @Override
    public RangeWalk call() {
      work.walkRange(walk, finder, k);
      return walk;
    }
  }

  /** One run's state: the input, the walks (one per range in flight) and the ranges' bounds. */
  private final class Work {
    private final FileChannel in;
    private final long size;
    private final PacketFilter filter;
    private final RangeWalk[] walks;
    /** One boundary finder per walk, used by the one task that has the walk: not shared. */
    private final CaptureSplits.Boundaries[] finders;

    /** @param head the file's head for finding boundaries; null when walking in order */
    Work(FileChannel in, CaptureHead head, SeekableInput seekable, long size, PacketFilter filter,
        long reach, int slots) {
      this.in = in;
      this.size = size;
      this.filter = filter;
      this.walks = new RangeWalk[slots];
      this.finders = new CaptureSplits.Boundaries[slots];
      for (int i = 0; i < slots; i++) {
        walks[i] = new RangeWalk(rangeBytes, format, filter != null, reach);
        if (head != null) finders[i] = RangeCopy.this.finders.make(seekable, head);
      }
    }

    private long until(long k) {
      return Math.min(size, FIRST_RECORD + (k + 1) * rangeBytes);
    }

    Result inOrder(long ranges, FileChannel out, BooleanSupplier stop) throws IOException {
      long at = FIRST_RECORD;
      long kept = 0;
      RangeWalk w = walks[0];
      for (long k = 0; k < ranges; k++) {
        if (!walkQuietly(w, at, until(k))) return new Result(kept, at, false);
        write(w, out);
        kept += w.kept();
        at = w.end();
        if (w.handOff()) return new Result(kept, at, false);
        if (stop.getAsBoolean()) return new Result(kept, at, true);
      }
      return new Result(kept, at, false);
    }

    Result inParallel(ExecutorService pool, long ranges, FileChannel out, BooleanSupplier stop)
        throws IOException {
      int slots = walks.length;
      @SuppressWarnings("unchecked")
      Future<RangeWalk>[] pending = new Future[slots];
      for (long k = 0; k < Math.min(slots, ranges); k++) pending[(int) k] = submit(pool, k);
      long at = FIRST_RECORD;
      long kept = 0;
      for (long k = 0; k < ranges; k++) {
        RangeWalk w = await(pending[(int) (k % slots)]);
        // a boundary found wrongly (or a failed read): walk again from where the last range ended
        if (w.start() != at && !walkQuietly(w, at, until(k))) return new Result(kept, at, false);
        write(w, out);
        kept += w.kept();
        at = w.end();
        if (w.handOff()) return new Result(kept, at, false);
        if (k + slots < ranges) pending[(int) (k % slots)] = submit(pool, k + slots);
        if (stop.getAsBoolean()) return new Result(kept, at, true);
      }
      return new Result(kept, at, false);
    }

    /** Range k's walk, on a worker, in the walk the range before it by {@code slots} used. */
    private Future<RangeWalk> submit(ExecutorService pool, long k) {
      int slot = (int) (k % walks.length);
      return pool.submit(new Task(this, walks[slot], finders[slot], k));
    }

    /** Walks one range from the first record start the finder sees in it. */
    void walkRange(RangeWalk w, CaptureSplits.Boundaries finder, long k) {
      try {
        // Searching no further than the range's end keeps a file with a long damaged tail from
        // costing each range the whole tail (the writer stops at the damage; the range is empty).
        long from = k == 0 ? FIRST_RECORD : finder.find(FIRST_RECORD + k * rangeBytes, until(k));
        w.walk(in, from, until(k), size, filter);
      } catch (IOException | RuntimeException e) {
        w.fail();
      }
    }

    private boolean walkQuietly(RangeWalk w, long from, long until) {
      try {
        w.walk(in, from, until, size, filter);
        return true;
      } catch (IOException e) {
        return false; // the reader reads from here and reports what it finds
      }
    }

    private RangeWalk await(Future<RangeWalk> f) throws IOException {
      try {
        return f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      } catch (ExecutionException e) {
        throw new IOException(e.getCause());
      }
    }

    private void write(RangeWalk w, FileChannel out) throws IOException {
      for (int i = 0; i < w.pieces(); i++) {
        if (w.inBuffer(i)) {
          ByteBuffer b = w.bufferPiece(i);
          while (b.hasRemaining()) out.write(b);
        } else {
          long from = w.pieceAt(i);
          long left = w.pieceLength(i);
          while (left > 0) {
            long n = in.transferTo(from, left, out);
            if (n <= 0) throw new IOException("input file shrank while being copied");
            from += n;
            left -= n;
          }
        }
      }
    }
  }
}
