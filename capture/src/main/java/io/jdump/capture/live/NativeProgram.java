package io.jdump.capture.live;

import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Insn;
import java.lang.ref.Reference;
import jnr.ffi.Memory;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;

/**
 * A {@link BpfProgram} laid out in native memory as {@code struct bpf_program} for
 * {@code pcap_setfilter}: {@code u_int bf_len} then, pointer-aligned, {@code struct bpf_insn
 * *bf_insns}; each instruction {@code u_short code; u_char jt, jf; bpf_u_int32 k} in 8 bytes.
 * libpcap copies the program, so the memory is only needed during the call.
 */
final class NativeProgram {
  private NativeProgram() {}

  /**
   * Hands the program to {@code pcap_setfilter}; {@return its status} (0, or -1 with the
   * reason in {@code pcap_geterr}).
   */
  static int install(PcapNative pcap, Runtime runtime, Pointer handle, BpfProgram program) {
    int n = program.length();
    Pointer insns = Memory.allocateDirect(runtime, Math.max(8, 8 * n));
    for (int i = 0; i < n; i++) {
      Insn in = program.get(i);
      long at = 8L * i;
      insns.putShort(at, (short) in.code());
      insns.putByte(at + 2, (byte) in.jt());
      insns.putByte(at + 3, (byte) in.jf());
      insns.putInt(at + 4, in.k());
    }
    int ptr = runtime.addressSize();
    Pointer prog = Memory.allocateDirect(runtime, 2 * ptr);
    prog.putInt(0, n);
    prog.putPointer(ptr, insns);
    int status = pcap.pcap_setfilter(handle, prog);
    // The native memory is freed when its Pointer is collected: not before libpcap copied it.
    Reference.reachabilityFence(insns);
    Reference.reachabilityFence(prog);
    return status;
  }
}
