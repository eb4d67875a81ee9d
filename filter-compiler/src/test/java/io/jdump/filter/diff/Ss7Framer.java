package io.jdump.filter.diff;

import io.jdump.bpf.LinkType;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * SS7 signal units: MTP2's BSN/FSN and length indicator (LI) before MTP3's service information
 * octet (SIO) and routing label (DPC, OPC and SLS packed little-endian), then the payload; MTP3
 * alone starts at the SIO. LI values cover FISU (0), LSSU (1, 2) and MSU (3 and up) with the
 * spare bits set now and then; SIO, DPC, OPC and SLS come from pools that
 * expressions-ss7.txt names, so field tests match some units and miss others.
 */
final class Ss7Framer {
  static final int[] SIOS = {0x03, 0x83, 0xd2, 0x49, 0x4a, 0x4b, 0x41, 0xa1, 0xa2, 0xa3, 0xa5, 0x00, 0xff};
  static final int[] POINT_CODES = {0x31d6, 0x1273, 0x1274, 0x3b35, 0x607, 0x608, 0x0ab5, 0x3aba, 0, 1, 16383};
  private static final int[] LIS = {0, 1, 2, 3, 5, 0x3f, 0x40, 0x41, 0xc2, 0x83};

  private final RandomGenerator rng;

  Ss7Framer(RandomGenerator rng) {
    this.rng = rng;
  }

  void frames(LinkType type, Payload p, List<LinkFramer.Frame> out) {
    int sio = rng.nextInt(4) == 0 ? rng.nextInt(256) : Pools.pick(rng, SIOS);
    int dpc = Pools.pick(rng, POINT_CODES);
    int opc = Pools.pick(rng, POINT_CODES);
    int sls = rng.nextInt(16);
    Bytes b = new Bytes();
    String label = String.format("sio=%#x dpc=%#x opc=%#x sls=%d", sio, dpc, opc, sls);
    if (type != LinkType.MTP3) {
      // MTP2_WITH_PHDR: a 4-byte pseudo-header (sent, annex A, link number) first.
      if (type == LinkType.MTP2_WITH_PHDR) b.u8(rng.nextInt(2)).u8(rng.nextInt(2)).u16le(rng.nextInt(4));
      int li = rng.nextInt(5) == 0 ? rng.nextInt(256) : Pools.pick(rng, LIS);
      b.u8(rng.nextInt(256)).u8(rng.nextInt(256)).u8(li);
      label = "li=" + li + " " + label;
      // High-speed links: a 12-bit LI in 2 bytes, so everything after moves 3 bytes on.
      if (rng.nextInt(4) == 0) {
        b.u8(Pools.pick(rng, new int[] {0x00, 0x80, 0x01, 0x02, 0x03})).u8(rng.nextInt(256)).u8(rng.nextInt(256));
        label = "hsl " + label;
      }
    }
    b.u8(sio).u32le(dpc | opc << 14 | sls << 28).put(p.bytes());
    out.add(new LinkFramer.Frame(type + " " + label + " " + p.kind(), b.toArray()));
  }
}
