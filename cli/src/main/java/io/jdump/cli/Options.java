package io.jdump.cli;

import io.jdump.cli.Getopt.Found;
import io.jdump.cli.Getopt.Spec;
import java.util.List;

/**
 * The command line as typed: tcpdump's options for reading, filtering and writing files, and
 * jdump's own long options, split by {@link Getopt} as tcpdump's getopt_long splits them.
 * Values stay strings here so that {@link Settings} can refuse them in tcpdump's words.
 *
 * <pre>{@code
 * Options o = Options.parse("-n", "-r", "in.pcap", "tcp");   // o.numeric, o.readFile, o.expression
 * }</pre>
 */
final class Options {
  /** Every option jdump takes: tcpdump's letters and long names, and jdump's own long names. */
  static final List<Spec> SPECS = List.of(
      new Spec('r', null, true), // read packets from file (- for standard input)
      new Spec('V', null, true), // read packets from the files named in file, one a line
      new Spec('w', null, true), // write packets to file (- for standard output)
      new Spec('c', null, true), // exit after count kept packets
      new Spec('d', null, false), // print the compiled filter program and exit
      new Spec('y', "linktype", true), // data link type: to capture with, or to compile for with -d
      new Spec('s', "snapshot-length", true), // snapshot length: bytes kept per packet
      new Spec('n', null, false), // do not convert addresses, ports and protocols to names
      new Spec('N', null, false), // do not print domain name qualification of host names
      new Spec((char) 0, "count", false), // print only the number of packets
      new Spec((char) 0, "print-sampling", true), // print every nth packet only
      new Spec('T', null, true), // read UDP/TCP payloads as this type whatever their ports
      new Spec('E', null, true), // ESP secrets: spi@addr algo:secret,... or file NAME
      new Spec('t', null, false), // -t none, -tt epoch, -ttt delta, -tttt date, -ttttt since first
      new Spec('e', null, false), // print the link-level header
      new Spec('H', null, false), // look for 802.11s draft mesh headers
      new Spec('b', null, false), // BGP AS numbers in asdot notation (RFC 5396)
      new Spec('u', null, false), // NFS file handles undecoded
      new Spec('M', null, true), // the shared secret TCP MD5 signatures are checked with
      new Spec('m', null, true), // a MIB module for SNMP: ignored, as tcpdump without libsmi
      new Spec('q', null, false), // print less protocol information
      new Spec('v', null, false), // more detail: -v, -vv, -vvv
      new Spec('x', null, false), // hex dump after the link header; -xx includes it
      new Spec('X', null, false), // hex and ASCII dump; -XX includes the link header
      new Spec('A', null, false), // ASCII dump; -AA includes the link header
      new Spec('#', "number", false), // number each packet's line
      new Spec('S', "absolute-tcp-sequence-numbers", false),
      new Spec('K', "dont-verify-checksums", false),
      new Spec('l', null, false), // flush standard output after each packet
      new Spec('O', "no-optimize", false), // do not run the filter optimizer
      new Spec('F', null, true), // read the filter expression from file
      new Spec((char) 0, "explain", false), // the expression as parsed, the program annotated
      new Spec((char) 0, "bpf-file", true), // load the filter program from file, in -ddd form
      new Spec((char) 0, "bpf-vm", true), // the VM that runs the filter: jit (default) or interp
      new Spec((char) 0, "scoped-encap", false), // vlan, mpls, pppoes: offsets in their and-chain
      new Spec((char) 0, "any-vlan", false), // filters match frames with or without VLAN tags
      new Spec((char) 0, "ip6-transport", false), // tcp[], ports... past IPv6 extension headers
      new Spec((char) 0, "pcapng", false), // write pcapng rather than pcap
      new Spec((char) 0, "time-stamp-precision", true), // micro or nano
      new Spec((char) 0, "micro", false),
      new Spec((char) 0, "nano", false),
      new Spec('i', "interface", true), // a name, a number from -D, or any
      new Spec('D', "list-interfaces", false),
      new Spec('L', "list-data-link-types", false),
      new Spec('p', "no-promiscuous-mode", false),
      new Spec('B', "buffer-size", true), // in KiB
      new Spec((char) 0, "immediate-mode", false),
      new Spec('Q', "direction", true), // in, out or inout
      new Spec('I', "monitor-mode", false),
      new Spec('j', "time-stamp-type", true),
      new Spec('J', "list-time-stamp-types", false),
      new Spec('U', "packet-buffered", false), // with -w, flush the file after each packet
      new Spec('C', null, true), // with -w, a new file past file_size million bytes
      new Spec('G', null, true), // with -w, a new file every rotate_seconds (strftime name)
      new Spec('W', null, true), // with -C a ring of filecount files; with -G, stop after them
      new Spec('z', null, true), // the command run on each file -C or -G closes
      new Spec((char) 0, "print", false), // print packets even while writing them with -w
      new Spec('f', null, false), // compile with the device's netmask, as tcpdump -f
      new Spec('Z', "relinquish-privileges", true), // after opening the device, run as user
      new Spec((char) 0, "no-kernel-filter", false), // filter in jdump only
      new Spec((char) 0, "no-progress", false), // no progress line while writing a file
      new Spec((char) 0, "debug", false), // show the stack trace of an error
      new Spec((char) 0, "range-bytes", true), // for tests: small ranges for the threaded copy
      new Spec((char) 0, "version", false),
      new Spec((char) 0, "fp-type", false), // print a float sum that shows the FP arithmetic
      new Spec('a', null, false), // tcpdump's old -a, kept by it as a no-op
      new Spec('Y', null, false), // in tcpdump's option string; its build has no case for it
      new Spec('h', "help", false));

  String readFile;
  String fileList;
  String writeFile;
  String count;

  /** Repeated as -d, -dd, -ddd (or -d -d): the count chooses the listing format. */
  int dump;
  String linkType;
  String snaplen;

  // Printing, as tcpdump's flags of the same letters; repeated flags count (-vv, -tttt, -XX).

  boolean numeric;
  boolean stripDomain;
  boolean countOnly;
  String printSampling;
  /** -T: read UDP/TCP payloads as this type whatever their ports. */
  String packetType;
  /** -E: the ESP security associations, as tcpdump's spec (read when first needed). */
  String espSecret;
  int t;
  boolean linkHeader;
  /** -H: 802.11s mesh control fields in QoS data frames. */
  boolean meshHeaders;
  boolean rawNfsHandles;
  String tcpSecret;
  int quiet;
  int v;
  int x;
  int bigX;
  int a;
  boolean number;
  boolean absoluteSequence;
  boolean noChecksum;
  boolean asdot;
  boolean lineBuffered;
  boolean noOptimize;
  String filterFile;
  boolean explain;
  String bpfFile;
  String bpfVm;

  // jdump's own filter meanings (io.jdump.filter.CompileOptions); libpcap's when absent.

  boolean scopedEncap;
  boolean anyVlan;
  boolean ip6Transport;
  boolean pcapng;

  /** The last precision given, by any of the three options that set it, as tcpdump keeps it. */
  String timeStampPrecision;

  /** The first precision that is neither micro nor nano: tcpdump stops at it. */
  String invalidPrecision;

  private void timeStampPrecision(String precision) {
    if (!precision.equals("micro") && !precision.equals("nano") && invalidPrecision == null) {
      invalidPrecision = precision;
    }
    timeStampPrecision = precision;
  }

  // Live capture, as tcpdump's flags of the same letters (see LiveFlags).

  String device;
  boolean listDevices;
  boolean listDatalinks;
  boolean noPromisc;
  String bufferSize;
  boolean immediate;
  String direction;
  boolean monitor;
  String timestampType;
  boolean listTimestampTypes;
  boolean packetBuffered;
  String fileSize;
  String rotateSeconds;
  String fileCount;
  boolean printToo;
  boolean foreign;
  String user;
  boolean noKernelFilter;
  boolean noProgress;

  /** For tests: cuts small files into many ranges, so that the threaded copy runs on them. */
  String rangeBytes;

  boolean debug;

  /** -z: the command run on each file -C or -G closes, with its name. */
  String postrotate;

  /** The operands: the filter expression's words. */
  List<String> expression = List.of();

  /** The options as typed, in order: {@link GetoptOrder} checks them in tcpdump's order. */
  private List<Found> inOrder = List.of();
  /** The mistake that ended the command line, null when none: reported after the options before it. */
  private Getopt.Mistake mistake;

  /**
   * {@return the options on the command line}, later ones overriding earlier, as tcpdump's; a
   * mistake ends them ({@link #mistake()})
   */
  static Options parse(String... args) {
    Getopt.Line line = Getopt.parse(SPECS, args);
    var o = new Options();
    for (Found f : line.options()) o.set(f.spec(), f.value());
    o.inOrder = line.options();
    o.expression = line.operands();
    o.mistake = line.mistake();
    return o;
  }

  /** {@return the options as they were typed, in order, up to a mistake} */
  List<Found> inOrder() {
    return inOrder;
  }

  /** {@return the command line's mistake}, null when it has none */
  Getopt.Mistake mistake() {
    return mistake;
  }

  /** {@return options holding {@code f} alone}, for checking its value by itself */
  static Options only(Found f) {
    var o = new Options();
    o.set(f.spec(), f.value());
    o.inOrder = List.of(f);
    return o;
  }

  private void set(Spec spec, String value) {
    String key = spec.longName() != null ? spec.longName() : String.valueOf(spec.letter());
    switch (key) {
      case "r" -> readFile = value;
      case "V" -> fileList = value;
      case "w" -> writeFile = value;
      case "c" -> count = value;
      case "d" -> dump++;
      case "linktype" -> linkType = value;
      case "snapshot-length" -> snaplen = value;
      case "n" -> numeric = true;
      case "N" -> stripDomain = true;
      case "count" -> countOnly = true;
      case "print-sampling" -> printSampling = value;
      case "T" -> packetType = value;
      case "E" -> espSecret = value;
      case "t" -> t++;
      case "e" -> linkHeader = true;
      case "H" -> meshHeaders = true;
      case "b" -> asdot = true;
      case "u" -> rawNfsHandles = true;
      case "M" -> tcpSecret = value;
      case "m", "version", "fp-type", "help", "Y" -> { } // acted on where they stand (GetoptOrder)
      case "a" -> { } // a no-op in tcpdump too
      case "q" -> quiet++;
      case "v" -> v++;
      case "x" -> x++;
      case "X" -> bigX++;
      case "A" -> a++;
      case "number" -> number = true;
      case "absolute-tcp-sequence-numbers" -> absoluteSequence = true;
      case "dont-verify-checksums" -> noChecksum = true;
      case "l" -> lineBuffered = true;
      case "no-optimize" -> noOptimize = true;
      case "F" -> filterFile = value;
      case "explain" -> explain = true;
      case "bpf-file" -> bpfFile = value;
      case "bpf-vm" -> bpfVm = value;
      case "scoped-encap" -> scopedEncap = true;
      case "any-vlan" -> anyVlan = true;
      case "ip6-transport" -> ip6Transport = true;
      case "pcapng" -> pcapng = true;
      case "time-stamp-precision" -> timeStampPrecision(value);
      case "micro" -> timeStampPrecision = "micro";
      case "nano" -> timeStampPrecision = "nano";
      case "interface" -> device = value;
      case "list-interfaces" -> listDevices = true;
      case "list-data-link-types" -> listDatalinks = true;
      case "no-promiscuous-mode" -> noPromisc = true;
      case "buffer-size" -> bufferSize = value;
      case "immediate-mode" -> immediate = true;
      case "direction" -> direction = value;
      case "monitor-mode" -> monitor = true;
      case "time-stamp-type" -> timestampType = value;
      case "list-time-stamp-types" -> listTimestampTypes = true;
      case "packet-buffered" -> packetBuffered = true;
      case "C" -> fileSize = value;
      case "G" -> rotateSeconds = value;
      case "W" -> fileCount = value;
      case "z" -> postrotate = value;
      case "print" -> printToo = true;
      case "f" -> foreign = true;
      case "relinquish-privileges" -> user = value;
      case "no-kernel-filter" -> noKernelFilter = true;
      case "no-progress" -> noProgress = true;
      case "debug" -> debug = true;
      case "range-bytes" -> rangeBytes = value;
      default -> throw new IllegalStateException("an option without a field: " + key);
    }
  }
}
