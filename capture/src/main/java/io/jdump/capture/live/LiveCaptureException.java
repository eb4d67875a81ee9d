package io.jdump.capture.live;

import java.io.IOException;

/**
 * Live capture cannot start or go on. The message is what tcpdump prints after its
 * {@code "tcpdump: "} prefix, word for word (libpcap's own texts included), possibly over two
 * lines, as in {@code "eth0: You don't have permission to perform this capture on that
 * device\n(socket: Operation not permitted)"}. tcpdump exits with status 1 for every one.
 *
 * <pre>{@code
 * try (var in = LiveSource.open(lib, "eth0", LiveOptions.defaults())) { ... }
 * catch (LiveCaptureException e) { System.err.println("jdump: " + e.getMessage()); exit(1); }
 * }</pre>
 */
public class LiveCaptureException extends IOException {
  /**
   * A failure in tcpdump's words.
   *
   * @param message the text tcpdump prints after its prefix
   */
  public LiveCaptureException(String message) {
    super(message);
  }

  /** The named device does not exist (libpcap's {@code PCAP_ERROR_NO_SUCH_DEVICE}). */
  public static final class NoSuchDevice extends LiveCaptureException {
    /**
     * The device is missing.
     *
     * @param message libpcap's text
     */
    public NoSuchDevice(String message) {
      super(message);
    }
  }

  /** libpcap or Npcap is not installed; the message says what to install. */
  public static final class LibraryMissing extends LiveCaptureException {
    /**
     * The library is missing.
     *
     * @param message what was tried and what to install
     */
    public LibraryMissing(String message) {
      super(message);
    }
  }
}
