package io.jdump.cli;

import io.jdump.bpf.LinkType;
import io.jdump.capture.PacketSource;
import io.jdump.capture.file.CaptureFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens -r's file, or standard input for {@code -r -}, and words what tcpdump says about it.
 *
 * <pre>{@code
 * PacketSource in = Input.open("x.pcap", System.in);
 * System.err.print(Input.openingLines("x.pcap", in));
 * }</pre>
 */
final class Input {
  private Input() {}

  /** {@return a reader for the file named, or for {@code stdin} when the name is "-"} */
  static PacketSource open(String name, InputStream stdin) throws Failure {
    try {
      // fopen("") fails where Path.of("") would name the working directory
      if (name.isEmpty()) throw new NoSuchFileException(name);
      return name.equals("-") ? CaptureFiles.open(stdin) : CaptureFiles.open(path(name));
    } catch (IOException e) {
      throw Messages.openingInput(name, e);
    }
  }

  /**
   * {@return the path named} A name the platform cannot hold as a path (bytes of a -V list that
   * the file system's charset cannot map) is one fopen would not find either.
   */
  private static Path path(String name) throws NoSuchFileException {
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      throw new NoSuchFileException(name);
    }
  }

  /**
   * {@return what tcpdump prints on opening -r's file}: the reading line, and for Linux cooked
   * v2 a warning, since the interface names it prints come from this machine's indexes, not
   * from the machine that captured.
   */
  static String openingLines(String name, PacketSource source) {
    String line = readingLine(name, source) + "\n";
    return source.dlt() == LinkType.LINUX_SLL2.dlt()
        ? line + "Warning: interface names might be incorrect\n"
        : line;
  }

  /**
   * {@return tcpdump's line on opening a file}, such as {@code reading from file x.pcap,
   * link-type EN10MB (Ethernet), snapshot length 262144}; a link type libpcap cannot name
   * shows as its number.
   */
  static String readingLine(String name, PacketSource source) {
    // no Optional.map: a lambda here would be the first of a cold run (see Main)
    LinkType t = LinkType.forDlt(source.dlt()).orElse(null);
    String type = t != null
        ? t.name() + " (" + t.description() + ")"
        : Integer.toUnsignedString(source.dlt());
    return "reading from file " + name + ", link-type " + type + ", snapshot length "
        + source.snaplen();
  }
}
