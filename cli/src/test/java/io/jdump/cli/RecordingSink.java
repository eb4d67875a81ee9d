package io.jdump.cli;

import io.jdump.capture.Packet;
import io.jdump.capture.PacketSink;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Keeps a copy of every packet written, as a sink that outlives the view must. */
final class RecordingSink implements PacketSink {
  record Written(byte[] bytes, int wirelen, long timestampNanos) {}

  final List<Written> packets = new ArrayList<>();
  boolean closed;

  @Override
  public void write(Packet p) {
    packets.add(new Written(Arrays.copyOfRange(p.buffer(), p.offset(), p.offset() + p.caplen()),
        p.wirelen(), p.timestampNanos()));
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    closed = true;
  }
}
