package io.jdump.filter.gen;

import static io.jdump.bpf.Bpf.B;
import static io.jdump.bpf.Bpf.H;
import static io.jdump.bpf.Bpf.W;

import io.jdump.filter.FilterException;

/** vlan, mpls and pppoes: each tests its header and moves every later offset past it. */
final class Encaps {
  private Encaps() {}

  static Cond vlan(Generator g, long id) throws FilterException {
    Link link = g.link;
    if (link.labelStackDepth > 0) throw new FilterException("no VLAN match after MPLS");
    // Ethernet and 802.11 (its tag after LLC/SNAP), but not 802.11 behind PPI.
    if (link.type != 1 && !LinkLayouts.ethernetBehindHeader(link.type)
        && !(Wlan.is(link.type) && link.type != 192)) {
      throw new FilterException("no VLAN support for " + link.description());
    }
    Cond b0 = Cond.or(g.lt.linktype(LinkTypes.VLAN_8021Q), g.lt.linktype(LinkTypes.VLAN_8021AD));
    b0 = Cond.or(b0, g.lt.linktype(LinkTypes.VLAN_QINQ));
    if (id >= 0) {
      if (id > 0xfff) throw new FilterException("VLAN tag " + id + " greater than maximum 4095");
      b0 = Cond.and(b0, Emit.mcmp(link.net(), H, id, 0x0fff));
    }
    link.offLinkpl = link.offLinkpl.plus(4);
    link.offLinktype = link.offLinktype.plus(4);
    link.vlanStackDepth++;
    return b0;
  }

  static Cond mpls(Generator g, long label) throws FilterException {
    Link link = g.link;
    Cond b0;
    if (link.labelStackDepth > 0) {
      b0 = Emit.mcmp(link.net().plus(-2), B, 0, 1);
    } else {
      b0 = switch (link.type) {
        case 1, 104, 112, 240, 241 -> g.lt.linktype(LinkTypes.MPLS);
        case 9 -> g.lt.linktype(0x281);
        default -> throw new FilterException("no MPLS support for " + link.description());
      };
    }
    if (label >= 0) {
      if (label > 0xfffff) {
        throw new FilterException("MPLS label " + label + " greater than maximum 1048575");
      }
      b0 = Cond.and(b0, Emit.mcmp(link.net(), W, label << 12, 0xfffff000L));
    }
    link.offNlNosnap += 4;
    link.offNl += 4;
    link.labelStackDepth++;
    return b0;
  }

  static Cond pppoes(Generator g, long session) throws FilterException {
    Link link = g.link;
    Cond b0 = g.lt.linktype(LinkTypes.PPPOES);
    if (session >= 0) {
      if (session > 0xffff) {
        throw new FilterException("PPPoE session number " + session + " greater than maximum 65535");
      }
      b0 = Cond.and(b0, Emit.mcmp(link.net(), W, session, 0xffff));
    }
    // The PPPoE header follows any LLC/SNAP header (FDDI, token ring).
    link.type = 9;
    Off net = link.net();
    link.offLinkhdr = net.plus(6);
    link.offLinkpl = link.offLinkhdr.plus(2);
    if (net.cell() != null && !net.cell().taken()) {
      // libpcap's PUSH_LINKHDR copies the payload offset's register number, -1 while no load
      // has taken one: the PPP header's offset then takes a cell of its own on first use,
      // which nothing fills, while the payload keeps the cell a prologue fills (pflog's).
      link.offLinkhdr = Off.in(new Off.Cell(g.scratch), link.offLinkhdr.k());
      link.offLinkpl = Off.in(net.cell(), link.offLinkhdr.k() + 2);
    }
    link.offLinktype = link.offLinkhdr;
    link.offNl = 0;
    link.offNlNosnap = 0;
    link.pppoes = true;
    link.geneve = false;
    return b0;
  }
}
