package io.jdump.filter.gen;

import static io.jdump.bpf.Bpf.B;
import static io.jdump.bpf.Bpf.H;
import static io.jdump.bpf.Bpf.W;

import io.jdump.filter.FilterException;
import io.jdump.filter.Savefile;
import java.nio.ByteOrder;

/** gen_linktype: "is the next protocol ll_proto?" in the words of each link layer. */
final class LinkTypes {
  static final int ETHERMTU = 1500;
  static final int IP = 0x800;
  static final int IPV6 = 0x86dd;
  static final int ARP = 0x806;
  static final int REVARP = 0x8035;
  static final int ATALK = 0x809b;
  static final int AARP = 0x80f3;
  static final int DN = 0x6003;
  static final int LAT = 0x6004;
  static final int SCA = 0x6007;
  static final int MOPDL = 0x6001;
  static final int MOPRC = 0x6002;
  static final int IPX = 0x8137;
  static final int MPLS = 0x8847;
  static final int PPPOED = 0x8863;
  static final int PPPOES = 0x8864;
  static final int VLAN_8021Q = 0x8100;
  static final int VLAN_8021AD = 0x88a8;
  static final int VLAN_QINQ = 0x9100;
  static final int SAP_ISONS = 0xfe;
  static final int SAP_IP = 0x06;
  static final int SAP_NETBEUI = 0xf0;
  static final int SAP_IPX = 0xe0;
  static final int SAP_8021D = 0x42;

  /** The AF_INET6 values of NetBSD/OpenBSD/BSD/OS/Npcap, FreeBSD and Darwin. */
  private static final int AF_INET6_BSD = 24;
  private static final int AF_INET6_FREEBSD = 28;
  private static final int AF_INET6_DARWIN = 30;
  /** Linux's, the value libpcap compiles for a live capture or no input on this host. */
  private static final int AF_INET6_LINUX = 10;

  private final Link link;
  private final Savefile savefile;

  LinkTypes(Link link, Savefile savefile) {
    this.link = link;
    this.savefile = savefile;
  }

  Cond linktype(int proto) throws FilterException {
    if (link.labelStackDepth > 0) return mpls(proto);
    Off lt = link.offLinktype;
    return switch (link.type) {
      case 1 -> link.laneHdr != null ? Cond.and(SunAtm.laneData(link), ether(proto)) : ether(proto);
      case SunAtm.DLT -> SunAtm.llcLinktype(link, llc(proto));
      case 104, 112 -> Emit.eq(lt, H, proto == SAP_ISONS ? 0xfefe : proto);
      case 113 -> sll(proto);
      case 10, 6, 11, 19, 122 -> llc(proto);
      // BSD/OS PPP: IP, or IP with Van Jacobson compressed or uncompressed TCP.
      case 16 -> proto == IP ? Cond.or(Cond.or(Emit.eq(lt, H, 0x21), Emit.eq(lt, H, 0x2d)), Emit.eq(lt, H, 0x2f))
          : Emit.eq(lt, H, pppType(proto));
      // ipnet's own family values.
      case 226 -> proto == IP ? Emit.eq(lt, B, 2) : proto == IPV6 ? Emit.eq(lt, B, 26) : new Cond.Const(false);
      case Pflog.DLT -> Pflog.linktype(link, proto);
      case 105, 119, 127, 163, 192 -> Cond.and(Wlan.dataFrame(link.offLinkhdr), llc(proto));
      case 7, 129 -> switch (proto) {
        case IPV6 -> Emit.eq(lt, B, 0xc4);
        case IP -> Cond.or(Emit.eq(lt, B, 0xd4), Emit.eq(lt, B, 0xf0));
        case ARP -> Cond.or(Emit.eq(lt, B, 0xd5), Emit.eq(lt, B, 0xf1));
        case REVARP -> Emit.eq(lt, B, 0xd6);
        case ATALK -> Emit.eq(lt, B, 0xdd);
        default -> new Cond.Const(false);
      };
      // Both SLIPs read the version nibble at the header's start, not the packet's.
      case 8, 15 -> proto == IP ? Emit.mcmp(link.offLinkhdr, B, 0x40, 0xf0)
          : proto == IPV6 ? Emit.mcmp(link.offLinkhdr, B, 0x60, 0xf0) : new Cond.Const(false);
      case 12 -> proto == IP ? Emit.mcmp(link.offLinkpl, B, 0x40, 0xf0)
          : proto == IPV6 ? Emit.mcmp(link.offLinkpl, B, 0x60, 0xf0) : new Cond.Const(false);
      case 228 -> new Cond.Const(proto == IP);
      case 229 -> new Cond.Const(proto == IPV6);
      case 9, 50, 51, 166 -> Emit.eq(lt, H, pppType(proto));
      case 0, 108, 109 -> loopback(proto);
      case 240, 241 -> ether(proto);
      default -> tabled(proto);
    };
  }

  /**
   * NULL, ENC and LOOP: a 32-bit AF_ word, in the writing host's order for NULL and ENC and in
   * network order for LOOP. A file may come from any BSD, so libpcap accepts each of their
   * AF_INET6 values there, and only its own host's value on a device.
   */
  private Cond loopback(int proto) {
    return switch (proto) {
      case IP -> af(2);
      case IPV6 -> savefile == Savefile.NONE ? af(AF_INET6_LINUX)
          : Cond.or(af(AF_INET6_DARWIN), Cond.or(af(AF_INET6_BSD), af(AF_INET6_FREEBSD)));
      default -> new Cond.Const(false);
    };
  }

  private Cond af(int family) {
    boolean littleEndian = link.type != 108 && savefile.hostOrder() == ByteOrder.LITTLE_ENDIAN;
    long word = littleEndian ? Integer.toUnsignedLong(Integer.reverseBytes(family)) : family;
    return Emit.eq(link.offLinktype, W, word);
  }

  /**
   * Throws what {@link #linktype} would for any protocol on a link type with no type field and
   * no test of its own (the unset offsets of {@link LinkLayouts}); returns otherwise.
   */
  void refuseUntyped() throws FilterException {
    if (link.labelStackDepth > 0 || link.offLinktype != Link.NOT_SET) return;
    // Raw IP and SLIP have no type field either, but test the IP version.
    switch (link.type) {
      case 8, 12, 228, 229 -> {
        return;
      }
      default -> { }
    }
    if (LinkLayouts.test(link.type) == LinkLayouts.Test.ETHERTYPE) tabled(LinkTypes.IP);
  }

  /** The link types of {@link LinkLayouts}: each family's own test, or an Ethernet type. */
  private Cond tabled(int proto) throws FilterException {
    Off lt = link.offLinktype;
    Off hdr = link.offLinkhdr;
    return switch (LinkLayouts.test(link.type)) {
      case JUNIPER_MAGIC -> Emit.mcmp(hdr, W, 0x4d474300L, 0xffffff00L);
      case BACNET_PREAMBLE -> Emit.mcmp(hdr, W, 0x55ff0000L, 0xffff0000L);
      case LOCALTALK -> new Cond.Const(proto == ATALK);
      case IP_VERSION -> proto == IP ? Emit.mcmp(hdr, B, 0x40, 0xf0)
          : proto == IPV6 ? Emit.mcmp(hdr, B, 0x60, 0xf0) : new Cond.Const(false);
      case FRAME_RELAY_NLPID -> switch (proto) {
        case IP -> Emit.eq(hdr.plus(2), H, 0x03cc);
        case IPV6 -> Emit.eq(hdr.plus(2), H, 0x038e);
        // CLNP, or ES-IS and IS-IS: or-ed as gen_linktype does, the last two first.
        case SAP_ISONS -> Cond.or(Emit.eq(hdr.plus(2), H, 0x0381),
            Cond.or(Emit.eq(hdr.plus(2), H, 0x0382), Emit.eq(hdr.plus(2), H, 0x0383)));
        default -> new Cond.Const(false);
      };
      // IP also as Van Jacobson compressed (0x2d) and uncompressed (0x2f) TCP/IP.
      case BSDOS_PPP -> proto == IP
          ? Cond.or(Cond.or(Emit.eq(lt, H, 0x21), Emit.eq(lt, H, 0x2d)), Emit.eq(lt, H, 0x2f))
          : Emit.eq(lt, H, pppType(proto));
      case ETHERTYPE -> {
        if (lt == Link.NOT_SET) {
          String family = LinkLayouts.family(link.type);
          throw new FilterException((family != null ? family : unfilteredName(link))
              + " link-layer type filtering not implemented");
        }
        yield Emit.eq(lt, H, proto);
      }
    };
  }

  /** {@return libpcap's name for a link layer it cannot filter by type: short for some} */
  private static String unfilteredName(Link link) {
    return switch (link.type) {
      case 239 -> "NFLOG";
      case 143 -> "DOCSIS";
      case 197 -> "ERF";
      case 189, 220, 249 -> "USB";
      case 227 -> "CAN";
      case 201 -> "Bluetooth";
      case 177 -> "LAPD";
      default -> link.description();
    };
  }

  /** gen_llc_linktype: 802.2 networks name SAPs, or SNAP types for the rest. */
  private Cond llc(int proto) {
    Off llc = link.offLinkpl;
    return switch (proto) {
      case SAP_IP, SAP_ISONS, SAP_NETBEUI -> Emit.eq(llc, H, proto << 8 | proto);
      case SAP_IPX -> Emit.eq(llc, B, SAP_IPX);
      case ATALK -> snap(0x080007, ATALK);
      // An Ethernet type is read where SNAP with OUI 0 has it: the OUI itself is not checked.
      default -> proto <= ETHERMTU ? Emit.eq(llc, B, proto) : Emit.eq(llc.plus(6), H, proto);
    };
  }

  private Cond mpls(int proto) throws FilterException {
    Off net = link.net();
    Cond bos = Emit.mcmp(net.plus(-2), B, 1, 1);
    return switch (proto) {
      case IP, 0x21 -> Cond.and(bos, Emit.mcmp(net, B, 0x40, 0xf0));
      case IPV6, 0x57 -> Cond.and(bos, Emit.mcmp(net, B, 0x60, 0xf0));
      default -> throw new FilterException("unsupported protocol over mpls");
    };
  }

  static int pppType(int proto) {
    return switch (proto) {
      case IP -> 0x21;
      case IPV6 -> 0x57;
      case DN -> 0x27;
      case ATALK -> 0x29;
      case 0x0600 -> 0x25;
      case SAP_ISONS -> 0x23;
      case SAP_8021D -> 0x31;
      case SAP_IPX -> 0x2b;
      default -> proto;
    };
  }

  private Cond notLength() {
    return Cond.not(Emit.gt(link.offLinktype, H, ETHERMTU));
  }

  /** gen_snap: AA AA 03, the OUI, the type; compared as libpcap's gen_bcmp. */
  Cond snap(int oui, int type) {
    byte[] b = {(byte) 0xaa, (byte) 0xaa, 3, (byte) (oui >> 16), (byte) (oui >> 8), (byte) oui,
        (byte) (type >> 8), (byte) type};
    return Emit.bcmp(link.offLinkpl, b);
  }

  private Cond ether(int proto) {
    Off lt = link.offLinktype;
    Off llc = link.offLinkpl;
    switch (proto) {
      case SAP_ISONS, SAP_IP, SAP_NETBEUI -> {
        return Cond.and(notLength(), Emit.eq(llc, H, proto << 8 | proto));
      }
      case SAP_IPX -> {
        Cond b1 = Cond.or(Emit.eq(llc, B, SAP_IPX), Emit.eq(llc, H, 0xffff));
        b1 = Cond.or(snap(0, IPX), b1);
        b1 = Cond.and(notLength(), b1);
        return Cond.or(Emit.eq(lt, H, IPX), b1);
      }
      case ATALK, AARP -> {
        Cond s = proto == ATALK ? snap(0x080007, ATALK) : snap(0, AARP);
        return Cond.or(Emit.eq(lt, H, proto), Cond.and(notLength(), s));
      }
      default -> {
        // The SAP is read 2 bytes past the type field, not at the payload (gen_ether_linktype):
        // the same byte, except after geneve, where the two offsets are separate cells.
        if (proto <= ETHERMTU) return Cond.and(notLength(), Emit.eq(lt.plus(2), B, proto));
        return Emit.eq(lt, H, proto);
      }
    }
  }

  private Cond sll(int proto) {
    Off lt = link.offLinktype;
    Off pl = link.offLinkpl;
    switch (proto) {
      case SAP_ISONS, SAP_IP, SAP_NETBEUI -> {
        return Cond.and(Emit.eq(lt, H, 4), Emit.eq(pl, H, proto << 8 | proto));
      }
      case SAP_IPX -> {
        Cond b1 = Cond.or(Emit.eq(pl, B, SAP_IPX), snap(0, IPX));
        b1 = Cond.and(Emit.eq(lt, H, 4), b1);
        b1 = Cond.or(Emit.eq(lt, H, 1), b1);
        return Cond.or(Emit.eq(lt, H, IPX), b1);
      }
      case ATALK, AARP -> {
        Cond s = proto == ATALK ? snap(0x080007, ATALK) : snap(0, AARP);
        return Cond.or(Emit.eq(lt, H, proto), Cond.and(Emit.eq(lt, H, 4), s));
      }
      default -> {
        if (proto <= ETHERMTU) return Cond.and(Emit.eq(lt, H, 4), Emit.eq(pl, B, proto));
        return Emit.eq(lt, H, proto);
      }
    }
  }
}
