package io.jdump.cli;

import io.jdump.bpf.PacketFilter;
import io.jdump.capture.PacketSink;
import io.jdump.capture.PacketSource;
import io.jdump.capture.file.RangeCopy;
import io.jdump.capture.file.RotatingSink;
import io.jdump.capture.live.LiveCaptureException;
import io.jdump.capture.live.ProcessUser;
import io.jdump.print.PacketPrinter;
import io.jdump.print.PrintSink;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reading capture files (-r's, or -V's list) into one sink: a -w file, or printed lines. The
 * sink takes the first file's link type and snap length, as tcpdump's pcap_dump_open does.
 *
 * <pre>{@code
 * try (var files = InputFiles.open(settings, stdin)) {
 *   new FileCopy(settings, LiveFlags.from(options), console, interruption)
 *       .run(files, filter, Reach.of(program));
 * }
 * }</pre>
 */
final class FileCopy {
  private final Settings s;
  private final Console console;
  private final Interruption interruption;
  private final LiveFlags rotation;

  /** {@code rotation}: -C, -G, -W and -z, which rotate -w's file as in a live capture. */
  FileCopy(Settings s, LiveFlags rotation, Console console, Interruption interruption) {
    this.rotation = rotation;
    this.s = s;
    this.console = console;
    this.interruption = interruption;
  }

  /**
   * Copies or prints every file in turn through one sink, as tcpdump 4.99 reads -V's list: -c
   * counts in each file anew; a file that ends in a damaged record is reported and the next one
   * read (the damage ends the run only in the last file); a file of another link type gets the
   * filter compiled anew when printing and is refused when writing (a pcap file has one).
   *
   * @param reach how far into a packet the filter reads ({@link io.jdump.bpf.Reach#of})
   */
  void run(InputFiles files, PacketFilter filter, long reach) throws Failure {
    boolean writing = s.writeFile() != null;
    Function<IOException, Failure> writeFailure = new WriteFailure(s.writeFile());
    PacketSource first = files.current();
    boolean progressShown = showsProgress() && s.fileList() == null;
    Optional<RangeCopy> ranged = writing ? rangeCopy(first, progressShown) : Optional.empty();
    FileChannel channel = null;
    PacketSink sink;
    String firstFile = null;
    if (ranged.isPresent()) {
      try {
        channel = Output.openFile(s.writeFile());
        sink = Output.pcapOn(channel, s, first);
      } catch (IOException e) {
        throw Messages.writingOutput(s.writeFile(), e);
      }
    } else {
      PrintSink printer = PrintAndWrite.printer(s, rotation, console, console.err());
      PacketSink file = writing ? Output.open(s, rotation, first, console) : null;
      if (file instanceof RotatingSink r) firstFile = Output.handedOver(r);
      sink = PrintAndWrite.join(s, file, printer, false);
    }
    if (rotation.user() != null) becomeUser(sink, firstFile);
    // one file's progress: a list of files has no one size to measure against
    Progress progress = progressShown
        ? new ProgressLine(console.err(), Terminal.takesAnsiEscapes(), console.nanoClock(),
            first::position, first.size())
        : Progress.NONE;
    long kept = 0;
    int dlt = first.dlt();
    Failure lastFileDamaged = null;
    try {
      boolean stopped = false;
      if (ranged.isPresent()) {
        RangeCopy.Result r = copyRanges(ranged.get(), channel, sink, filter, reach, writeFailure);
        kept += r.kept();
        stopped = r.interrupted();
        // the packet loop goes on from the first record the ranges left: the rest of the
        // file, or a damaged record that it reports in tcpdump's words
        if (!stopped) files.resumeAt(r.stoppedAt());
      }
      PacketSource announced = files.current();
      if (!stopped) do {
        PacketSource source = files.current();
        if (source.dlt() != dlt) {
          if (writing) throw new Failure(files.name() + ": new dlt does not match original");
          dlt = source.dlt();
          filter = filter == null
              ? null : JdumpCommand.filter(s, FilterProgram.load(s, source),
                  source.size());
        }
        if (source != announced) console.err().println(Input.readingLine(files.name(), source));
        var loop = new PacketLoop(source, filter, sink, s.count(), progress, interruption,
            writeFailure);
        try {
          kept += loop.run();
          flushPrinted(sink, writing);
        } catch (Failure f) {
          if (!loop.inputFailed()) throw f;
          kept += loop.kept();
          flushPrinted(sink, writing);
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
      // --count's line does not come
      closeQuietly(sink);
      throw f;
    } finally {
      progress.finish();
    }
    // tcpdump prints --count's line after reading files, after the packets --print printed
    // with -w; not after -w -, where tcpdump's line lands inside the capture stream
    if (s.print().countOnly() && !s.writesStdout()) {
      try {
        sink.flush();
      } catch (IOException e) {
        throw writing ? writeFailure.apply(e) : Messages.printingOutput(e);
      }
      printCount(kept);
    }
    try {
      sink.close();
    } catch (IOException e) {
      throw writeFailure.apply(e);
    }
    if (lastFileDamaged != null) throw lastFileDamaged;
  }

  /**
   * {@return the copy by ranges ({@link RangeCopy}) for -r FILE -w FILE} where it writes what the
   * packet loop would, on all cores. The packet loop alone, on one thread, where order or a count
   * needs it: -c (kept packets counted in file order up to the count), -r - (a pipe cannot be
   * read at offsets), -V (each file's header and errors in turn), the progress line (its counts
   * are the loop's), -w - and pcapng, and a file whose records the writer would rewrite (other
   * byte order, version or timestamp precision), -C/-G/-W/-z, whose rotating writer
   * decides per packet where it goes, and --print, which prints each packet too.
   */
  /**
   * -Z with files, as LiveCapture's and Debian's tcpdump: the output is opened (a missing user
   * leaves its header behind, as tcpdump's does), its first file handed over, then the process
   * is the user's.
   *
   * @param firstFile a rotation's first file; null for -w's own name
   */
  private void becomeUser(PacketSink sink, String firstFile) throws Failure {
    var libc = ProcessUser.load();
    if (libc.isEmpty()) return;
    String handed = firstFile != null ? firstFile
        : s.writeFile() != null && !s.writesStdout() ? s.writeFile() : null;
    try {
      libc.get().dropTo(rotation.user(), handed, s.writeFile() == null);
    } catch (LiveCaptureException e) {
      closeQuietly(sink);
      throw new Failure(e.getMessage(), e);
    }
  }

  /**
   * tcpdump flushes what it printed after each file's loop, before the next file's line or a
   * damaged file's message reaches standard error: the same order when both go to one place.
   */
  private static void flushPrinted(PacketSink sink, boolean writing) throws Failure {
    if (writing) return;
    try {
      sink.flush();
    } catch (IOException e) {
      throw Messages.printingOutput(e);
    }
  }

  private Optional<RangeCopy> rangeCopy(PacketSource first, boolean progressShown) {
    if (s.readFile() == null || s.readsStdin() || s.fileList() != null || s.count() != 0
        || s.writesStdout() || s.pcapng() || progressShown || rotation.rotates()
        || rotation.printToo()) {
      return Optional.empty();
    }
    Path in = Path.of(s.readFile());
    Path out = Path.of(s.writeFile());
    if (!Files.isRegularFile(in) || (Files.exists(out) && !Files.isRegularFile(out))) {
      return Optional.empty(); // devices and pipes take the loop's plain writes
    }
    return RangeCopy.of(first, s.nano(), in, s.rangeBytes(),
        Runtime.getRuntime().availableProcessors());
  }

  private RangeCopy.Result copyRanges(RangeCopy copy, FileChannel channel, PacketSink sink,
      PacketFilter filter, long reach, Function<IOException, Failure> writeFailure)
      throws Failure {
    try {
      sink.flush(); // the file header, before the records the ranges write after it
      return copy.run(channel, filter, reach, interruption); // not a method reference: see Main
    } catch (IOException e) {
      throw writeFailure.apply(e);
    }
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
