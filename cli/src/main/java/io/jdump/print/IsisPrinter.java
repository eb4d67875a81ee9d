package io.jdump.print;

/**
 * IS-IS (ISO 10589, NLPID 0x83 behind an OSI LLC header), as tcpdump's {@code isis_print}: the
 * PDU type and its brief fields, and with {@code -v} the common header, the IIH, LSP, CSNP or
 * PSNP header (with the LSP checksum verified) and every TLV; reachability TLVs are
 * {@link IsisReach}'s. From {@code -vv} each header and TLV is also dumped in hex.
 *
 * <p>tcpdump's {@code goto trunc} prints {@code [|isis]} and returns normally (so {@code -x}
 * still skips the link header); its GET macros' long jump is a {@link Truncated} throw. Each
 * line's fields are read before any of it is printed, as tcpdump's {@code ND_PRINT} does.
 */
final class IsisPrinter {
  /** What the TLV loop does after a TLV: go on, print [|isis], stop, or fail (hex of all). */
  private static final int GO_ON = 0;
  private static final int TRUNC = 1;
  private static final int STOP = 2;
  private static final int FAIL = 3;

  private static final String IND = "\n\t      ";

  private final Frame f;
  private final StringBuilder out;
  private final IsisReach reach;
  private final HmacSignatures signatures;

  IsisPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
    this.reach = new IsisReach(f, this);
    this.signatures = new HmacSignatures(f);
  }

  private static String pduName(int t) {
    return switch (t) {
      case 15 -> "L1 Lan IIH";
      case 16 -> "L2 Lan IIH";
      case 17 -> "p2p IIH";
      case 18 -> "L1 LSP";
      case 20 -> "L2 LSP";
      case 24 -> "L1 CSNP";
      case 25 -> "L2 CSNP";
      case 26 -> "L1 PSNP";
      case 27 -> "L2 PSNP";
      default -> null;
    };
  }

  static String tlvName(int t) {
    return switch (t) {
      case 1 -> "Area address(es)";
      case 2 -> "IS Reachability";
      case 3 -> "ES Neighbor(s)";
      case 4 -> "Partition DIS";
      case 5 -> "Prefix Neighbors";
      case 6 -> "IS Neighbor(s)";
      case 7 -> "Instance Identifier";
      case 8 -> "Padding";
      case 9 -> "LSP entries";
      case 10 -> "Authentication";
      case 12 -> "Checksum";
      case 13 -> "Purge Originator Identifier";
      case 14 -> "LSP Buffersize";
      case 22 -> "Extended IS Reachability";
      case 24 -> "IS Alias ID";
      case 42 -> "DECnet Phase IV";
      case 66 -> "Lucent Proprietary";
      case 128 -> "IPv4 Internal Reachability";
      case 129 -> "Protocols supported";
      case 130 -> "IPv4 External Reachability";
      case 131 -> "Inter-Domain Information Type";
      case 132 -> "IPv4 Interface address(es)";
      case 133 -> "IPv4 authentication (deprecated)";
      case 134 -> "Traffic Engineering Router ID";
      case 135 -> "Extended IPv4 Reachability";
      case 137 -> "Hostname";
      case 138 -> "Shared Risk Link Group";
      case 143 -> "Multi-Topology-Aware Port Capability";
      case 144 -> "Multi-Topology Capability";
      case 176, 177 -> "Nortel Proprietary";
      case 211 -> "Restart Signaling";
      case 222 -> "Multi Topology IS Reachability";
      case 229 -> "Multi Topology";
      case 232 -> "IPv6 Interface address(es)";
      case 235 -> "Multi-Topology IPv4 Reachability";
      case 236 -> "IPv6 reachability";
      case 237 -> "Multi-Topology IP6 Reachability";
      case 240 -> "Point-to-point Adjacency State";
      case 241 -> "Hello PDU Sequence Number";
      case 242 -> "IS-IS Router Capability";
      case 250 -> "Vendor Private";
      default -> "unknown";
    };
  }

  static String nlpidName(int v) {
    return switch (v) {
      case 0x00 -> "NULL";
      case 0x08 -> "Q.933";
      case 0x09 -> "LMI";
      case 0x80 -> "SNAP";
      case 0x81 -> "CLNP";
      case 0x82 -> "ES-IS";
      case 0x83 -> "IS-IS";
      case 0x84 -> "CONS";
      case 0x85 -> "IDRP";
      case 0x8a -> "X25 ES-IS";
      case 0x8e -> "IPv6";
      case 0xb1 -> "FRF.15";
      case 0xc1 -> "ISIS_SPB";
      case 0xcc -> "IPv4";
      case 0xcf -> "PPP";
      default -> null;
    };
  }

  /** tcpdump's {@code isis_print_id}: a system, node or LSP id; the bytes are checked first. */
  void id(int p, int len) {
    f.need(p, len);
    int sys = Math.min(6, len);
    for (int i = 1; i <= sys; i++) {
      Text.hex2(out, f.u8(p + i - 1));
      if (i == 2 || i == 4) out.append('.');
    }
    if (len >= 7) {
      out.append('.');
      Text.hex2(out, f.u8(p + 6));
    }
    if (len == 8) {
      out.append('-');
      Text.hex2(out, f.u8(p + 7));
    }
  }

  /** tcpdump's {@code isonsap_string}, bytes checked first. */
  void nsap(int p, int len) {
    f.need(p, len);
    if (len < 1 || len > 20) {
      out.append("isonsap_string: illegal length");
      return;
    }
    for (int i = 0; i < len; i++) {
      Text.hex2(out, f.u8(p + i));
      if ((i & 1) == 0 && i + 1 < len) out.append('.');
    }
  }

  void ip4(int p) {
    f.ip4(p);
  }

  void printjnp(int p, int n) {
    for (int i = 0; i < n; i++) {
      int c = f.u8(p + i);
      if (c == 0) return;
      Text.printChar(out, c);
    }
  }

  private boolean trunc() {
    f.printTrunc();
    return true;
  }

  /** {@return false where tcpdump's isis_print returns 0 (the caller dumps the PDU)} */
  boolean print(int p, int length) {
    f.proto = "isis";
    if (!f.has(p, 8) || length < 8) return trunc();
    int q = p + 8;
    if (!f.opts.linkHeader()) out.append("IS-IS");
    int version = f.u8(p + 2);
    if (version != 1) {
      out.append("version ").append(version).append(" packet not supported");
      return false;
    }
    int idLen = f.u8(p + 3);
    if (idLen != 6 && idLen != 0) {
      out.append("system ID length of ").append(idLen).append(" is not supported");
      return false;
    }
    int pduVersion = f.u8(p + 5);
    if (pduVersion != 1) {
      out.append("version ").append(pduVersion).append(" packet not supported");
      return false;
    }
    int fixedLen = f.u8(p + 1);
    if (length < fixedLen) {
      out.append("fixed header length ").append(fixedLen).append(" > packet length ")
          .append(length);
      return false;
    }
    if (fixedLen < 8) {
      out.append("fixed header length ").append(fixedLen).append(" < minimum header size 8");
      return false;
    }
    int pduMaxArea = f.u8(p + 7);
    if (pduMaxArea == 255) {
      out.append("bad packet -- 255 areas");
      return false;
    }
    int maxArea = pduMaxArea == 0 ? 3 : pduMaxArea;
    int id = idLen == 0 ? 6 : idLen;
    int type = f.u8(p + 4);
    String name = pduName(type);
    String sep = f.opts.linkHeader() ? "" : ", ";
    int v = f.opts.verbosity();
    if (v == 0) {
      out.append(sep);
      if (name == null) out.append("unknown PDU-Type ").append(type);
      else out.append(name);
    } else {
      out.append(sep).append("length ").append(length).append("\n\t");
      if (name == null) out.append("unknown, type ").append(type);
      else out.append(name);
      out.append(", hlen: ").append(fixedLen).append(", v: ").append(version)
          .append(", pdu-v: ").append(pduVersion).append(", sys-id-len: ").append(id)
          .append(" (").append(idLen).append("), max-area: ").append(maxArea).append(" (")
          .append(pduMaxArea).append(')');
      if (v > 1 && !f.unknownData(p, "\n\t", 8)) return false;
    }
    int header = switch (type) {
      case 15, 16, 18, 20 -> 19;
      case 17 -> 12;
      case 24, 25 -> 25;
      case 26, 27 -> 9;
      default -> -1;
    };
    if (header < 0) {
      if (v == 0) {
        out.append(", length ").append(length);
        return true;
      }
      f.unknownData(q, "\n\t  ", length);
      return false;
    }
    if (fixedLen != 8 + header) {
      // tcpdump's words: PSNPs lead with "- ", LSPs name the LSP header's size alone
      out.append(type >= 26 ? "- " : ", ").append("bogus fixed header length ").append(fixedLen)
          .append(" should be ").append(type == 18 || type == 20 ? header : 8 + header);
      return false;
    }
    if (!f.has(q, header) || length < 8 + header) return trunc();
    if (v == 0) {
      brief(type, q);
      out.append(", length ").append(length);
      return true;
    }
    int pduLen = f.u16(type <= 17 ? q + 9 : q);
    int packetLen = length;
    if (packetLen > pduLen) { // TLVs are decoded as far as the PDU says, no further
      packetLen = pduLen;
      length = pduLen;
    }
    details(type, q, pduLen, length);
    if (v > 1 && !f.unknownData(q, "\n\t  ", header)) return false;
    if (packetLen < 8 + header) {
      out.append(" [packet length ").append(packetLen).append(" < ").append(8 + header)
          .append(']');
      f.printInvalid();
      return true;
    }
    packetLen -= 8 + header;
    return tlvs(p, q + header, packetLen, length);
  }

  /** The one-line form without -v: the PDU's ids. */
  private void brief(int type, int q) {
    switch (type) {
      case 15, 16 -> {
        out.append(", src-id ");
        id(q + 1, 6);
        int prio = f.u8(q + 11);
        f.need(q + 12, 7);
        out.append(", lan-id ");
        id(q + 12, 7);
        out.append(", prio ").append(prio);
      }
      case 17 -> {
        out.append(", src-id ");
        id(q + 1, 6);
      }
      case 18, 20 -> {
        out.append(", lsp-id ");
        id(q + 4, 8);
        out.append(", seq 0x");
        Text.hex8(out, f.u32(q + 12));
        out.append(", lifetime ");
        Text.spacePad(out, f.u16(q + 2), 5);
        out.append('s');
      }
      default -> {
        out.append(", src-id ");
        id(q + 2, 7);
      }
    }
  }

  /** The PDU header's lines under -v. */
  private void details(int type, int q, int pduLen, int length) {
    switch (type) {
      case 15, 16, 17 -> {
        out.append("\n\t  source-id: ");
        id(q + 1, 6);
        out.append(type == 17 ? ", holding time: " : ",  holding time: ").append(f.u16(q + 7))
            .append("s, Flags: [");
        circuitType(f.u8(q));
        if (type == 17) {
          out.append("]\n\t  circuit-id: 0x");
          Text.hex2(out, f.u8(q + 11));
        } else {
          out.append("]\n\t  lan-id:    ");
          id(q + 12, 7);
          out.append(", Priority: ").append(f.u8(q + 11) & 0x7f);
        }
        out.append(", PDU length: ").append(pduLen);
      }
      case 18, 20 -> {
        int cksum = f.u16(q + 16);
        out.append("\n\t  lsp-id: ");
        id(q + 4, 8);
        out.append(", seq: 0x");
        Text.hex8(out, f.u32(q + 12));
        out.append(", lifetime: ");
        Text.spacePad(out, f.u16(q + 2), 5);
        out.append("s\n\t  chksum: 0x");
        Text.hex4(out, cksum);
        checksum(q + 4, cksum, 12, length - 12);
        int tb = f.u8(q + 18);
        out.append(", PDU length: ").append(pduLen).append(", Flags: [ ");
        if ((tb & 0x4) != 0) out.append("Overload bit set, ");
        if ((tb & 0x78) != 0) {
          if ((tb & 0x08) != 0) out.append("default ");
          if ((tb & 0x10) != 0) out.append("delay ");
          if ((tb & 0x20) != 0) out.append("expense ");
          if ((tb & 0x40) != 0) out.append("error ");
          out.append("ATT bit set, ");
        }
        if ((tb & 0x80) != 0) out.append("P bit set, ");
        out.append(switch (tb & 3) {
          case 0 -> "Unused 0x0 (invalid)";
          case 1 -> "L1 IS";
          case 2 -> "Unused 0x2 (invalid)";
          default -> "L2 IS";
        }).append(" ]");
      }
      default -> {
        out.append("\n\t  source-id:    ");
        id(q + 2, 7);
        out.append(", PDU length: ").append(pduLen);
        if (type == 24 || type == 25) {
          out.append("\n\t  start lsp-id: ");
          id(q + 9, 8);
          out.append("\n\t  end lsp-id:   ");
          id(q + 17, 8);
        }
      }
    }
  }

  private void circuitType(int c) {
    switch (c) {
      case 1 -> out.append("Level 1 only");
      case 2 -> out.append("Level 2 only");
      case 3 -> out.append("Level 1, Level 2");
      default -> {
        out.append("unknown circuit type 0x");
        Text.hex2(out, c);
      }
    }
  }

  /** tcpdump's {@code osi_print_cksum}: the Fletcher checksum of len bytes at p verified. */
  void checksum(int p, int cksum, int off, int len) {
    if (cksum == 0 || off < 0 || !f.has(p + off, 2) || Integer.compareUnsigned(off, len) > 0
        || len < 0 || !f.has(p, len)) {
      out.append(" (unverified)");
      return;
    }
    int want = osiChecksum(f.b, p, off, len);
    if (want == cksum) {
      out.append(" (correct)");
    } else {
      out.append(" (incorrect should be 0x");
      Text.hex4(out, want);
      out.append(')');
    }
  }

  /** The ISO 8473 Fletcher checksum that len bytes at p should carry at off. */
  static int osiChecksum(byte[] b, int p, int off, int len) {
    int c0 = 0;
    int c1 = 0; // wraps as tcpdump's uint32_t does
    for (int i = 0; i < len; i++) {
      if (i != off && i != off + 1) c0 += b[p + i] & 0xff;
      c1 += c0;
    }
    c0 = c0 % 255;
    c1 = Integer.remainderUnsigned(c1, 255);
    int mul = (len - off) * c0;
    int x = mul - c0 - c1;
    int y = c1 - mul - 1;
    if (y >= 0) y++;
    if (x < 0) x--;
    x %= 255;
    y %= 255;
    if (x == 0) x = 255;
    if (y == 0) y = 255;
    y &= 0xff;
    return ((x << 8) | y) & 0xffff;
  }

  private boolean tlvs(int optr, int pp, int packetLen, int length) {
    int v = f.opts.verbosity();
    while (packetLen > 0) {
      if (!f.has(pp, 2) || packetLen < 2) return trunc();
      int type = f.u8(pp);
      int len = f.u8(pp + 1);
      pp += 2;
      packetLen -= 2;
      out.append("\n\t    ").append(tlvName(type)).append(" TLV #").append(type)
          .append(", length: ").append(len);
      if (packetLen < len) return trunc();
      switch (tlv(optr, type, pp, len, length)) {
        case TRUNC -> {
          return trunc();
        }
        case STOP -> {
          return true;
        }
        case FAIL -> {
          return false;
        }
        default -> { }
      }
      if (v > 1 && !f.unknownData(pp, IND, len)) return false;
      pp += len;
      packetLen -= len;
    }
    return true;
  }

  private int tlv(int optr, int type, int t, int tlen, int length) {
    switch (type) {
      case 1 -> {
        while (tlen != 0) {
          int alen = f.u8(t);
          t++;
          tlen--;
          if (tlen < alen) break;
          f.need(t, alen);
          out.append(IND).append("Area address (length: ").append(alen).append("): ");
          nsap(t, alen);
          t += alen;
          tlen -= alen;
        }
      }
      case 6 -> {
        while (tlen != 0) {
          if (tlen < 6) break;
          if (!f.has(t, 6)) return TRUNC;
          out.append(IND).append("SNPA: ");
          id(t, 6);
          tlen -= 6;
          t += 6;
        }
      }
      case 7 -> {
        if (tlen < 4) break;
        int n = (tlen - 2) / 2;
        int inst = f.u16(t);
        out.append(IND).append("Instance ID: ").append(inst).append(", ITIDs(").append(n)
            .append(')').append(n != 0 ? ":" : "").append(' ');
        t += 2;
        for (int i = 0; i < n; i++) {
          out.append(f.u16(t));
          if (i < n - 1) out.append(", ");
          t += 2;
        }
      }
      case 8 -> { }
      case 222, 22, 24 -> {
        if (type == 222) {
          int mt = reach.mtid(t, tlen);
          if (mt == 0) return TRUNC;
          t += mt;
          tlen -= mt;
        }
        while (tlen != 0) {
          int n = reach.extIsReach(t, type, tlen);
          if (n == 0) return TRUNC;
          if (tlen < n) {
            remaining(tlen, n);
            break;
          }
          tlen -= n;
          t += n;
        }
      }
      case 2 -> {
        if (tlen < 1) break;
        int virt = f.u8(t);
        out.append(IND);
        if (virt == 0) out.append("IsNotVirtual");
        else if (virt == 1) out.append("IsVirtual");
        else {
          out.append("bogus virtual flag 0x");
          Text.hex2(out, virt);
        }
        t++;
        tlen--;
        while (tlen != 0) {
          if (tlen < 11) break;
          if (!f.has(t, 11)) return TRUNC;
          out.append(IND).append("IS Neighbor: ");
          id(t + 4, 7);
          metricBlock(t);
          tlen -= 11;
          t += 11;
        }
      }
      case 3 -> {
        while (tlen != 0) {
          if (tlen < 10) break;
          if (!f.has(t, 10)) return TRUNC;
          out.append(IND).append("ES Neighbor: ");
          id(t + 4, 6);
          metricBlock(t);
          tlen -= 10;
          t += 10;
        }
      }
      case 128, 130 -> {
        if (!reach.ipReach(t, tlen)) return STOP;
      }
      case 135, 235, 236, 237 -> {
        if (type == 235 || type == 237) {
          int mt = reach.mtid(t, tlen);
          if (mt == 0) return TRUNC;
          t += mt;
          tlen -= mt;
        }
        boolean v6 = type == 236 || type == 237;
        while (tlen != 0) {
          int n = reach.extdIpReach(t, v6);
          if (n == 0) return TRUNC;
          if (tlen < n) {
            remaining(tlen, n);
            break;
          }
          tlen -= n & 0xff;
          t += n & 0xff;
        }
      }
      case 232 -> {
        while (tlen != 0) {
          if (tlen < 16) break;
          f.need(t, 16);
          out.append(IND).append("IPv6 interface address: ");
          f.names.ip6(out, f.b, t);
          t += 16;
          tlen -= 16;
        }
      }
      case 10 -> {
        return auth(optr, length, t, tlen);
      }
      case 240 -> {
        if (tlen >= 1) {
          int s = f.u8(t);
          out.append(IND).append("Adjacency State: ").append(switch (s) {
            case 0 -> "Up";
            case 1 -> "Initializing";
            case 2 -> "Down";
            default -> "unknown";
          }).append(" (").append(s).append(')');
          tlen--;
        }
        if (tlen > 4) {
          long c = f.u32(t + 1);
          out.append(IND).append("Extended Local circuit-ID: 0x");
          Text.hex8(out, c);
          tlen -= 4;
        }
        if (tlen >= 6) {
          if (!f.has(t + 5, 6)) return TRUNC;
          out.append(IND).append("Neighbor System-ID: ");
          id(t + 5, 6);
          tlen -= 6;
        }
        if (tlen >= 4) {
          long c = f.u32(t + 11);
          out.append(IND).append("Neighbor Extended Local circuit-ID: 0x");
          Text.hex8(out, c);
        }
      }
      case 129 -> {
        out.append(IND).append("NLPID(s): ");
        while (tlen != 0) {
          int n = f.u8(t);
          String name = nlpidName(n);
          out.append(name == null ? "unknown" : name).append(" (0x");
          Text.hex2(out, n);
          out.append(')');
          if (tlen > 1) out.append(", ");
          t++;
          tlen--;
        }
      }
      case 143 -> {
        if (tlen < 2) break;
        int w = f.u16(t);
        out.append("\n\t       RES: ").append(w >> 12).append(", MTID(s): ").append(w & 0xfff);
        if (tlen > 2) reach.mtPortCap(t + 2, tlen - 2);
      }
      case 144 -> {
        if (tlen < 2) break;
        int w = f.u16(t);
        out.append(IND).append("O: ").append((w >> 15) & 1).append(", RES: ")
            .append((w >> 12) & 7).append(", MTID(s): ").append(w & 0xfff);
        if (tlen > 2) reach.mtCapability(t + 2, tlen - 2);
      }
      case 134 -> {
        if (tlen < 4) break;
        f.need(t, 4);
        out.append(IND).append("Traffic Engineering Router ID: ");
        ip4(t);
      }
      case 132 -> {
        while (tlen != 0) {
          if (tlen < 4) break;
          f.need(t, 4);
          out.append(IND).append("IPv4 interface address: ");
          ip4(t);
          t += 4;
          tlen -= 4;
        }
      }
      case 137 -> {
        out.append(IND).append("Hostname: ");
        printjnp(t, tlen);
      }
      case 138 -> {
        return srlg(t, tlen);
      }
      case 9 -> {
        while (tlen != 0) {
          if (tlen < 16) break;
          if (!f.has(t + 9, 1)) return TRUNC;
          out.append(IND).append("lsp-id: ");
          id(t + 2, 8);
          long seq = f.u32(t + 10);
          out.append(", seq: 0x");
          Text.hex8(out, seq);
          int life = f.u16(t);
          out.append(", lifetime: ");
          Text.spacePad(out, life, 5);
          out.append('s');
          int ck = f.u16(t + 14);
          out.append(", chksum: 0x");
          Text.hex4(out, ck);
          tlen -= 16;
          t += 16;
        }
      }
      case 12 -> {
        if (tlen < 2) break;
        if (!f.has(t, 2)) return TRUNC;
        int ck = f.u16(t);
        out.append(IND).append("checksum: 0x");
        Text.hex4(out, ck);
        out.append(' ');
        checksum(optr, ck, t - optr, length);
      }
      case 13 -> {
        if (tlen < 1) break;
        int n = f.u8(t);
        t++;
        tlen--;
        if (n == 0) {
          out.append(" No system IDs supplied");
        } else {
          if (tlen < 6) break;
          if (!f.has(t, 6)) return TRUNC;
          out.append(IND).append("Purge Originator System-ID: ");
          id(t, 6);
          t += 6;
          tlen -= 6;
          if (n > 1) {
            if (tlen < 6) break;
            if (!f.has(t, 13)) return TRUNC;
            out.append(IND).append("Received from System-ID: ");
            id(t, 6);
          }
        }
      }
      case 229 -> {
        while (tlen != 0) {
          if (tlen != 1) {
            int mt = reach.mtid(t, tlen);
            if (mt == 0) return TRUNC;
            t += mt;
            tlen -= mt;
          } else {
            out.append(IND).append("invalid MT-ID");
            break;
          }
        }
      }
      case 211 -> {
        return restart(t, tlen);
      }
      case 131 -> {
        if (tlen < 1) break;
        int sub = f.u8(t);
        out.append(IND).append("Inter-Domain Information Type: ");
        switch (sub) {
          case 0 -> out.append("Reserved");
          case 1 -> out.append("Routing-Domain Specific");
          case 2 -> out.append("AS Number Tag");
          default -> {
            out.append("Unknown (0x");
            Text.hex2(out, sub);
            out.append(')');
          }
        }
        t++;
        tlen--;
        if (sub == 2) {
          if (tlen < 2) break;
          int as = f.u16(t);
          out.append("AS Number: ").append(as);
        } else if (!f.unknownData(t, IND, tlen)) {
          return FAIL;
        }
      }
      case 14 -> {
        if (tlen < 2) break;
        int n = f.u16(t);
        out.append(IND).append("LSP Buffersize: ").append(n);
      }
      case 4 -> {
        while (tlen != 0) {
          if (tlen < 6) break;
          if (!f.has(t, 6)) return TRUNC;
          out.append(IND);
          id(t, 6);
          t += 6;
          tlen -= 6;
        }
      }
      case 5 -> {
        if (tlen < 4) break;
        if (!f.has(t, 4)) return TRUNC;
        out.append(IND).append("Metric Block");
        metricBlock(t);
        t += 4;
        tlen -= 4;
        while (tlen != 0) {
          int plen = f.u8(t);
          t++;
          tlen--;
          if (plen < 2) {
            out.append("\n\t\tAddress: prefix length ").append(plen).append(" < 2");
            break;
          }
          if (tlen < plen / 2) break;
          f.need(t, plen / 2);
          out.append("\n\t\tAddress: ");
          nsap(t, plen / 2);
          out.append('/').append(plen * 4);
          t += plen / 2;
          tlen -= plen / 2;
        }
      }
      case 241 -> {
        if (tlen < 4) break;
        long n = f.u32(t);
        out.append(IND).append("Sequence number: ").append(n);
      }
      case 242 -> {
        if (tlen < 5) {
          out.append(" [object length ").append(tlen).append(" < 5]");
          f.printInvalid();
          break;
        }
        f.need(t, 4);
        out.append(IND).append("Router-ID ");
        ip4(t);
        int fl = f.u8(t + 4);
        out.append(", Flags [");
        int start = out.length();
        if ((fl & 1) != 0) out.append("S bit");
        if ((fl & 2) != 0) OspfPrinter.sep(out, start).append("D bit");
        if (out.length() == start) out.append("none");
        out.append(']');
        if (tlen > 5) reach.routerCapSubTlvs(t + 5, tlen - 5);
      }
      case 250 -> {
        if (tlen < 3) break;
        int oui = f.u24(t);
        out.append(IND).append("Vendor: ").append(Names.oui(oui)).append(" (").append(oui)
            .append(')');
        t += 3;
        tlen -= 3;
        if (tlen != 0 && !f.unknownData(t, "\n\t\t", tlen)) return FAIL;
      }
      default -> {
        if (f.opts.verbosity() <= 1 && !f.unknownData(t, "\n\t\t", tlen)) return FAIL;
      }
    }
    return GO_ON;
  }

  void remaining(int tlen, int n) {
    out.append(" [remaining tlv length ").append(tlen).append(" < ").append(n).append(']');
    f.printInvalid();
  }

  /** tcpdump's {@code isis_print_metric_block}. */
  void metricBlock(int m) {
    int d = f.u8(m);
    out.append(", Default Metric: ").append(d & 0x3f).append(", ")
        .append((d & 0x40) != 0 ? "External" : "Internal");
    metric("\n\t\t  Delay Metric: ", f.u8(m + 1));
    metric("\n\t\t  Expense Metric: ", f.u8(m + 2));
    metric("\n\t\t  Error Metric: ", f.u8(m + 3));
  }

  void metric(String label, int b) {
    if ((b & 0x80) != 0) return;
    out.append(label).append(b & 0x3f).append(", ").append((b & 0x40) != 0 ? "External" : "Internal");
  }

  /** optr and length: the PDU the HMAC-MD5 digest covers, as far as tcpdump's length goes. */
  private int auth(int optr, int length, int t, int tlen) {
    if (tlen < 1) return GO_ON;
    int at = f.u8(t);
    t++;
    tlen--;
    out.append(IND);
    switch (at) {
      case 1 -> out.append("simple text password");
      case 3 -> out.append("Generic Crypto key-id");
      case 54 -> out.append("HMAC-MD5 password");
      case 255 -> out.append("Routing Domain private password");
      default -> {
        out.append("unknown Authentication type 0x");
        Text.hex2(out, at);
      }
    }
    out.append(": ");
    switch (at) {
      case 1 -> printjnp(t, tlen);
      case 54 -> {
        for (int i = 0; i < tlen; i++) Text.hex2(out, f.u8(t + i));
        if (tlen != 16) out.append(", (invalid subTLV) ");
        // the LSP header's fields are cleared at their offsets whatever the PDU, as tcpdump does
        int verdict = signatures.verify(optr, length, t, optr + 8 + 2, optr + 8 + 16);
        out.append(" (").append(HmacSignatures.name(verdict)).append(')');
      }
      case 3 -> {
        if (tlen < 2) return GO_ON;
        int key = f.u16(t);
        out.append(key).append(", password: ");
        for (int i = 2; i < tlen; i++) Text.hex2(out, f.u8(t + i));
      }
      default -> {
        if (!f.unknownData(t, "\n\t\t  ", tlen)) return FAIL;
      }
    }
    return GO_ON;
  }

  private int srlg(int t, int tlen) {
    if (tlen < 7) return GO_ON;
    if (!f.has(t, 7)) return TRUNC;
    out.append(IND).append("IS Neighbor: ");
    id(t, 7);
    t += 7;
    tlen -= 7;
    if (tlen < 1) return GO_ON;
    int fl = f.u8(t);
    out.append(", Flags: [").append((fl & 1) != 0 ? "numbered" : "unnumbered").append(']');
    t++;
    tlen--;
    if (tlen < 4) return GO_ON;
    f.need(t, 4);
    out.append(IND).append("IPv4 interface address: ");
    ip4(t);
    t += 4;
    tlen -= 4;
    if (tlen < 4) return GO_ON;
    f.need(t, 4);
    out.append(IND).append("IPv4 neighbor address: ");
    ip4(t);
    t += 4;
    tlen -= 4;
    while (tlen != 0) {
      if (tlen < 4) return GO_ON;
      long id = f.u32(t);
      out.append(IND).append("Link-ID: 0x");
      Text.hex8(out, id);
      t += 4;
      tlen -= 4;
    }
    return GO_ON;
  }

  private int restart(int t, int tlen) {
    if (tlen < 1) return GO_ON;
    if (!f.has(t, 1)) return TRUNC;
    int fl = f.u8(t);
    out.append(IND).append("Flags [");
    int start = out.length();
    if ((fl & 1) != 0) out.append("Restart Request");
    if ((fl & 2) != 0) OspfPrinter.sep(out, start).append("Restart Acknowledgement");
    if ((fl & 4) != 0) OspfPrinter.sep(out, start).append("Suppress adjacency advertisement");
    if (out.length() == start) out.append("none");
    out.append(']');
    t++;
    tlen--;
    if (tlen < 2) return GO_ON;
    if (!f.has(t, 2)) return TRUNC;
    int hold = f.u16(t);
    out.append(", Remaining holding time ").append(hold).append('s');
    t += 2;
    tlen -= 2;
    if (tlen == 6) {
      if (!f.has(t, 6)) return TRUNC;
      out.append(", for ");
      id(t, 6);
    }
    return GO_ON;
  }
}
