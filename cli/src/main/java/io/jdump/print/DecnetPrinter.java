package io.jdump.print;

/**
 * DECnet Phase IV (EtherType 0x6003): routing headers, routing-layer control messages and NSP
 * messages, as tcpdump's print-decnet.c shows them. Lengths count the two-byte length field,
 * as tcpdump's checks do.
 */
final class DecnetPrinter {
  static final int ETHERTYPE = 0x6003;
  private static final int SHORT_HDR = 6;
  private static final int LONG_HDR = 21;

  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;

  DecnetPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  void print(int ap, int length, int caplen) {
    f.proto = "decnet";
    if (length < SHORT_HDR) {
      out.append(" (length ").append(length).append(" < ").append(SHORT_HDR).append(')');
      f.printInvalid();
      return;
    }
    int pktlen = f.u16le(ap);
    if (pktlen < SHORT_HDR) {
      out.append(" (pktlen ").append(pktlen).append(" < ").append(SHORT_HDR).append(')');
      f.printInvalid();
      return;
    }
    if (pktlen > length) {
      out.append(" (pktlen ").append(pktlen).append(" > ").append(length).append(')');
      f.printInvalid();
      return;
    }
    length = pktlen;
    int rh = ap + 2;
    int mflags = f.u8(rh);
    if ((mflags & 0x80) != 0) {
      int pad = mflags & 0x7f;
      if (f.opts.verbosity() > 0) out.append("[pad:").append(pad).append("] ");
      if (length < pad + 2) {
        out.append(" (length ").append(length).append(" < ").append(pad + 2).append(')');
        f.printInvalid();
        return;
      }
      f.need(ap + 2, pad);
      ap += pad;
      length -= pad;
      caplen -= pad;
      rh = ap + 2;
      mflags = f.u8(rh);
    }
    if ((mflags & 0x40) != 0) {
      out.append("future-version-decnet");
      d.link.defaultPrintLength(ap, Math.min(length, caplen));
      return;
    }
    if ((mflags & 1) != 0) {
      if (!control(rh, length, caplen)) f.printInvalid();
      return;
    }
    int dst;
    int src;
    int hops;
    int nsp;
    int nsplen;
    switch (mflags & 7) {
      case 6 -> {
        if (length < LONG_HDR) {
          out.append(" (length ").append(length).append(" < ").append(LONG_HDR).append(')');
          f.printInvalid();
          return;
        }
        f.need(rh, LONG_HDR);
        dst = f.u16le(rh + 7);
        src = f.u16le(rh + 15);
        hops = f.u8(rh + 18);
        nsp = ap + 2 + LONG_HDR;
        nsplen = length - LONG_HDR;
      }
      case 2 -> {
        dst = f.u16le(rh + 1);
        src = f.u16le(rh + 3);
        hops = (f.u8(rh + 5) & 077) + 1;
        nsp = ap + 2 + SHORT_HDR;
        nsplen = length - SHORT_HDR;
        // tcpdump's nsplen is unsigned: pad bytes can leave less than a short header, and the
        // difference wraps to a length that passes every check (only its comparisons use it)
        if (nsplen < 0) nsplen = Integer.MAX_VALUE;
      }
      default -> {
        out.append("unknown message flags under mask");
        d.link.defaultPrintLength(ap, Math.min(length, caplen));
        return;
      }
    }
    node(src);
    out.append(" > ");
    node(dst);
    out.append(' ').append(pktlen).append(' ');
    if (f.opts.verbosity() > 0) {
      if ((mflags & 010) != 0) out.append("RQR ");
      if ((mflags & 020) != 0) out.append("RTS ");
      if ((mflags & 040) != 0) out.append("IE ");
      out.append(hops).append(" hops ");
    }
    if (!nsp(nsp, nsplen)) f.printInvalid();
  }

  private boolean control(int rh, int length, int caplen) {
    int mflags = f.u8(rh);
    switch (mflags & 017) {
      case 01 -> {
        out.append("init ");
        if (length < 12) return false;
        f.need(rh, 12);
        int src = f.u16le(rh + 1);
        info(f.u8(rh + 3), false);
        out.append("src ");
        node(src);
        out.append("blksize ").append(f.u16le(rh + 4)).append(" vers ").append(f.u8(rh + 6))
            .append(" eco ").append(f.u8(rh + 7)).append(" ueco ").append(f.u8(rh + 8))
            .append(" hello ").append(f.u16le(rh + 9));
      }
      case 03, 05 -> {
        out.append((mflags & 017) == 03 ? "verification " : "test ");
        if (length < 4) return false;
        int src = f.u16le(rh + 1);
        int other = f.u8(rh + 3);
        out.append("src ");
        node(src);
        out.append((mflags & 017) == 03 ? " fcnval " : " data ").append(Integer.toOctalString(other));
      }
      case 07, 011 -> {
        boolean l1 = (mflags & 017) == 07;
        out.append(l1 ? "lev-1-routing " : "lev-2-routing ");
        if (length < 4) return false;
        f.need(rh, 4);
        out.append("src ");
        node(f.u16le(rh + 1));
        out.append(' ');
        routes(rh + 4, length - 4, l1 ? "{ids " : "{areas ");
      }
      case 013 -> {
        out.append("router-hello ");
        if (length < 18) return false;
        f.need(rh, 18);
        info(f.u8(rh + 10), true);
        out.append("vers ").append(f.u8(rh + 1)).append(" eco ").append(f.u8(rh + 2))
            .append(" ueco ").append(f.u8(rh + 3)).append(" src ");
        node(f.u16le(rh + 8));
        out.append(" blksize ").append(f.u16le(rh + 11)).append(" pri ").append(f.u8(rh + 13))
            .append(" hello ").append(f.u16le(rh + 15));
      }
      case 015 -> {
        out.append("endnode-hello ");
        if (length < 32) return false;
        int vers = f.u8(rh + 1);
        int eco = f.u8(rh + 2);
        int ueco = f.u8(rh + 3);
        int src = f.u16le(rh + 8);
        int info = f.u8(rh + 10);
        int blksize = f.u16le(rh + 11);
        int router = f.u16le(rh + 26);
        int hello = f.u16le(rh + 28);
        int data = f.u8(rh + 31);
        info(info, true);
        out.append("vers ").append(vers).append(" eco ").append(eco).append(" ueco ").append(ueco)
            .append(" src ");
        node(src);
        out.append(" blksize ").append(blksize).append(" rtr ");
        node(router);
        out.append(" hello ").append(hello).append(" data ").append(Integer.toOctalString(data));
      }
      default -> {
        out.append("unknown control message");
        d.link.defaultPrintLength(rh, Math.min(length, caplen));
      }
    }
    return true;
  }

  private void routes(int rp, int len, String what) {
    while (len > 6) {
      f.need(rp, 6);
      int count = f.u16le(rp);
      if (count > 1024) return;
      int id = f.u16le(rp + 2);
      int info = f.u16le(rp + 4);
      rp += 6;
      len -= 6;
      out.append(what).append(id).append('-').append(id + count).append(" cost ")
          .append(info & 0777).append(" hops ").append((info >> 10) & 037).append("} ");
    }
  }

  /**
   * The routing-layer information byte: an init message's (hello false) or a hello's, which
   * has a no-multicast flag and its blocking flag elsewhere.
   */
  private void info(int info, boolean hello) {
    out.append(switch (info & 3) {
      case 0 -> "reserved-ntype? ";
      case 1 -> "l2rout ";
      case 2 -> "l1rout ";
      default -> "endnode ";
    });
    if ((info & 04) != 0) out.append("verif ");
    if (hello && (info & 040) != 0) out.append("nomcast ");
    if ((info & (hello ? 0100 : 010)) != 0) out.append("blo ");
  }

  /** tcpdump's {@code dnaddr_string}: area.node. */
  private void node(int a) {
    out.append((a & 0176000) >> 10).append('.').append(a & 01777);
  }

  private boolean nsp(int p, int len) {
    if (len < 5) {
      out.append(" (nsplen ").append(len).append(" < 5)");
      return false;
    }
    int flags = f.u8(p);
    int dst = f.u16le(p + 1);
    int src = f.u16le(p + 3);
    int sub = flags & 0160;
    switch (flags & 014) {
      case 0 -> {
        switch (sub) {
          case 040, 0, 0100, 0140 -> {
            out.append("data ").append(src).append('>').append(dst).append(' ');
            return segment(p, len, "oack ", "onak ", true);
          }
          case 060 -> {
            out.append("intr ");
            return segment(p, len, "ackdat ", "nakdat ", true);
          }
          case 020 -> {
            out.append("link-service ").append(src).append('>').append(dst).append(' ');
            if (len < 13) return false;
            segment(p, len, "ackdat ", "nakdat ", false);
            int lsflags = f.u8(p + 11);
            int fcval = f.u8(p + 12);
            switch (lsflags & 014) {
              case 0 -> {
                out.append("dat seg count ").append(fcval).append(' ');
                switch (lsflags & 3) {
                  case 0 -> { }
                  case 1 -> out.append("donotsend-data ");
                  case 2 -> out.append("send-data ");
                  default -> {
                    out.append("reserved-fcmod? ");
                    Text.hex(out, lsflags);
                  }
                }
              }
              case 4 -> out.append("intr req count ").append(fcval).append(' ');
              default -> {
                out.append("reserved-fcval-int? ");
                Text.hex(out, lsflags);
              }
            }
          }
          default -> reserved("reserved-subtype? ", flags, src, dst);
        }
      }
      case 04 -> {
        switch (sub) {
          case 0, 020 -> {
            out.append(sub == 0 ? "data-ack " : "ils-ack ").append(src).append('>').append(dst)
                .append(' ');
            if (len < 9) return false;
            f.need(p, 9);
            int ack = f.u16le(p + 5);
            if ((ack & 0100000) != 0) {
              ack(ack, "ack ", "nak ", 0110000);
              ack = f.u16le(p + 7);
              if (isOther(ack)) {
                ack(ack, sub == 0 ? "oack " : "ackdat ", sub == 0 ? "onak " : "nakdat ", 0130000);
              }
            }
          }
          case 040 -> out.append("conn-ack ").append(dst);
          default -> reserved("reserved-acktype? ", flags, src, dst);
        }
      }
      case 010 -> {
        switch (sub) {
          case 020, 0140 -> {
            out.append(sub == 020 ? "conn-initiate " : "retrans-conn-initiate ").append(src)
                .append('>').append(dst).append(' ');
            if (len < 9) return false;
            int services = f.u8(p + 5); // all three read before any is printed, as tcpdump
            int info = f.u8(p + 6);
            int segsize = f.u16le(p + 7);
            services(services, info);
            out.append("segsize ").append(segsize).append(' ');
          }
          case 040 -> {
            out.append("conn-confirm ").append(src).append('>').append(dst).append(' ');
            if (len < 10) return false;
            int services = f.u8(p + 5);
            int info = f.u8(p + 6);
            int segsize = f.u16le(p + 7);
            int optlen = f.u8(p + 9);
            services(services, info);
            out.append("segsize ").append(segsize).append(' ');
            if (optlen != 0) out.append("optlen ").append(optlen).append(' ');
          }
          case 060 -> {
            out.append("disconn-initiate ").append(src).append('>').append(dst).append(' ');
            if (len < 8) return false;
            int reason = f.u16le(p + 5);
            int optlen = f.u8(p + 7);
            reason(reason);
            if (optlen != 0) out.append("optlen ").append(optlen).append(' ');
          }
          case 0100 -> {
            out.append("disconn-confirm ").append(src).append('>').append(dst).append(' ');
            reason(f.u16le(p + 5));
          }
          default -> reserved("reserved-ctltype? ", flags, src, dst);
        }
      }
      default -> reserved("reserved-type? ", flags, src, dst);
    }
    return true;
  }

  /**
   * The acknowledgement fields of a data, interrupt or link-service segment, then its number;
   * checked: whether the segment's length is tested as each field is read.
   */
  private boolean segment(int p, int len, String other, String otherNak, boolean checked) {
    int off = 7;
    if (checked && len < off) return false;
    int ack = f.u16le(p + 5);
    if ((ack & 0100000) != 0) {
      ack(ack, "ack ", "nak ", 0110000);
      off += 2;
      if (checked && len < off) return false;
      ack = f.u16le(p + 7);
      if (isOther(ack)) {
        ack(ack, other, otherNak, 0130000);
        off += 2;
        if (checked && len < off) return false;
        ack = f.u16le(p + 9);
      }
    }
    out.append("seg ").append(ack & 07777).append(' ');
    return true;
  }

  /** tcpdump tests {@code ack & SGQ_OACK} (0120000): any of its bits. */
  private static boolean isOther(int ack) {
    return (ack & 0120000) != 0;
  }

  private void ack(int ack, String name, String nakName, int nakBits) {
    out.append((ack & nakBits) == nakBits ? nakName : name).append(ack & 07777).append(' ');
  }

  private void services(int services, int info) {
    switch (services & 014) {
      case 04 -> out.append("seg ");
      case 010 -> out.append("msg ");
      default -> { }
    }
    out.append(switch (info & 3) {
      case 0 -> "ver 3.2 ";
      case 1 -> "ver 3.1 ";
      case 2 -> "ver 4.0 ";
      default -> "ver 4.1 ";
    });
  }

  private void reserved(String what, int flags, int src, int dst) {
    out.append(what);
    Text.hex(out, flags);
    out.append(' ').append(src).append(" > ").append(dst);
  }

  private void reason(int r) {
    String s = switch (r) {
      case 0 -> "object rejected connect";
      case 1 -> "insufficient resources";
      case 2 -> "unrecognized node name";
      case 3 -> "node is shutting down";
      case 4 -> "unrecognized object";
      case 5 -> "invalid object name format";
      case 6 -> "object too busy";
      case 7 -> "protocol error discovered";
      case 8 -> "third party abort";
      case 9 -> "user abort";
      case 10 -> "invalid node name format";
      case 11 -> "local node shutting down";
      case 32 -> "insufficient local resources";
      case 33 -> "insufficient remote user resources";
      case 34 -> "invalid access control information";
      case 36 -> "bad ACCOUNT information";
      case 38 -> "no response from object";
      case 39 -> "node unreachable";
      case 41 -> "no link terminate";
      case 42 -> "disconnect complete";
      case 43 -> "bad image data in connect";
      case 54 -> "cryptographic service mismatch";
      default -> null;
    };
    if (s != null) out.append(s);
    else out.append("reason-").append(r);
    out.append(' ');
  }
}
