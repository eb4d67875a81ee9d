package io.jdump.bpf;

/** The rules of libpcap's {@code bpf_validate}. */
public final class Validator {
  private Validator() {}

  /** Checks a program; throws with the reason when libpcap would refuse it. */
  public static void validate(BpfProgram program) throws InvalidProgramException {
    throw new UnsupportedOperationException("TODO");
  }
}
