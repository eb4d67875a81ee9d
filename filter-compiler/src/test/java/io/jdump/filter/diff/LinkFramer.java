package io.jdump.filter.diff;

import io.jdump.bpf.LinkType;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Wraps network payloads in each link layer jdump compiles for: Ethernet II and 802.3/LLC with
 * VLAN, QinQ, MPLS and PPPoE, Linux cooked v1/v2 with packet types, BSD NULL/LOOP families in
 * both byte orders, PPP and Cisco HDLC protocol fields, raw IP, 802.11 ({@link WlanFramer}), pflog ({@link PflogFramer}),
 * FDDI, token ring, ARCnet, IP over FC, RFC 1483 ATM ({@link LanFramer}), ipnet, enc, pppd
 * ({@link TaggedIpFramer}), SS7 over MTP2 ({@link Ss7Framer}), Sun raw ATM ({@link SunAtmFramer}),
 * and link layers libpcap cannot filter by type ({@link OpaqueFramer}).
 */
final class LinkFramer {
  /** A frame as captured: its bytes and what it is, for failure messages. */
  record Frame(String label, byte[] bytes) {}

  private final RandomGenerator rng;
  private final WlanFramer wlan;
  private final PflogFramer pflog;
  private final LanFramer lan;
  private final TaggedIpFramer tagged;
  private final OpaqueFramer opaque;
  private final Ss7Framer ss7;
  private final SunAtmFramer sunatm;

  LinkFramer(RandomGenerator rng) {
    this.rng = rng;
    this.wlan = new WlanFramer(rng);
    this.pflog = new PflogFramer(rng);
    this.lan = new LanFramer(rng);
    this.tagged = new TaggedIpFramer(rng);
    this.opaque = new OpaqueFramer(rng);
    this.ss7 = new Ss7Framer(rng);
    this.sunatm = new SunAtmFramer(rng, lan);
  }

  /** The frames a payload yields on a link type: always the plain encapsulation, plus variants. */
  List<Frame> frames(LinkType type, Payload p) {
    List<Frame> out = new ArrayList<>();
    switch (type) {
      case EN10MB -> ethernetFrames(p, out);
      case LINUX_SLL, LINUX_SLL2 -> cookedFrames(type == LinkType.LINUX_SLL2, p, out);
      case RAW, IPV4, IPV6 -> out.add(new Frame(p.kind(), p.bytes()));
      case NULL, LOOP -> nullFrames(type == LinkType.LOOP, p, out);
      case PPP -> pppFrames(p, out);
      case C_HDLC -> hdlcFrames(p, out);
      case IEEE802_11, IEEE802_11_RADIO, PRISM_HEADER, IEEE802_11_RADIO_AVS, PPI -> wlan.frames(type, p, out);
      case PFLOG -> pflog.frames(p, out);
      case FDDI, IEEE802, ARCNET, ARCNET_LINUX, IP_OVER_FC, ATM_RFC1483, ATM_CLIP -> lan.frames(type, p, out);
      case IPNET, ENC, PPP_PPPD, PPP_SERIAL, PPP_ETHER, PPP_BSDOS, SLIP, SLIP_BSDOS -> tagged.frames(type, p, out);
      case MTP2, MTP2_WITH_PHDR, MTP3 -> ss7.frames(type, p, out);
      case SUNATM -> sunatm.frames(p, out);
      default -> {
        if (!OpaqueFramer.TYPES.contains(type)) throw new IllegalArgumentException("no framing for " + type);
        opaque.frames(type, p, out);
      }
    }
    return out;
  }

  // ----------------------------------------------------------------------------- Ethernet

  private void ethernetFrames(Payload p, List<Frame> out) {
    out.add(ethernet(p, new int[0], p.kind()));
    for (int i = 0; i < 3; i++) {
      int variant = rng.nextInt(p.isIp() ? 7 : 3);
      switch (variant) {
        case 0, 1 -> {
          int[] tags = vlanTags(1 + rng.nextInt(3));
          out.add(ethernet(p, tags, "vlan" + tags.length + " " + p.kind()));
        }
        case 2 -> {
          if (p.ethertype() > 0) {
            byte[] snap = new Bytes().u8(0xaa).u8(0xaa).u8(3).u24(0).u16(p.ethertype()).put(p.bytes()).toArray();
            out.add(ethernet(new Payload(p.kind(), Payload.LLC, snap), new int[0], "snap " + p.kind()));
          }
        }
        case 3, 4 -> {
          int[] tags = vlanTags(rng.nextInt(3) == 0 ? 1 : 0);
          out.add(ethernet(mpls(p), tags, "mpls" + (tags.length > 0 ? "+vlan " : " ") + p.kind()));
        }
        default -> {
          int[] tags = vlanTags(rng.nextInt(3) == 0 ? 1 : 0);
          out.add(ethernet(pppoeSession(p), tags, "pppoes" + (tags.length > 0 ? "+vlan " : " ") + p.kind()));
        }
      }
    }
  }

  /** Ethernet frame: addresses, VLAN tags (TPID, TCI pairs), then a type or, for LLC, a length. */
  private Frame ethernet(Payload p, int[] tags, String label) {
    Bytes b = new Bytes().put(Pools.pick(rng, Pools.MACS)).put(Pools.pick(rng, Pools.MACS));
    for (int i = 0; i < tags.length; i += 2) b.u16(tags[i]).u16(tags[i + 1]);
    switch (p.ethertype()) {
      case Payload.LLC, Payload.NOVELL -> b.u16(p.bytes().length).put(p.bytes());
      case Payload.OSI -> b.u16(p.bytes().length + 3).u8(0xfe).u8(0xfe).u8(3).put(p.bytes());
      default -> b.u16(p.ethertype()).put(p.bytes());
    }
    if (b.length() < 60 && rng.nextBoolean()) b.zeros(60 - b.length());
    return new Frame(label, b.toArray());
  }

  private int[] vlanTags(int depth) {
    int[] tags = new int[depth * 2];
    for (int i = 0; i < depth; i++) {
      tags[2 * i] = depth == 1 && rng.nextInt(3) > 0 ? 0x8100 : Pools.pick(rng, Pools.VLAN_TPIDS);
      tags[2 * i + 1] = rng.nextInt(8) << 13 | (rng.nextInt(8) == 0 ? 1 << 12 : 0) | Pools.pick(rng, Pools.VLAN_IDS);
    }
    return tags;
  }

  /** An MPLS label stack (usually with bottom-of-stack on the last label) around a payload. */
  private Payload mpls(Payload p) {
    int depth = 1 + rng.nextInt(3);
    boolean bottom = rng.nextInt(6) > 0;
    Bytes b = new Bytes();
    for (int i = 0; i < depth; i++) {
      int s = bottom && i == depth - 1 ? 1 : 0;
      b.u32(Pools.pick(rng, Pools.MPLS_LABELS) << 12 | rng.nextInt(8) << 9 | s << 8 | 64);
    }
    return new Payload("mpls", rng.nextInt(5) == 0 ? 0x8848 : 0x8847, b.put(p.bytes()).toArray());
  }

  private Payload pppoeSession(Payload p) {
    int proto = p.ethertype() == Payload.IPV6 ? 0x0057 : p.ethertype() == Payload.IPV4 ? 0x0021 : 0xc021;
    byte[] b = new Bytes().u8(0x11).u8(0).u16(Pools.pick(rng, Pools.PPPOE_SESSIONS)).u16(p.bytes().length + 2)
        .u16(proto).put(p.bytes()).toArray();
    return new Payload("pppoes", 0x8864, b);
  }

  /** PPPoE discovery frames (PADI, PADO, PADR, PADS, PADT), which carry no network payload. */
  List<Frame> pppoeDiscovery() {
    List<Frame> out = new ArrayList<>();
    int[] codes = {0x09, 0x07, 0x19, 0x65, 0xa7};
    for (int code : codes) {
      byte[] b = new Bytes().u8(0x11).u8(code).u16(code == 0x09 ? 0 : Pools.pick(rng, Pools.PPPOE_SESSIONS)).u16(4)
          .u16(0x0101).u16(0).toArray();
      out.add(ethernet(new Payload("pppoed", 0x8863, b), new int[0], String.format("pppoed code=%02x", code)));
      out.add(ethernet(new Payload("pppoed", 0x8863, b), vlanTags(1), String.format("vlan pppoed code=%02x", code)));
    }
    return out;
  }

  // ------------------------------------------------------------------------ Linux cooked

  private void cookedFrames(boolean v2, Payload p, List<Frame> out) {
    int proto = switch (p.ethertype()) {
      case Payload.LLC, Payload.OSI -> 0x0004;
      case Payload.NOVELL -> 0x0001;
      default -> p.ethertype();
    };
    byte[] body = p.ethertype() == Payload.OSI ? Bytes.concat(new byte[] {(byte) 0xfe, (byte) 0xfe, 3}, p.bytes()) : p.bytes();
    out.add(cooked(v2, proto, body, p.kind()));
    out.add(cooked(v2, proto, body, p.kind()));
    if (p.isIp()) {
      switch (rng.nextInt(3)) {
        case 0 -> {
          Payload m = mpls(p);
          out.add(cooked(v2, m.ethertype(), m.bytes(), "mpls " + p.kind()));
        }
        case 1 -> out.add(cooked(v2, 0x8100, new Bytes().u16(Pools.pick(rng, Pools.VLAN_IDS)).u16(proto).put(body).toArray(), "vlan " + p.kind()));
        default -> {
          Payload s = pppoeSession(p);
          out.add(cooked(v2, 0x8864, s.bytes(), "pppoes " + p.kind()));
        }
      }
    }
  }

  private static final int[] PACKET_TYPES = {0, 0, 1, 2, 3, 4, 4};
  private static final int[] HA_TYPES = {1, 1, 1, 772, 776, 0xffff, 824};

  private Frame cooked(boolean v2, int proto, byte[] body, String kind) {
    int pkttype = Pools.pick(rng, PACKET_TYPES);
    int hatype = Pools.pick(rng, HA_TYPES);
    byte[] addr = Bytes.concat(Pools.pick(rng, Pools.MACS), new byte[2]);
    Bytes b = new Bytes();
    if (v2) {
      b.u16(proto).u16(0).u32(1 + rng.nextInt(4)).u16(hatype).u8(pkttype).u8(6).put(addr);
    } else {
      b.u16(pkttype).u16(hatype).u16(6).put(addr).u16(proto);
    }
    return new Frame("pkttype=" + pkttype + " " + kind, b.put(body).toArray());
  }

  // -------------------------------------------------------------------- NULL, LOOP, PPP, HDLC

  private static final int[] AF_INET6 = {24, 28, 30, 10};

  private void nullFrames(boolean loop, Payload p, List<Frame> out) {
    int family = switch (p.ethertype()) {
      case Payload.IPV4 -> 2;
      case Payload.IPV6 -> Pools.pick(rng, AF_INET6);
      case Payload.OSI -> 7;
      default -> 23 + rng.nextInt(20);
    };
    // LOOP is always network order and NULL host order, but files from other hosts carry either.
    boolean bigEndian = loop ? rng.nextInt(4) > 0 : rng.nextInt(4) == 0;
    out.add(family(family, bigEndian, p));
    if (p.isIp()) out.add(family(p.ethertype() == Payload.IPV6 ? Pools.pick(rng, AF_INET6) : 2, !bigEndian, p));
  }

  private Frame family(int family, boolean bigEndian, Payload p) {
    Bytes b = bigEndian ? new Bytes().u32(family) : new Bytes().u32le(family);
    return new Frame("af=" + family + (bigEndian ? "be " : "le ") + p.kind(), b.put(p.bytes()).toArray());
  }

  /** {@return the PPP protocol number that carries the payload} */
  static int pppProtocol(Payload p) {
    return switch (p.ethertype()) {
      case Payload.IPV4 -> 0x0021;
      case Payload.IPV6 -> 0x0057;
      case 0x8137, Payload.NOVELL -> 0x002b;
      case 0x809b -> 0x0029;
      case 0x6003 -> 0x0027;
      case Payload.OSI -> 0x0023;
      case Payload.LLC -> 0x0031;
      default -> p.ethertype() & 0xffff;
    };
  }

  private void pppFrames(Payload p, List<Frame> out) {
    int proto = pppProtocol(p);
    out.add(new Frame("ppp " + p.kind(), new Bytes().u8(0xff).u8(0x03).u16(proto).put(p.bytes()).toArray()));
    if (p.isIp()) {
      Payload m = mpls(p);
      int mplsProto = m.ethertype() == 0x8847 ? 0x0281 : 0x0283;
      out.add(new Frame("ppp mpls " + p.kind(), new Bytes().u8(0xff).u8(0x03).u16(mplsProto).put(m.bytes()).toArray()));
      if (rng.nextInt(4) == 0) out.add(new Frame("ppp no-ac " + p.kind(), new Bytes().u16(proto).put(p.bytes()).toArray()));
    }
  }

  private void hdlcFrames(Payload p, List<Frame> out) {
    int proto = switch (p.ethertype()) {
      case Payload.OSI -> 0xfefe;
      // libpcap reads the SAP-named protocols (stp, ipx, netbeui) from the type field itself.
      case Payload.LLC -> p.bytes()[0] & 0xff;
      case Payload.NOVELL -> 0x05dc;
      default -> p.ethertype();
    };
    int address = rng.nextInt(3) == 0 ? 0x8f : 0x0f;
    out.add(new Frame("hdlc " + p.kind(), new Bytes().u8(address).u8(0).u16(proto).put(p.bytes()).toArray()));
    if (p.isIp() && rng.nextBoolean()) {
      Payload m = mpls(p);
      out.add(new Frame("hdlc mpls " + p.kind(), new Bytes().u8(0x0f).u8(0).u16(m.ethertype()).put(m.bytes()).toArray()));
    }
  }
}
