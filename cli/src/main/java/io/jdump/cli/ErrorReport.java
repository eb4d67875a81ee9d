package io.jdump.cli;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * The one place where a failure becomes text on standard error and an exit status: every
 * message is {@code jdump: } and then tcpdump's words, and the status is tcpdump's. Command
 * line mistakes are worded as glibc's getopt words them and followed by the usage text, as
 * tcpdump does. No stack trace reaches a user unless {@code --debug} asks for it.
 *
 * <pre>{@code
 * catch (Failure f) { return report.failure(f); }
 * }</pre>
 */
final class ErrorReport {
  private static final String PREFIX = "jdump: ";

  private final PrintStream err;
  private final boolean debug;

  ErrorReport(PrintStream err, String[] args) {
    this.err = err;
    this.debug = Arrays.asList(args).contains("--debug");
  }

  /** A command line getopt refuses: its words, then the usage text, as tcpdump prints them. */
  int commandLine(Getopt.Mistake e) {
    if (e.getMessage() != null) err.println(PREFIX + e.getMessage());
    err.print(Usage.versionLines() + Usage.synopsis());
    trace(e);
    return Failure.STATUS;
  }

  /** A failure the user caused: its one line (none for a quiet one) and its status. */
  int failure(Failure f) {
    if (f.getMessage() != null) err.println(PREFIX + f.getMessage());
    trace(f);
    return f.status();
  }

  /** A bug or an exhausted machine: one line, and the trace only with --debug. */
  int unexpected(Throwable t) {
    String what = t instanceof OutOfMemoryError
        ? "out of memory (raise it with JAVA_TOOL_OPTIONS=-Xmx...)"
        : "internal error: " + t + (debug ? "" : " (--debug shows where)");
    err.println(PREFIX + what);
    trace(t);
    return Failure.STATUS;
  }

  private void trace(Throwable t) {
    if (debug) t.printStackTrace(err);
  }
}
