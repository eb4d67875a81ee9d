package io.jdump.print;

/**
 * A {@code -E} secret tcpdump stops on: a bad hex digit (status 15, S_ERR_ND_ESP_SECRET) or a
 * secrets file it cannot open (status 13, S_ERR_ND_OPEN_FILE). tcpdump reads the secrets when
 * the first ESP or ISAKMP packet arrives, so this comes out of {@link PacketPrinter}'s print
 * with that packet's line unfinished; {@link PrintSink} writes the unfinished line first, as
 * tcpdump's exit flushes it.
 */
public final class EspSecretException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  /** tcpdump's S_ERR_ND_OPEN_FILE. */
  public static final int OPEN_FILE = 13;
  /** tcpdump's S_ERR_ND_ESP_SECRET. */
  public static final int ESP_SECRET = 15;

  private final int status;

  EspSecretException(String message, int status) {
    super(message, null, false, false);
    this.status = status;
  }

  /** {@return tcpdump's exit status for it} */
  public int status() {
    return status;
  }
}
