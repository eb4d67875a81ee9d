package io.jdump.print;

/**
 * TCP options, as tcpdump's option loop in {@code tcp_print}: names and values, SACK blocks
 * relative to the conversation, MPTCP ({@link MptcpPrinter}), and its two endings for a short option:
 * {@code [bad opt]} and {@code [|tcp]>}.
 */
final class TcpOptionsPrinter {
  private static final int SYN = 0x02, ACK = 0x10;

  private final Frame f;
  private final StringBuilder out;
  private final MptcpPrinter mptcp;
  private final TcpSignatures signatures;

  TcpOptionsPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
    this.mptcp = new MptcpPrinter(f);
    this.signatures = new TcpSignatures(f);
  }

  /**
   * tcpdump's option loop; {@return false when it ended the line with a marker}
   *
   * @param payload the segment's payload length: an MD5 signature says whether all of it was
   *     captured, as tcpdump's signature check does before it asks for the secret
   * @param ip where the IPv4 or IPv6 header is (an MD5 signature covers its pseudo-header)
   * @param tp where the TCP header is
   */
  boolean print(int cp, int hlen, boolean rev, long thseq, long thack, int flags, int payload,
      int ip, int tp) {
    int data = cp + hlen;
    long payloadEnd = (long) data + payload;
    out.append(", options [");
    char ch = 0;
    while (hlen > 0) {
      if (ch != 0) out.append(ch);
      int opt = f.u8(cp++);
      int len;
      if (opt == 0 || opt == 1) {
        len = 1;
      } else {
        len = f.u8(cp++);
        if (len < 2 || len > hlen) return bad(ch);
        --hlen;
      }
      --hlen;
      int datalen = 0;
      String name = switch (opt) {
        case 0 -> "eol";
        case 1 -> "nop";
        case 2 -> "mss";
        case 3 -> "wscale";
        case 4 -> "sackOK";
        case 5 -> "sack";
        case 6 -> "echo";
        case 7 -> "echoreply";
        case 8 -> "TS";
        case 11 -> "cc";
        case 12 -> "ccnew";
        case 13 -> "";
        case 19 -> "md5";
        case 20 -> "scps";
        case 28 -> "uto";
        case 29 -> "tcp-ao";
        case 30 -> "mptcp";
        case 34 -> "tfo";
        case 254 -> "exp";
        default -> null;
      };
      if (name != null) out.append(name);
      else out.append("unknown-").append(opt);
      switch (opt) {
        case 2 -> {
          datalen = 2;
          if (datalen > hlen) return bad(ch);
          if (!f.has(cp, datalen)) return trunc(ch);
          out.append(' ').append(f.u16(cp));
        }
        case 3 -> {
          datalen = 1;
          if (datalen > hlen) return bad(ch);
          if (!f.has(cp, datalen)) return trunc(ch);
          out.append(' ').append(f.u8(cp));
        }
        case 5 -> {
          datalen = len - 2;
          if (datalen % 8 != 0) {
            out.append(" invalid sack");
          } else {
            out.append(' ').append(datalen / 8).append(' ');
            for (int i = 0; i < datalen; i += 8) {
              if (i + 4 > hlen) return bad(ch);
              if (!f.has(cp, i + 4)) return trunc(ch);
              long s = f.u32(cp + i);
              if (i + 8 > hlen) return bad(ch);
              if (!f.has(cp, i + 8)) return trunc(ch);
              long e = f.u32(cp + i + 4);
              long base = rev ? thseq : thack;
              s = (s - base) & 0xffffffffL;
              e = (e - base) & 0xffffffffL;
              out.append('{').append(s).append(':').append(e).append('}');
            }
          }
        }
        case 6, 7, 11, 12, 13 -> {
          datalen = 4;
          if (datalen > hlen) return bad(ch);
          if (!f.has(cp, datalen)) return trunc(ch);
          out.append(' ').append(f.u32(cp));
        }
        case 8 -> {
          datalen = 8;
          if (datalen > hlen) return bad(ch);
          if (!f.has(cp, datalen)) return trunc(ch);
          out.append(" val ").append(f.u32(cp)).append(" ecr ").append(f.u32(cp + 4));
        }
        case 20 -> { // SCPS capabilities
          datalen = 2;
          if (datalen > hlen) return bad(ch);
          if (!f.has(cp, datalen)) return trunc(ch);
          out.append(" cap ");
          Text.hex2(out, f.u8(cp));
          out.append(" id ").append(f.u8(cp + 1));
        }
        case 28 -> {
          datalen = 2;
          if (datalen > hlen) return bad(ch);
          if (!f.has(cp, datalen)) return trunc(ch);
          int uto = f.u16(cp);
          out.append(" 0x");
          Text.hex(out, uto);
          out.append(' ');
          if ((uto & 1) != 0) uto = (uto >> 1) * 60;
          else uto >>= 1;
          out.append(uto);
        }
        case 30 -> {
          datalen = len - 2;
          if (datalen > hlen) return bad(ch);
          if (!f.has(cp, datalen)) return trunc(ch);
          if (!mptcp.print(cp - 2, len, flags)) return bad(ch);
        }
        case 19 -> { // TCP MD5 signature, checked as tcpdump built with libcrypto checks it
          datalen = 16;
          if (datalen > hlen) return bad(ch);
          if (!f.has(cp, datalen)) return trunc(ch);
          out.append(' ');
          int verdict = payloadEnd > f.end ? signatures.cut() : signatures.check(ip, tp, data, payload, cp);
          if (verdict == TcpSignatures.VALID) {
            out.append("valid");
          } else if (verdict == TcpSignatures.INVALID) {
            f.printInvalid();
          } else {
            out.append("can't check - ");
            for (int i = 0; i < datalen; i++) Text.hex2(out, f.b[cp + i]);
          }
        }
        case 34 -> {
          datalen = len - 2;
          if (datalen > hlen) return bad(ch);
          if (!f.has(cp, datalen)) return trunc(ch);
          out.append(' ');
          fastOpen(cp, datalen);
        }
        case 254 -> {
          datalen = len - 2;
          if (datalen > hlen) return bad(ch);
          if (!f.has(cp, datalen)) return trunc(ch);
          if (datalen < 2) return bad(ch);
          out.append('-');
          if (f.u16(cp) == 0xf989) { // RFC 6994's experimental TCP Fast Open
            out.append("tfo");
            fastOpen(cp + 2, datalen - 2);
          } else {
            Text.hex4(out, f.u16(cp));
          }
        }
        case 29 -> { // TCP-AO, RFC 5925: key ids, then the MAC
          datalen = len - 2;
          if (datalen < 2) {
            f.printInvalid();
          } else {
            for (int i = 0; i < datalen; i++) {
              // tcpdump labels the MAC before it checks or reads its first byte
              if (i == 2) out.append(" mac 0x");
              if (i + 1 > hlen) return bad(ch);
              if (!f.has(cp, i + 1)) return trunc(ch);
              int v = f.b[cp + i] & 0xff;
              if (i == 0) out.append(" keyid ").append(v);
              else if (i == 1) out.append(" rnextkeyid ").append(v);
              else Text.hex2(out, v);
            }
          }
        }
        case 0, 1, 4 -> { }
        default -> {
          datalen = len - 2;
          if (datalen > 0) out.append(" 0x");
          for (int i = 0; i < datalen; i++) {
            if (i + 1 > hlen) return bad(ch);
            if (!f.has(cp, i + 1)) return trunc(ch);
            Text.hex2(out, f.b[cp + i]);
          }
        }
      }
      cp += datalen;
      hlen -= datalen;
      datalen++;
      if (opt != 0 && opt != 1) datalen++;
      if (datalen != len) out.append("[len ").append(len).append(']');
      ch = ',';
      if (opt == 0) break;
    }
    out.append(']');
    return true;
  }
  /** tcpdump's {@code print_tcp_fastopen_option}, after the option's name. */
  private void fastOpen(int cp, int datalen) {
    if (datalen == 0) {
      out.append(" cookiereq");
    } else if (datalen % 2 != 0 || datalen < 4 || datalen > 16) {
      f.printInvalid();
    } else {
      out.append(" cookie ");
      for (int i = 0; i < datalen; i++) Text.hex2(out, f.b[cp + i]);
    }
  }

  private boolean bad(char ch) {
    out.append("[bad opt]");
    if (ch != 0) out.append(']');
    return false;
  }
  private boolean trunc(char ch) {
    f.printTrunc();
    if (ch != 0) out.append('>');
    return false;
  }
}
