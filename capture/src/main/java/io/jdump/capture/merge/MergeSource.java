package io.jdump.capture.merge;

import io.jdump.capture.Packet;
import java.io.IOException;

/**
 * One file's kept packets in file order, each with its merge key: the largest timestamp seen in
 * the file up to and including that packet, dropped packets counted (see the package's notes).
 *
 * <pre>{@code
 * var p = new Packet();
 * while (source.next(p)) keys.add(source.key());
 * }</pre>
 */
public interface MergeSource extends AutoCloseable {
  /**
   * Reads the next kept packet into {@code into}.
   *
   * @param into the view to point at the packet
   * @return false at the end
   * @throws IOException when the input is unreadable or corrupt
   */
  boolean next(Packet into) throws IOException;

  /** {@return the merge key of the packet last read}, in nanoseconds; never decreasing. */
  long key();

  @Override
  void close() throws IOException;
}
