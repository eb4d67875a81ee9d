package io.jdump.print;

/**
 * ICMPv6, as tcpdump's {@code icmp6_print}: echo, errors, neighbour and router discovery (with
 * their options under {@code -v}) and MLD.
 */
final class Icmp6Printer {
  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;
  private final MldPrinter mld;
  private final Icmp6InfoPrinter info;

  Icmp6Printer(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
    this.mld = new MldPrinter(f);
    this.info = new Icmp6InfoPrinter(f);
    this.domains = new DnsNames(f);
  }

  private static String typeName(int t) {
    return switch (t) {
      case 1 -> "destination unreachable";
      case 2 -> "packet too big";
      case 3 -> "time exceeded in-transit";
      case 4 -> "parameter problem";
      case 128 -> "echo request";
      case 129 -> "echo reply";
      case 130 -> "multicast listener query";
      case 131 -> "multicast listener report";
      case 132 -> "multicast listener done";
      case 133 -> "router solicitation";
      case 134 -> "router advertisement";
      case 135 -> "neighbor solicitation";
      case 136 -> "neighbor advertisement";
      case 137 -> "redirect";
      case 138 -> "router renumbering";
      case 141 -> "inverse neighbor solicitation";
      case 142 -> "inverse neighbor advertisement";
      case 143 -> "multicast listener report v2";
      case 144 -> "ha discovery request";
      case 145 -> "ha discovery reply";
      case 146 -> "mobile router solicitation";
      case 147 -> "mobile router advertisement";
      case 139 -> "who-are-you request";
      case 140 -> "who-are-you reply";
      case 155 -> "RPL";
      case 200 -> "mtrace response";
      case 201 -> "mtrace message";
      default -> null;
    };
  }

  /**
   * The type's name and, with -v, the length tcpdump shows early for the neighbour discovery
   * and mobility types; both come before it reads the code, so a cut code still shows them.
   */
  private void typeAndLength(int type, long length, int verbosity) {
    String name = typeName(type);
    out.append("ICMP6, ");
    if (name != null) out.append(name);
    else out.append("unknown icmp6 type (").append(type).append(')');
    if (verbosity > 0 && (type == 133 || type == 134 || type == 136 || type == 135
        || type == 137 || type == 145 || type == 147)) {
      out.append(", length ").append(length);
    }
  }

  void print(int dp, int length, int ip, boolean fragmented) {
    f.proto = "icmp6";
    long wire = Integer.toUnsignedLong(length); // printed unsigned: tcpdump's u_int
    length = Frame.signedLength(length);
    if (length == 0) {
      out.append("ICMP6, length 0");
      f.printInvalid();
      return;
    }
    int type = f.u8(dp);
    if (!f.has(dp + 1, 1)) {
      // with -v tcpdump reads the checksum first; else it names the type before the code
      if (f.opts.verbosity() > 0 && !fragmented && f.has(dp, length)) throw f.truncated();
      typeAndLength(type, wire, f.opts.verbosity());
      throw f.truncated();
    }
    int code = f.u8(dp + 1);
    int verbosity = f.opts.verbosity();
    // a first fragment holds only part of what the checksum covers: tcpdump does not check it
    if (verbosity > 0 && !fragmented && f.has(dp, length)) {
      int sum6 = f.u16(dp + 2);
      long s = Checksum.sum(f.b, dp, length)
          + Checksum.pseudo6(f.b, ip, 58, length, d.ip6Destination(ip));
      int sum = Checksum.fold(s);
      if (sum != 0) {
        out.append("[bad icmp6 cksum 0x");
        Text.hex4(out, sum6);
        out.append(" -> 0x");
        Text.hex4(out, Checksum.shouldBe(sum6, sum));
        out.append("!] ");
      } else {
        out.append("[icmp6 sum ok] ");
      }
    }
    typeAndLength(type, wire, verbosity);
    int oip = dp + 8;
    switch (type) {
      case 1 -> {
        out.append(", ").append(switch (code) {
          case 0 -> "unreachable route";
          case 1 -> " unreachable prohibited";
          case 2 -> "beyond scope";
          case 3 -> "unreachable address";
          case 4 -> "unreachable port";
          default -> "unknown unreach code (" + code + ")";
        });
        switch (code) {
          case 0, 1, 3 -> {
            f.need(oip + 24, 16);
            out.append(' ');
            f.names.ip6(out, f.b, oip + 24);
          }
          case 2 -> {
            f.need(oip + 8, 32);
            out.append(' ');
            f.names.ip6(out, f.b, oip + 24);
            out.append(", source address ");
            f.names.ip6(out, f.b, oip + 8);
          }
          case 4 -> {
            int up = upperLayer(oip);
            if (up < 0) {
              f.printTrunc();
              return;
            }
            int nh = upperProto;
            int dport = f.u16(up + 2);
            out.append(", ");
            f.names.ip6(out, f.b, oip + 24);
            if (nh == 6) {
              out.append(" tcp port ");
              f.names.tcpPort(out, dport);
            } else if (nh == 17) {
              out.append(" udp port ");
              f.names.udpPort(out, dport);
            } else {
              out.append(" protocol ").append(nh).append(" port ").append(dport)
                  .append(" unreachable");
            }
          }
          default -> {
            if (verbosity <= 1) {
              d.link.defaultHex(dp, length);
              return;
            }
          }
        }
      }
      case 2 -> {
        // tcpdump reads the MTU before it prints the label: a cut MTU prints neither
        f.need(dp + 4, 4);
        out.append(", mtu ").append(f.u32(dp + 4));
      }
      case 3 -> {
        if (code == 0) {
          f.need(oip + 24, 16);
          out.append(" for ");
          f.names.ip6(out, f.b, oip + 24);
        } else if (code == 1) {
          out.append(" (reassembly)");
        } else {
          out.append(", unknown code (").append(code).append(')');
        }
      }
      case 4 -> {
        // tcpdump's ND_TCHECK here prints the marker and returns: no long jump, so -x still
        // dumps from the network header
        if (!f.has(oip + 24, 16)) {
          f.printTrunc();
          return;
        }
        switch (code) {
          case 0 -> out.append(", erroneous - octet ").append(f.u32(dp + 4));
          case 1 -> out.append(", next header - octet ").append(f.u32(dp + 4));
          case 2 -> out.append(", option - octet ").append(f.u32(dp + 4));
          case 3 -> out.append(", incomplete header chain - octet ").append(f.u32(dp + 4));
          default -> out.append(", code-#").append(code);
        }
      }
      case 128, 129 -> {
        int id = f.u16(dp + 4);
        int seq = f.u16(dp + 6);
        out.append(", id ").append(id).append(", seq ").append(seq);
      }
      case 130 -> {
        if (length == 24) mld.mld(dp);
        else if (length >= 28) {
          out.append(" v2");
          mld.mldv2Query(dp, length);
        } else {
          out.append(" unknown-version (len ").append(length).append(") ");
        }
      }
      case 131, 132 -> mld.mld(dp);
      case 133 -> {
        if (verbosity > 0 && !options(dp + 8, length - 8)) return;
      }
      case 134 -> {
        if (verbosity > 0) {
          f.need(dp, 16);
          int flags = f.u8(dp + 5);
          out.append("\n\thop limit ").append(f.u8(dp + 4)).append(", Flags [");
          raFlags(flags);
          out.append("], pref ").append(routerPreference(flags));
          out.append(", router lifetime ").append(f.u16(dp + 6)).append("s, reachable time ")
              .append(f.u32(dp + 8)).append("ms, retrans timer ").append(f.u32(dp + 12))
              .append("ms");
          if (!options(dp + 16, length - 16)) return;
        }
      }
      case 135 -> {
        f.need(dp + 8, 16);
        out.append(", who has ");
        f.names.ip6(out, f.b, dp + 8);
        if (verbosity > 0 && !options(dp + 24, length - 24)) return;
      }
      case 136 -> {
        f.need(dp + 8, 16);
        out.append(", tgt is ");
        f.names.ip6(out, f.b, dp + 8);
        if (verbosity > 0) {
          long fl = f.u32(dp + 4);
          out.append(", Flags [");
          boolean any = false;
          if ((fl & 0x80000000L) != 0) { out.append("router"); any = true; }
          if ((fl & 0x40000000L) != 0) { if (any) out.append(", "); out.append("solicited"); any = true; }
          if ((fl & 0x20000000L) != 0) { if (any) out.append(", "); out.append("override"); any = true; }
          if (!any) out.append("none");
          out.append(']');
          if (!options(dp + 24, length - 24)) return;
        }
      }
      case 143 -> mld.mldv2Report(dp, length);
      case 137 -> {
        f.need(dp + 8, 32);
        out.append(", ");
        f.names.ip6(out, f.b, dp + 24);
        out.append(" to ");
        f.names.ip6(out, f.b, dp + 8);
        if (verbosity > 0 && !options(dp + 40, length - 40)) return;
      }
      case 139, 140 -> info.nodeInfo(dp, length);
      case 138 -> info.routerRenumbering(dp);
      case 141, 142 -> { }
      case 144, 146 -> idHex(dp);
      case 145 -> {
        if (verbosity > 0) {
          idHex(dp);
          for (int p = dp + 8; p < dp + length; p += 16) {
            f.need(p, 16);
            out.append(", ");
            f.names.ip6(out, f.b, p);
          }
        }
      }
      case 147 -> {
        if (verbosity > 0) {
          idHex(dp);
          int flags = f.u16(dp + 6);
          if ((flags & 0xc000) != 0) out.append(' ');
          if ((flags & 0x8000) != 0) out.append('M');
          if ((flags & 0x4000) != 0) out.append('O');
          if (!options(dp + 8, length - 8)) return;
        }
      }
      // tcpdump hands RPL the 4 bytes after the code on, with a length to match
      case 155 -> d.rpl.print(code, dp + 4, length - 4 < 0 ? Integer.MAX_VALUE : length - 4);
      default -> {
        out.append(", length ").append(wire);
        if (verbosity <= 1) d.link.defaultHex(dp, length);
        return;
      }
    }
    if (verbosity == 0) out.append(", length ").append(wire);
  }

  /** The home-agent discovery and mobile prefix messages' identifier (RFC 6275). */
  private void idHex(int dp) {
    int id = f.u16(dp + 4);
    out.append(", id 0x");
    Text.hex4(out, id);
  }

  /** RFC 4191's two preference bits (3 and 4) of a flags byte. */
  private static String routerPreference(int flags) {
    return switch ((flags >> 3) & 3) {
      case 0 -> "medium";
      case 1 -> "high";
      case 2 -> "rsv";
      default -> "low";
    };
  }

  private void lifetime(long t) {
    if (t == 0xffffffffL) out.append("infinity");
    else out.append(t).append('s');
  }

  private int upperProto;
  /** A route information option's prefix, zero-filled past its length. */
  private final byte[] prefix = new byte[16];
  /** DNSSL names; compression pointers count from the first option, as tcpdump's. */
  private final DnsNames domains;

  /**
   * tcpdump's {@code get_upperlayer}: the TCP or UDP header inside a quoted IPv6 packet,
   * through its extension headers. {@return its position, or -1 when not captured or another
   * protocol}
   */
  private int upperLayer(int ip6) {
    if (!f.has(ip6, 40)) return -1;
    int nh = f.u8(ip6 + 6);
    int hlen = 40;
    int bp = ip6;
    while (bp < f.end) {
      bp += hlen;
      switch (nh) {
        case IpProtocols.UDP, IpProtocols.TCP -> {
          if (!f.has(bp + 2, 2)) return -1;
          upperProto = nh;
          return bp;
        }
        case IpProtocols.HOPOPTS, IpProtocols.DSTOPTS, IpProtocols.ROUTING -> {
          if (!f.has(bp + 1, 1)) return -1;
          nh = f.u8(bp);
          hlen = (f.u8(bp + 1) + 1) << 3;
        }
        case IpProtocols.FRAGMENT -> {
          if (!f.has(bp + 2, 2)) return -1;
          if ((f.u16(bp + 2) & 0xfff8) != 0) return -1;
          nh = f.u8(bp);
          hlen = 8;
        }
        case IpProtocols.AH -> {
          if (!f.has(bp + 1, 1)) return -1;
          nh = f.u8(bp);
          hlen = (f.u8(bp + 1) + 2) << 2;
        }
        default -> {
          return -1;
        }
      }
    }
    return -1;
  }

  private void raFlags(int flags) {
    String[] names = {"managed", "other stateful", "home agent", "ipv6 only"};
    int[] bits = {0x80, 0x40, 0x20, 0x02};
    boolean any = false;
    for (int i = 0; i < 4; i++) {
      if ((flags & bits[i]) != 0) {
        if (any) out.append(", ");
        out.append(names[i]);
        any = true;
      }
    }
    if (!any) out.append("none");
  }




  /** tcpdump's {@code icmp6_opt_print}; {@return false when it printed a truncation marker} */
  private boolean options(int cp, int resid) {
    int bp = cp;
    // an option whose length byte was not captured is cut (tcpdump's TCHECK comes before
    // the residual length); nothing captured past the message ends the options silently
    while (cp < f.end) {
      if (!f.has(cp, 2)) {
        f.printTrunc();
        return false;
      }
      if (resid <= 0) return true;
      int type = f.u8(cp);
      int olen = f.u8(cp + 1);
      if (olen == 0) {
        f.printTrunc();
        return false;
      }
      if (resid < olen << 3) {
        f.printTrunc();
        return false;
      }
      if (!f.has(cp, olen << 3)) {
        f.printTrunc();
        return false;
      }
      String n = switch (type) {
        case 1 -> "source link-address";
        case 2 -> "destination link-address";
        case 3 -> "prefix info";
        case 4 -> "redirected header";
        case 5 -> "mtu";
        case 7 -> "advertisement interval";
        case 8 -> "homeagent information";
        case 24 -> "route info";
        case 25 -> "rdnss";
        case 31 -> "dnssl";
        default -> "unknown";
      };
      out.append("\n\t  ").append(n).append(" option (").append(type).append("), length ")
          .append(olen << 3).append(" (").append(olen).append("): ");
      switch (type) {
        case 1, 2 -> Text.colonHex(out, f.b, cp + 2, (olen << 3) - 2);
        case 5 -> out.append(' ').append(f.u32(cp + 4))
            .append(olen != 1 ? "bad option length" : "");
        case 3 -> {
          // the prefix is read as the struct lays it out, past a short option's end; Names ends
          // the packet there when it was not captured, as tcpdump's GET macro
          f.names.ip6(out, f.b, cp + 16);
          out.append('/').append(f.u8(cp + 2)).append(olen != 4 ? "badlen" : "").append(", Flags [");
          int pf = f.u8(cp + 3);
          boolean any = false;
          if ((pf & 0x80) != 0) { out.append("onlink"); any = true; }
          if ((pf & 0x40) != 0) { if (any) out.append(", "); out.append("auto"); any = true; }
          if ((pf & 0x20) != 0) { if (any) out.append(", "); out.append("router"); any = true; }
          if (!any) out.append("none");
          out.append("], valid time ");
          lifetime(f.u32(cp + 4));
          out.append(", pref. time ");
          lifetime(f.u32(cp + 8));
        }
        case 4 -> f.unknownData(bp, "\n\t    ", olen << 3);
        case 7 -> out.append(' ').append(f.u32(cp + 4)).append("ms");
        case 8 -> out.append(" preference ").append(f.u16(cp + 4)).append(", lifetime ")
            .append(f.u16(cp + 6));
        case 24 -> {
          if (!routeInfo(cp, olen)) return false;
        }
        case 25 -> {
          out.append(" lifetime ").append(f.u32(cp + 4)).append("s,");
          for (int i = 0; i < (olen - 1) / 2; i++) {
            out.append(" addr: ");
            f.need(cp + 8 + 16 * i, 16);
            f.names.ip6(out, f.b, cp + 8 + 16 * i);
          }
        }
        case 31 -> {
          out.append(" lifetime ").append(f.u32(cp + 4)).append("s, domain(s):");
          domains.bp = bp;
          int domp = cp + 8;
          while (domp < cp + (olen << 3) && f.u8(domp) != 0) {
            out.append(' ');
            domp = domains.name(domp);
            if (domp < 0) {
              f.printTrunc();
              return false;
            }
          }
        }
        default -> {
          if (f.opts.verbosity() <= 1) {
            hexIndented(cp + 2, (olen << 3) - 2, "\n\t  ");
            return true;
          }
        }
      }
      if (f.opts.verbosity() > 1) hexIndented(cp + 2, (olen << 3) - 2, "\n\t    ");
      cp += olen << 3;
      resid -= olen << 3;
    }
    return true;
  }

  /**
   * RFC 4191's route information: a prefix of 0, 8 or 16 bytes (option length 1 to 3; other
   * lengths end the options), its preference and lifetime. {@return false after the marker}
   */
  private boolean routeInfo(int cp, int olen) {
    f.need(cp + 4, 4);
    java.util.Arrays.fill(prefix, (byte) 0);
    switch (olen) {
      case 1 -> { }
      case 2 -> {
        f.need(cp + 8, 8);
        System.arraycopy(f.b, cp + 8, prefix, 0, 8);
      }
      case 3 -> {
        f.need(cp + 8, 16);
        System.arraycopy(f.b, cp + 8, prefix, 0, 16);
      }
      default -> {
        f.printTrunc();
        return false;
      }
    }
    out.append(' ');
    f.names.ip6(out, prefix, 0);
    out.append('/').append(f.u8(cp + 2)).append(", pref=").append(routerPreference(f.u8(cp + 3)))
        .append(", lifetime=");
    lifetime(f.u32(cp + 4));
    return true;
  }

  /** tcpdump's {@code hex_print} with the "\n\t    " indent, as print_unknown_data does. */
  private void hexIndented(int p, int n, String indent) {
    HexDump.hex(out, f.b, p, n, indent);
  }
}
