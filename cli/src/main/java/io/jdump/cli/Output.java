package io.jdump.cli;

import io.jdump.capture.PacketSink;
import io.jdump.capture.PacketSource;
import io.jdump.capture.file.CaptureFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Opens -w's file, or standard output for {@code -w -}, as a pcap or pcapng writer with the
 * input's link type and snap length, as tcpdump's pcap_dump_open does.
 *
 * <pre>{@code
 * PacketSink out = Output.open(settings, source, stdout);
 * }</pre>
 */
final class Output {
  private Output() {}

  /** {@return the writer -w asks for} */
  static PacketSink open(Settings s, PacketSource source, OutputStream stdout) throws Failure {
    try {
      return open(s.writeFile(), s.pcapng(), s.nano(), source.dlt(), source.snaplen(), stdout);
    } catch (IOException e) {
      throw Messages.writingOutput(s.writeFile(), e);
    }
  }

  /**
   * {@return a pcap writer on a file opened as {@link #openFile}}: what it writes goes out at the
   * channel's position, so that a range copy can write to the channel between its records.
   */
  static PacketSink pcapOn(FileChannel channel, Settings s, PacketSource source) throws IOException {
    return CaptureFiles.pcapWriter(Channels.newOutputStream(channel), source.dlt(),
        source.snaplen(), s.nano());
  }

  /** {@return -w's file opened for writing} created or truncated, as tcpdump's fopen("w") does */
  static FileChannel openFile(String name) throws IOException {
    return FileChannel.open(Path.of(name), StandardOpenOption.WRITE, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING);
  }

  /**
   * {@return a writer on file {@code name}} ({@code -} for {@code stdout}), for each file of a
   * rotated series too.
   */
  static PacketSink open(String name, boolean pcapng, boolean nano, int dlt, int snaplen,
      OutputStream stdout) throws IOException {
    OutputStream out = name.equals("-") ? stdout : Files.newOutputStream(Path.of(name));
    // The writers buffer a megabyte themselves: no BufferedOutputStream here to copy twice.
    try {
      return pcapng
          ? CaptureFiles.pcapngWriter(out, "", snaplen, nano)
          : CaptureFiles.pcapWriter(out, dlt, snaplen, nano);
    } catch (IOException e) {
      out.close();
      throw e;
    }
  }
}
