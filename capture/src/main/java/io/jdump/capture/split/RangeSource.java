package io.jdump.capture.split;

import io.jdump.capture.Packet;
import io.jdump.capture.PacketSource;
import io.jdump.capture.file.CaptureFiles;
import io.jdump.capture.file.PcapReader;
import io.jdump.capture.file.PcapngReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;

/**
 * The packets whose records start in one byte range of a file: the file's head, then the file
 * streamed from the first record boundary in the range, read by the ordinary reader, which stops
 * before the first record starting at or after the range's end. Nothing but the reader's buffer
 * is held.
 */
final class RangeSource implements PacketSource {
  private final PacketSource reader;
  /** File offset minus reader position: the head read before the range is not in the file there. */
  private final long shift;
  private final long end;
  private final long size;
  private boolean done;

  RangeSource(SeekableInput in, CaptureHead head, long start, long end) throws IOException {
    this.end = end;
    this.size = in.size();
    InputStream stream;
    if (start <= head.firstRecord()) {
      stream = in.openAt(0);
      shift = 0;
    } else {
      long b = head.pcapng()
          ? new PcapngBoundary(in, head).find(start, end)
          : new PcapBoundary(in, head).find(start, end);
      done = b >= end;
      stream = new SequenceInputStream(new ByteArrayInputStream(head.bytes()), in.openAt(b));
      shift = b - head.bytes().length;
    }
    this.reader = CaptureFiles.open(stream);
  }

  @Override
  public boolean next(Packet into) throws IOException {
    if (done || reader.position() + shift >= end) return false;
    if (!reader.next(into)) return false;
    long start = reader instanceof PcapReader r ? r.recordStart()
        : ((PcapngReader) reader).recordStart();
    if (start + shift >= end) {
      done = true;
      return false;
    }
    return true;
  }

  @Override
  public int dlt() {
    return reader.dlt();
  }

  @Override
  public int snaplen() {
    return reader.snaplen();
  }

  @Override
  public boolean nanoPrecision() {
    return reader.nanoPrecision();
  }

  @Override
  public long position() {
    return reader.position() + shift;
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
