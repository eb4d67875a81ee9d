package io.jdump.print;

/**
 * The packet being printed and the text being built: bounds-checked reads at absolute
 * positions in the capture buffer, in the style of tcpdump's {@code GET_BE_U_2}. A read past
 * {@link #end} throws {@link Truncated}; {@link #proto} names the printer that was reading, for
 * the {@code [|proto]} marker.
 *
 * <p>One instance per printer, reset for each packet: nothing here is allocated per packet.
 */
final class Frame {
  /**
   * The options; only a printer that decodes an inner frame at a lower verbosity, as tcpdump
   * lowers {@code ndo_vflag} (OpenFlow's packet data), swaps it, and restores it after.
   */
  PrintOptions opts;
  final StringBuilder out;
  /** Names for addresses and ports, or numbers with -n. */
  final Names names;
  private final Truncated truncated = new Truncated();
  /** The packets' time stamps, for a time a protocol carries (tcpdump's ts_print shares them). */
  final Timestamps times;

  /** The capture buffer; bytes of this packet are [start, end). */
  byte[] b;
  int start;
  /** One past the last captured byte; may be lowered by a protocol whose length is shorter. */
  int end;
  /** tcpdump's {@code ndo_protocol}: who reads now. */
  String proto;
  /** Length of the link-layer header, where {@code -x} starts; set by the link printer. */
  int linkHeaderLength;
  /** Set when the link printer already dumped the payload (unknown types), as tcpdump does. */
  boolean defaultPrinted;
  /**
   * Where the MAC source and destination addresses of the frame being decoded are: what
   * tcpdump's ethertype_print gets as src and dst from Ethernet and LLC; -1 where it gets none.
   */
  int etherSrc;
  int etherDst;

  Frame(PrintOptions opts, StringBuilder out, Timestamps times) {
    this.opts = opts;
    this.out = out;
    this.names = new Names(opts, this);
    this.times = times;
  }

  void reset(byte[] b, int start, int caplen) {
    this.b = b;
    this.start = start;
    this.end = start + caplen;
    this.proto = "";
    this.linkHeaderLength = 0;
    this.defaultPrinted = false;
    this.etherSrc = -1;
    this.etherDst = -1;
  }

  /**
   * {@return tcpdump's u_int length as the decoders compare it}: one past 2^31 (an IPv6 jumbo
   * payload's) keeps its bits in an int for printing, and is the largest int for comparing.
   */
  static int signedLength(int length) {
    return length < 0 ? Integer.MAX_VALUE : length;
  }

  /** {@return whether n bytes at pos were captured} */
  boolean has(int pos, int n) {
    return pos >= start && n >= 0 && pos <= end - n;
  }

  /** Throws {@link Truncated} unless n bytes at pos were captured. */
  void need(int pos, int n) {
    if (!has(pos, n)) throw truncated;
  }

  /** tcpdump's {@code nd_printn}: n bytes, escaped; {@return true when it ran past the captured bytes} */
  boolean printn(int pos, int n) {
    for (int k = 0; k < n; k++) {
      if (!has(pos + k, 1)) return true;
      DnsNames.charEscaped(out, b[pos + k] & 0xff);
    }
    return false;
  }

  Truncated truncated() {
    return truncated;
  }

  int u8(int pos) {
    need(pos, 1);
    return b[pos] & 0xff;
  }

  int u16(int pos) {
    need(pos, 2);
    return (b[pos] & 0xff) << 8 | (b[pos + 1] & 0xff);
  }

  int u16le(int pos) {
    need(pos, 2);
    return (b[pos + 1] & 0xff) << 8 | (b[pos] & 0xff);
  }

  int u24(int pos) {
    need(pos, 3);
    return (b[pos] & 0xff) << 16 | (b[pos + 1] & 0xff) << 8 | (b[pos + 2] & 0xff);
  }

  /** {@return the big-endian 32-bit value at pos, unsigned} */
  long u32(int pos) {
    return i32(pos) & 0xffffffffL;
  }

  int i32(int pos) {
    need(pos, 4);
    return (b[pos] & 0xff) << 24 | (b[pos + 1] & 0xff) << 16 | (b[pos + 2] & 0xff) << 8
        | (b[pos + 3] & 0xff);
  }

  /** {@return the little-endian 32-bit value at pos, unsigned} */
  long u32le(int pos) {
    return i32le(pos) & 0xffffffffL;
  }

  int i32le(int pos) {
    need(pos, 4);
    return (b[pos + 3] & 0xff) << 24 | (b[pos + 2] & 0xff) << 16 | (b[pos + 1] & 0xff) << 8
        | (b[pos] & 0xff);
  }

  /** tcpdump's {@code nd_printjnp}: n bytes or up to a NUL, escaped; a cut one throws. */
  void printjnp(int p, int n) {
    for (int i = 0; i < n; i++) {
      int c = u8(p + i);
      if (c == 0) return;
      DnsNames.charEscaped(out, c);
    }
  }

  /** Appends the IPv4 address at p, named as -n says; a cut one throws (tcpdump's GET_IPADDR_STRING). */
  void ip4(int p) {
    need(p, 4);
    names.ip4(out, b, p);
  }

  /** Appends " [|proto]", tcpdump's {@code nd_print_trunc}. */
  void printTrunc() {
    out.append(" [|").append(proto).append(']');
  }

  /** Appends " (invalid)", tcpdump's {@code nd_print_invalid}. */
  void printInvalid() {
    out.append(" (invalid)");
  }

  /**
   * tcpdump's {@code print_unknown_data}: the captured part of len bytes at p as hex lines
   * under indent; false (after tcpdump's complaint) when p is past the capture.
   */
  boolean unknownData(int p, String indent, int len) {
    if (p > end) {
      out.append(indent)
          .append("Dissector error: print_unknown_data called with pointer past end of packet");
      return false;
    }
    HexDump.hex(out, b, p, Math.max(0, Math.min(len, end - p)), indent);
    return true;
  }
}
