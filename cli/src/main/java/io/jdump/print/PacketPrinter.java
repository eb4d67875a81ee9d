package io.jdump.print;

import io.jdump.capture.Packet;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Prints packets the way tcpdump 4.99 does: one summary line per packet (more with {@code -v}
 * or a dump flag), time stamp first. A printer keeps state across packets (the previous time
 * stamp for {@code -ttt}, TCP sequence bases, the packet count for {@code -#}), so use one per
 * stream of packets, from one thread.
 *
 * <pre>{@code
 * var printer = new PacketPrinter(PrintOptions.defaults().withVerbosity(1));
 * var line = new StringBuilder();
 * while (source.next(packet)) {
 *   line.setLength(0);
 *   printer.print(packet, line);
 *   System.out.append(line);
 * }
 * }</pre>
 *
 * <p>A malformed or truncated packet prints what tcpdump prints ({@code [|tcp]} and the like);
 * {@code print} never throws for packet content.
 */
public final class PacketPrinter {
  /** tcpdump's MAXIMUM_SNAPLEN: a record claiming more is reported, not decoded. */
  private static final int MAXIMUM_SNAPLEN = 262144;
  private final PrintOptions opts;
  private final Timestamps timestamps;
  private final StringBuilder scratch = new StringBuilder(256);
  private final Frame frame;
  private final Dissector dissector;
  private long count;
  /** Decoding bugs caught (not truncations): the tests assert there are none. */
  private long internalErrors;
  private RuntimeException lastInternalError;
  /** A -E secret tcpdump stops on, met in the last packet; its line is left unfinished. */
  private EspSecretException stop;

  /** A printer for these options. */
  public PacketPrinter(PrintOptions opts) {
    this.opts = opts;
    this.timestamps = new Timestamps(opts.timestamps(), opts.nanoPrecision(), opts.zone());
    this.frame = new Frame(opts, scratch, timestamps);
    this.dissector = new Dissector(frame);
  }

  /**
   * tcpdump's {@code -E spec}: decrypt ESP (and IKEv2's encrypted payloads) with these SAs,
   * read from the spec when the first ESP or ISAKMP packet is printed, as tcpdump reads them.
   * tcpdump's warnings about the spec go to {@code warnings} (without tcpdump's "WARNING: "
   * prefix); a secret tcpdump exits on makes {@link #print} throw {@link EspSecretException}
   * after appending the packet's line as far as tcpdump printed it.
   *
   * @return this printer
   */
  public PacketPrinter withEspSecrets(String spec, Consumer<String> warnings) {
    dissector.esp.secrets = spec == null ? null : new EspSecrets(spec, warnings);
    return this;
  }

  /** {@return how many packets hit a decoding bug (printed as truncated); 0 is the bar} */
  long internalErrors() {
    return internalErrors;
  }

  /** {@return the last decoding bug caught, for a test to show; null if none} */
  RuntimeException lastInternalError() {
    return lastInternalError;
  }

  /** {@return the options this printer was made with} */
  public PrintOptions options() {
    return opts;
  }

  /** Appends the packet's lines, each ending in '\n', to out. */
  public void print(Packet packet, StringBuilder out) {
    scratch.setLength(0);
    format(packet);
    out.append(scratch);
    throwStop();
  }

  /** Writes the packet's lines, each ending in '\n', to out. */
  public void print(Packet packet, Appendable out) throws IOException {
    scratch.setLength(0);
    format(packet);
    out.append(scratch);
    throwStop();
  }

  /** Throws the -E error the last packet met, if any (its partial line already given out). */
  void throwStop() {
    EspSecretException e = stop;
    if (e != null) {
      stop = null;
      throw e;
    }
  }

  /**
   * Formats the packet into the printer's own buffer; {@return that buffer, valid until the next
   * call} (the sink copies from it, saving one copy per packet).
   */
  StringBuilder lines(Packet packet) {
    scratch.setLength(0);
    format(packet);
    return scratch;
  }

  /** tcpdump's sanity checks on the record's lengths: each failed one named, in its order. */
  private static boolean invalidHeader(StringBuilder sb, int caplen, int wirelen) {
    int start = sb.length();
    if (caplen == 0) sb.append(" caplen==0");
    if (wirelen == 0) {
      if (sb.length() > start) sb.append(',');
      sb.append(" len==0");
    } else if (Integer.compareUnsigned(wirelen, caplen) < 0) {
      if (sb.length() > start) sb.append(',');
      sb.append(" len(").append(wirelen & 0xffffffffL).append(") < caplen(")
          .append(caplen & 0xffffffffL).append(')');
    }
    if (Integer.compareUnsigned(caplen, MAXIMUM_SNAPLEN) > 0) {
      if (sb.length() > start) sb.append(',');
      sb.append(" caplen(").append(caplen & 0xffffffffL).append(") > ").append(MAXIMUM_SNAPLEN);
    }
    if (Integer.compareUnsigned(wirelen, MAXIMUM_SNAPLEN) > 0) {
      if (sb.length() > start) sb.append(',');
      sb.append(" len(").append(wirelen & 0xffffffffL).append(") > ").append(MAXIMUM_SNAPLEN);
    }
    if (sb.length() == start) return false;
    sb.insert(start, "[Invalid header:").append("]\n");
    return true;
  }

  private void format(Packet packet) {
    StringBuilder sb = scratch;
    count++;
    // --print-sampling: the others are not decoded at all (so TCP sequence bases come from the
    // printed packets only), but keep their number for -#
    int every = opts.printSampling();
    if (every > 1 && count % every != 0) return;
    if (opts.number()) {
      Text.spacePad(sb, count, 5);
      sb.append("  ");
    }
    byte[] b = packet.buffer();
    int off = packet.offset();
    int caplen = packet.caplen();
    if (invalidHeader(sb, caplen, packet.wirelen())) return;
    timestamps.print(packet, sb);
    Frame f = frame;
    f.reset(b, off, caplen);
    boolean known = true;
    try {
      known = dissector.link.print(packet.dlt(), packet.wirelen());
    } catch (Truncated t) {
      f.printTrunc();
      f.linkHeaderLength = 0; // tcpdump dumps the whole frame after a cut one's long jump
    } catch (EspSecretException e) {
      stop = e; // tcpdump exits here: the line as far as it went, nothing after it
      return;
    } catch (RuntimeException e) {
      // a decoding bug must not end the capture: report as tcpdump reports a short packet
      internalErrors++;
      lastInternalError = e;
      f.printTrunc();
    }
    if (!known) {
      // tcpdump's unsupported_if_print: the whole frame, whatever -x and -q say
      sb.append("UNSUPPORTED");
      HexDump.hexAscii(sb, b, off, caplen);
    }
    int hdr = Math.min(f.linkHeaderLength, caplen);
    DumpStyle dump = opts.dump();
    if (dump != DumpStyle.NONE) {
      int start = dump.linkHeader() ? off : off + hdr;
      int len = dump.linkHeader() ? caplen : caplen - hdr;
      if (dump.linkHeader() || caplen > hdr) {
        if (dump.hex() && dump.ascii()) HexDump.hexAscii(sb, b, start, len);
        else if (dump.hex()) HexDump.hex(sb, b, start, len);
        else HexDump.ascii(sb, b, start, len);
      }
    }
    sb.append('\n');
  }
}
