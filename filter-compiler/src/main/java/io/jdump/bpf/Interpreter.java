package io.jdump.bpf;

/** The reference VM: libpcap's {@code bpf_filter} semantics. */
public final class Interpreter implements PacketFilter {
  private Interpreter(BpfProgram program) {
    throw new UnsupportedOperationException("TODO");
  }

  /** {@return an interpreter for the program} after validating it. */
  public static Interpreter of(BpfProgram program) throws InvalidProgramException {
    Validator.validate(program);
    return new Interpreter(program);
  }

  @Override
  public int apply(byte[] buf, int offset, int caplen, int wirelen) {
    throw new UnsupportedOperationException("TODO");
  }
}
