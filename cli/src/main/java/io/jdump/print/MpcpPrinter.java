package io.jdump.print;

/** EPON's Multi-Point Control Protocol (EtherType 0x8808), as print-mpcp.c shows it. */
final class MpcpPrinter {
  static final int ETHERTYPE = 0x8808;

  private static final String[] OPCODES = {null, "Pause", "Gate", "Report", "Register Request",
      "Register", "Register ACK"};
  private static final int[] GRANT_BITS = {0x08, 0x10, 0x20, 0x40, 0x80};
  private static final String[] GRANT_NAMES = {"Discovery", "Force Grant #1", "Force Grant #2",
      "Force Grant #3", "Force Grant #4"};
  private static final int[] REG_REQ_BITS = {1, 3};
  private static final String[] REG_REQ_NAMES = {"Register", "De-Register"};
  private static final int[] REG_BITS = {1, 2, 3, 4};
  private static final String[] REG_NAMES = {"Re-Register", "De-Register", "ACK", "NACK"};
  private static final int[] REG_ACK_BITS = {0, 1}; // a 0 token never matches
  private static final String[] REG_ACK_NAMES = {"NACK", "ACK"};

  private final Frame f;
  private final StringBuilder out;

  MpcpPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int p, int length) {
    f.proto = "mpcp";
    int opcode = f.u16(p);
    long timestamp = f.u32(p + 2);
    out.append("MPCP, Opcode ");
    if (opcode >= 1 && opcode < OPCODES.length) out.append(OPCODES[opcode]);
    else out.append("Unknown (").append(opcode).append(')');
    if (opcode != 1) out.append(", Timestamp ").append(timestamp).append(" ticks");
    out.append(", length ").append(length);
    if (f.opts.verbosity() == 0) return;
    int t = p + 6;
    switch (opcode) {
      case 1 -> { }
      case 2 -> {
        int b = f.u8(t);
        int grants = b & 7;
        out.append("\n\tGrant Numbers ").append(grants).append(", Flags [ ");
        bits(GRANT_BITS, GRANT_NAMES, b & ~7, "?");
        out.append(" ]");
        t++;
        for (int g = 1; g <= grants; g++) {
          long start = f.u32(t);
          int duration = f.u16(t + 4);
          out.append("\n\tGrant #").append(g).append(", Start-Time ").append(start)
              .append(" ticks, duration ").append(duration).append(" ticks");
          t += 6;
        }
        int sync = f.u16(t); // read before its label: a cut frame ends after the grants
        out.append("\n\tSync-Time ").append(sync).append(" ticks");
      }
      case 3 -> {
        int sets = f.u8(t++);
        out.append("\n\tTotal Queue-Sets ").append(sets);
        for (int set = 1; set < sets; set++) {
          int bitmap = f.u8(t);
          out.append("\n\t  Queue-Set #").append(sets).append(", Report-Bitmap [ ");
          int start = out.length();
          for (int i = 0; i < 8; i++) {
            if ((bitmap & 1 << i) == 0) continue;
            if (out.length() != start) out.append(", ");
            out.append('Q').append(i);
          }
          if (out.length() == start) out.append("Unknown");
          out.append(" ]");
          t++;
          for (int report = 1; bitmap != 0; report++, bitmap >>= 1) {
            if ((bitmap & 1) != 0) {
              int duration = f.u16(t);
              out.append("\n\t    Q").append(report).append(" Report, Duration ")
                  .append(duration).append(" ticks");
              t += 2;
            }
          }
        }
      }
      case 4 -> {
        int flags = f.u8(t);
        int pending = f.u8(t + 1);
        out.append("\n\tFlags [ ");
        bits(REG_REQ_BITS, REG_REQ_NAMES, flags, "Reserved");
        out.append(" ], Pending-Grants ").append(pending);
      }
      case 5 -> {
        int port = f.u16(t);
        int flags = f.u8(t + 2);
        int sync = f.u16(t + 3);
        int echoed = f.u8(t + 5);
        out.append("\n\tAssigned-Port ").append(port).append(", Flags [ ");
        bits(REG_BITS, REG_NAMES, flags, "Reserved");
        out.append(" ]\n\tSync-Time ").append(sync).append(" ticks, Echoed-Pending-Grants ")
            .append(echoed);
      }
      case 6 -> {
        int flags = f.u8(t);
        int port = f.u16(t + 1);
        int sync = f.u16(t + 3);
        out.append("\n\tEchoed-Assigned-Port ").append(port).append(", Flags [ ");
        bits(REG_ACK_BITS, REG_ACK_NAMES, flags, "Reserved");
        out.append(" ]\n\tEchoed-Sync-Time ").append(sync).append(" ticks");
      }
      default -> f.unknownData(p, "\n\t", length);
    }
  }

  /** tcpdump 4.99.3's bittok2str: a token matches when it is non-zero and all its bits are set. */
  private void bits(int[] values, String[] names, int v, String none) {
    int start = out.length();
    for (int i = 0; i < values.length; i++) {
      if (values[i] == 0 || (v & values[i]) != values[i]) continue;
      if (out.length() != start) out.append(", ");
      out.append(names[i]);
    }
    if (out.length() == start) out.append(none);
  }
}
