package io.jdump.print;

import java.util.Arrays;

/**
 * HNCP (RFC 7788) and the DNCP TLVs under it (RFC 7787) on UDP port 8231, as tcpdump's
 * {@code hncp_print}: nested TLVs one a line, indented by depth; the levels deeper than -v
 * reaches print only their TLV names on one line, with repeat counts.
 */
final class HncpPrinter {
  private static final int RESERVED = 0x10000;
  private static final int UNASSIGNED = 0x10001;
  private static final int PRIVATE_USE = 0x10002;
  private static final int FUTURE_USE = 0x10003;

  private final Frame f;
  private final StringBuilder out;
  private final DnsNames dns;
  private final byte[] addr = new byte[16];

  HncpPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
    this.dns = new DnsNames(f);
  }

  void print(int cp, int length) {
    f.proto = "hncp";
    out.append("hncp (").append(length).append(')');
    tlvs(cp, length, 1);
  }

  private static String typeName(int mask) {
    return switch (mask) {
      case 1 -> "Request network state";
      case 2 -> "Request node state";
      case 3 -> "Node endpoint";
      case 4 -> "Network state";
      case 5 -> "Node state";
      case 8 -> "Peer";
      case 9 -> "Keep-alive interval";
      case 10 -> "Trust-Verdict";
      case 32 -> "HNCP-Version";
      case 33 -> "External-Connection";
      case 34 -> "Delegated-Prefix";
      case 43 -> "Prefix-Policy";
      case 37 -> "DHCPv4-Data";
      case 38 -> "DHCPv6-Data";
      case 35 -> "Assigned-Prefix";
      case 36 -> "Node-Address";
      case 39 -> "DNS-Delegated-Zone";
      case 40 -> "Domain-Name";
      case 41 -> "Node-Name";
      case 42 -> "Managed-PSK";
      case RESERVED -> "Reserved";
      case UNASSIGNED -> "Unassigned";
      case PRIVATE_USE -> "Private use";
      default -> "Future use";
    };
  }

  private static int typeMask(int type) {
    if ((type >= 1 && type <= 5) || (type >= 8 && type <= 10) || (type >= 32 && type <= 43)) {
      return type;
    }
    if (type == 0) return RESERVED;
    if (type >= 44 && type <= 511) return UNASSIGNED;
    if (type >= 768 && type <= 1023) return PRIVATE_USE;
    return FUTURE_USE;
  }

  private void newline(int indent) {
    out.append('\n');
    for (int t = indent; t > 0; t--) out.append('\t');
  }

  /** The TLVs in [cp, cp+length) at depth indent; tcpdump's hncp_print_rec. */
  private void tlvs(int cp, int length, int indent) {
    int v = f.opts.verbosity();
    boolean inLine = indent - 1 >= v && v < 3;
    boolean first = true;
    int lastMask = -1;
    int lastCount = -1;
    int i = 0;
    while (i < length) {
      int tlv = cp + i;
      if (!inLine) newline(indent);
      if (!f.has(tlv, 4)) {
        f.printTrunc();
        return;
      }
      if (i + 4 > length) {
        f.printInvalid();
        return;
      }
      int type = f.u16(tlv);
      int bodylen = f.u16(tlv + 2);
      int value = tlv + 4;
      if (!f.has(value, bodylen)) {
        f.printTrunc();
        return;
      }
      if (i + bodylen + 4 > length) {
        f.printInvalid();
        return;
      }
      int mask = typeMask(type);
      if (inLine) {
        if (lastMask == mask) {
          lastCount++;
        } else {
          first = inLine(lastMask, lastCount, indent, first);
          lastMask = mask;
          lastCount = 1;
        }
      } else {
        out.append(typeName(mask));
        if (mask > 0xffff) out.append(": type=").append(type);
        out.append(" (").append(bodylen + 4).append(')');
        if (!body(mask, value, bodylen, indent)) {
          f.printInvalid();
          return;
        }
      }
      i += 4 + ((bodylen + 3) & ~3);
    }
    inLine(lastMask, lastCount, indent, first);
  }

  private boolean inLine(int mask, int count, int indent, boolean first) {
    if (count <= 0) return first;
    if (first) {
      if (indent > 1) newline(indent);
      else out.append(' ');
    } else {
      out.append(", ");
    }
    out.append(typeName(mask));
    if (count > 1) out.append(" (x").append(count).append(')');
    return false;
  }

  /** One TLV's body; false when tcpdump abandons this level as invalid. */
  private boolean body(int mask, int value, int bodylen, int indent) {
    switch (mask) {
      case 1 -> {
        if (bodylen != 0) f.printInvalid();
      }
      case 2 -> {
        if (bodylen != 4) {
          f.printInvalid();
          break;
        }
        out.append(" NID: ");
        nid(value);
      }
      case 3 -> {
        if (bodylen != 8) {
          f.printInvalid();
          break;
        }
        out.append(" NID: ");
        nid(value);
        out.append(" EPID: ");
        Text.hex8(out, f.u32(value + 4));
      }
      case 4 -> {
        if (bodylen != 8) {
          f.printInvalid();
          break;
        }
        out.append(" hash: ");
        hex64(value);
      }
      case 5 -> {
        if (bodylen < 20) {
          f.printInvalid();
          break;
        }
        out.append(" NID: ");
        nid(value);
        out.append(" seqno: ").append(f.u32(value + 4)).append(' ');
        interval(f.u32(value + 8));
        out.append(" hash: ");
        hex64(value + 12);
        tlvs(value + 20, bodylen - 20, indent + 1);
      }
      case 8 -> {
        if (bodylen != 12) {
          f.printInvalid();
          break;
        }
        out.append(" Peer-NID: ");
        nid(value);
        out.append(" Peer-EPID: ");
        Text.hex8(out, f.u32(value + 4));
        out.append(" Local-EPID: ");
        Text.hex8(out, f.u32(value + 8));
      }
      case 9 -> {
        if (bodylen < 8) {
          f.printInvalid();
          break;
        }
        out.append(" EPID: ");
        Text.hex8(out, f.u32(value));
        out.append(" Interval: ");
        interval(f.u32(value + 4));
      }
      case 10 -> {
        if (bodylen <= 36) {
          f.printInvalid();
          break;
        }
        out.append(" Verdict: ").append(f.u8(value)).append(" Fingerprint: ");
        hex256(value + 4);
        out.append(" Common Name: ");
        f.printjnp(value + 36, bodylen - 36);
      }
      case 32 -> {
        if (bodylen < 5) {
          f.printInvalid();
          break;
        }
        int c = f.u16(value + 2);
        out.append(" M: ").append((c >> 12) & 0xf).append(" P: ").append((c >> 8) & 0xf)
            .append(" H: ").append((c >> 4) & 0xf).append(" L: ").append(c & 0xf)
            .append(" User-agent: ");
        f.printjnp(value + 4, bodylen - 4);
      }
      case 33 -> tlvs(value, bodylen, indent + 1);
      case 34 -> delegatedPrefix(value, bodylen, indent);
      case 43 -> prefixPolicy(value, bodylen);
      case 37 -> {
        if (bodylen == 0) {
          f.printInvalid();
          break;
        }
        if (!dhcpv4(value, bodylen, indent + 1)) return false;
      }
      case 38 -> {
        if (bodylen == 0) {
          f.printInvalid();
          break;
        }
        if (!dhcpv6(value, bodylen, indent + 1)) f.printInvalid();
      }
      case 35 -> assignedPrefix(value, bodylen, indent);
      case 36 -> {
        if (bodylen < 20) {
          f.printInvalid();
          break;
        }
        out.append(" EPID: ");
        Text.hex8(out, f.u32(value));
        out.append(" IP Address: ");
        ip6OrMapped(value + 4);
        tlvs(value + 20, bodylen - 20, indent + 1);
      }
      case 39 -> {
        if (bodylen < 17) {
          f.printInvalid();
          break;
        }
        out.append(" IP-Address: ");
        ip6OrMapped(value);
        int fl = f.u8(value + 16);
        out.append(' ').append((fl & 4) != 0 ? 'l' : '-').append((fl & 2) != 0 ? 'b' : '-')
            .append((fl & 1) != 0 ? 's' : '-').append(' ');
        int len = dnsLabel(value + 17, bodylen - 17);
        if (len < 0) {
          f.printInvalid();
          break;
        }
        len += 17;
        len += -len & 3;
        if (bodylen >= len) tlvs(value + len, bodylen - len, indent + 1);
      }
      case 40 -> {
        if (bodylen == 0) {
          f.printInvalid();
          break;
        }
        out.append(" Domain: ");
        dnsLabel(value, bodylen);
      }
      case 41 -> {
        if (bodylen < 17) {
          f.printInvalid();
          break;
        }
        int l = f.u8(value + 16);
        if (bodylen < 17 + l) {
          f.printInvalid();
          break;
        }
        out.append(" IP-Address: ");
        ip6OrMapped(value);
        out.append(" Name: ");
        if (l < 64) {
          out.append('"');
          f.printjnp(value + 17, l);
          out.append('"');
        } else {
          f.printInvalid();
        }
        l = (l + 17 + 3) & ~3;
        if (bodylen >= l) tlvs(value + l, bodylen - l, indent + 1);
      }
      case 42 -> {
        if (bodylen < 32) {
          f.printInvalid();
          break;
        }
        out.append(" PSK: ");
        hex256(value);
        tlvs(value + 32, bodylen - 32, indent + 1);
      }
      default -> { }
    }
    return true;
  }

  private void delegatedPrefix(int value, int bodylen, int indent) {
    if (bodylen < 9 || bodylen < 9 + (f.u8(value + 8) + 7) / 8) {
      f.printInvalid();
      return;
    }
    out.append(" VLSO: ");
    interval(f.u32(value));
    out.append(" PLSO: ");
    interval(f.u32(value + 4));
    out.append(" Prefix: ");
    int l = prefix(value + 8, bodylen - 8);
    if (l == -1) {
      out.append("(length is invalid)");
      return;
    }
    if (l < 0) {
      f.printInvalid();
      return;
    }
    l += 8 + (-l & 3);
    if (bodylen >= l) tlvs(value + l, bodylen - l, indent + 1);
  }

  private void prefixPolicy(int value, int bodylen) {
    if (bodylen < 1) {
      f.printInvalid();
      return;
    }
    int policy = f.u8(value);
    out.append(" type: ");
    if (policy == 0) {
      if (bodylen != 1) {
        f.printInvalid();
        return;
      }
      out.append("Internet connectivity");
    } else if (policy <= 128) {
      out.append("Dest-Prefix: ");
      int l = prefix(value, bodylen);
      if (l == -1) out.append("(length is invalid)");
      else if (l < 0) f.printInvalid();
    } else if (policy == 129) {
      out.append("DNS domain: ");
      dnsLabel(value + 1, bodylen - 1);
    } else if (policy == 130) {
      out.append("Opaque UTF-8: ");
      f.printjnp(value + 1, bodylen - 1);
    } else if (policy == 131) {
      if (bodylen != 1) {
        f.printInvalid();
        return;
      }
      out.append("Restrictive assignment");
    } else {
      out.append("Unknown (").append(policy).append(')');
    }
  }

  private void assignedPrefix(int value, int bodylen, int indent) {
    if (bodylen < 6 || bodylen < 6 + (f.u8(value + 5) + 7) / 8) {
      f.printInvalid();
      return;
    }
    out.append(" EPID: ");
    Text.hex8(out, f.u32(value));
    out.append(" Prty: ").append(f.u8(value + 4) & 0xf).append(" Prefix: ");
    int l = prefix(value + 5, bodylen - 5);
    if (l < 0) {
      f.printInvalid();
      return;
    }
    l += 5;
    l += -l & 3;
    if (bodylen >= l) tlvs(value + l, bodylen - l, indent + 1);
  }

  /** DHCPv4 options; false for tcpdump's -1 (the level ends as invalid). */
  private boolean dhcpv4(int cp, int length, int indent) {
    int i = 0;
    while (i < length) {
      if (i + 2 > length) return false;
      int tlv = cp + i;
      int type = f.u8(tlv);
      int optlen = f.u8(tlv + 1);
      int value = tlv + 2;
      newline(indent);
      out.append(switch (type) {
        case 6 -> "DNS-server";
        case 42 -> "NTP-server";
        case 119 -> "DNS-search";
        default -> "Unknown";
      });
      out.append(" (").append(optlen + 2).append(')');
      if (i + 2 + optlen > length) return false;
      switch (type) {
        case 6, 42 -> {
          if (optlen < 4 || optlen % 4 != 0) return false;
          for (int t = 0; t < optlen; t += 4) {
            out.append(' ');
            f.ip4(value + t);
          }
        }
        case 119 -> {
          if (!names(value, optlen)) return false;
        }
        default -> { }
      }
      i += 2 + optlen;
    }
    return true;
  }

  private boolean dhcpv6(int cp, int length, int indent) {
    int i = 0;
    while (i < length) {
      if (i + 4 > length) return false;
      int tlv = cp + i;
      int type = f.u16(tlv);
      int optlen = f.u16(tlv + 2);
      int value = tlv + 4;
      newline(indent);
      out.append(switch (type) {
        case 23 -> "DNS-server";
        case 24 -> "DNS-search-list";
        case 31 -> "SNTP-servers";
        default -> "Unknown";
      });
      out.append(" (").append(optlen + 4).append(')');
      if (i + 4 + optlen > length) return false;
      switch (type) {
        case 23, 31 -> {
          if (optlen % 16 != 0) {
            f.printInvalid();
            return false;
          }
          for (int t = 0; t < optlen; t += 16) {
            out.append(' ');
            f.need(value + t, 16);
            f.names.ip6(out, f.b, value + t);
          }
        }
        case 24 -> {
          if (!names(value, optlen)) return false;
        }
        default -> { }
      }
      i += 4 + optlen;
    }
    return true;
  }

  /** Domain names filling [value, value+len), each after a space, as fqdn_print does. */
  private boolean names(int value, int len) {
    int tp = value;
    dns.bp = value + len; // tcpdump passes the option's end as the compression base
    while (tp < value + len) {
      out.append(' ');
      tp = dns.name(tp);
      if (tp < 0) return false;
    }
    return true;
  }

  /** tcpdump's print_dns_label: labels to a zero one; {@return its length, or -1} */
  private int dnsLabel(int cp, int max) {
    int length = 0;
    while (length < max) {
      int lab = f.u8(cp + length);
      length++;
      if (lab == 0) return length;
      if (length > 1) out.append('.');
      if (length + lab > max) {
        f.printjnp(cp + length, max - length);
        break;
      }
      f.printjnp(cp + length, lab);
      length += lab;
    }
    out.append("[|DNS]");
    return -1;
  }

  /**
   * tcpdump's print_prefix: an IPv4-mapped prefix as IPv4, else decode_prefix6.
   * {@return bytes used, -1 for a bad length, -2/-3 for a prefix past its bytes}
   */
  private int prefix(int p, int max) {
    int first = f.u8(p);
    if (first >= 96 && max >= 13 && mapped(p + 1)) {
      int plen = first - 96;
      if (plen > 32) return -1;
      int bytes = (plen + 7) / 8;
      if (max - 1 < bytes + 12) return -3;
      copyMasked(p + 13, bytes, plen);
      f.names.ip4(out, addr, 0);
      out.append('/').append(plen);
      return bytes + 13;
    }
    if (max < 1) return -2;
    if (first > 128) return -1;
    int bytes = (first + 7) / 8;
    if (max - 1 < bytes) return -3;
    copyMasked(p + 1, bytes, first);
    f.names.ip6(out, addr, 0);
    out.append('/').append(first);
    return 1 + bytes;
  }

  private void copyMasked(int p, int n, int plen) {
    f.need(p, n);
    Arrays.fill(addr, (byte) 0);
    System.arraycopy(f.b, p, addr, 0, n);
    if (plen % 8 != 0) addr[n - 1] &= (byte) ((0xff00 >> (plen % 8)) & 0xff);
  }

  private boolean mapped(int p) {
    f.need(p, 12);
    for (int k = 0; k < 10; k++) {
      if (f.b[p + k] != 0) return false;
    }
    return f.b[p + 10] == (byte) 0xff && f.b[p + 11] == (byte) 0xff;
  }

  private void ip6OrMapped(int p) {
    if (mapped(p)) f.ip4(p + 12);
    else {
      f.need(p, 16);
      f.names.ip6(out, f.b, p);
    }
  }

  private void nid(int p) {
    f.need(p, 4);
    for (int k = 0; k < 4; k++) {
      if (k > 0) out.append(':');
      Text.hex2(out, f.u8(p + k));
    }
  }

  private void hex64(int p) {
    Text.hex8(out, f.u32(p));
    Text.hex8(out, f.u32(p + 4));
  }

  private void hex256(int p) {
    for (int k = 0; k < 32; k += 4) Text.hex8(out, f.u32(p + k));
  }

  private void interval(long n) {
    out.append(n / 1000).append('.');
    Text.zeroPad(out, n % 1000, 3);
    out.append('s');
  }
}
