package io.jdump.capture.merge;

import io.jdump.capture.Packet;
import java.io.IOException;
import java.util.List;

/**
 * The parts of one file read one after the other, as one {@link MergeSource}: each part is
 * closed when it ends. The parts' keys must not decrease from one part to the next, which
 * {@link RunReader}'s carry ensures.
 *
 * <pre>{@code
 * MergeSource file = new ChainedSource(List.of(part0, part1, part2));
 * }</pre>
 */
public final class ChainedSource implements MergeSource {
  private final List<? extends MergeSource> parts;
  private int at;
  private long key = Long.MIN_VALUE;

  /** Reads {@code parts} in list order. */
  public ChainedSource(List<? extends MergeSource> parts) {
    this.parts = parts;
  }

  @Override
  public boolean next(Packet into) throws IOException {
    while (at < parts.size()) {
      MergeSource part = parts.get(at);
      if (part.next(into)) {
        key = part.key();
        return true;
      }
      part.close();
      at++;
    }
    return false;
  }

  @Override
  public long key() {
    return key;
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (; at < parts.size(); at++) {
      try {
        parts.get(at).close();
      } catch (IOException e) {
        if (first == null) first = e;
      }
    }
    if (first != null) throw first;
  }
}
