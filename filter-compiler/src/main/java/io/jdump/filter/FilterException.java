package io.jdump.filter;

/**
 * An expression libpcap would reject. The message is libpcap's, word for word
 * ({@code syntax error}, {@code unknown host 'x'}, {@code expression rejects all packets}).
 */
public class FilterException extends Exception {
  /**
   * An expression refused, with libpcap's message.
   *
   * @param message the message, as libpcap words it
   */
  public FilterException(String message) {
    super(message);
  }
}
