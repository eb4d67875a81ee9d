package io.jdump.print;

/** NTP, as tcpdump's {@code ntp_print}: version and mode, and with {@code -v} the time fields. */
final class NtpPrinter {
  private static final long JAN_1970 = 2208988800L;
  /** Strata of ntpdc's mode 7 queries and replies (tcpdump's INFO_QUERY, INFO_REPLY). */
  private static final int INFO_QUERY = 62;
  private static final int INFO_REPLY = 63;

  private final Frame f;
  private final StringBuilder out;

  NtpPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int p, int length) {
    f.proto = "ntp";
    int status = f.u8(p);
    int mode = status & 7;
    out.append("NTPv").append((status >> 3) & 7).append(", ").append(switch (mode) {
      case 0 -> "unspecified";
      case 1 -> "symmetric active";
      case 2 -> "symmetric passive";
      case 3 -> "Client";
      case 4 -> "Server";
      case 5 -> "Broadcast";
      case 6 -> "Control Message";
      default -> "Reserved";
    }).append(", length ").append(length);
    if (f.opts.verbosity() == 0) return;
    out.append('\n');
    leap(status);
    if (mode <= 5) time(p, length);
    else if (mode == 6) control(p, length); // mode 7, private: tcpdump decodes no further
  }

  /** Cut after the header's check: " (invalid)", then the cut mark if the rest is missing. */
  private void invalid(int p, int length) {
    f.printInvalid();
    cut(p, length);
  }

  /**
   * tcpdump's ND_TCHECK here: the cut mark and an ordinary return (the -x dump still starts
   * after the link header, unlike after a fetch past the capture). {@return whether cut}
   */
  private boolean cut(int p, int n) {
    if (f.has(p, n)) return false;
    f.printTrunc();
    return true;
  }

  private void leap(int status) {
    out.append("\tLeap indicator: ").append(switch (status >> 6) {
      case 0 -> "";
      case 1 -> "+1s";
      case 2 -> "-1s";
      default -> "clock unsynchronized";
    }).append(" (").append(status & 0xc0).append(')');
  }

  /** Mode 6 control messages: the header fields. */
  private void control(int p, int length) {
    if (length < 12) {
      invalid(p, length);
      return;
    }
    int control = f.u8(p + 1);
    out.append(", ");
    out.append((control & 0x80) != 0 ? "Response" : "Request").append(", ")
        .append((control & 0x40) != 0 ? "Error" : "OK").append(", ")
        .append((control & 0x20) != 0 ? "More" : "Last").append(", OpCode=")
        .append(control & 0x1f).append('\n');
    // each field fetched before its text, as tcpdump prints them one by one
    int seq = f.u16(p + 2);
    out.append("\tSequence=").append(seq);
    int st = f.u16(p + 4);
    out.append(", Status=");
    if (st == 0) out.append('0');
    else Text.hex0x(out, st);
    int assoc = f.u16(p + 6);
    out.append(", Assoc.=").append(assoc);
    int offset = f.u16(p + 8);
    out.append(", Offset=").append(offset);
    int count = f.u16(p + 10);
    out.append(", Count=").append(count);
    if (12 + count > length) {
      invalid(p, length);
      return;
    }
    if (count != 0) {
      if (cut(p + 12, count)) return;
      out.append("\n\tTO-BE-DONE: data not interpreted");
    }
  }

  private void time(int p, int length) {
    if (length < 48) {
      invalid(p, length);
      return;
    }
    int stratum = f.u8(p + 1); // fetched before the separator: a cut here prints none
    out.append(", Stratum ").append(stratum).append(" (");
    if (stratum == 0) out.append("unspecified");
    else if (stratum == 1) out.append("primary reference");
    else if (stratum <= 15) out.append("secondary reference");  // 16 too is "reserved" in 4.99.3
    else out.append("reserved");
    out.append(')');
    int poll = (byte) f.u8(p + 2); // read before its label too
    out.append(", poll ").append(poll);
    // tcpdump prints no interval for exponents of 32 and more either way
    if (poll >= 0 && poll < 32) out.append(" (").append(1L << poll).append("s)");
    else if (poll < 0 && poll > -32) out.append(" (1/").append(1L << -poll).append("s)");
    int precision = (byte) f.u8(p + 3); // read before its label
    out.append(", precision ").append(precision);
    if (cut(p + 4, 4)) return;
    out.append("\n\tRoot Delay: ");
    sfix(p + 4);
    if (cut(p + 8, 4)) return;
    out.append(", Root dispersion: ");
    sfix(p + 8);
    if (cut(p + 12, 4)) return;
    out.append(", Reference-ID: ");
    switch (stratum) {
      case 0 -> out.append("(unspec)");
      case 1 -> {
        for (int i = 0; i < 4; i++) DnsNames.charEscaped(out, f.u8(p + 12 + i));
      }
      case INFO_QUERY, INFO_REPLY -> {
        // tcpdump prints these strata's ID as an address, and nothing after it
        Text.ip4(out, (int) f.u32(p + 12));
        out.append(stratum == INFO_QUERY ? " INFO_QUERY" : " INFO_REPLY");
        return;
      }
      default -> {
        long refid = f.u32(p + 12); // read before "0x", as tcpdump's printf argument is
        out.append("0x");
        Text.hex8(out, refid);
      }
    }
    if (cut(p + 16, 8)) return;
    out.append("\n\t  Reference Timestamp:  ");
    ntpTime(p + 16);
    if (cut(p + 24, 8)) return;
    out.append("\n\t  Originator Timestamp: ");
    ntpTime(p + 24);
    if (cut(p + 32, 8)) return;
    out.append("\n\t  Receive Timestamp:    ");
    ntpTime(p + 32);
    if (cut(p + 40, 8)) return;
    out.append("\n\t  Transmit Timestamp:   ");
    ntpTime(p + 40);
    out.append("\n\t    Originator - Receive Timestamp:  ");
    delta(p + 24, p + 32);
    out.append("\n\t    Originator - Transmit Timestamp: ");
    delta(p + 24, p + 40);
    // tcpdump knows no extension fields: a key id, with a 128- or 160-bit digest, or a count
    if (length == 52 || length == 68 || length == 72) {
      // the key id is read before its label is printed: a cut one prints no label
      f.need(p + 48, 4);
      out.append("\n\tKey id: ").append(f.u32(p + 48));
      if (length > 52) {
        if (cut(p + 52, length - 52)) return;
        out.append("\n\tAuthentication: ");
        for (int i = 52; i < length; i += 4) Text.hex8(out, f.u32(p + i));
      }
    } else if (length > 48) {
      out.append("\n\t(").append(length - 48).append(" more bytes after the header)");
    }
  }

  private void sfix(int p) {
    int i = f.u16(p);
    int fr = f.u16(p + 2);
    long micros = (long) (fr / 65536.0 * 1000000.0);
    out.append(i).append('.');
    Text.zeroPad(out, micros, 6);
  }

  /** tcpdump's {@code p_ntp_time}, also used by RADIUS' location attributes. */
  void ntpTime(int p) {
    long i = f.u32(p);
    long uf = f.u32(p + 4);
    long nanos = (long) (uf / 4294967296.0 * 1000000000.0);
    out.append(i).append('.');
    Text.zeroPad(out, nanos, 9);
    if (i != 0) {
      out.append(" (");
      f.times.utc(out, i - JAN_1970, 'T');
      out.append("Z)");
    }
  }

  private void delta(int olfp, int lfp) {
    long u = f.u32(lfp), ou = f.u32(olfp), uf = f.u32(lfp + 4), ouf = f.u32(olfp + 4);
    if (ou == 0 && ouf == 0) {
      ntpTime(lfp);
      return;
    }
    boolean neg;
    long i, fr;
    if (u > ou) {
      neg = false;
      i = u - ou;
      fr = (uf - ouf) & 0xffffffffL;
      if (ouf > uf) i -= 1;
    } else if (u < ou) {
      neg = true;
      i = ou - u;
      fr = (ouf - uf) & 0xffffffffL;
      if (uf > ouf) i -= 1;
    } else {
      i = 0;
      if (uf > ouf) {
        neg = false;
        fr = uf - ouf;
      } else {
        neg = true;
        fr = ouf - uf;
      }
    }
    long nanos = (long) (fr / 4294967296.0 * 1000000000.0);
    out.append(neg ? '-' : '+').append(i & 0xffffffffL).append('.');
    Text.zeroPad(out, nanos, 9);
  }
}
