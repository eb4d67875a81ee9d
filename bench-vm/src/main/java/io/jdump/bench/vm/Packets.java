package io.jdump.bench.vm;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The working set: the first packets of a pcap file, copied back to back into one array, as
 * libpcap's anchor ({@code bpf-bench.c}) holds them, with each one's offset, caplen and wire
 * length.
 *
 * @param data    every packet's captured bytes, back to back
 * @param offset  where packet i starts in data
 * @param caplen  captured length of packet i
 * @param wirelen length of packet i on the wire
 */
record Packets(byte[] data, int[] offset, int[] caplen, int[] wirelen) {
  int count() {
    return offset.length;
  }

  /** {@return the first max packets of a pcap file} (either byte order, µs or ns stamps). */
  static Packets load(Path pcap, int max) throws IOException {
    ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(pcap));
    int magic = in.order(ByteOrder.LITTLE_ENDIAN).getInt(0);
    if (magic != 0xa1b2c3d4 && magic != 0xa1b23c4d) in.order(ByteOrder.BIG_ENDIAN);
    int m = in.getInt(0);
    if (m != 0xa1b2c3d4 && m != 0xa1b23c4d) throw new IOException(pcap + ": not a pcap file");
    int n = 0;
    long bytes = 0;
    for (int at = 24; at + 16 <= in.limit() && n < max; n++) {
      int incl = in.getInt(at + 8);
      bytes += incl;
      at += 16 + incl;
    }
    byte[] data = new byte[Math.toIntExact(bytes)];
    int[] offset = new int[n];
    int[] caplen = new int[n];
    int[] wirelen = new int[n];
    int at = 24;
    int used = 0;
    for (int i = 0; i < n; i++) {
      caplen[i] = in.getInt(at + 8);
      wirelen[i] = in.getInt(at + 12);
      offset[i] = used;
      in.get(at + 16, data, used, caplen[i]);
      used += caplen[i];
      at += 16 + caplen[i];
    }
    return new Packets(data, offset, caplen, wirelen);
  }
}
