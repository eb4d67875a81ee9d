package io.jdump.sparkcli;

import java.io.Serializable;

/**
 * One capture file to read: its Hadoop path (a URI: {@code file:/...}, {@code hdfs://...}),
 * the name to show in messages (as the user typed it, or as a directory or glob listed it),
 * its size, and its place in the merge.
 *
 * <pre>{@code
 * var f = new InputFile(0, "file:/data/a.pcap", "captures/a.pcap", 1 << 20);
 * }</pre>
 */
record InputFile(int index, String uri, String name, long size) implements Serializable {
  /** {@return true for a gzip-compressed file}, which is read whole by one task */
  boolean compressed() {
    return uri.endsWith(".gz");
  }

  /**
   * {@return true when tasks may read parts of the file}: an uncompressed pcap. pcapng is read
   * whole, since a section or interface described past the first packet would be missed by a
   * part that starts after it.
   */
  boolean splittable(boolean pcapng) {
    return !compressed() && !pcapng;
  }
}
