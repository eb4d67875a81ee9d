package io.jdump.capture.merge;

import io.jdump.bpf.PacketFilter;
import io.jdump.capture.Packet;
import io.jdump.capture.PacketSource;
import java.io.IOException;

/**
 * A capture file's packets that a filter keeps, keyed for merging: the key runs over every
 * packet read, kept or not, so that it is the key the packet has in the unfiltered file.
 *
 * <pre>{@code
 * try (var kept = new FilteredSource(CaptureFiles.open(path), filter)) {
 *   while (kept.next(p)) out.write(p);
 * }
 * }</pre>
 */
public final class FilteredSource implements MergeSource {
  private final PacketSource source;
  private final PacketFilter filter;
  private long key;
  private long read;

  /**
   * Reads {@code source}, keeping the packets {@code filter} keeps (all when null), with keys
   * that start from {@code carry}: the largest timestamp before the source's first packet
   * ({@link Long#MIN_VALUE} at the start of a file).
   *
   * @param carry the largest time stamp of the parts before this one (mergecap keeps each file's own order)
   * @param filter the filter, or null to keep every packet
   * @param source the packets to filter
   */
  public FilteredSource(PacketSource source, PacketFilter filter, long carry) {
    this.source = source;
    this.filter = filter;
    this.key = carry;
  }

  /**
   * Reads a whole file from its start.
   *
   * @param filter the filter, or null to keep every packet
   * @param source the packets to filter
   */
  public FilteredSource(PacketSource source, PacketFilter filter) {
    this(source, filter, Long.MIN_VALUE);
  }

  @Override
  public boolean next(Packet into) throws IOException {
    while (source.next(into)) {
      read++;
      if (into.timestampNanos() > key) key = into.timestampNanos();
      if (filter == null || filter.apply(into.buffer(), into.offset(), into.caplen(), into.wirelen()) != 0) {
        return true;
      }
    }
    return false;
  }

  @Override
  public long key() {
    return key;
  }

  /** {@return how many packets were read}, kept or not */
  public long read() {
    return read;
  }

  /** {@return the largest timestamp read so far}, or the carry when none was larger */
  public long maxTimestamp() {
    return key;
  }

  @Override
  public void close() throws IOException {
    source.close();
  }
}
