package io.jdump.print;

import java.util.Arrays;

/**
 * Babel (RFC 6126, its 6126bis draft, RFC 7298/7557, the HMAC and source-specific drafts) on UDP
 * ports 6696 and 6697, as tcpdump's {@code babel_print}: the TLV names on one line, or one TLV a
 * line with -v, sub-TLVs after the TLV they extend, then the packet trailer after {@code ----}.
 */
final class BabelPrinter {
  private static final int OK = 0;
  private static final int TRUNC = -1;
  private static final int INVALID = -2;

  private final Frame f;
  private final StringBuilder out;
  /** The last prefixes an Update with the default-prefix flag set, for later omitted bytes. */
  private final byte[] v4Default = new byte[16];
  private final byte[] v6Default = new byte[16];
  private final byte[] prefix = new byte[16];
  private final byte[] srcPrefix = new byte[16];
  /** The prefix lengths {@link #prefixPair} read, as printed. */
  private int pairPlen;
  private int pairSrcPlen;

  BabelPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int cp, int length) {
    f.proto = "babel";
    out.append("babel");
    if (!f.has(cp, 4)) { // tcpdump's own check: the -x dump then leaves the link header out
      f.printTrunc();
      return;
    }
    if (f.u8(cp) != 42) {
      out.append(" invalid header");
      return;
    }
    int version = f.u8(cp + 1);
    out.append(' ').append(version);
    if (version != 2) {
      out.append(" unknown version");
      return;
    }
    if (length < 4) {
      f.printInvalid();
      return;
    }
    int bodylen = f.u16(cp + 2);
    out.append(" (").append(bodylen).append(')');
    length -= 4;
    cp += 4;
    if (length < bodylen) {
      f.printInvalid();
      return;
    }
    if (!report(tlvs(cp, bodylen, length))) return;
    length -= bodylen;
    cp += bodylen;
    if (length != 0) {
      out.append(verbose() ? "\n\t----" : " |");
      report(tlvs(cp, length, length));
    }
  }

  private boolean report(int rc) {
    if (rc == TRUNC) f.printTrunc();
    else if (rc == INVALID) f.printInvalid();
    return rc == OK;
  }

  private boolean verbose() {
    return f.opts.verbosity() > 0;
  }

  private int tlvs(int cp, int tlvsLength, int remaining) {
    Arrays.fill(v4Default, (byte) 0);
    v4Default[10] = (byte) 0xff;
    v4Default[11] = (byte) 0xff;
    Arrays.fill(v6Default, (byte) 0);
    boolean v = verbose();
    int i = 0;
    while (i < tlvsLength) {
      int m = cp + i;
      if (i + 1 > tlvsLength || i + 1 > remaining) return INVALID;
      int type = f.u8(m);
      if (type == 0) {
        out.append(v ? "\n\tPad 1" : " pad1");
        i += 1;
        continue;
      }
      if (i + 2 > tlvsLength || i + 2 > remaining) return INVALID;
      if (!f.has(m, 2)) return TRUNC;
      int len = f.u8(m + 1);
      if (i + 2 + len > tlvsLength || i + 2 + len > remaining) return INVALID;
      if (!f.has(m, 2 + len)) return TRUNC;
      if (!v) {
        out.append(' ').append(shortName(type));
        if (type == 8) {
          if (len < 10) return INVALID;
          updateFlags(f.u8(m + 3));
        }
      } else if (!verboseTlv(type, m, len)) {
        return INVALID;
      }
      i += len + 2;
    }
    return OK;
  }

  private static String shortName(int type) {
    return switch (type) {
      case 1 -> "padN";
      case 2 -> "ack-req";
      case 3 -> "ack";
      case 4 -> "hello";
      case 5 -> "ihu";
      case 6 -> "router-id";
      case 7 -> "nh";
      case 8 -> "update";
      case 9 -> "route-request";
      case 10 -> "seqno-request";
      case 11 -> "tspc";
      case 12 -> "hmac";
      case 13 -> "ss-update";
      case 14 -> "ss-request";
      case 15 -> "ss-mh-request";
      case 16 -> "mac";
      case 17 -> "pc";
      case 18 -> "challenge_request";
      case 19 -> "challenge_reply";
      default -> "unknown";
    };
  }

  private void updateFlags(int flags) {
    if ((flags & 0x80) != 0) out.append("/prefix");
    if ((flags & 0x40) != 0) out.append("/id");
    if ((flags & 0x3f) != 0) out.append("/unknown");
  }

  /** One TLV at m with -v; false when it is invalid, which ends the packet. */
  private boolean verboseTlv(int type, int m, int len) {
    switch (type) {
      case 1 -> out.append("\n\tPad ").append(len + 2);
      case 2 -> {
        out.append("\n\tAcknowledgment Request ");
        if (len < 6) return false;
        Text.hex4(out, f.u16(m + 4));
        out.append(' ');
        interval(f.u16(m + 6));
      }
      case 3 -> {
        out.append("\n\tAcknowledgment ");
        if (len < 2) return false;
        Text.hex4(out, f.u16(m + 2));
      }
      case 4 -> {
        out.append("\n\tHello ");
        if (len < 6) return false;
        if ((f.u16(m + 2) & 0x8000) != 0) out.append("(Unicast) ");
        out.append("seqno ").append(f.u16(m + 4)).append(' ');
        int interval = f.u16(m + 6);
        if (interval != 0) {
          out.append("interval ");
          interval(interval);
        } else {
          out.append("unscheduled");
        }
        if (len > 6) subtlvs(m + 8, m + 2 + len, type);
      }
      case 5 -> {
        out.append("\n\tIHU ");
        if (len < 6) return false;
        int ae = f.u8(m + 2);
        int rc = prefix(ae, -1, 0, m + 8, null, len - 6, prefix);
        if (rc < 0) {
          f.printTrunc(); // tcpdump's choice for a bad address here; the TLVs go on
          return true;
        }
        if (ae == 0) out.append("any");
        else address(prefix);
        out.append(" rxcost ").append(f.u16(m + 4)).append(" interval ");
        interval(f.u16(m + 6));
        if (rc < len - 6) subtlvs(m + 8 + rc, m + 2 + len, type);
      }
      case 6 -> {
        out.append("\n\tRouter Id");
        if (len < 10) return false;
        out.append(' ');
        id(m + 4);
      }
      case 7 -> {
        out.append("\n\tNext Hop");
        if (len < 2) return false;
        int ae = f.u8(m + 2);
        if (prefix(ae, -1, 0, m + 4, null, len - 2, prefix) < 0) return false;
        out.append(' ');
        if (ae == 0) out.append("invalid AE 0");
        else address(prefix);
      }
      case 8 -> {
        out.append("\n\tUpdate");
        if (len < 10) return false;
        int ae = f.u8(m + 2);
        int flags = f.u8(m + 3);
        int plen = (f.u8(m + 4) + (ae == 1 ? 96 : 0)) & 0xff;
        int rc = prefix(ae, f.u8(m + 4), f.u8(m + 5), m + 12, ae == 1 ? v4Default : v6Default,
            len - 10, prefix);
        if (rc < 0) return false;
        updateFlags(flags);
        out.append(' ');
        if (ae == 0) out.append("any");
        else prefixText(prefix, plen);
        out.append(" metric ").append(f.u16(m + 10)).append(" seqno ").append(f.u16(m + 8))
            .append(" interval ");
        intervalUpdate(f.u16(m + 6));
        if ((flags & 0x80) != 0) {
          System.arraycopy(prefix, 0, ae == 1 ? v4Default : v6Default, 0, 16);
        }
        if (rc < len - 10) subtlvs(m + 12 + rc, m + 2 + len, type);
      }
      case 9 -> {
        out.append("\n\tRoute Request ");
        if (len < 2) return false;
        int ae = f.u8(m + 2);
        int plen = (f.u8(m + 3) + (ae == 1 ? 96 : 0)) & 0xff;
        if (prefix(ae, f.u8(m + 3), 0, m + 4, null, len - 2, prefix) < 0) return false;
        out.append("for ");
        if (ae == 0) out.append("any");
        else prefixText(prefix, plen);
      }
      case 10 -> {
        out.append("\n\tSeqno Request ");
        if (len < 14) return false;
        int ae = f.u8(m + 2);
        if (prefix(ae, f.u8(m + 3), 0, m + 16, null, len - 14, prefix) < 0) return false;
        int plen = (f.u8(m + 3) + (ae == 1 ? 96 : 0)) & 0xff;
        out.append('(').append(f.u8(m + 6)).append(" hops) for ");
        if (ae == 0) out.append("invalid AE 0");
        else prefixText(prefix, plen);
        out.append(" seqno ").append(f.u16(m + 4)).append(" id ");
        id(m + 8);
      }
      case 11 -> {
        out.append("\n\tTS/PC ");
        if (len < 6) return false;
        out.append("timestamp ").append(f.u32(m + 4)).append(" packetcounter ")
            .append(f.u16(m + 2));
      }
      case 12 -> {
        out.append("\n\tHMAC ");
        if (len < 18) return false;
        out.append("key-id ").append(f.u16(m + 2)).append(" digest-").append(len - 2)
            .append(' ');
        for (int j = 0; j < len - 2; j++) {
          int c = f.u8(m + 4 + j);
          out.append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
              .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
        }
      }
      case 13 -> {
        return ssUpdate(m, len);
      }
      case 14 -> {
        return ssRequest(m, len);
      }
      case 15 -> {
        return ssMhRequest(m, len);
      }
      case 16 -> out.append("\n\tMAC len ").append(len);
      case 17 -> {
        out.append("\n\tPC");
        if (len < 4) return false;
        out.append(" value ").append(f.u32(m + 2)).append(" index len ").append(len - 4);
      }
      case 18, 19 -> {
        out.append(type == 18 ? "\n\tChallenge Request" : "\n\tChallenge Reply");
        if (len > 192) return false;
        out.append(" len ").append(len);
      }
      default -> out.append("\n\tUnknown message type ").append(type);
    }
    return true;
  }

  private boolean ssUpdate(int m, int len) {
    out.append("\n\tSS-Update");
    if (len < 10) return false;
    int ae = f.u8(m + 2);
    int srcPlen = f.u8(m + 3);
    int plen = f.u8(m + 4);
    int omitted = f.u8(m + 5);
    int interval = f.u16(m + 6);
    int seqno = f.u16(m + 8);
    int metric = f.u16(m + 10);
    byte[] dflt = ae == 1 ? v4Default : v6Default;
    int parsed = prefixPair(ae, plen, omitted, srcPlen, m, 10, len, dflt);
    if (parsed < 0) return false;
    out.append(' ');
    prefixText(prefix, pairPlen);
    out.append(" from ");
    prefixText(srcPrefix, pairSrcPlen);
    out.append(" metric ").append(metric).append(" seqno ").append(seqno).append(" interval ");
    intervalUpdate(interval);
    if (parsed < len) subtlvs(m + 2 + parsed, m + 2 + len, 13);
    return true;
  }

  private boolean ssRequest(int m, int len) {
    out.append("\n\tSS-Request ");
    if (len < 3) return false;
    int ae = f.u8(m + 2);
    int plen = f.u8(m + 3);
    int srcPlen = f.u8(m + 4);
    if (prefixPair(ae, plen, 0, srcPlen, m, 3, len, null) < 0) return false;
    if (ae == 0) {
      out.append("for any");
    } else {
      out.append("for (");
      prefixText(prefix, pairPlen);
      out.append(", ");
      prefixText(srcPrefix, pairSrcPlen);
      out.append(')');
    }
    return true;
  }

  private boolean ssMhRequest(int m, int len) {
    out.append("\n\tSS-MH-Request ");
    if (len < 14) return false;
    int ae = f.u8(m + 2);
    int plen = f.u8(m + 3);
    int seqno = f.u16(m + 4);
    int hops = f.u8(m + 6);
    int srcPlen = f.u8(m + 7);
    if (prefixPair(ae, plen, 0, srcPlen, m, 14, len, null) < 0) return false;
    out.append('(').append(hops).append(" hops) for (");
    prefixText(prefix, pairPlen);
    out.append(", ");
    prefixText(srcPrefix, pairSrcPlen);
    out.append(") seqno ").append(seqno).append(" id ");
    id(m + 8);
    return true;
  }

  /**
   * The destination then source prefix of a source-specific TLV at m + 2 + parsed into prefix
   * and srcPrefix, their printed lengths into pairPlen and pairSrcPlen (an IPv4 one counts the
   * 96 bits of its mapping, in a byte as tcpdump's). {@return the bytes parsed after, or -1}
   */
  private int prefixPair(int ae, int plen, int omitted, int srcPlen, int m, int parsed, int len,
      byte[] dflt) {
    int rc = prefix(ae, plen, omitted, m + 2 + parsed, dflt, len - parsed, prefix);
    if (rc < 0) return -1;
    parsed += rc;
    rc = prefix(ae, srcPlen, 0, m + 2 + parsed, null, len - parsed, srcPrefix);
    if (rc < 0) return -1;
    pairPlen = ae == 1 ? (plen + 96) & 0xff : plen;
    pairSrcPlen = ae == 1 ? (srcPlen + 96) & 0xff : srcPlen;
    return parsed + rc;
  }

  /**
   * Sub-TLVs in [cp, ep), the extra data of a TLV of the given type. A malformed one ends them
   * with " (invalid)", the TLVs go on.
   */
  private void subtlvs(int cp, int ep, int tlvType) {
    while (cp < ep) {
      int subtype = f.u8(cp++);
      if (subtype == 0) {
        out.append(" sub-pad1");
        continue;
      }
      if ((subtype & 0x80) != 0) out.append(" (M)");
      if (cp == ep) {
        f.printInvalid();
        return;
      }
      int sublen = f.u8(cp++);
      if (cp + sublen > ep) {
        f.printInvalid();
        return;
      }
      switch (subtype) {
        case 1 -> {
          out.append(" sub-padn");
          cp += sublen;
        }
        case 2 -> {
          out.append(" sub-diversity");
          if (sublen == 0) {
            out.append(" empty");
            break;
          }
          char sep = ' ';
          for (; sublen > 0; sublen--) {
            int c = f.u8(cp++);
            out.append(sep);
            if (c == 0) out.append("reserved");
            else if (c == 255) out.append("all");
            else out.append(c);
            sep = '-';
          }
          if (tlvType != 8 && tlvType != 13) out.append(" (bogus)");
        }
        case 3 -> {
          out.append(" sub-timestamp");
          if (tlvType == 4) {
            if (sublen < 4) {
              f.printInvalid();
              return;
            }
            out.append(' ');
            timestamp(f.u32(cp));
          } else if (tlvType == 5) {
            if (sublen < 8) {
              f.printInvalid();
              return;
            }
            out.append(' ');
            timestamp(f.u32(cp));
            out.append('|');
            timestamp(f.u32(cp + 4));
          } else {
            out.append(" (bogus)");
          }
          cp += sublen;
        }
        default -> {
          out.append(" sub-unknown-0x");
          Text.hex2(out, subtype);
          cp += sublen;
        }
      }
    }
  }

  /**
   * Reads a prefix of address encoding ae into to, as tcpdump's network_prefix: plen -1 for a
   * whole address, omitted leading bytes taken from dflt. {@return bytes consumed, or -1}
   */
  private int prefix(int ae, int plen, int omitted, int p, byte[] dflt, int len, byte[] to) {
    int pb = plen >= 0 ? (plen + 7) / 8 : ae == 1 ? 4 : 16;
    if (pb > 16) return -1;
    Arrays.fill(to, (byte) 0);
    int consumed = 0;
    switch (ae) {
      case 0 -> { }
      case 1 -> {
        if (omitted > 4 || pb > 4 || (pb > omitted && len < pb - omitted)) return -1;
        to[10] = (byte) 0xff;
        to[11] = (byte) 0xff;
        if (omitted > 0) {
          if (dflt == null) return -1;
          System.arraycopy(dflt, 0, to, 0, 12 + omitted);
        }
        if (pb > omitted) {
          copy(p, to, 12 + omitted, pb - omitted);
          consumed = pb - omitted;
        }
      }
      case 2 -> {
        if (omitted > 16 || (pb > omitted && len < pb - omitted)) return -1;
        if (omitted > 0) {
          if (dflt == null) return -1;
          System.arraycopy(dflt, 0, to, 0, omitted);
        }
        if (pb > omitted) {
          copy(p, to, omitted, pb - omitted);
          consumed = pb - omitted;
        }
      }
      case 3 -> {
        if (pb > 8 && len < pb - 8) return -1;
        to[0] = (byte) 0xfe;
        to[1] = (byte) 0x80;
        if (pb > 8) {
          copy(p, to, 8, pb - 8);
          consumed = pb - 8;
        }
      }
      default -> {
        return -1;
      }
    }
    return consumed;
  }

  private void copy(int p, byte[] to, int at, int n) {
    f.need(p, n);
    System.arraycopy(f.b, p, to, at, n);
  }

  private static boolean v4Mapped(byte[] a) {
    for (int i = 0; i < 10; i++) {
      if (a[i] != 0) return false;
    }
    return a[10] == (byte) 0xff && a[11] == (byte) 0xff;
  }

  private void prefixText(byte[] a, int plen) {
    if (plen >= 96 && v4Mapped(a)) {
      f.names.ip4(out, a, 12);
      out.append('/').append(plen - 96);
    } else {
      f.names.ip6(out, a, 0);
      out.append('/').append(plen);
    }
  }

  private void address(byte[] a) {
    if (v4Mapped(a)) f.names.ip4(out, a, 12);
    else f.names.ip6(out, a, 0);
  }

  private void id(int p) {
    f.need(p, 8);
    for (int i = 0; i < 8; i++) {
      if (i > 0) out.append(':');
      Text.hex2(out, f.u8(p + i));
    }
  }

  private void interval(int i) {
    if (i == 0) {
      out.append("0.0s (bogus)");
      return;
    }
    out.append(i / 100).append('.');
    Text.zeroPad(out, i % 100, 2);
    out.append('s');
  }

  private void intervalUpdate(int i) {
    if (i == 0xffff) out.append("infinity");
    else interval(i);
  }

  private void timestamp(long t) {
    out.append(t / 1000000).append('.');
    Text.zeroPad(out, t % 1000000, 6);
    out.append('s');
  }
}
