package io.jdump.bpf;

/** A BPF program that libpcap's {@code bpf_validate} would refuse, or a listing that does not parse. */
public final class InvalidProgramException extends Exception {
  /**
   * A program refused, with libpcap's reason.
   *
   * @param message the reason
   */
  public InvalidProgramException(String message) {
    super(message);
  }
}
