package io.jdump.cli;

import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line as typed: tcpdump's options for reading, filtering and writing files, and
 * jdump's own long options. Values stay strings here so that {@link Settings} can refuse them
 * in tcpdump's words; picocli's conversions would word them its own way.
 */
final class Options {
  @Option(names = "-r", paramLabel = "file", description = "read packets from file (- for standard input)")
  String readFile;

  @Option(names = "-V", paramLabel = "file", description = "read packets from the files named in file, one a line (- for standard input)")
  String fileList;

  @Option(names = "-w", paramLabel = "file", description = "write packets to file (- for standard output)")
  String writeFile;

  @Option(names = "-c", paramLabel = "count", description = "exit after count kept packets")
  String count;

  /** Repeated as -d, -dd, -ddd (or -d -d): the count chooses the listing format. */
  @Option(names = "-d", description = "print the compiled filter program and exit")
  boolean[] dump = new boolean[0];

  @Option(names = "-y", paramLabel = "datalinktype", description = "data link type: to capture with, or to compile for with -d")
  String linkType;

  @Option(names = "-s", paramLabel = "snaplen", description = "snapshot length: bytes kept per packet")
  String snaplen;

  // Printing, as tcpdump's flags of the same letters; repeated flags count (-vv, -tttt, -XX).

  @Option(names = "-n", description = "do not convert addresses, ports and protocols to names")
  boolean numeric;

  @Option(names = "-N", description = "do not print domain name qualification of host names")
  boolean stripDomain;

  @Option(names = "--count", description = "print only the number of packets, not the packets")
  boolean countOnly;

  @Option(names = "--print-sampling", paramLabel = "nth", description = "print every nth packet only")
  String printSampling;

  @Option(names = "-T", paramLabel = "type", description = "read UDP/TCP payloads as type whatever their ports (aodv, carp, cnfp, domain, lmp, pgm, pgm_zmtp1, ptp, radius, resp, rpc, rtcp, rtp, snmp, someip, tftp, vat, vxlan, wb, zmtp1)")
  String packetType;

  @Option(names = "-t", description = "time stamp style: -t none, -tt epoch, -ttt delta, -tttt date, -ttttt since first")
  boolean[] t = new boolean[0];

  @Option(names = "-e", description = "print the link-level header")
  boolean linkHeader;

  @Option(names = "-q", description = "print less protocol information")
  boolean quiet;

  @Option(names = "-v", description = "more detail: -v, -vv, -vvv")
  boolean[] v = new boolean[0];

  @Option(names = "-x", description = "hex dump after the link header; -xx includes it")
  boolean[] x = new boolean[0];

  @Option(names = "-X", description = "hex and ASCII dump; -XX includes the link header")
  boolean[] bigX = new boolean[0];

  @Option(names = "-A", description = "ASCII dump; -AA includes the link header")
  boolean[] a = new boolean[0];

  @Option(names = {"-#", "--number"}, description = "number each packet's line")
  boolean number;

  @Option(names = {"-S", "--absolute-tcp-sequence-numbers"}, description = "absolute TCP sequence numbers")
  boolean absoluteSequence;

  @Option(names = {"-K", "--dont-verify-checksums"}, description = "do not verify checksums")
  boolean noChecksum;

  @Option(names = "-l", description = "flush standard output after each packet")
  boolean lineBuffered;

  @Option(names = "-O", description = "do not run the filter optimizer")
  boolean noOptimize;

  @Option(names = "-F", paramLabel = "file", description = "read the filter expression from file")
  String filterFile;

  @Option(names = "--explain",
      description = "print the expression as parsed and the program annotated line by line, then exit")
  boolean explain;

  @Option(names = "--bpf-file", paramLabel = "file", description = "load the filter program from file, in -ddd form")
  String bpfFile;

  @Option(names = "--bpf-vm", paramLabel = "jit|interp",
      description = "the VM that runs the filter: jit (default) or interp")
  String bpfVm = "jit";

  // jdump's own filter meanings (io.jdump.filter.CompileOptions); libpcap's when absent.

  @Option(names = "--scoped-encap",
      description = "vlan, mpls and pppoes move offsets only in their own and-chain")
  boolean scopedEncap;

  @Option(names = "--any-vlan", description = "filters match frames with or without VLAN tags")
  boolean anyVlan;

  @Option(names = "--ip6-transport",
      description = "tcp[], udp[], icmp6[], ports reach past IPv6 extension headers")
  boolean ip6Transport;

  @Option(names = "--pcapng", description = "write pcapng rather than pcap")
  boolean pcapng;

  /** The last precision given, by any of the three options that set it, as tcpdump keeps it. */
  String timeStampPrecision;

  /** The first precision that is neither micro nor nano: tcpdump stops at it. */
  String invalidPrecision;

  @Option(names = "--time-stamp-precision", paramLabel = "precision", description = "micro or nano")
  void timeStampPrecision(String precision) {
    if (!precision.equals("micro") && !precision.equals("nano") && invalidPrecision == null) {
      invalidPrecision = precision;
    }
    timeStampPrecision = precision;
  }

  @Option(names = "--micro", description = "same as --time-stamp-precision=micro")
  void micro(boolean on) {
    timeStampPrecision = "micro";
  }

  @Option(names = "--nano", description = "same as --time-stamp-precision=nano")
  void nano(boolean on) {
    timeStampPrecision = "nano";
  }

  // Live capture, as tcpdump's flags of the same letters (see LiveFlags).

  @Option(names = {"-i", "--interface"}, paramLabel = "interface", description = "capture on interface: a name, a number from -D, or any")
  String device;

  @Option(names = {"-D", "--list-interfaces"}, description = "print the interfaces jdump can capture on and exit")
  boolean listDevices;

  @Option(names = {"-L", "--list-data-link-types"}, description = "print the interface's data link types and exit")
  boolean listDatalinks;

  @Option(names = {"-p", "--no-promiscuous-mode"}, description = "do not put the interface in promiscuous mode")
  boolean noPromisc;

  @Option(names = {"-B", "--buffer-size"}, paramLabel = "buffer_size", description = "capture buffer size in KiB")
  String bufferSize;

  @Option(names = "--immediate-mode", description = "deliver each packet as soon as it arrives")
  boolean immediate;

  @Option(names = {"-Q", "--direction"}, paramLabel = "in|out|inout", description = "direction of packets to capture")
  String direction;

  @Option(names = {"-I", "--monitor-mode"}, description = "put the interface in monitor mode")
  boolean monitor;

  @Option(names = {"-j", "--time-stamp-type"}, paramLabel = "tstamptype", description = "time stamp type to ask the interface for")
  String timestampType;

  @Option(names = {"-J", "--list-time-stamp-types"}, description = "print the interface's time stamp types and exit")
  boolean listTimestampTypes;

  @Option(names = {"-U", "--packet-buffered"}, description = "with -w, flush the file after each packet")
  boolean packetBuffered;

  @Option(names = "-C", paramLabel = "file_size", description = "with -w, start a new file past file_size million bytes")
  String fileSize;

  @Option(names = "-G", paramLabel = "rotate_seconds", description = "with -w, start a new file every rotate_seconds (strftime name)")
  String rotateSeconds;

  @Option(names = "-W", paramLabel = "filecount", description = "with -C, a ring of filecount files; with -G, stop after filecount files")
  String fileCount;

  @Option(names = "--print", description = "print packets even while writing them with -w")
  boolean printToo;

  @Option(names = "-f", description = "compile with the device's netmask, as tcpdump -f (addresses are printed numerically anyway)")
  boolean foreign;

  @Option(names = {"-Z", "--relinquish-privileges"}, paramLabel = "user", description = "after opening the device, run as user (only when run as root)")
  String user;

  @Option(names = "--no-kernel-filter", description = "filter in jdump only, not also in the kernel")
  boolean noKernelFilter;

  @Option(names = "--no-progress", description = "no progress line while writing a file")
  boolean noProgress;

  /** For tests: cuts small files into many ranges, so that the threaded copy runs on them. */
  @Option(names = "--range-bytes", hidden = true)
  String rangeBytes;

  @Option(names = "--debug", description = "show the stack trace of an error")
  boolean debug;

  @Option(names = "--version", description = "print version information and exit")
  boolean version;

  @Option(names = {"-h", "--help"}, description = "print usage and exit")
  boolean help;

  @Parameters(paramLabel = "expression", description = "pcap-filter(7) expression")
  List<String> expression = List.of();
}
