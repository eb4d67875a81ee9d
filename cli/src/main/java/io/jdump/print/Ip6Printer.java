package io.jdump.print;

/**
 * IPv6, as tcpdump's {@code ip6_print}: the {@code -v} header fields, then extension headers
 * (hop-by-hop, destination options, routing, fragment) until an upper-layer protocol.
 */
final class Ip6Printer {
  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;

  Ip6Printer(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  /** The payload length of a valid jumbo option in this packet's hop-by-hop header, or -1. */
  private long jumboLength;

  void print(int p, int length) {
    f.proto = "ip6";
    if (!f.has(p, 40)) {
      // ND_TCHECK, not a longjmp: the link layer still counts its header for -x
      f.printTrunc();
      return;
    }
    if (length < 40) {
      out.append("truncated-ip6 ").append(length);
      return;
    }
    if (!f.opts.linkHeader()) out.append("IP6 ");
    int version = f.u8(p) >> 4;
    if (version != 6) {
      out.append("version error: ").append(version).append(" != 6");
      return;
    }
    int payloadLen = f.u16(p + 4);
    int len;
    if (payloadLen != 0) {
      len = payloadLen + 40;
      if (length < len) out.append("truncated-ip6 - ").append(len - length).append(" bytes missing!");
    } else {
      len = length + 40;
    }
    int savedEnd = f.end;
    f.end = Math.min(f.end, p + len);
    try {
      body(p, len, payloadLen, length);
    } finally {
      f.end = savedEnd;
    }
  }

  private void body(int ip6, int len, int payloadLen, int length) {
    jumboLength = -1;
    int nh = f.u8(ip6 + 6);
    if (f.opts.verbosity() > 0) {
      long flow = f.u32(ip6);
      out.append('(');
      if ((flow & 0x0ff00000) != 0) {
        out.append("class 0x");
        Text.hex2(out, (int) ((flow & 0x0ff00000) >> 20));
        out.append(", ");
      }
      if ((flow & 0x000fffff) != 0) {
        out.append("flowlabel 0x");
        int fl = (int) (flow & 0xfffff);
        Text.hex(out, fl >> 16);
        Text.hex4(out, fl & 0xffff);
        out.append(", ");
      }
      String n = IpProtocols.name(nh);
      out.append("hlim ").append(f.u8(ip6 + 7)).append(", next-header ")
          .append(n == null ? "unknown" : n).append(" (").append(nh)
          .append(") payload length: ").append(payloadLen).append(") ");
    }
    int cp = ip6;
    int advance = 40;
    boolean fragmented = false;
    boolean foundHbh = false;
    boolean foundExtension = false;
    long totalAdvance = 0;
    while (cp < f.end && advance > 0) {
      f.proto = "ip6"; // tcpdump sets it back after each extension header's printer
      if (Integer.compareUnsigned(len, advance) < 0) {
        f.printTrunc();
        return;
      }
      cp += advance;
      len -= advance;
      totalAdvance += advance;
      if (cp == ip6 + 40 && nh != IpProtocols.TCP && nh != IpProtocols.UDP
          && nh != IpProtocols.DCCP && nh != IpProtocols.SCTP) {
        addresses(ip6);
        out.append(": ");
      }
      switch (nh) {
        case IpProtocols.HOPOPTS, IpProtocols.DSTOPTS -> {
          boolean hbh = nh == IpProtocols.HOPOPTS;
          if (hbh && cp != ip6 + 40) { // RFC 8200: only right after the IPv6 header
            out.append(foundHbh ? "[The Hop-by-Hop Options header was already found]"
                : "[The Hop-by-Hop Options header don't follow the IPv6 header]");
            f.printInvalid();
            return;
          }
          f.proto = hbh ? "hbhopt" : "dstopt";
          int optLen = (f.u8(cp + 1) + 1) << 3;
          advance = optLen;
          if (!f.has(cp, optLen)) {
            f.printTrunc();
            advance = -1;
          } else {
            out.append(hbh ? "HBH " : "DSTOPT ");
            // tcpdump reads destination options only with -v
            if ((hbh || f.opts.verbosity() > 0) && !options(cp + 2, optLen - 2, hbh, payloadLen)) {
              f.printTrunc();
              advance = -1;
            }
          }
          if (hbh && payloadLen == 0 && jumboLength < 0) {
            out.append("[No valid Jumbo Payload Hop-by-Hop option found]");
            f.printInvalid();
            return;
          }
          if (advance < 0) return;
          foundExtension = true;
          foundHbh |= hbh;
          nh = f.u8(cp);
        }
        case IpProtocols.FRAGMENT -> {
          f.proto = "frag6";
          // without -v tcpdump reads only the offset: a header cut after it still prints
          int offlg = f.u16(cp + 2);
          // a size_t in tcpdump: a header longer than the payload length wraps around 2^64
          long fragPayload = 40L + payloadLen - (cp - ip6) - 8;
          if (f.opts.verbosity() > 0) {
            f.need(cp + 4, 4);
            out.append("frag (0x");
            Text.hex8(out, f.u32(cp + 4));
            out.append(':').append(offlg & 0xfff8).append('|');
            Text.unsigned64(out, fragPayload);
            out.append(')');
          } else {
            out.append("frag (").append(offlg & 0xfff8).append('|');
            Text.unsigned64(out, fragPayload);
            out.append(')');
          }
          if ((offlg & 0xfff8) != 0) return;
          out.append(' ');
          advance = 8;
          if (f.end <= cp + advance) return;
          nh = f.u8(cp);
          foundExtension = true;
          fragmented = true;
        }
        case IpProtocols.ROUTING -> {
          if (!f.has(cp, 1)) { // tcpdump's ND_TCHECK_1 before rt6_print
            f.proto = "ip6";
            f.printTrunc();
            return;
          }
          advance = routing(cp);
          if (advance < 0) return;
          foundExtension = true;
          nh = f.u8(cp);
        }
        case IpProtocols.MOBILITY, 62 -> {
          d.mobility.print(cp);
          return;
        }
        default -> {
          if (jumboLength >= 0) {
            // RFC 2675: the jumbo option's length replaces the header's, checked only here,
            // at the payload (tcpdump's u_int: the sum wraps at 2^32)
            long full = (jumboLength + 40) & 0xffffffffL;
            if (full < totalAdvance) {
              f.printTrunc();
              return;
            }
            if (length < full) {
              out.append("truncated-ip6 - ").append(full - length).append(" bytes missing!");
            }
            // nd_change_snaplen: the captured bytes end there if that is not past them
            if (full <= f.end - ip6) f.end = ip6 + (int) full;
            d.ipDemux(cp, (int) (full - totalAdvance), ip6, fragmented, nh);
          } else if (payloadLen == 0) {
            // no payload, so an extension header was cut; else nothing follows, and tcpdump
            // cuts the captured bytes there too
            if (foundExtension) {
              f.printTrunc();
              return;
            }
            f.end = Math.min(f.end, cp);
            d.ipDemux(cp, 0, ip6, fragmented, nh);
          } else {
            d.ipDemux(cp, len, ip6, fragmented, nh);
          }
          return;
        }
      }
    }
  }

  void addresses(int ip6) {
    f.need(ip6 + 8, 32);
    f.names.ip6(out, f.b, ip6 + 8);
    out.append(" > ");
    f.names.ip6(out, f.b, ip6 + 24);
  }

  /**
   * tcpdump's {@code ip6_opt_process}: walks the options (printing each in parentheses with
   * -v; a malformed one whatever the verbosity); {@return false when one runs past the header
   * or is malformed}. A valid jumbo payload option of a hop-by-hop header sets
   * {@link #jumboLength}.
   */
  private boolean options(int cp, int len, boolean hopByHop, int payloadLen) {
    boolean v = f.opts.verbosity() > 0;
    boolean seen = false;
    for (int i = 0, olen; i < len; i += olen) {
      int type = f.u8(cp + i);
      olen = optionLength(cp, i, len);
      if (olen < 0) return false;
      switch (type) {
        case 0 -> {
          if (v) out.append("(pad1)");
        }
        case 1 -> {
          if (v) out.append("(padn)");
        }
        case 5 -> {
          if (len - i < 4) {
            out.append("(rtalert: trunc)");
            return false;
          }
          if (olen != 4) {
            out.append("(rtalert: invalid len ").append(olen - 2).append(')');
            return false;
          }
          if (v) {
            out.append("(rtalert: 0x");
            Text.hex4(out, f.u16(cp + i + 2));
            out.append(") ");
          }
        }
        case 0xc2 -> {
          if (len - i < 6) {
            out.append("(jumbo: trunc)");
            return false;
          }
          if (olen != 6) {
            out.append("(jumbo: invalid len ").append(olen - 2).append(')');
            return false;
          }
          long jl = f.u32(cp + i + 2);
          String why = null;
          if (seen) why = " - already seen";
          else if (!hopByHop) why = " - not a hop-by-hop option";
          else if (payloadLen != 0) why = " - payload len != 0";
          else if (jl < 65536) why = " - < 65536";
          else jumboLength = jl;
          seen = true;
          if (v) out.append("(jumbo: ").append(jl).append(why == null ? "" : why).append(") ");
        }
        case 0xc9 -> { // Mobile IPv6's home address: 16 bytes, then sub-options
          if (len - i < 18) {
            out.append("(homeaddr: trunc)");
            return false;
          }
          if (olen < 18) {
            out.append("(homeaddr: invalid len ").append(olen - 2).append(')');
            return false;
          }
          if (v) {
            out.append("(homeaddr: ");
            f.names.ip6(out, f.b, cp + i + 2);
            if (olen > 18 && !subOptions(cp + i + 18, olen - 18)) return false;
            out.append(')');
          }
        }
        default -> {
          if (v) {
            out.append("(opt_type 0x");
            Text.hex2(out, type);
            out.append(": len=").append(olen - 2).append(')');
          }
        }
      }
    }
    if (v) out.append(' ');
    return true;
  }

  /**
   * {@return the length of the option at {@code cp + i}} in a run of {@code len} bytes: 1 for
   * Pad1, else its length byte plus 2; -1 when its length byte or body lies past the run
   */
  private int optionLength(int cp, int i, int len) {
    if (f.u8(cp + i) == 0) return 1;
    if (i + 1 >= len) return -1;
    int olen = f.u8(cp + i + 1) + 2;
    return i + olen > len ? -1 : olen;
  }

  /** tcpdump's {@code ip6_sopt_print}: a home address's sub-options; {@return false when cut} */
  private boolean subOptions(int cp, int len) {
    for (int i = 0, olen; i < len; i += olen) {
      int type = f.u8(cp + i);
      olen = optionLength(cp, i, len);
      if (olen < 0) return false;
      switch (type) {
        case 0 -> out.append(", pad1");
        case 1 -> out.append(", padn");
        default -> {
          out.append(", sopt_type 0x");
          Text.hex2(out, type);
          out.append(": len=").append(olen - 2);
        }
      }
    }
    return true;
  }

  /** tcpdump's {@code rt6_print}; {@return the header length, or -1} */
  private int routing(int cp) {
    f.proto = "rt6";
    out.append("RT6");
    int len = f.u8(cp + 1);
    out.append(" (len=").append(len);
    int type = f.u8(cp + 2);
    out.append(", type=").append(type);
    if (type == 0) out.append(" [Deprecated]");
    int segleft = f.u8(cp + 3); // read before printed: a cut field prints nothing of its own
    out.append(", segleft=").append(segleft);
    if (type == 4) return segmentRouting(cp, len);
    if (type != 0 && type != 2) {
      out.append(" (unknown type)");
      f.printInvalid();
      return -1;
    }
    long rsv = f.u32(cp + 4);
    if (rsv != 0 || f.opts.verbosity() > 0) {
      out.append(", rsv=0x");
      Text.hex(out, rsv);
    }
    return addresses(cp, len);
  }

  /** The 16-byte addresses both routing types end with; {@return the header length, or -1} */
  private int addresses(int cp, int len) {
    if ((len & 1) != 0) {
      out.append(" (invalid length ").append(len).append(')');
      f.printInvalid();
      return -1;
    }
    int a = cp + 8;
    for (int i = 0; i < len >> 1; i++, a += 16) {
      f.need(a, 16);
      out.append(", [").append(i).append(']');
      f.names.ip6(out, f.b, a);
    }
    out.append(") ");
    return (len + 1) << 3;
  }

  /**
   * Segment routing header (RFC 8754): last entry, flags, tag, then every 16 bytes of the
   * header as a segment, TLVs included, as tcpdump 4.99 does.
   */
  private int segmentRouting(int cp, int len) {
    int lastEntry = f.u8(cp + 4); // read before its label, as tcpdump's GET_U_1
    out.append(", last-entry=").append(lastEntry);
    int flags = f.u8(cp + 5);
    if (flags != 0 || f.opts.verbosity() > 0) {
      out.append(", flags=0x");
      Text.hex(out, flags);
    }
    int tag = f.u16(cp + 6);
    out.append(", tag=");
    Text.hex(out, tag);
    return addresses(cp, len);
  }
}
