package io.jdump.cli;

import io.jdump.capture.Packet;
import io.jdump.capture.PacketSink;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * {@code -w - -C N} with standard output on a pipe: before each packet tcpdump asks the output
 * file's position (pcap_dump_ftell) to decide whether to rotate, which a pipe cannot tell, so
 * tcpdump stops at the first packet with "ftell fails on output file" and status 1, the file
 * header written. This sink does the same in front of the stdout writer.
 *
 * <pre>{@code
 * PacketSink out = UnseekableStdout.seekable(stdout) ? writer : new UnseekableStdout(writer);
 * }</pre>
 */
final class UnseekableStdout implements PacketSink {
  /** tcpdump's words, reported by {@link Messages#writingOutput} as they are. */
  static final class FtellFails extends IOException {
    FtellFails() {
      super("ftell fails on output file");
    }
  }

  private final PacketSink inner;

  UnseekableStdout(PacketSink inner) {
    this.inner = inner;
  }

  /** {@return whether {@code out} has a position} (a file, not a pipe or a terminal) */
  static boolean seekable(OutputStream out) {
    if (!(out instanceof FileOutputStream file)) return false;
    try {
      file.getChannel().position();
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public void write(Packet packet) throws IOException {
    throw new FtellFails();
  }

  @Override
  public void flush() throws IOException {
    inner.flush();
  }

  @Override
  public void close() throws IOException {
    inner.close();
  }
}
