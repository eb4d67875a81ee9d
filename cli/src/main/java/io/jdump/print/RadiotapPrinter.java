package io.jdump.print;

/**
 * Radiotap headers (DLT_IEEE802_11_RADIO) in front of an 802.11 frame, as tcpdump's
 * {@code ieee802_11_radio_print}: each field of the presence bitmaps in order, aligned to its
 * own size from the start of the header; a field tcpdump does not know ends the header's
 * decoding with {@code [bit N]}.
 */
final class RadiotapPrinter {
  private static final int TSFT = 0;
  private static final int FLAGS = 1;
  private static final int RATE = 2;
  private static final int CHANNEL = 3;
  private static final int FHSS = 4;
  private static final int DBM_ANTSIGNAL = 5;
  private static final int DBM_ANTNOISE = 6;
  private static final int LOCK_QUALITY = 7;
  private static final int TX_ATTENUATION = 8;
  private static final int DB_TX_ATTENUATION = 9;
  private static final int DBM_TX_POWER = 10;
  private static final int ANTENNA = 11;
  private static final int DB_ANTSIGNAL = 12;
  private static final int DB_ANTNOISE = 13;
  private static final int RX_FLAGS = 14;
  private static final int XCHANNEL = 18;
  private static final int MCS = 19;
  private static final int AMPDU_STATUS = 20;
  private static final int VHT = 21;
  private static final int NAMESPACE = 29;
  private static final int VENDOR_NAMESPACE = 30;
  private static final int EXT = 31;

  private static final int F_FCS = 0x10;
  private static final int F_DATAPAD = 0x20;

  private static final String[] HT_BANDWIDTH = {"20 MHz", "40 MHz", "20 MHz (L)", "20 MHz (U)"};
  private static final String[] VHT_BANDWIDTH = {"20 MHz", "40 MHz", "20 MHz (L)", "20 MHz (U)",
      "80 MHz", "80 MHz (L)", "80 MHz (U)", "80 MHz (LL)", "80 MHz (LU)", "80 MHz (UL)",
      "80 MHz (UU)", "160 MHz", "160 MHz (L)", "160 MHz (U)", "160 MHz (LL)", "160 MHz (LU)",
      "160 MHz (UL)", "160 MHz (UU)", "160 MHz (LLL)", "160 MHz (LLU)", "160 MHz (LUL)",
      "160 MHz (UUU)", "160 MHz (ULL)", "160 MHz (ULU)", "160 MHz (UUL)", "160 MHz (UUU)",
      "unknown (26)", "unknown (27)", "unknown (28)", "unknown (29)", "unknown (30)",
      "unknown (31)"};

  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;
  /** The header being unpacked (tcpdump's cpack state): [base, base + len), next field at next. */
  private int base;
  private int len;
  private int next;
  /** The flags field's value, 0 when absent. */
  private int flags;

  RadiotapPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
  }

  /** {@return the link header length for -x: the radiotap header and the 802.11 header} */
  int print(int p, int length) {
    f.proto = "802.11_radio";
    int caplen = f.end - p;
    if (caplen < 8) {
      f.printTrunc();
      return caplen;
    }
    int hlen = f.u16le(p + 2);
    if (hlen < 8 || caplen < hlen) {
      f.printTrunc();
      return caplen;
    }
    base = p;
    len = hlen;
    next = p + 8;
    int last = p + 4;
    while (last + 4 <= p + hlen && (f.i32le(last) & (1 << EXT)) != 0) {
      advance(4);
      last += 4;
    }
    if (last + 4 > p + hlen) { // more bitmap extensions than bytes in the header
      f.printTrunc();
      return caplen;
    }
    int bit0 = 0;
    boolean vendor = false;
    int skip = 0;
    flags = 0;
    for (int word = p + 4; word <= last; word += 4) {
      int present = f.i32le(word);
      if (vendor) {
        if (!advance(skip)) break;
        skip = 0;
      } else if (!namespace(present, bit0)) {
        break;
      }
      switch (present & (1 << NAMESPACE | 1 << VENDOR_NAMESPACE)) {
        case 0 -> bit0 += 32;
        case 1 << NAMESPACE -> {
          bit0 = 0;
          vendor = false;
          skip = 0;
        }
        case 1 << VENDOR_NAMESPACE -> {
          bit0 = 0;
          vendor = true;
          skip = vendorNamespace();
        }
        default -> { } // both bits: undefined, tcpdump ignores them
      }
    }
    int pad = flags & F_DATAPAD;
    int fcs = (flags & F_FCS) != 0 ? 4 : 0;
    return hlen + d.wifi.frame(p + hlen, length - hlen, pad != 0, fcs);
  }

  /**
   * Reads a vendor namespace item; {@return the length of the vendor's data to skip}. tcpdump
   * checks room for the 2-aligned item but reads its bytes from where it stands.
   */
  private int vendorNamespace() {
    if (aligned(2) < 0) {
      f.printTrunc();
      return 0;
    }
    for (int i = 0; i < 4; i++) {
      if (u8() < 0) {
        f.printTrunc();
        return 0;
      }
    }
    int skip = u16();
    if (skip < 0) {
      f.printTrunc();
      return 0;
    }
    return skip;
  }

  /** {@return false when a field ended the header's decoding} */
  private boolean namespace(int present, int bit0) {
    for (int left = present; left != 0; left &= left - 1) {
      int bitno = Integer.numberOfTrailingZeros(left);
      if (bitno >= NAMESPACE) break;
      if (!field(bit0 + bitno, present)) return false;
    }
    return true;
  }

  private boolean field(int bit, int present) {
    switch (bit) {
      case TSFT -> {
        int at = aligned(8);
        if (at < 0) return trunc();
        next = at + 8;
        appendUnsigned((long) f.i32le(at + 4) << 32 | (f.i32le(at) & 0xffffffffL));
        out.append("us tsft ");
      }
      case FLAGS -> {
        int v = u8();
        if (v < 0) return trunc();
        flags = v;
        if ((v & 0x01) != 0) out.append("cfp ");
        if ((v & 0x02) != 0) out.append("short preamble ");
        if ((v & 0x04) != 0) out.append("wep ");
        if ((v & 0x08) != 0) out.append("fragmented ");
        if ((v & 0x40) != 0) out.append("bad-fcs ");
      }
      case RATE -> {
        int v = u8();
        if (v < 0) return trunc();
        if (v >= 0x80 && v <= 0x8f) {
          out.append("MCS ").append(v & 0x7f).append(' ');
        } else {
          halves(v);
          out.append(" Mb/s ");
        }
      }
      case CHANNEL -> {
        int freq = u16();
        if (freq < 0) return trunc();
        int chanFlags = u16();
        if (chanFlags < 0) return trunc();
        // XChannel, when present too, describes the channel better
        if ((present & 1 << XCHANNEL) == 0) channel(freq, chanFlags, present);
      }
      case FHSS -> {
        int set = u8();
        if (set < 0) return trunc();
        int pattern = u8();
        if (pattern < 0) return trunc();
        out.append("fhset ").append(set).append(" fhpat ").append(pattern).append(' ');
      }
      case DBM_ANTSIGNAL, DBM_ANTNOISE, DBM_TX_POWER -> {
        int v = u8();
        if (v < 0) return trunc();
        out.append((byte) v).append(bit == DBM_ANTSIGNAL ? "dBm signal "
            : bit == DBM_ANTNOISE ? "dBm noise " : "dBm tx power ");
      }
      case LOCK_QUALITY -> {
        int v = u16();
        if (v < 0) return trunc();
        out.append(v).append(" sq ");
      }
      case TX_ATTENUATION -> {
        int v = u16();
        if (v < 0) return trunc();
        out.append(-(short) v).append(" tx power ");
      }
      case DB_TX_ATTENUATION -> { // tcpdump reads one signed byte, not the spec's two
        int v = u8();
        if (v < 0) return trunc();
        out.append(-(byte) v).append("dB tx attenuation ");
      }
      case ANTENNA -> {
        int v = u8();
        if (v < 0) return trunc();
        out.append("antenna ").append(v).append(' ');
      }
      case DB_ANTSIGNAL, DB_ANTNOISE -> {
        int v = u8();
        if (v < 0) return trunc();
        out.append(v).append(bit == DB_ANTSIGNAL ? "dB signal " : "dB noise ");
      }
      case RX_FLAGS -> {
        if (u16() < 0) return trunc();
      }
      case XCHANNEL -> {
        int at = aligned(4);
        if (at < 0) return trunc();
        next = at + 4;
        int chanFlags = f.i32le(at);
        int freq = u16();
        if (freq < 0 || u8() < 0 || u8() < 0) return trunc();
        channel(freq, chanFlags, present);
      }
      case MCS -> {
        return mcs();
      }
      case AMPDU_STATUS -> {
        int at = aligned(4);
        if (at < 0) return trunc();
        next = at + 4;
        if (u16() < 0 || u8() < 0 || u8() < 0) return trunc();
      }
      case VHT -> {
        return vht();
      }
      default -> {
        out.append("[bit ").append(bit).append("] ");
        return false;
      }
    }
    return true;
  }

  private boolean mcs() {
    int known = u8();
    if (known < 0) return trunc();
    int mflags = u8();
    if (mflags < 0) return trunc();
    int index = u8();
    if (index < 0) return trunc();
    if ((known & 0x02) != 0) {
      int rate = 0;
      if (index <= HtRates.MAX_INDEX && (known & 0x05) != 0) {
        rate = HtRates.tenths(index, (mflags & 0x03) == 1, (mflags & 0x04) != 0);
      }
      if (rate != 0) {
        out.append(rate / 10).append('.').append(rate % 10).append(" Mb/s ");
      }
      out.append("MCS ").append(index).append(' ');
    }
    if ((known & 0x01) != 0) out.append(HT_BANDWIDTH[mflags & 0x03]).append(' ');
    if ((known & 0x04) != 0) out.append((mflags & 0x04) != 0 ? "short GI " : "long GI ");
    if ((known & 0x08) != 0) out.append((mflags & 0x08) != 0 ? "greenfield " : "mixed ");
    if ((known & 0x10) != 0) out.append((mflags & 0x10) != 0 ? "LDPC FEC " : "BCC FEC ");
    if ((known & 0x20) != 0) out.append("RX-STBC").append((mflags & 0x60) >> 5).append(' ');
    return true;
  }

  private boolean vht() {
    int known = u16();
    if (known < 0) return trunc();
    int vflags = u8();
    if (vflags < 0) return trunc();
    int bandwidth = u8();
    if (bandwidth < 0) return trunc();
    int mcsNss = next;
    for (int i = 0; i < 4; i++) {
      if (u8() < 0) return trunc();
    }
    int coding = u8();
    if (coding < 0 || u8() < 0 || u16() < 0) return trunc();
    for (int i = 0; i < 4; i++) {
      int v = f.u8(mcsNss + i);
      if ((v & 0x0f) == 0) continue;
      out.append("User ").append(i).append(" MCS ").append(v >> 4).append(' ')
          .append((coding & 1 << i) != 0 ? "LDPC FEC " : "BCC FEC ");
    }
    if ((known & 0x40) != 0) out.append(VHT_BANDWIDTH[bandwidth & 0x1f]).append(' ');
    if ((known & 0x04) != 0) out.append((vflags & 0x04) != 0 ? "short GI " : "long GI ");
    return true;
  }

  /** tcpdump's {@code print_chaninfo}. */
  private void channel(int freq, int chanFlags, int present) {
    out.append(freq).append(" MHz");
    if ((present & 1 << MCS) != 0) {
      out.append(" 11n"); // an MCS field makes it 11n whatever the flags say
    } else {
      if ((chanFlags & 0x0880) == 0x0880) out.append(" FHSS");
      if ((chanFlags & 0x0140) == 0x0140) {
        out.append((chanFlags & 0x4000) != 0 ? " 11a/10Mhz"
            : (chanFlags & 0x8000) != 0 ? " 11a/5Mhz" : " 11a");
      }
      if ((chanFlags & 0x00c0) == 0x00c0 || (chanFlags & 0x0480) == 0x0480) {
        out.append((chanFlags & 0x4000) != 0 ? " 11g/10Mhz"
            : (chanFlags & 0x8000) != 0 ? " 11g/5Mhz" : " 11g");
      } else if ((chanFlags & 0x00a0) == 0x00a0) {
        out.append(" 11b");
      }
      if ((chanFlags & 0x0010) != 0) out.append(" Turbo");
    }
    if ((chanFlags & 0x10000) != 0) out.append(" ht/20");
    else if ((chanFlags & 0x40000) != 0) out.append(" ht/40-");
    else if ((chanFlags & 0x20000) != 0) out.append(" ht/40+");
    out.append(' ');
  }

  /** {@code %2.1f} of v/2: never shorter than two characters, one decimal of 0 or 5. */
  private void halves(int v) {
    out.append(v >> 1).append((v & 1) != 0 ? ".5" : ".0");
  }

  private void appendUnsigned(long v) {
    if (v >= 0) {
      out.append(v);
    } else {
      long q = (v >>> 1) / 5;
      out.append(q).append(v - q * 10);
    }
  }

  private boolean trunc() {
    f.printTrunc();
    return false;
  }

  /** {@return where a field of this size starts, aligned from the header's start; -1 if no room} */
  private int aligned(int size) {
    int off = next - base;
    int at = off % size == 0 ? next : next + size - off % size;
    return at - base + size > len ? -1 : at;
  }

  private boolean advance(int n) {
    if (next - base + n > len) return false;
    next += n;
    return true;
  }

  private int u8() {
    if (next - base >= len) return -1;
    return f.u8(next++);
  }

  private int u16() {
    int at = aligned(2);
    if (at < 0) return -1;
    next = at + 2;
    return f.u16le(at);
  }
}
