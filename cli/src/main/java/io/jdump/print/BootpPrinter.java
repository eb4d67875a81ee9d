package io.jdump.print;

/**
 * BOOTP and DHCP, as tcpdump's {@code bootp_print}: op and client address, and with {@code -v}
 * the header fields and the RFC 1048 options, each printed by its format letter.
 */
final class BootpPrinter {
  /**
   * Option names, prefixed by tcpdump's format letter: i address, l/L 32-bit, s 16-bit,
   * b bytes, x hex bytes, a ASCII, B boolean, p address pairs, $ special, ' ' none.
   */
  private static final String[] TAGS = new String[256];

  static {
    String[] t = {
      "0 PAD", "1iSubnet-Mask", "2LTime-Zone", "3iDefault-Gateway", "4iTime-Server",
      "5iIEN-Name-Server", "6iDomain-Name-Server", "7iLOG", "8iCS", "9iLPR-Server", "10iIM",
      "11iRL", "12aHostname", "13sBS", "255 END", "14aDP", "15aDomain-Name", "16iSS", "17aRP",
      "18aEP", "19BIPF", "20BSRT", "21pPF", "22sRSZ", "23bTTL", "24lMTU-Timeout",
      "25sMTU-Table", "26sMTU", "27BLSN", "28iBR", "29BMD", "30BMS", "31BRouter-Discovery",
      "32iRSA", "33pStatic-Route", "34BUT", "35lAT", "36BIE", "37bTT", "38lKI", "39BKG",
      "40aYD", "41iYS", "42iNTP", "43bVendor-Option", "44iNetbios-Name-Server", "45iWDD",
      "46$Netbios-Node", "47aNetbios-Scope", "48iXFS", "49iXDM", "64sN+D", "65iN+S", "68iMH",
      "69iSMTP", "70iPOP3", "71iNNTP", "72iWWW", "73iFG", "74iIRC", "75iSTS", "76iSTDA",
      "50iRequested-IP", "51lLease-Time", "52$OO", "66aTFTP", "67aBF", "53 DHCP-Message",
      "54iServer-ID", "55bParameter-Request", "56aMSG", "57sMSZ", "58lRN", "59lRB",
      "60aVendor-Class", "61$Client-ID", "98aUAP", "116BNOAUTO", "78bSLP-DA", "79bSLP-SCOPE",
      "117sNSSEARCH", "77$User-Class", "118iSUBNET", "121$Classless-Static-Route",
      "249$Classless-Static-Route-Microsoft", "150iTFTP-Server-Address",
      "80aSLP-NA", "81$FQDN", "82$Agent-Information", "83bARMT", "88aTZSTR", "89bFQDNS",
      "90bAUTH", "91LLast-Transaction-Time", "92iAssociated-IP", "93sARCH", "94bNDI",
      "97bGUID", "95aLDAP", "100aPOSIX-TZ", "101aTZ-Name", "112iNI", "113aNITAG", "114aURL",
      "161aMUD-URL"};
    for (String s : t) {
      int i = 0;
      while (Character.isDigit(s.charAt(i))) i++;
      TAGS[Integer.parseInt(s.substring(0, i))] = s.substring(i);
    }
  }

  private final Frame f;
  private final StringBuilder out;

  BootpPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int p, int length) {
    f.proto = "bootp";
    int op = f.u8(p);
    out.append("BOOTP/DHCP, ");
    if (op == 1) out.append("Request");
    else if (op == 2) out.append("Reply");
    else {
      out.append("unknown (0x");
      Text.hex2(out, op);
      out.append(')');
    }
    int htype = f.u8(p + 1);
    int hlen = f.u8(p + 2);
    if (htype == 1 && hlen == 6 && op == 1) {
      f.need(p + 28, 6);
      out.append(" from ");
      f.names.mac(out, f.b, p + 28);
    }
    out.append(", length ").append(length);
    if (f.opts.verbosity() == 0) return;
    if (!f.has(p + 8, 2)) {
      f.printTrunc();
      return;
    }
    if (htype != 1) out.append(", htype ").append(htype);
    if (htype != 1 || hlen != 6) out.append(", hlen ").append(hlen);
    if (f.u8(p + 3) != 0) out.append(", hops ").append(f.u8(p + 3));
    if (f.u32(p + 4) != 0) {
      out.append(", xid 0x");
      Text.hex(out, f.u32(p + 4));
    }
    if (f.u16(p + 8) != 0) out.append(", secs ").append(f.u16(p + 8));
    int flags = f.u16(p + 10);
    out.append(", Flags [").append((flags & 0x8000) != 0 ? "Broadcast" : "none").append(']');
    if (f.opts.verbosity() > 1) {
      out.append(" (0x");
      Text.hex4(out, flags);
      out.append(')');
    }
    address(p + 12, "\n\t  Client-IP ");
    address(p + 16, "\n\t  Your-IP ");
    address(p + 20, "\n\t  Server-IP ");
    address(p + 24, "\n\t  Gateway-IP ");
    if (htype == 1 && hlen == 6) {
      f.need(p + 28, 6);
      out.append("\n\t  Client-Ethernet-Address ");
      f.names.mac(out, f.b, p + 28);
    }
    if (f.u8(p + 44) != 0 && !zstring(p + 44, 64, "\n\t  sname \"")) return;
    if (f.u8(p + 108) != 0 && !zstring(p + 108, 128, "\n\t  file \"")) return;
    int vend = p + 236;
    if (!f.has(vend, 4)) {
      f.printTrunc();
      return;
    }
    long magic = f.u32(vend);
    if (magic == 0x63825363L) {
      rfc1048(vend);
    } else if (magic != 0) {
      out.append("\n\t  Vendor-#0x");
      Text.hex(out, magic);
    }
  }

  private void address(int p, String label) {
    if (f.i32(p) != 0) {
      out.append(label);
      f.names.ip4(out, f.b, p);
    }
  }

  /** tcpdump's {@code nd_printztn} in quotes; {@return false when it ended in a marker} */
  private boolean zstring(int p, int max, String label) {
    out.append(label);
    for (int i = 0; i < max && f.has(p + i, 1); i++) {
      int c = f.b[p + i] & 0xff;
      if (c == 0) {
        out.append('"');
        return true;
      }
      DnsNames.charEscaped(out, c);
    }
    // tcpdump's nd_printztn: no NUL within the field is as cut as the end of the capture
    out.append('"');
    f.printTrunc();
    return false;
  }

  private void rfc1048(int bp) {
    int verbosity = f.opts.verbosity();
    out.append("\n\t  Vendor-rfc1048 Extensions\n\t    Magic Cookie 0x");
    Text.hex8(out, f.u32(bp));
    bp += 4;
    while (f.has(bp, 1)) {
      int tag = f.u8(bp++);
      if (tag == 0 && verbosity < 3) continue;
      if (tag == 255 && verbosity < 3) return;
      String name = TAGS[tag];
      char c = name == null ? '?' : name.charAt(0);
      int len;
      if (tag == 0 || tag == 255) {
        len = 0;
      } else {
        len = f.u8(bp++);
      }
      out.append("\n\t    ");
      if (name == null) out.append("Unknown");
      else out.append(name, 1, name.length());
      out.append(" (").append(tag).append("), length ").append(len).append(len > 0 ? ": " : "");
      if (tag == 0 && verbosity > 2) {
        int n = 1;
        while (f.has(bp, 1) && f.u8(bp) == 0) {
          bp++;
          n++;
        }
        if (n > 1) out.append(", occurs ").append(n);
      }
      if (!f.has(bp, len)) {
        f.printTrunc();
        return;
      }
      if (tag == 53 && len == 1) {
        int m = f.u8(bp++);
        String[] msgs = {null, "Discover", "Offer", "Request", "Decline", "ACK", "NACK",
          "Release", "Inform", null, "LeaseQuery", "LeaseUnassigned", "LeaseUnknown",
          "LeaseActive"};
        String s = m < msgs.length ? msgs[m] : null;
        if (s != null) out.append(s);
        else out.append("Unknown (").append(m).append(')');
        continue;
      }
      if (tag == 55) {
        for (int idx = 0; len > 0; idx++, len--) {
          int inner = f.u8(bp++);
          out.append(idx % 4 == 0 ? "\n\t      " : ", ");
          String n = TAGS[inner];
          out.append(n == null ? "Unknown" : n.substring(1)).append(" (").append(inner)
              .append(')');
        }
        continue;
      }
      if (c == '?') c = (len & 1) != 0 ? 'b' : (len & 2) != 0 ? 's' : 'l';
      boolean first = true;
      switch (c) {
        case 'a' -> {
          out.append('"');
          for (int i = 0; i < len; i++) DnsNames.charEscaped(out, f.u8(bp + i));
          out.append('"');
          bp += len;
          len = 0;
        }
        case 'i', 'l', 'L' -> {
          while (len >= 4) {
            if (!first) out.append(',');
            if (c == 'i') f.names.ip4(out, f.b, bp);
            else if (c == 'L') out.append(f.i32(bp));
            else out.append(f.u32(bp));
            bp += 4;
            len -= 4;
            first = false;
          }
        }
        case 'p' -> {
          while (len >= 8) {
            if (!first) out.append(',');
            out.append('(');
            f.names.ip4(out, f.b, bp);
            out.append(':');
            f.names.ip4(out, f.b, bp + 4);
            out.append(')');
            bp += 8;
            len -= 8;
            first = false;
          }
        }
        case 's' -> {
          while (len >= 2) {
            if (!first) out.append(',');
            out.append(f.u16(bp));
            bp += 2;
            len -= 2;
            first = false;
          }
        }
        case 'B' -> {
          while (len > 0) {
            if (!first) out.append(',');
            int v = f.u8(bp);
            if (v == 0) out.append('N');
            else if (v == 1) out.append('Y');
            else out.append(v).append('?');
            bp++;
            len--;
            first = false;
          }
        }
        case '$' -> {
          if (tag == 61 && len < 1) {
            // an empty client identifier has its own message, not the unknown-tag one
            out.append("[ERROR: length < 1 bytes]");
          } else if (tag == 61) {
            int type = f.u8(bp++);
            len--;
            if (type == 0) {
              out.append('"');
              for (int i = 0; i < len; i++) DnsNames.charEscaped(out, f.u8(bp + i));
              out.append('"');
            } else {
              String hw = switch (type) {
                case 1 -> "ether";
                case 6 -> "ieee802";
                case 7 -> "arcnet";
                case 0xf -> "frelay";
                case 0x17 -> "strip";
                case 0x18 -> "ieee1394";
                default -> null;
              };
              if (hw != null) out.append(hw).append(' ');
              else out.append("hardware-type ").append(type).append(", ");
              Text.colonHex(out, f.b, bp, len);
            }
            bp += len;
            len = 0;
          } else if (tag == 77) {
            userClass(bp, len);
            bp += len;
            len = 0;
          } else if (tag == 46 || tag == 52) {
            if (len < 1) {
              out.append("[ERROR: length < 1 bytes]");
            } else {
              // tcpdump's tok2str with no default: an unknown value prints its own "#%d"
              int v = f.u8(bp++);
              len--;
              String s = tag == 46 ? netbiosNode(v) : overload(v);
              if (s != null) out.append(s);
              else out.append('#').append(v);
            }
          } else if (tag == 81) {
            fqdn(bp, len);
            bp += len;
            len = 0;
          } else if (tag == 82) {
            int used = agentInformation(bp, len);
            bp += used;
            len -= used;
          } else if (tag == 121 || tag == 249) {
            classlessRoutes(bp, len);
            bp += len;
            len = 0;
          } else {
            out.append("[unknown special tag ").append(tag).append(", size ").append(len)
                .append(']');
            bp += len;
            len = 0;
          }
        }
        default -> {
          while (len > 0) {
            if (!first) out.append(c == 'x' ? ':' : '.');
            if (c == 'x') Text.hex2(out, f.u8(bp));
            else out.append(f.u8(bp));
            bp++;
            len--;
            first = false;
          }
        }
      }
      if (len != 0) {
        out.append("\n\t  trailing data length ").append(len);
        bp += len;
      }
    }
  }

  private static String netbiosNode(int v) {
    return switch (v) {
      case 1 -> "b-node";
      case 2 -> "p-node";
      case 4 -> "m-node";
      case 8 -> "h-node";
      default -> null;
    };
  }

  private static String overload(int v) {
    return switch (v) {
      case 1 -> "file";
      case 2 -> "sname";
      case 3 -> "file+sname";
      default -> null;
    };
  }

  /** RFC 4702 client FQDN: flags, two obsolete RCODEs, the name as it is. */
  private void fqdn(int bp, int len) {
    if (len < 3) {
      out.append("[ERROR: length < 3 bytes]");
      return;
    }
    int flags = f.u8(bp);
    if ((flags & 0xf0) != 0) {
      out.append("[ERROR: MBZ nibble 0x");
      Text.hex(out, flags >> 4);
      out.append(" != 0] ");
    }
    if ((flags & 0x0f) != 0) {
      // client_fqdn_flags: one letter a flag, S first
      out.append('[');
      if ((flags & 0x01) != 0) out.append('S');
      if ((flags & 0x02) != 0) out.append('O');
      if ((flags & 0x04) != 0) out.append('E');
      if ((flags & 0x08) != 0) out.append('N');
      out.append("] ");
    }
    int rcode1 = f.u8(bp + 1);
    int rcode2 = f.u8(bp + 2);
    if (rcode1 != 0 || rcode2 != 0) out.append(rcode1).append('/').append(rcode2).append(' ');
    out.append('"');
    boolean cut = f.printn(bp + 3, len - 3);
    out.append('"');
    if (cut) throw f.truncated();
  }

  /** RFC 3046 relay agent sub-options; {@return the bytes consumed}, as tcpdump leaves len. */
  private int agentInformation(int bp, int len) {
    int start = bp;
    while (len >= 2) {
      int sub = f.u8(bp);
      int subLen = f.u8(bp + 1);
      bp += 2;
      len -= 2;
      String name = switch (sub) {
        case 1 -> "Circuit-ID";
        case 2 -> "Remote-ID";
        case 6 -> "Subscriber-ID";
        default -> "Unknown";
      };
      out.append("\n\t      ").append(name).append(" SubOption ").append(sub).append(", length ")
          .append(subLen).append(": ");
      if (subLen > len) {
        out.append("length goes past end of option");
        return bp - start + len;
      }
      if (sub == 1 || sub == 2 || sub == 6) {
        if (f.printn(bp, subLen)) throw f.truncated();
      } else {
        f.unknownData(bp, "\n\t\t", subLen);
      }
      len -= subLen;
      bp += subLen;
    }
    return bp - start;
  }

  /** RFC 3442 classless static routes: (destination/width:router), ... */
  private void classlessRoutes(int bp, int len) {
    if (len < 5) {
      out.append("[ERROR: length < 5 bytes]");
      return;
    }
    boolean first = true;
    while (len > 0) {
      if (!first) out.append(',');
      int width = f.u8(bp++);
      len--;
      if (width > 32) {
        out.append("[ERROR: Mask width (").append(width).append(") > 32]");
        return;
      }
      int octets = (width + 7) / 8;
      if (len < octets + 4) {
        out.append("[ERROR: Remaining length (").append(len).append(") < ").append(octets + 4)
            .append(" bytes]");
        return;
      }
      out.append('(');
      if (width == 0) {
        out.append("default");
      } else {
        for (int i = 0; i < octets; i++) {
          if (i > 0) out.append('.');
          out.append(f.u8(bp++));
        }
        for (int i = octets; i < 4; i++) out.append(".0");
        out.append('/').append(width);
      }
      out.append(':');
      f.need(bp, 4);
      f.names.ip4(out, f.b, bp);
      out.append(')');
      bp += 4;
      len -= octets + 4;
      first = false;
    }
  }

  /** RFC 3004 user classes: length-prefixed opaque instances, numbered from 1. */
  private void userClass(int bp, int len) {
    if (len < 2) {
      out.append("[ERROR: length < 2 bytes]");
      return;
    }
    for (int n = 1; len > 0; n++) {
      int sub = f.u8(bp++);
      len--;
      out.append("\n\t      instance#").append(n).append(": ");
      if (sub == 0) {
        out.append("[ERROR: suboption length must be non-zero]");
        return;
      }
      if (len < sub) {
        out.append("[ERROR: invalid option]");
        return;
      }
      out.append('"');
      for (int i = 0; i < sub; i++) DnsNames.charEscaped(out, f.u8(bp + i));
      out.append("\", length ").append(sub);
      len -= sub;
      bp += sub;
    }
  }
}
