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

  /** tcpdump's S_ERR_ND_WRITE_FILE: printed output could not be written. */
  static final int WRITE_STATUS = 14;

  private final int status;

  /** A failure reported in one line. */
  Failure(String message) {
    this(message, STATUS, null);
  }

  /** A failure caused by another exception, kept for {@code --debug}. */
  Failure(String message, Throwable cause) {
    this(message, STATUS, cause);
  }

  /** A failure that tcpdump ends with a status of its own. */
  Failure(String message, int status, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /** An end with nothing to say, as when the reader of {@code -w -} went away. */
  static Failure quiet(int status, Throwable cause) {
    return new Failure(null, status, cause);
  }

  /** {@return the exit status} */
  int status() {
    return status;
  }
}
