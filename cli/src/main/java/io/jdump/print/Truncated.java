package io.jdump.print;

/**
 * Thrown when a printer reads past the captured bytes; caught once per packet, which then ends
 * with tcpdump's {@code [|proto]} marker. It carries no stack trace: truncation is an ordinary
 * outcome (tcpdump's {@code longjmp} from its {@code GET_} macros), not an error.
 */
final class Truncated extends RuntimeException {
  private static final long serialVersionUID = 1L;

  Truncated() {
    super(null, null, false, false);
  }
}
