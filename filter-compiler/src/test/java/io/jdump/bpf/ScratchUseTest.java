package io.jdump.bpf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.bpf.oracle.Libpcap;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScratchUseTest {
  @Test
  void aLoadBeforeAnyStoreReadsUnwrittenMemory() {
    assertTrue(ScratchUse.readsUnwritten(program(Insn.stmt(Bpf.LD | Bpf.MEM, 3), Insn.stmt(Bpf.RET | Bpf.A, 0))));
  }

  @Test
  void aLoadAfterAStoreOnEveryPathIsDefined() {
    assertFalse(ScratchUse.readsUnwritten(program(
        Insn.stmt(Bpf.ST, 3),
        Insn.jump(Bpf.JMP | Bpf.JEQ | Bpf.K, 0, 0, 1),
        Insn.stmt(Bpf.LD | Bpf.IMM, 1),
        Insn.stmt(Bpf.LDX | Bpf.MEM, 3),
        Insn.stmt(Bpf.RET | Bpf.A, 0))));
  }

  @Test
  void aStoreOnOnlyOneBranchLeavesTheLoadUndefined() {
    assertTrue(ScratchUse.readsUnwritten(program(
        Insn.jump(Bpf.JMP | Bpf.JEQ | Bpf.K, 0, 0, 1),
        Insn.stmt(Bpf.ST, 3),
        Insn.stmt(Bpf.LD | Bpf.MEM, 3),
        Insn.stmt(Bpf.RET | Bpf.A, 0))));
  }

  @Test
  void libpcapsGeneveCodeReadsUnwrittenMemoryAndItsPortCodeDoesNot() throws Libpcap.CompileError {
    Libpcap libpcap = Libpcap.load();
    int dlt = LinkType.EN10MB.dlt();
    assertTrue(ScratchUse.readsUnwritten(libpcap.compile("geneve or udp port 53", dlt, 262144, true)));
    assertFalse(ScratchUse.readsUnwritten(libpcap.compile("tcp port 80 and ip[2:2] - 20 > 10", dlt, 262144, true)));
    assertFalse(ScratchUse.readsUnwritten(libpcap.compile("ip6 protochain 6", dlt, 262144, true)));
  }

  private static BpfProgram program(Insn... insns) {
    return new BpfProgram(List.of(insns));
  }
}
