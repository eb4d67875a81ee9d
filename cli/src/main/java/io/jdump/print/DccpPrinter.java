package io.jdump.print;

/**
 * DCCP (RFC 4340), as tcpdump's {@code dccp_print}: ports, packet type, acknowledgement, and
 * with {@code -vv} the sequence number and options.
 */
final class DccpPrinter {
  private static final String[] TYPES = {
      "DCCP-Request", "DCCP-Response", "DCCP-Data", "DCCP-Ack", "DCCP-DataAck", "DCCP-CloseReq",
      "DCCP-Close", "DCCP-Reset", "DCCP-Sync", "DCCP-SyncAck"};
  private static final String[] RESET_CODES = {
      "unspecified", "closed", "aborted", "no_connection", "packet_error", "option_error",
      "mandatory_error", "connection_refused", "bad_service_code", "too_busy",
      "bad_init_cookie", "aggression_penalty"};
  private static final String[] FEATURES = {
      "reserved", "ccid", "allow_short_seqno", "sequence_window", "ecn_incapable", "ack_ratio",
      "send_ack_vector", "send_ndp_count", "minimum checksum coverage", "check data checksum"};

  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;

  DccpPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  void print(int bp, int len, int ip) {
    f.proto = "dccp";
    boolean v6 = (f.u8(ip) >> 4) == 6;
    if (bp + 12 > f.end) {
      f.printTrunc();
      return;
    }
    if (Integer.compareUnsigned(len, 12) < 0) {
      out.append("truncated-dccp - ").append(12 - len).append(" bytes missing!");
      return;
    }
    boolean ext = (f.u8(bp + 8) & 1) != 0;
    int fixed = ext ? 16 : 12;
    if (Integer.compareUnsigned(len, fixed) < 0) {
      out.append("truncated-dccp - ").append(fixed - len).append(" bytes missing!");
      return;
    }
    if (!f.has(bp, fixed)) {
      f.printTrunc();
      return;
    }
    int sport = f.u16(bp);
    int dport = f.u16(bp + 2);
    int hlen = f.u8(bp + 4) * 4;
    if (v6) {
      f.need(ip + 8, 32);
      f.names.ip6(out, f.b, ip + 8);
      out.append('.').append(sport).append(" > ");
      f.names.ip6(out, f.b, ip + 24);
    } else {
      f.need(ip + 12, 8);
      f.names.ip4(out, f.b, ip + 12);
      out.append('.').append(sport).append(" > ");
      f.names.ip4(out, f.b, ip + 16);
    }
    out.append('.').append(dport).append(": DCCP");
    if (f.opts.quiet()) {
      out.append(' ').append(Integer.toUnsignedLong(len - hlen));
      if (Integer.compareUnsigned(hlen, len) > 0) {
        out.append(" [bad hdr length ").append(hlen).append(" - too long, > ").append(len)
            .append(']');
      }
      return;
    }
    int verbosity = f.opts.verbosity();
    int cscov = f.u8(bp + 5) & 0xf;
    if (verbosity > 0) {
      out.append(" (CCVal ").append(f.u8(bp + 5) >> 4).append(", CsCov ").append(cscov);
      if (f.has(bp, len)) {
        int sum = f.u16(bp + 6);
        out.append(", cksum 0x");
        Text.hex4(out, sum);
        out.append(' ');
        int cov = len;
        if (cscov != 0) cov = Math.min((f.u8(bp + 4) + cscov - 1) * 4, len);
        long s = Checksum.sum(f.b, bp, cov) + (v6
            ? Checksum.pseudo6(f.b, ip, 33, len, d.ip6Destination(ip))
            : Checksum.pseudo4(f.b, ip, 33, len, d.ip4Destination(ip)));
        int folded = Checksum.fold(s);
        if (folded != 0) {
          out.append("(incorrect -> 0x");
          Text.hex4(out, Checksum.shouldBe(sum, folded));
          out.append(')');
        } else {
          out.append("(correct)");
        }
      }
      out.append(')');
    }
    out.append(' ');
    int type = (f.u8(bp + 8) >> 1) & 0xf;
    int extra = switch (type) {
      case 0 -> 4;
      case 1, 7 -> 12;
      case 2 -> 0;
      case 3, 4, 5, 6, 8, 9 -> 8;
      default -> -1;
    };
    if (extra < 0) {
      out.append("unknown-type-").append(type).append(' ');
    } else {
      fixed += extra;
      if (Integer.compareUnsigned(len, fixed) < 0) {
        out.append("truncated-").append(TYPES[type]).append(" - ").append(fixed - len)
            .append(" bytes missing!");
        return;
      }
      int body = bp + fixed - extra;
      switch (type) {
        case 0, 1 -> {
          if (!f.has(body, extra)) {
            f.printTrunc();
            return;
          }
          out.append(TYPES[type]).append(" (service=")
              .append(f.u32(body + extra - 4)).append(") ");
        }
        case 7 -> {
          if (!f.has(body, extra)) {
            f.printTrunc();
            return;
          }
          int code = f.u8(body + 8);
          out.append(TYPES[type]).append(" (code=")
              .append(code < RESET_CODES.length ? RESET_CODES[code] : "invalid").append(") ");
        }
        default -> out.append(TYPES[type]).append(' ');
      }
    }
    if (type != 2 && type != 0) {
      int ackp = bp + (ext ? 16 : 12);
      long ack = ext ? u48(ackp + 2) : f.u24(ackp + 1);
      out.append("(ack=").append(ack).append(") ");
    }
    if (verbosity < 2) return;
    out.append("seq ").append(ext ? u48(bp + 10) : f.u24(bp + 9));
    if (hlen > fixed) {
      int cp = bp + fixed;
      out.append(" <");
      hlen -= fixed;
      while (true) {
        int optlen = option(cp, hlen);
        if (optlen == 0 || hlen <= optlen) break;
        hlen -= optlen;
        cp += optlen;
        out.append(", ");
      }
      out.append('>');
    }
  }

  private long u48(int p) {
    return (long) f.u16(p) << 32 | f.u32(p + 2);
  }

  private void optionName(int o) {
    String n = switch (o) {
      case 0 -> "nop";
      case 1 -> "mandatory";
      case 2 -> "slowreceiver";
      case 32 -> "change_l";
      case 33 -> "confirm_l";
      case 34 -> "change_r";
      case 35 -> "confirm_r";
      case 36 -> "initcookie";
      case 37 -> "ndp_count";
      case 38 -> "ack_vector0";
      case 39 -> "ack_vector1";
      case 40 -> "data_dropped";
      case 41 -> "timestamp";
      case 42 -> "timestamp_echo";
      case 43 -> "elapsed_time";
      case 44 -> "data_checksum";
      default -> null;
    };
    if (n != null) out.append(n);
    else out.append("Option ").append(o);
  }

  /** tcpdump's {@code dccp_print_option}; {@return the option's length, 0 to stop} */
  private int option(int p, int hlen) {
    int o = f.u8(p);
    int optlen = 1;
    if (o >= 32) {
      optlen = f.u8(p + 1);
      if (optlen < 2) {
        if (o >= 128) out.append("CCID option ").append(o);
        else optionName(o);
        out.append(" optlen too short");
        return 0;
      }
    }
    if (hlen < optlen) {
      if (o >= 128) out.append("CCID option ").append(o);
      else optionName(o);
      out.append(" optlen goes past header length");
      return 0;
    }
    if (!f.has(p, optlen)) {
      f.printTrunc();
      return 0;
    }
    if (o >= 128) {
      out.append("CCID option ").append(o);
      if (optlen == 4) out.append(' ').append(f.u16(p + 2));
      else if (optlen == 6) out.append(' ').append(f.u32(p + 2));
      return optlen;
    }
    optionName(o);
    switch (o) {
      case 32, 33, 34, 35 -> {
        if (optlen < 3) {
          out.append(" optlen too short");
          return optlen;
        }
        int feature = f.u8(p + 2);
        if (feature < FEATURES.length) {
          out.append(' ').append(FEATURES[feature]);
          for (int i = 0; i < optlen - 3; i++) out.append(' ').append(f.u8(p + 3 + i));
        }
      }
      case 36, 38, 39, 40 -> {
        if (optlen > 2) {
          out.append(" 0x");
          for (int i = 0; i < optlen - 2; i++) Text.hex2(out, f.u8(p + 2 + i));
        }
      }
      case 37 -> {
        for (int i = 0; i < optlen - 2; i++) out.append(' ').append(f.u8(p + 2 + i));
      }
      case 41 -> {
        if (optlen == 6) out.append(' ').append(f.u32(p + 2));
        else out.append(" [optlen != 6]");
      }
      case 42 -> {
        switch (optlen) {
          case 6 -> out.append(' ').append(f.u32(p + 2));
          case 8 -> out.append(' ').append(f.u32(p + 2)).append(" (elapsed time ")
              .append(f.u16(p + 6)).append(')');
          case 10 -> out.append(' ').append(f.u32(p + 2)).append(" (elapsed time ")
              .append(f.u32(p + 6)).append(')');
          default -> out.append(" [optlen != 6 or 8 or 10]");
        }
      }
      case 43 -> {
        if (optlen == 6) out.append(' ').append(f.u32(p + 2));
        else if (optlen == 4) out.append(' ').append(f.u16(p + 2));
        else out.append(" [optlen != 4 or 6]");
      }
      case 44 -> {
        if (optlen > 2) {
          out.append(' ');
          for (int i = 0; i < optlen - 2; i++) Text.hex2(out, f.u8(p + 2 + i));
        }
      }
      default -> { }
    }
    return optlen;
  }
}
