package io.jdump.print;

/**
 * IEEE 802.15.4 information elements, as tcpdump's print-802_15_4.c shows them: the header IE
 * list (contents decoded with -vvvv: vendor, CSL, RIT, DSME PAN descriptors, rendezvous time,
 * time correction) and the payload IE list (with -vvvv: MLME nested IEs — channel hopping, TSCH
 * synchronization, slotframe and link, timeslot —, vendor nested, 802.15.9 multiplexed, IETF).
 * Lengths are tcpdump's unsigned ones; a read past the capture throws, as its GET macros do.
 */
final class Ieee802154Ies {
  /** Header IE names (Table 7-7 of 802.15.4-2015); null is "Reserved 0x%02x". */
  private static final String[] HEADER = new String[128];
  /** Payload IE group names (Table 7-15); null is "Reserved 0x%02x". */
  private static final String[] GROUPS = new String[16];
  /** MLME short sub-IDs (Table 7-16) from 0x1a; null is "Reserved 0x%02x". */
  private static final String[] MLME_SHORT = new String[128];

  static {
    HEADER[0x00] = "Vendor Specific Header IE";
    String[] le = {
      "LE CSL IE", "LE RIT IE", "DSME PAN descriptor IE", "Rendezvous Time IE",
      "Time Correction IE",
    };
    System.arraycopy(le, 0, HEADER, 0x1a, le.length);
    String[] more = {
      "Extended DSME PAN descriptor IE",
      "Fragment Sequence Context Description IE",
      "Simplified Superframe Specification IE",
      "Simplified GTS Specification IE",
      "LECIM Capabilities IE",
      "TRLE Descriptor IE",
      "RCC Capabilities IE",
      "RCCN Descriptor IE",
      "Global Time IE",
      "Omnibus Header IE",
      "DA IE",
    };
    System.arraycopy(more, 0, HEADER, 0x21, more.length);
    HEADER[0x7e] = "Header Termination 1 IE";
    HEADER[0x7f] = "Header Termination 2 IE";
    String[] groups = {
      "ESDU IE", "MLME IE", "Vendor Specific Nested IE", "Multiplexed IE (802.15.9)",
      "Omnibus Payload Group IE", "IETF IE",
    };
    System.arraycopy(groups, 0, GROUPS, 0, groups.length);
    GROUPS[0xf] = "List termination";
    String[] mlme = {
      "TSCH Synchronization IE",
      "TSCH Slotframe and Link IE",
      "TSCH Timeslot IE",
      "Hopping timing IE",
      "Enhanced Beacon Filter IE",
      "MAC Metrics IE",
      "All MAC Metrics IE",
      "Coexistence Specification IE",
      "SUN Device Capabilities IE",
      "SUN FSK Generic PHY IE",
      "Mode Switch Parameter IE",
      "PHY Parameter Change IE",
      "O-QPSK PHY Mode IE",
      "PCA Allocation IE",
      "LECIM DSSS Operating Mode IE",
      "LECIM FSK Operating Mode IE",
      null,
      "TVWS PHY Operating Mode Description IE",
      "TVWS Device Capabilities IE",
      "TVWS Device Category IE",
      "TVWS Device Identiication IE",
      "TVWS Device Location IE",
      "TVWS Channel Information Query IE",
      "TVWS Channel Information Source IE",
      "CTM IE",
      "Timestamp IE",
      "Timestamp Difference IE",
      "TMCTP Specification IE",
      "RCC PHY Operating Mode IE",
    };
    System.arraycopy(mlme, 0, MLME_SHORT, 0x1a, mlme.length);
  }

  private final Frame f;
  private final StringBuilder out;
  private final Ieee802154Printer wpan;
  /** Set by headerList: whether a Header Termination 1 IE announced payload IEs. */
  boolean payloadPresent;

  Ieee802154Ies(Frame f, Ieee802154Printer wpan) {
    this.f = f;
    this.out = f.out;
    this.wpan = wpan;
  }

  private int verbosity() {
    return f.opts.verbosity();
  }

  /** {@code %02x} of a value that may need more digits. */
  private void hex02(int v) {
    if (v < 0x10) out.append('0');
    Text.hex(out, v);
  }

  /** "%02x " for each of n bytes at p. */
  private void bytes(int p, int from, int n) {
    for (int i = from; i < n; i++) {
      Text.hex2(out, f.u8(p + i));
      out.append(' ');
    }
  }

  private void reserved(int id) {
    out.append("Reserved 0x");
    Text.hex2(out, id);
  }

  /** tcpdump's vendor-specific IE body: OUI and data. */
  private void vendor(int p, int len) {
    if (len < 3) {
      out.append("[ERROR: Vendor OUI missing]");
      return;
    }
    out.append("OUI = 0x");
    Text.hex2(out, f.u8(p));
    Text.hex2(out, f.u8(p + 1));
    Text.hex2(out, f.u8(p + 2));
    out.append(", Data = ");
    bytes(p, 3, len);
  }

  /**
   * tcpdump's {@code ieee802_15_4_print_header_ie_list}; sets {@link #payloadPresent}.
   * {@return the bytes taken, or -1 after an error}
   */
  int headerList(int p, long caplen) {
    payloadPresent = false;
    int len = 0;
    do {
      if (caplen < 2) {
        out.append("[ERROR: Truncated header IE]");
        return -1;
      }
      int ie = f.u16le(p);
      if ((ie & 0x8000) != 0) out.append("[ERROR: Header IE with type 1] ");
      int ieLen = ie & 0x7f;
      int id = (ie >> 7) & 0xff;
      if (id > 127) {
        out.append("Reserved Element ID ");
        Text.hex2(out, id);
        out.append(", length = ").append(ieLen).append(' ');
      } else {
        out.append("\n\t");
        if (HEADER[id] == null) reserved(id);
        else out.append(HEADER[id]);
        if (ieLen == 0) out.append(" [");
        else out.append(" [ length = ").append(ieLen).append(", ");
      }
      if (caplen < 2 + ieLen) {
        out.append("[ERROR: Truncated IE data]");
        return -1;
      }
      p += 2;
      if (ieLen != 0) {
        if (verbosity() > 3) {
          headerIe(p, ieLen, id);
        } else {
          out.append("IE Data = ");
          bytes(p, 0, ieLen);
        }
      }
      out.append("] ");
      len += 2 + ieLen;
      p += ieLen;
      caplen -= 2 + ieLen;
      if (id == 0x7e) {
        payloadPresent = true;
        break;
      }
      if (id == 0x7f) break;
    } while (caplen != 0);
    return len;
  }

  /** tcpdump's {@code ieee802_15_4_print_header_ie}: one header IE's content. */
  private void headerIe(int p, int len, int id) {
    switch (id) {
      case 0x00 -> vendor(p, len);
      case 0x1a -> {
        if (len < 4) {
          out.append("[ERROR: Truncated CSL IE]");
          return;
        }
        out.append("CSL Phase = ").append(f.u16le(p)).append(", CSL Period = ")
            .append(f.u16le(p + 2));
        if (len >= 6) out.append(", Rendezvous time = ").append(f.u16le(p + 4));
        if (len != 4 && len != 6) out.append(" [ERROR: CSL IE length wrong]");
      }
      case 0x1b -> {
        if (len < 4) {
          out.append("[ERROR: Truncated RIT IE]");
          return;
        }
        out.append("Time to First Listen = ").append(f.u8(p))
            .append(", # of Repeat Listen = ").append(f.u8(p + 1))
            .append(", Repeat Listen Interval = ").append(f.u16le(p + 2));
      }
      case 0x1c, 0x21 -> dsmePan(p, len, id == 0x21);
      case 0x1d -> {
        if (len != 4) {
          out.append("[ERROR: Length != 2]");
          return;
        }
        out.append("Rendezvous time = ").append(f.u16le(p)).append(", Wake-up Interval = ")
            .append(f.u16le(p + 2));
      }
      case 0x1e -> {
        if (len != 2) {
          out.append("[ERROR: Length != 2]");
          return;
        }
        int val = f.u16le(p);
        if ((val & 0x8000) != 0) out.append("Negative ");
        int correction = (val & 0xfff) << 20 >> 20;
        out.append("Ack time correction = ").append(correction).append(", ");
      }
      default -> {
        out.append("IE Data = ");
        bytes(p, 0, len);
      }
    }
  }

  /** The (extended) DSME PAN descriptor IE, with tcpdump's checks and texts. */
  private void dsmePan(int p, int len, boolean extended) {
    if (len < 2) {
      out.append("[ERROR: Truncated DSME PAN IE]");
      return;
    }
    wpan.superframe(f.u16le(p));
    if (len < 3) {
      out.append("[ERROR: Truncated before pending addresses field]");
      return;
    }
    int ptr = 2;
    int used = wpan.pendingAddresses(p + ptr, len - ptr);
    if (used < 0) return;
    ptr += used;
    boolean hopping = false;
    if (extended) {
      if (len < ptr + 2) {
        out.append("[ERROR: Truncated before DSME Superframe Specification]");
        return;
      }
      int ss = f.u16le(p + ptr);
      ptr += 2;
      out.append("Multi-superframe Order = ").append(ss & 0xff)
          .append((ss & 0x100) != 0 ? ", Channel hopping mode" : ", Channel adaptation mode");
      if ((ss & 0x400) != 0) out.append(", CAP reduction enabled");
      if ((ss & 0x800) != 0) out.append(", Deferred beacon enabled");
      if ((ss & 0x1000) != 0) {
        out.append(", Hopping Sequence Present");
        hopping = true;
      }
    } else {
      if (len < ptr + 1) {
        out.append("[ERROR: Truncated before DSME Superframe Specification]");
        return;
      }
      int ss = f.u8(p + ptr);
      ptr++;
      out.append("Multi-superframe Order = ").append(ss & 0x0f)
          .append((ss & 0x10) != 0 ? ", Channel hopping mode" : ", Channel adaptation mode");
      if ((ss & 0x40) != 0) out.append(", CAP reduction enabled");
      if ((ss & 0x80) != 0) out.append(", Deferred beacon enabled");
    }
    if (len < ptr + 8) {
      out.append(" [ERROR: Truncated before Time synchronization specification]");
      return;
    }
    long timestamp = f.u32le(p + ptr) | (long) f.u16le(p + ptr + 4) << 32;
    out.append("Beacon timestamp = ").append(timestamp).append(", offset = ")
        .append(f.u16le(p + ptr + 6));
    ptr += 8;
    if (len < ptr + 4) {
      out.append(" [ERROR: Truncated before Beacon Bitmap]");
      return;
    }
    int ulen = f.u16le(p + ptr + 2);
    out.append("SD Index = ").append(f.u16le(p + ptr)).append(", Bitmap len = ").append(ulen)
        .append(", ");
    ptr += 4;
    if (len < ptr + ulen) {
      out.append(" [ERROR: Truncated in SD bitmap]");
      return;
    }
    out.append(" SD Bitmap = ");
    bytes(p + ptr, 0, ulen);
    ptr += ulen;
    if (len < ptr + 5) {
      out.append(" [ERROR: Truncated before Channel hopping specification]");
      return;
    }
    // tcpdump reads the bitmap length one byte past the 5 it checked for
    ulen = f.u16le(p + ptr + 4);
    int seqId = f.u8(p + ptr);
    int bsn = f.u8(p + ptr + 1);
    int offset = f.u16le(p + ptr + 2);
    out.append("Hopping Seq ID = ").append(seqId).append(", PAN Coordinator BSN = ").append(bsn)
        .append(", Channel offset = ").append(offset).append(", Bitmap length = ").append(ulen)
        .append(", ");
    ptr += 5;
    if (len < ptr + ulen) {
      out.append(" [ERROR: Truncated in Channel offset bitmap]");
      return;
    }
    out.append(" Channel offset bitmap = ");
    bytes(p + ptr, 0, ulen);
    ptr += ulen;
    if (hopping) {
      if (len < ptr + 1) {
        out.append(" [ERROR: Truncated in Hopping Sequence length]");
        return;
      }
      ulen = f.u8(p + ptr);
      ptr++;
      out.append("Hopping Seq length = ").append(ulen).append(" [ ");
      if (len < ptr + ulen * 2) {
        out.append(" [ERROR: Truncated in Channel offset bitmap]");
        return;
      }
      for (int i = 0; i < ulen; i++) {
        hex02(f.u16le(p + ptr + i * 2));
        out.append(' ');
      }
      out.append(']');
    }
  }

  /** tcpdump's {@code ieee802_15_4_print_payload_ie_list}; {@return the bytes taken, or -1} */
  int payloadList(int p, long caplen) {
    int len = 0;
    do {
      if (caplen < 2) {
        out.append("[ERROR: Truncated header IE]");
        return -1;
      }
      int ie = f.u16le(p);
      if ((ie & 0x8000) == 0) out.append("[ERROR: Payload IE with type 0] ");
      int ieLen = ie & 0x3ff;
      int group = (ie >> 11) & 0xf;
      p += 2;
      out.append("\n\t");
      if (GROUPS[group] == null) reserved(group);
      else out.append(GROUPS[group]);
      if (ieLen == 0) out.append(" [");
      else out.append(" [ length = ").append(ieLen).append(", ");
      if (caplen < 2 + ieLen) {
        out.append("[ERROR: Truncated IE data]");
        return -1;
      }
      if (ieLen != 0) {
        if (verbosity() > 3) {
          switch (group) {
            case 0x1 -> mlmeList(p, ieLen);
            case 0x2 -> vendor(p, ieLen);
            case 0x3 -> multiplexed(p, ieLen);
            case 0x5 -> {
              out.append("Subtype ID = 0x");
              Text.hex2(out, f.u8(p));
              out.append(", Subtype content = ");
              bytes(p, 1, ieLen);
            }
            default -> {
              out.append("IE Data = ");
              bytes(p, 0, ieLen);
            }
          }
        } else {
          out.append("IE Data = ");
          bytes(p, 0, ieLen);
        }
      }
      out.append("]\n\t");
      len += 2 + ieLen;
      p += ieLen;
      caplen -= 2 + ieLen;
      if (group == 0xf) break;
    } while (caplen > 0);
    return len;
  }

  /** tcpdump's {@code ieee802_15_4_print_mlme_ie_list}: the nested IEs of an MLME IE. */
  private void mlmeList(int p, int ieLen) {
    do {
      if (ieLen < 2) {
        out.append("[ERROR: Truncated MLME IE]");
        return;
      }
      int ie = f.u16le(p);
      int subLen;
      int sub;
      out.append("\n\t\t");
      if ((ie & 0x8000) != 0) {
        subLen = ie & 0x3ff;
        sub = (ie >> 11) & 0xf;
        if (sub == 0x8) out.append("Vendor Specific MLME Nested IE");
        else if (sub == 0x9) out.append("Channel Hopping IE");
        else reserved(sub);
      } else {
        subLen = ie & 0xff;
        sub = (ie >> 8) & 0x7f;
        if (sub < 0x10) {
          out.append("Reserved for long format 0x");
          Text.hex(out, sub);
        } else if (MLME_SHORT[sub] == null) {
          reserved(sub);
        } else {
          out.append(MLME_SHORT[sub]);
        }
      }
      p += 2;
      out.append(" [ length = ").append(subLen).append(", ");
      if (ieLen < 2 + subLen) {
        out.append("[ERROR: Truncated IE data]");
        return;
      }
      if (subLen != 0) {
        int v = verbosity();
        if (v > 3) {
          mlme(p, subLen, sub);
        } else if (v > 2) {
          out.append("IE Data = ");
          bytes(p, 0, subLen);
        }
      }
      out.append("] ");
      p += subLen;
      ieLen -= 2 + subLen;
    } while (ieLen > 0);
  }

  /**
   * tcpdump's {@code ieee802_15_4_print_mlme_ie}: one nested IE (one switch for the short and
   * long sub-IDs, as tcpdump has: a short one numbered 8 or 9 is read as the long one).
   */
  private void mlme(int p, int len, int sub) {
    switch (sub) {
      case 0x08 -> vendor(p, len);
      case 0x09 -> channelHopping(p, len);
      case 0x1a -> {
        if (len < 6) out.append("[ERROR: Length != 6]");
        long asn = f.u32le(p) | (long) f.u8(p + 4) << 32;
        int metric = f.u8(p + 5);
        out.append("ASN = ");
        for (int shift = 36; shift >= 0; shift -= 4) {
          out.append(Character.forDigit((int) (asn >>> shift) & 0xf, 16));
        }
        out.append(", Join Metric = ").append(metric).append(' ');
      }
      case 0x1b -> slotframes(p, len);
      case 0x1c -> {
        if (len == 1) {
          out.append("Time slot ID = ").append(f.u8(p)).append(' ');
        } else if (len == 25 || len == 27) {
          out.append("Time slot ID = ").append(f.u8(p))
              .append(", CCA Offset = ").append(f.u16le(p + 1))
              .append(", CCA = ").append(f.u16le(p + 3))
              .append(", TX Offset = ").append(f.u16le(p + 5))
              .append(", RX Offset = ").append(f.u16le(p + 7))
              .append(", RX Ack Delay = ").append(f.u16le(p + 9))
              .append(", TX Ack Delay = ").append(f.u16le(p + 11))
              .append(", RX Wait = ").append(f.u16le(p + 13))
              .append(", Ack Wait = ").append(f.u16le(p + 15))
              .append(", RX TX = ").append(f.u16le(p + 17))
              .append(", Max Ack = ").append(f.u16le(p + 19));
          if (len == 25) {
            out.append(", Max TX = ").append(f.u16le(p + 21))
                .append(", Time slot Length = ").append(f.u16le(p + 23));
          } else {
            out.append(", Max TX = ").append(u24le(p + 21))
                .append(", Time slot Length = ").append(u24le(p + 24));
          }
          out.append(' ');
        } else {
          out.append("[ERROR: Length not 1, 25, or 27]\n\t\t\tIE Data = ");
          bytes(p, 0, len);
        }
      }
      default -> {
        out.append("IE Data = ");
        bytes(p, 0, len);
      }
    }
  }

  private int u24le(int p) {
    return f.u16le(p) | f.u8(p + 2) << 16;
  }

  private void channelHopping(int p, int len) {
    out.append("Hopping Sequence ID = ").append(f.u8(p));
    if (len == 1) return;
    p++;
    len--;
    if (len < 7) {
      out.append("[ERROR: IE truncated]");
      return;
    }
    int page = f.u8(p);
    int channels = f.u16le(p + 1);
    out.append("Channel Page = ").append(page).append(", Number of Channels = ")
        .append(channels).append(", Phy Configuration = 0x");
    Text.hex8(out, f.u32le(p + 3));
    out.append(", ");
    p += 7;
    len -= 7;
    if (page == 9 || page == 10) {
      int n = (channels + 7) / 8;
      if (len < n) {
        out.append("[ERROR: IE truncated]");
        return;
      }
      out.append("Extended bitmap = 0x");
      for (int i = 0; i < n; i++) Text.hex2(out, f.u8(p + i));
      out.append(", ");
      p += n;
      len -= n;
    }
    if (len < 2) {
      out.append("[ERROR: IE truncated]");
      return;
    }
    int n = f.u16le(p);
    p += 2;
    len -= 2;
    out.append("Hopping Seq length = ").append(n).append(" [ ");
    if (len < n * 2) {
      out.append(" [ERROR: IE truncated]");
      return;
    }
    for (int i = 0; i < n; i++) {
      hex02(f.u16le(p + i * 2));
      out.append(' ');
    }
    out.append(']');
    p += n * 2;
    len -= n * 2;
    if (len < 2) {
      out.append("[ERROR: IE truncated]");
      return;
    }
    out.append("Current hop = ").append(f.u16le(p));
  }

  private void slotframes(int p, int len) {
    int count = f.u8(p);
    out.append("Slotframes = ").append(count).append(' ');
    int off = 1;
    for (int i = 0; i < count; i++) {
      if (len < off + 4) {
        out.append("[ERROR: Truncated IE before slotframes]");
        break;
      }
      int links = f.u8(p + off + 3);
      out.append("\n\t\t\t[ Handle ").append(f.u8(p + off)).append(", size = ")
          .append(f.u16le(p + off + 1)).append(", links = ").append(links).append(' ');
      off += 4;
      for (int j = 0; j < links; j++) {
        if (len < off + 5) {
          out.append("[ERROR: Truncated IE links]");
          break;
        }
        int opts = f.u8(p + off + 4);
        out.append("\n\t\t\t\t[ Timeslot =  ").append(f.u16le(p + off)).append(", Offset = ")
            .append(f.u16le(p + off + 2)).append(", Options = ");
        if ((opts & 0x1) != 0) out.append("TX ");
        if ((opts & 0x2) != 0) out.append("RX ");
        if ((opts & 0x4) != 0) out.append("Shared ");
        if ((opts & 0x8) != 0) out.append("Timekeeping ");
        if ((opts & 0x10) != 0) out.append("Priority ");
        off += 5;
        out.append("] ");
      }
      out.append("] ");
    }
  }

  /** tcpdump's {@code ieee802_15_4_print_mpx_ie}: an 802.15.9 multiplexed IE. */
  private void multiplexed(int p, int len) {
    int control = f.u8(p);
    int type = control & 7;
    int tid = control >> 3;
    int start;
    switch (type) {
      case 0, 1 -> {
        out.append("Type = Full upper layer fragment");
        if (type == 1) out.append(" with small Multiplex ID");
        out.append(", ");
        if (type == 0) {
          if (len < 3) {
            out.append("[ERROR: Multiplex ID missing]");
            return;
          }
          start = 3;
          out.append("tid = 0x");
          Text.hex2(out, tid);
          out.append(", Multiplex ID = 0x");
          Text.hex4(out, f.u16le(p + 1));
          out.append(", ");
        } else {
          start = 1;
          out.append("Multiplex ID = 0x");
          Text.hex4(out, tid);
          out.append(", ");
        }
      }
      case 2, 4 -> {
        if (len < 2) {
          out.append("[ERROR: fragment number missing]");
          return;
        }
        int fragment = f.u8(p + 1);
        out.append("Type = ").append(type == 2
            ? fragment == 0 ? "First fragment" : "Middle fragment"
            : "Last fragment").append(", tid = 0x");
        Text.hex2(out, tid);
        out.append(", fragment = 0x");
        Text.hex2(out, fragment);
        out.append(", ");
        start = 2;
        if (fragment == 0) {
          if (len < 6) {
            out.append("[ERROR: Total upper layer size or multiplex ID missing]");
            return;
          }
          out.append("Total upper layer size = 0x");
          Text.hex4(out, f.u16le(p + 2));
          out.append(", Multiplex ID = 0x");
          Text.hex4(out, f.u16le(p + 4));
          out.append(", ");
          start = 6;
        }
      }
      case 6 -> {
        out.append("Type = Abort, tid = 0x");
        Text.hex2(out, tid);
        if (len == 1) {
          out.append(", no max size given");
        } else if (len == 3) {
          out.append(", max size = 0x");
          Text.hex4(out, f.u16le(p + 1));
        } else {
          out.append(", invalid length = ").append(len).append(" (not 1 or 3)Abort data = ");
          bytes(p, 1, len);
        }
        return;
      }
      default -> {
        out.append("Type = ").append(type).append(" (Reserved), tid = 0x");
        Text.hex2(out, tid);
        out.append(", ");
        start = 1;
      }
    }
    out.append("Upper layer data = ");
    bytes(p, start, len);
  }
}
