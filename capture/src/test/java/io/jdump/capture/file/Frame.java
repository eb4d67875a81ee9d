package io.jdump.capture.file;

import io.jdump.capture.Packet;
import io.jdump.capture.PacketSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/** One packet as a value, to compare jdump's view of a file with an oracle's. */
record Frame(long nanos, int caplen, int wirelen, int dlt, byte[] data) {
  static Frame of(Packet p) {
    byte[] d = Arrays.copyOfRange(p.buffer(), p.offset(), p.offset() + p.caplen());
    return new Frame(p.timestampNanos(), p.caplen(), p.wirelen(), p.dlt(), d);
  }

  /** {@return every packet of the source} stopping at its end. */
  static List<Frame> readAll(PacketSource in) throws IOException {
    var frames = new ArrayList<Frame>();
    var p = new Packet();
    while (in.next(p)) frames.add(of(p));
    return frames;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Frame f && f.nanos == nanos && f.caplen == caplen && f.wirelen == wirelen
        && f.dlt == dlt && Arrays.equals(f.data, data);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(nanos) * 31 + Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    String hex = HexFormat.of().formatHex(data, 0, Math.min(data.length, 24));
    return "Frame[ns=" + nanos + " caplen=" + caplen + " len=" + wirelen + " dlt=" + dlt + " " + hex + "]";
  }
}
