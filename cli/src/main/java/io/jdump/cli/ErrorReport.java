package io.jdump.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one place where a failure becomes text on standard error and an exit status: every
 * message is {@code jdump: } and then tcpdump's words, and the status is tcpdump's. Command
 * line mistakes are worded as glibc's getopt words them and followed by the usage text, as
 * tcpdump does. No stack trace reaches a user unless {@code --debug} asks for it.
 *
 * <pre>{@code
 * new CommandLine(command).setParameterExceptionHandler(report).setExecutionExceptionHandler(report);
 * }</pre>
 */
final class ErrorReport implements IParameterExceptionHandler, IExecutionExceptionHandler {
  private static final String PREFIX = "jdump: ";
  /** Short options that take a value: the rest of a cluster after one of them is its value. */
  private static final Set<Character> SHORT_WITH_VALUE = Set.of('r', 'V', 'w', 'c', 'y', 's', 'F', 'i', 'B', 'Q', 'j', 'C', 'G', 'W');
  private static final Set<Character> SHORT_FLAGS = Set.of('d', 'O', 'h', 'n', 't', 'e', 'q', 'v', 'x', 'X', 'A', '#', 'S', 'K', 'l', 'D', 'L', 'p', 'I', 'J', 'U');

  private final PrintStream err;
  private final boolean debug;

  ErrorReport(PrintStream err, String[] args) {
    this.err = err;
    this.debug = Arrays.asList(args).contains("--debug");
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    err.println(PREFIX + getoptWords(e, args));
    err.print(Usage.versionLines() + Usage.synopsis());
    trace(e);
    return Failure.STATUS;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    if (e instanceof Failure f) {
      if (f.getMessage() != null) err.println(PREFIX + f.getMessage());
      trace(f);
      return f.status();
    }
    return unexpected(e);
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

  /** {@return glibc getopt's message for the mistake}, which tcpdump shows as its own. */
  private static String getoptWords(ParameterException e, String[] args) {
    if (e instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      String arg = u.getUnmatched().get(0);
      if (arg.startsWith("--")) return "unrecognized option '" + arg + "'";
      if (arg.startsWith("-") && arg.length() > 1) return "invalid option -- '" + unknownLetter(arg) + "'";
    }
    if (e.getArgSpec() instanceof OptionSpec flag && takesNoValue(flag)) {
      // Only "--flag=value" gets a flag here: picocli would read true/false, getopt refuses.
      return "option '" + flag.longestName() + "' doesn't allow an argument";
    }
    if (e instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
      ArgSpec spec = m.getMissing().get(0);
      if (spec instanceof OptionSpec option) {
        String name = typedName(option, args);
        return name.startsWith("--")
            ? "option '" + name + "' requires an argument"
            : "option requires an argument -- '" + name.substring(1) + "'";
      }
    }
    return e.getMessage();
  }

  /** {@return the option's name as typed}: its long name only when the long name was used. */
  private static String typedName(OptionSpec option, String[] args) {
    String longName = option.longestName();
    if (!longName.startsWith("--") || java.util.Arrays.asList(args).contains(longName)) return longName;
    return option.shortestName();
  }

  private static boolean takesNoValue(OptionSpec option) {
    Class<?> type = option.type();
    return type == boolean.class || type == Boolean.class || type == boolean[].class;
  }

  /** The first letter of a short-option cluster that names no option, as getopt reports it. */
  private static char unknownLetter(String cluster) {
    for (char c : cluster.substring(1).toCharArray()) {
      if (SHORT_WITH_VALUE.contains(c)) break;
      if (!SHORT_FLAGS.contains(c)) return c;
    }
    return cluster.charAt(1);
  }
}
