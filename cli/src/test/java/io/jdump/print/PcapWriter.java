package io.jdump.print;

import io.jdump.capture.Packet;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes packets to a little-endian microsecond pcap file, for tests that make captures. */
final class PcapWriter {
  private PcapWriter() {}

  static void write(Path file, int linkType, List<Packet> packets) throws IOException {
    int size = 24;
    for (Packet p : packets) size += 16 + p.caplen();
    ByteBuffer bb = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    bb.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0)
        .putInt(262144).putInt(linkType);
    for (Packet p : packets) {
      long us = p.timestampNanos() / 1000;
      bb.putInt((int) (us / 1_000_000)).putInt((int) (us % 1_000_000)).putInt(p.caplen())
          .putInt(p.wirelen());
      bb.put(p.buffer(), p.offset(), p.caplen());
    }
    Files.write(file, bb.array());
  }
}
