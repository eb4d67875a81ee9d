package io.jdump.capture;

import java.io.IOException;

/**
 * A capture file that cannot be read on: its message is libpcap's, word for word
 * ({@code truncated dump file; tried to read 16 header bytes, only got 5}).
 */
public final class CaptureFileException extends IOException {
  public CaptureFileException(String message) {
    super(message);
  }
}
