package io.jdump.capture.file;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * The C library's {@code strerror} text for a Java I/O exception: tcpdump's messages end with
 * it ({@code x.pcap: No such file or directory}), and Java words the same errors differently.
 *
 * <pre>{@code
 * IoErrors.reason(new NoSuchFileException("x"));   // "No such file or directory"
 * }</pre>
 */
public final class IoErrors {
  private IoErrors() {}

  /**
   * {@return the strerror-style reason an operation failed}
   *
   * @param e what Java threw
   */
  public static String reason(IOException e) {
    if (e instanceof NoSuchFileException) return "No such file or directory";
    if (e instanceof AccessDeniedException) return "Permission denied";
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason(); // NIO puts strerror here for the errno values it has no class for
    }
    String message = e.getMessage();
    if (message == null) return e.getClass().getSimpleName();
    if (e instanceof FileNotFoundException) {
      // java.io words it "path (reason)".
      int open = message.lastIndexOf(" (");
      if (open >= 0 && message.endsWith(")")) return message.substring(open + 2, message.length() - 1);
    }
    return message;
  }
}
