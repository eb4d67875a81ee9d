package io.jdump.cli;

import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Listing;
import io.jdump.bpf.PacketFilter;
import io.jdump.capture.PacketSink;
import io.jdump.capture.file.RotatingSink;
import io.jdump.capture.live.CaptureStats;
import io.jdump.capture.live.Direction;
import io.jdump.capture.live.KernelFilter;
import io.jdump.capture.live.LiveCaptureException;
import io.jdump.capture.live.LiveOptions;
import io.jdump.capture.live.LiveSource;
import io.jdump.capture.live.PcapDevice;
import io.jdump.capture.live.PcapLibrary;
import io.jdump.capture.live.ProcessUser;
import io.jdump.capture.live.TimestampPrecision;
import io.jdump.print.PacketPrinter;
import io.jdump.print.PrintSink;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code jdump -i IFACE}: live capture as tcpdump does it, step by step in its order (see
 * io.jdump.capture.live's package javadoc for the flag-by-flag wiring): open the device and
 * say what it warns, compile the filter for its link type and install it in the kernel too,
 * say "listening on", run the one loop until -c, a signal or a device error, close the output
 * complete, then the statistics on stderr.
 *
 * <pre>{@code
 * int status = new LiveCapture(settings, flags, console, interruption).run();
 * }</pre>
 */
final class LiveCapture {
  /** The link types jdump's printer decodes; -L marks the others "printing not supported". */
  private static final Set<Integer> PRINTABLE = Set.of(0, 1, 9, 12, 14, 50, 101, 108, 113, 228,
      229, 276);
  private static final int TERMINAL_TIMEOUT_MS = 100;
  /**
   * The kernel buffer without -B: 16 MiB where libpcap's default is 2 MiB. A JVM runs its first
   * second interpreted, slower than tcpdump, and a burst that comes then (bench/flood: a
   * million 60-byte frames in 1.4 s) overflows 2 MiB before the loop is compiled.
   */
  private static final int DEFAULT_BUFFER_KIB = 16 * 1024;

  private final Settings s;
  private final LiveFlags f;
  private final Console console;
  private final Interruption interruption;
  private final PrintStream err;
  /** The output file opened before capturing (as root), handed to -Z's user; null if none. */
  private String firstFile;

  LiveCapture(Settings s, LiveFlags f, Console console, Interruption interruption) {
    this.s = s;
    this.f = f;
    this.console = console;
    this.interruption = interruption;
    this.err = console.err();
  }

  /** {@return the exit status} after listing (-D, -L, -J) or capturing. */
  int run() throws Failure {
    try {
      PcapLibrary lib = PcapLibrary.load();
      if (f.listDevices()) return listDevices(lib);
      String device = f.device() != null ? f.device() : lib.defaultDevice();
      if (f.listTimestampTypes()) return listTimestampTypes(lib, device);
      try (LiveSource source = LiveSource.open(lib, device, options(lib))) {
        if (f.listDatalinks()) {
          source.datalinkListing(PRINTABLE::contains).forEach(err::println);
          return 0;
        }
        if (s.listing() != null) return listing(lib, source);
        return capture(lib, source);
      }
    } catch (LiveCaptureException e) {
      throw Messages.live(e);
    }
  }

  private int listDevices(PcapLibrary lib) throws LiveCaptureException, Failure {
    List<PcapDevice> devices = lib.devices();
    var text = new StringBuilder();
    for (int i = 0; i < devices.size(); i++) text.append(devices.get(i).tcpdumpLine(i + 1)).append('\n');
    write(text.toString());
    return 0;
  }

  private int listTimestampTypes(PcapLibrary lib, String device) throws LiveCaptureException {
    List<String> lines = lib.timestampTypeListing(device);
    if (lines.isEmpty()) err.println("Time stamp type cannot be set for " + device);
    lines.forEach(err::println);
    return 0;
  }

  private LiveOptions options(PcapLibrary lib) throws LiveCaptureException {
    var o = LiveOptions.defaults()
        .withSnaplen(s.snaplen() == Settings.MAXIMUM_SNAPLEN ? 0 : s.snaplen())
        .withPromisc(f.promisc())
        .withBufferSizeKiB(f.bufferKiB() != 0 ? f.bufferKiB() : DEFAULT_BUFFER_KIB)
        .withImmediate(f.immediate())
        .withRfmon(f.monitor())
        .withPrecision(s.nano() ? TimestampPrecision.NANO : TimestampPrecision.MICRO);
    if (printing() && (s.print().lineBuffered() || console.stdoutIsTerminal().getAsBoolean())) {
      o = o.withTimeoutMs(TERMINAL_TIMEOUT_MS); // as tcpdump: lines appear without delay
    }
    if (f.timestampType() != null) o = o.withTimestampType(lib.timestampTypeValue(f.timestampType()));
    if (f.direction() != null) o = o.withDirection(Optional.of(Direction.parse(f.direction())));
    // -L lists what the device offers before any -y is applied, as tcpdump 4.99
    if (s.dlt() >= 0 && !f.listDatalinks()) o = o.withDatalink(s.dlt());
    return o;
  }

  private boolean printing() {
    return s.writeFile() == null || f.printToo();
  }

  /** -d, -dd, -ddd with -i: the program for the device as opened (link type, snaplen). */
  private int listing(PcapLibrary lib, LiveSource source) throws Failure {
    source.notices().forEach(n -> err.println("jdump: " + n));
    BpfProgram program = FilterProgram.load(s, source.dlt(), source.snaplen(), netmask(lib, source));
    write(Listing.format(program, s.listing()));
    return 0;
  }

  /**
   * {@return the netmask tcpdump 4.99 compiles a live filter with}: 0 (so {@code ip broadcast}
   * means 0.0.0.0 or 255.255.255.255), unless -f asks for the device's, whose absence is a
   * warning, as tcpdump's.
   */
  private int netmask(PcapLibrary lib, LiveSource source) {
    if (!f.foreign()) return FilterProgram.NO_DEVICE_NETMASK;
    try {
      return lib.tcpdumpNetmask(source.device());
    } catch (LiveCaptureException e) {
      err.println("jdump: WARNING: foreign (-f) flag used but: " + e.getMessage());
      return FilterProgram.NO_DEVICE_NETMASK;
    }
  }

  private int capture(PcapLibrary lib, LiveSource source) throws Failure, LiveCaptureException {
    source.notices().forEach(n -> err.println("jdump: " + n));
    int netmask = netmask(lib, source);
    if (FilterProgram.none(s)) FilterProgram.checkLinkType(source.dlt());
    BpfProgram program = FilterProgram.none(s)
        ? null : FilterProgram.load(s, source.dlt(), source.snaplen(), netmask);
    PacketFilter filter = null;
    if (program != null) {
      if (f.kernelFilter()) {
        // Linux takes an Ethernet frame's tag off before the kernel's copy runs: the copy passes
        // such frames to the VM (see KernelFilter), or stays out when the prefix does not fit.
        boolean linux = System.getProperty("os.name", "").startsWith("Linux");
        var kernel = KernelFilter.forSocket(program, source.dlt(), source.snaplen(), linux);
        if (kernel.isPresent()) source.setFilter(kernel.get());
      }
      filter = JdumpCommand.filter(s, program, -1); // a capture has no known end: the JIT
    }
    PacketSink sink = openSink(source);
    if (f.user() != null) dropPrivileges(sink);
    if (s.writeFile() != null || s.print().verbosity() > 0) {
      err.println("jdump: " + source.listeningOn());
    } else {
      err.println("jdump: verbose output suppressed, use -v[v]... for full protocol decode");
      err.println(source.listeningOn());
    }
    err.flush();
    Function<IOException, Failure> writeFailure = s.writeFile() != null
        ? e -> Messages.writingOutput(s.writeFile(), e)
        : Messages::printingOutput;
    var loop = new PacketLoop(source, filter, sink, s.count(), Progress.NONE, interruption,
        e -> e instanceof RotatingSink.LimitReached ? Failure.quiet(0, e) : writeFailure.apply(e));
    interruption.onRequest(source::stop);
    Failure failed = null;
    try (var usr1 = StatsSignal.install(() -> summary(source, loop.kept()))) {
      loop.run();
    } catch (Failure e) {
      failed = e;
    } finally {
      interruption.onRequest(() -> {});
    }
    failed = close(sink, failed, interruption.requested() && printing());
    if (failed != null && failed.getCause() instanceof RotatingSink.LimitReached limit) {
      err.println(limit.getMessage());
      failed = null;
    } else if (failed != null && failed.getMessage() != null) {
      err.println("jdump: " + failed.getMessage()); // before the statistics, as tcpdump
    }
    statistics(source, loop.kept());
    return failed == null ? 0 : failed.status();
  }

  /**
   * -Z: as Debian's tcpdump 4.99, the first file is created as root, then handed over; the
   * files -C and -G open later are created by the user.
   */
  private void dropPrivileges(PacketSink sink) throws LiveCaptureException {
    var user = ProcessUser.load();
    if (user.isEmpty()) return;
    try {
      user.get().dropTo(f.user(), firstFile, s.writeFile() == null);
    } catch (LiveCaptureException e) {
      close(sink, null, false);
      throw e;
    }
  }

  /**
   * Closes the output; after a signal, when printing, first tcpdump's newline on stdout (it
   * ends a line a signal may have cut), after the lines still buffered and before the close.
   */
  private Failure close(PacketSink sink, Failure failed, boolean newline) {
    try {
      if (newline) {
        sink.flush();
        console.out().write('\n');
      }
      sink.close();
    } catch (IOException e) {
      if (failed == null) return s.writeFile() != null
          ? Messages.writingOutput(s.writeFile(), e) : Messages.printingOutput(e);
    }
    return failed;
  }

  private PacketSink openSink(LiveSource source) throws Failure {
    PrintSink printer = PrintAndWrite.printer(s, f, console, err);
    if (s.writeFile() == null) return printer;
    PacketSink file;
    try {
      file = f.rotates() ? rotating(source) : Output.open(s.writeFile(), s.pcapng(), s.nano(),
          source.dlt(), 0, source.snaplen(), console.out());
      if (!f.rotates() && !s.writesStdout()) firstFile = s.writeFile();
    } catch (IOException e) {
      throw Messages.writingOutput(s.writeFile(), e);
    }
    return PrintAndWrite.join(s, file, printer, f.packetBuffered());
  }

  private PacketSink rotating(LiveSource source) throws IOException {
    var files = Output.rotating(s, f, source.dlt(), 0, source.snaplen(), console);
    firstFile = Output.handedOver(files);
    return files;
  }

  /** SIGUSR1: one line, the capture goes on. */
  private void summary(LiveSource source, long kept) {
    try {
      err.println(source.stats().tcpdumpSummary(kept));
    } catch (LiveCaptureException e) {
      err.println("jdump: " + e.getMessage());
    }
  }

  private void statistics(LiveSource source, long kept) {
    try {
      CaptureStats stats = source.stats();
      stats.tcpdumpLines(kept).forEach(err::println);
    } catch (LiveCaptureException e) {
      err.println("jdump: " + e.getMessage());
    }
    err.flush();
  }

  private void write(String text) throws Failure {
    try {
      console.out().write(text.getBytes(StandardCharsets.UTF_8));
      console.out().flush();
    } catch (IOException e) {
      throw Messages.printingOutput(e);
    }
  }
}
