package io.jdump.cli;

import io.jdump.bpf.PacketFilter;
import io.jdump.capture.PacketSink;
import io.jdump.capture.PacketSource;
import io.jdump.print.PacketPrinter;
import io.jdump.print.PrintSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Reading capture files (-r's, or -V's list) into one sink: a -w file, or printed lines. The
 * sink takes the first file's link type and snap length, as tcpdump's pcap_dump_open does.
 *
 * <pre>{@code
 * try (var files = InputFiles.open(settings, stdin)) {
 *   new FileCopy(settings, LiveFlags.from(options), console, interruption).run(files, filter);
 * }
 * }</pre>
 */
final class FileCopy {
  private final Settings s;
  private final LiveFlags rotation;
  private final Console console;
  private final Interruption interruption;

  /** {@code rotation}: -C, -G, -W and -z, which rotate -w's file as in a live capture. */
  FileCopy(Settings s, LiveFlags rotation, Console console, Interruption interruption) {
    this.s = s;
    this.rotation = rotation;
    this.console = console;
    this.interruption = interruption;
  }

  /**
   * Copies or prints every file in turn through one sink, as tcpdump 4.99 reads -V's list: -c
   * counts in each file anew; a file that ends in a damaged record is reported and the next one
   * read (the damage ends the run only in the last file); a file of another link type gets the
   * filter compiled anew when printing and is refused when writing (a pcap file has one).
   */
  void run(InputFiles files, PacketFilter filter) throws Failure {
    boolean writing = s.writeFile() != null;
    Function<IOException, Failure> writeFailure = new WriteFailure(s.writeFile());
    PacketSource first = files.current();
    PacketSink sink = writing
        ? Output.open(s, rotation, first, console)
        : new PrintSink(new PacketPrinter(s.print().toOptions(s.nano())), console.out(),
            s.print().lineBuffered() || console.stdoutIsTerminal().getAsBoolean());
    // one file's progress: a list of files has no one size to measure against
    Progress progress = showsProgress() && s.fileList() == null
        ? new ProgressLine(console.err(), Terminal.takesAnsiEscapes(), console.nanoClock(),
            first::position, first.size())
        : Progress.NONE;
    long kept = 0;
    int dlt = first.dlt();
    Failure lastFileDamaged = null;
    try {
      do {
        PacketSource source = files.current();
        if (source.dlt() != dlt) {
          if (writing) throw new Failure(files.name() + ": new dlt does not match original");
          dlt = source.dlt();
          filter = filter == null
              ? null : JdumpCommand.filter(s, FilterProgram.load(s, dlt, source.snaplen()), source.size());
        }
        if (source != first) console.err().println(Input.readingLine(files.name(), source));
        var loop = new PacketLoop(source, filter, sink, s.count(), progress, interruption,
            writeFailure);
        try {
          kept += loop.run();
        } catch (Failure f) {
          if (!loop.inputFailed()) throw f;
          kept += loop.kept();
          if (!files.hasNext()) {
            // reported last, with status 1, after the output is complete (--count too)
            lastFileDamaged = f;
            break;
          }
          console.err().println("jdump: " + f.getMessage());
        }
      } while (!interruption.requested() && files.advance());
    } catch (Failure f) {
      // tcpdump exits at once: the packets before the failure stay written or printed, but
      // --count's line (which closing a printing sink prints) does not come
      if (writing || !s.print().countOnly()) closeQuietly(sink);
      throw f;
    } finally {
      progress.finish();
    }
    try {
      sink.close();
    } catch (IOException e) {
      throw writeFailure.apply(e);
    }
    // tcpdump prints --count's line after writing a file too (the printer prints it when
    // printing); not after -w -, where tcpdump's line lands inside the capture stream
    if (writing && s.print().countOnly() && !s.writesStdout()) {
      printCount(kept);
    }
    if (lastFileDamaged != null) throw lastFileDamaged;
  }

  /** An output error in tcpdump's words: writing -w's file, or printing (a class: see Main). */
  private static final class WriteFailure implements Function<IOException, Failure> {
    private final String writeFile;

    WriteFailure(String writeFile) {
      this.writeFile = writeFile;
    }

    @Override
    public Failure apply(IOException e) {
      return writeFile != null ? Messages.writingOutput(writeFile, e) : Messages.printingOutput(e);
    }
  }

  /** A progress line only for a file written from a file, watched on a terminal. */
  private boolean showsProgress() {
    return s.progress() && s.writeFile() != null && !s.writesStdout() && !s.readsStdin()
        && console.stderrIsTerminal().getAsBoolean();
  }

  private void printCount(long kept) throws Failure {
    try {
      console.out().write((kept + (kept == 1 ? " packet\n" : " packets\n"))
          .getBytes(StandardCharsets.US_ASCII));
      console.out().flush();
    } catch (IOException e) {
      throw Messages.printingOutput(e);
    }
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception e) {
      // already failing: the first error is the one to report
    }
  }
}
