package io.jdump.print;

/**
 * Cisco's link-layer control protocols over SNAP (OUI 00:00:0c): DTP (pid 0x2004), VTP
 * (0x2003) and UDLD (0x0111), as tcpdump's {@code dtp_print}, {@code vtp_print} and
 * {@code udld_print}: the version and message type, and with {@code -v} their TLVs.
 *
 * <p>These printers check lengths against the frame's length and print {@code (invalid)};
 * every read past the capture is tcpdump's long jump ({@link Truncated}).
 */
final class CiscoL2Printer {
  private static final String[] DTP_TLVS = {null, "Domain", "Status", "DTP type", "Neighbor"};
  private static final String[] UDLD_TLVS = {null, "Device-ID TLV", "Port-ID TLV", "Echo TLV",
    "Message Interval TLV", "Timeout Interval TLV", "Device Name TLV", "Sequence Number TLV"};
  private static final String[] UDLD_CODES = {"Reserved", "Probe message", "Echo message",
    "Flush message"};
  private static final int[] UDLD_FLAG_BITS = {1, 2, 4, 8, 16, 32, 64, 128};
  private static final String[] UDLD_FLAGS = {"RT", "RSY", "MBZ-2", "MBZ-3", "MBZ-4", "MBZ-5",
    "MBZ-6", "MBZ-7"};
  private static final String[] VTP_TYPES = {null, "Summary advertisement",
    "Subset advertisement", "Advertisement request", "Join message"};
  private static final String[] VTP_HEADER = {null, "Followers", "Seq number", "Rsvd", "Rsvd"};
  private static final String[] VLAN_TYPES = {null, "Ethernet", "FDDI", "TrCRF", "FDDI-net",
    "TrBRF"};
  private static final String[] VLAN_STATUS = {"Operational", "Suspended"};
  private static final String[] VLAN_TLVS = {null, "Source-Routing Ring Number TLV",
    "Source-Routing Bridge Number TLV", "STP type TLV", "Parent VLAN TLV",
    "Translationally bridged VLANs TLV", "Pruning TLV", "Bridge Type TLV",
    "Max ARP Hop Count TLV", "Max STE Hop Count TLV", "Backup CRF Mode TLV"};
  private static final String[] STP_TYPES = {null, "SRT", "SRB", "Auto"};

  private final Frame f;
  private final StringBuilder out;

  CiscoL2Printer(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  private boolean verbose() {
    return f.opts.verbosity() > 0;
  }

  /** "(invalid)", then tcpdump's check that the rest was captured. */
  private void invalid(int p, int length) {
    f.printInvalid();
    f.need(p, length);
  }


  void dtp(int p, int length) {
    f.proto = "dtp";
    if (length < 1) {
      out.append("[zero packet length]");
      invalid(p, length);
      return;
    }
    int version = f.u8(p);
    out.append("DTPv").append(version).append(", length ").append(length);
    if (!verbose()) return;
    p++;
    length--;
    while (length > 0) {
      if (length < 4) {
        out.append('[').append(length).append(" bytes remaining]");
        invalid(p, length);
        return;
      }
      int type = f.u16(p);
      int len = f.u16(p + 2);
      if (type == 0) return;
      out.append("\n\t").append(LldpTables.name(DTP_TLVS, type, "Unknown")).append(" (0x");
      Text.hex4(out, type);
      out.append(") TLV, length ").append(len);
      if (len < 4 || len > length) {
        out.append("[invalid TLV length ").append(len).append(']');
        invalid(p, length);
        return;
      }
      switch (type) {
        case 1 -> {
          out.append(", ");
          f.printjnp(p + 4, len - 4);
        }
        case 2, 3 -> {
          if (len != 5) {
            invalid(p, length);
            return;
          }
          int v = f.u8(p + 4);
          out.append(", 0x");
          Text.hex(out, v);
        }
        case 4 -> {
          if (len != 10) {
            invalid(p, length);
            return;
          }
          f.need(p + 4, 6);
          out.append(", ");
          f.names.mac(out, f.b, p + 4);
        }
        default -> f.need(p, len);
      }
      p += len;
      length -= len;
    }
  }

  void udld(int p, int length) {
    f.proto = "udld";
    if (length < 4) {
      invalid(p, length);
      return;
    }
    int b = f.u8(p);
    int ver = (b & 0xe0) >> 5;
    int code = b & 0x1f;
    int flags = f.u8(p + 1);
    p += 2;
    length -= 2;
    out.append("UDLDv").append(ver).append(", Code ")
        .append(LldpTables.name(UDLD_CODES, code, "Reserved")).append(" (");
    Text.hex(out, code);
    out.append("), Flags [");
    LldpTables.bits(out, UDLD_FLAG_BITS, UDLD_FLAGS, flags, "none");
    out.append("] (0x");
    Text.hex2(out, flags);
    out.append("), length ").append(length + 2);
    if (!verbose()) {
      f.need(p, length);
      return;
    }
    int sum = f.u16(p);
    out.append("\n\tChecksum 0x");
    Text.hex4(out, sum);
    out.append(" (unverified)");
    p += 2;
    length -= 2;
    while (length > 0) {
      if (length < 4) {
        invalid(p, length);
        return;
      }
      int type = f.u16(p);
      int len = f.u16(p + 2);
      p += 4;
      length -= 4;
      out.append("\n\t").append(LldpTables.name(UDLD_TLVS, type, "Unknown")).append(" (0x");
      Text.hex4(out, type);
      out.append(") TLV, length ").append(len);
      if (len <= 4) {
        invalid(p, length);
        return;
      }
      len -= 4;
      if (length < len) {
        invalid(p, length);
        return;
      }
      switch (type) {
        case 1, 2, 6 -> {
          out.append(", ");
          f.printjnp(p, len);
        }
        case 3 -> {
          out.append(", ");
          for (int i = 0; i < len; i++) DnsNames.charEscaped(out, f.u8(p + i));
        }
        case 4, 5 -> {
          if (len != 1) {
            invalid(p, length);
            return;
          }
          int v = f.u8(p);
          out.append(", ").append(v).append('s');
        }
        case 7 -> {
          if (len != 4) {
            invalid(p, length);
            return;
          }
          long v = f.u32(p);
          out.append(", ").append(v);
        }
        default -> f.need(p, len);
      }
      p += len;
      length -= len;
    }
  }

  void vtp(int pp, int length) {
    f.proto = "vtp";
    if (length < 36) {
      invalid(pp, length);
      return;
    }
    f.need(pp, 36);
    int version = f.u8(pp);
    int type = f.u8(pp + 1);
    out.append("VTPv").append(version).append(", Message ")
        .append(LldpTables.name(VTP_TYPES, type, "Unknown message type")).append(" (0x");
    Text.hex2(out, type);
    out.append("), length ").append(length);
    if (!verbose()) {
      f.need(pp, length);
      return;
    }
    out.append("\n\tDomain name: ");
    int mgmtdLen = f.u8(pp + 3);
    if (mgmtdLen < 1 || mgmtdLen > 32) {
      out.append(" [invalid MgmtD Len ").append(mgmtdLen).append(']');
      invalid(pp, length);
      return;
    }
    f.printjnp(pp + 4, mgmtdLen);
    out.append(", ").append(LldpTables.name(VTP_HEADER, type, "Unknown")).append(": ")
        .append(f.u8(pp + 2));
    int p = pp + 36;
    switch (type) {
      case 1 -> {
        f.need(p, 8);
        out.append("\n\t  Config Rev ");
        Text.hex(out, f.u32(p));
        out.append(", Updater ");
        f.names.ip4(out, f.b, p + 4);
        p += 8;
        f.need(p, 12);
        out.append(", Timestamp 0x");
        Text.hex8(out, f.u32(p));
        out.append(" 0x");
        Text.hex8(out, f.u32(p + 4));
        out.append(" 0x");
        Text.hex8(out, f.u32(p + 8));
        p += 12;
        f.need(p, 16);
        out.append(", MD5 digest: ");
        for (int i = 0; i < 4; i++) Text.hex8(out, f.u32(p + 4 * i));
      }
      case 2 -> {
        long rev = f.u32(p);
        out.append(", Config Rev ");
        Text.hex(out, rev);
        p += 4;
        if (!vlans(pp, p, length)) invalid(pp, length);
      }
      case 3 -> {
        long start = f.u32(p);
        out.append("\n\tStart value: ").append(start);
      }
      default -> { }
    }
  }

  /** The subset advertisement's VLAN info fields. {@return false when one is invalid} */
  private boolean vlans(int pp, int p, int length) {
    while (p - pp < length) {
      int len = f.u8(p);
      if (len == 0) break;
      f.need(p, len);
      if (len < 12) return false;
      out.append("\n\tVLAN info status ")
          .append(LldpTables.name(VLAN_STATUS, f.u8(p + 1), "Unknown")).append(", type ")
          .append(LldpTables.name(VLAN_TYPES, f.u8(p + 2), "Unknown")).append(", VLAN-id ")
          .append(f.u16(p + 4)).append(", MTU ").append(f.u16(p + 6)).append(", SAID 0x");
      Text.hex8(out, f.u32(p + 8));
      out.append(", Name ");
      int nameLen = f.u8(p + 3);
      len -= 12;
      p += 12;
      int padded = 4 * ((nameLen + 3) / 4);
      if (len < padded) return false;
      f.printjnp(p, nameLen);
      len -= padded;
      p += padded;
      while (len != 0) {
        if (len < 2) return false;
        int type = f.u8(p);
        int tlvLen = f.u8(p + 1);
        out.append("\n\t\t").append(LldpTables.name(VLAN_TLVS, type, "Unknown")).append(" (0x");
        Text.hex4(out, type);
        out.append(") TLV");
        if (len < tlvLen * 2 + 2) {
          out.append(" (TLV goes past the end of the packet)");
          return false;
        }
        f.need(p, tlvLen * 2 + 2);
        if (tlvLen != 1) {
          out.append(" (invalid TLV length ").append(tlvLen).append(" != 1)");
          return false;
        }
        int v = f.u16(p + 2);
        switch (type) {
          case 9 -> out.append(", ").append(v);
          case 6 -> out.append(", ").append(v == 1 ? "Enabled" : "Disabled").append(" (")
              .append(v).append(')');
          case 3 -> out.append(", ").append(LldpTables.name(STP_TYPES, v, "Unknown")).append(" (")
              .append(v).append(')');
          case 7 -> out.append(", ").append(v == 1 ? "SRB" : "SRT").append(" (").append(v)
              .append(')');
          case 10 -> out.append(", ").append(v == 1 ? "Backup" : "Not backup").append(" (")
              .append(v).append(')');
          default -> f.unknownData(p, "\n\t\t  ", 2 + tlvLen * 2);
        }
        len -= 2 + tlvLen * 2;
        p += 2 + tlvLen * 2;
      }
    }
    return true;
  }
}
