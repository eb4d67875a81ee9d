package io.jdump.capture.merge;

import io.jdump.capture.Packet;
import io.jdump.capture.PacketSink;
import java.io.IOException;
import java.util.List;

/**
 * Writes the packets of several {@link MergeSource}s in mergecap's order: the smallest key
 * first, and on equal keys the source listed last. A binary heap of source numbers: a merge of
 * thousands of files costs a few comparisons a packet and allocates nothing per packet.
 *
 * <pre>{@code
 * long written = PacketMerge.run(List.of(first, second), sink);
 * }</pre>
 */
public final class PacketMerge {
  private final MergeSource[] sources;
  private final Packet[] heads;
  private final int[] heap;
  private int size;

  private PacketMerge(List<? extends MergeSource> list) {
    sources = list.toArray(new MergeSource[0]);
    heads = new Packet[sources.length];
    heap = new int[sources.length];
  }

  /**
   * Merges the sources into {@code out}. The sources are read to their ends; closing them and
   * {@code out} is the caller's.
   *
   * @param sources the sources, in the order their ties are broken by
   * @param out     where the merged packets go
   * @return the number of packets written
   * @throws IOException when a source or {@code out} fails
   */
  public static long run(List<? extends MergeSource> sources, PacketSink out) throws IOException {
    return new PacketMerge(sources).into(out, Long.MAX_VALUE);
  }

  /**
   * Merges as {@link #run(List, PacketSink)} does, stopping after {@code limit} packets (-c).
   *
   * @param sources the sources, in the order their ties are broken by
   * @param out     where the merged packets go
   * @param limit   the most packets to write
   * @return the number of packets written
   * @throws IOException when a source or {@code out} fails
   */
  public static long run(List<? extends MergeSource> sources, PacketSink out, long limit)
      throws IOException {
    return new PacketMerge(sources).into(out, limit);
  }

  private long into(PacketSink out, long limit) throws IOException {
    for (int i = 0; i < sources.length; i++) {
      heads[i] = new Packet();
      if (sources[i].next(heads[i])) push(i);
    }
    long written = 0;
    while (size > 0 && written < limit) {
      int s = heap[0];
      out.write(heads[s]);
      written++;
      // The head's bytes are the source's: it is read again only after they were written.
      if (sources[s].next(heads[s])) {
        siftDown(0);
      } else {
        heap[0] = heap[--size];
        if (size > 0) siftDown(0);
      }
    }
    return written;
  }

  /** True when source a's head goes before source b's. */
  private boolean before(int a, int b) {
    long ka = sources[a].key();
    long kb = sources[b].key();
    return ka < kb || (ka == kb && a > b);
  }

  private void push(int s) {
    int i = size++;
    heap[i] = s;
    while (i > 0) {
      int parent = (i - 1) / 2;
      if (!before(heap[i], heap[parent])) break;
      swap(i, parent);
      i = parent;
    }
  }

  private void siftDown(int i) {
    while (true) {
      int l = 2 * i + 1;
      if (l >= size) return;
      int m = l + 1 < size && before(heap[l + 1], heap[l]) ? l + 1 : l;
      if (!before(heap[m], heap[i])) return;
      swap(i, m);
      i = m;
    }
  }

  private void swap(int i, int j) {
    int t = heap[i];
    heap[i] = heap[j];
    heap[j] = t;
  }
}
