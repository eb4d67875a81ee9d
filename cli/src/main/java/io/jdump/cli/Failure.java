package io.jdump.cli;

/**
 * Something a user caused, worded as tcpdump words it. {@link ErrorReport} prints it as
 * {@code jdump: <message>} and exits with tcpdump's status; nothing else prints errors.
 *
 * <pre>{@code
 * throw new Failure("invalid packet count " + arg);
 * }</pre>
 */
final class Failure extends Exception {
  /** tcpdump's status for every error it reports with {@code error()}. */
  static final int STATUS = 1;

  private final boolean withUsage;

  /** A failure reported in one line. */
  Failure(String message) {
    this(message, false, null);
  }

  /** A failure caused by another exception, kept for {@code --debug}. */
  Failure(String message, Throwable cause) {
    this(message, false, cause);
  }

  private Failure(String message, boolean withUsage, Throwable cause) {
    super(message, cause);
    this.withUsage = withUsage;
  }

  /** A failure in the command line itself, which tcpdump follows with its usage text. */
  static Failure ofUsage(String message) {
    return new Failure(message, true, null);
  }

  /** A failure with nothing to say, as when a reader closed the pipe being written. */
  static Failure quiet(Throwable cause) {
    return new Failure(null, false, cause);
  }

  /** {@return true when the usage text follows the message, as for an unknown option} */
  boolean withUsage() {
    return withUsage;
  }
}
