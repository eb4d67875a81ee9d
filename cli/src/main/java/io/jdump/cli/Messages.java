package io.jdump.cli;

import io.jdump.bpf.InvalidProgramException;
import io.jdump.capture.CaptureFileException;
import io.jdump.capture.file.IoErrors;
import io.jdump.capture.live.LiveCaptureException;
import java.io.IOException;

/**
 * tcpdump's words for the failures that depend on where they happen: the same "No such file or
 * directory" reads {@code x.pcap: No such file or directory} for -r and
 * {@code can't open x: No such file or directory} for -F. Kept together so that they can be
 * checked against tcpdump in one read.
 *
 * <pre>{@code
 * throw Messages.openingInput("x.pcap", e);
 * }</pre>
 */
final class Messages {
  private Messages() {}

  /** -r could not open the file, or its file header is bad: the reader words most of these. */
  static Failure openingInput(String name, IOException e) {
    if (e instanceof CaptureFileException) return new Failure(errbuf(e.getMessage()), e);
    return new Failure(errbuf(name + ": " + IoErrors.reason(e)), e);
  }

  /** libpcap formats these into PCAP_ERRBUF_SIZE (256) bytes: a long file name is cut. */
  private static String errbuf(String message) {
    return message.length() > 255 ? message.substring(0, 255) : message;
  }

  /** A packet record could not be read: libpcap's message behind pcap_loop's name. */
  static Failure readingPacket(IOException e) {
    // A live device's failure is worded whole by the capture library ("pcap_loop: ...").
    if (e instanceof LiveCaptureException) return new Failure(e.getMessage(), e);
    String detail = e instanceof CaptureFileException
        ? e.getMessage()
        : "error reading dump file: " + IoErrors.reason(e);
    return new Failure("pcap_loop: " + detail, e);
  }

  /**
   * -w could not create the file, or a packet could not be written to it. tcpdump says nothing
   * of a failed write (it even ends with 0 on a full disk); jdump names the file, except when
   * the reader of {@code -w -} went away ({@code | head}), where tcpdump's silence and 0 are
   * right: nobody wanted the rest.
   */
  static Failure writingOutput(String name, IOException e) {
    if (e instanceof UnseekableStdout.FtellFails) return new Failure(e.getMessage(), e);
    String reason = IoErrors.reason(e);
    if (name.equals("-") && reason.equals("Broken pipe")) return Failure.quiet(0, e);
    return new Failure(name + ": " + reason, e);
  }

  /** Printed lines could not be written: tcpdump's words and its status 14, pipe or disk. */
  static Failure printingOutput(IOException e) {
    return new Failure("Unable to write output: " + IoErrors.reason(e), Failure.WRITE_STATUS, e);
  }

  /** The capture library could not do what was asked: its words are tcpdump's already. */
  static Failure live(LiveCaptureException e) {
    return new Failure(e.getMessage(), e);
  }

  /** -F could not open its file. */
  static Failure openingFilterFile(String name, IOException e) {
    return new Failure("can't open " + name + ": " + IoErrors.reason(e), e);
  }

  /** -F opened its file but could not read it (a directory, say). */
  static Failure readingFilterFile(String name, IOException e) {
    return new Failure("read " + name + ": " + IoErrors.reason(e), e);
  }

  /** --bpf-file holds no program that libpcap's bpf_validate would accept. */
  static Failure invalidProgram(String name, InvalidProgramException e) {
    return new Failure(name + ": invalid BPF program: " + e.getMessage(), e);
  }

  /** Two filters given at once: jdump will not guess which one was meant. */
  static Failure twoFilters() {
    return new Failure("--bpf-file cannot be used with a filter expression or -F");
  }
}
