package io.jdump.bpf.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.Engine;
import io.jdump.bpf.Interpreter;
import io.jdump.bpf.InvalidProgramException;
import io.jdump.bpf.LinkType;
import io.jdump.bpf.oracle.Libpcap;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the JIT makes of the programs libpcap writes: host lists become a switch per loaded
 * address, caplen is tested once per run of loads every path shares, protochain loops run on the
 * interpreter, and Engine picks the VM by the name {@code --bpf-vm} takes.
 */
class JitShapeTest {
  private final Libpcap libpcap = Libpcap.load();

  private BpfProgram compile(String expr) throws Libpcap.CompileError {
    return libpcap.compile(expr, LinkType.EN10MB.dlt(), 262144, true);
  }

  @Test
  void fiftyHostListBecomesSwitchesOfAllFiftyAddresses() throws Exception {
    Flow f = new Flow(compile(JitCompiledProgramsTest.hosts("host", 50)));
    Chains chains = new Chains(f);
    int switches = 0;
    int folded = 0;
    for (int pc = 0; pc < f.n; pc++) {
      if (chains.chainAt(pc) != null && chains.chainAt(pc).length >= 50) switches++;
      if (chains.folded(pc)) folded++;
    }
    // IPv4 source, IPv4 destination, ARP sender, ARP target: libpcap's four lists of 50 tests,
    // the last two sharing 49 tests (the destination's first test jumps into the ARP target's).
    assertEquals(4, switches, "switches over the whole list");
    assertEquals(3 * 49 + 2, folded, "tests folded into switches (and the ARP EtherTypes)");
    ClassGen.Generated g = Jit.classFile(f);
    assertEquals(1, g.methods());
  }

  @Test
  void portTestTestsCaplenOnceForEtherTypeAndProtocol() throws Exception {
    BpfProgram p = compile("ip and udp");
    Bounds bounds = new Bounds(new Flow(p));
    long[] checks = new long[p.length()];
    for (int pc = 0; pc < p.length(); pc++) checks[pc] = bounds.checkAt(pc);
    // ldh [12]; jeq #0x800; ldb [23]; jeq #17: one test of caplen >= 24 before the first load.
    assertEquals(24, checks[0], Arrays.toString(checks));
    assertEquals(1, Arrays.stream(checks).filter(c -> c != 0).count(), Arrays.toString(checks));
  }

  @Test
  void loadsPastEveryCaplenReturnZeroWithoutATest() throws Exception {
    BpfProgram p = new BpfProgram(List.of(
        io.jdump.bpf.Insn.stmt(io.jdump.bpf.Bpf.LD | io.jdump.bpf.Bpf.W | io.jdump.bpf.Bpf.ABS, -2),
        io.jdump.bpf.Insn.stmt(io.jdump.bpf.Bpf.RET | io.jdump.bpf.Bpf.K, 1)));
    assertEquals(Bounds.NEVER, new Bounds(new Flow(p)).checkAt(0));
    byte[] packet = new byte[64];
    assertEquals(0, Jit.compile(p).apply(packet, 0, 64, 64));
    assertEquals(libpcap.filter(p, packet, 64, 64), Jit.compile(p).apply(packet, 0, 64, 64));
  }

  @Test
  void protochainLoopRunsOnTheInterpreter() throws Exception {
    BpfProgram loop = compile("ip6 protochain 6");
    boolean backward = new Flow(loop).backward;
    assertEquals(backward, Jit.compile(loop) instanceof Interpreter);
    assertTrue(Jit.compile(compile("tcp port 80")).getClass().isHidden());
  }

  @Test
  void engineByNameAsBpfVmTakesIt() throws Exception {
    assertEquals(Engine.JIT, Engine.forName("jit"));
    assertEquals(Engine.INTERP, Engine.forName("INTERP"));
    assertThrows(IllegalArgumentException.class, () -> Engine.forName("ebpf"));
    BpfProgram p = compile("tcp");
    assertTrue(Engine.JIT.filter(p).getClass().isHidden());
    assertFalse(Engine.INTERP.filter(p).getClass().isHidden());
    assertThrows(InvalidProgramException.class, () -> Engine.JIT.filter(new BpfProgram(List.of())));
  }
}
