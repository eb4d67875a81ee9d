package io.jdump.filter.parse;

/** An expression the grammar rejects; the message is libpcap's. */
public final class ParseException extends RuntimeException {
  public ParseException(String message) {
    super(message, null, false, false);
  }

  /** What bison's yyerror reports, through libpcap. */
  public static ParseException syntax() {
    return new ParseException("can't parse filter expression: syntax error");
  }
}
