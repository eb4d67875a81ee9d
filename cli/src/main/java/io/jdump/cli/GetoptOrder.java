package io.jdump.cli;

import io.jdump.cli.Getopt.Found;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * tcpdump's getopt loop, replayed in the command line's order: each option's value is refused
 * when tcpdump's loop refuses it (so of two bad values the first typed is the one reported),
 * {@code -m} warns where it stands, and {@code -h}, {@code --version} and {@code --fp-type} end
 * the loop (options after them are never looked at). The checks themselves stay where they are
 * ({@link LiveFlags}, {@link Settings}, {@link PrintFlags}): each is run on an {@link Options}
 * holding one option, which only an in-loop check can refuse.
 *
 * <pre>{@code
 * GetoptOrder.Exit exit = GetoptOrder.walk(options, System.err);   // Exit.HELP for "-h -C 0"
 * }</pre>
 */
final class GetoptOrder {
  /** What ends the loop early, or NONE when it runs to its end. */
  enum Exit { NONE, HELP, VERSION, FP_TYPE }

  /** libpcap 1.10's pcap_tstamp_type_name_to_val names, matched in any case. */
  private static final List<String> TIMESTAMP_TYPES = List.of("host", "host_lowprec",
      "host_hiprec", "adapter", "adapter_unsynced", "host_hiprec_unsynced");

  private GetoptOrder() {}

  /**
   * Walks the options in order; {@return what ended the walk}
   *
   * @throws Failure the first value tcpdump's loop refuses, in its words
   * @throws Getopt.Mistake the command line's mistake, when reached (getopt met it there)
   */
  static Exit walk(Options options, PrintStream err) throws Failure, Getopt.Mistake {
    for (Found f : options.inOrder()) {
      String key = f.spec().longName() != null ? f.spec().longName() : String.valueOf(f.spec().letter());
      switch (key) {
        case "help":
          return Exit.HELP;
        case "version":
          return Exit.VERSION;
        case "fp-type":
          return Exit.FP_TYPE;
        case "Y":
          // getopt takes -Y (it is in tcpdump's option string) but Debian's tcpdump, built
          // without pcap_set_parser_debug, has no case for it: the usage alone, status 1
          throw new Getopt.Mistake(null);
        case "m":
          err.println("jdump: ignoring option `-m " + f.value() + "' (no libsmi support)");
          break;
        case "time-stamp-type":
          if (!TIMESTAMP_TYPES.contains(f.value().toLowerCase(Locale.ROOT))) {
            throw new Failure("invalid time stamp type " + f.value());
          }
          break;
        default:
          Options alone = Options.only(f);
          LiveFlags.from(alone);
          Settings.from(alone);
      }
    }
    if (options.mistake() != null) throw options.mistake();
    return Exit.NONE;
  }
}
