package io.jdump.print;

/**
 * RPL control messages (RFC 6550), ICMPv6 type 155, as tcpdump's {@code rpl_print}: the message
 * name, with -v the DIO, DAO and DAO-ACK base fields, with -vv their options (-vvv: in hex).
 */
final class RplPrinter {
  private static final int DAGID = 16;

  private final Frame f;
  private final StringBuilder out;

  RplPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  /** The message with code after the ICMPv6 type and code, length bytes from bp. */
  void print(int code, int bp, int length) {
    if ((code & 0x80) != 0) {
      out.append(", (SEC) [worktodo]");
      return;
    }
    out.append(", (CLR)");
    boolean v = f.opts.verbosity() > 0;
    switch (code & 0x7f) {
      case 0 -> out.append("DODAG Information Solicitation");
      case 1 -> {
        out.append("DODAG Information Object");
        if (v) dio(bp, length);
      }
      case 2 -> {
        out.append("Destination Advertisement Object");
        if (v) dao(bp, length);
      }
      case 3 -> {
        out.append("Destination Advertisement Object Ack");
        if (v) daoAck(bp, length);
      }
      default -> out.append("RPL message, unknown code ").append(code);
    }
  }

  private void dio(int bp, int length) {
    if (length < 24) {
      out.append(" [length ").append(length).append(" < 24]"); // ND_LCHECK_ZU
      f.printInvalid();
      return;
    }
    f.need(bp, 24); // every field is read before any is printed
    out.append(" [dagid:");
    f.names.ip6(out, f.b, bp + 8);
    int mopprf = f.u8(bp + 4);
    out.append(",seq:").append(f.u8(bp + 5)).append(",instance:").append(f.u8(bp))
        .append(",rank:").append(f.u16(bp + 2)).append(',');
    if ((mopprf & 0x80) != 0) out.append("grounded,");
    out.append("mop:");
    int mop = (mopprf >> 3) & 7;
    switch (mop) {
      case 0 -> out.append("nonstoring");
      case 1 -> out.append("storing");
      case 2 -> out.append("nonstoring-multicast");
      case 3 -> out.append("storing-multicast");
      default -> out.append("mop").append(mop);
    }
    out.append(",prf:").append(mopprf & 7).append(']');
    if (f.opts.verbosity() > 1) options(bp + 24, length - 24);
  }

  private void dao(int bp, int length) {
    if (!f.has(bp, 20)) {
      f.printTrunc();
      return;
    }
    if (length < 4) {
      out.append(" [|length too short]");
      return;
    }
    int flags = f.u8(bp + 1);
    int opts = bp + 4;
    int left = length - 4;
    boolean d = (flags & 0x40) != 0;
    if (d) {
      if (length - 4 < DAGID) {
        out.append(" [|length too short]");
        return;
      }
      opts += DAGID;
      left -= DAGID;
    }
    out.append(" [dagid:");
    dagid(d, bp + 4);
    out.append(",seq:").append(f.u8(bp + 3)).append(",instance:").append(f.u8(bp));
    if ((flags & 0x80) != 0) out.append(",acK");
    if (d) out.append(",Dagid");
    out.append(',');
    Text.hex2(out, flags);
    out.append(']');
    if (f.opts.verbosity() > 1) options(opts, left);
  }

  private void daoAck(int bp, int length) {
    if (!f.has(bp, 4)) {
      f.printTrunc();
      return;
    }
    if (length < 4) {
      out.append(" [|dao-length too short]");
      return;
    }
    int opts = bp + 4;
    int left = length - 4;
    boolean d = (f.u8(bp + 1) & 0x80) != 0;
    if (d) {
      if (!f.has(bp + 4, DAGID)) {
        f.printTrunc();
        return;
      }
      if (left < DAGID) {
        out.append(" [|dao-length too short]");
        return;
      }
      opts += DAGID;
      left -= DAGID;
    }
    out.append(" [dagid:");
    dagid(d, bp + 4);
    out.append(",seq:").append(f.u8(bp + 2)).append(",instance:").append(f.u8(bp))
        .append(",status:").append(f.u8(bp + 3)).append(']');
    if (f.opts.verbosity() > 1) options(opts, left);
  }

  private void dagid(boolean present, int p) {
    if (present) f.names.ip6(out, f.b, p);
    else out.append("<elided>");
  }

  private void options(int opts, int length) {
    while (length != 0) {
      int type = f.u8(opts);
      int optlen;
      if (type == 0) {
        optlen = 1;
        out.append(" opt:pad1");
      } else {
        if (length < 2) {
          f.printTrunc();
          return;
        }
        optlen = f.u8(opts + 1) + 2;
        out.append(" opt:");
        String name = switch (type) {
          case 1 -> "padN";
          case 2 -> "metrics";
          case 3 -> "routinginfo";
          case 4 -> "config";
          case 5 -> "rpltarget";
          case 6 -> "transitinfo";
          case 8 -> "destprefix";
          case 9 -> "rpltargetdesc";
          default -> null;
        };
        if (name != null) out.append(name);
        else out.append("subopt:").append(type);
        out.append(" len:").append(optlen).append(' ');
        if (!f.has(opts, optlen) || length < optlen) {
          f.printTrunc();
          return;
        }
        if (f.opts.verbosity() > 2) HexDump.hex(out, f.b, opts + 2, optlen - 2, " ");
      }
      opts += optlen;
      length -= optlen;
    }
  }
}
