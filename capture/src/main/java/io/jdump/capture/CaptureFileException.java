package io.jdump.capture;

import java.io.IOException;

/**
 * A capture file that cannot be read on: its message is libpcap's, word for word
 * ({@code truncated dump file; tried to read 16 header bytes, only got 5}).
 */
public final class CaptureFileException extends IOException {
  /**
   * An error with libpcap's message.
   *
   * @param message the text, as libpcap words it
   */
  public CaptureFileException(String message) {
    super(message);
  }
}
