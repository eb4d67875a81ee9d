package io.jdump.print;

import static io.jdump.print.LldpTables.bits;
import static io.jdump.print.LldpTables.name;

/**
 * LLDP (802.1AB) as tcpdump's {@code lldp_print}: the length and system name; with {@code -v}
 * every TLV with its body (chassis and port IDs, TTL, descriptions, capabilities, management
 * address, and the 802.1, 802.3, TIA LLDP-MED, DCBX and IANA organisation-specific ones); with
 * {@code -vv} each TLV's bytes in hex as well.
 *
 * <p>A TLV too short for its fields or longer than the frame ends the packet with
 * {@code [|lldp]} after tcpdump's {@code goto trunc} (a return: {@code -x} still starts after the
 * link header); a read past the capture inside a body is tcpdump's long jump, a
 * {@link Truncated} throw.
 */
final class LldpPrinter {
  private static final int OUI_8021 = 0x0080c2;
  private static final int OUI_8023 = 0x00120f;
  private static final int OUI_TIA = 0x0012bb;
  private static final int OUI_DCBX = 0x001b21;
  private static final int OUI_IANA = 0x00005e;

  private final Frame f;
  private final StringBuilder out;

  LldpPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  private int verbosity() {
    return f.opts.verbosity();
  }

  void print(int p, int length) {
    f.proto = "lldp";
    out.append("LLDP, length ").append(length);
    int tlen = length;
    int tptr = p;
    while (tlen >= 2) {
      if (!f.has(tptr, 2)) {
        f.printTrunc();
        return;
      }
      int tlv = f.u16(tptr);
      int type = tlv >> 9;
      int len = tlv & 0x1ff;
      tlen -= 2;
      tptr += 2;
      if (verbosity() > 0) {
        out.append("\n\t").append(type == 127 ? "Organization specific"
            : name(LldpTables.TLVS, type, "Unknown")).append(" TLV (").append(type)
            .append("), length ").append(len);
      }
      if (type == 0 || len == 0) break;
      if (!f.has(tptr, len) || tlen < len) {
        f.printTrunc();
        return;
      }
      int hexdump = body(type, tptr, len);
      if (hexdump < 0) {
        f.printTrunc();
        return;
      }
      if (verbosity() > 1 || (verbosity() > 0 && hexdump > 0)) {
        f.unknownData(tptr, "\n\t  ", len);
      }
      tlen -= len;
      tptr += len;
    }
  }

  /** {@return 1 to dump the TLV's bytes, 0 not to, -1 for tcpdump's "goto trunc"} */
  private int body(int type, int p, int len) {
    boolean v = verbosity() > 0;
    switch (type) {
      case 1, 2 -> {
        if (!v) return 0;
        if (len < 2) return -1;
        int subtype = f.u8(p);
        boolean chassis = type == 1;
        out.append("\n\t  Subtype ")
            .append(name(chassis ? LldpTables.CHASSIS_SUBTYPES : LldpTables.PORT_SUBTYPES,
                subtype, "Unknown"))
            .append(" (").append(subtype).append("): ");
        int mac = chassis ? 4 : 3;
        int net = chassis ? 5 : 4;
        if (subtype == mac) {
          if (len < 7) return -1;
          f.need(p + 1, 6);
          f.names.mac(out, f.b, p + 1);
        } else if (subtype == net) {
          return networkAddress(p + 1, len - 1) ? 0 : -1;
        } else if (subtype >= 1 && subtype <= 7) {
          f.printjnp(p + 1, len - 1);
        } else {
          return 1;
        }
        return 0;
      }
      case 3 -> {
        if (!v) return 0;
        if (len < 2) return -1;
        out.append(": TTL ").append(f.u16(p)).append('s');
        return 0;
      }
      case 4 -> {
        if (!v) return 0;
        out.append(": ");
        f.printjnp(p, len);
        return 0;
      }
      case 5 -> { // the system name shows without -v too, as tcpdump prints it
        out.append(": ");
        f.printjnp(p, len);
        return 0;
      }
      case 6 -> {
        if (!v) return 0;
        out.append("\n\t  ");
        f.printjnp(p, len);
        return 0;
      }
      case 7 -> {
        if (!v) return 0;
        if (len < 4) return -1;
        int cap = f.u16(p);
        int enabled = f.u16(p + 2);
        out.append("\n\t  System  Capabilities [");
        bits(out, LldpTables.CAP_BITS, LldpTables.CAP_NAMES, cap, "none");
        out.append("] (0x");
        Text.hex4(out, cap);
        out.append(")\n\t  Enabled Capabilities [");
        bits(out, LldpTables.CAP_BITS, LldpTables.CAP_NAMES, enabled, "none");
        out.append("] (0x");
        Text.hex4(out, enabled);
        out.append(')');
        return 0;
      }
      case 8 -> {
        if (!v) return 0;
        return managementAddress(p, len) ? 0 : -1;
      }
      case 127 -> {
        if (!v) return 0;
        if (len < 3) return -1;
        int oui = f.u24(p);
        out.append(": OUI ").append(Names.oui(oui)).append(" (0x");
        Text.hex2(out, oui >> 16);
        Text.hex4(out, oui & 0xffff);
        out.append(')');
        return switch (oui) {
          case OUI_8021 -> ieee8021(p, len) ? 1 : 0;
          case OUI_8023 -> ieee8023(p, len) ? 1 : 0;
          case OUI_IANA -> iana(p, len) ? 1 : 0;
          case OUI_TIA -> tia(p, len) ? 1 : 0;
          case OUI_DCBX -> dcbx(p, len) ? 1 : 0;
          default -> 1;
        };
      }
      default -> {
        return 1;
      }
    }
  }


  /** tcpdump's {@code lldp_network_addr_print}. {@return false when too short} */
  private boolean networkAddress(int p, int len) {
    if (len < 1) return false;
    len--;
    int af = f.u8(p);
    int need = switch (af) {
      case 1 -> 4;
      case 2 -> 16;
      case 6 -> 6;
      default -> -1;
    };
    if (need > 0 && len < need) return false;
    String name = BgpNames.afi(af);
    out.append("AFI ").append(name == null ? "Unknown" : name).append(" (").append(af)
        .append(')');
    switch (af) {
      case 1 -> {
        out.append(": ");
        f.ip4(p + 1);
      }
      case 2 -> {
        out.append(": ");
        f.need(p + 1, 16);
        f.names.ip6(out, f.b, p + 1);
      }
      case 6 -> {
        out.append(": ");
        f.need(p + 1, 6);
        f.names.mac(out, f.b, p + 1);
      }
      default -> out.append(", no AF printer !");
    }
    return true;
  }

  private boolean managementAddress(int p, int len) {
    if (len < 1) return false;
    int addrLen = f.u8(p);
    p++;
    len--;
    if (len < addrLen) return false;
    // the address is printed into the line only when it decodes: keep the line's start
    int mark = out.length();
    out.append("\n\t  Management Address length ").append(addrLen).append(", ");
    if (!networkAddress(p, addrLen)) {
      out.setLength(mark);
      return false;
    }
    p += addrLen;
    len -= addrLen;
    if (len < 5) return false;
    int subtype = f.u8(p);
    out.append("\n\t  ").append(name(LldpTables.INTERFACE_NUMBERING, subtype, "Unknown"))
        .append(" Interface Numbering (").append(subtype).append("): ").append(f.u32(p + 1));
    p += 5;
    len -= 5;
    if (len > 0) { // the OID is optional
      int oidLen = f.u8(p);
      if (len < 1 + oidLen) return false;
      if (oidLen > 0) {
        out.append("\n\t  OID length ").append(oidLen);
        f.printjnp(p + 1, oidLen);
      }
    }
    return true;
  }

  private void subtype(String[] table, int subtype, String unknown) {
    out.append("\n\t  ").append(name(table, subtype, unknown)).append(" Subtype (")
        .append(subtype).append(')');
  }

  /** "%-Nd": left-aligned in a field of width n. */
  private void left(long v, int n) {
    int start = out.length();
    out.append(v);
    while (out.length() - start < n) out.append(' ');
  }

  /** IEEE 802.1 (802.1AB annex E, DCB): {@code lldp_private_8021_print}. */
  private boolean ieee8021(int p, int len) {
    if (len < 4) return false;
    int subtype = f.u8(p + 3);
    subtype(LldpTables.SUBTYPES_8021, subtype, "unknown");
    switch (subtype) {
      case 1 -> {
        if (len < 6) return false;
        out.append("\n\t    port vlan id (PVID): ").append(f.u16(p + 4));
      }
      case 2 -> {
        if (len < 7) return false;
        int flags = f.u8(p + 4);
        out.append("\n\t    port and protocol vlan id (PPVID): ").append(f.u16(p + 5))
            .append(", flags [");
        bits(out, LldpTables.PPVID_BITS, LldpTables.PPVID_NAMES, flags, "none");
        out.append("] (0x");
        Text.hex2(out, flags);
        out.append(')');
      }
      case 3 -> {
        if (len < 6) return false;
        out.append("\n\t    vlan id (VID): ").append(f.u16(p + 4));
        if (len < 7) return false;
        int sublen = f.u8(p + 6);
        if (len < 7 + sublen) return false;
        out.append("\n\t    vlan name: ");
        f.printjnp(p + 7, sublen);
      }
      case 4 -> {
        if (len < 5) return false;
        int sublen = f.u8(p + 4);
        if (len < 5 + sublen) return false;
        out.append("\n\t    protocol identity: ");
        f.printjnp(p + 5, sublen);
      }
      case 7 -> {
        if (len < 9) return false;
        aggregation(p);
      }
      case 8 -> {
        if (len < 6) return false;
        out.append("\n\t    Pre-Priority CNPV Indicator");
        bitRow(f.u8(p + 4));
        out.append("\n\t    Pre-Priority Ready Indicator");
        bitRow(f.u8(p + 5));
      }
      case 9 -> {
        if (len < 25) return false;
        int t = f.u8(p + 4);
        out.append("\n\t    Willing:").append(t >> 7).append(", CBS:").append((t >> 6) & 0x02)
            .append(", RES:").append((t >> 3) & 0x07).append(", Max TCs:").append(t & 0x07);
        etsTables(p);
      }
      case 10 -> {
        if (len < 25) return false;
        out.append("\n\t    RES: ").append(f.u8(p + 4));
        etsTables(p);
      }
      case 11 -> {
        if (len < 6) return false;
        int t = f.u8(p + 4);
        out.append("\n\t    Willing: ").append(t >> 7).append(", MBC: ").append((t >> 6) & 1)
            .append(", RES: ").append((t >> 4) & 3).append(", PFC cap:").append(t & 0x0f)
            .append(' ');
        out.append("\n\t    PFC Enable");
        bitRow(f.u8(p + 5));
      }
      case 12 -> {
        if (len < 5) return false;
        out.append("\n\t    RES: ").append(f.u8(p + 4));
        if (len <= 5) return false;
        int sublen = len - 5;
        if (sublen % 3 != 0) return false;
        out.append("\n\t    Application Priority Table");
        for (int i = 0; i < sublen; i += 3) {
          int t = f.u8(p + i + 5);
          out.append("\n\t      Priority: ").append(t >> 5).append(", RES: ")
              .append((t >> 3) & 3).append(", Sel: ").append(t & 7).append(", Protocol ID: ")
              .append(f.u16(p + i + 6));
        }
      }
      case 13 -> {
        if (len < 9) return false;
        out.append("\n\t    EVB Bridge Status");
        int t = f.u8(p + 4);
        out.append("\n\t      RES: ").append(t >> 3).append(", BGID: ").append((t >> 2) & 1)
            .append(", RRCAP: ").append((t >> 1) & 1).append(", RRCTR: ").append(t & 1);
        out.append("\n\t    EVB Station Status");
        t = f.u8(p + 5);
        out.append("\n\t      RES: ").append(t >> 4).append(", SGID: ").append((t >> 3) & 1)
            .append(", RRREQ: ").append((t >> 2) & 1).append(",RRSTAT: ").append(t & 3);
        t = f.u8(p + 6);
        out.append("\n\t    R: ").append(t >> 5).append(", RTE: ").append(t & 0x1f).append(", ");
        t = f.u8(p + 7);
        out.append("EVB Mode: ").append(LldpTables.EVB_MODES[t >> 6]).append(" [")
            .append(t >> 6).append(']');
        out.append("\n\t    ROL: ").append((t >> 5) & 1).append(", RWD: ").append(t & 0x1f)
            .append(", ");
        t = f.u8(p + 8);
        out.append("RES: ").append(t >> 6).append(", ROL: ").append((t >> 5) & 1)
            .append(", RKA: ").append(t & 0x1f);
      }
      case 14 -> {
        if (len < 8) return false;
        int t = f.u8(p + 4);
        out.append("\n\t    Role: ").append(t >> 7).append(", RES: ").append((t >> 4) & 7)
            .append(", Scomp: ").append((t >> 3) & 1).append(' ');
        out.append("ChnCap: ").append(f.u16(p + 6) & 0x0fff);
        int sublen = len - 8;
        if (sublen % 3 != 0) return false;
        for (int i = 0; i < sublen; i += 3) {
          int v = f.u24(p + i + 8);
          out.append("\n\t    SCID: ").append(v >> 12).append(", SVID: ").append(v & 0xfff);
        }
      }
      default -> {
        return true;
      }
    }
    return false;
  }

  private void bitRow(int t) {
    out.append("\n\t     Priority : 0  1  2  3  4  5  6  7");
    out.append("\n\t     Value    : ");
    for (int i = 0; i < 8; i++) {
      left((t >> i) & 1, 2);
      out.append(' ');
    }
  }

  private void etsTables(int p) {
    out.append("\n\t    Priority Assignment Table");
    out.append("\n\t     Priority : 0   1   2   3   4   5   6   7");
    out.append("\n\t     Value    : ");
    for (int i = 0; i < 4; i++) {
      int b = f.u8(p + 5 + i);
      left(b >> 4, 3);
      out.append(' ');
      left(b & 0x0f, 3);
      if (i < 3) out.append(' ');
    }
    out.append("\n\t    TC Bandwidth Table");
    out.append("\n\t     TC%   : 0   1   2   3   4   5   6   7");
    out.append("\n\t     Value : ");
    row8(p + 9);
    out.append("\n\t    TSA Assignment Table");
    out.append("\n\t     Traffic Class: 0   1   2   3   4   5   6   7");
    out.append("\n\t     Value        : ");
    row8(p + 17);
  }

  private void row8(int q) {
    for (int i = 0; i < 8; i++) {
      left(f.u8(q + i), 3);
      if (i < 7) out.append(' ');
    }
  }

  private void aggregation(int p) {
    int flags = f.u8(p + 4);
    out.append("\n\t    aggregation status [");
    bits(out, LldpTables.AGGREGATION_BITS, LldpTables.AGGREGATION_NAMES, flags, "none");
    out.append("], aggregation port ID ").append(f.u32(p + 5));
  }

  /** IEEE 802.3: {@code lldp_private_8023_print}. {@return whether to dump the bytes} */
  private boolean ieee8023(int p, int len) {
    if (len < 4) return false;
    int subtype = f.u8(p + 3);
    subtype(LldpTables.SUBTYPES_8023, subtype, "unknown");
    switch (subtype) {
      case 1 -> {
        if (len < 9) return false;
        int an = f.u8(p + 4);
        out.append("\n\t    autonegotiation [");
        bits(out, LldpTables.AUTONEG_BITS, LldpTables.AUTONEG_NAMES, an, "none");
        out.append("] (0x");
        Text.hex2(out, an);
        int pmd = f.u16(p + 5);
        out.append(")\n\t    PMD autoneg capability [");
        bits(out, LldpTables.PMD_BITS, LldpTables.PMD_NAMES, pmd, "unknown");
        out.append("] (0x");
        Text.hex4(out, pmd);
        int mau = f.u16(p + 7);
        out.append(")\n\t    MAU type ").append(name(LldpTables.MAU_TYPES, mau, "unknown"))
            .append(" (0x");
        Text.hex4(out, mau);
        out.append(')');
      }
      case 2 -> {
        if (len < 7) return false;
        out.append("\n\t    MDI power support [");
        bits(out, LldpTables.MDI_BITS, LldpTables.MDI_NAMES, f.u8(p + 4), "none");
        out.append("], power pair ").append(name(LldpTables.POWER_PAIRS, f.u8(p + 5), "unknown"))
            .append(", power class ")
            .append(name(LldpTables.POWER_CLASSES, f.u8(p + 6), "unknown"));
      }
      case 3 -> {
        if (len < 9) return false;
        aggregation(p);
      }
      case 4 -> {
        if (len < 6) return false;
        out.append("\n\t    MTU size ").append(f.u16(p + 4));
      }
      default -> {
        return true;
      }
    }
    return false;
  }

  /** IANA: {@code lldp_private_iana_print} (the MUD URL). */
  private boolean iana(int p, int len) {
    if (len < 8) return false;
    int subtype = f.u8(p + 3);
    out.append("\n\t  ").append(subtype == 1 ? "MUD-URL" : "unknown").append(" Subtype (")
        .append(subtype).append(')');
    if (subtype != 1) return true;
    out.append("\n\t  MUD-URL=");
    for (int i = 4; i < len; i++) DnsNames.charEscaped(out, f.u8(p + i));
    return false;
  }

  /** TIA LLDP-MED: {@code lldp_private_tia_print}. */
  private boolean tia(int p, int len) {
    if (len < 4) return false;
    int subtype = f.u8(p + 3);
    subtype(LldpTables.SUBTYPES_TIA, subtype, "unknown");
    switch (subtype) {
      case 1 -> {
        if (len < 7) return false;
        int caps = f.u16(p + 4);
        out.append("\n\t    Media capabilities [");
        bits(out, LldpTables.MED_CAP_BITS, LldpTables.MED_CAP_NAMES, caps, "none");
        out.append("] (0x");
        Text.hex4(out, caps);
        int type = f.u8(p + 6);
        out.append(")\n\t    Device type [").append(name(LldpTables.DEVICE_TYPES, type, "unknown"))
            .append("] (0x");
        Text.hex2(out, type);
        out.append(')');
      }
      case 2 -> {
        if (len < 8) return false;
        int app = f.u8(p + 4);
        out.append("\n\t    Application type [")
            .append(name(LldpTables.APPLICATION_TYPES, app, "none")).append("] (0x");
        Text.hex2(out, app);
        out.append("), Flags [");
        bits(out, LldpTables.POLICY_BITS, LldpTables.POLICY_NAMES, f.u8(p + 5), "none");
        out.append("]\n\t    Vlan id ").append((f.u16(p + 5) & 0x1ffe) >> 1)
            .append(", L2 priority ").append((f.u16(p + 6) & 0x01ff) >> 6)
            .append(", DSCP value ").append(f.u16(p + 6) & 0x3f);
      }
      case 3 -> {
        return location(p, len);
      }
      case 4 -> {
        if (len < 7) return false;
        int b = f.u8(p + 4);
        // tcpdump masks with 0xC0 >> 6 (= 3): precedence, kept as it prints
        out.append("\n\t    Power type [").append((b & 3) != 0 ? "PD device" : "PSE device")
            .append("], Power source [")
            .append(name(LldpTables.POWER_SOURCES, (b & 0x30) >> 4, "none"))
            .append("]\n\t    Power priority [")
            .append(name(LldpTables.POWER_PRIORITIES, b & 0x0f, "none")).append("] (0x");
        Text.hex2(out, b & 0x0f);
        out.append(')');
        int power = f.u16(p + 5);
        if (power < 1024) {
          out.append(", Power ").append(power / 10).append('.').append(power % 10)
              .append(" Watts");
        } else {
          out.append(", Power ").append(power).append(" (Reserved)");
        }
      }
      case 5, 6, 7, 8, 9, 10, 11 -> {
        out.append("\n\t  ").append(LldpTables.INVENTORY[subtype]).append(' ');
        f.printjnp(p + 4, len - 4);
      }
      default -> {
        return true;
      }
    }
    return false;
  }

  private boolean location(int p, int len) {
    if (len < 5) return false;
    int format = f.u8(p + 4);
    out.append("\n\t    Location data format ")
        .append(name(LldpTables.LOCATION_FORMATS, format, "unknown")).append(" (0x");
    Text.hex2(out, format);
    out.append(')');
    switch (format) {
      case 1 -> {
        if (len < 21) return false;
        out.append("\n\t    Latitude resolution ").append(f.u8(p + 5) >> 2)
            .append(", latitude value ").append(latlon(p + 5));
        out.append("\n\t    Longitude resolution ").append(f.u8(p + 10) >> 2)
            .append(", longitude value ").append(latlon(p + 10));
        int alt = f.u8(p + 15) >> 4;
        out.append("\n\t    Altitude type ").append(name(LldpTables.ALTITUDE_TYPES, alt, "unknown"))
            .append(" (").append(alt).append(')');
        out.append("\n\t    Altitude resolution ").append((f.u16(p + 15) >> 6) & 0x3f)
            .append(", altitude value 0x");
        Text.hex(out, f.u32(p + 16) & 0x3fffffff);
        int datum = f.u8(p + 20);
        out.append("\n\t    Datum ").append(name(LldpTables.DATUMS, datum, "unknown"))
            .append(" (0x");
        Text.hex2(out, datum);
        out.append(')');
      }
      case 2 -> {
        if (len < 6) return false;
        int lci = f.u8(p + 5);
        if (lci < 3) return false;
        if (len < 7 + lci) return false;
        int what = f.u8(p + 6);
        out.append("\n\t    LCI length ").append(lci).append(", LCI what ")
            .append(name(LldpTables.LCI_WHAT, what, "unknown")).append(" (0x");
        Text.hex2(out, what);
        out.append("), Country-code ");
        f.printjnp(p + 7, 2);
        lci -= 3;
        int q = p + 9;
        while (lci > 0) {
          if (lci < 2) return false;
          int caType = f.u8(q);
          int caLen = f.u8(q + 1);
          q += 2;
          lci -= 2;
          out.append("\n\t      CA type '").append(name(LldpTables.CA_TYPES, caType, "unknown"))
              .append("' (").append(caType).append("), length ").append(caLen).append(": ");
          if (caType == 0 || caLen == 0) return false;
          if (lci < caLen) return false;
          f.printjnp(q, caLen);
          q += caLen;
          lci -= caLen;
        }
      }
      case 3 -> {
        out.append("\n\t    ECS ELIN id ");
        f.printjnp(p + 5, len - 5);
      }
      default -> {
        out.append("\n\t    Location ID ");
        f.unknownData(p + 5, "\n\t      ", len - 5);
      }
    }
    return false;
  }

  private long latlon(int p) {
    return ((long) (f.u8(p) & 3) << 32) | f.u32(p + 1);
  }

  /** DCBX 1.01: {@code lldp_private_dcbx_print}, its own TLVs inside the organisation TLV. */
  private boolean dcbx(int pp, int len) {
    if (len < 4) return false;
    int subtype = f.u8(pp + 3);
    subtype(LldpTables.DCBX_SUBTYPES, subtype, "unknown");
    if (subtype == 1) return true; // the old version is left to the hex dump
    int p = pp + 4;
    int tlen = len - 4;
    boolean hexdump = false;
    while (tlen >= 2) {
      if (!f.has(p, 2)) return hexdump;
      int tlv = f.u16(p);
      int type = tlv >> 9;
      int tl = tlv & 0x1ff;
      hexdump = false;
      tlen -= 2;
      p += 2;
      if (type == 0 || tl == 0) break;
      if (!f.has(p, tl) || tlen < tl) return hexdump;
      switch (type) {
        case 1 -> {
          if (tl < 10) return hexdump;
          out.append("\n\t    Control - Protocol Control (type 0x1, length ").append(tl)
              .append(')');
          versions(p);
          out.append("\n\t      Sequence Number: ").append(f.u32(p + 2));
          out.append("\n\t      Acknowledgement Number: ").append(f.u32(p + 6));
        }
        case 2 -> {
          if (tl < 17) return hexdump;
          out.append("\n\t    Feature - Priority Group (type 0x2, length ").append(tl)
              .append(')');
          feature(p);
          out.append("\n\t      Priority Allocation");
          long pg = f.u32(p + 4);
          for (int i = 0; i <= 7; i++) {
            out.append("\n\t          PgId_").append(i).append(": ")
                .append((pg >> (28 - 4 * i)) & 0xf);
          }
          out.append("\n\t      Priority Group Allocation");
          for (int i = 0; i <= 7; i++) {
            out.append("\n\t          Pg percentage[").append(i).append("]: ")
                .append(f.u8(p + 8 + i));
          }
          out.append("\n\t      NumTCsSupported: ").append(f.u8(p + 16));
        }
        case 3 -> {
          if (tl < 6) return hexdump;
          out.append("\n\t    Feature - Priority Flow Control (type 0x3, length ").append(tl)
              .append(')');
          feature(p);
          int t = f.u8(p + 4);
          out.append("\n\t      PFC Config (0x");
          upperHex2(t);
          out.append(')');
          for (int i = 0; i <= 7; i++) {
            out.append("\n\t          Priority Bit ").append(i).append(": ")
                .append((t & (1 << i)) != 0 ? "Enabled" : "Disabled");
          }
          out.append("\n\t      NumTCPFCSupported: ").append(f.u8(p + 5));
        }
        case 4 -> {
          if (tl < 4) return hexdump;
          out.append("\n\t    Feature - Application (type 0x4, length ").append(tl)
              .append(')');
          feature(p);
          int left = (tl - 4) & 0xffff;
          int m = p + 4;
          while (left >= 6) {
            out.append("\n\t      Application Value");
            out.append("\n\t          Application Protocol ID: 0x");
            Text.hex4(out, f.u16(m));
            int u = f.u24(m + 2);
            out.append("\n\t          SF (0x").append(Integer.toHexString(u >> 22))
                .append(") Application Protocol ID is ")
                .append((u >> 22) != 0 ? "Socket Number" : "L2 EtherType");
            out.append("\n\t          OUI: 0x");
            Text.hex2(out, (u & 0x3fffff) >> 16);
            Text.hex4(out, u & 0xffff);
            out.append("\n\t          User Priority Map: 0x");
            Text.hex2(out, f.u8(m + 5));
            left -= 6;
            m += 6;
          }
        }
        default -> hexdump = true;
      }
      if (verbosity() > 1 || (verbosity() > 0 && hexdump)) f.unknownData(p, "\n\t    ", tl);
      tlen -= tl;
      p += tl;
    }
    return hexdump;
  }

  private void versions(int p) {
    out.append("\n\t      Oper_Version: ").append(f.u8(p));
    out.append("\n\t      Max_Version: ").append(f.u8(p + 1));
  }

  private void feature(int p) {
    versions(p);
    int t = f.u8(p + 2);
    out.append("\n\t      Info block(0x");
    upperHex2(t);
    out.append("): Enable bit: ").append((t & 0x80) != 0 ? 1 : 0).append(", Willing bit: ")
        .append((t & 0x40) != 0 ? 1 : 0).append(", Error Bit: ").append((t & 0x20) != 0 ? 1 : 0);
    out.append("\n\t      SubType: ").append(f.u8(p + 3));
  }

  private void upperHex2(int v) {
    out.append(Character.toUpperCase(Character.forDigit(v >> 4, 16)))
        .append(Character.toUpperCase(Character.forDigit(v & 15, 16)));
  }
}
