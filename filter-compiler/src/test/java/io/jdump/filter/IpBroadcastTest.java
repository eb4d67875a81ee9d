package io.jdump.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jdump.bpf.Interpreter;
import org.junit.jupiter.api.Test;

/**
 * {@code ip broadcast} needs the netmask: libpcap refuses it when unknown (as the oracle
 * compiles), and otherwise matches a destination whose host part is all zeros or all ones.
 */
class IpBroadcastTest {
  private static byte[] frame(int a, int b, int c, int d) {
    byte[] f = new byte[34];
    f[12] = 8;
    f[14] = 0x45;
    f[30] = (byte) a;
    f[31] = (byte) b;
    f[32] = (byte) c;
    f[33] = (byte) d;
    return f;
  }

  private static int verdict(int netmask, byte[] f) throws Exception {
    var p = FilterCompiler.compile("ip broadcast", 1, 262144, false, netmask);
    return Interpreter.of(p).apply(f, 0, f.length, f.length);
  }

  @Test
  void unknownNetmaskIsRefusedInLibpcapWords() {
    var e = assertThrows(FilterException.class, () -> FilterCompiler.compile("ip broadcast", 1, 262144, false));
    assertEquals("netmask not known, so 'ip broadcast' not supported", e.getMessage());
  }

  @Test
  void hostPartAllOnesOrZerosIsBroadcast() throws Exception {
    int mask = 0xffffff00;
    assertEquals(262144, verdict(mask, frame(10, 0, 0, 255)));
    assertEquals(262144, verdict(mask, frame(10, 0, 0, 0)));
    assertEquals(0, verdict(mask, frame(10, 0, 0, 1)));
    assertEquals(262144, verdict(0, frame(255, 255, 255, 255)));
    assertEquals(262144, verdict(0, frame(0, 0, 0, 0)));
    assertEquals(0, verdict(0, frame(10, 0, 0, 255)));
  }
}
