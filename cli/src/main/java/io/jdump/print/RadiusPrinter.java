package io.jdump.print;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * RADIUS (RFC 2865 and its extensions) as tcpdump's {@code radius_print}: code, id and length;
 * with {@code -v} the authenticator and every attribute, decoded as tcpdump decodes it; with
 * {@code -vv} each attribute's bytes in hex as well.
 *
 * <p>tcpdump checks some fields with a local {@code ND_TCHECK}, which prints {@code [|radius]}
 * and goes on with the next attribute, and reads others with {@code GET}, which ends the
 * packet: {@link #localTrunc} is the first, {@link Frame#need} the second.
 */
final class RadiusPrinter {
  private static final String[] DAYS = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};
  private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
    "Sep", "Oct", "Nov", "Dec"};
  private static final String[] BLPR = {"MBZ-15", "MBZ-14", "MBZ-13", "MBZ-12", "MBZ-11",
    "MBZ-10", "MBZ-9", "MBZ-8", "MBZ-7", "MBZ-6", "MBZ-5", "MBZ-4", "MBZ-3", "MBZ-2", "MBZ-1",
    "Retransmission Allowed"};

  private static final String[] ARAP_TIMES = {", created at: ", ", expires in: ",
    ", Current Time: "};

  private final Dissector d;
  private final Frame f;
  private final StringBuilder out;
  private final EapPrinter eap;
  /** A prefix's bytes, zero-filled to an address (print_attr_netmask6). */
  private final byte[] prefix = new byte[16];

  RadiusPrinter(Dissector d, Frame f) {
    this.d = d;
    this.f = f;
    this.out = f.out;
    this.eap = new EapPrinter(f);
  }

  void print(int cp, int length) {
    f.proto = "radius";
    if (!f.has(cp, 20)) { // ND_TCHECK: the packet ends normally, -x still skips the link header
      f.printTrunc();
      return;
    }
    int len = f.u16(cp + 2);
    if (len < 20) {
      f.printTrunc();
      return;
    }
    if (len > length) len = length;
    int code = f.u8(cp);
    if (f.opts.verbosity() < 1) {
      out.append("RADIUS, ").append(RadiusTables.command(code)).append(" (").append(code)
          .append("), id: 0x");
      Text.hex2(out, f.u8(cp + 1));
      out.append(" length: ").append(len);
      return;
    }
    out.append("RADIUS, length: ").append(len).append("\n\t").append(RadiusTables.command(code))
        .append(" (").append(code).append("), id: 0x");
    Text.hex2(out, f.u8(cp + 1));
    out.append(", Authenticator: ");
    for (int i = 0; i < 16; i++) Text.hex2(out, f.b[cp + 4 + i]);
    if (len > 20) attributes(cp + 20, len - 20);
  }

  private void attributes(int p, int length) {
    while (length > 0) {
      if (length < 2 || !f.has(p, 2)) {
        f.printTrunc();
        return;
      }
      int type = f.u8(p);
      int len = f.u8(p + 1);
      String name = type != 0 && type < RadiusTables.ATTRIBUTES.length
          ? RadiusTables.ATTRIBUTES[type] : "Unknown";
      out.append("\n\t  ").append(name).append(" Attribute (").append(type)
          .append("), length: ").append(len);
      if (len < 2) {
        out.append(" (bogus, must be >= 2)");
        return;
      }
      if (len > length) {
        out.append(" (bogus, goes past end of packet)");
        return;
      }
      out.append(", Value: ");
      if (len > 2) value(type, p + 2, len - 2);
      if (f.opts.verbosity() > 1) unknownData(p + 2, len - 2);
      length -= len;
      p += len;
    }
  }

  /** tcpdump's {@code print_unknown_data}: hex of what was captured of it. */
  private void unknownData(int p, int len) {
    if (p > f.end) {
      out.append("\n\t    Dissector error: print_unknown_data called with pointer past end of packet");
      return;
    }
    HexDump.hex(out, f.b, p, Math.min(len, f.end - p), "\n\t    ");
  }

  private void value(int type, int p, int len) {
    switch (RadiusTables.kind(type)) {
      case STRING -> string(type, p, len);
      case NUM -> number(type, p, len);
      case ADDRESS -> address(type, p, len);
      case ADDRESS6 -> {
        if (len != 16) error(len, " != 16");
        else {
          f.need(p, 16);
          f.names.ip6(out, f.b, p);
        }
      }
      case NETMASK6 -> netmask6(p, len);
      case TIME -> time(p, len);
      case VENDOR -> vendor(p, len);
      case STRANGE -> strange(type, p, len);
      case VECTOR64 -> vector64(p, len);
      case HOME_LINK_PREFIX -> homeLinkPrefix(p, len);
      case OPERATOR_NAME -> operatorName(p, len);
      case LOCATION_INFO -> locationInformation(p, len);
      case LOCATION_DATA -> locationData(p, len);
      case POLICY_RULES -> policyRules(p, len);
      case NONE -> { }
    }
  }

  private void error(int len, String what) {
    out.append("ERROR: length ").append(len).append(what);
  }

  private void localTrunc() {
    f.printTrunc();
  }

  private void string(int type, int p, int len) {
    if (!f.has(p, len)) {
      localTrunc();
      return;
    }
    switch (type) {
      case 69 -> { // Tunnel-Password: tag, salt, then the encrypted string
        if (len < 3) {
          localTrunc();
          return;
        }
        tag(f.u8(p), 0x1f);
        out.append("Salt ").append(f.u16(p + 1)).append(' ');
        p += 3;
        len -= 3;
      }
      case 66, 67, 81, 82, 90, 91 -> { // tagged tunnel strings
        int t = f.u8(p);
        if (t <= 0x1f) {
          tag(t, 0xff);
          p++;
          len--;
        }
      }
      case 58 -> { // Egress-VLAN-Name
        vlanTag(f.u8(p));
        p++;
        len--;
      }
      case 79 -> {
        eap.print(p, len);
        return;
      }
      default -> { }
    }
    for (int i = 0; i < len; i++) {
      int c = f.u8(p + i);
      if (c == 0) break;
      out.append(c >= 0x20 && c < 0x7f ? (char) c : '.');
    }
  }

  /** "Tag[n] " for tags 1 to max, else "Tag[Unused] ". */
  private void tag(int t, int max) {
    if (t != 0 && t <= max) out.append("Tag[").append(t).append("] ");
    else out.append("Tag[Unused] ");
  }

  private void vlanTag(int t) {
    out.append(t == 0x31 ? "Tagged" : t == 0x32 ? "Untagged" : "Unknown tag").append(" (0x");
    Text.hex2(out, t);
    out.append(") ");
  }

  private void number(int type, int p, int len) {
    if (len != 4) {
      error(len, " != 4");
      return;
    }
    String[] table = RadiusTables.values(type);
    if (table != null) {
      long v;
      if (type == 64 || type == 65) {
        tag(f.u8(p), 0xff);
        v = f.u24(p + 1);
      } else {
        v = f.u32(p);
      }
      int first = table[0] == null ? 1 : 0;
      if (v >= first && v < table.length) out.append(table[(int) v]);
      else out.append('#').append(v);
      return;
    }
    // the tagged values print their tag before the three bytes after it are read
    if (type == 83) {
      tag(f.u8(p), 0xff);
      out.append(f.u24(p + 1));
      return;
    }
    if (type == 56) {
      vlanTag(f.u8(p));
      out.append(f.u24(p + 1));
      return;
    }
    long v = f.u32(p);
    switch (type) {
      case 23 -> {
        if (v == 0xfffffffeL) out.append("NAS Select");
        else out.append(v);
      }
      case 27, 28, 41, 46, 85 -> duration(v);
      case 37 -> {
        if (v != 0) out.append(v);
        else out.append("Unnumbered");
      }
      case 38 -> {
        if (v != 0) out.append(v);
        else out.append("NAS assigned");
      }
      default -> out.append(v);
    }
  }

  private void duration(long t) {
    if (t < 60) {
      Text.zeroPad(out, t, 2);
      out.append(" secs");
    } else if (t < 3600) {
      Text.zeroPad(out, t / 60, 2);
      out.append(':');
      Text.zeroPad(out, t % 60, 2);
      out.append(" min");
    } else {
      Text.zeroPad(out, t / 3600, 2);
      out.append(':');
      Text.zeroPad(out, t % 3600 / 60, 2);
      out.append(':');
      Text.zeroPad(out, t % 60, 2);
      out.append(" hours");
    }
  }

  private void address(int type, int p, int len) {
    if (len != 4) {
      error(len, " != 4");
      return;
    }
    long v = f.u32(p);
    if ((type == 8 || type == 14) && v == 0xffffffffL) out.append("User Selected");
    else if ((type == 8 || type == 14) && v == 0xfffffffeL) out.append("NAS Select");
    else f.names.ip4(out, f.b, p);
  }

  private void netmask6(int p, int len) {
    if (len < 2 || len > 18) {
      out.append("ERROR: length ").append(len).append(" not in range (2..18)");
      return;
    }
    if (!f.has(p, len)) {
      localTrunc();
      return;
    }
    int plen = f.u8(p + 1);
    if (plen > 128) {
      out.append("ERROR: netmask ").append(plen).append(" not in range (0..128)");
      return;
    }
    java.util.Arrays.fill(prefix, (byte) 0);
    System.arraycopy(f.b, p + 2, prefix, 0, len - 2);
    f.names.ip6(out, prefix, 0);
    out.append('/').append(plen);
    if (plen > 8 * (len - 2)) out.append(" (inconsistent prefix length)");
  }

  private void homeLinkPrefix(int p, int len) {
    if (len != 17) {
      error(len, " != 17");
      return;
    }
    if (!f.has(p, len)) {
      localTrunc();
      return;
    }
    int plen = f.u8(p);
    if (plen > 128) {
      out.append("ERROR: netmask ").append(plen).append(" not in range (0..128)");
      return;
    }
    f.names.ip6(out, f.b, p + 1);
    out.append('/').append(plen);
  }

  private void operatorName(int p, int len) {
    if (!f.has(p, len)) {
      localTrunc();
      return;
    }
    if (len < 2) {
      error(len, " < 2");
      return;
    }
    int ns = f.u8(p);
    out.append('[');
    switch (ns) {
      case 0x30 -> out.append("TADIG");
      case 0x31 -> out.append("REALM");
      case 0x32 -> out.append("E212");
      case 0x33 -> out.append("ICC");
      default -> out.append("unknown namespace ").append(ns);
    }
    out.append("] ");
    printn(p + 1, len - 1);
  }

  private void printn(int p, int n) {
    for (int i = 0; i < n && f.has(p + i, 1); i++) DnsNames.charEscaped(out, f.b[p + i] & 0xff);
  }

  private void locationInformation(int p, int len) {
    if (!f.has(p, len)) {
      localTrunc();
      return;
    }
    if (len < 21) {
      error(len, " < 21");
      return;
    }
    int code = f.u8(p + 2);
    int entity = f.u8(p + 3);
    out.append("index ").append(f.u16(p)).append(", code ");
    if (code == 0) out.append("Civic");
    else if (code == 1) out.append("Geospatial");
    else out.append("Unknown (").append(code).append(')');
    out.append(", entity ");
    if (entity == 0) out.append("User");
    else if (entity == 1) out.append("RADIUS");
    else out.append("Unknown (").append(entity).append(')');
    out.append(", sighting time ");
    d.ntp.ntpTime(p + 4);
    out.append(", time to live ");
    d.ntp.ntpTime(p + 12);
    out.append(", method \"");
    printn(p + 20, len - 20);
    out.append('"');
  }

  private void locationData(int p, int len) {
    if (!f.has(p, len)) {
      localTrunc();
      return;
    }
    if (len < 3) {
      error(len, " < 3");
      return;
    }
    out.append("index ").append(f.u16(p)).append(", location");
    HexDump.hexAscii(out, f.b, p + 2, len - 2, "\n\t    ");
  }

  private void policyRules(int p, int len) {
    if (!f.has(p, len)) {
      localTrunc();
      return;
    }
    if (len < 10) {
      error(len, " < 10");
      return;
    }
    int flags = f.u16(p);
    out.append("flags [");
    if (flags == 0) out.append("none");
    boolean sep = false;
    for (int bit = 0; bit < 16; bit++) {
      if ((flags & (1 << bit)) == 0) continue;
      if (sep) out.append(", ");
      out.append(BLPR[bit]);
      sep = true;
    }
    out.append("], retention expires ");
    d.ntp.ntpTime(p + 2);
    if (len > 10) {
      out.append(", note well \"");
      printn(p + 10, len - 10);
      out.append('"');
    }
  }

  /** ctime(3) in the printing zone, as tcpdump's print_attr_time. */
  private void time(int p, int len) {
    if (len != 4) {
      error(len, " != 4");
      return;
    }
    long t = f.u32(p);
    long local = f.times.localSeconds(t);
    // rare attribute: java.time's calendar is worth its small allocation here
    LocalDateTime l = LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC);
    long days = Math.floorDiv(local, 86400);
    out.append(DAYS[(int) Math.floorMod(days, 7)]).append(' ')
        .append(MONTHS[l.getMonthValue() - 1]).append(' ');
    Text.spacePad(out, l.getDayOfMonth(), 2);
    out.append(' ');
    Text.zeroPad(out, l.getHour(), 2);
    out.append(':');
    Text.zeroPad(out, l.getMinute(), 2);
    out.append(':');
    Text.zeroPad(out, l.getSecond(), 2);
    out.append(' ').append(l.getYear());
  }

  private void vector64(int p, int len) {
    if (len != 8) {
      error(len, " != 8");
      return;
    }
    out.append('[');
    long v = (f.u32(p) << 32) | f.u32(p + 4);
    boolean sep = false;
    for (int i = 0; i < RadiusTables.MIP6_BITS.length; i++) {
      if ((v & RadiusTables.MIP6_BITS[i]) == 0) continue;
      if (sep) out.append(", ");
      out.append(RadiusTables.MIP6_NAMES[i]);
      sep = true;
    }
    out.append(']');
  }

  private void vendor(int p, int len) {
    if (len < 4) {
      localTrunc();
      return;
    }
    long id = f.u32(p);
    p += 4;
    len -= 4;
    String name = RadiusTables.enterprise(id);
    out.append("Vendor: ").append(name == null ? "Unknown" : name).append(" (").append(id)
        .append(')');
    while (len >= 2) {
      int vt = f.u8(p);
      int vl = f.u8(p + 1);
      if (vl < 2) {
        out.append("\n\t    Vendor Attribute: ").append(vt).append(", Length: ").append(vl)
            .append(" (bogus, must be >= 2)");
        return;
      }
      if (vl > len) {
        out.append("\n\t    Vendor Attribute: ").append(vt).append(", Length: ").append(vl)
            .append(" (bogus, goes past end of vendor-specific attribute)");
        return;
      }
      p += 2;
      vl -= 2;
      len -= 2;
      if (!f.has(p, vl)) {
        localTrunc();
        return;
      }
      out.append("\n\t    Vendor Attribute: ").append(vt).append(", Length: ").append(vl)
          .append(", Value: ");
      for (int i = 0; i < vl; i++) {
        int c = f.b[p + i] & 0xff;
        out.append(c >= 0x20 && c < 0x7f ? (char) c : '.');
      }
      p += vl;
      len -= vl;
    }
  }

  private void upperHex(int p, int n) {
    for (int i = 0; i < n; i++) {
      int c = f.u8(p + i); // byte by byte, as tcpdump 4.99: a cut value ends at its last byte
      out.append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
          .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
    }
  }


  private void strange(int type, int p, int len) {
    switch (type) {
      case 70 -> {
        if (len != 16) {
          error(len, " != 16");
          return;
        }
        out.append("User_challenge (");
        upperHex(p, 8);
        out.append(") User_resp(");
        upperHex(p + 8, 8);
        out.append(')');
      }
      case 71 -> {
        if (len != 14) {
          error(len, " != 14");
          return;
        }
        out.append(f.u8(p) != 0 ? "User can change password" : "User cannot change password");
        int minLength = f.u8(p + 1); // read before its label, as tcpdump's GET
        out.append(", Min password length: ").append(minLength);
        for (int i = 0; i < 3; i++) {
          out.append(ARAP_TIMES[i]);
          upperHex(p + 2 + 4 * i, 4);
        }
      }
      case 84 -> {
        if (len < 8) {
          error(len, " != 8");
          return;
        }
        upperHex(p, 8);
      }
      default -> { // 101, Error-Cause
        if (len != 4) {
          out.append("Error: length ").append(len).append(" != 4");
          return;
        }
        long v = f.u32(p);
        String s = RadiusTables.errorCause(v);
        out.append("Error cause ").append(v).append(": ");
        if (s != null) out.append(s);
        else out.append("Error-Cause ").append(v).append(" not known");
      }
    }
  }
}
