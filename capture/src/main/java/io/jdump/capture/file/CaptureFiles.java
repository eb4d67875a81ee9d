package io.jdump.capture.file;

import io.jdump.capture.PacketSink;
import io.jdump.capture.PacketSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;

/** Opens capture files by their magic number, and makes writers. */
public final class CaptureFiles {
  private CaptureFiles() {}

  /** {@return a reader for a pcap or pcapng file} chosen by the file's magic number. */
  public static PacketSource open(Path file) throws IOException {
    throw new UnsupportedOperationException("TODO");
  }

  /** {@return a reader for a pcap or pcapng stream, such as standard input} */
  public static PacketSource open(InputStream in) throws IOException {
    throw new UnsupportedOperationException("TODO");
  }

  /** {@return a pcap writer} with microsecond timestamps, or nanosecond ones when {@code nano}. */
  public static PacketSink pcapWriter(OutputStream out, int dlt, int snaplen, boolean nano)
      throws IOException {
    throw new UnsupportedOperationException("TODO");
  }

  /** {@return a pcapng writer} one interface description per link type seen, named {@code ifName}. */
  public static PacketSink pcapngWriter(OutputStream out, String ifName, int snaplen, boolean nano)
      throws IOException {
    throw new UnsupportedOperationException("TODO");
  }
}
