package io.jdump.capture.live;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The frames of a pcap file tcpdump wrote, for comparison (a partial last record is left). */
final class PcapFileFrames {
  private PcapFileFrames() {}

  static List<Frame> read(Path file) throws IOException {
    var out = new ArrayList<Frame>();
    if (!Files.exists(file)) return out;
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file));
    if (b.remaining() < 24) return out;
    int magic = b.order(ByteOrder.LITTLE_ENDIAN).getInt(0);
    if (magic != 0xa1b2c3d4 && magic != 0xa1b23c4d) b.order(ByteOrder.BIG_ENDIAN);
    magic = b.getInt(0);
    long fractionUnit = magic == 0xa1b23c4d ? 1 : 1000;
    int dlt = io.jdump.bpf.LinkType.dltForLinkType(b.getInt(20));
    b.position(24);
    while (b.remaining() >= 16) {
      long sec = Integer.toUnsignedLong(b.getInt());
      long frac = Integer.toUnsignedLong(b.getInt());
      int caplen = b.getInt();
      int wirelen = b.getInt();
      if (b.remaining() < caplen) break;
      byte[] bytes = Arrays.copyOfRange(b.array(), b.position(), b.position() + caplen);
      b.position(b.position() + caplen);
      out.add(new Frame(bytes, wirelen, sec * 1_000_000_000L + frac * fractionUnit, dlt));
    }
    return out;
  }
}
