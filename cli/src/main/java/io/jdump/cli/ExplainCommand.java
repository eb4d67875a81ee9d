package io.jdump.cli;

import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.LinkType;
import io.jdump.capture.PacketSource;
import io.jdump.filter.FilterException;
import io.jdump.filter.Savefile;
import io.jdump.filter.explain.Annotator;
import io.jdump.filter.explain.Explain;

/**
 * {@code --explain}: like {@code -d}, compiles for -y's link type (or -r's file, or -V's first) and exits,
 * but prints what the filter means: the expression with inherited qualifiers and precedence
 * written out, what vlan/mpls/pppoes reach, and the program annotated line by line. With
 * --bpf-file, only the program, annotated.
 *
 * <pre>{@code
 * String text = ExplainCommand.text(settings, console);   // jdump --explain 'tcp port 80 or 443'
 * }</pre>
 */
final class ExplainCommand {
  private ExplainCommand() {}

  /** {@return what --explain prints} after tcpdump's "reading from file" or Ethernet warning. */
  static String text(Settings s, Console console) throws Failure {
    int dlt;
    int snaplen;
    Savefile input = Savefile.NONE;
    if (s.readsFiles()) {
      // the first file, as -d takes it
      try (InputFiles files = InputFiles.open(s, console.in())) {
        PacketSource source = files.current();
        console.err().print(Input.openingLines(files.name(), source));
        dlt = source.dlt();
        snaplen = source.snaplen();
        input = source.savefile();
      }
    } else {
      dlt = s.dlt();
      snaplen = s.snaplen();
      if (dlt < 0) {
        if (s.bpfFile() == null) console.err().println("Warning: assuming Ethernet");
        dlt = LinkType.EN10MB.dlt();
      }
    }
    if (s.bpfFile() != null) {
      BpfProgram p = FilterProgram.load(s, dlt, snaplen);
      return "Program:\n" + String.join("\n", Annotator.listing(p, dlt)) + "\n";
    }
    String expression = s.filterFile() != null ? FilterProgram.readFilterFile(s.filterFile())
        : s.expression();
    try {
      return Explain.explain(expression, dlt, snaplen, s.optimize(),
          FilterProgram.NO_DEVICE_NETMASK, s.meanings().withSavefile(input)).render();
    } catch (FilterException e) {
      throw new Failure(e.getMessage(), e);
    }
  }
}
