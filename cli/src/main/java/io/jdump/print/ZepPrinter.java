package io.jdump.print;

/**
 * ZEP, the ZigBee Encapsulation Protocol (UDP 17754) that sniffers and simulators use to carry
 * IEEE 802.15.4 frames over IP, as print-zep.c shows it: version 1 and 2 headers, v2 acks,
 * the NTP time stamp, then the 802.15.4 frame of the "inner length".
 */
final class ZepPrinter {
  static final int PORT = 17754;
  /** Seconds from 1900 (NTP's epoch) to 1970. */
  private static final long JAN_1970 = 2208988800L;

  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;

  ZepPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  void print(int bp, int len) {
    f.proto = "zep";
    out.append("ZEP");
    int c0 = f.u8(bp);
    if (c0 != 'E' || f.u8(bp + 1) != 'X') {
      out.append(" [Preamble Code: ");
      DnsNames.charEscaped(out, c0);
      DnsNames.charEscaped(out, f.u8(bp + 1));
      out.append(']');
      f.printInvalid();
      return;
    }
    int version = f.u8(bp + 2);
    out.append('v').append(version).append(' ');
    int inner;
    if (version == 1) {
      if (!lengthAtLeast(len, 16)) return;
      int channel = f.u8(bp + 3);
      int device = f.u16(bp + 4);
      out.append("Channel ID ").append(channel).append(", Device ID 0x");
      Text.hex4(out, device);
      out.append(", ");
      crcOrLqi(bp + 6);
      inner = f.u8(bp + 15);
      out.append("inner len = ").append(inner);
      bp += 16;
      len -= 16;
    } else if (f.u8(bp + 3) == 2) {
      if (!lengthAtLeast(len, 8)) return;
      long seq = f.u32(bp + 4);
      out.append("ACK, seq# = ").append(seq);
      inner = 0;
      bp += 8;
      len -= 8;
    } else {
      if (!lengthAtLeast(len, 32)) return;
      int type = f.u8(bp + 3);
      int channel = f.u8(bp + 4);
      int device = f.u16(bp + 5);
      out.append("Type ").append(type).append(", Channel ID ").append(channel)
          .append(", Device ID 0x");
      Text.hex4(out, device);
      out.append(", ");
      crcOrLqi(bp + 7);
      timestamp(bp + 9);
      long seq = f.u32(bp + 17);
      inner = f.u8(bp + 31);
      out.append(", seq# = ").append(seq).append(", inner len = ").append(inner);
      bp += 32;
      len -= 32;
    }
    if (inner != 0) {
      out.append("\n\t");
      if (d.ieee802154.print(bp, inner) != 0) {
        f.need(bp, len);
        bp += len;
        len = 0;
      }
    }
    if (!f.opts.suppressDefaultPrint()) d.link.defaultPrintLength(bp, len);
  }

  /** tcpdump's ND_LCHECK_U: a shorter message is "[len N < M] (invalid)". */
  private boolean lengthAtLeast(int len, int min) {
    if (len >= min) return true;
    out.append(" [len ").append(len).append(" < ").append(min).append(']');
    f.printInvalid();
    return false;
  }

  private void crcOrLqi(int at) {
    if (f.u8(at) != 0) out.append("CRC, ");
    else {
      int lqi = f.u8(at + 1); // read before its label, as tcpdump's GET
      out.append("LQI ").append(lqi).append(", ");
    }
  }

  /** zep_print_ts: NTP seconds, the fraction through a float as tcpdump's, then local time. */
  private void timestamp(int p) {
    long seconds = f.u32(p);
    long fraction = f.u32(p + 4);
    // (float) uf, then (float) (ff / 2^32), then (uint32_t) (ff * 1e9): C's conversions kept
    float ff = (float) fraction;
    ff = (float) (ff / 4294967296.0);
    long nanos = (long) (ff * 1000000000.0) & 0xffffffffL;
    out.append(seconds).append('.');
    Text.zeroPad(out, nanos, 9);
    if (seconds != 0) {
      long local = f.times.localSeconds((seconds - JAN_1970) & 0xffffffffL);
      out.append(" (");
      Timestamps.slashDateTime(out, local);
      out.append(')');
    }
  }
}
