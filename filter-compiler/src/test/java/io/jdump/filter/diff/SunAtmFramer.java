package io.jdump.filter.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Sun raw ATM: flags (the traffic type in the low nibble: 1 LANE, 2 LLC), VPI and VCI, then
 * the payload: LLC/SNAP as RFC 1483 frames it ({@link LanFramer}), LANE (a 2-byte LE header,
 * 0xff00 for control frames, before an Ethernet frame), or Q.2931 signalling on the well-known
 * VCs with its message type 5 bytes in. VPI and VCI come from pools that expressions-atm.txt
 * names: metac, bcc, OAM, signalling and ILMI channels among others.
 */
final class SunAtmFramer {
  private static final int[] VPIS = {0, 0, 1, 2, 3, 255};
  private static final int[] VCIS = {1, 2, 3, 4, 5, 16, 32, 100, 0xffff};
  private static final int[] MESSAGES = {0x05, 0x02, 0x07, 0x0f, 0x4d, 0x5a, 0x33};

  private final RandomGenerator rng;
  private final LanFramer lan;

  SunAtmFramer(RandomGenerator rng, LanFramer lan) {
    this.rng = rng;
    this.lan = lan;
  }

  void frames(Payload p, List<LinkFramer.Frame> out) {
    List<LinkFramer.Frame> llc = new ArrayList<>();
    lan.frames(io.jdump.bpf.LinkType.ATM_RFC1483, p, llc);
    out.add(cell(2, llc.get(0).bytes(), "llc " + p.kind()));
    if (p.ethertype() > 0 && rng.nextInt(3) == 0) {
      int le = rng.nextInt(5) == 0 ? 0xff00 : rng.nextInt(8) == 0 ? rng.nextInt(0x10000) : 0;
      // Now and then 802.1Q-tagged, for 'lane and vlan'.
      byte[] eth = rng.nextInt(4) == 0
          ? NetworkPayloads.ethernet(rng, 0x8100, new Bytes().u16(Pools.pick(rng, Pools.VLAN_IDS))
              .u16(p.ethertype()).put(p.bytes()).toArray())
          : NetworkPayloads.ethernet(rng, p.ethertype(), p.bytes());
      out.add(cell(1, new Bytes().u16(le).put(eth).toArray(), "lane le=" + Integer.toHexString(le) + " " + p.kind()));
    }
    if (rng.nextInt(6) == 0) {
      int msg = Pools.pick(rng, MESSAGES);
      byte[] sig = new Bytes().u8(0x09).u8(0x03).u24(rng.nextInt(1 << 24)).u8(msg).put(p.bytes()).toArray();
      out.add(cell(rng.nextInt(4), sig, "signalling msg=" + Integer.toHexString(msg)));
    }
  }

  private LinkFramer.Frame cell(int trafficType, byte[] payload, String what) {
    // The traffic type is sometimes another one, and the flags' high bits (direction) vary.
    int type = rng.nextInt(8) == 0 ? rng.nextInt(16) : trafficType;
    int flags = (rng.nextBoolean() ? 0x80 : 0) | (rng.nextInt(4) == 0 ? 0x40 : 0) | type;
    int vpi = Pools.pick(rng, VPIS);
    int vci = Pools.pick(rng, VCIS);
    byte[] b = new Bytes().u8(flags).u8(vpi).u16(vci).put(payload).toArray();
    return new LinkFramer.Frame(String.format("sunatm flags=%#x vpi=%d vci=%d %s", flags, vpi, vci, what), b);
  }
}
