package io.jdump.cli;

import io.jdump.bpf.PacketFilter;
import io.jdump.capture.Packet;
import io.jdump.capture.PacketSink;
import io.jdump.capture.PacketSource;
import io.jdump.print.EspSecretException;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The one loop: read a packet, run the filter, write what it keeps. One {@link Packet} view is
 * reused for every packet, so nothing is allocated per packet here.
 *
 * <p>Any non-zero filter result keeps the packet whole: libpcap reads a BPF return value as a
 * snap length only in the kernel, and its user-space filtering (files, and frames the kernel
 * did not filter) keeps or drops, so tcpdump never cuts a packet here and neither does jdump.
 * {@code -c} counts packets kept, not packets read.
 *
 * <pre>{@code
 * long kept = new PacketLoop(source, filter, sink, 0, Progress.NONE, Interruption.none(), Messages::printingOutput).run();
 * }</pre>
 */
final class PacketLoop {
  private static final int PROGRESS_MASK = Progress.EVERY - 1;

  private final PacketSource source;
  private final PacketFilter filter;
  private final PacketSink sink;
  private final long limit;
  private final Progress progress;
  private final Interruption interruption;
  private final Function<IOException, Failure> writeFailure;
  /** The packets kept so far, for SIGUSR1's report from another thread and after a failure. */
  private final AtomicLong keptSoFar = new AtomicLong();
  /** Whether run() failed reading, not writing: tcpdump -V goes on to its next file then. */
  private boolean inputFailed;

  /**
   * @param filter   null to keep every packet whole
   * @param count    packets to keep before stopping; 0 for all
   * @param interruption asked every {@link Progress#EVERY} packets whether to stop early
   * @param writeFailure words a failure to write, which depends on what is written
   */
  PacketLoop(PacketSource source, PacketFilter filter, PacketSink sink, int count,
      Progress progress, Interruption interruption, Function<IOException, Failure> writeFailure) {
    this.source = source;
    this.filter = filter;
    this.sink = sink;
    this.limit = count == 0 ? Long.MAX_VALUE : count;
    this.progress = progress;
    this.interruption = interruption;
    this.writeFailure = writeFailure;
  }

  /** Runs to the end of the input or to the count; {@return the packets kept} */
  long run() throws Failure {
    var packet = new Packet();
    long read = 0;
    long kept = 0;
    while (kept < limit && next(packet)) {
      if (filter == null
          || filter.apply(packet.buffer(), packet.offset(), packet.caplen(), packet.wirelen()) != 0) {
        write(packet);
        keptSoFar.lazySet(++kept); // an ordered store: no fence on the hot path
      }
      if ((++read & PROGRESS_MASK) == 0) {
        if (interruption.requested()) break; // Ctrl-C: stop on a packet boundary, as tcpdump
        progress.update(read, kept);
      }
    }
    return kept;
  }

  /** {@return the packets kept so far} from any thread, also after run() failed */
  long kept() {
    return keptSoFar.get();
  }

  /** {@return true when run() failed because a packet could not be read} */
  boolean inputFailed() {
    return inputFailed;
  }

  private boolean next(Packet packet) throws Failure {
    try {
      return source.next(packet);
    } catch (IOException e) {
      inputFailed = true;
      throw Messages.readingPacket(e);
    }
  }

  private void write(Packet packet) throws Failure {
    try {
      sink.write(packet);
    } catch (IOException e) {
      throw writeFailure.apply(e);
    } catch (EspSecretException e) {
      throw new Failure(e.getMessage(), e.status(), e);
    }
  }
}
