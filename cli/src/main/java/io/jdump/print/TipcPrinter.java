package io.jdump.print;

/** TIPC (EtherType 0x88ca) message headers, as tcpdump's print-tipc.c shows them. */
final class TipcPrinter {
  static final int ETHERTYPE = 0x88ca;
  private static final String[] USERS = {
    "Low Importance Data payload", "Medium Importance Data payload",
    "High Importance Data payload", "Critical Importance Data payload", null,
    "Broadcast Link Protocol internal", "Message Bundler Protocol internal",
    "Link State Protocol internal", "Connection Manager internal", null,
    "Link Changeover Protocol internal", "Name Table Update Protocol internal",
    "Message Fragmentation Protocol internal", "Neighbor Detection Protocol internal"
  };
  // tcpdump's table swaps DIRECT and MCAST: kept, since the text is what is compared
  private static final String[] MTYPES = {"CONN_MSG", "MCAST_MSG", "NAMED_MSG", "DIRECT_MSG"};

  private final Frame f;
  private final StringBuilder out;

  TipcPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int p) {
    f.proto = "tipc";
    int user = (f.i32(p) >>> 25) & 0x0f;
    switch (user) {
      case 0, 1, 2, 3, 11, 8 -> payload(p);
      case 13 -> linkConf(p);
      case 5, 6, 7, 10, 12 -> internal(p);
      default -> { }
    }
  }

  private void payload(int p) {
    int w0 = f.i32(p);
    int hsize = (w0 >>> 21) & 0x0f;
    int w1 = f.i32(p + 4);
    int prev = f.i32(p + 12);
    long origPort = f.u32(p + 16);
    long destPort = f.u32(p + 20);
    if (hsize <= 6) {
      head(w0);
      node(prev);
      out.append(':').append(origPort).append(" > ").append(destPort);
    } else {
      int orig = f.i32(p + 24);
      int dest = f.i32(p + 28);
      head(w0);
      node(orig);
      out.append(':').append(origPort).append(" > ");
      node(dest);
      out.append(':').append(destPort);
    }
    sizes(w0);
    out.append(", messageType ").append(mtype(w1));
    if (hsize > 6 && f.opts.verbosity() > 0) {
      int w2 = f.i32(p + 8);
      out.append("\n\tPrevious Node ");
      node(prev);
      out.append(", Broadcast Ack ").append(w1 & 0xffff).append(", Link Ack ")
          .append(w2 >>> 16).append(", Link Sequence ").append(w2 & 0xffff);
    }
  }

  private void internal(int p) {
    int w0 = f.i32(p);
    int w1 = f.i32(p + 4);
    int orig = f.i32(p + 24);
    int dest = f.i32(p + 28);
    head(w0);
    node(orig);
    out.append(" > ");
    node(dest);
    sizes(w0);
    out.append(", messageType ").append(mtype(w1)).append(" (0x");
    Text.hex8(out, w1 & 0xffffffffL);
    out.append(')');
    if (f.opts.verbosity() > 0) {
      int w2 = f.i32(p + 8);
      int prev = f.i32(p + 12);
      int w4 = f.i32(p + 16);
      int w5 = f.i32(p + 20);
      long transSeq = f.u32(p + 32);
      int w9 = f.i32(p + 36);
      out.append("\n\tPrevious Node ");
      node(prev);
      out.append(", Session No. ").append(w5 >>> 16).append(", Broadcast Ack ")
          .append(w1 & 0xffff).append(", Sequence Gap ").append((w1 >>> 16) & 0x1fff)
          .append(",  Broadcast Gap After ").append(w2 >>> 16).append(", Broadcast Gap To ")
          .append(w2 & 0xffff).append(", Last Sent Packet No. ").append(w4 >>> 16)
          .append(", Next sent Packet No. ").append(w4 & 0xffff).append(", Transport Sequence ")
          .append(transSeq).append(", msg_count ").append(w9 >>> 16).append(", Link Tolerance ")
          .append(w9 & 0xffff);
    }
  }

  private void linkConf(int p) {
    int w0 = f.i32(p);
    int w1 = f.i32(p + 4);
    int domain = f.i32(p + 8);
    int prev = f.i32(p + 12);
    head(w0);
    node(prev);
    out.append(" > ");
    node(domain);
    sizes(w0);
    int mtype = w1 >>> 29;
    out.append(", messageType ")
        .append(mtype == 0 ? "Link request" : mtype == 1 ? "Link response" : "Unknown");
    if (f.opts.verbosity() > 0) {
      long network = f.u32(p + 16);
      int w5 = f.i32(p + 20);
      out.append("\n\tNodeSignature ").append(w1 & 0xffff).append(", network_id ")
          .append(network).append(", media_id ").append(w5 & 0xff);
    }
  }

  private static String mtype(int w1) {
    int t = w1 >>> 29;
    return t < 4 ? MTYPES[t] : "Unknown";
  }

  private void head(int w0) {
    out.append("TIPC v").append(w0 >>> 29).append(".0 ");
  }

  private void sizes(int w0) {
    int user = (w0 >>> 25) & 0x0f;
    out.append(", headerlength ").append(((w0 >>> 21) & 0x0f) * 4).append(" bytes, MessageSize ")
        .append(w0 & 0x1ffff).append(" bytes, ")
        .append(user < USERS.length && USERS[user] != null ? USERS[user] : "unknown");
  }

  private void node(int addr) {
    out.append(addr >>> 24).append('.').append((addr >>> 12) & 0xfff).append('.')
        .append(addr & 0xfff);
  }
}
