package io.jdump.bpf;

/** tcpdump's three program dumps: {@code -d} (assembly), {@code -dd} (C array), {@code -ddd} (decimal). */
public enum ListingFormat {
  /** {@code -d}: the program as assembly, one instruction per line. */
  D,
  /** {@code -dd}: the program as a C array of {@code struct bpf_insn}. */
  DD,
  /** {@code -ddd}: the instruction count, then each instruction as four decimal numbers. */
  DDD
}
