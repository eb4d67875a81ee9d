package io.jdump.print;

/**
 * DHCPv6 (RFC 8415) on UDP ports 546 and 547, as tcpdump's {@code dhcp6_print}: the message
 * type alone, and with {@code -v} the transaction id (or a relay's link and peer addresses) and
 * every option, relay messages nested.
 */
final class Dhcp6Printer {
  private final Frame f;
  private final StringBuilder out;
  /** For the domain lists; its base is the option's end, as tcpdump passes it. */
  private final DnsNames names;

  Dhcp6Printer(Frame f) {
    this.f = f;
    this.out = f.out;
    this.names = new DnsNames(f);
  }

  void print(int cp, int length) {
    f.proto = "dhcp6";
    out.append("dhcp6");
    int ep = Math.min(f.end, cp + length);
    if (!f.has(cp, 4)) {
      f.printTrunc();
      return;
    }
    int type = f.u8(cp);
    out.append(' ');
    messageType(type);
    if (f.opts.verbosity() < 1) return;
    out.append(" (");
    if (type != 12 && type != 13) {
      out.append("xid=");
      Text.hex(out, f.u32(cp) & 0xffffff);
      options(cp + 4, ep);
    } else {
      f.need(cp + 2, 16);
      out.append("linkaddr=");
      f.names.ip6(out, f.b, cp + 2);
      f.need(cp + 18, 16);
      out.append(" peeraddr=");
      f.names.ip6(out, f.b, cp + 18);
      options(cp + 34, ep);
    }
    out.append(')');
  }

  private void messageType(int t) {
    String s = switch (t) {
      case 1 -> "solicit";
      case 2 -> "advertise";
      case 3 -> "request";
      case 4 -> "confirm";
      case 5 -> "renew";
      case 6 -> "rebind";
      case 7 -> "reply";
      case 8 -> "release";
      case 9 -> "decline";
      case 10 -> "reconfigure";
      case 11 -> "inf-req";
      case 12 -> "relay-fwd";
      case 13 -> "relay-reply";
      case 14 -> "leasequery";
      case 15 -> "leasequery-reply";
      default -> null;
    };
    if (s == null) out.append("msgtype-").append(t);
    else out.append(s);
  }

  private static String optionName(int t) {
    return switch (t) {
      case 1 -> "client-ID";
      case 2 -> "server-ID";
      case 3 -> "IA_NA";
      case 4 -> "IA_TA";
      case 5 -> "IA_ADDR";
      case 6 -> "option-request";
      case 7 -> "preference";
      case 8 -> "elapsed-time";
      case 9 -> "relay-message";
      case 11 -> "authentication";
      case 12 -> "server-unicast";
      case 13 -> "status-code";
      case 14 -> "rapid-commit";
      case 15 -> "user-class";
      case 16 -> "vendor-class";
      case 17 -> "vendor-specific-info";
      case 18 -> "interface-ID";
      case 19 -> "reconfigure-message";
      case 20 -> "reconfigure-accept";
      case 21 -> "SIP-servers-domain";
      case 22 -> "SIP-servers-address";
      case 23 -> "DNS-server";
      case 24 -> "DNS-search-list";
      case 25 -> "IA_PD";
      case 26 -> "IA_PD-prefix";
      case 27 -> "NIS-server";
      case 28 -> "NIS+-server";
      case 29 -> "NIS-domain-name";
      case 30 -> "NIS+-domain-name";
      case 31 -> "SNTP-servers";
      case 32 -> "lifetime";
      case 33 -> "BCMCS-domain-name";
      case 34 -> "BCMCS-server";
      case 36 -> "Geoconf-Civic";
      case 37 -> "Remote-ID";
      case 38 -> "Subscriber-ID";
      case 39 -> "Client-FQDN";
      case 40 -> "PANA-agent";
      case 41 -> "POSIX-timezone";
      case 42 -> "POSIX-tz-database";
      case 43 -> "Echo-request-option";
      case 44 -> "Lease-query";
      case 45 -> "LQ-client-data";
      case 46 -> "Clt-time";
      case 47 -> "LQ-relay-data";
      case 48 -> "LQ-client-link";
      case 56 -> "NTP-server";
      case 64 -> "AFTR-Name";
      case 112 -> "MUD-URL";
      default -> null;
    };
  }

  private void optionName(StringBuilder sb, int t) {
    String s = optionName(t);
    if (s == null) sb.append("opt_").append(t);
    else sb.append(s);
  }

  /** tcpdump's {@code dhcp6opt_print}: the options in [cp, ep), each in parentheses. */
  private void options(int cp, int ep) {
    while (cp < ep) {
      if (ep - cp < 4) {
        f.printTrunc();
        return;
      }
      f.need(cp, 4);
      int len = f.u16(cp + 2);
      if (ep - cp < 4 + len) {
        f.printTrunc();
        return;
      }
      int type = f.u16(cp);
      out.append(" (");
      optionName(out, type);
      if (!f.has(cp + 4, len)) {
        f.printTrunc();
        return;
      }
      if (!option(type, cp + 4, len)) {
        f.printTrunc();
        return;
      }
      cp += 4 + len;
    }
  }

  /** One option's value at tp, len bytes, and its closing parenthesis; false: truncated. */
  private boolean option(int type, int tp, int len) {
    switch (type) {
      case 1, 2 -> duid(tp, len);
      case 5 -> {
        if (len < 24) return unknown();
        out.append(' ');
        f.names.ip6(out, f.b, tp);
        out.append(" pltime:").append(f.u32(tp + 16)).append(" vltime:").append(f.u32(tp + 20));
        if (len > 24) options(tp + 24, tp + len);
        out.append(')');
      }
      case 6, 43 -> {
        if (len % 2 != 0) return unknown();
        for (int i = 0; i < len; i += 2) {
          out.append(' ');
          optionName(out, f.u16(tp + i));
        }
        out.append(')');
      }
      case 7, 19 -> {
        if (len != 1) return unknown();
        int v = f.u8(tp);
        if (type == 7) {
          out.append(' ').append(v).append(')');
        } else {
          out.append(v == 5 ? " for renew)" : v == 11 ? " for inf-req)" : " for ???(");
          if (v != 5 && v != 11) {
            Text.hex2(out, v);
            out.append("))");
          }
        }
      }
      case 8 -> {
        if (len != 2) return unknown();
        out.append(' ').append(f.u16(tp)).append(')');
      }
      case 9 -> relayed(tp, len);
      case 11 -> auth(tp, len);
      case 18, 38 -> {
        out.append(' ');
        for (int i = 0; i < len && i < 10; i++) Text.hex2(out, f.u8(tp + i));
        out.append("...)");
      }
      case 22, 23, 31, 27, 28, 34, 40, 48 -> {
        if (len % 16 != 0) return unknown();
        for (int i = 0; i < len; i += 16) {
          out.append(' ');
          f.need(tp + i, 16);
          f.names.ip6(out, f.b, tp + i);
        }
        out.append(')');
      }
      case 21, 24 -> {
        int end = tp + len;
        names.bp = end;
        int p = tp;
        while (p < end) {
          out.append(' ');
          p = names.name(p);
          if (p < 0) return false;
        }
        out.append(')');
      }
      case 13 -> {
        if (len < 2) return unknown();
        int code = f.u16(tp);
        String name = code > 255 ? "INVALID code" : statusCode(code);
        if (name == null) out.append(" code").append(code).append(')');
        else out.append(' ').append(name).append(')');
      }
      case 3, 25 -> {
        if (len < 12) return unknown();
        out.append(" IAID:").append(f.u32(tp)).append(" T1:").append(f.u32(tp + 4))
            .append(" T2:").append(f.u32(tp + 8));
        if (len > 12) options(tp + 12, tp + len);
        out.append(')');
      }
      case 4 -> {
        if (len < 4) return unknown();
        out.append(" IAID:").append(f.u32(tp));
        if (len > 4) options(tp + 4, tp + len);
        out.append(')');
      }
      case 26 -> {
        if (len < 25) return unknown();
        out.append(' ');
        f.need(tp + 9, 16);
        f.names.ip6(out, f.b, tp + 9);
        out.append('/').append(f.u8(tp + 8)).append(" pltime:").append(f.u32(tp))
            .append(" vltime:").append(f.u32(tp + 4));
        if (len > 25) options(tp + 25, tp + len);
        out.append(')');
      }
      case 32, 46 -> {
        if (len != 4) return unknown();
        out.append(' ').append(f.u32(tp)).append(')');
      }
      case 37 -> {
        if (len < 4) return unknown();
        out.append(' ').append(f.u32(tp)).append(' ');
        for (int i = 4; i < len && i < 14; i++) Text.hex2(out, f.u8(tp + i));
        out.append("...)");
      }
      case 44 -> {
        if (len < 17) return unknown();
        int q = f.u8(tp);
        out.append(q == 1 ? " by-address" : q == 2 ? " by-clientID" : " type_");
        if (q != 1 && q != 2) out.append(q);
        out.append(' ');
        f.need(tp + 1, 16);
        f.names.ip6(out, f.b, tp + 1);
        if (len > 17) options(tp + 17, tp + len);
        out.append(')');
      }
      case 45 -> {
        if (len > 0) options(tp, tp + len);
        out.append(')');
      }
      case 47 -> {
        if (len < 16) return unknown();
        out.append(' ');
        f.need(tp, 16);
        f.names.ip6(out, f.b, tp);
        out.append(' ');
        for (int i = 16; i < len && i < 26; i++) Text.hex2(out, f.u8(tp + i));
        out.append("...)");
      }
      case 56 -> {
        return ntpServer(tp, len);
      }
      case 64 -> aftrName(tp, len);
      case 41, 42, 112 -> {
        if (len < 5) return unknown();
        out.append(' ');
        printjnp(tp, len);
        out.append(')');
      }
      default -> out.append(')');
    }
    return true;
  }

  /** An option too short or of the wrong length for its type: " ?)". */
  private boolean unknown() {
    out.append(" ?)");
    return true;
  }

  /** DHCP unique identifiers (RFC 8415 section 11): link-layer plus time, enterprise, link. */
  private void duid(int tp, int len) {
    if (len < 2) {
      unknown();
      return;
    }
    int type = f.u16(tp);
    switch (type) {
      case 1 -> {
        if (len < 8) {
          unknown();
          return;
        }
        out.append(" hwaddr/time type ").append(f.u16(tp + 2)).append(" time ")
            .append(f.u32(tp + 4)).append(' ');
        for (int i = 8; i < len; i++) Text.hex2(out, f.u8(tp + i));
        out.append(')');
      }
      case 2 -> {
        if (len < 10) {
          unknown();
          return;
        }
        out.append(" vid ");
        for (int i = 2; i < 10; i++) Text.hex2(out, f.u8(tp + i));
        out.append(')');
      }
      case 3 -> {
        if (len < 4) {
          unknown();
          return;
        }
        out.append(" hwaddr type ").append(f.u16(tp + 2)).append(' ');
        for (int i = 4; i < len; i++) Text.hex2(out, f.u8(tp + i));
        out.append(')');
      }
      default -> out.append(" type ").append(type).append(')');
    }
  }

  /**
   * A relay's nested message, read as if the capture ended with the option, as tcpdump lowers
   * its snapshot end around the nested call.
   */
  private void relayed(int tp, int len) {
    out.append(" (");
    int saved = f.end;
    f.end = Math.min(tp + len, saved);
    try {
      print(tp, len);
    } finally {
      f.end = saved;
    }
    f.proto = "dhcp6";
    out.append(')');
  }

  private void auth(int tp, int len) {
    if (len < 11) {
      unknown();
      return;
    }
    int proto = f.u8(tp);
    if (proto == 2) out.append(" proto: delayed");
    else if (proto == 3) out.append(" proto: reconfigure");
    else out.append(" proto: ").append(proto);
    int alg = f.u8(tp + 1);
    if (alg == 1) out.append(", alg: HMAC-MD5");
    else out.append(", alg: ").append(alg);
    int rdm = f.u8(tp + 2);
    if (rdm == 0) out.append(", RDM: mono");
    else out.append(", RDM: ").append(rdm);
    out.append(", RD:");
    int p = tp + 3;
    for (int i = 0; i < 4; i++, p += 2) {
      out.append(' ');
      Text.hex4(out, f.u16(p));
    }
    int info = len - 11;
    switch (proto) {
      case 2 -> {
        if (info == 0) break;
        if (info < 20) {
          out.append(" ??");
          break;
        }
        int realm = info - 20;
        if (realm > 0) out.append(", realm: ");
        for (int i = 0; i < realm; i++, p++) Text.hex2(out, f.u8(p));
        out.append(", key ID: ");
        Text.hex8(out, f.u32(p));
        p += 4;
        out.append(", HMAC-MD5:");
        words(p);
      }
      case 3 -> {
        if (info != 17) {
          out.append(" ??");
          break;
        }
        int t = f.u8(p);
        out.append(t == 1 ? " reconfig-key" : t == 2 ? " type: HMAC-MD5" : " type: ??");
        out.append(" value:");
        words(p + 1);
      }
      default -> out.append(" ??");
    }
    out.append(')');
  }

  /** Four 32-bit words in hex: a 16-byte digest or key. */
  private void words(int p) {
    for (int i = 0; i < 4; i++, p += 4) {
      out.append(' ');
      Text.hex8(out, f.u32(p));
    }
  }

  /** RFC 5908's sub-options: unicast and multicast addresses and server names. */
  private boolean ntpServer(int tp, int len) {
    if (len < 4) return unknown();
    int end = tp + len;
    int p = tp;
    while (p < end - 4) {
      int code = f.u16(p);
      int sublen = f.u16(p + 2);
      p += 4;
      if (p + sublen > end) return false;
      out.append(" subopt:").append(code);
      switch (code) {
        case 1, 2 -> {
          if (sublen != 16) {
            out.append(" ?");
          } else {
            out.append(' ');
            f.need(p, 16);
            f.names.ip6(out, f.b, p);
          }
        }
        case 3 -> {
          out.append(' ');
          names.bp = p + sublen;
          if (names.name(p) < 0) return false;
        }
        default -> out.append(" ?");
      }
      p += sublen;
    }
    out.append(')');
    return true;
  }

  /** RFC 6334's name: DNS labels without compression, the last label not followed by a dot. */
  private void aftrName(int tp, int len) {
    if (len < 3) {
      unknown();
      return;
    }
    int remain = len;
    out.append(' ');
    while (remain != 0 && f.u8(tp) != 0) {
      int label = f.u8(tp);
      tp++;
      if (label < remain - 1) {
        printjnp(tp, label);
        tp += label;
        remain -= label + 1;
        if (f.u8(tp) != 0) out.append('.');
      } else {
        out.append(" ?");
        break;
      }
    }
    out.append(')');
  }

  private static String statusCode(int code) {
    return switch (code) {
      case 0 -> "Success";
      case 1 -> "UnspecFail";
      case 2 -> "NoAddrsAvail";
      case 3 -> "NoBinding";
      case 4 -> "NotOnLink";
      case 5 -> "UseMulticast";
      case 6 -> "NoPrefixAvail";
      case 7 -> "UnknownQueryType";
      case 8 -> "MalformedQuery";
      case 9 -> "NotConfigured";
      case 10 -> "NotAllowed";
      default -> null;
    };
  }

  /** tcpdump's {@code nd_printjnp}: up to n bytes, stopping at a NUL, escaped. */
  private void printjnp(int p, int n) {
    for (int i = 0; i < n; i++) {
      int c = f.u8(p + i);
      if (c == 0) return;
      Text.printChar(out, c);
    }
  }
}
