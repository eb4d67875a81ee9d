package io.jdump.print;

/**
 * SCTP (RFC 4960), IP protocol 132, as tcpdump's {@code sctp_print}: the ports, then each chunk
 * numbered, DATA, INIT, INIT ACK and SACK with their fields; with -vv each chunk on a line of
 * its own and DATA's payload as M3UA or hex. ForCES ports and payload identifiers hand DATA
 * to {@link ForcesPrinter}.
 */
final class SctpPrinter {
  private static final int CHAN_HP = 6704;
  private static final int CHAN_MP = 6705;
  private static final int CHAN_LP = 6706;

  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;

  SctpPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  void print(int bp, int length, int ip) {
    f.proto = "sctp";
    if (length < 12) {
      out.append("truncated-sctp - ").append(12 - length).append(" bytes missing!");
      return;
    }
    if (!f.has(bp, 12)) {
      f.printTrunc();
      return;
    }
    int sport = f.u16(bp);
    int dport = f.u16(bp + 2);
    d.addressesAndPorts(ip, sport, dport);
    out.append(": sctp");
    boolean forces = false;
    if (forcesPort(sport)) {
      channel(sport);
      forces = true;
    }
    if (forcesPort(dport)) {
      channel(dport);
      forces = true;
    }
    bp += 12;
    // tcpdump's counters are unsigned and may wrap: long arithmetic masked to 32 bits
    long remaining = length - 12;
    String sep = f.opts.verbosity() >= 2 ? "\n\t" : " (";
    for (int count = 1; remaining != 0; count++) {
      if (remaining < 4) {
        out.append(sep).append(count).append(") [chunk descriptor cut off at end of packet]");
        break;
      }
      if (!f.has(bp, 4)) {
        f.printTrunc();
        return;
      }
      int chunkLength = f.u16(bp + 2);
      if (chunkLength < 4) {
        out.append(sep).append(count).append(") [Bad chunk length ").append(chunkLength)
            .append(", < size of chunk descriptor]");
        break;
      }
      int align = chunkLength % 4;
      if (align != 0) align = 4 - align;
      if (remaining < align) {
        out.append(sep).append(count).append(") [Bad chunk length ").append(chunkLength)
            .append(", > remaining data in packet]");
        break;
      }
      if (!f.has(bp, chunkLength)) {
        f.printTrunc();
        return;
      }
      int id = f.u8(bp);
      int flags = f.u8(bp + 1);
      bp += 4;
      remaining = (remaining - 4) & 0xffffffffL;
      int chunkLeft = chunkLength - 4;
      out.append(sep).append(count).append(") [");
      chunkName(id);
      out.append("] ");
      switch (id) {
        case 0 -> { // DATA
          if ((flags & 4) != 0) out.append("(U)");
          if ((flags & 2) != 0) out.append("(B)");
          if ((flags & 1) != 0) out.append("(E)");
          if ((flags & 7) != 0) out.append(' ');
          if (chunkLeft < 12) {
            out.append("bogus chunk length ").append(chunkLength).append(']');
            return;
          }
          long ppid = f.u32(bp + 8);
          out.append("[TSN: ").append(f.u32(bp)).append("] [SID: ").append(f.u16(bp + 4))
              .append("] [SSEQ ").append(f.u16(bp + 6)).append("] [PPID ");
          ppidName(ppid);
          out.append("] ");
          if (!forces) forces = ppid == 21 || ppid == 22 || ppid == 23;
          bp += 12;
          remaining = (remaining - 12) & 0xffffffffL;
          chunkLeft -= 12;
          int payload = chunkLeft;
          if (payload == 0) {
            out.append("bogus chunk length ").append(chunkLength).append(']');
            return;
          }
          if (forces) {
            d.forces.print(bp, payload);
            f.proto = "sctp";
          } else if (f.opts.verbosity() >= 2) {
            if (ppid == 3) {
              d.m3ua.print(bp, payload);
              f.proto = "sctp";
            } else {
              out.append("[Payload");
              if (!f.opts.suppressDefaultPrint()) {
                out.append(':');
                d.link.alwaysDefaultPrint(bp, payload);
              }
              out.append(']');
            }
          }
          bp += payload;
          remaining = (remaining - payload) & 0xffffffffL;
          chunkLeft = 0;
        }
        case 1, 2 -> { // INIT, INIT ACK
          if (chunkLeft < 16) {
            out.append("bogus chunk length ").append(chunkLength).append(']');
            return;
          }
          out.append("[init tag: ").append(f.u32(bp)).append("] [rwnd: ").append(f.u32(bp + 4))
              .append("] [OS: ").append(f.u16(bp + 8)).append("] [MIS: ").append(f.u16(bp + 10))
              .append("] [init TSN: ").append(f.u32(bp + 12)).append("] ");
          bp += chunkLeft;
          remaining = (remaining - chunkLeft) & 0xffffffffL;
          chunkLeft = 0;
        }
        case 3 -> { // SACK
          if (chunkLeft < 12) {
            out.append("bogus chunk length ").append(chunkLength).append(']');
            return;
          }
          int sack = bp;
          long cum = f.u32(sack);
          int gaps = f.u16(sack + 8);
          int dups = f.u16(sack + 10);
          out.append("[cum ack ").append(cum).append("] [a_rwnd ").append(f.u32(sack + 4))
              .append("] [#gap acks ").append(gaps).append("] [#dup tsns ").append(dups)
              .append("] ");
          bp += 12;
          remaining = (remaining - 12) & 0xffffffffL;
          chunkLeft -= 12;
          for (int n = 0; chunkLeft != 0 && n < gaps; n++) {
            if (chunkLeft < 4) {
              out.append("bogus chunk length ").append(chunkLength).append(']');
              return;
            }
            out.append("\n\t\t[gap ack block #").append(n + 1).append(": start = ")
                .append((cum + f.u16(bp)) & 0xffffffffL).append(", end = ")
                .append((cum + f.u16(bp + 2)) & 0xffffffffL).append("] ");
            bp += 4;
            remaining = (remaining - 4) & 0xffffffffL;
            chunkLeft -= 4;
          }
          for (int n = 0; chunkLeft != 0 && n < dups; n++) {
            if (chunkLeft < 4) {
              out.append("bogus chunk length ").append(chunkLength).append(']');
              return;
            }
            out.append("\n\t\t[dup TSN #").append(n + 1).append(": ").append(f.u32(bp))
                .append("] ");
            bp += 4;
            remaining = (remaining - 4) & 0xffffffffL;
            chunkLeft -= 4;
          }
        }
        default -> {
          bp += chunkLeft;
          remaining = (remaining - chunkLeft) & 0xffffffffL;
          chunkLeft = 0;
        }
      }
      bp += chunkLeft;
      remaining = (remaining - chunkLeft) & 0xffffffffL;
      if (f.opts.verbosity() < 2) sep = ", (";
      if (align != 0) {
        if (!f.has(bp, align)) {
          f.printTrunc();
          return;
        }
        bp += align;
        remaining = (remaining - align) & 0xffffffffL;
      }
    }
  }

  private static boolean forcesPort(int port) {
    return port == CHAN_HP || port == CHAN_MP || port == CHAN_LP;
  }

  private void channel(int port) {
    out.append(port == CHAN_HP ? "[ForCES HP]" : port == CHAN_MP ? "[ForCES MP]" : "[ForCES LP]");
  }

  private void chunkName(int id) {
    String name = switch (id) {
      case 0 -> "DATA";
      case 1 -> "INIT";
      case 2 -> "INIT ACK";
      case 3 -> "SACK";
      case 4 -> "HB REQ";
      case 5 -> "HB ACK";
      case 6 -> "ABORT";
      case 7 -> "SHUTDOWN";
      case 8 -> "SHUTDOWN ACK";
      case 9 -> "OP ERR";
      case 10 -> "COOKIE ECHO";
      case 11 -> "COOKIE ACK";
      case 12 -> "ECN ECHO";
      case 13 -> "ECN CWR";
      case 14 -> "SHUTDOWN COMPLETE";
      case 0xc0 -> "FOR CUM TSN";
      case 0xc1 -> "REL CTRL";
      case 0xc2 -> "REL CTRL ACK";
      default -> null;
    };
    if (name != null) out.append(name);
    else out.append("Unknown chunk type: 0x").append(Integer.toHexString(id));
  }

  private void ppidName(long ppid) {
    String name = switch ((int) ppid) {
      case 1 -> "ISDN Q.921";
      case 2 -> "M2UA";
      case 3 -> "M3UA";
      case 4 -> "SUA";
      case 5 -> "M2PA";
      case 6 -> "V5.2";
      case 7 -> "H.248";
      case 8 -> "BICC";
      case 9 -> "TALI";
      case 10 -> "DUA";
      case 11 -> "ASAP";
      case 12 -> "ENRP";
      case 13 -> "H.323";
      case 14 -> "Q.IPC";
      case 15 -> "SIMCO";
      case 16 -> "DDPSC";
      case 17 -> "DDPSSC";
      case 18 -> "S1AP";
      case 19 -> "RUA";
      case 20 -> "HNBAP";
      case 21 -> "ForCES HP";
      case 22 -> "ForCES MP";
      case 23 -> "ForCES LP";
      case 24 -> "SBc-AP";
      case 25 -> "NBAP";
      case 27 -> "X2AP";
      default -> null;
    };
    if (name != null && ppid <= 27) out.append(name);
    else out.append("0x").append(Long.toHexString(ppid));
  }
}
