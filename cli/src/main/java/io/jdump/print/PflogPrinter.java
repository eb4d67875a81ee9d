package io.jdump.print;

/**
 * The BSD packet filter's log link type, PFLOG (117), as tcpdump 4.99.3 built on Linux prints
 * it ({@code pflog_if_print}): a header of at least 45 bytes (its own length first, padded to 4)
 * naming the rule, the reason, the action, the direction and the interface, shown only with
 * {@code -e}, then the logged IPv4 or IPv6 packet. The tables are those of that build, quirks
 * included: reason 3 has no name and reason 4 prints as {@code 3(short)}; action 3 has none.
 */
final class PflogPrinter {
  static final int DLT_PFLOG = 117;
  private static final int MIN_HEADER = 45;
  /** The header structure tcpdump checks before it prints: 61 bytes and 3 of padding. */
  private static final int HEADER_SIZE = 64;
  private static final String[] REASONS = {"0(match)", "1(bad-offset)", "2(fragment)", null,
      "3(short)", "5(memory)", "6(bad-timestamp)", "7(congestion)", "8(ip-option)",
      "9(proto-cksum)", "10(state-mismatch)", "11(state-insert)", "12(state-limit)",
      "13(src-limit)", "14(synproxy)"};
  private static final String[] ACTIONS = {"pass", "block", "scrub", null, "nat", "nonat",
      "binat", "nobinat", "rdr", "nordr", "synproxy-drop"};
  private static final String[] DIRECTIONS = {"in/out", "in", "out"};

  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;

  PflogPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  void print(int p, int wirelen) {
    f.proto = "pflog";
    int caplen = f.end - p;
    if (caplen < 1) {
      f.linkHeaderLength = caplen;
      f.printTrunc();
      return;
    }
    int declared = f.u8(p);
    if (declared < MIN_HEADER) {
      out.append("[pflog: invalid header length!]");
      f.linkHeaderLength = declared;
      return;
    }
    int hdrlen = (declared + 3) & ~3;
    f.linkHeaderLength = hdrlen;
    if (caplen < hdrlen || caplen < HEADER_SIZE) {
      f.printTrunc();
      return;
    }
    boolean e = f.opts.linkHeader();
    if (e) header(p);
    int af = f.u8(p + 1);
    int inner = p + hdrlen;
    // unsigned in tcpdump: a wire length under the header's wraps
    int length = wirelen - hdrlen;
    // tcpdump adds the header's length last: a cut inside the logged packet leaves it at 0
    f.linkHeaderLength = 0;
    switch (af) {
      case 2 -> d.ip4.print(inner, length);
      case 24, 28, 30 -> d.ip6.print(inner, length);
      default -> {
        if (!e) header(p);
        d.link.defaultPrint(inner, caplen - hdrlen);
      }
    }
    f.linkHeaderLength = hdrlen;
  }

  /** tcpdump's {@code pflog_print}: "rule N[.RULESET.SUB]/REASON: ACTION DIR on IF: ". */
  private void header(int p) {
    long rule = f.u32(p + 36);
    long subrule = f.u32(p + 40);
    out.append("rule ").append(rule);
    if (subrule != 0xffffffffL) {
      out.append('.');
      f.printjnp(p + 20, 16);
      out.append('.').append(subrule);
    }
    out.append('/');
    name(REASONS, f.u8(p + 3));
    out.append(": ");
    name(ACTIONS, f.u8(p + 2));
    out.append(' ');
    name(DIRECTIONS, f.u8(p + 60));
    out.append(" on ");
    f.printjnp(p + 4, 16);
    out.append(": ");
  }

  private void name(String[] table, int v) {
    String s = v < table.length ? table[v] : null;
    if (s != null) out.append(s);
    else out.append("unkn(").append(v).append(')');
  }
}
