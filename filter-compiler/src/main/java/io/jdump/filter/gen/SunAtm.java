package io.jdump.filter.gen;

import static io.jdump.bpf.Bpf.B;
import static io.jdump.bpf.Bpf.H;
import static io.jdump.bpf.Bpf.JEQ;
import static io.jdump.bpf.Bpf.JGE;
import static io.jdump.bpf.Bpf.JGT;

import io.jdump.filter.FilterException;
import io.jdump.filter.parse.Kind;

/**
 * Sun's raw ATM (SUNATM): a 4-byte pseudo-header (flags with the traffic type in the low
 * nibble, VPI, VCI) before the cell payload, which is LLC/SNAP, LANE Ethernet or signalling.
 * libpcap's gen_atmfield_code, gen_atmtype_abbrev and gen_msg_abbrev; {@code lane} turns the
 * rest of the filter into Ethernet 2 bytes into the payload, as libpcap's PUSH_LINKHDR.
 */
final class SunAtm {
  private SunAtm() {}

  static final int DLT = 123;
  /** Where the payload starts: after flags (1), VPI (1) and VCI (2). */
  static final int PAYLOAD = 4;
  /** Traffic types in the flags' low nibble. */
  private static final int PT_LANE = 1;
  private static final int PT_LLC = 2;
  /** Q.2931 message types, in the signalling payload's 6th byte. */
  private static final int SETUP = 0x05;
  private static final int CALL_PROCEED = 0x02;
  private static final int CONNECT = 0x07;
  private static final int CONNECT_ACK = 0x0f;
  private static final int RELEASE = 0x4d;
  private static final int RELEASE_DONE = 0x5a;

  /** {@return whether the compilation is on raw ATM} (still so after lane). */
  static boolean isAtm(Link link) {
    return link.dlt == DLT;
  }

  /** The traffic type test, read from the current link header as libpcap reads it. */
  static Cond trafficType(Link link, int type) {
    return Emit.mcmp(link.offLinkhdr, B, type, 0x0f);
  }

  /** {@return "not an LE control frame"}: LANE data, tested before each Ethernet test after lane. */
  static Cond laneData(Link link) {
    return Cond.not(Emit.eq(link.laneHdr.plus(PAYLOAD), H, 0xff00));
  }

  /** gen_linktype before lane: LLC traffic, then the protocol as LLC/SNAP says it. */
  static Cond llcLinktype(Link link, Cond llc) {
    return Cond.and(trafficType(link, PT_LLC), llc);
  }

  /** One value of vpi or vci, read from the current link header. */
  static Cond field(Link link, Kind field, Kind op, long value) throws FilterException {
    String name = field == Kind.VPI ? "vpi" : "vci";
    if (!isAtm(link)) throw new FilterException("'" + name + "' supported only on raw ATM");
    int jtype = switch (op) {
      case GT, LEQ -> JGT;
      case GEQ, LT -> JGE;
      default -> JEQ;
    };
    // As for SS7: gen_ncmp negates only > and >=, so '!=' tests equality.
    boolean reverse = op == Kind.LEQ || op == Kind.LT;
    Off off = link.offLinkhdr.plus(field == Kind.VPI ? 1 : 2);
    return Ss7.ncmp(off, field == Kind.VPI ? B : H, 0xffffffffL, jtype, reverse, value);
  }

  private static Cond vpiVci(Link link, int vpi, int vci) {
    return Cond.and(Emit.eq(link.offLinkhdr.plus(1), B, vpi), Emit.eq(link.offLinkhdr.plus(2), H, vci));
  }

  /** lane, metac, bcc, sc, ilmic, oam, oamf4, oamf4ec, oamf4sc, connectmsg, metaconnect. */
  static Cond abbrev(Link link, Kind k) throws FilterException {
    if (!isAtm(link)) {
      String word = switch (k) {
        case OAMF4EC -> "oam4ec";
        case OAMF4SC -> "oam4sc";
        default -> k.name().toLowerCase(java.util.Locale.ROOT);
      };
      throw new FilterException("'" + word + "' supported only on raw ATM");
    }
    return switch (k) {
      case LANE -> lane(link);
      case METAC -> vpiVci(link, 0, 1);
      case BCC -> vpiVci(link, 0, 2);
      case OAMF4SC -> vpiVci(link, 0, 3);
      case OAMF4EC -> vpiVci(link, 0, 4);
      case SC -> vpiVci(link, 0, 5);
      case ILMIC -> vpiVci(link, 0, 16);
      case OAM, OAMF4 -> Cond.and(Emit.eq(link.offLinkhdr.plus(1), B, 0),
          Cond.or(Emit.eq(link.offLinkhdr.plus(2), H, 3), Emit.eq(link.offLinkhdr.plus(2), H, 4)));
      case CONNECTMSG -> Cond.and(vpiVci(link, 0, 5), messages(link,
          SETUP, CALL_PROCEED, CONNECT, CONNECT_ACK, RELEASE, RELEASE_DONE));
      default -> Cond.and(vpiVci(link, 0, 1), messages(link,
          SETUP, CALL_PROCEED, CONNECT, RELEASE, RELEASE_DONE));
    };
  }

  /** The message types or-ed as gen_msg_abbrev's callers do: each new one before the rest. */
  private static Cond messages(Link link, int... types) {
    Off msg = link.offLinkhdr.plus(PAYLOAD + 5);
    Cond b = Cond.or(Emit.eq(msg, B, types[0]), Emit.eq(msg, B, types[1]));
    for (int i = 2; i < types.length; i++) b = Cond.or(Emit.eq(msg, B, types[i]), b);
    return b;
  }

  /** lane: LANE traffic; from here on the link layer is Ethernet, 2 bytes into the payload. */
  private static Cond lane(Link link) {
    Cond b = trafficType(link, PT_LANE);
    link.laneHdr = link.offLinkhdr;
    Off eth = link.offLinkhdr.plus(PAYLOAD + 2);
    link.type = 1;
    link.offLinkhdr = eth;
    link.offLinktype = eth.plus(12);
    link.offLinkpl = eth.plus(14);
    link.offNl = 0;
    link.offNlNosnap = 3;
    return b;
  }
}
