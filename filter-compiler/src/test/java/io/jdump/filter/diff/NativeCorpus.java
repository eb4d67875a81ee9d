package io.jdump.filter.diff;

import io.jdump.bpf.oracle.Libpcap;
import jnr.ffi.Memory;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;

/**
 * A packet corpus copied once into native memory, so that libpcap's {@code bpf_filter} runs
 * thousands of programs over it without a copy or an allocation per packet.
 */
final class NativeCorpus {
  private final Libpcap libpcap;
  private final PacketCorpus corpus;
  private final Pointer[] packets;

  NativeCorpus(Libpcap libpcap, PacketCorpus corpus) {
    this.libpcap = libpcap;
    this.corpus = corpus;
    byte[] data = corpus.data();
    // One spare byte so that an empty packet at the very end still has a valid address.
    Pointer base = Memory.allocateDirect(Runtime.getSystemRuntime(), data.length + 1);
    base.put(0, data, 0, data.length);
    packets = new Pointer[corpus.size()];
    for (int i = 0; i < packets.length; i++) packets[i] = base.slice(corpus.offset(i));
  }

  /** Runs a program loaded by {@link Libpcap#load} over every packet; {@code out[i]} gets its return. */
  void run(Pointer insns, int[] out) {
    for (int i = 0; i < packets.length; i++) {
      out[i] = libpcap.filter(insns, packets[i], corpus.wirelen(i), corpus.caplen(i));
    }
  }
}
