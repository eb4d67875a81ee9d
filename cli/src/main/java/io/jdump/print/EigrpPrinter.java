package io.jdump.print;

/**
 * EIGRP (IP protocol 88), as tcpdump's {@code eigrp_print}: the opcode and length, and with
 * {@code -v} the common header and each TLV (parameters, software version, IPv4 and AppleTalk
 * routes; the rest as hex, and every TLV again as hex from {@code -vv}).
 */
final class EigrpPrinter {
  private static final int HEADER = 20;

  private final Frame f;
  private final StringBuilder out;
  /** The prefix of a route TLV, padded with zero bytes (tcpdump copies it to a local buffer). */
  private final byte[] prefix = new byte[4];

  EigrpPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  private static String opcode(int op) {
    return switch (op) {
      case 1 -> "Update";
      case 3 -> "Query";
      case 4 -> "Reply";
      case 5 -> "Hello";
      case 6 -> "IPX SAP";
      case 7 -> "Probe";
      default -> null;
    };
  }

  private static String tlvName(int type) {
    return switch (type) {
      case 0x0001 -> "General Parameters";
      case 0x0002 -> "Authentication";
      case 0x0003 -> "Sequence";
      case 0x0004 -> "Software Version";
      case 0x0005 -> "Next Multicast Sequence";
      case 0x0102 -> "IP Internal routes";
      case 0x0103 -> "IP External routes";
      case 0x0202 -> "AppleTalk Internal routes";
      case 0x0203 -> "AppleTalk External routes";
      case 0x0204 -> "AppleTalk Cable setup";
      case 0x0302 -> "IPX Internal routes";
      case 0x0303 -> "IPX External routes";
      default -> "Unknown";
    };
  }

  private static String originProto(int id) {
    return switch (id) {
      case 1 -> "IGRP";
      case 2 -> "EIGRP";
      case 3 -> "Static";
      case 4 -> "RIP";
      case 5 -> "Hello";
      case 6 -> "OSPF";
      case 7 -> "IS-IS";
      case 8 -> "EGP";
      case 9 -> "BGP";
      case 10 -> "IDRP";
      case 11 -> "Connected";
      default -> "unknown";
    };
  }

  void print(int p, int len) {
    f.proto = "eigrp";
    // tcpdump's ND_TCHECKs here return normally (so -x still skips the link header); only its
    // GET macros leave by the long jump that Truncated stands for
    if (!trunc(p, HEADER)) return;
    int version = f.u8(p);
    if (version != 2) {
      out.append("EIGRP version ").append(version).append(" packet not supported");
      return;
    }
    int op = f.u8(p + 1);
    String name = opcode(op);
    if (f.opts.verbosity() < 1 || len < HEADER) {
      out.append("EIGRP ");
      if (name == null) out.append("unknown (").append(op).append(')');
      else out.append(name);
      out.append(", length: ").append(len);
      if (f.opts.verbosity() >= 1) out.append(" (too short, < 20)");
      return;
    }
    int tlen = len - HEADER;
    out.append("\n\tEIGRP v2, opcode: ").append(name == null ? "unknown, type: " + op : name)
        .append(" (").append(op).append("), chksum: 0x");
    Text.hex4(out, f.u16(p + 2));
    out.append(", Flags: [");
    flags(f.u32(p + 4));
    out.append("]\n\tseq: 0x");
    Text.hex8(out, f.u32(p + 8));
    out.append(", ack: 0x");
    Text.hex8(out, f.u32(p + 12));
    out.append(", VRID: ").append(f.u16(p + 16)).append(", AS: ").append(f.u16(p + 18))
        .append(", length: ").append(tlen);
    int t = p + HEADER;
    while (tlen > 0) {
      if (!trunc(t, 4)) return;
      int type = f.u16(t);
      int tlvLen = f.u16(t + 2);
      if (tlvLen < 4 || tlvLen > tlen) {
        f.unknownData(t + 4, "\n\t    ", tlen);
        return;
      }
      out.append("\n\t  ").append(tlvName(type)).append(" TLV (0x");
      Text.hex4(out, type);
      out.append("), length: ").append(tlvLen);
      if (!trunc(t, tlvLen)) return;
      tlv(type, t + 4, tlvLen - 4);
      if (f.opts.verbosity() > 1) f.unknownData(t + 4, "\n\t    ", tlvLen - 4);
      t += tlvLen;
      tlen -= tlvLen;
    }
  }

  private boolean trunc(int p, int n) {
    if (f.has(p, n)) return true;
    f.printTrunc();
    return false;
  }

  private void flags(long v) {
    int start = out.length();
    if ((v & 1) != 0) OspfPrinter.sep(out, start).append("Init");
    if ((v & 2) != 0) OspfPrinter.sep(out, start).append("Conditionally Received");
    if ((v & 4) != 0) OspfPrinter.sep(out, start).append("Restart");
    if ((v & 8) != 0) OspfPrinter.sep(out, start).append("End-of-Table");
    if (out.length() == start) out.append("none");
  }

  private boolean tooShort(int have, int need) {
    if (have >= need) return false;
    out.append(" (too short, < ").append(need + 4).append(')');
    return true;
  }

  private void tlv(int type, int v, int vlen) {
    switch (type) {
      case 0x0001 -> {
        if (tooShort(vlen, 8)) return;
        out.append("\n\t    holdtime: ").append(f.u16(v + 6)).append("s, k1 ").append(f.u8(v))
            .append(", k2 ").append(f.u8(v + 1)).append(", k3 ").append(f.u8(v + 2))
            .append(", k4 ").append(f.u8(v + 3)).append(", k5 ").append(f.u8(v + 4));
      }
      case 0x0004 -> {
        if (tooShort(vlen, 4)) return;
        out.append("\n\t    IOS version: ").append(f.u8(v)).append('.').append(f.u8(v + 1))
            .append(", EIGRP version ").append(f.u8(v + 2)).append('.').append(f.u8(v + 3));
      }
      case 0x0102 -> {
        if (tooShort(vlen, 22)) return;
        if (!route(v, v + 20)) return;
        metric(v + 4);
      }
      case 0x0103 -> {
        if (tooShort(vlen, 42)) return;
        if (!route(v, v + 40)) return;
        out.append("\n\t      origin-router ");
        f.ip4(v + 4);
        out.append(", origin-as ").append(f.u32(v + 8)).append(", origin-proto ")
            .append(originProto(f.u8(v + 22))).append(", flags [0x");
        Text.hex2(out, f.u8(v + 23));
        out.append("], tag 0x");
        Text.hex8(out, f.u32(v + 12));
        out.append(", metric ").append(f.u32(v + 16));
        metric(v + 24);
      }
      case 0x0204 -> {
        if (tooShort(vlen, 8)) return;
        out.append("\n\t    Cable-range: ").append(f.u16(v)).append('-').append(f.u16(v + 2))
            .append(", Router-ID ").append(f.u32(v + 4));
      }
      case 0x0202 -> {
        if (tooShort(vlen, 24)) return;
        atNexthop(v, v + 20);
        metric(v + 4);
      }
      case 0x0203 -> {
        if (tooShort(vlen, 40)) return;
        atNexthop(v, v + 36);
        out.append("\n\t      origin-router ").append(f.u32(v + 4)).append(", origin-as ")
            .append(f.u32(v + 8)).append(", origin-proto ").append(originProto(f.u8(v + 16)))
            .append(", flags [0x");
        Text.hex2(out, f.u8(v + 17));
        out.append("], tag 0x");
        Text.hex8(out, f.u32(v + 12));
        out.append(", metric ").append(f.u16(v + 18));
        metric(v + 20);
      }
      default -> {
        if (f.opts.verbosity() <= 1) f.unknownData(v, "\n\t    ", vlen);
      }
    }
  }

  /** The prefix and next hop of an IPv4 route; false after an illegal prefix length. */
  private boolean route(int v, int plenAt) {
    int bits = f.u8(plenAt);
    if (bits > 32) {
      out.append("\n\t    illegal prefix length ").append(bits);
      return false;
    }
    int bytes = (bits + 7) / 8;
    f.need(plenAt + 1, bytes);
    java.util.Arrays.fill(prefix, (byte) 0);
    System.arraycopy(f.b, plenAt + 1, prefix, 0, bytes);
    out.append("\n\t    IPv4 prefix: ");
    int at = out.length();
    f.names.ip4(out, prefix, 0);
    for (int pad = 15 - (out.length() - at); pad > 0; pad--) out.insert(at, ' ');
    out.append('/').append(bits).append(", nexthop: ");
    if (f.i32(v) == 0) out.append("self");
    else f.names.ip4(out, f.b, v);
    return true;
  }

  private void atNexthop(int v, int cable) {
    out.append("\n\t     Cable-Range: ").append(f.u16(cable)).append('-').append(f.u16(cable + 2))
        .append(", nexthop: ");
    if (f.i32(v) == 0) out.append("self");
    else out.append(f.u16(v)).append('.').append(f.u16(v + 2));
  }

  private void metric(int m) {
    out.append("\n\t      delay ").append(f.u32(m) / 100).append(" ms, bandwidth ")
        .append(f.u32(m + 4)).append(" Kbps, mtu ").append(f.u24(m + 8)).append(", hop ")
        .append(f.u8(m + 11)).append(", reliability ").append(f.u8(m + 12)).append(", load ")
        .append(f.u8(m + 13));
  }
}
