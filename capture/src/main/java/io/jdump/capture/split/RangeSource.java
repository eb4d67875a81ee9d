package io.jdump.capture.split;

import io.jdump.capture.CaptureFileException;
import io.jdump.capture.Packet;
import io.jdump.capture.PacketSource;
import io.jdump.filter.Savefile;
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
 * where the next range starts: the boundary that range finds, searched for here the same way
 * (else the first record starting at or after the range's end). So records the next range's
 * search steps over (a clock that jumps by more than the search allows, just past the range's
 * end) are this range's, and every record is read once. Nothing but the reader's buffer is
 * held. A pcapng packet from an interface the head does not describe makes the range read the
 * file from its start instead.
 */
final class RangeSource implements PacketSource {
  private final SeekableInput in;
  /** Where the next range starts: this one stops before the record there. */
  private long end;
  private final long size;
  private PacketSource reader;
  /** File offset minus reader position: the head read before the range is not in the file there. */
  private long shift;
  private boolean done;
  /** Records starting before this offset are skipped: set when the file is read again from 0. */
  private long skipBefore;
  /** Where the last packet given out starts, as a file offset. */
  private long lastStart = -1;

  RangeSource(SeekableInput in, CaptureHead head, long start, long end) throws IOException {
    this.in = in;
    this.end = end;
    this.skipBefore = start;
    this.size = in.size();
    InputStream stream;
    if (start <= head.firstRecord()) {
      stream = in.openAt(0);
      shift = 0;
    } else {
      long b = find(in, head, start, end);
      done = b >= end;
      stream = new SequenceInputStream(new ByteArrayInputStream(head.bytes()), in.openAt(b));
      shift = b - head.bytes().length;
    }
    if (end < size && end > head.firstRecord()) {
      // the next range, as long as this one (a split's size) or to the file's end, starts at
      // what it finds from here: read up to there
      long limit = Math.min(size, end + Math.max(1, end - start));
      long next = find(in, head, end, limit);
      if (next < limit) this.end = next;
    }
    this.reader = CaptureFiles.open(stream);
  }

  private static long find(SeekableInput in, CaptureHead head, long offset, long limit)
      throws IOException {
    return head.pcapng()
        ? new PcapngBoundary(in, head).find(offset, limit)
        : new PcapBoundary(in, head).find(offset, limit);
  }

  @Override
  public boolean next(Packet into) throws IOException {
    for (;;) {
      if (done || reader.position() + shift >= end) return false;
      try {
        if (!reader.next(into)) return false;
      } catch (CaptureFileException e) {
        if (shift == 0 || !e.getMessage().startsWith("a packet arrived on interface")) throw e;
        readFromTheStart();
        continue;
      }
      long start = shift + (reader instanceof PcapReader r ? r.recordStart()
          : ((PcapngReader) reader).recordStart());
      if (start >= end) {
        done = true;
        return false;
      }
      if (start < skipBefore || start <= lastStart) continue;
      lastStart = start;
      return true;
    }
  }

  /**
   * A pcapng interface described after the file's first packet block is not in the head this
   * range started from: read the file again from its start, through every description, skipping
   * to this range (and past what it already gave out). Costs a read of the file up to the range,
   * for such files only.
   */
  private void readFromTheStart() throws IOException {
    reader.close();
    reader = CaptureFiles.open(in.openAt(0));
    shift = 0;
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

  @Override
  public Savefile savefile() {
    return reader.savefile();
  }
}
