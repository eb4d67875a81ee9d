package io.jdump.filter;

import io.jdump.bpf.BpfProgram;

/** The facade of the compiler: pcap-filter(7) text to a classic BPF program. */
public final class FilterCompiler {
  private FilterCompiler() {}

  /**
   * Compiles an expression for a link type, as {@code pcap_compile} does.
   *
   * @param expression a pcap-filter(7) expression; blank means accept every packet
   * @param dlt        the DLT number of the link type (see {@link io.jdump.bpf.LinkType})
   * @param snaplen    the snap length, returned by accepting programs
   * @param optimize   false for tcpdump's {@code -O}
   */
  public static BpfProgram compile(String expression, int dlt, int snaplen, boolean optimize)
      throws FilterException {
    throw new UnsupportedOperationException("TODO");
  }
}
