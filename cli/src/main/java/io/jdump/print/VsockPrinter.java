package io.jdump.print;

/**
 * Linux vsock monitor frames ({@code DLT_VSOCK} 271): the af_vsockmon header, little-endian,
 * and with {@code -v} the virtio transport header, as tcpdump's print-vsock.c shows them.
 */
final class VsockPrinter {
  static final int DLT_VSOCK = 271;
  private static final int HDR = 32;
  private static final int VIRTIO_HDR = 44;
  private static final String[] TRANSPORTS = {"UNKNOWN", "NO_INFO", "VIRTIO"};
  private static final String[] OPS = {"UNKNOWN", "CONNECT", "DISCONNECT", "CONTROL", "PAYLOAD"};
  private static final String[] VIRTIO_OPS = {
    "INVALID", "REQUEST", "RESPONSE", "RST", "SHUTDOWN", "RW", "CREDIT UPDATE", "CREDIT REQUEST"
  };

  private final Frame f;
  private final StringBuilder out;

  VsockPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int p) {
    f.proto = "vsock";
    int caplen = f.end - p;
    if (caplen < HDR) {
      f.printTrunc();
      f.linkHeaderLength = caplen;
      return;
    }
    f.linkHeaderLength = HDR;
    int transport = f.u16le(p + 26);
    if (transport < TRANSPORTS.length) out.append(TRANSPORTS[transport]);
    else out.append("Invalid transport (").append(transport).append(')');
    int transportSize = transport == 2 ? VIRTIO_HDR : 0;
    boolean cut = false;
    if (f.opts.verbosity() > 0) {
      cut = caplen < HDR + transportSize;
      if (!cut) {
        if (transport == 2) virtio(p + HDR);
        out.append("\n\t");
      }
    } else {
      out.append(' ');
    }
    u64(f.i32le(p), f.i32le(p + 4));
    out.append('.').append(f.u32le(p + 16)).append(" > ");
    u64(f.i32le(p + 8), f.i32le(p + 12));
    out.append('.').append(f.u32le(p + 20)).append(' ');
    int op = f.u16le(p + 24);
    if (op < OPS.length) out.append(OPS[op]);
    else out.append(" invalid op (").append(op).append(')');
    out.append(", length ").append(caplen);
    if (cut) {
      f.printTrunc();
      return;
    }
    int total = HDR + transportSize;
    if (f.opts.verbosity() > 1 && op == 4) {
      if (caplen > total) {
        out.append('\n');
        f.unknownData(p + total, "\t", caplen - total);
      } else {
        f.printTrunc();
      }
    }
  }

  private void virtio(int h) {
    out.append(" (len ").append(f.u32le(h + 24));
    int type = f.u16le(h + 28);
    out.append(", type ");
    if (type == 1) out.append("STREAM");
    else out.append("Invalid type (").append(type).append(')');
    int op = f.u16le(h + 30);
    out.append(", op ");
    if (op < VIRTIO_OPS.length) out.append(VIRTIO_OPS[op]);
    else out.append("Invalid op (").append(op).append(')');
    out.append(", flags ");
    Text.hex(out, f.u32le(h + 32));
    out.append(", buf_alloc ").append(f.u32le(h + 36)).append(", fwd_cnt ")
        .append(f.u32le(h + 40)).append(')');
  }

  private void u64(int lo, int hi) {
    long v = (long) hi << 32 | (lo & 0xffffffffL);
    if (v >= 0) out.append(v);
    else out.append(Long.toUnsignedString(v));
  }
}
