package io.jdump.print;

/**
 * The group records of an IGMPv3 report and an MLDv2 report, which share one layout (type,
 * aux length, source count, group address, sources) and one printed form in tcpdump; only the
 * address size and the word for an unknown record type differ.
 *
 * <pre>{@code
 * GroupRecords.print(f, p, len, 4, "v3-report");    // IGMPv3, IPv4 addresses
 * }</pre>
 */
final class GroupRecords {
  private GroupRecords() {}

  /**
   * Prints the report's record count and, with -v, its records.
   *
   * @param p        where the report message starts
   * @param len      the message length
   * @param addrLen  4 for IGMPv3, 16 for MLDv2
   * @param unknown  tcpdump's label for an unknown record type ({@code v3-report}, {@code v2-report})
   */
  static void print(Frame f, int p, int len, int addrLen, String unknown) {
    StringBuilder out = f.out;
    int ngroups = f.u16(p + 6);
    out.append(", ").append(ngroups).append(" group record(s)");
    if (f.opts.verbosity() == 0) return;
    int header = 4 + addrLen;
    int group = 8;
    for (int i = 0; i < ngroups; i++) {
      if (len < group + header) {
        out.append(" [invalid number of groups]");
        return;
      }
      f.need(p + group + 4, addrLen);
      out.append(" [gaddr ");
      address(f, p + group + 4, addrLen);
      int t = f.u8(p + group);
      out.append(' ').append(switch (t) {
        case 1 -> "is_in";
        case 2 -> "is_ex";
        case 3 -> "to_in";
        case 4 -> "to_ex";
        case 5 -> "allow";
        case 6 -> "block";
        default -> " [" + unknown + "-#" + t + "]";
      });
      int nsrcs = f.u16(p + group + 2);
      if (len < group + header + nsrcs * addrLen) {
        out.append(" [invalid number of sources ").append(nsrcs).append(']');
        return;
      }
      if (f.opts.verbosity() == 1) {
        out.append(", ").append(nsrcs).append(" source(s)");
      } else {
        out.append(" {");
        for (int j = 0; j < nsrcs; j++) {
          int at = p + group + header + j * addrLen;
          f.need(at, addrLen);
          out.append(' ');
          address(f, at, addrLen);
        }
        out.append(" }");
      }
      group += header + nsrcs * addrLen;
      out.append(']');
    }
  }

  private static void address(Frame f, int at, int addrLen) {
    if (addrLen == 4) f.names.ip4(f.out, f.b, at);
    else f.names.ip6(f.out, f.b, at);
  }
}
