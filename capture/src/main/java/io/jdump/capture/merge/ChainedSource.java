package io.jdump.capture.merge;

import io.jdump.capture.Packet;
import java.io.IOException;
import java.util.List;

/**
 * The parts of one file read one after the other, as one {@link MergeSource}: each part is
 * opened when the one before it ends, and closed when it ends itself, so that a merge of many
 * files holds one open part a file. The parts' keys must not decrease from one part to the
 * next, which {@link RunReader}'s carry ensures.
 *
 * <pre>{@code
 * MergeSource file = new ChainedSource(List.of(() -> new RunReader(in0, c0), () -> new RunReader(in1, c1)));
 * }</pre>
 */
public final class ChainedSource implements MergeSource {
  /** Opens one part when its turn comes. */
  @FunctionalInterface
  public interface Opener {
    /**
     * {@return the part, opened}
     *
     * @throws IOException when it cannot be opened or its header is bad
     */
    MergeSource open() throws IOException;
  }

  private final List<Opener> parts;
  private int next;
  private MergeSource current;
  private long key = Long.MIN_VALUE;

  /**
   * Reads {@code parts} in list order.
   *
   * @param parts the parts of one file, each opened when the one before is done
   */
  public ChainedSource(List<Opener> parts) {
    this.parts = parts;
  }

  @Override
  public boolean next(Packet into) throws IOException {
    while (true) {
      if (current == null) {
        if (next == parts.size()) return false;
        current = parts.get(next++).open();
      }
      if (current.next(into)) {
        key = current.key();
        return true;
      }
      current.close();
      current = null;
    }
  }

  @Override
  public long key() {
    return key;
  }

  @Override
  public void close() throws IOException {
    if (current != null) current.close();
    current = null;
    next = parts.size();
  }
}
