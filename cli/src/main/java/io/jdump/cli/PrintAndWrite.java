package io.jdump.cli;

import io.jdump.capture.PacketSink;
import io.jdump.print.PrintSink;
import java.io.PrintStream;

/**
 * The sinks a command sends each kept packet to, as tcpdump's callbacks: the printer, the -w
 * writer, or both with --print (the record written, then the line printed). Files and live
 * capture build them here alike.
 *
 * <pre>{@code
 * PrintSink printer = PrintAndWrite.printer(settings, flags, console, console.err());
 * PacketSink sink = PrintAndWrite.join(settings, writer, printer, false);
 * }</pre>
 */
final class PrintAndWrite {
  private PrintAndWrite() {}

  /**
   * {@return the printer, or null where tcpdump prints nothing: -w without --print}. With -w -
   * its lines share standard output with the records, so it hands each line on at once.
   */
  static PrintSink printer(Settings s, LiveFlags f, Console console, PrintStream err) {
    boolean writing = s.writeFile() != null;
    if (writing && !f.printToo()) return null;
    return new PrintSink(s.print().printer(s.nano(), writing, err), console.out(),
        s.print().lineBuffered() || s.writesStdout()
            || console.stdoutIsTerminal().getAsBoolean());
  }

  /**
   * {@return what each packet goes to}: the writer, the printer, or both. With -w - and --print
   * tcpdump's records and lines share one stdout buffer, each packet's record then its line;
   * the writer then hands each record on at once too, as -U makes it.
   *
   * @param writer         -w's writer; null without -w
   * @param printer        from {@link #printer}; null without printing
   * @param packetBuffered -U: the writer flushed after each packet
   */
  static PacketSink join(Settings s, PacketSink writer, PrintSink printer, boolean packetBuffered) {
    if (writer == null) return printer;
    boolean sharesStdout = printer != null && s.writesStdout();
    PacketSink file = packetBuffered || sharesStdout ? new PacketBufferedSink(writer) : writer;
    return printer == null ? file : new TeeSink(file, printer);
  }
}
