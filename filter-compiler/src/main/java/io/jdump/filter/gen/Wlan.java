package io.jdump.filter.gen;

import static io.jdump.bpf.Bpf.ABS;
import static io.jdump.bpf.Bpf.ADD;
import static io.jdump.bpf.Bpf.ALU;
import static io.jdump.bpf.Bpf.AND;
import static io.jdump.bpf.Bpf.B;
import static io.jdump.bpf.Bpf.IMM;
import static io.jdump.bpf.Bpf.IND;
import static io.jdump.bpf.Bpf.JA;
import static io.jdump.bpf.Bpf.JEQ;
import static io.jdump.bpf.Bpf.JMP;
import static io.jdump.bpf.Bpf.JSET;
import static io.jdump.bpf.Bpf.K;
import static io.jdump.bpf.Bpf.LD;
import static io.jdump.bpf.Bpf.LDX;
import static io.jdump.bpf.Bpf.LSH;
import static io.jdump.bpf.Bpf.MEM;
import static io.jdump.bpf.Bpf.MISC;
import static io.jdump.bpf.Bpf.OR;
import static io.jdump.bpf.Bpf.ST;
import static io.jdump.bpf.Bpf.TAX;
import static io.jdump.bpf.Bpf.TXA;
import static io.jdump.bpf.Bpf.W;
import static io.jdump.bpf.Bpf.X;

import io.jdump.bpf.Insn;
import io.jdump.filter.FilterException;
import io.jdump.filter.parse.Qual.Dir;
import java.util.ArrayList;
import java.util.List;

/**
 * 802.11's primitives, on plain 802.11 and behind radiotap, Prism, AVS and PPI radio headers:
 * addresses found by frame type and direction bits ({@code wlan src}, {@code ra}, {@code addr4}),
 * {@code type}/{@code subtype}/{@code dir}, and the prologue that computes, at run time, where
 * the radio header ends and where the 802.11 payload starts (gencode.c's gen_wlanhostop,
 * gen_p80211_type, gen_load_802_11_header_len and the llprefixlen loaders).
 */
final class Wlan {
  private Wlan() {}

  /** Frame control, byte 0: type bits; byte 1: direction bits. */
  private static final int FC0_DATA = 0x08;
  private static final int FC0_CTL = 0x04;
  private static final int FC0_QOS = 0x80;
  private static final int FC1_TODS = 0x01;
  private static final int FC1_FROMDS = 0x02;
  /** PPI's per-packet DLT, a little-endian word: 105, plain 802.11, is all libpcap handles. */
  private static final long PPI_DLT_802_11 = 0x69000000L;

  static boolean is(int dlt) {
    return dlt == 105 || dlt == 119 || dlt == 127 || dlt == 163 || dlt == 192;
  }

  private static Cond bit(Off h, int at, int bit) {
    return Emit.jset(h.plus(at), B, bit);
  }

  private static Cond addr(Off h, int at, byte[] mac) {
    return Emit.bcmp(h.plus(at), mac);
  }

  /** {@return "this is a data frame": type bit 3 set, bit 2 clear} (gen_check_802_11_data_frame) */
  static Cond dataFrame(Off h) {
    Cond notCtl = Cond.not(bit(h, 0, FC0_CTL));
    return Cond.and(notCtl, bit(h, 0, FC0_DATA));
  }

  /** {@return "not a control frame, or neither CTS nor ACK": frames that carry addr2} */
  private static Cond hasAddr2(Off h) {
    Cond notCtl = Cond.not(Emit.mcmp(h, B, FC0_CTL, 0x0c));
    Cond notCts = Cond.not(Emit.mcmp(h, B, 0xc0, 0xf0));
    Cond notAck = Cond.not(Emit.mcmp(h, B, 0xd0, 0xf0));
    return Cond.or(notCtl, Cond.and(notCts, notAck));
  }

  /**
   * {@return the address test of {@code wlan src/dst/ta/ra/addrN HOST}} Source and destination
   * sit at different places by frame type and DS bits: management frames have DA at 4 and SA
   * at 10; data frames move SA to 16 (from DS) or 24 (both DS bits) and DA to 16 (to DS).
   */
  static Cond hostop(Off h, byte[] mac, Dir dir) throws FilterException {
    return switch (dir) {
      case SRC -> {
        Cond fromDs = Cond.or(Cond.and(Cond.not(bit(h, 1, FC1_TODS)), addr(h, 16, mac)),
            Cond.and(bit(h, 1, FC1_TODS), addr(h, 24, mac)));
        Cond data = Cond.or(Cond.and(Cond.not(bit(h, 1, FC1_FROMDS)), addr(h, 10, mac)),
            Cond.and(bit(h, 1, FC1_FROMDS), fromDs));
        yield notCtl(h, mac, 10, data);
      }
      case DST -> {
        Cond data = Cond.or(Cond.and(Cond.not(bit(h, 1, FC1_TODS)), addr(h, 4, mac)),
            Cond.and(bit(h, 1, FC1_TODS), addr(h, 16, mac)));
        yield notCtl(h, mac, 4, data);
      }
      // libpcap tests the data bit here, not "has a receiver address".
      case RA -> Cond.and(bit(h, 0, FC0_DATA), addr(h, 4, mac));
      case TA -> Cond.and(Cond.and(bit(h, 0, FC0_DATA), hasAddr2(h)), addr(h, 10, mac));
      case ADDR1 -> addr(h, 4, mac);
      case ADDR2 -> Cond.and(hasAddr2(h), addr(h, 10, mac));
      case ADDR3 -> Cond.and(Cond.not(Emit.mcmp(h, B, FC0_CTL, 0x0c)), addr(h, 16, mac));
      case ADDR4 -> Cond.and(Emit.mcmp(h.plus(1), B, 3, 3), addr(h, 24, mac));
      case AND -> Cond.and(hostop(h, mac, Dir.SRC), hostop(h, mac, Dir.DST));
      case DEFAULT, OR -> Cond.or(hostop(h, mac, Dir.SRC), hostop(h, mac, Dir.DST));
    };
  }

  /**
   * Not a control frame, and: a management frame with the address at {@code mgt}, or a data
   * frame passing {@code data}. Built in libpcap's order (each test and-ed before the last).
   */
  private static Cond notCtl(Off h, byte[] mac, int mgt, Cond data) {
    Cond b = Cond.or(Cond.and(Cond.not(bit(h, 0, FC0_DATA)), addr(h, mgt, mac)),
        Cond.and(bit(h, 0, FC0_DATA), data));
    return Cond.and(Cond.not(bit(h, 0, FC0_CTL)), b);
  }

  /** {@return the group bit of the destination, found as {@link #hostop} finds DST} */
  static Cond multicast(Off h) {
    Cond data = Cond.or(Cond.and(Cond.not(bit(h, 1, FC1_TODS)), bit(h, 4, 1)),
        Cond.and(bit(h, 1, FC1_TODS), bit(h, 16, 1)));
    Cond b = Cond.or(Cond.and(Cond.not(bit(h, 0, FC0_DATA)), bit(h, 4, 1)),
        Cond.and(bit(h, 0, FC0_DATA), data));
    return Cond.and(Cond.not(bit(h, 0, FC0_CTL)), b);
  }

  /** {@code type}/{@code subtype}: num holds the value and, above it, the mask. */
  static Cond type(Link link, long num) throws FilterException {
    if (!is(link.type) || link.type == 192) {
      throw new FilterException("802.11 link-layer types supported only on 802.11");
    }
    return Emit.mcmp(link.offLinkhdr, B, num & 0xff, num >> 8);
  }

  static Cond dir(Link link, long dir) throws FilterException {
    if (!is(link.type) || link.type == 192) {
      throw new FilterException("frame direction supported only with 802.11 headers");
    }
    return Emit.mcmp(link.offLinkhdr.plus(1), B, dir, 3);
  }

  /**
   * {@return the filter with the statements that fill 802.11's cells first, and PPI's check of
   * its per-packet DLT before them} (finish_parse's insert_compute_vloffsets). Cells no test
   * read get no code; the payload's offset needs the radio header's, so takes its cell too.
   * The statements jump within themselves, which libpcap's optimizer cannot follow: it is then
   * off, as it always is behind a Prism header.
   */
  static Cond finish(Generator g, Cond c) {
    Link link = g.link;
    if (!is(link.dlt)) return c;
    int dlt = link.dlt;
    if (dlt == 119) g.noOptimize = true;
    // The cells of the offsets as the filter's end leaves them: after geneve, libpcap fills
    // geneve's cells here, and the first ones stay unwritten. jdump does the same.
    int pl = cellOf(link.offLinkpl);
    int hdr = cellOf(link.offLinkhdr);
    if (pl >= 0 && link.offLinkhdr.variable() && hdr < 0) hdr = link.offLinkhdr.reg();
    List<Insn> s = new ArrayList<>();
    if (hdr >= 0 && dlt != 105) s.addAll(radioLength(dlt, hdr));
    if (pl >= 0) {
      g.noOptimize = true;
      if (s.isEmpty()) s.add(Insn.stmt(LDX | IMM, 0));
      // libpcap asks the link type the filter's end leaves (PPP after pppoes, Ethernet after
      // geneve), not the outermost, whether to look for radiotap's padding.
      s.addAll(headerLength(link.type == 127, pl));
    }
    if (!s.isEmpty()) c = prepend(c, s);
    // Again the link type at the end: after pppoes, PPI's check is left out.
    if (link.type == 192) c = Cond.and(Emit.eq(Off.at(4), W, PPI_DLT_802_11), c);
    return c;
  }

  /** {@return the cell an offset's variable part is in, -1 if constant or never read} */
  private static int cellOf(Off o) {
    if (o.cell() != null) return o.cell().taken() ? o.cell().reg() : -1;
    return o.reg();
  }

  /** Statements leaving the radio header's length in the cell and in X. */
  private static List<Insn> radioLength(int dlt, int cell) {
    List<Insn> s = new ArrayList<>();
    switch (dlt) {
      case 127, 192 -> {
        // A little-endian 16-bit length at offset 2, read a byte at a time.
        s.add(Insn.stmt(LD | B | ABS, 3));
        s.add(Insn.stmt(ALU | LSH | K, 8));
        s.add(Insn.stmt(MISC | TAX, 0));
        s.add(Insn.stmt(LD | B | ABS, 2));
        s.add(Insn.stmt(ALU | OR | X, 0));
      }
      case 163 -> s.add(Insn.stmt(LD | W | ABS, 4));
      default -> {
        // Prism: unless the first word is an AVS cookie (its length at 4), 144 bytes.
        s.add(Insn.stmt(LD | W | ABS, 0));
        s.add(Insn.stmt(ALU | AND | K, 0xfffff000));
        s.add(Insn.jump(JMP | JEQ | K, 0x80211000, 0, 2));
        s.add(Insn.stmt(LD | W | ABS, 4));
        s.add(Insn.jump(JMP | JA, 1, 0, 0));
        s.add(Insn.stmt(LD | IMM, 144));
      }
    }
    s.add(Insn.stmt(ST, cell));
    s.add(Insn.stmt(MISC | TAX, 0));
    return s;
  }

  /**
   * Statements storing where the 802.11 payload starts, with X = where the 802.11 header does:
   * 24 bytes on, 2 more for QoS data frames, and behind radiotap rounded up to 4 when the
   * flags say the driver padded the header (only the first presence word's flags are seen).
   */
  private static List<Insn> headerLength(boolean radiotap, int cell) {
    List<Insn> s = new ArrayList<>();
    s.add(Insn.stmt(MISC | TXA, 0));
    s.add(Insn.stmt(ALU | ADD | K, 24));
    s.add(Insn.stmt(ST, cell));
    s.add(Insn.stmt(LD | B | IND, 0));
    // Offsets of jumps are to the end of the list: 6 statements after the QoS test, 12 more
    // for radiotap's padding.
    int end = radiotap ? 18 : 6;
    s.add(Insn.jump(JMP | JSET | K, FC0_DATA, 0, end - 1));
    s.add(Insn.jump(JMP | JSET | K, FC0_CTL, end - 2, 0));
    s.add(Insn.jump(JMP | JSET | K, FC0_QOS, 0, 3));
    s.add(Insn.stmt(LD | MEM, cell));
    s.add(Insn.stmt(ALU | ADD | K, 2));
    s.add(Insn.stmt(ST, cell));
    if (radiotap) {
      s.add(Insn.stmt(LD | W | ABS, 4));
      s.add(Insn.jump(JMP | JSET | K, 0x02000000, 0, 10)); // flags present
      s.add(Insn.jump(JMP | JSET | K, 0x80, 9, 0)); // another presence word: give up
      s.add(Insn.jump(JMP | JSET | K, 0x01000000, 0, 2)); // TSFT present: flags at 16
      s.add(Insn.stmt(LD | B | ABS, 16));
      s.add(Insn.jump(JMP | JSET | K, 0x20, 2, 6));
      s.add(Insn.stmt(LD | B | ABS, 8));
      s.add(Insn.jump(JMP | JSET | K, 0x20, 0, 4));
      s.add(Insn.stmt(LD | MEM, cell));
      s.add(Insn.stmt(ALU | ADD | K, 3));
      s.add(Insn.stmt(ALU | AND | K, 0xfffffffc));
      s.add(Insn.stmt(ST, cell));
    }
    return s;
  }

  /**
   * {@return libpcap's block for a constant (gen_true, gen_false)}: jdump folds constants away,
   * but where one comes first its block is where the prologue goes, so it gets one.
   */
  private static Cond.Test constant(boolean value) {
    return new Cond.Test(List.of(Insn.stmt(LD | IMM, value ? 0 : 1)), JMP | JEQ | K, 0);
  }

  /**
   * {@return c with s before the statements of its first test, the program's first block} Shared
   * with {@link Pflog}.
   */
  static Cond prepend(Cond c, List<Insn> s) {
    List<Cond> path = new ArrayList<>();
    Cond at = c;
    while (!(at instanceof Cond.Test)) {
      if (at instanceof Cond.Const k) {
        at = constant(k.value());
        break;
      }
      path.add(at);
      if (at instanceof Cond.And a) at = a.left();
      else if (at instanceof Cond.Or o) at = o.left();
      else at = ((Cond.Not) at).cond();
    }
    Cond.Test t = (Cond.Test) at;
    List<Insn> stmts = new ArrayList<>(s);
    stmts.addAll(t.stmts());
    Cond r = new Cond.Test(stmts, t.code(), t.k());
    for (int i = path.size() - 1; i >= 0; i--) {
      Cond p = path.get(i);
      if (p instanceof Cond.And a) r = Cond.and(r, a.right());
      else if (p instanceof Cond.Or o) r = Cond.or(r, o.right());
      else r = Cond.not(r);
    }
    return r;
  }
}
