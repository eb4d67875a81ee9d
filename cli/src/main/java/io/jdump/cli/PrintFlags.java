package io.jdump.cli;

import io.jdump.print.DumpStyle;
import io.jdump.print.PacketPrinter;
import io.jdump.print.PacketType;
import io.jdump.print.PrintOptions;
import io.jdump.print.TimestampStyle;
import java.io.PrintStream;

/**
 * tcpdump's printing flags as given, turned into the printer's options only when packets are
 * printed (the defaults look up this host's interfaces, which -w never needs).
 *
 * <pre>{@code
 * PrintOptions o = PrintFlags.of(options).toOptions(false);   // for -tt -vv -X
 * }</pre>
 *
 * @param timestamps   -t, -tt, ... -ttttt
 * @param linkHeader   -e
 * @param quiet        the number of -q
 * @param verbosity    the count of -v
 * @param dump         -x, -xx, -X, -XX, -A, -AA
 * @param number       -#
 * @param absoluteSeq  -S
 * @param noChecksum   -K
 * @param lineBuffered -l: flush after each packet
 * @param numeric      -n: numbers, not names
 * @param stripDomain  -N: host names without their domain
 * @param countOnly    --count: only the number of packets
 * @param printSampling --print-sampling: every nth packet only; 0 for all
 * @param packetType   -T: how to read payloads whatever their ports
 * @param meshHeaders  -H: 802.11s mesh control fields
 * @param asdot        -b: BGP AS numbers in asdot notation
 * @param rawNfsHandles -u: NFS file handles undecoded
 * @param tcpSecret    -M: the TCP MD5 signature secret; null when none
 * @param espSecret    -E: ESP secrets as tcpdump's spec; null without it
 */
record PrintFlags(TimestampStyle timestamps, boolean linkHeader, int quiet, int verbosity,
    DumpStyle dump, boolean number, boolean absoluteSeq, boolean noChecksum, boolean lineBuffered,
    boolean numeric, boolean stripDomain, boolean countOnly, int printSampling,
    PacketType packetType, boolean meshHeaders, boolean asdot, boolean rawNfsHandles,
    String tcpSecret, String espSecret) {

  /** {@return the flags the options carry} */
  static PrintFlags of(Options o) throws Failure {
    int sampling = 0;
    if (o.printSampling != null) {
      sampling = CNumbers.atoi(o.printSampling);
      if (sampling <= 0) throw new Failure("invalid print sampling " + o.printSampling);
    }
    PacketType type = PacketType.NONE;
    if (o.packetType != null) {
      type = PacketType.named(o.packetType);
      if (type == null) throw new Failure("unknown packet type `" + o.packetType + "'");
    }
    return new PrintFlags(TimestampStyle.forTFlags(o.t), o.linkHeader, o.quiet, o.v,
        DumpStyle.forFlags(o.x, o.bigX, o.a), o.number, o.absoluteSequence,
        o.noChecksum, o.lineBuffered, o.numeric, o.stripDomain, o.countOnly, sampling, type, o.meshHeaders,
        o.asdot, o.rawNfsHandles, o.tcpSecret, o.espSecret);
  }

  /**
   * {@return a printer for these flags} with nanosecond fractions when {@code nano}; -E's
   * warnings go to err in tcpdump's form. {@code printsEach}: tcpdump prints each packet
   * whatever --count says when it writes a file with --print.
   */
  PacketPrinter printer(boolean nano, boolean printsEach, PrintStream err) {
    var printer = new PacketPrinter(toOptions(nano).withCountOnly(countOnly && !printsEach));
    if (espSecret != null) {
      printer.withEspSecrets(espSecret, w -> {
        err.println("jdump: WARNING: " + w);
        err.flush();
      });
    }
    return printer;
  }

  /** {@return the printer's options} with nanosecond fractions when {@code nano}. */
  PrintOptions toOptions(boolean nano) {
    return PrintOptions.defaults().withTimestamps(timestamps).withNanoPrecision(nano)
        .withLinkHeader(linkHeader).withQuiet(quiet).withVerbosity(verbosity).withDump(dump)
        .withNumber(number).withAbsoluteSequence(absoluteSeq).withNoChecksum(noChecksum)
        .withNumeric(numeric).withStripDomain(stripDomain).withCountOnly(countOnly)
        .withPrintSampling(printSampling).withPacketType(packetType).withMeshHeaders(meshHeaders)
        .withAsdot(asdot).withRawNfsHandles(rawNfsHandles).withTcpSecret(tcpSecret);
  }
}
