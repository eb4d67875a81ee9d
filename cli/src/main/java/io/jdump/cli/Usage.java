package io.jdump.cli;

import io.jdump.capture.live.LiveCaptureException;
import io.jdump.capture.live.PcapLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The texts of {@code -h} and {@code --version}, shaped like tcpdump's: version lines first,
 * then a synopsis that a tcpdump user can scan in one look.
 *
 * <pre>{@code
 * err.print(Usage.versionLines() + Usage.synopsis());
 * }</pre>
 */
final class Usage {
  private Usage() {}

  /** tcpdump 4.99's synopsis line for line (as Debian builds it), then jdump's own options. */
  private static final String SYNOPSIS = """
      Usage: jdump [-AbdDefhHIJKlLnNOpqStuUvxX#] [ -B size ] [ -c count ] [--count]
      \t\t[ -C file_size ] [ -E algo:secret ] [ -F file ] [ -G seconds ]
      \t\t[ -i interface ] [ --immediate-mode ] [ -j tstamptype ]
      \t\t[ -M secret ] [ --number ] [ --print ] [ -Q in|out|inout ]
      \t\t[ -r file ] [ -s snaplen ] [ -T type ] [ --version ]
      \t\t[ -V file ] [ -w file ] [ -W filecount ] [ -y datalinktype ]
      \t\t[ --time-stamp-precision precision ] [ --micro ] [ --nano ]
      \t\t[ -z postrotate-command ] [ -Z user ] [ expression ]
      jdump's own:\t[ --explain ] [ --bpf-file file ] [ --bpf-vm jit|interp ]
      \t\t[ --scoped-encap ] [ --any-vlan ] [ --ip6-transport ] [ --pcapng ]
      \t\t[ --no-kernel-filter ] [ --no-progress ] [ --print-sampling nth ]
      \t\t[ --debug ]
      """;

  /** {@return the usage synopsis} ending in a newline. */
  static String synopsis() {
    return SYNOPSIS;
  }

  /** {@return jdump's version, the Java runtime's and libpcap's when it loads}, one a line. */
  static String versionLines() {
    var text = new StringBuilder();
    text.append("jdump version ").append(jdumpVersion()).append('\n');
    try {
      text.append(PcapLibrary.load().version()).append('\n');
    } catch (LiveCaptureException | LinkageError | RuntimeException e) {
      // jdump reads and writes files without libpcap: no line is the answer here
    }
    text.append(System.getProperty("java.runtime.name", "Java")).append(' ')
        .append(System.getProperty("java.runtime.version", Runtime.version().toString()))
        .append('\n');
    return text.toString();
  }

  /** {@return the project's version}, written into a resource at build time. */
  static String jdumpVersion() {
    try (InputStream in = Usage.class.getResourceAsStream("version.properties")) {
      if (in == null) return "unknown";
      var p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
