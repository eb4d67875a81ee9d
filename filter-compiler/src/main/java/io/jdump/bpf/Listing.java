package io.jdump.bpf;

/** tcpdump's program dumps, byte for byte, and the reader of the {@code -ddd} form. */
public final class Listing {
  private Listing() {}

  /** {@return the program as tcpdump prints it with -d, -dd or -ddd}, each line ending in a newline. */
  public static String format(BpfProgram program, ListingFormat format) {
    throw new UnsupportedOperationException("TODO");
  }

  /** {@return the program a {@code tcpdump -ddd} listing holds} */
  public static BpfProgram parseDdd(String text) throws InvalidProgramException {
    throw new UnsupportedOperationException("TODO");
  }
}
