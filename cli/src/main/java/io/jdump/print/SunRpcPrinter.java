package io.jdump.print;

/**
 * Sun RPC calls read with {@code -T rpc}, as tcpdump's {@code sunrpc_print}: the xid as the
 * source port, the portmapper's procedure and, for its set/unset/getport/call, the program and
 * version asked for. (tcpdump's Debian build has no getrpcbynumber: programs print as #N.)
 */
final class SunRpcPrinter {
  private static final String[] PROCS = {"null", "set", "unset", "getport", "dump", "call"};

  private final Frame f;
  private final StringBuilder out;

  SunRpcPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void call(int rp, int length, int ip) {
    f.proto = "sunrpc";
    f.need(rp, 32); // sizeof(struct sunrpc_msg): xid, direction and the larger body, 24 bytes
    String dst = f.opts.numeric() ? "0x6f" : "sunrpc";
    int version = f.u8(ip) >> 4;
    if (version == 4) {
      f.ip4(ip + 12);
      xid(rp);
      out.append(" > ");
      f.ip4(ip + 16);
    } else if (version == 6) {
      f.need(ip + 8, 32);
      f.names.ip6(out, f.b, ip + 8);
      xid(rp);
      out.append(" > ");
      f.names.ip6(out, f.b, ip + 24);
    } else {
      out.append('?');
      xid(rp);
      out.append(" > ?");
    }
    out.append('.').append(dst).append(": ").append(length & 0xffffffffL);
    long proc = f.u32(rp + 20);
    out.append(' ');
    if (proc < PROCS.length) out.append(PROCS[(int) proc]);
    else out.append(" proc #").append(proc);
    long rpcvers = f.u32(rp + 8);
    if (rpcvers != 2) out.append(" [rpcver ").append(rpcvers).append(']');
    if (proc == 1 || proc == 2 || proc == 3 || proc == 5) {
      out.append(f.opts.numeric() ? " " : " #").append(f.u32(rp + 12)).append('.')
          .append(f.u32(rp + 16));
    }
  }

  private void xid(int rp) {
    out.append(".0x");
    Text.hex(out, f.u32(rp));
  }
}
