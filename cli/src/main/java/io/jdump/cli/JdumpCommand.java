package io.jdump.cli;

import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.InvalidProgramException;
import io.jdump.bpf.LinkType;
import io.jdump.bpf.Listing;
import io.jdump.bpf.PacketFilter;
import io.jdump.bpf.Reach;
import io.jdump.capture.PacketSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * jdump's command: tcpdump's options for reading, filtering and writing capture files. It does
 * the steps in tcpdump's order (open the input and say so, build the filter, open the output,
 * run the loop) and leaves every error's wording and exit status to {@link ErrorReport}.
 *
 * <pre>{@code
 * int status = JdumpCommand.run(console, "-r", "in.pcap", "-w", "out.pcap", "tcp");
 * }</pre>
 */
final class JdumpCommand {
  private final Options options;
  private final Console console;
  private final Interruption interruption;

  private JdumpCommand(Options options, Console console, Interruption interruption) {
    this.options = options;
    this.console = console;
    this.interruption = interruption;
  }

  /** {@return the status to exit with} after running the command line on {@code console}. */
  static int run(Console console, String... args) {
    var report = new ErrorReport(console.err(), args);
    try (var interruption = Interruption.watch()) {
      int status;
      try {
        status = new JdumpCommand(Options.parse(args), console, interruption).call();
      } catch (Getopt.Mistake e) {
        status = report.commandLine(e);
      } catch (Failure f) {
        status = report.failure(f);
      } catch (RuntimeException | Error e) {
        status = report.unexpected(e);
      }
      interruption.finish(status);
      return status;
    }
  }

  private int call() throws Failure, Getopt.Mistake {
    // tcpdump's getopt loop: values refused, -m warned about, -h/--version/--fp-type acted on,
    // each where it stands on the command line; the checks after the loop come later (Settings')
    switch (GetoptOrder.walk(options, console.err())) {
      case HELP:
        return print(Usage.versionLines() + Usage.synopsis());
      case VERSION:
        return print(Usage.versionLines());
      case FP_TYPE:
        return print(FpType.check());
      case NONE:
        break;
    }
    LiveFlags flags = LiveFlags.from(options);
    Settings s = Settings.from(options);
    if (options.explain) return print(ExplainCommand.text(s, console));
    // -D lists the interfaces and exits before tcpdump looks at -r or -V
    if (!s.readsFiles() || options.listDevices) {
      // with -i, tcpdump opens the device to compile for its link type (LiveCapture does)
      if (s.listing() != null && options.device == null) {
        return printListing(s, programWithoutInput(s));
      }
      return new LiveCapture(s, flags, console, interruption).run();
    }
    try (InputFiles files = InputFiles.open(s, console.in())) {
      PacketSource source = files.current();
      console.err().print(Input.openingLines(files.name(), source));
      if (s.listing() != null) {
        return printListing(s, FilterProgram.load(s, source));
      }
      if (FilterProgram.none(s)) FilterProgram.checkLinkType(source.dlt());
      else VmWarmUp.start(s.engineFor(source.size())); // while the expression compiles
      BpfProgram program = FilterProgram.none(s)
          ? null
          : FilterProgram.load(s, source);
      PacketFilter filter = program == null ? null : filter(s, program, source.size());
      new FileCopy(s, flags, console, interruption)
          .run(files, filter, program == null ? 0 : Reach.of(program));
      return 0;
    }
  }

  /** -d with no file: compile for -y (Ethernet if not given, with tcpdump's warning) and -s. */
  private BpfProgram programWithoutInput(Settings s) throws Failure {
    int dlt = s.dlt();
    if (dlt < 0) {
      if (s.bpfFile() == null) console.err().println("Warning: assuming Ethernet");
      dlt = LinkType.EN10MB.dlt();
    }
    return FilterProgram.load(s, dlt, s.snaplen());
  }

  /**
   * {@return the program running on the VM --bpf-vm names}, or without it the one that suits
   * an input of {@code inputBytes} (-1 when unknown): {@link Settings#engineFor}.
   */
  static PacketFilter filter(Settings s, BpfProgram program, long inputBytes) throws Failure {
    try {
      return s.engineFor(inputBytes).filter(program);
    } catch (InvalidProgramException e) {
      throw Messages.invalidProgram("filter", e);
    }
  }

  private int printListing(Settings s, BpfProgram program) throws Failure {
    return print(Listing.format(program, s.listing()));
  }

  private int print(String text) throws Failure {
    try {
      console.out().write(text.getBytes(StandardCharsets.UTF_8));
      console.out().flush();
    } catch (IOException e) {
      throw Messages.printingOutput(e);
    }
    return 0;
  }
}
