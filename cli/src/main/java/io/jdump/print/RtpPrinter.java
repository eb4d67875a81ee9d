package io.jdump.print;

import java.util.Locale;

/**
 * RTP and RTCP, only on {@code -T rtp} / {@code -T rtcp} (no port is theirs), as tcpdump's
 * {@code rtp_print} and {@code rtcp_print} in its UDP printer.
 */
final class RtpPrinter {
  private final Frame f;
  private final StringBuilder out;

  RtpPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void rtp(int hdr, int len) {
    f.proto = "rtp";
    if (len < 8) {
      out.append("udp/rtp, length ").append(len).append(" < 8");
      return;
    }
    long i0 = f.u32(hdr);
    long i1 = f.u32(hdr + 4);
    int dlen = len - 8;
    int ip = hdr + 8;
    // counted in 32-bit words, unsigned as tcpdump's u_int
    long words = ((len & 0xffffffffL) >>> 2) - 2;
    boolean hasopt = false;
    boolean hasext = false;
    int contype;
    boolean marker;
    String ptype;
    if ((i0 >>> 30) == 1) {
      hasopt = (i0 & 0x800000) != 0;
      contype = (int) ((i0 >> 16) & 0x3f);
      marker = (i0 & 0x400000) != 0;
      ptype = "rtpv1";
    } else {
      if (dlen < 4) {
        out.append("udp/rtp, length ").append(dlen + 8).append(" < 12");
        return;
      }
      hasext = (i0 & 0x10000000) != 0;
      contype = (int) ((i0 >> 16) & 0x7f);
      marker = (i0 & 0x800000) != 0;
      dlen -= 4;
      ptype = "rtp";
      ip += 4;
      words -= 1;
    }
    words &= 0xffffffffL;
    out.append("udp/").append(ptype).append(' ').append(dlen).append(" c").append(contype)
        .append(' ').append(hasopt || hasext ? "+" : "").append(marker ? "*" : "").append(' ')
        .append(i0 & 0xffff).append(' ').append(i1);
    if (f.opts.verbosity() == 0) return;
    long ts = f.u32(hdr + 8);
    out.append(' ').append(ts);
    if (hasopt) {
      long i2;
      do {
        i2 = f.u32(ip);
        long optlen = (i2 >> 16) & 0xff;
        if (optlen == 0 || optlen > words) {
          out.append(" !opt");
          return;
        }
        ip += (int) optlen * 4;
        words -= optlen;
      } while ((int) i2 >= 0);
    }
    if (hasext) {
      long i2 = f.u32(ip);
      long extlen = (i2 & 0xffff) + 1;
      if (extlen > words) {
        out.append(" !ext");
        return;
      }
      ip += (int) extlen * 4;
    }
    if (contype == 0x1f) {
      int h261 = (int) (f.u32(ip) >>> 16); // read before its label, as tcpdump's GET
      out.append(" 0x");
      Text.hex4(out, h261);
    }
  }

  /** All RTCP packets of the datagram, until the capture ends, as tcpdump loops. */
  void rtcp(int cp) {
    int ep = f.end;
    while (cp < ep) cp = rtcpOne(cp, ep);
  }

  private int rtcpOne(int hdr, int ep) {
    f.proto = "rtcp";
    if (hdr + 8 > ep) {
      f.printTrunc();
      return ep;
    }
    long len = ((long) f.u16(hdr + 2) + 1) * 4;
    int flags = f.u16(hdr);
    int cnt = (flags >> 8) & 0x1f;
    int rr;
    switch (flags & 0xff) {
      case 200 -> {
        int sr = hdr + 8;
        out.append(" sr");
        if (len != cnt * 24L + 20 + 8) out.append(" [").append(len).append(']');
        if (f.opts.verbosity() > 0) out.append(' ').append(f.u32(hdr + 4));
        if (sr + 20 > ep) {
          f.printTrunc();
          return ep;
        }
        double ts = f.u32(sr) + f.u32(sr + 4) / 4294967296.0;
        out.append(" @").append(String.format(Locale.ROOT, "%.2f", ts)).append(' ').append(f.u32(sr + 8))
            .append(' ').append(f.u32(sr + 12)).append("p ").append(f.u32(sr + 16)).append('b');
        rr = sr + 20;
      }
      case 201 -> {
        out.append(" rr");
        if (len != cnt * 24L + 8) out.append(" [").append(len).append(']');
        rr = hdr + 8;
        if (f.opts.verbosity() > 0) out.append(' ').append(f.u32(hdr + 4));
      }
      case 202, 203 -> {
        out.append((flags & 0xff) == 202 ? " sdes " : " bye ").append(len);
        if (f.opts.verbosity() > 0) out.append(' ').append(f.u32(hdr + 4));
        cnt = 0;
        rr = 0;
      }
      default -> {
        out.append(" type-0x").append(Integer.toHexString(flags & 0xff)).append(' ').append(len);
        cnt = 0;
        rr = 0;
      }
    }
    if (cnt > 1) out.append(" c").append(cnt);
    while (cnt != 0) {
      if (rr + 24 > ep) {
        f.printTrunc();
        return ep;
      }
      if (f.opts.verbosity() > 0) out.append(' ').append(f.u32(rr));
      double ts = f.u32(rr + 16) / 65536.0;
      double dts = f.u32(rr + 20) / 65536.0;
      out.append(' ').append(f.u32(rr + 4) & 0xffffff).append("l ").append(f.u32(rr + 8))
          .append("s ").append(f.u32(rr + 12)).append("j @").append(String.format(Locale.ROOT, "%.2f", ts))
          .append('+').append(String.format(Locale.ROOT, "%.2f", dts));
      // rr stays: tcpdump 4.99's loop never steps to the next report block, so it prints the
      // first one cnt times
      cnt--;
    }
    long next = hdr + len;
    return next > Integer.MAX_VALUE ? ep : (int) next;
  }
}
