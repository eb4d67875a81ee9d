package io.jdump.filter.gen;

import io.jdump.bpf.LinkType;
import io.jdump.filter.FilterException;

/**
 * Where the headers are for one link type, and how they move as {@code vlan}, {@code mpls}
 * and {@code pppoes} are met (libpcap's off_linkhdr, off_linktype, off_linkpl, off_nl and
 * off_nl_nosnap, and the link type itself, which pppoes turns into PPP). Mutable: one per
 * compilation, as libpcap's compiler state.
 */
final class Link {
  /** libpcap's OFFSET_NOT_SET: the link type has no type field (raw IP, SLIP). */
  static final Off NOT_SET = Off.at(-1);

  final int dlt;
  /** The link type the next linktype test speaks (PPP after pppoes). */
  int type;
  Off offLinkhdr;
  Off offLinktype;
  Off offLinkpl;
  int offNl;
  int offNlNosnap;
  int labelStackDepth;
  int vlanStackDepth;
  boolean pppoes;
  /**
   * After SUNATM's {@code lane}: the ATM header before the LANE Ethernet one, whose payload
   * Ethernet tests first check is not an LE control frame; null otherwise.
   */
  Off laneHdr;
  /** After {@code geneve}: MAC tests first check that an inner Ethernet header is there. */
  boolean geneve;
  /**
   * 802.11's cells, filled by the program's prologue: the length of the radio header before the
   * 802.11 header (radiotap, Prism, AVS, PPI), and where the 802.11 payload starts. Null for
   * other link types, and for the first one on plain 802.11, whose header starts at 0.
   */
  Off.Cell hdrCell;
  Off.Cell plCell;

  private Link(int dlt, int linktype, int linkpl, int nosnap) {
    this.dlt = dlt;
    this.type = dlt;
    this.offLinkhdr = Off.at(0);
    this.offLinktype = linktype < 0 ? NOT_SET : Off.at(linktype);
    this.offLinkpl = Off.at(linkpl);
    this.offNl = 0;
    this.offNlNosnap = nosnap;
  }

  /** {@return a copy of the offsets, for a scope to restore with {@link #set}} */
  Link copy() {
    Link c = new Link(dlt, 0, 0, 0);
    c.hdrCell = hdrCell;
    c.plCell = plCell;
    c.set(this);
    return c;
  }

  /**
   * Takes every offset (and the link type) of {@code o}: leaving a scope. A field added to
   * the compiler state must be copied here too, or it leaks out of scopes.
   */
  void set(Link o) {
    type = o.type;
    offLinkhdr = o.offLinkhdr;
    offLinktype = o.offLinktype;
    offLinkpl = o.offLinkpl;
    offNl = o.offNl;
    offNlNosnap = o.offNlNosnap;
    labelStackDepth = o.labelStackDepth;
    vlanStackDepth = o.vlanStackDepth;
    pppoes = o.pppoes;
    geneve = o.geneve;
    laneHdr = o.laneHdr;
  }

  /** 802.2 link layers: the network header follows an LLC/SNAP header of n bytes. */
  private Link snap(int n) {
    offNl = n;
    return this;
  }

  /** {@return where the MAC addresses start: after FDDI's frame control, token ring's AC/FC} */
  int macOffset() {
    return type == 10 ? 1 : type == 6 ? 2 : type == 122 ? 2 : 0;
  }

  /**
   * 802.11, after a radio header of run-time length when {@code radio}: the payload (LLC/SNAP)
   * follows a header whose length depends on the frame, so it is a cell the prologue fills; the
   * type field is read 24 bytes in, where a data frame without QoS has it.
   */
  private Link wlan(Scratch scratch, boolean radio) {
    if (radio) {
      hdrCell = new Off.Cell(scratch);
      offLinkhdr = Off.in(hdrCell, 0);
    }
    plCell = new Off.Cell(scratch);
    offLinkpl = Off.in(plCell, 0);
    offLinktype = offLinkhdr.plus(24);
    offNlNosnap = 3;
    return snap(8);
  }

  /** pflog: the packet follows a header whose length is its first byte (Pflog's prologue). */
  private Link pflog(Scratch scratch) {
    plCell = new Off.Cell(scratch);
    offLinkpl = Off.in(plCell, 0);
    return this;
  }

  /** {@return the offsets of a link type} */
  static Link of(int dlt, Scratch scratch) throws FilterException {
    return switch (dlt) {
      case 105 -> new Link(dlt, 0, 0, 0).wlan(scratch, false);
      case 117 -> new Link(dlt, 0, 0, 0).pflog(scratch);
      case 119, 127, 163, 192 -> new Link(dlt, 0, 0, 0).wlan(scratch, true);
      case 1 -> new Link(dlt, 12, 14, 3);
      case 113 -> new Link(dlt, 14, 16, 0);
      case 276 -> new Link(dlt, 0, 20, 0);
      case 12, 228, 229 -> new Link(dlt, -1, 0, 0);
      case 0, 108 -> new Link(dlt, 0, 4, 0);
      // 112: NetBSD's Cisco HDLC (DLT_HDLC), which libpcap treats as 104 and names nothing
      case 9, 50, 104, 112 -> new Link(dlt, 2, 4, 0);
      case 51 -> new Link(dlt, 6, 8, 0);
      case 8 -> new Link(dlt, -1, 16, 0);
      // BSD/OS SLIP and PPP: 24-byte headers (PPP's protocol 5 bytes in); CLIP: RFC 1483's LLC.
      case 15 -> new Link(dlt, -1, 24, 0);
      case 16 -> new Link(dlt, 5, 24, 0);
      case 19 -> new Link(dlt, 6, 0, 3).snap(8);
      case 7 -> new Link(dlt, 2, 6, 0);
      case 10 -> new Link(dlt, 19, 13, 3).snap(8);
      // RFC 1483 ATM: LLC/SNAP first; RFC 2625 IP over Fibre Channel: after two 8-byte names.
      case 11 -> new Link(dlt, 6, 0, 3).snap(8);
      case 122 -> new Link(dlt, 22, 16, 3).snap(8);
      // Linux ARCnet: a 4-byte header before the type byte; Solaris ipnet: family, then 24 bytes
      // (libpcap leaves its off_nl_nosnap at -1, so OSI tests read byte 23).
      case 129 -> new Link(dlt, 4, 8, 0);
      case 226 -> new Link(dlt, 1, 24, -1);
      // OpenBSD enc: NULL's family word, 12 bytes of header; pppd: PPP after a direction byte.
      case 109 -> new Link(dlt, 0, 12, 0);
      case 166 -> new Link(dlt, 2, 4, 0);
      case 6 -> new Link(dlt, 20, 14, 3).snap(8);
      // Link layers libpcap filters by length, link[] and the Linux ancillary data only: no
      // link type (LinkTypes refuses it, in libpcap's name for the link layer).
      case 143, 177, 189, 197, 201, 219, 220, 227, 239, 242, 249, 253, 258, 271, 274 ->
          new Link(dlt, -1, 0, 0);
      // Sun raw ATM: LLC/SNAP after the 4-byte pseudo-header (SunAtm's lane moves it all).
      case 123 -> new Link(dlt, SunAtm.PAYLOAD, SunAtm.PAYLOAD, 3).snap(8);
      default -> {
        if (!known(dlt)) throw unknown(dlt);
        yield table(dlt);
      }
    };
  }

  /** The link types of {@link LinkLayouts}: their offsets, unset ones as -1. */
  private static Link table(int dlt) {
    LinkLayouts.Layout l = LinkLayouts.layout(dlt);
    Link link = new Link(dlt, l.linktype(), l.linkpl(), l.nlNosnap());
    link.offLinkhdr = Off.at(l.linkhdr());
    link.offNl = l.nl();
    return link;
  }

  /** {@return libpcap's refusal of a link type its compiler does not know} */
  static FilterException unknown(int dlt) {
    return new FilterException("unknown data link type " + dlt + " (min 104, max 289)");
  }

  /** {@return whether libpcap 1.10 knows the DLT} (0-19 in part, 50, 51, 99, 104-289) */
  static boolean known(int dlt) {
    return switch (dlt) {
      case 0, 1, 6, 7, 8, 9, 10, 11, 12, 15, 16, 19, 50, 51, 99 -> true;
      default -> dlt >= 104 && dlt <= 289;
    };
  }

  /** {@return libpcap's description of the link type, for its error messages} */
  String description() {
    return LinkType.forDlt(type).map(LinkType::description).orElse("DLT " + type);
  }

  /** {@return where the network header starts} */
  Off net() {
    return offLinkpl.plus(offNl);
  }
}
