package io.jdump.capture.live;

import io.jdump.bpf.Bpf;
import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Insn;
import io.jdump.bpf.ScratchUse;
import java.util.ArrayList;
import java.util.Optional;

/**
 * The copy of jdump's program that the kernel runs on a capture socket. jdump's VM decides
 * every frame that crosses to user space; the kernel's copy is a pre-filter only, and must
 * never drop a frame the VM would accept.
 *
 * <p>On Linux the kernel takes the outer 802.1Q (or 802.1ad) tag off an Ethernet frame before
 * a capture socket's filter runs, and libpcap puts it back for user space: a load at or past
 * offset 12 reads other bytes in the kernel than in the VM. So on EN10MB the kernel's copy
 * first passes every frame whose tag was taken off, found by Linux's ancillary load
 * {@code SKF_AD_VLAN_TAG_PRESENT} (the one libpcap's gencode.c emits for {@code vlan} on a
 * live Linux device), then runs the filter's program unchanged on the others, whose bytes are
 * byte for byte the VM's, so whose verdict is the VM's. Other link types and systems get the
 * program as it is. A program whose verdict depends on scratch memory it never wrote stays in
 * user space everywhere.
 *
 * <pre>{@code
 * KernelFilter.forSocket(program, source.dlt(), source.snaplen(), true).ifPresent(source::setFilter);
 * // EN10MB on Linux:  ldb [vlanp]; jeq #0 jt 1 jf 0; ret #snaplen; then the program
 * }</pre>
 */
public final class KernelFilter {
  /** {@code SKF_AD_OFF + SKF_AD_VLAN_TAG_PRESENT} (linux/filter.h): -0x1000 + 48. */
  public static final int VLAN_TAG_PRESENT = -0x1000 + 48;
  /** The instructions put in front of the program. */
  public static final int PREFIX_LENGTH = 3;
  private static final int EN10MB = 1;

  private KernelFilter() {}

  /**
   * {@return the program to hand the kernel for a capture on this link type}, or empty when the
   * filter must stay in user space only.
   *
   * @param program the filter's program, as jdump's VM runs it
   * @param dlt     the device's link type
   * @param snaplen what the prefix returns for a tagged frame (the filter's own accept)
   * @param linux   whether the capture runs on Linux (elsewhere tags are not taken off)
   */
  public static Optional<BpfProgram> forSocket(BpfProgram program, int dlt, int snaplen,
      boolean linux) {
    // A program that may read a scratch cell before writing it (libpcap's geneve code, past a
    // failed geneve test) is refused by Linux's checker; libpcap would then run it in user
    // space on uninitialised memory, before jdump's VM, and could drop frames the VM keeps.
    if (ScratchUse.readsUnwritten(program)) return Optional.empty();
    if (!linux || dlt != EN10MB) return Optional.of(program);
    return passingTaggedFrames(program, snaplen);
  }

  /**
   * {@return the program behind a prefix that passes every frame the kernel took a tag off},
   * or empty when the prefixed program is longer than the kernel takes.
   *
   * @param program the program jdump runs on every frame
   * @param snaplen the snap length the accepting prefix returns
   */
  public static Optional<BpfProgram> passingTaggedFrames(BpfProgram program, int snaplen) {
    // The kernel refuses a program longer than BPF_MAXINSNS; libpcap would then warn "Kernel
    // filter failed: Invalid argument" and run it on every frame in user space, before jdump's
    // VM runs the filter again. The program without its prefix would fit, but would drop the
    // tagged frames: so no kernel filter at all, every frame crosses and the VM alone decides.
    if (program.length() + PREFIX_LENGTH > Bpf.MAXINSNS) return Optional.empty();
    var insns = new ArrayList<Insn>(program.length() + PREFIX_LENGTH);
    insns.add(Insn.stmt(Bpf.LD | Bpf.B | Bpf.ABS, VLAN_TAG_PRESENT));
    insns.add(Insn.jump(Bpf.JMP | Bpf.JEQ | Bpf.K, 0, 1, 0)); // no tag: on to the filter
    insns.add(Insn.stmt(Bpf.RET | Bpf.K, snaplen)); // a tag: the VM decides
    insns.addAll(program.insns()); // jumps are relative: they need no change
    return Optional.of(new BpfProgram(insns));
  }
}
