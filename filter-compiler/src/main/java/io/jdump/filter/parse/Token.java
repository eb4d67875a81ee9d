package io.jdump.filter.parse;

/**
 * One token of an expression.
 *
 * @param kind  what it is
 * @param text  the matched text (for {@code ID} without a leading backslash)
 * @param value the value of a {@code NUM}
 * @param error libpcap's message when scanning it failed (bogus address, bad number), or null
 */
public record Token(Kind kind, String text, long value, String error) {
  static Token of(Kind kind, String text) {
    return new Token(kind, text, 0, null);
  }
}
