package io.jdump.print;

/**
 * BGP update messages as tcpdump's {@code bgp_update_print} and {@code bgp_attr_print} print
 * them: withdrawn routes, each path attribute (origin, AS path, next hop, MED, local
 * preference, aggregator, communities, cluster list, MP_REACH/MP_UNREACH with their NLRI,
 * extended and large communities, attribute sets), then the announced routes.
 *
 * <p>Status codes of the NLRI decoders follow tcpdump's: -1 an illegal prefix length, -2 not
 * enough bytes (the caller stops with the truncation marker), -3 bytes left but too few.
 */
final class BgpAttributes {
  private static final int ILLEGAL = -1;
  private static final int TRUNC = -2;
  private static final int SHORT = -3;
  private static final int NO_DECODER = -4;

  private final Frame f;
  private final StringBuilder out;
  /** A prefix's address, zero-filled past its length; also a route target's bytes. */
  private final byte[] addr = new byte[20];
  /** tcpdump's NLRI buffer: {@code char buf[MAXHOSTNAMELEN + 100]} with Linux's 64. */
  private static final int BUF_SIZE = 164;
  /** An NLRI's text, built whole before it is printed, as tcpdump's buffer is. */
  private final StringBuilder nl = new StringBuilder(BUF_SIZE);
  /** What is left of tcpdump's buffer, whose overflow cuts the layer-2 VPN text short. */
  private int room;
  /** A route target prefix in hex, built before the text around it. */
  private final StringBuilder hex = new StringBuilder(24);

  BgpAttributes(Frame f) {
    this.f = f;
    this.out = f.out;
  }


  void update(int dat, int length) {
    if (!f.has(dat, 19) || length < 19) {
      f.printTrunc();
      return;
    }
    int p = dat + 19;
    length -= 19;
    if (!f.has(p, 2) || length < 2) {
      f.printTrunc();
      return;
    }
    int withdrawn = f.u16(p);
    p += 2;
    length -= 2;
    if (withdrawn > 1) {
      if (!f.has(p, withdrawn) || length < withdrawn) {
        f.printTrunc();
        return;
      }
      out.append("\n\t  Withdrawn routes:");
      boolean addPath = addPath(p, withdrawn, 32);
      long pathId = 0;
      while (withdrawn != 0) {
        if (addPath) {
          if (withdrawn < 4) {
            p += withdrawn;
            length -= withdrawn;
            break;
          }
          pathId = f.u32(p);
          p += 4;
          length -= 4;
          withdrawn -= 4;
        }
        int before = out.length();
        out.append("\n\t    ");
        int w = prefix4Whole(p, withdrawn, before);
        if (w == ILLEGAL) {
          out.setLength(before);
          out.append("\n\t    (illegal prefix length)");
          break;
        } else if (w == TRUNC) {
          out.setLength(before);
          f.printTrunc();
          return;
        }
        if (addPath) out.append("   Path Id: ").append(pathId);
        p += w;
        length -= w;
        withdrawn -= w;
      }
    } else {
      if (!f.has(p, withdrawn) || length < withdrawn) {
        f.printTrunc();
        return;
      }
      p += withdrawn;
      length -= withdrawn;
    }
    if (!f.has(p, 2) || length < 2) {
      f.printTrunc();
      return;
    }
    int len = f.u16(p);
    p += 2;
    length -= 2;
    if (withdrawn == 0 && len == 0 && length == 0) {
      out.append("\n\t  End-of-Rib Marker (empty NLRI)");
      return;
    }
    if (len != 0) {
      if (length < len) {
        f.printTrunc();
        return;
      }
      while (len != 0) {
        if (!f.has(p, 2) || length < 2) {
          f.printTrunc();
          return;
        }
        if (len < 2) {
          out.append("\n\t  [path attrs too short]");
          p += len;
          length -= len;
          break;
        }
        int aflags = f.u8(p);
        int atype = f.u8(p + 1);
        p += 2;
        len -= 2;
        length -= 2;
        int alenlen = (aflags & 0x10) != 0 ? 2 : 1;
        if (!f.has(p, alenlen) || length < alenlen) {
          f.printTrunc();
          return;
        }
        if (len < alenlen) {
          out.append("\n\t  [path attrs too short]");
          p += len;
          length -= len;
          break;
        }
        int alen = alenlen == 2 ? f.u16(p) : f.u8(p);
        p += alenlen;
        len -= alenlen;
        length -= alenlen;
        attrHeader("\n\t  ", atype, alen, aflags);
        if (aflags != 0) out.append(": ");
        if (len < alen) {
          out.append(" [path attrs too short]");
          p += len;
          length -= len;
          break;
        }
        if (length < alen || !attr(atype, p, alen, 0)) {
          f.printTrunc();
          return;
        }
        p += alen;
        len -= alen;
        length -= alen;
      }
    }
    if (length != 0) {
      boolean addPath = addPath(p, length, 32);
      out.append("\n\t  Updated routes:");
      long pathId = 0;
      while (length != 0) {
        if (addPath) {
          if (!f.has(p, 4) || length < 4) {
            f.printTrunc();
            return;
          }
          pathId = f.u32(p);
          p += 4;
          length -= 4;
        }
        int before = out.length();
        out.append("\n\t    ");
        int i = prefix4Whole(p, length, before);
        if (i == ILLEGAL) {
          out.setLength(before);
          out.append("\n\t    (illegal prefix length)");
          break;
        } else if (i == TRUNC) {
          out.setLength(before);
          f.printTrunc();
          return;
        }
        if (addPath) out.append("   Path Id: ").append(pathId);
        p += i;
        length -= i;
      }
    }
  }

  private void attrHeader(String indent, int atype, int alen, int aflags) {
    out.append(indent).append(BgpNames.or(BgpNames.attribute(atype), "Unknown Attribute"))
        .append(" (").append(atype).append("), length: ").append(alen);
    if (aflags != 0) {
      out.append(", Flags [");
      if ((aflags & 0x80) != 0) out.append('O');
      if ((aflags & 0x40) != 0) out.append('T');
      if ((aflags & 0x20) != 0) out.append('P');
      if ((aflags & 0x10) != 0) out.append('E');
      if ((aflags & 0xf) != 0) out.append('+').append(Integer.toHexString(aflags & 0xf));
      out.append(']');
    }
  }

  /** tcpdump's {@code bgp_attr_print}: false when the attribute was cut short. */
  private boolean attr(int atype, int pptr, int len, int level) {
    int tptr = pptr;
    int tlen = len;
    switch (atype) {
      case 1 -> {
        if (len != 1) out.append("invalid len");
        else out.append(switch (f.u8(tptr)) {
          case 0 -> "IGP";
          case 1 -> "EGP";
          case 2 -> "Incomplete";
          default -> "Unknown Origin Typecode";
        });
      }
      case 2, 17 -> {
        if (len % 2 != 0) {
          out.append("invalid len");
          break;
        }
        if (len == 0) {
          out.append("empty");
          break;
        }
        int asSize = asSize(atype, pptr, len);
        while (tptr < pptr + len) {
          int seg = f.u8(tptr);
          out.append(switch (seg) {
            case 2 -> "";
            case 1 -> "{ ";
            case 3 -> "( ";
            case 4 -> "({ ";
            default -> "?";
          });
          for (int i = 0; i < f.u8(tptr + 1) * asSize; i += asSize) {
            if (!f.has(tptr + 2 + i, asSize)) return false;
            BgpNames.as(out, asSize == 2 ? f.u16(tptr + i + 2) : f.u32(tptr + i + 2), asdot())
                .append(' ');
          }
          out.append(switch (seg) {
            case 2 -> "";
            case 1 -> "}";
            case 3 -> ")";
            case 4 -> "})";
            default -> "?";
          });
          tptr += 2 + f.u8(tptr + 1) * asSize;
        }
      }
      case 3, 9 -> {
        if (len != 4) out.append("invalid len");
        else f.ip4(tptr);
      }
      case 4, 5 -> {
        if (len != 4) out.append("invalid len");
        else out.append(f.u32(tptr));
      }
      case 6 -> {
        if (len != 0) out.append("invalid len");
      }
      case 7 -> {
        if (len != 6 && len != 8) {
          out.append("invalid len");
          break;
        }
        if (!f.has(tptr, len)) return false;
        out.append(" AS #");
        if (len == 6) {
          BgpNames.as(out, f.u16(tptr), asdot()).append(", origin ");
          f.ip4(tptr + 2);
        } else {
          BgpNames.as(out, f.u32(tptr), asdot()).append(", origin ");
          f.ip4(tptr + 4);
        }
      }
      case 18 -> {
        if (len != 8) {
          out.append("invalid len");
          break;
        }
        BgpNames.as(out.append(" AS #"), f.u32(tptr), asdot()).append(", origin ");
        f.ip4(tptr + 4);
      }
      case 8 -> {
        if (len % 4 != 0) {
          out.append("invalid len");
          break;
        }
        while (tlen != 0) {
          if (!f.has(tptr, 4)) return false;
          long comm = f.u32(tptr);
          if (comm == 0xffffff01L) out.append(" NO_EXPORT");
          else if (comm == 0xffffff02L) out.append(" NO_ADVERTISE");
          else if (comm == 0xffffff03L) out.append(" NO_EXPORT_SUBCONFED");
          else out.append(comm >> 16).append(':').append(comm & 0xffff)
              .append(tlen > 4 ? ", " : "");
          tlen -= 4;
          tptr += 4;
        }
      }
      case 10 -> {
        if (len % 4 != 0) {
          out.append("invalid len");
          break;
        }
        while (tlen != 0) {
          f.ip4(tptr);
          out.append(tlen > 4 ? ", " : "");
          tlen -= 4;
          tptr += 4;
        }
      }
      case 14 -> {
        if (!f.has(tptr, 3) || tlen < 3) return false;
        int ret = mpAf(tptr, tlen);
        if (ret == TRUNC) return false;
        if (ret < 0) break;
        int af = f.u16(tptr);
        int safi = f.u8(tptr + 2);
        tptr += 3;
        tlen -= 3;
        if (!f.has(tptr, 1) || tlen < 1) return false;
        int nhlen = f.u8(tptr);
        tptr++;
        tlen--;
        if (nhlen != 0) {
          if (tlen < nhlen) return false;
          out.append("\n\t    nexthop: ");
          int nnh = 0;
          int t = nhlen;
          while (t != 0) {
            if (nnh++ > 0) out.append(", ");
            int used = nextHop(af, safi, tptr, t);
            if (used < 0) return false;
            tptr += used;
            tlen -= used;
            t -= used;
          }
        }
        out.append(", nh-length: ").append(nhlen);
        if (tlen < 1) return false;
        int snpa = f.u8(tptr);
        tptr++;
        tlen--;
        if (snpa != 0) {
          out.append("\n\t    ").append(snpa).append(" SNPA");
          for (; snpa != 0; snpa--) {
            if (tlen < 1) return false;
            int snpalen = f.u8(tptr);
            out.append("\n\t      ").append(snpalen).append(" bytes");
            tptr++;
            tlen--;
            if (tlen < snpalen || !f.has(tptr, snpalen)) return false;
            tptr += snpalen;
            tlen -= snpalen;
          }
        } else {
          out.append(", no SNPA");
        }
        if (!nlris(af, safi, tptr, pptr, len)) return false;
      }
      case 15 -> {
        if (!f.has(tptr, 3)) return false;
        int ret = mpAf(tptr, tlen);
        if (ret == TRUNC) return false;
        if (ret < 0) break;
        int af = f.u16(tptr);
        int safi = f.u8(tptr + 2);
        if (len == 3) out.append("\n\t      End-of-Rib Marker (empty NLRI)");
        tptr += 3;
        if (!nlris(af, safi, tptr, pptr, len)) return false;
      }
      case 16 -> {
        if (len % 8 != 0) {
          out.append("invalid len");
          break;
        }
        while (tlen != 0) {
          if (!f.has(tptr, 2) || tlen < 2) return false;
          int ec = f.u16(tptr);
          out.append("\n\t    ")
              .append(BgpNames.or(BgpNames.extCommunity(ec), "unknown extd community typecode"))
              .append(" (0x");
          Text.hex4(out, ec);
          out.append("), Flags [");
          if ((ec & 0xc000) == 0) out.append("none");
          else {
            if ((ec & 0x8000) != 0) out.append("vendor-specific");
            if ((ec & 0xc000) == 0xc000) out.append(", ");
            if ((ec & 0x4000) != 0) out.append("non-transitive");
          }
          out.append(']');
          if (!f.has(tptr, 8) || tlen < 8) return false;
          out.append(": ");
          extCommunity(tptr);
          tlen -= 8;
          tptr += 8;
        }
      }
      case 22 -> {
        if (!f.has(tptr, 5) || tlen < 5) return false;
        int flags = f.u8(tptr);
        int tt = f.u8(tptr + 1);
        out.append("\n\t    Tunnel-type ").append(BgpNames.or(BgpNames.pmsiTunnel(tt), "Unknown"))
            .append(" (").append(tt).append("), Flags [")
            .append((flags & 1) != 0 ? "Leaf Information required" : "none")
            .append("], MPLS Label ").append(f.u24(tptr + 2) >> 4);
        tptr += 5;
        tlen -= 5;
        // ingress replication carries only the 4-byte endpoint; the other known types 8 bytes
        if (tt >= 1 && tt <= 7) f.need(tptr, tt == 6 ? 4 : 8);
        switch (tt) {
          case 4, 5 -> {
            out.append("\n\t      Sender ");
            f.ip4(tptr);
            out.append(", P-Group ");
            f.ip4(tptr + 4);
          }
          case 3 -> {
            out.append("\n\t      Root-Node ");
            f.ip4(tptr);
            out.append(", P-Group ");
            f.ip4(tptr + 4);
          }
          case 6 -> {
            out.append("\n\t      Tunnel-Endpoint ");
            f.ip4(tptr);
          }
          case 2, 7 -> {
            out.append("\n\t      Root-Node ");
            f.ip4(tptr);
            out.append(", LSP-ID 0x");
            Text.hex8(out, f.u32(tptr + 4));
          }
          case 1 -> {
            out.append("\n\t      Extended-Tunnel-ID ");
            f.ip4(tptr);
            out.append(", P2MP-ID 0x");
            Text.hex8(out, f.u32(tptr + 4));
          }
          default -> {
            if (f.opts.verbosity() <= 1) f.unknownData(tptr, "\n\t      ", tlen);
          }
        }
      }
      case 26 -> {
        while (tlen >= 3) {
          int type = f.u8(tptr);
          int length = f.u16(tptr + 1);
          tptr += 3;
          tlen -= 3;
          out.append("\n\t    ").append(type == 1 ? "AIGP" : "Unknown").append(" TLV (")
              .append(type).append("), length ").append(length);
          if (length < 3) return false;
          length -= 3;
          if (tlen < length) return false;
          if (type == 1) {
            if (length < 8) return false;
            out.append(", metric ").append(Long.toUnsignedString(
                f.u32(tptr) << 32 | f.u32(tptr + 4)));
          } else if (f.opts.verbosity() <= 1) {
            f.unknownData(tptr, "\n\t      ", length);
          }
          tptr += length;
          tlen -= length;
        }
      }
      case 128 -> {
        if (!f.has(tptr, 4) || len < 4) return false;
        BgpNames.as(out.append("\n\t    Origin AS: "), f.u32(tptr), asdot());
        tptr += 4;
        len -= 4;
        while (len != 0) {
          if (!f.has(tptr, 2)) return false;
          if (len < 2) {
            out.append(" [path attr too short]");
            tptr += len;
            break;
          }
          int aflags = f.u8(tptr);
          int at = f.u8(tptr + 1);
          tptr += 2;
          len -= 2;
          int alenlen = (aflags & 0x10) != 0 ? 2 : 1;
          if (!f.has(tptr, alenlen)) return false;
          if (len < alenlen) {
            out.append(" [path attr too short]");
            tptr += len;
            break;
          }
          int alen = alenlen == 2 ? f.u16(tptr) : f.u8(tptr);
          tptr += alenlen;
          len -= alenlen;
          attrHeader("\n\t      ", at, alen, aflags);
          out.append(": ");
          if (len < alen) {
            out.append(" [path attr too short]");
            tptr += len;
            break;
          }
          if (level == 10) out.append("(too many nested levels, not recursing)");
          else if (!attr(at, tptr, alen, level + 1)) return false;
          tptr += alen;
          len -= alen;
        }
      }
      case 32 -> {
        if (len == 0 || len % 12 != 0) {
          out.append("invalid len");
          break;
        }
        out.append("\n\t    ");
        while (len != 0) {
          out.append(f.u32(tptr)).append(':').append(f.u32(tptr + 4)).append(':')
              .append(f.u32(tptr + 8)).append(len > 12 ? ", " : "");
          tptr += 12;
          len -= 12;
        }
      }
      default -> {
        if (!f.has(pptr, len)) return false;
        out.append("\n\t    no Attribute ").append(atype).append(" decoder");
        if (f.opts.verbosity() <= 1) f.unknownData(pptr, "\n\t    ", len);
      }
    }
    if (f.opts.verbosity() > 1 && len != 0) {
      if (!f.has(pptr, len)) return false;
      f.unknownData(pptr, "\n\t    ", len);
    }
    return true;
  }

  /** The NLRI of an MP_REACH/MP_UNREACH attribute from tptr to the attribute's end. */
  private boolean nlris(int af, int safi, int tptr, int pptr, int len) {
    int rest = len - (tptr - pptr);
    boolean ap4 = addPath(tptr, rest, 32);
    boolean ap6 = addPath(tptr, rest, 128);
    while (tptr < pptr + len) {
      int advance = nlri(af, safi, tptr, len, ap4, ap6);
      if (advance == TRUNC) return false;
      if (advance < 0) break;
      tptr += advance;
    }
    return true;
  }

  /** tcpdump's {@code bgp_attr_get_as_size}: 2 when the path parses as 2-byte ASes. */
  private int asSize(int atype, int pptr, int len) {
    if (atype == 17) return 4;
    int tptr = pptr;
    while (tptr < pptr + len) {
      if (!f.has(tptr, 2)) return 4;
      int seg = f.u8(tptr);
      if (seg < 1 || seg > 4) return 4;
      tptr += 2 + f.u8(tptr + 1) * 2;
    }
    return tptr == pptr + len ? 2 : 4;
  }

  /**
   * tcpdump's {@code check_add_path}: whether the NLRI read as carrying 4-byte path
   * identifiers but not as plain prefixes (the OPEN that negotiated it may not be captured).
   */
  private boolean addPath(int p, int length, int maxLen) {
    if (length < 5) return false;
    int off = 0;
    while (off < length) {
      off += 4;
      if (!f.has(p + off, 1)) break;
      int pl = f.u8(p + off);
      if (pl > maxLen) return false;
      off += 1 + (pl + 7) / 8;
    }
    if (off > length) return false;
    for (off = 0; off < length; ) {
      if (!f.has(p + off, 1)) break;
      int pl = f.u8(p + off);
      if (pl < 1 || pl > maxLen) return true;
      off += 1 + (pl + 7) / 8;
    }
    return off > length;
  }

  private static boolean decodable(int af, int safi) {
    return switch (af) {
      case 1 -> switch (safi) {
        case 1, 2, 3, 4, 132, 128, 129, 130, 5, 66 -> true;
        default -> false;
      };
      case 2 -> switch (safi) {
        case 1, 2, 3, 4, 128, 129, 130 -> true;
        default -> false;
      };
      case 3 -> switch (safi) {
        case 1, 2, 3, 128, 129, 130 -> true;
        default -> false;
      };
      case 196 -> safi == 128 || safi == 129 || safi == 130;
      case 25 -> safi == 65;
      default -> false;
    };
  }

  /** tcpdump's {@code bgp_mp_af_print}: 0, -1 without a decoder, -2 when cut. */
  private int mpAf(int tptr, int tlen) {
    int af = f.u16(tptr);
    int safi = f.u8(tptr + 2);
    out.append("\n\t    AFI: ").append(BgpNames.or(BgpNames.afi(af), "Unknown AFI")).append(" (")
        .append(af).append("), ").append(safi > 128 ? "vendor specific " : "").append("SAFI: ")
        .append(BgpNames.or(BgpNames.safi(safi), "Unknown SAFI")).append(" (").append(safi)
        .append(')');
    if (decodable(af, safi)) return 0;
    if (!f.has(tptr, tlen)) return TRUNC;
    out.append("\n\t    no AFI ").append(af).append(" / SAFI ").append(safi).append(" decoder");
    if (f.opts.verbosity() <= 1) f.unknownData(tptr, "\n\t    ", tlen);
    return -1;
  }

  /** One next hop of an MP_REACH attribute; returns the bytes it used, -1 when cut. */
  private int nextHop(int af, int safi, int p, int t) {
    int key = af << 8 | safi;
    boolean v4 = af == 1 && (safi <= 4 || safi == 132 || safi == 5 || safi == 66);
    boolean v4vpn = af == 1 && safi >= 128 && safi <= 130;
    boolean v6 = af == 2 && safi >= 1 && safi <= 4;
    boolean v6vpn = af == 2 && safi >= 128 && safi <= 130;
    boolean l2 = key == (25 << 8 | 65) || af == 196;
    if (v4 || l2) {
      if (t < 4) {
        out.append("invalid len");
        return t;
      }
      f.ip4(p);
      return 4;
    } else if (v4vpn) {
      if (t < 12) {
        out.append("invalid len");
        return t;
      }
      out.append("RD: ");
      rd(p);
      out.append(", ");
      f.ip4(p + 8);
      return 12;
    } else if (v6) {
      if (t < 16) {
        out.append("invalid len");
        return t;
      }
      ip6(p);
      return 16;
    } else if (v6vpn) {
      if (t < 24) {
        out.append("invalid len");
        return t;
      }
      out.append("RD: ");
      rd(p);
      out.append(", ");
      ip6(p + 8);
      return 24;
    } else if (af == 3 && safi <= 3) {
      nsap(p, t);
      return t;
    } else {
      if (t < 9) {
        out.append("invalid len");
        return t;
      }
      if (!f.has(p, t)) return -1;
      out.append("RD: ");
      rd(p);
      out.append(", ");
      nsap(p + 8, t - 8);
      if (f.u32(p + 8) == 0x47000601L) {
        out.append(" = ");
        f.ip4(p + 12);
      } else if (f.u24(p + 8) == 0x350000) {
        out.append(" = ");
        ip6(p + 11);
      }
      return t;
    }
  }

  /** tcpdump's {@code bgp_nlri_print}: one prefix of an MP attribute, or a status code. */
  private int nlri(int af, int safi, int p, int len, boolean ap4, boolean ap6) {
    int before = out.length();
    try {
      return nlriText(af, safi, p, len, ap4, ap6, before);
    } catch (Truncated t) {
      // tcpdump formats an NLRI in a buffer first: a cut one prints nothing of itself
      out.setLength(before);
      throw t;
    }
  }

  private int nlriText(int af, int safi, int p, int len, boolean ap4, boolean ap6,
      int before) {
    if (af == 1 && safi >= 1 && safi <= 3 || af == 2 && safi >= 1 && safi <= 3) {
      boolean ap = af == 1 ? ap4 : ap6;
      long pathId = 0;
      if (ap) {
        pathId = f.u32(p);
        p += 4;
      }
      out.append("\n\t      ");
      int advance = af == 1 ? prefix4(p, len) : prefix6(p, len);
      if (advance == ILLEGAL) {
        out.setLength(before);
        out.append("\n\t    (illegal prefix length)");
      } else if (advance == TRUNC) {
        out.setLength(before);
        return TRUNC;
      }
      if (ap) {
        out.append("   Path Id: ").append(pathId);
        advance += 4;
      }
      return advance;
    }
    if (safi == 4 && (af == 1 || af == 2)) {
      out.append("\n\t      ");
      int advance = labeled(p, len, af == 1 ? 32 : 128);
      if (advance == ILLEGAL) {
        out.setLength(before);
        out.append("\n\t    (illegal prefix length)");
      } else if (advance < 0) {
        out.setLength(before);
      }
      return advance;
    }
    if ((af == 1 || af == 2 || af == 3) && safi >= 128 && safi <= 130) {
      out.append("\n\t      ");
      int advance = labeledVpn(p, af);
      if (advance == ILLEGAL) {
        out.setLength(before);
        out.append("\n\t    (illegal prefix length)");
      }
      return advance;
    }
    if (af == 1 && safi == 132) return routeTarget(p);
    if (af == 1 && safi == 66) {
      if (f.u8(p) != 128) {
        out.append("\n\t    (illegal prefix length)");
        return ILLEGAL;
      }
      if (!f.has(p + 1, 8)) return TRUNC;
      out.append("\n\t      RD: ");
      rd(p + 1);
      out.append(", VPN IP Address: ");
      f.ip4(p + 9);
      out.append(", MC Group Address: ");
      f.ip4(p + 13);
      return 17;
    }
    if (af == 3 && safi <= 3) {
      int plen = f.u8(p);
      if (plen > 152) {
        out.append("\n\t    (illegal prefix length)");
        return ILLEGAL;
      }
      int n = (plen + 7) / 8;
      copyPrefix(p + 4, n, plen);
      out.append("\n\t      ");
      nsapBytes(addr, 0, n);
      out.append('/').append(plen);
      return 1 + n;
    }
    if ((af == 1 || af == 2) && safi == 5) {
      nl.setLength(0);
      int advance = multicastVpn(p);
      if (advance == TRUNC) return TRUNC;
      // tcpdump formats it into its fixed buffer: what does not fit is cut off
      if (nl.length() > BUF_SIZE - 1) nl.setLength(BUF_SIZE - 1);
      out.append("\n\t      ").append(nl);
      return advance;
    }
    if (af == 25 && safi == 65 || af == 196 && safi >= 128 && safi <= 130) {
      nl.setLength(0);
      room = BUF_SIZE;
      int advance = l2vpn(p);
      if (advance == TRUNC) return TRUNC;
      out.append("\n\t      ").append(nl);
      return advance;
    }
    out.append("\n\t    ERROR: no AFI ").append(af).append(" / SAFI ").append(safi)
        .append(" decoder");
    return NO_DECODER;
  }

  /** tcpdump's {@code decode_multicast_vpn}: MCAST-VPN NLRI (RFC 6514) into {@link #nl}. */
  private int multicastVpn(int p) {
    int type = f.u8(p);
    int rlen = f.u8(p + 1);
    int q = p + 2;
    nl.append("Route-Type: ").append(switch (type) {
      case 1 -> "Intra-AS I-PMSI";
      case 2 -> "Inter-AS I-PMSI";
      case 3 -> "S-PMSI";
      case 4 -> "Intra-AS Segment-Leaf";
      case 5 -> "Source-Active";
      case 6 -> "Shared Tree Join";
      case 7 -> "Source Tree Join";
      default -> "Unknown";
    }).append(" (").append(type).append("), length: ").append(rlen);
    switch (type) {
      case 1 -> {
        if (!f.has(q, 8)) return TRUNC;
        nl.append(", RD: ");
        rd(nl, q);
        nl.append(", Originator ");
        vpnIp(q + 8, ((rlen - 8) << 3) & 0xffffffffL);
      }
      case 2 -> {
        if (!f.has(q, 12)) return TRUNC;
        nl.append(", RD: ");
        rd(nl, q);
        BgpNames.as(nl.append(", Source-AS "), f.u32(q + 8), asdot());
      }
      case 3 -> {
        if (!f.has(q, 8)) return TRUNC;
        nl.append(", RD: ");
        rd(nl, q);
        q += 8;
        long addrLen = (rlen - sourceGroup(q)) & 0xffffffffL;
        if (addrLen > Integer.MAX_VALUE || !f.has(q, (int) addrLen)) return TRUNC;
        nl.append(", Originator ");
        vpnIp(q, (addrLen << 3) & 0xffffffffL);
      }
      case 5 -> {
        if (!f.has(q, 8)) return TRUNC;
        nl.append(", RD: ");
        rd(nl, q);
        sourceGroup(q + 8);
      }
      case 6, 7 -> {
        if (!f.has(q, 12)) return TRUNC;
        nl.append(", RD: ");
        rd(nl, q);
        BgpNames.as(nl.append(", Source-AS "), f.u32(q + 8), asdot());
        sourceGroup(q + 12);
      }
      default -> { }
    }
    return rlen + 2;
  }

  /** tcpdump's {@code bgp_vpn_sg_print}: a multicast (S,G); returns the bytes it counted. */
  private int sourceGroup(int p) {
    int total = 0;
    int len = f.u8(p++);
    if (!f.has(p, len >> 3)) return total;
    total += (len >> 3) + 1;
    if (len != 0) {
      nl.append(", Source ");
      vpnIp(p, len);
      p += len >> 3;
    }
    len = f.u8(p++);
    if (!f.has(p, len >> 3)) return total;
    total += (len >> 3) + 1;
    if (len != 0) {
      nl.append(", Group ");
      vpnIp(p, len);
    }
    return total;
  }

  /** tcpdump's {@code bgp_vpn_ip_print}: an address by its length in bits. */
  private void vpnIp(int p, long bits) {
    int mark = nl.length();
    if (bits == 32) {
      f.need(p, 4);
      f.names.ip4(nl, f.b, p);
    } else if (bits == 128) {
      f.need(p, 16);
      f.names.ip6(nl, f.b, p);
    } else {
      nl.append("bogus address length ").append(bits);
    }
    // tcpdump's static buffer holds one IPv6 address: a longer host name is cut to 39 characters
    if (nl.length() - mark > 39) nl.setLength(mark + 39);
  }

  /**
   * tcpdump's {@code decode_labeled_vpn_l2}: a layer-2 VPN NLRI into {@link #nl}, cut where
   * tcpdump's fixed buffer runs out (its TLV walk reads neither past a TLV's header length nor
   * past an unknown TLV's value, and that is kept).
   */
  private int l2vpn(int p) {
    int plen = f.u16(p);
    int tlen = plen;
    p += 2;
    if (plen == 12) {
      if (!f.has(p, 12)) return TRUNC;
      int mark = nl.length();
      nl.append("RD: ");
      rd(nl, p);
      nl.append(", BGPNH: ");
      f.names.ip4(nl, f.b, p + 8);
      fit(mark);
      return plen + 2;
    }
    if (plen <= 17) return TRUNC;
    if (!f.has(p, 15)) return TRUNC;
    int mark = nl.length();
    nl.append("RD: ");
    rd(nl, p);
    nl.append(", CE-ID: ").append(f.u16(p + 8)).append(", Label-Block Offset: ")
        .append(f.u16(p + 10)).append(", Label Base ").append(f.u24(p + 12) >> 4);
    fit(mark);
    p += 15;
    tlen -= 15;
    while (tlen != 0) {
      if (tlen < 3) {
        if (room != 0) put("\n\t\tran past the end");
        return plen + 2;
      }
      int type = f.u8(p);
      p++;
      int tl = f.u16(p);
      int bytes = (tl + 7) / 8;
      p += 2;
      if (type == 1) {
        if (room != 0) {
          put("\n\t\tcircuit status vector (" + type + ") length: " + tl + ": 0x");
        }
        while (bytes != 0) {
          if (tlen < 1) {
            if (room != 0) put(" (ran past the end)");
            return plen + 2;
          }
          if (!f.has(p, 1)) return TRUNC;
          if (room != 0) {
            mark = nl.length();
            Text.hex2(nl, f.u8(p));
            p++;
            fit(mark);
          }
          bytes--;
          tlen--;
        }
      } else {
        if (room != 0) put("\n\t\tunknown TLV #" + type + ", length: " + tl);
        if (tlen < bytes) {
          if (room != 0) put(" (ran past the end)");
          return plen + 2;
        }
        tlen -= bytes;
      }
    }
    return plen + 2;
  }

  private void put(String s) {
    int mark = nl.length();
    nl.append(s);
    fit(mark);
  }

  /** snprintf into the rest of tcpdump's buffer: the text from mark is cut to fit. */
  private void fit(int mark) {
    int n = nl.length() - mark;
    if (room == 0) {
      nl.setLength(mark);
      return;
    }
    if (n > room - 1) nl.setLength(mark + room - 1);
    room = n > room ? 0 : room - n;
  }

  /** {@link #prefix4}, printing nothing of a prefix whose bytes were not captured. */
  private int prefix4Whole(int p, int itemlen, int before) {
    try {
      return prefix4(p, itemlen);
    } catch (Truncated t) {
      out.setLength(before);
      throw t;
    }
  }

  /** tcpdump's {@code decode_prefix4}: "a.b.c.d/len" with the bits past len cleared. */
  private int prefix4(int p, int itemlen) {
    if (itemlen < 1) return TRUNC;
    int plen = f.u8(p);
    if (plen > 32) return ILLEGAL;
    int n = (plen + 7) / 8;
    if (itemlen - 1 < n) return TRUNC;
    copyPrefix(p + 1, n, plen);
    f.names.ip4(out, addr, 0);
    out.append('/').append(plen);
    return 1 + n;
  }

  private int prefix6(int p, int itemlen) {
    if (itemlen < 1) return TRUNC;
    int plen = f.u8(p);
    if (plen > 128) return ILLEGAL;
    int n = (plen + 7) / 8;
    if (itemlen - 1 < n) return TRUNC;
    copyPrefix(p + 1, n, plen);
    f.names.ip6(out, addr, 0);
    out.append('/').append(plen);
    return 1 + n;
  }

  /** tcpdump's {@code decode_labeled_prefix4/6}: RFC 3107, one label before the prefix. */
  private int labeled(int p, int itemlen, int max) {
    if (!f.has(p, 4)) return TRUNC;
    if (itemlen < 4) return SHORT;
    int plen = f.u8(p);
    if (plen < 24) return ILLEGAL;
    plen -= 24;
    if (plen > max) return ILLEGAL;
    int n = (plen + 7) / 8;
    if (max == 32 && itemlen - 4 < n) return SHORT;
    copyPrefix(p + 4, n, plen);
    if (max == 32) f.names.ip4(out, addr, 0);
    else f.names.ip6(out, addr, 0);
    out.append('/').append(plen);
    label(p);
    return 4 + n;
  }

  private void label(int p) {
    out.append(", label:").append(f.u24(p + 1) >> 4).append(' ')
        .append((f.u8(p + 3) & 1) == 0 ? "(BOGUS: Bottom of Stack NOT set!)" : "(bottom)");
  }

  /** tcpdump's {@code decode_labeled_vpn_prefix4/6} and the CLNP form: label, RD, prefix. */
  private int labeledVpn(int p, int af) {
    int max = af == 1 ? 32 : af == 2 ? 128 : 152;
    int plen = f.u8(p);
    if (plen < 88) return ILLEGAL;
    plen -= 88;
    if (plen > max) return ILLEGAL;
    int n = (plen + 7) / 8;
    copyPrefix(p + 12, n, plen);
    out.append("RD: ");
    rd(p + 4);
    out.append(", ");
    if (af == 1) f.names.ip4(out, addr, 0);
    else if (af == 2) f.names.ip6(out, addr, 0);
    else nsapBytes(addr, 0, n);
    out.append('/').append(plen);
    label(p);
    return 12 + n;
  }

  /** tcpdump's {@code decode_rt_routing_info}: RFC 4684 route target membership. */
  private int routeTarget(int p) {
    int plen = f.u8(p);
    if (plen == 0) {
      out.append("\n\t      default route target");
      return 1;
    }
    // tcpdump's route target decoder indents its own complaint by six, not the usual four
    if (plen < 32) {
      out.append("\n\t      (illegal prefix length)");
      return ILLEGAL;
    }
    long as = f.u32(p + 1);
    plen -= 32;
    if (plen > 64) {
      out.append("\n\t      (illegal prefix length)");
      return ILLEGAL;
    }
    int n = (plen + 7) / 8;
    copyPrefix(p + 5, n, plen);
    BgpNames.as(out.append("\n\t      origin AS: "), as, asdot()).append(", ");
    hex.setLength(0);
    for (int i = 0; i < n; i++) {
      Text.hex2(hex, addr[i]);
      if (i % 2 == 1 && i < n - 1) hex.append(' ');
    }
    if (plen == 0) {
      out.append("route-target: 0:0/0");
    } else if (plen < 16) {
      out.append("route-target: partial-type: (").append(hex).append('/').append(plen)
          .append(')');
    } else {
      int ec = (addr[0] & 0xff) << 8 | (addr[1] & 0xff);
      switch (ec) {
        case 0x0002 -> out.append("route-target: ").append(u16(addr, 2)).append(':')
            .append(u32(addr, 4)).append('/').append(plen).append(" (").append(hex).append(')');
        case 0x0102 -> {
          out.append("route-target: ");
          Text.ip4(out, addr, 2);
          out.append(':').append(u16(addr, 6)).append('/').append(plen).append(" (").append(hex)
              .append(')');
        }
        case 0x0202 -> BgpNames.as(out.append("route-target: "), u32(addr, 2), asdot()).append(':')
            .append(u16(addr, 6)).append('/').append(plen).append(" (").append(hex).append(')');
        default -> {
          out.append("route target: unknown-type(");
          Text.hex4(out, ec);
          out.append(") (").append(hex).append('/').append(plen).append(')');
        }
      }
    }
    return 5 + n;
  }

  private static int u16(byte[] b, int o) {
    return (b[o] & 0xff) << 8 | (b[o + 1] & 0xff);
  }

  private static long u32(byte[] b, int o) {
    return ((long) u16(b, o) << 16) | u16(b, o + 2);
  }

  /** Copies n captured prefix bytes into {@link #addr}, zero-filled, bits past plen cleared. */
  private void copyPrefix(int p, int n, int plen) {
    f.need(p, n);
    java.util.Arrays.fill(addr, (byte) 0);
    System.arraycopy(f.b, p, addr, 0, n);
    if (plen % 8 != 0) addr[n - 1] &= (byte) ((0xff00 >> (plen % 8)) & 0xff);
  }

  /** tcpdump's {@code bgp_vpn_rd_print}: an RFC 4364 route distinguisher. */
  private void rd(int p) {
    rd(out, p);
  }

  void rd(StringBuilder out, int p) {
    switch (f.u16(p)) {
      case 0 -> {
        out.append(f.u16(p + 2)).append(':').append(f.u32(p + 4)).append(" (= ");
        Text.ip4(out, f.b, p + 4);
        out.append(')');
      }
      case 1 -> {
        f.need(p + 2, 4);
        Text.ip4(out, f.b, p + 2);
        out.append(':').append(f.u16(p + 6));
      }
      case 2 -> {
        BgpNames.as(out, f.u32(p + 2), asdot()).append(':').append(f.u16(p + 6)).append(" (");
        Text.ip4(out, f.b, p + 2);
        out.append(':').append(f.u16(p + 6)).append(')');
      }
      default -> out.append("unknown RD format");
    }
  }

  /** tcpdump's {@code bgp_extended_community_print}: the value by its type. */
  private void extCommunity(int p) {
    int type = f.u16(p);
    switch (type) {
      case 0x0002, 0x0003, 0x000a -> {
        out.append(f.u16(p + 2)).append(':').append(f.u32(p + 4)).append(" (= ");
        f.ip4(p + 4);
        out.append(')');
      }
      case 0x0102, 0x0103, 0xf10a, 0x010b -> {
        f.ip4(p + 2);
        out.append(':').append(f.u16(p + 6));
      }
      case 0x0202, 0x0203 ->
          BgpNames.as(out, f.u32(p + 2), asdot()).append(':').append(f.u16(p + 6));
      case 0x4004 -> {
        float bw = Float.intBitsToFloat(f.i32(p + 4)) * 8 / 1000000;
        out.append("bandwidth: ");
        Text.fixed3(out, bw);
        out.append(" Mbps");
      }
      case 0x0005, 0x0105, 0x0205, 0x8005, 0x0107, 0x8001 -> f.ip4(p + 2);
      case 0x0306, 0x8000 -> {
        out.append("area:");
        f.ip4(p + 2);
        int rt = f.u8(p + 6);
        out.append(", router-type:");
        String n = BgpNames.ospfRouteType(rt);
        if (n != null) out.append(n);
        else {
          out.append("unknown (0x");
          Text.hex2(out, rt);
          out.append(')');
        }
        out.append(", metric-type:").append((f.u8(p + 7) & 1) != 0 ? "E2" : "")
            .append(rt == 5 || rt == 7 ? "E1" : "");
      }
      case 0x800a -> {
        out.append(l2vpnEncaps(f.u8(p + 2))).append(" Control Flags [0x");
        Text.hex2(out, f.u8(p + 3));
        out.append("]:MTU ").append(f.u16(p + 4));
      }
      case 0x0009 -> out.append("AS ").append(f.u16(p + 2));
      case 0x030c -> out.append("Tunnel type: ")
          .append(BgpNames.or(BgpNames.tunnelType(f.u16(p + 6)), "unknown encaps"));
      default -> {
        f.need(p + 2, 6);
        for (int i = 2; i < 8; i++) Text.hex2(out, f.b[p + i]);
      }
    }
  }

  /**
   * l2vpn.c's {@code l2vpn_encaps_values} as 4.99.3 has it (RFC 6624's names; 12-14 and 16 are
   * not in it, so they print as unknown).
   */
  private static String l2vpnEncaps(int e) {
    return switch (e) {
      case 0 -> "Reserved";
      case 1 -> "Frame Relay";
      case 2 -> "ATM AAL5 SDU VCC transport";
      case 3 -> "ATM transparent cell transport";
      case 4 -> "Ethernet (VLAN) Tagged Mode";
      case 5 -> "Ethernet Raw Mode";
      case 6 -> "Cisco HDLC";
      case 7 -> "PPP";
      case 8 -> "SONET/SDH Circuit Emulation Service over MPLS";
      case 9 -> "ATM n-to-one VCC cell transport";
      case 10 -> "ATM n-to-one VPC cell transport";
      case 11 -> "IP layer 2 transport";
      case 15 -> "Frame Relay Port mode";
      case 17 -> "Structure-agnostic E1 over packet";
      case 18 -> "Structure-agnostic T1 (DS1) over packet";
      case 19 -> "VPLS";
      case 20 -> "Structure-agnostic T3 (DS3) over packet";
      case 21 -> "Nx64kbit/s Basic Service using Structure-aware";
      case 25 -> "Frame Relay DLCI";
      case 40 -> "Structure-agnostic E3 over packet";
      case 41 -> "Octet-aligned playload for Structure-agnostic DS1 circuits";
      case 42 -> "E1 Nx64kbit/s with CAS using Structure-aware";
      case 43 -> "DS1 (ESF) Nx64kbit/s with CAS using Structure-aware";
      case 44 -> "DS1 (SF) Nx64kbit/s with CAS using Structure-aware";
      default -> "unknown encaps";
    };
  }

  /** tcpdump's {@code isonsap_string} for n bytes at p of the packet. */
  private void nsap(int p, int n) {
    if (n < 1 || n > 20) {
      out.append("isonsap_string: illegal length");
      return;
    }
    f.need(p, n);
    nsapBytes(f.b, p, n);
  }

  private void nsapBytes(byte[] b, int p, int n) {
    if (n < 1 || n > 20) {
      out.append("isonsap_string: illegal length");
      return;
    }
    for (int i = 0; i < n; i++) {
      Text.hex2(out, b[p + i]);
      if ((i & 1) == 0 && i + 1 < n) out.append('.');
    }
  }


  private void ip6(int p) {
    f.need(p, 16);
    f.names.ip6(out, f.b, p);
  }

  private boolean asdot() {
    return f.opts.asdot();
  }
}
