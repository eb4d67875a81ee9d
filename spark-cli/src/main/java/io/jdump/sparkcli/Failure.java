package io.jdump.sparkcli;

/**
 * Something a user caused, in tcpdump's words where tcpdump has some: printed as
 * {@code jdump-spark: <message>}, and the process exits with tcpdump's status for errors, 1.
 *
 * <pre>{@code
 * throw new Failure(name + ": No such file or directory");
 * }</pre>
 */
final class Failure extends Exception {
  /** tcpdump's status for every error it reports. */
  static final int STATUS = 1;

  Failure(String message) {
    super(message);
  }

  Failure(String message, Throwable cause) {
    super(message, cause);
  }
}
