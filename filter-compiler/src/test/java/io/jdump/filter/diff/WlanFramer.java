package io.jdump.filter.diff;

import io.jdump.bpf.LinkType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * 802.11 frames, bare or behind a radio header (radiotap, Prism or AVS, AVS, PPI): data frames
 * with every combination of DS bits, with and without QoS, carrying the payload after LLC/SNAP;
 * and management and control frames around them, whose addresses sit elsewhere. Radio headers
 * vary what libpcap's prologue reads: radiotap lengths, presence words with and without flags,
 * TSFT and extension bits, the data-pad flag; Prism headers that are really AVS; PPI headers
 * whose DLT is not 802.11.
 */
final class WlanFramer {
  /** The link types framed here. */
  static final Set<LinkType> TYPES = EnumSet.of(LinkType.IEEE802_11, LinkType.PRISM_HEADER,
      LinkType.IEEE802_11_RADIO, LinkType.IEEE802_11_RADIO_AVS, LinkType.PPI);

  private final RandomGenerator rng;

  WlanFramer(RandomGenerator rng) {
    this.rng = rng;
  }

  /** Management subtypes (beacon, probe request/response, auth...) and control ones. */
  private static final int[] MGT = {0x80, 0x40, 0x50, 0x00, 0x10, 0xb0, 0xc0, 0xa0, 0xd0};
  private static final int[] CTL = {0xb4, 0xc4, 0xd4, 0xa4, 0xe4, 0x84, 0x94};

  void frames(LinkType type, Payload p, List<LinkFramer.Frame> out) {
    boolean qos = rng.nextBoolean();
    int ds = rng.nextInt(4);
    add(type, data(p, ds, qos), "data ds=" + ds + (qos ? " qos " : " ") + p.kind(), out);
    if (rng.nextInt(3) == 0) add(type, data(p, rng.nextInt(4), !qos), "data " + p.kind(), out);
    if (rng.nextInt(3) == 0) add(type, management(), "mgt", out);
    if (rng.nextInt(4) == 0) add(type, control(), "ctl", out);
  }

  private void add(LinkType type, byte[] wlan, String label, List<LinkFramer.Frame> out) {
    switch (type) {
      case IEEE802_11 -> out.add(new LinkFramer.Frame(label, wlan));
      case IEEE802_11_RADIO -> out.add(radiotap(wlan, label));
      case PRISM_HEADER -> out.add(rng.nextInt(4) == 0 ? avs(wlan, "prism-avs " + label) : prism(wlan, label));
      case IEEE802_11_RADIO_AVS -> out.add(avs(wlan, label));
      case PPI -> out.add(ppi(wlan, label));
      default -> throw new IllegalArgumentException("not 802.11: " + type);
    }
  }

  private byte[] mac() {
    return Pools.pick(rng, Pools.MACS);
  }

  /** The 24-byte header: frame control, duration, three addresses, sequence control. */
  private Bytes header(int fc0, int fc1) {
    return new Bytes().u8(fc0).u8(fc1).u16(rng.nextInt(0x8000)).put(mac()).put(mac()).put(mac())
        .u16(rng.nextInt(0x10000));
  }

  private byte[] data(Payload p, int ds, boolean qos) {
    int subtype = qos ? (rng.nextInt(4) == 0 ? 0xc0 : 0x80) : (rng.nextInt(6) == 0 ? 0x40 : 0x00);
    int fc1 = ds | (rng.nextInt(4) == 0 ? 0x40 : 0) | (rng.nextInt(8) == 0 ? 0x08 : 0);
    Bytes b = header(0x08 | subtype, fc1);
    if (ds == 3) b.put(mac());
    if (qos) b.u16(rng.nextInt(0x10000));
    switch (p.ethertype()) {
      case Payload.LLC, Payload.NOVELL -> b.put(p.bytes());
      case Payload.OSI -> b.u8(0xfe).u8(0xfe).u8(3).put(p.bytes());
      default -> {
        // SNAP with OUI 0 mostly; now and then Apple's or a bridge-tunnel OUI.
        int oui = rng.nextInt(5) == 0 ? Pools.pick(rng, new int[] {0x080007, 0x0000f8}) : 0;
        b.u8(0xaa).u8(0xaa).u8(3).u24(oui).u16(p.ethertype()).put(p.bytes());
      }
    }
    return b.toArray();
  }

  private byte[] management() {
    Bytes b = header(Pools.pick(rng, MGT) | (rng.nextInt(8) == 0 ? 0x08 : 0), rng.nextInt(4));
    return b.filler(rng.nextInt(40), rng.nextInt()).toArray();
  }

  /** Control frames: RTS carries two addresses, CTS and ACK one; now and then a full header. */
  private byte[] control() {
    int fc0 = Pools.pick(rng, CTL);
    Bytes b = new Bytes().u8(fc0).u8(rng.nextInt(4)).u16(rng.nextInt(0x8000)).put(mac());
    if (fc0 != 0xc4 && fc0 != 0xd4) b.put(mac());
    if (rng.nextInt(3) == 0) b.put(mac()).put(mac()).u16(0);
    return b.toArray();
  }

  /**
   * Radiotap: version, pad, little-endian length and presence word, then fields. Flags (bit 1)
   * after TSFT (bit 0) or alone; the data-pad flag pads the 802.11 header to 4 bytes.
   */
  private LinkFramer.Frame radiotap(byte[] wlan, String label) {
    boolean tsft = rng.nextBoolean();
    boolean flags = rng.nextInt(4) > 0;
    boolean ext = rng.nextInt(6) == 0;
    boolean datapad = flags && rng.nextInt(3) == 0;
    int present = (tsft ? 1 : 0) | (flags ? 2 : 0) | (ext ? 0x80000000 : 0) | (rng.nextBoolean() ? 0x4 : 0);
    Bytes fields = new Bytes();
    if (ext) fields.u32le(rng.nextInt(0x100));
    if (tsft) {
      while ((8 + fields.length()) % 8 != 0) fields.u8(0);
      fields.u32le(rng.nextInt()).u32le(rng.nextInt());
    }
    int f = rng.nextInt(0x100) & ~0x20 | (datapad ? 0x20 : 0);
    if (flags) fields.u8(f);
    fields.zeros(rng.nextInt(6));
    byte[] body = wlan;
    if (datapad && (wlan[0] & 0x0c) == 0x08) body = pad(wlan);
    int len = 8 + fields.length();
    Bytes b = new Bytes().u8(0).u8(0).u16le(len).u32le(present).put(fields.toArray()).put(body);
    return new LinkFramer.Frame("radiotap len=" + len + (datapad ? " datapad " : " ") + label, b.toArray());
  }

  /** The 802.11 header padded to a multiple of 4 where the payload starts (QoS data's 26). */
  private static byte[] pad(byte[] wlan) {
    int hdr = 24 + ((wlan[1] & 3) == 3 ? 6 : 0) + ((wlan[0] & 0x80) != 0 ? 2 : 0);
    if (hdr % 4 == 0 || hdr > wlan.length) return wlan;
    int padded = (hdr + 3) & ~3;
    byte[] out = new byte[wlan.length + padded - hdr];
    System.arraycopy(wlan, 0, out, 0, hdr);
    System.arraycopy(wlan, hdr, out, padded, wlan.length - hdr);
    return out;
  }

  /** Prism: 144 bytes, a message code and length then DIDs; never the AVS cookie. */
  private LinkFramer.Frame prism(byte[] wlan, String label) {
    Bytes b = new Bytes().u32le(0x44).u32le(144).filler(136, rng.nextInt());
    return new LinkFramer.Frame("prism " + label, b.put(wlan).toArray());
  }

  /** AVS: cookie 0x8021100X, big-endian header length (64 usually), then radio fields. */
  private LinkFramer.Frame avs(byte[] wlan, String label) {
    int len = rng.nextInt(5) == 0 ? 8 + 4 * rng.nextInt(20) : 64;
    Bytes b = new Bytes().u32(0x80211000 | rng.nextInt(3)).u32(len).filler(len - 8, rng.nextInt());
    return new LinkFramer.Frame("avs len=" + len + " " + label, b.put(wlan).toArray());
  }

  /** PPI: version, flags, little-endian length and DLT (802.11 mostly), then field headers. */
  private LinkFramer.Frame ppi(byte[] wlan, String label) {
    int dlt = rng.nextInt(8) == 0 ? 1 : 105;
    int fields = rng.nextInt(3) * 24;
    Bytes b = new Bytes().u8(0).u8(0).u16le(8 + fields).u32le(dlt).filler(fields, rng.nextInt());
    return new LinkFramer.Frame("ppi dlt=" + dlt + " " + label, b.put(wlan).toArray());
  }
}
