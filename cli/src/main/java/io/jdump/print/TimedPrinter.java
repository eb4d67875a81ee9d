package io.jdump.print;

/** BSD timed's time synchronisation protocol (UDP port 525), as tcpdump's {@code timed_print}. */
final class TimedPrinter {
  private static final String[] TYPES = {
      "TSP_ANY", "TSP_ADJTIME", "TSP_ACK", "TSP_MASTERREQ", "TSP_MASTERACK", "TSP_SETTIME",
      "TSP_MASTERUP", "TSP_SLAVEUP", "TSP_ELECTION", "TSP_ACCEPT", "TSP_REFUSE",
      "TSP_CONFLICT", "TSP_RESOLVE", "TSP_QUIT", "TSP_DATE", "TSP_DATEREQ", "TSP_DATEACK",
      "TSP_TRACEON", "TSP_TRACEOFF", "TSP_MSITE", "TSP_MSITEREQ", "TSP_TEST", "TSP_SETDATE",
      "TSP_SETDATEREQ", "TSP_LOOP"};
  /** The name field's size: the printed name stops there or at its NUL. */
  private static final int NAME_SIZE = 256;

  private final Frame f;
  private final StringBuilder out;

  TimedPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int p) {
    f.proto = "timed";
    int type = f.u8(p);
    if (type < TYPES.length) {
      out.append(TYPES[type]);
    } else {
      out.append("(tsp_type 0x");
      Text.hex(out, type);
      out.append(')');
    }
    int vers = f.u8(p + 1); // read before printed: a cut field prints nothing of its own
    out.append(" vers ").append(vers);
    int seq = f.u16(p + 2);
    out.append(" seq ").append(seq);
    switch (type) {
      case 24 -> {
        int hops = f.u8(p + 4);
        out.append(" hopcnt ").append(hops);
      }
      case 1, 5, 22, 23 -> {
        int sec = f.i32(p + 4);
        int usec = f.i32(p + 8);
        if (usec < 0) return; // invalid: tcpdump skips the rest
        out.append(" time ");
        if (sec < 0 && usec != 0) {
          sec++;
          if (sec == 0) out.append('-');
          usec = 1_000_000 - usec;
        }
        out.append(sec).append('.');
        // %06d of a value that may exceed six digits
        Text.zeroPad(out, usec, 6);
      }
      default -> { }
    }
    out.append(" name ");
    f.printjnp(p + 12, NAME_SIZE);
  }
}
