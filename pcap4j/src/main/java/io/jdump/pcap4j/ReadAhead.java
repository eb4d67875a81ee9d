package io.jdump.pcap4j;

import io.jdump.bpf.PacketFilter;
import io.jdump.capture.Packet;
import io.jdump.capture.PacketSource;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Reads and filters a capture file on a thread of its own, a bounded number of passing packets
 * ahead of the handle's reader, so that pcap4j's dissection in the reader's thread overlaps
 * jdump's reading on a second core. One producer, one consumer: a ring of reusable slots, each
 * a copy of one passing frame, handed over in file order; the end of the file and a reader's
 * failure travel through the ring as its last slot, so that the consumer meets them after the
 * packets before them, as the synchronous loop would.
 *
 * <p>The consumer holds one slot at a time (the frame it last took, which its view points at)
 * and releases it on its next {@link #take}. {@link #stop()} hands the source back: after it
 * the caller may read the source itself: it has returned {@code stop()}'s count of records, and
 * the consumer has seen those up to {@link #recordsTaken()}.
 */
final class ReadAhead implements Runnable {
  /** Slots in the ring: enough to ride out a run of passing packets, small enough for cache. */
  private static final int SLOTS = 128;
  /** The first array a slot gets; larger frames grow it once. */
  private static final int SLOT_BYTES = 2048;
  /** How long a full producer sleeps before it looks whether its handle is still wanted. */
  private static final long IDLE_NANOS = 50_000_000L;
  /**
   * Frames waiting in the ring beyond which the producer dissects the frames it adds: the
   * consumer is behind, so the producer lends it its spare time, and the ring drains.
   */
  private static final int LAGGING = SLOTS / 4;
  /** Spins before a waiting side parks: a handover usually comes within a few microseconds. */
  private static final int SPINS = 200;

  private final Slot[] ring = new Slot[SLOTS];
  private final PacketSource source;
  private final PacketFilter filter;
  /** The handle: once nobody holds it, a full producer closes the source and ends. */
  private final WeakReference<Object> owner;
  private final Thread producer;
  /** The producer's own dissection; null when the consumer does not dissect. */
  private final Dissection dissection;

  /** Slots published by the producer. */
  private volatile long produced;
  /** Slots released by the consumer; the slot at this index is the one it holds, if any. */
  private volatile long released;
  private volatile boolean stopping;
  private volatile Thread waitingConsumer;
  /** True while a full producer sleeps: the consumer wakes it once half the ring is free. */
  private volatile boolean producerWaiting;
  /** Written by the producer before it ends; read after {@link #stop()} joined it. */
  private long records;
  /** Consumer's own: whether it holds the slot at {@link #released}; past the end or failure. */
  private boolean holding;
  private boolean finished;
  /** Consumer's own: the {@link Slot#record} of the last slot taken. */
  private long recordsTaken;

  /** One frame's copy, or the end of the file, or the reader's failure. */
  private static final class Slot {
    byte[] bytes = new byte[SLOT_BYTES];
    int caplen;
    int wirelen;
    long timestampNanos;
    int dlt;
    int interfaceId;
    /** Records the source had returned when this slot was filled: its place in the file. */
    long record;
    /** pcap4j's packet, when the producer dissected this frame itself; else null. */
    org.pcap4j.packet.Packet dissected;
    /** Null for a packet; {@link #END} at the end of the file; else what the reader threw. */
    Throwable end;
  }

  private static final Throwable END = new Throwable("end of file", null, false, false) { };

  ReadAhead(PacketSource source, PacketFilter filter, Object owner, long recordsBefore,
      boolean dissecting) {
    this.source = source;
    this.dissection = dissecting ? new Dissection() : null;
    this.filter = filter;
    this.owner = new WeakReference<>(owner);
    this.records = recordsBefore;
    this.recordsTaken = recordsBefore;
    for (int i = 0; i < SLOTS; i++) ring[i] = new Slot();
    producer = new Thread(this, "jdump-pcap4j-read-ahead");
    producer.setDaemon(true);
    producer.start();
  }

  @Override
  public void run() {
    Packet p = new Packet();
    long n = 0;
    try {
      while (awaitFreeSlot(n)) {
        Slot s = ring[(int) (n & (SLOTS - 1))];
        try {
          if (!source.next(p)) {
            end(s, END, ++n);
            return;
          }
          records++;
          if (filter == null
              || filter.apply(p.buffer(), p.offset(), p.caplen(), p.wirelen()) != 0) {
            copy(p, s);
            if (dissection != null && n - released > LAGGING) dissect(s);
            publish(++n);
          }
        } catch (IOException | RuntimeException | Error e) {
          // The consumer meets it at this point of the file; an ending thread must not leave
          // it waiting for a slot that never comes.
          end(s, e, ++n);
          return;
        }
      }
    } finally {
      if (owner.get() == null) closeQuietly();
    }
  }

  private void end(Slot s, Throwable why, long n) {
    s.end = why;
    s.record = records;
    publish(n);
  }

  private void copy(Packet p, Slot s) {
    int len = p.caplen();
    if (s.bytes.length < len) s.bytes = new byte[Math.max(len, 2 * s.bytes.length)];
    System.arraycopy(p.buffer(), p.offset(), s.bytes, 0, len);
    s.caplen = len;
    s.wirelen = p.wirelen();
    s.timestampNanos = p.timestampNanos();
    s.dlt = p.dlt();
    s.interfaceId = p.interfaceId();
    s.record = records;
    s.end = null;
    s.dissected = null;
  }

  /**
   * Dissects a slot's frame before it is published. Should pcap4j throw, the slot stays raw:
   * the consumer dissects it again and meets the failure in its own thread, as without reading
   * ahead.
   */
  private void dissect(Slot s) {
    try {
      s.dissected = dissection.of(s.bytes, 0, s.caplen, s.dlt);
    } catch (RuntimeException | StackOverflowError e) {
      s.dissected = null;
    }
  }

  private void publish(long n) {
    produced = n;
    Thread c = waitingConsumer;
    if (c != null) LockSupport.unpark(c);
  }

  /**
   * Waits while the ring is full; once it was, until half of it is free, so that producer and
   * consumer do not wake each other for every slot.
   *
   * @return false when the producer must end: stopped, or its handle is gone
   */
  private boolean awaitFreeSlot(long n) {
    if (n - released < SLOTS) return !stopping;
    for (int spin = 0; spin < SPINS; spin++) {
      if (n - released < SLOTS) return !stopping;
      Thread.onSpinWait();
    }
    producerWaiting = true;
    try {
      while (n - released > SLOTS / 2) {
        if (stopping || owner.get() == null) return false;
        LockSupport.parkNanos(this, IDLE_NANOS);
      }
    } finally {
      producerWaiting = false;
    }
    return !stopping;
  }

  private void closeQuietly() {
    try {
      source.close();
    } catch (IOException e) {
      // Nobody is left to tell: the handle that owned the file was dropped unclosed.
    }
  }

  /**
   * Points {@code into} at the next passing frame, in file order; the view stays valid until
   * the next call or {@link #stop()}.
   *
   * @return false at the end of the file
   * @throws IOException what the reader threw at that point of the file
   */
  boolean take(Packet into) throws IOException {
    if (finished) return false;
    long next = released;
    if (holding) {
      released = ++next;
      if (producerWaiting && produced - next <= SLOTS / 2) LockSupport.unpark(producer);
    }
    holding = false;
    if (next == produced && !await(next)) return false;
    Slot s = ring[(int) (next & (SLOTS - 1))];
    recordsTaken = s.record;
    if (s.end != null) {
      finished = true;
      if (s.end == END) return false;
      if (s.end instanceof IOException e) throw e;
      if (s.end instanceof RuntimeException e) throw e;
      throw (Error) s.end;
    }
    holding = true;
    into.set(s.bytes, 0, s.caplen, s.wirelen, s.timestampNanos, s.dlt, s.interfaceId);
    return true;
  }

  /**
   * {@return pcap4j's packet for the frame last taken, when the producer dissected it, else
   * null} Each is handed out once.
   */
  org.pcap4j.packet.Packet dissected() {
    if (!holding) return null;
    Slot s = ring[(int) (released & (SLOTS - 1))];
    org.pcap4j.packet.Packet p = s.dissected;
    s.dissected = null;
    return p;
  }

  /** {@return true once the end of the file or the reader's failure was taken} */
  boolean finished() {
    return finished;
  }

  /** {@return false when the producer was stopped (the handle closed) before filling it} */
  private boolean await(long next) {
    for (int spin = 0; spin < SPINS; spin++) {
      if (produced != next) return true;
      Thread.onSpinWait();
    }
    waitingConsumer = Thread.currentThread();
    try {
      while (produced == next) {
        if (stopping) return false;
        LockSupport.park(this);
      }
      return true;
    } finally {
      waitingConsumer = null;
    }
  }

  /** {@return the records the source had returned up to the last frame taken} */
  long recordsTaken() {
    return recordsTaken;
  }

  /**
   * Ends the producer and waits for it; the source is then the caller's again.
   *
   * @return the records the source has returned in all, read ahead or not: the position from
   *     which the source continues
   */
  long stop() {
    stopping = true;
    LockSupport.unpark(producer);
    Thread c = waitingConsumer;
    if (c != null) LockSupport.unpark(c);
    boolean interrupted = false;
    while (true) {
      try {
        producer.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) Thread.currentThread().interrupt();
    return records;
  }
}
