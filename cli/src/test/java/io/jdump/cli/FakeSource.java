package io.jdump.cli;

import io.jdump.capture.CaptureFileException;
import io.jdump.capture.Packet;
import io.jdump.capture.PacketSource;
import java.util.List;

/** Packets from a list, all in one shared buffer as a real reader keeps them; may fail at the end. */
final class FakeSource implements PacketSource {
  private final byte[] buffer;
  private final int[] offsets;
  private final int[] lengths;
  private final String failure;
  private int next;
  private long position;
  boolean closed;

  /** @param failure the message of a CaptureFileException after the last packet; null for none */
  FakeSource(List<byte[]> frames, String failure) {
    int total = frames.stream().mapToInt(f -> f.length).sum();
    this.buffer = new byte[total];
    this.offsets = new int[frames.size()];
    this.lengths = new int[frames.size()];
    int at = 0;
    for (int i = 0; i < frames.size(); i++) {
      byte[] f = frames.get(i);
      System.arraycopy(f, 0, buffer, at, f.length);
      offsets[i] = at;
      lengths[i] = f.length;
      at += f.length;
    }
    this.failure = failure;
  }

  @Override
  public boolean next(Packet into) throws CaptureFileException {
    if (next == offsets.length) {
      if (failure != null) throw new CaptureFileException(failure);
      return false;
    }
    into.set(buffer, offsets[next], lengths[next], lengths[next] + 4, 1_000_000_000L * next, 1, 0);
    position += 16 + lengths[next];
    next++;
    return true;
  }

  @Override
  public int dlt() {
    return 1;
  }

  @Override
  public int snaplen() {
    return 262144;
  }

  @Override
  public boolean nanoPrecision() {
    return false;
  }

  @Override
  public long position() {
    return position;
  }

  @Override
  public long size() {
    return -1;
  }

  @Override
  public void close() {
    closed = true;
  }
}
