package io.jdump.cli;

import io.jdump.bpf.Engine;
import io.jdump.bpf.LinkType;
import io.jdump.bpf.ListingFormat;
import io.jdump.capture.file.RangeCopy;
import io.jdump.filter.CompileOptions;
import java.util.Locale;

/**
 * The command line checked and converted, refused in tcpdump's words where tcpdump refuses it.
 * tcpdump checks each option as getopt meets it; jdump checks the same things, in the fixed
 * order below, before doing any work.
 *
 * <pre>{@code
 * Settings s = Settings.from(options);   // throws Failure("invalid packet count 0") for -c 0
 * }</pre>
 *
 * @param readFile   -r, "-" for standard input; null when not given
 * @param fileList   -V, the file naming the files to read ("-" for standard input); null when
 *                   not given
 * @param writeFile  -w, "-" for standard output; null when not given
 * @param count      -c, the number of packets to keep; 0 for no limit
 * @param listing    the -d format, or null to run the filter rather than print it
 * @param dlt        -y as a DLT number, or -1 when not given
 * @param snaplen    -s, with 0 meaning the largest, as tcpdump reads it
 * @param optimize   false for -O
 * @param filterFile -F; null when not given
 * @param bpfFile    --bpf-file; null when not given
 * @param pcapng     write pcapng: --pcapng, or a -w name ending in .pcapng
 * @param nano       nanosecond time stamps for reading, printing and writing
 * @param progress   false for --no-progress
 * @param expression the trailing arguments, joined by spaces as tcpdump joins them
 * @param print      how packets are printed when not written
 * @param engine     --bpf-vm: the VM that runs the filter; null when not given (see
 *                   {@link #engineFor})
 * @param meanings   --scoped-encap, --any-vlan, --ip6-transport: how the filter is compiled
 * @param rangeBytes the length of the ranges a file copy is cut into (hidden --range-bytes)
 */
record Settings(String readFile, String fileList, String writeFile, int count, ListingFormat listing, int dlt,
    int snaplen, boolean optimize, String filterFile, String bpfFile, boolean pcapng, boolean nano,
    boolean progress, String expression, PrintFlags print, Engine engine,
    CompileOptions meanings, int rangeBytes) {

  /** tcpdump's MAXIMUM_SNAPLEN, the default and the ceiling of -s. */
  static final int MAXIMUM_SNAPLEN = 262144;

  /** {@return the settings the options give} */
  static Settings from(Options o) throws Failure {
    int count = 0;
    if (o.count != null) {
      count = CNumbers.atoi(o.count);
      if (count <= 0) throw new Failure("invalid packet count " + o.count);
    }
    int snaplen = MAXIMUM_SNAPLEN;
    if (o.snaplen != null) {
      Integer s = CNumbers.strtolWhole(o.snaplen);
      if (s == null || s < 0 || s > MAXIMUM_SNAPLEN) {
        throw new Failure("invalid snaplen " + o.snaplen + " (must be >= 0 and <= " + MAXIMUM_SNAPLEN + ")");
      }
      if (s != 0) snaplen = s;
    }
    int dlt = -1;
    if (o.linkType != null) dlt = dltNamed(o.linkType);
    if (o.invalidPrecision != null) throw new Failure("unsupported time stamp precision");
    // tcpdump checks these after reading every option, so the checks above come first, and
    // after -D, which lists the interfaces whatever else was given
    if (!o.listDevices) {
      if (o.t > 5) throw new Failure("only -t, -tt, -ttt, -tttt and -ttttt are supported");
      if (o.foreign && (o.fileList != null || o.readFile != null)) {
        throw new Failure("-f can not be used with -V or -r");
      }
      if (o.fileList != null && o.readFile != null) {
        throw new Failure("-V and -r are mutually exclusive.");
      }
    }
    boolean pcapng = o.pcapng
        || (o.writeFile != null && o.writeFile.toLowerCase(Locale.ROOT).endsWith(".pcapng"));
    return new Settings(o.readFile, o.fileList, o.writeFile, count, listingFormat(o.dump), dlt, snaplen,
        !o.noOptimize, o.filterFile, o.bpfFile, pcapng, "nano".equals(o.timeStampPrecision),
        !o.noProgress, String.join(" ", o.expression), PrintFlags.of(o), engine(o.bpfVm),
        new CompileOptions(o.scopedEncap, o.anyVlan, o.ip6Transport), rangeBytes(o.rangeBytes));
  }

  private static int rangeBytes(String value) throws Failure {
    if (value == null) return RangeCopy.DEFAULT_RANGE;
    int n = CNumbers.atoi(value);
    if (n < 64) throw new Failure("invalid range size " + value + " (must be >= 64)");
    return n;
  }

  /**
   * Inputs below this size get the interpreter when --bpf-vm does not choose: the JIT's first
   * compile costs a cold JVM ~30 ms of CPU, which it wins back only at ~50 ns a packet, after
   * several hundred thousand packets; 16 MiB (some 30,000 to 100,000 packets) stays well short.
   */
  static final long SMALL_INPUT = 16L << 20;

  /**
   * {@return the VM for an input of {@code inputBytes}} (-1 when unknown, as a pipe): --bpf-vm's
   * when given, else the interpreter for an input known to be smaller than {@link #SMALL_INPUT}
   * and the JIT for the rest. Both decide every packet alike (their tests compare them).
   */
  Engine engineFor(long inputBytes) {
    if (engine != null) return engine;
    return inputBytes >= 0 && inputBytes < SMALL_INPUT ? Engine.INTERP : Engine.JIT;
  }

  private static Engine engine(String name) throws Failure {
    if (name == null) return null;
    try {
      return Engine.forName(name);
    } catch (IllegalArgumentException e) {
      throw new Failure(e.getMessage());
    }
  }

  /** -d prints assembly, -dd a C array, -ddd and beyond decimal numbers, as in tcpdump. */
  private static ListingFormat listingFormat(int ds) {
    return switch (ds) {
      case 0 -> null;
      case 1 -> ListingFormat.D;
      case 2 -> ListingFormat.DD;
      default -> ListingFormat.DDD;
    };
  }

  /** libpcap's pcap_datalink_name_to_val: a name without the DLT_ prefix, in any case. */
  private static int dltNamed(String name) throws Failure {
    if (!name.toUpperCase(Locale.ROOT).startsWith("DLT_")) {
      var type = LinkType.forName(name);
      if (type.isPresent()) return type.get().dlt();
    }
    throw new Failure("invalid data link type " + name);
  }

  /** {@return true when packets are read from standard input} */
  boolean readsStdin() {
    return "-".equals(readFile);
  }

  /** {@return true when packets are read from files (-r or -V), not from a device} */
  boolean readsFiles() {
    return readFile != null || fileList != null;
  }

  /** {@return true when packets are written to standard output} */
  boolean writesStdout() {
    return "-".equals(writeFile);
  }
}
