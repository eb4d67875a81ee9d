package io.jdump.cli;

import io.jdump.print.DumpStyle;
import io.jdump.print.PrintOptions;
import io.jdump.print.TimestampStyle;

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
 * @param quiet        -q
 * @param verbosity    the count of -v
 * @param dump         -x, -xx, -X, -XX, -A, -AA
 * @param number       -#
 * @param absoluteSeq  -S
 * @param noChecksum   -K
 * @param lineBuffered -l: flush after each packet
 */
record PrintFlags(TimestampStyle timestamps, boolean linkHeader, boolean quiet, int verbosity,
    DumpStyle dump, boolean number, boolean absoluteSeq, boolean noChecksum, boolean lineBuffered) {

  /** {@return the flags the options carry} */
  static PrintFlags of(Options o) {
    return new PrintFlags(TimestampStyle.forTFlags(o.t.length), o.linkHeader, o.quiet, o.v.length,
        DumpStyle.forFlags(o.x.length, o.bigX.length, o.a.length), o.number, o.absoluteSequence,
        o.noChecksum, o.lineBuffered);
  }

  /** {@return the printer's options} with nanosecond fractions when {@code nano}. */
  PrintOptions toOptions(boolean nano) {
    return PrintOptions.defaults().withTimestamps(timestamps).withNanoPrecision(nano)
        .withLinkHeader(linkHeader).withQuiet(quiet).withVerbosity(verbosity).withDump(dump)
        .withNumber(number).withAbsoluteSequence(absoluteSeq).withNoChecksum(noChecksum);
  }
}
