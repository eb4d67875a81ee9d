package io.jdump.print;

import io.jdump.capture.zone.LocalZone;
import java.util.function.IntFunction;

/**
 * What tcpdump's printing flags ask for. Build one with {@link #defaults()} and the
 * {@code with...} methods, then hand it to a {@link PacketPrinter}.
 *
 * <pre>{@code
 * var opts = PrintOptions.defaults().withTimestamps(TimestampStyle.EPOCH).withVerbosity(1);
 * }</pre>
 *
 * @param numeric {@code -n}: addresses, ports and protocols as numbers, not names
 * @param timestamps {@code -t}..{@code -ttttt}
 * @param nanoPrecision {@code --time-stamp-precision=nano}: nine digits of fraction, not six
 * @param linkHeader {@code -e}: print the link-level header
 * @param quietFlags the number of {@code -q} flags: one for less protocol detail, two to leave
 *     out what follows the addresses of an IPv4 fragment past the first
 * @param verbosity the number of {@code -v} flags
 * @param dump {@code -x}, {@code -xx}, {@code -X}, {@code -XX}, {@code -A}, {@code -AA}
 * @param number {@code -#}: prefix each line with the packet's number
 * @param absoluteSequence {@code -S}: absolute TCP sequence numbers
 * @param noChecksum {@code -K}: do not verify checksums (with {@code -v})
 * @param zone the zone local times are printed in; null for the system's (TZ, as tcpdump's)
 * @param interfaceNames names a Linux cooked v2 interface index; null when unknown
 * @param stripDomain {@code -N}: host names without their domain
 * @param hostNames reverse lookups of addresses, when not {@code numeric}
 * @param countOnly {@code --count} where tcpdump prints no packet (reading with no {@code -w}, or
 *     capturing): the count line, when there is one, is the command's
 * @param printSampling {@code --print-sampling}: print every nth packet only; 0 or 1 for all
 * @param packetType {@code -T}: how to read UDP/TCP payloads whatever their ports;
 *     {@link PacketType#NONE} to go by port
 * @param meshHeaders {@code -H}: look for 802.11s mesh control fields in QoS data frames
 * @param asdot {@code -b}: BGP AS numbers above 65535 in asdot notation (RFC 5396), as 1.10
 * @param rawNfsHandles {@code -u}: NFS file handles as their 32-bit words in hex, undecoded
 * @param tcpSecret {@code -M}: the shared secret TCP MD5 signatures (RFC 2385) are checked
 *     with; null when none was given
 */
public record PrintOptions(
    boolean numeric,
    TimestampStyle timestamps,
    boolean nanoPrecision,
    boolean linkHeader,
    int quietFlags,
    int verbosity,
    DumpStyle dump,
    boolean number,
    boolean absoluteSequence,
    boolean noChecksum,
    LocalZone zone,
    IntFunction<String> interfaceNames,
    boolean stripDomain,
    HostNames hostNames,
    boolean countOnly,
    int printSampling,
    PacketType packetType,
    boolean meshHeaders, boolean asdot,
    boolean rawNfsHandles,
    String tcpSecret) {

  /** {@return tcpdump's defaults with {@code -n}, the system zone and this host's interfaces} */
  public static PrintOptions defaults() {
    return new PrintOptions(true, TimestampStyle.TIME_OF_DAY, false, false, 0, 0,
        DumpStyle.NONE, false, false, false, null, InterfaceNames.local(), false,
        HostNames.system(), false, 0, PacketType.NONE, false, false, false, null);
  }

  /** {@return these options with {@code numeric} ({@code -n}) replaced} */
  public PrintOptions withNumeric(boolean v) {
    return new PrintOptions(v, timestamps, nanoPrecision, linkHeader, quietFlags, verbosity, dump,
        number, absoluteSequence, noChecksum, zone, interfaceNames, stripDomain, hostNames,
        countOnly, printSampling, packetType, meshHeaders, asdot, rawNfsHandles, tcpSecret);
  }

  /** {@return these options with {@code timestamps} ({@code -t} flags) replaced} */
  public PrintOptions withTimestamps(TimestampStyle v) {
    return new PrintOptions(numeric, v, nanoPrecision, linkHeader, quietFlags, verbosity, dump,
        number, absoluteSequence, noChecksum, zone, interfaceNames, stripDomain, hostNames,
        countOnly, printSampling, packetType, meshHeaders, asdot, rawNfsHandles, tcpSecret);
  }

  /** {@return these options with {@code nanoPrecision} replaced} */
  public PrintOptions withNanoPrecision(boolean v) {
    return new PrintOptions(numeric, timestamps, v, linkHeader, quietFlags, verbosity, dump,
        number, absoluteSequence, noChecksum, zone, interfaceNames, stripDomain, hostNames,
        countOnly, printSampling, packetType, meshHeaders, asdot, rawNfsHandles, tcpSecret);
  }

  /** {@return these options with {@code linkHeader} ({@code -e}) replaced} */
  public PrintOptions withLinkHeader(boolean v) {
    return new PrintOptions(numeric, timestamps, nanoPrecision, v, quietFlags, verbosity, dump,
        number, absoluteSequence, noChecksum, zone, interfaceNames, stripDomain, hostNames,
        countOnly, printSampling, packetType, meshHeaders, asdot, rawNfsHandles, tcpSecret);
  }

  /** {@return these options with {@code quietFlags} (the number of {@code -q}) replaced} */
  public PrintOptions withQuiet(int v) {
    return new PrintOptions(numeric, timestamps, nanoPrecision, linkHeader, v, verbosity, dump,
        number, absoluteSequence, noChecksum, zone, interfaceNames, stripDomain, hostNames,
        countOnly, printSampling, packetType, meshHeaders, asdot, rawNfsHandles, tcpSecret);
  }

  /** {@return these options with {@code verbosity} ({@code -v} count) replaced} */
  public PrintOptions withVerbosity(int v) {
    return new PrintOptions(numeric, timestamps, nanoPrecision, linkHeader, quietFlags, v, dump,
        number, absoluteSequence, noChecksum, zone, interfaceNames, stripDomain, hostNames,
        countOnly, printSampling, packetType, meshHeaders, asdot, rawNfsHandles, tcpSecret);
  }

  /** {@return these options with {@code dump} ({@code -x}/{@code -X}/{@code -A}) replaced} */
  public PrintOptions withDump(DumpStyle v) {
    return new PrintOptions(numeric, timestamps, nanoPrecision, linkHeader, quietFlags, verbosity,
        v, number, absoluteSequence, noChecksum, zone, interfaceNames, stripDomain, hostNames,
        countOnly, printSampling, packetType, meshHeaders, asdot, rawNfsHandles, tcpSecret);
  }

  /** {@return these options with {@code number} ({@code -#}) replaced} */
  public PrintOptions withNumber(boolean v) {
    return new PrintOptions(numeric, timestamps, nanoPrecision, linkHeader, quietFlags, verbosity,
        dump, v, absoluteSequence, noChecksum, zone, interfaceNames, stripDomain, hostNames,
        countOnly, printSampling, packetType, meshHeaders, asdot, rawNfsHandles, tcpSecret);
  }

  /** {@return these options with {@code absoluteSequence} ({@code -S}) replaced} */
  public PrintOptions withAbsoluteSequence(boolean v) {
    return new PrintOptions(numeric, timestamps, nanoPrecision, linkHeader, quietFlags, verbosity,
        dump, number, v, noChecksum, zone, interfaceNames, stripDomain, hostNames,
        countOnly, printSampling, packetType, meshHeaders, asdot, rawNfsHandles, tcpSecret);
  }

  /** {@return these options with {@code noChecksum} ({@code -K}) replaced} */
  public PrintOptions withNoChecksum(boolean v) {
    return new PrintOptions(numeric, timestamps, nanoPrecision, linkHeader, quietFlags, verbosity,
        dump, number, absoluteSequence, v, zone, interfaceNames, stripDomain, hostNames,
        countOnly, printSampling, packetType, meshHeaders, asdot, rawNfsHandles, tcpSecret);
  }

  /** {@return these options with {@code zone} replaced} */
  public PrintOptions withZone(LocalZone v) {
    return new PrintOptions(numeric, timestamps, nanoPrecision, linkHeader, quietFlags, verbosity,
        dump, number, absoluteSequence, noChecksum, v, interfaceNames, stripDomain, hostNames,
        countOnly, printSampling, packetType, meshHeaders, asdot, rawNfsHandles, tcpSecret);
  }

  /** {@return these options with {@code stripDomain} ({@code -N}) replaced} */
  public PrintOptions withStripDomain(boolean v) {
    return new PrintOptions(numeric, timestamps, nanoPrecision, linkHeader, quietFlags, verbosity,
        dump, number, absoluteSequence, noChecksum, zone, interfaceNames, v, hostNames,
        countOnly, printSampling, packetType, meshHeaders, asdot, rawNfsHandles, tcpSecret);
  }

  /** {@return these options with {@code countOnly} ({@code --count}) replaced} */
  public PrintOptions withCountOnly(boolean v) {
    return new PrintOptions(numeric, timestamps, nanoPrecision, linkHeader, quietFlags, verbosity,
        dump, number, absoluteSequence, noChecksum, zone, interfaceNames, stripDomain, hostNames,
        v, printSampling, packetType, meshHeaders, asdot, rawNfsHandles, tcpSecret);
  }

  /** {@return these options with {@code printSampling} ({@code --print-sampling}) replaced} */
  public PrintOptions withPrintSampling(int v) {
    return new PrintOptions(numeric, timestamps, nanoPrecision, linkHeader, quietFlags, verbosity,
        dump, number, absoluteSequence, noChecksum, zone, interfaceNames, stripDomain, hostNames,
        countOnly, v, packetType, meshHeaders, asdot, rawNfsHandles, tcpSecret);
  }

  /** {@return these options with {@code hostNames} replaced} */
  public PrintOptions withHostNames(HostNames v) {
    return new PrintOptions(numeric, timestamps, nanoPrecision, linkHeader, quietFlags, verbosity,
        dump, number, absoluteSequence, noChecksum, zone, interfaceNames, stripDomain, v,
        countOnly, printSampling, packetType, meshHeaders, asdot, rawNfsHandles, tcpSecret);
  }

  /** {@return these options with {@code interfaceNames} replaced} */
  public PrintOptions withInterfaceNames(IntFunction<String> v) {
    return new PrintOptions(numeric, timestamps, nanoPrecision, linkHeader, quietFlags, verbosity,
        dump, number, absoluteSequence, noChecksum, zone, v, stripDomain, hostNames,
        countOnly, printSampling, packetType, meshHeaders, asdot, rawNfsHandles, tcpSecret);
  }

  /** {@return these options with {@code packetType} ({@code -T}) replaced} */
  public PrintOptions withPacketType(PacketType v) {
    return new PrintOptions(numeric, timestamps, nanoPrecision, linkHeader, quietFlags, verbosity,
        dump, number, absoluteSequence, noChecksum, zone, interfaceNames, stripDomain, hostNames,
        countOnly, printSampling, v, meshHeaders, asdot, rawNfsHandles, tcpSecret);
  }

  /** {@return these options with {@code meshHeaders} ({@code -H}) replaced} */
  public PrintOptions withMeshHeaders(boolean v) {
    return new PrintOptions(numeric, timestamps, nanoPrecision, linkHeader, quietFlags, verbosity,
        dump, number, absoluteSequence, noChecksum, zone, interfaceNames, stripDomain, hostNames,
        countOnly, printSampling, packetType, v, asdot, rawNfsHandles, tcpSecret);
  }

  /** {@return these options with {@code asdot} ({@code -b}) replaced} */
  public PrintOptions withAsdot(boolean v) {
    return new PrintOptions(numeric, timestamps, nanoPrecision, linkHeader, quietFlags, verbosity,
        dump, number, absoluteSequence, noChecksum, zone, interfaceNames, stripDomain, hostNames,
        countOnly, printSampling, packetType, meshHeaders, v, rawNfsHandles, tcpSecret);
  }

  /** {@return these options with {@code rawNfsHandles} ({@code -u}) replaced} */
  public PrintOptions withRawNfsHandles(boolean v) {
    return new PrintOptions(numeric, timestamps, nanoPrecision, linkHeader, quietFlags, verbosity,
        dump, number, absoluteSequence, noChecksum, zone, interfaceNames, stripDomain, hostNames,
        countOnly, printSampling, packetType, meshHeaders, asdot, v, tcpSecret);
  }

  /** {@return these options with {@code tcpSecret} ({@code -M}) replaced} */
  public PrintOptions withTcpSecret(String v) {
    return new PrintOptions(numeric, timestamps, nanoPrecision, linkHeader, quietFlags, verbosity,
        dump, number, absoluteSequence, noChecksum, zone, interfaceNames, stripDomain, hostNames,
        countOnly, printSampling, packetType, meshHeaders, asdot, rawNfsHandles, v);
  }

  /** {@return whether {@code -q} was given: less protocol detail} */
  public boolean quiet() {
    return quietFlags > 0;
  }

  /**
   * {@return whether {@code -q} was given twice or more}: tcpdump's {@code ndo_qflag > 1}, which
   * only its IPv4 printer reads (a fragment past the first prints nothing after "IP").
   */
  public boolean ultraQuiet() {
    return quietFlags > 1;
  }

  /**
   * {@return whether payloads a decoder leaves are not dumped}: tcpdump's
   * {@code ndo_suppress_default_print}, which each of -x, -X and -q sets (-A does not).
   * Example: {@code if (!f.opts.suppressDefaultPrint()) d.link.alwaysDefaultPrint(p, n);}
   */
  public boolean suppressDefaultPrint() {
    return dump.hex() || quiet();
  }
}
