package io.jdump.cli;

import io.jdump.capture.PacketSink;
import io.jdump.capture.PacketSource;
import io.jdump.capture.file.CaptureFiles;
import io.jdump.capture.file.RotatingSink;
import io.jdump.capture.zone.LocalZone;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
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

  /**
   * {@return the writer -w asks for}: one file, or with -C or -G a series of them (with -w -
   * too, as tcpdump: its names are then "-" for standard output, or "-0", "-1"... with -W)
   */
  static PacketSink open(Settings s, LiveFlags f, PacketSource source, Console console) throws Failure {
    try {
      return f.rotates()
          ? rotating(s, f, source.dlt(), source.linkTypeExtension(), source.snaplen(), console)
          : open(s.writeFile(), s.pcapng(), s.nano(), source.dlt(), source.linkTypeExtension(),
              source.snaplen(), console.out());
    } catch (IOException e) {
      throw Messages.writingOutput(s.writeFile(), e);
    }
  }

  /**
   * {@return the first file of a rotation, for -Z to hand over}; null when it is standard output
   * (-w - without -W, whose first name is "-")
   */
  static String handedOver(RotatingSink files) {
    return files.currentName().equals("-") ? null : files.currentName();
  }

  /**
   * {@return a pcap writer on a file opened as {@link #openFile}}: what it writes goes out at the
   * channel's position, so that a range copy can write to the channel between its records.
   */
  static PacketSink pcapOn(FileChannel channel, Settings s, PacketSource source) throws IOException {
    return CaptureFiles.pcapWriter(Channels.newOutputStream(channel), source.dlt(),
        source.linkTypeExtension(), source.snaplen(), s.nano());
  }

  /**
   * {@return -w's file opened for writing} created or emptied, as tcpdump's fopen("w") does
   * (without ext4's wait at close: {@link CaptureFiles#openForWriting})
   */
  static FileChannel openFile(String name) throws IOException {
    return CaptureFiles.openForWriting(Path.of(name));
  }

  /**
   * {@return -w's series of files for -C and -G}, each opened as {@link #open(String, boolean,
   * boolean, int, int, int, OutputStream)} opens one, each one a rotation closes handed to -z's
   * command when there is one.
   */
  static RotatingSink rotating(Settings s, LiveFlags f, int dlt, int linkTypeExtension, int snaplen,
      Console console)
      throws IOException {
    var plan = new RotatingSink.Plan(s.writeFile(), f.fileBytes(), f.rotateSeconds(), f.fileCount());
    RotatingSink.Rotated rotated = f.postrotate() == null
        ? name -> { }
        : new Postrotate(f.postrotate(), console.err());
    boolean sizeOnPipe = f.fileBytes() > 0 && !UnseekableStdout.seekable(console.out());
    return new RotatingSink(plan,
        name -> {
          PacketSink w = open(name, s.pcapng(), s.nano(), dlt, linkTypeExtension, snaplen,
              console.out());
          return name.equals("-") && sizeOnPipe ? new UnseekableStdout(w) : w;
        },
        s.pcapng() ? RotatingSink.PCAPNG_SIZES : RotatingSink.PCAP_SIZES,
        () -> System.currentTimeMillis() / 1000, LocalZone.system(), rotated);
  }

  /**
   * {@return a writer on file {@code name}} ({@code -} for {@code stdout}), for each file of a
   * rotated series too.
   */
  static PacketSink open(String name, boolean pcapng, boolean nano, int dlt,
      int linkTypeExtension, int snaplen, OutputStream stdout) throws IOException {
    OutputStream out;
    if (name.equals("-")) {
      out = stdout;
    } else {
      out = Channels.newOutputStream(CaptureFiles.openForWriting(Path.of(name)));
    }
    // The writers buffer a megabyte themselves: no BufferedOutputStream here to copy twice.
    try {
      return pcapng
          ? CaptureFiles.pcapngWriter(out, "", snaplen, nano)
          : CaptureFiles.pcapWriter(out, dlt, linkTypeExtension, snaplen, nano);
    } catch (IOException e) {
      out.close();
      throw e;
    }
  }
}
