package io.jdump.cli;

import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.InvalidProgramException;
import io.jdump.bpf.Listing;
import io.jdump.bpf.Validator;
import io.jdump.capture.PacketSource;
import io.jdump.filter.FilterCompiler;
import io.jdump.filter.FilterException;
import io.jdump.filter.Savefile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The filter program a command line asks for: the expression (trailing arguments, or -F's file)
 * compiled for the input's link type, or a program loaded with --bpf-file.
 *
 * <pre>{@code
 * BpfProgram p = FilterProgram.load(settings, LinkType.EN10MB.dlt(), 262144);
 * }</pre>
 */
final class FilterProgram {
  private FilterProgram() {}

  /** {@return true when the command line gives no filter}: every packet is kept whole. */
  static boolean none(Settings s) {
    return s.bpfFile() == null && s.filterFile() == null && s.expression().isBlank();
  }

  /**
   * With no filter to compile, still refuses what libpcap's compiler refuses for the empty
   * expression tcpdump compiles: a link type it does not know (a savefile of link type 13).
   */
  static void checkLinkType(int dlt) throws Failure {
    try {
      FilterCompiler.checkLinkType(dlt);
    } catch (FilterException e) {
      throw new Failure(e.getMessage(), e);
    }
  }

  /**
   * The netmask tcpdump 4.99 compiles with when it has no device's (files, -d without -i): 0,
   * not PCAP_NETMASK_UNKNOWN, so {@code ip broadcast} compiles and means 0.0.0.0 or
   * 255.255.255.255 rather than being refused.
   */
  static final int NO_DEVICE_NETMASK = 0;

  /** {@return the program} compiled for {@code dlt} and {@code snaplen}, or loaded and validated. */
  static BpfProgram load(Settings s, int dlt, int snaplen) throws Failure {
    return load(s, dlt, snaplen, NO_DEVICE_NETMASK, Savefile.NONE);
  }

  /**
   * {@return the program for packets read from {@code source}}: libpcap compiles for a file's
   * handle a little differently (BSD loopback families, no packet metadata), and tcpdump -r
   * compiles on that handle.
   */
  static BpfProgram load(Settings s, PacketSource source) throws Failure {
    return load(s, source.dlt(), source.snaplen(), NO_DEVICE_NETMASK, source.savefile());
  }

  /** {@return the program} compiled as tcpdump compiles a live filter, with the device's netmask. */
  static BpfProgram load(Settings s, int dlt, int snaplen, int netmask) throws Failure {
    return load(s, dlt, snaplen, netmask, Savefile.NONE);
  }

  private static BpfProgram load(Settings s, int dlt, int snaplen, int netmask, Savefile input)
      throws Failure {
    if (s.bpfFile() != null) {
      if (s.filterFile() != null || !s.expression().isBlank()) throw Messages.twoFilters();
      return loadListing(s.bpfFile());
    }
    String expression = s.filterFile() != null ? readFilterFile(s.filterFile()) : s.expression();
    try {
      return FilterCompiler.compile(expression, dlt, snaplen, s.optimize(), netmask,
          s.meanings().withSavefile(input));
    } catch (FilterException e) {
      throw new Failure(e.getMessage(), e);
    }
  }

  /**
   * {@return the expression in a -F file} with each {@code #} comment blanked to the end of its
   * line, as tcpdump's read_infile does; arguments after -F are ignored, also as tcpdump does.
   */
  static String readFilterFile(String name) throws Failure {
    String text = new String(readAll(name), StandardCharsets.UTF_8);
    var out = new StringBuilder(text);
    for (int i = 0; i < out.length(); i++) {
      if (out.charAt(i) == '#') {
        while (i < out.length() && out.charAt(i) != '\n') out.setCharAt(i++, ' ');
      }
    }
    return out.toString();
  }

  private static BpfProgram loadListing(String name) throws Failure {
    String text = new String(readAll(name), StandardCharsets.US_ASCII);
    try {
      BpfProgram program = Listing.parseDdd(text);
      Validator.validate(program);
      return program;
    } catch (InvalidProgramException e) {
      throw Messages.invalidProgram(name, e);
    }
  }

  /** Reads a small text file, telling an open failure from a read failure as tcpdump does. */
  private static byte[] readAll(String name) throws Failure {
    Path path = Path.of(name);
    try {
      if (Files.isDirectory(path)) {
        // open(2) succeeds on a directory; tcpdump's read(2) then fails with EISDIR.
        throw Messages.readingFilterFile(name, new IOException("Is a directory"));
      }
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw Messages.openingFilterFile(name, e);
    }
  }
}
