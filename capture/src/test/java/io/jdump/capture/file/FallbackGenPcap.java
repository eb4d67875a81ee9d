package io.jdump.capture.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * A stand-in for gen-pcap where python3 is missing: the same file format (little-endian,
 * microseconds, Ethernet, snaplen 262144), random frames from a seed. The readers and writers
 * treat frame bytes as opaque, and every expectation comes from tshark or tcpdump, so the tests
 * hold with either generator. Test code.
 */
final class FallbackGenPcap {
  private FallbackGenPcap() {}

  static void write(Path out, int packets, int seed, int snaplenCut) {
    var r = new Random(seed);
    var file = new java.io.ByteArrayOutputStream();
    file.writeBytes(ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN).putInt(0xa1b2c3d4)
        .putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(262144).putInt(1).array());
    long micros = 1_700_000_000_000_000L;
    for (int i = 0; i < packets; i++) {
      micros += 1 + r.nextInt(200);
      int len = 60 + r.nextInt(r.nextInt(8) == 0 ? 9000 : 1455);
      byte[] frame = new byte[len];
      r.nextBytes(frame);
      frame[12] = 0x08; // IPv4 ethertype, so that dissectors see something plausible
      frame[13] = 0x00;
      int caplen = snaplenCut > 0 ? Math.min(len, snaplenCut) : len;
      file.writeBytes(ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN)
          .putInt((int) (micros / 1_000_000)).putInt((int) (micros % 1_000_000))
          .putInt(caplen).putInt(len).array());
      file.write(frame, 0, caplen);
    }
    try {
      Files.write(out, file.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
