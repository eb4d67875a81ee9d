package io.jdump.capture.merge;

import io.jdump.capture.Packet;
import io.jdump.capture.PacketSink;
import io.jdump.capture.file.CaptureFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Generated capture files for merge tests: Ethernet, IPv4, TCP or UDP to a few ports. Test code. */
public final class MergeFiles {
  private static final int[] PORTS = {53, 80, 443, 8080};

  private MergeFiles() {}

  /**
   * {@return a file of up to 30 packets} with timestamps drawn from a small range (equal ones
   * across files), in order or not, microsecond or nanosecond.
   */
  public static Path random(Path dir, String name, Random random) throws IOException {
    return random(dir, name, random, 30);
  }

  /** {@return a file of up to {@code most} packets} as {@link #random(Path, String, Random)}. */
  public static Path random(Path dir, String name, Random random, int most) throws IOException {
    int n = random.nextInt(most + 1);
    long[] stamps = new long[n];
    boolean sorted = random.nextBoolean();
    long t = 1_700_000_000_000_000_000L;
    for (int i = 0; i < n; i++) {
      t += sorted ? random.nextInt(3) * 1000L : 0;
      stamps[i] = sorted ? t : t + random.nextInt(8) * 1000L;
    }
    boolean nano = random.nextInt(4) == 0;
    if (nano) for (int i = 0; i < n; i++) stamps[i] += random.nextInt(3);
    return write(dir.resolve(name + ".pcap"), nano, stamps, random);
  }

  /** Writes packets with these timestamps (ns). */
  public static Path write(Path file, boolean nano, long[] stamps) throws IOException {
    return write(file, nano, stamps, new Random(stamps.length));
  }

  private static Path write(Path file, boolean nano, long[] stamps, Random random) throws IOException {
    var p = new Packet();
    try (PacketSink out = CaptureFiles.pcapWriter(Files.newOutputStream(file), 1, 65535, nano)) {
      for (long ts : stamps) {
        byte[] frame = frame(random);
        p.set(frame, 0, frame.length, frame.length, ts, 1, 0);
        out.write(p);
      }
    }
    return file;
  }

  /** An Ethernet/IPv4 frame, TCP or UDP, between 10.0.0.1-4, to one of a few ports. */
  public static byte[] frame(Random random) {
    boolean tcp = random.nextBoolean();
    int payload = random.nextInt(40);
    int l4 = tcp ? 20 : 8;
    byte[] b = new byte[14 + 20 + l4 + payload];
    b[5] = (byte) random.nextInt(4);
    b[11] = 1;
    b[12] = 0x08;
    b[14] = 0x45;
    int total = 20 + l4 + payload;
    b[16] = (byte) (total >> 8);
    b[17] = (byte) total;
    b[22] = 64;
    b[23] = (byte) (tcp ? 6 : 17);
    b[26] = 10;
    b[29] = (byte) (1 + random.nextInt(4));
    b[30] = 10;
    b[33] = (byte) (1 + random.nextInt(4));
    int sport = 1024 + random.nextInt(1000);
    int dport = PORTS[random.nextInt(PORTS.length)];
    if (random.nextBoolean()) {
      int s = sport;
      sport = dport;
      dport = s;
    }
    b[34] = (byte) (sport >> 8);
    b[35] = (byte) sport;
    b[36] = (byte) (dport >> 8);
    b[37] = (byte) dport;
    if (tcp) {
      b[46] = 0x50;
      b[47] = 0x18;
    } else {
      b[38] = (byte) ((8 + payload) >> 8);
      b[39] = (byte) (8 + payload);
    }
    for (int i = 14 + 20 + l4; i < b.length; i++) b[i] = (byte) random.nextInt(256);
    return b;
  }
}
