package io.jdump.bpf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jdump.filter.FilterCompiler;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class EnginePrepareTest {
  /** An Ethernet/IPv4/TCP SYN from port 33674 to port 80. */
  private static final byte[] SYN = HexFormat.of().parseHex(
      "0002990000020002990000010800450000341303400040061300"
          + "0a6300010a630002838a00507148724600000000a002faf0084400000204");

  @Test
  void preparingEitherEngineOnAnotherThreadLeavesItsFiltersDecidingAsBefore() throws Exception {
    BpfProgram port80 = FilterCompiler.compile("tcp dst port 80", 1, 262144, true);
    BpfProgram port22 = FilterCompiler.compile("tcp dst port 22", 1, 262144, true);
    for (Engine engine : Engine.values()) {
      var ready = new Thread(engine::prepare);
      ready.start();
      PacketFilter keep = engine.filter(port80); // may meet the other thread inside a class's init
      ready.join();
      engine.prepare(); // again: a compile of the probe, nothing more
      assertEquals(262144, keep.apply(SYN, 0, SYN.length, SYN.length), engine.name());
      assertEquals(0, engine.filter(port22).apply(SYN, 0, SYN.length, SYN.length), engine.name());
    }
  }
}
