package io.jdump.cli;

import io.jdump.capture.PacketSink;
import io.jdump.capture.PacketSource;
import io.jdump.capture.file.CaptureFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

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
    String name = s.writeFile();
    OutputStream out;
    try {
      out = s.writesStdout() ? stdout : Files.newOutputStream(Path.of(name));
    } catch (IOException e) {
      throw Messages.writingOutput(name, e);
    }
    // The writers buffer a megabyte themselves: no BufferedOutputStream here to copy twice.
    try {
      return s.pcapng()
          ? CaptureFiles.pcapngWriter(out, "", source.snaplen(), s.nano())
          : CaptureFiles.pcapWriter(out, source.dlt(), source.snaplen(), s.nano());
    } catch (IOException e) {
      throw Messages.writingOutput(name, e);
    }
  }
}
