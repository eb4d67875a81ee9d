package io.jdump.filter.gen;

import static io.jdump.bpf.Bpf.ABS;
import static io.jdump.bpf.Bpf.ADD;
import static io.jdump.bpf.Bpf.ALU;
import static io.jdump.bpf.Bpf.AND;
import static io.jdump.bpf.Bpf.B;
import static io.jdump.bpf.Bpf.K;
import static io.jdump.bpf.Bpf.LD;
import static io.jdump.bpf.Bpf.MISC;
import static io.jdump.bpf.Bpf.ST;
import static io.jdump.bpf.Bpf.TAX;
import static io.jdump.bpf.Bpf.W;

import io.jdump.bpf.Insn;
import io.jdump.filter.FilterException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * OpenBSD pf's log header (DLT_PFLOG): its fields for {@code on}/{@code ifname},
 * {@code ruleset}, {@code rnr}, {@code srnr}, {@code reason}, {@code action} and the
 * direction, its address family for ip/ip6, and the prologue storing where the packet starts
 * (the header's length byte, rounded up to 4).
 */
final class Pflog {
  private Pflog() {}

  static final int DLT = 117;

  /** struct pfloghdr: length, af, action, reason, ifname[16], ruleset[16], rulenr, subrulenr, ..., dir. */
  private static final int AF = 1;
  private static final int ACTION = 2;
  private static final int REASON = 3;
  private static final int IFNAME = 4;
  private static final int RULESET = 20;
  private static final int RULENR = 36;
  private static final int SUBRULENR = 40;
  private static final int DIR = 60;
  /** The af field is in the logging host's byte order; libpcap compares Linux's values. */
  private static final int AF_INET = 2;
  private static final int AF_INET6 = 10;
  private static final int PF_IN = 1;
  private static final int PF_OUT = 2;
  /** Names are NUL-terminated in 16 bytes. */
  private static final int NAME_MAX = 15;

  static void check(Link link, String what) throws FilterException {
    if (link.type != DLT) throw new FilterException(what + " supported only on PF linktype");
  }

  /** {@return the address family test, or false for what pf does not log} */
  static Cond linktype(Link link, int proto) {
    if (proto == LinkTypes.IP) return Emit.eq(link.offLinkhdr.plus(AF), B, AF_INET);
    if (proto == LinkTypes.IPV6) return Emit.eq(link.offLinkhdr.plus(AF), B, AF_INET6);
    return new Cond.Const(false);
  }

  static Cond ifname(Link link, String name) throws FilterException {
    check(link, "ifname");
    if (name.length() > NAME_MAX) {
      throw new FilterException("ifname interface names can only be " + NAME_MAX + " characters");
    }
    return Emit.bcmp(link.offLinkhdr.plus(IFNAME), name.getBytes(StandardCharsets.ISO_8859_1));
  }

  static Cond ruleset(Link link, String name) throws FilterException {
    check(link, "ruleset");
    if (name.length() > NAME_MAX) {
      throw new FilterException("ruleset names can only be " + NAME_MAX + " characters");
    }
    return Emit.bcmp(link.offLinkhdr.plus(RULESET), name.getBytes(StandardCharsets.ISO_8859_1));
  }

  static Cond rnr(Link link, long n) throws FilterException {
    check(link, "rnr");
    return Emit.eq(link.offLinkhdr.plus(RULENR), W, n);
  }

  static Cond srnr(Link link, long n) throws FilterException {
    check(link, "srnr");
    return Emit.eq(link.offLinkhdr.plus(SUBRULENR), W, n);
  }

  static Cond reason(Link link, long n) throws FilterException {
    check(link, "reason");
    return Emit.eq(link.offLinkhdr.plus(REASON), B, n);
  }

  static Cond action(Link link, long n) throws FilterException {
    check(link, "action");
    return Emit.eq(link.offLinkhdr.plus(ACTION), B, n);
  }

  /** {@return "logged on the way in" (or out)}: pf's own direction field. */
  static Cond inbound(Link link, boolean outbound) {
    return Emit.eq(link.offLinkhdr.plus(DIR), B, outbound ? PF_OUT : PF_IN);
  }

  /** {@return the filter with the payload offset's computation first, if a test reads it} */
  static Cond finish(Link link, Cond c) {
    if (link.dlt != DLT) return c;
    Off pl = link.offLinkpl;
    int cell = pl.cell() != null ? (pl.cell().taken() ? pl.cell().reg() : -1) : pl.reg();
    if (cell < 0) return c;
    List<Insn> s = List.of(Insn.stmt(LD | B | ABS, 0), Insn.stmt(ALU | ADD | K, 3),
        Insn.stmt(ALU | AND | K, 0xfffffffc), Insn.stmt(ST, cell), Insn.stmt(MISC | TAX, 0));
    return Wlan.prepend(c, s);
  }
}
