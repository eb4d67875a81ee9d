package io.jdump.print;


/**
 * RX, AFS's RPC (UDP ports 7000-7009), as tcpdump's {@code rx_print}: the packet type, with
 * -v its sequence and serial (-vv call and flags, -vvv security index and service), then the
 * call of the file server, callback, protection, volume location, authentication, volume, BOS
 * and ubik services with their arguments, and replies through the last 64 calls seen.
 *
 * <p>A service's own truncation check ends it with " [|fs]" (and the packet goes on with its
 * length); a read past the capture ends the packet with " [|rx]", as in tcpdump.
 */
final class RxPrinter {
  private static final int HDR = 28;
  private static final int DATA = 1, ACK = 2, ABORT = 4;
  private static final int CLIENT_INITIATED = 1;
  private static final int CACHE = 64;
  private static final String[] FLAG_NAMES = {"client-init", "req-ack", "last-pckt",
    "more-pckts", "free-pckt", "slow-start", "jumbogram"};
  private static final String[] VOLTYPES = {"read-write", "read-only", "backup"};

  private final Frame f;
  private final StringBuilder out;
  /** Looked up on the first date printed: most runs print none, and the lookup costs a start. */
  /** A service's own truncation, caught where it prints its marker. */
  private final Truncated local = new Truncated();
  /** The read position, as tcpdump's bp moves through the arguments. */
  private int bp;
  private final long[] cacheCall = new long[CACHE];
  private final long[] cacheClient = new long[CACHE];
  private final long[] cacheServer = new long[CACHE];
  private final int[] cacheDport = new int[CACHE];
  private final int[] cacheService = new int[CACHE];
  private final long[] cacheOpcode = new long[CACHE];
  private int cacheNext;
  private int cacheHint;

  RxPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  /** ip: the IP header, whose addresses match replies to calls (read as IPv4's, as tcpdump). */
  void print(int p, int length, int sport, int dport, int ip) {
    f.proto = "rx";
    if (!f.has(p, HDR)) {
      out.append(" [|rx] (").append(Integer.toUnsignedString(length)).append(')');
      return;
    }
    int type = f.u8(p + 20);
    String tn = RxNames.type(type);
    out.append(" rx ");
    if (tn != null) out.append(tn);
    else out.append("type ").append(type);
    int flags = f.u8(p + 21);
    int v = f.opts.verbosity();
    if (v > 0) {
      if (v > 1) {
        out.append(" cid ");
        Text.hex8(out, f.u32(p + 4));
        out.append(" call# ").append(f.u32(p + 8));
      }
      out.append(" seq ").append(f.u32(p + 12)).append(" ser ").append(f.u32(p + 16));
      if (v > 2) {
        out.append(" secindex ").append(f.u8(p + 23)).append(" serviceid ")
            .append(f.u16(p + 26));
      }
      if (v > 1) {
        boolean first = true;
        for (int i = 0; i < 7; i++) {
          int flag = i < 6 ? 1 << i : 32;
          int only = i == 5 ? ACK : i == 6 ? DATA : 0;
          if ((flags & flag) != 0 && (only == 0 || type == only)) {
            out.append(first ? " " : ",").append('<').append(FLAG_NAMES[i]).append('>');
            first = false;
          }
        }
      }
    }
    long seq = f.u32(p + 12);
    if (type == DATA && seq == 1 && (flags & CLIENT_INITIATED) != 0) {
      cacheInsert(p, ip, dport);
      switch (dport) {
        case 7000 -> call(p, length, Service.FS);
        case 7001 -> call(p, length, Service.CB);
        case 7002 -> call(p, length, Service.PT);
        case 7003 -> call(p, length, Service.VLDB);
        case 7004 -> call(p, length, Service.KAUTH);
        case 7005 -> call(p, length, Service.VOL);
        case 7007 -> call(p, length, Service.BOS);
        default -> { }
      }
    } else if ((type == DATA && seq == 1 || type == ABORT) && (flags & CLIENT_INITIATED) == 0) {
      int entry = cacheFind(p, ip, sport);
      if (entry >= 0) {
        long op = cacheOpcode[entry];
        switch (sport) {
          case 7000 -> reply(p, length, op, Service.FS);
          case 7001 -> reply(p, length, op, Service.CB);
          case 7002 -> reply(p, length, op, Service.PT);
          case 7003 -> reply(p, length, op, Service.VLDB);
          case 7004 -> reply(p, length, op, Service.KAUTH);
          case 7005 -> reply(p, length, op, Service.VOL);
          case 7007 -> reply(p, length, op, Service.BOS);
          default -> { }
        }
      }
    } else if (type == ACK) {
      ack(p, length);
    }
    out.append(" (").append(Integer.toUnsignedString(length)).append(')');
  }

  private enum Service { FS, CB, PT, VLDB, KAUTH, VOL, BOS, UBIK }

  private static String marker(Service s) {
    return switch (s) {
      case FS -> " [|fs]";
      case CB -> " [|cb]";
      case PT -> " [|pt]";
      case VLDB -> " [|vldb]";
      case KAUTH -> " [|kauth]";
      case VOL -> " [|vol]";
      case BOS -> " [|bos]";
      case UBIK -> " [|ubik]";
    };
  }

  private void cacheInsert(int p, int ip, int dport) {
    if (!f.has(p + HDR, 4)) return;
    int i = cacheNext;
    if (++cacheNext >= CACHE) cacheNext = 0;
    cacheCall[i] = f.u32(p + 8);
    cacheClient[i] = f.u32(ip + 12);
    cacheServer[i] = f.u32(ip + 16);
    cacheDport[i] = dport;
    cacheService[i] = f.u16(p + 26);
    cacheOpcode[i] = f.u32(p + HDR);
  }

  private int cacheFind(int p, int ip, int sport) {
    long client = f.u32(ip + 16);
    long server = f.u32(ip + 12);
    int i = cacheHint;
    do {
      if (cacheCall[i] == f.u32(p + 8) && cacheClient[i] == client && cacheServer[i] == server
          && cacheService[i] == f.u16(p + 26) && cacheDport[i] == sport) {
        cacheHint = i;
        return i;
      }
      if (++i >= CACHE) i = 0;
    } while (i != cacheHint);
    return -1;
  }

  // ---- tcpdump's argument macros; a failed truncation check throws local

  private void tcheck(long n) {
    if (!f.has(bp, (int) Math.min(n, Integer.MAX_VALUE))) throw local;
  }

  private void fid() {
    tcheck(12);
    out.append(" fid ").append(f.u32(bp)).append('/').append(f.u32(bp + 4)).append('/')
        .append(f.u32(bp + 8));
    bp += 12;
  }

  private void str(int max) {
    long n = f.u32(bp);
    if (n > max) throw local;
    bp += 4;
    out.append(" \"");
    for (int i = 0; i < n; i++) {
      if (!f.has(bp + i, 1)) throw local;
      DnsNames.charEscaped(out, f.b[bp + i] & 0xff);
    }
    out.append('"');
    bp += (int) ((n + 3) / 4) * 4;
  }

  private void intOut() {
    int v = f.i32(bp);
    bp += 4;
    out.append(' ').append(v);
  }

  private void uintOut() {
    long v = f.u32(bp);
    bp += 4;
    out.append(' ').append(v);
  }

  private void uint64Out() {
    long v = f.u32(bp) << 32 | f.u32(bp + 4);
    bp += 8;
    out.append(' ').append(Long.toUnsignedString(v));
  }

  /** tcpdump's DATEOUT: a signed 32-bit time in local time, %Y/%m/%d %H:%M:%S. */
  private void date() {
    long t = f.i32(bp);
    bp += 4;
    long local = f.times.localSeconds(t);
    out.append(' ');
    Timestamps.slashDateTime(out, local);
  }

  private void storeAttr() {
    tcheck(24);
    long mask = f.u32(bp);
    bp += 4;
    if (mask != 0) out.append(" StoreStatus");
    if ((mask & 1) != 0) {
      out.append(" date");
      date();
    } else {
      bp += 4;
    }
    long v = f.u32(bp);
    bp += 4;
    if ((mask & 2) != 0) out.append(" owner ").append(v);
    v = f.u32(bp);
    bp += 4;
    if ((mask & 4) != 0) out.append(" group ").append(v);
    v = f.u32(bp);
    bp += 4;
    if ((mask & 8) != 0) out.append(" mode ").append(Long.toOctalString(v & 07777));
    v = f.u32(bp);
    bp += 4;
    if ((mask & 16) != 0) out.append(" segsize ").append(v);
    if ((mask & 1024) != 0) out.append(" fsync");
  }

  private void ubikVersion() {
    tcheck(8);
    out.append(' ').append(f.u32(bp)).append('.').append(f.u32(bp + 4));
    bp += 8;
  }

  private void afsUuid() {
    tcheck(44);
    out.append(' ');
    Text.hex8(out, f.u32(bp));
    hexMin(f.u32(bp + 4), 4);
    hexMin(f.u32(bp + 8), 4);
    for (int i = 0; i < 8; i++) Text.hex2(out, (int) f.u32(bp + 12 + 4 * i) & 0xff);
    bp += 44;
  }

  /** C's %0Nx: at least n digits. */
  private void hexMin(long v, int n) {
    String h = Long.toHexString(v);
    for (int i = h.length(); i < n; i++) out.append('0');
    out.append(h);
  }

  /** tcpdump's VECOUT: max words, one character each, up to the first NUL. */
  private void vec(int max) {
    tcheck(max * 4L);
    out.append(" \"");
    boolean ended = false;
    for (int k = 0; k < max; k++) {
      int c = (int) f.u32(bp) & 0xff;
      bp += 4;
      if (c == 0) ended = true;
      if (!ended) DnsNames.charEscaped(out, c);
    }
    out.append('"');
  }

  private void destServer() {
    tcheck(12);
    out.append(" server ").append(f.u32(bp)).append(':').append(f.u32(bp + 4)).append(':')
        .append(f.u32(bp + 8));
    bp += 12;
  }

  /** The service and direction, then the opcode's name or "op#N". */
  private void head(String text, String n, long op) {
    out.append(text);
    if (n != null) out.append(n);
    else out.append("op#").append(op);
  }

  // ---- calls

  private void call(int p, int length, Service s) {
    if ((length & 0xffffffffL) <= HDR) return;
    long op = f.u32(p + HDR);
    bp = p + HDR + 4;
    Service marker = s;
    try {
      switch (s) {
        case FS -> {
          head(" fs call ", RxNames.fs(op), op);
          fsCall(op);
        }
        case CB -> {
          head(" cb call ", RxNames.cb(op), op);
          cbCall(op);
        }
        case VOL -> {
          head(" vol call ", RxNames.vol(op), op);
          volCall(op);
        }
        case BOS -> {
          head(" bos call ", RxNames.bos(op), op);
          bosCall(op);
        }
        default -> {
          out.append(s == Service.PT ? " pt" : s == Service.VLDB ? " vldb" : " kauth");
          if (RxNames.isUbik(op)) {
            marker = Service.UBIK;
            ubikCall(op);
          } else if (s == Service.PT) {
            head(" call ", RxNames.pt(op), op);
            ptCall(op);
          } else if (s == Service.VLDB) {
            head(" call ", RxNames.vldb(op), op);
            vldbCall(op);
          } else {
            head(" call ", RxNames.kauth(op), op);
            kauthCall(op);
          }
        }
      }
    } catch (Truncated t) {
      if (t != local) throw t;
      out.append(marker(marker));
    }
  }

  private void fsCall(long op) {
    switch ((int) Math.min(op, Integer.MAX_VALUE)) {
      case 130 -> {
        fid();
        out.append(" offset");
        uintOut();
        out.append(" length");
        uintOut();
      }
      case 131, 132, 143, 144, 145, 156, 157, 158 -> fid();
      case 135 -> {
        fid();
        storeAttr();
      }
      case 133 -> {
        fid();
        storeAttr();
        out.append(" offset");
        uintOut();
        out.append(" length");
        uintOut();
        out.append(" flen");
        uintOut();
      }
      case 134 -> {
        fid();
        acl();
      }
      case 137, 141 -> {
        fid();
        str(256);
        storeAttr();
      }
      case 136, 142 -> {
        fid();
        str(256);
      }
      case 138 -> {
        out.append(" old");
        fid();
        str(256);
        out.append(" new");
        fid();
        str(256);
      }
      case 139 -> {
        fid();
        str(256);
        out.append(" link to");
        str(256);
      }
      case 140 -> {
        fid();
        str(256);
        out.append(" link to");
        fid();
      }
      case 148 -> str(256);
      case 149, 150 -> {
        out.append(" volid");
        uintOut();
      }
      case 154 -> {
        out.append(" volname");
        str(256);
      }
      case 155, 65536 -> fidList();
      case 65537 -> {
        fid();
        out.append(" offset");
        uint64Out();
        out.append(" length");
        uint64Out();
      }
      case 65538 -> {
        fid();
        storeAttr();
        out.append(" offset");
        uint64Out();
        out.append(" length");
        uint64Out();
        out.append(" flen");
        uint64Out();
      }
      case 65541 -> {
        out.append(" addr");
        uintOut();
      }
      default -> { }
    }
  }

  private void fidList() {
    long j = f.u32(bp);
    bp += 4;
    for (long i = 0; i < j; i++) {
      fid();
      if (i != j - 1) out.append(',');
    }
    if (j == 0) out.append(" <none!>");
  }

  private void cbCall(long op) {
    if (op == 204) {
      fidList();
      long j = f.u32(bp);
      bp += 4;
      if (j != 0) out.append(';');
      for (long i = 0; i < j; i++) {
        out.append(" ver");
        intOut();
        out.append(" expires");
        date();
        f.u32(bp);
        bp += 4;
      }
    } else if (op == 214) {
      out.append(" afsuuid");
      afsUuid();
    }
  }

  private void ptCall(long op) {
    switch ((int) Math.min(op, Integer.MAX_VALUE)) {
      case 500 -> {
        str(64);
        out.append(" id");
        intOut();
        out.append(" oldid");
        intOut();
      }
      case 501, 506, 508, 512, 514, 517, 518, 519, 530 -> {
        out.append(" id");
        intOut();
      }
      case 502 -> {
        out.append(" pos");
        intOut();
      }
      case 503, 507, 515 -> {
        out.append(" uid");
        intOut();
        out.append(" gid");
        intOut();
      }
      case 504 -> vecList(64);
      case 505 -> {
        out.append(" ids:");
        intList();
      }
      case 509 -> {
        str(64);
        out.append(" flag");
        intOut();
        out.append(" oid");
        intOut();
      }
      case 511 -> {
        out.append(" id");
        intOut();
        out.append(" gflag");
        intOut();
      }
      case 513 -> {
        out.append(" id");
        intOut();
        str(64);
        out.append(" oldid");
        intOut();
        out.append(" newid");
        intOut();
      }
      case 520 -> {
        out.append(" id");
        intOut();
        str(64);
      }
      default -> { }
    }
  }

  private void vecList(int max) {
    long j = f.u32(bp);
    bp += 4;
    for (long i = 0; i < j; i++) vec(max);
    if (j == 0) out.append(" <none!>");
  }

  private void intList() {
    long n = f.u32(bp);
    bp += 4;
    for (long j = 0; j < n; j++) intOut();
    if (n == 0) out.append(" <none!>");
  }

  private void volType() {
    long i = f.u32(bp);
    bp += 4;
    if (i <= 2) out.append(" type ").append(VOLTYPES[(int) i]);
  }

  private void vldbCall(long op) {
    switch ((int) Math.min(op, Integer.MAX_VALUE)) {
      case 501, 517 -> vec(65);
      case 502, 503, 507, 508, 509, 518 -> {
        out.append(" volid");
        intOut();
        volType();
      }
      case 504, 519, 524, 527 -> str(65);
      case 505 -> {
        out.append(" bump");
        intOut();
      }
      case 506, 520 -> {
        out.append(" volid");
        intOut();
        volType();
        vec(65);
      }
      case 510, 521 -> {
        out.append(" index");
        intOut();
      }
      default -> { }
    }
  }

  private void kauthCall(long op) {
    switch ((int) Math.min(op, Integer.MAX_VALUE)) {
      case 1, 21, 22, 2, 5, 6, 7, 8, 14, 15 -> {
        out.append(" principal");
        str(64);
        str(64);
      }
      case 3, 23 -> {
        out.append(" kvno");
        intOut();
        out.append(" domain");
        str(64);
        long i = f.u32(bp);
        bp += 4;
        tcheck(i);
        bp += (int) i;
        out.append(" principal");
        str(64);
        str(64);
      }
      case 4 -> {
        out.append(" principal");
        str(64);
        str(64);
        out.append(" kvno");
        intOut();
      }
      case 12 -> {
        out.append(" name");
        str(64);
      }
      default -> { }
    }
  }

  private void labelled(String label) {
    out.append(label);
    uintOut();
  }

  private void volCall(long op) {
    switch ((int) Math.min(op, Integer.MAX_VALUE)) {
      case 100 -> {
        labelled(" partition");
        out.append(" name");
        str(256);
        labelled(" type");
        labelled(" parent");
      }
      case 101, 107, 104 -> labelled(" trans");
      case 102 -> {
        labelled(" totrans");
        labelled(" flags");
      }
      case 103 -> {
        labelled(" fromtrans");
        out.append(" fromdate");
        date();
        destServer();
        out.append(" desttrans");
        intOut();
      }
      case 105 -> {
        labelled(" trans");
        labelled(" purgevol");
        labelled(" newtype");
        out.append(" newname");
        str(256);
      }
      case 106 -> {
        labelled(" trans");
        labelled(" flags");
      }
      case 108 -> {
        labelled(" vol");
        labelled(" partition");
        labelled(" flags");
      }
      case 109, 655537 -> {
        labelled(" fromtrans");
        out.append(" fromdate");
        date();
      }
      case 110 -> labelled(" index");
      case 111 -> {
        labelled(" tid");
        labelled(" newsite");
      }
      case 112, 113 -> out.append(" tid");
      case 114 -> {
        out.append(" name");
        str(256);
        labelled(" type");
        labelled(" pid");
        labelled(" cloneid");
      }
      case 116 -> {
        labelled(" partition");
        labelled(" flags");
      }
      case 117 -> {
        labelled(" tid");
        out.append(" name");
        str(256);
        labelled(" type");
        labelled(" pid");
        labelled(" clone");
        labelled(" backup");
      }
      case 119 -> {
        out.append(" name");
        str(256);
      }
      case 120, 126 -> labelled(" tid");
      case 121, 122, 124, 125, 65536 -> {
        labelled(" partid");
        labelled(" volid");
      }
      case 123 -> {
        labelled(" tid");
        out.append(" date");
        date();
      }
      case 128 -> {
        labelled(" fromtrans");
        out.append(" fromdate");
        date();
        long j = f.u32(bp);
        bp += 4;
        for (long i = 0; i < j; i++) {
          destServer();
          if (i != j - 1) out.append(',');
        }
        if (j == 0) out.append(" <none!>");
      }
      case 65538 -> {
        labelled(" fromtrans");
        out.append(" fromdate");
        date();
        labelled(" flags");
      }
      default -> { }
    }
  }

  private void bosCall(long op) {
    switch ((int) Math.min(op, Integer.MAX_VALUE)) {
      case 80 -> {
        out.append(" type");
        str(256);
        out.append(" instance");
        str(256);
      }
      case 81, 83, 85, 87, 88, 93, 96, 97, 104, 106, 108, 112, 114 -> str(256);
      case 82, 98 -> {
        str(256);
        out.append(" status");
        intOut();
      }
      case 86 -> {
        str(256);
        out.append(" num");
        intOut();
      }
      case 84, 89, 90, 91, 92, 95 -> intOut();
      case 105 -> {
        str(256);
        out.append(" size");
        intOut();
        out.append(" flags");
        intOut();
        out.append(" date");
        intOut();
      }
      default -> { }
    }
  }

  private void ubikCall(long op) {
    op = f.u32(bp - 4);
    head(" ubik call ", RxNames.ubik(op), op);
    switch ((int) Math.min(op, Integer.MAX_VALUE)) {
      case 10000 -> {
        long t = f.u32(bp);
        bp += 4;
        out.append(" syncsite ").append(t != 0 ? "yes" : "no");
        out.append(" votestart");
        date();
        out.append(" dbversion");
        ubikVersion();
        out.append(" tid");
        ubikVersion();
      }
      case 10003 -> labelled(" site");
      case 20000, 20001, 20007, 20008, 20010 -> {
        out.append(" tid");
        ubikVersion();
      }
      case 20002 -> {
        out.append(" tid");
        ubikVersion();
        out.append(" file");
        intOut();
        out.append(" pos");
        intOut();
        out.append(" length");
        intOut();
        f.u32(bp);
        bp += 4;
      }
      case 20003 -> {
        out.append(" tid");
        ubikVersion();
        out.append(" file");
        intOut();
        out.append(" pos");
        intOut();
      }
      case 20005 -> {
        out.append(" file");
        intOut();
      }
      case 20006 -> {
        out.append(" file");
        intOut();
        out.append(" length");
        intOut();
        out.append(" dbversion");
        ubikVersion();
      }
      case 20009 -> {
        out.append(" tid");
        ubikVersion();
        out.append(" file");
        intOut();
        out.append(" length");
        intOut();
      }
      case 20012 -> {
        out.append(" tid");
        ubikVersion();
        out.append(" oldversion");
        ubikVersion();
        out.append(" newversion");
        ubikVersion();
      }
      default -> { }
    }
  }

  // ---- replies

  private void reply(int p, int length, long op, Service s) {
    long len = length & 0xffffffffL;
    // the services that can hand over to ubik accept a bare header, the others do not
    boolean ubikCapable = s == Service.PT || s == Service.VLDB;
    if (ubikCapable ? len < HDR : len <= HDR) return;
    bp = p + HDR;
    Service marker = s;
    try {
      switch (s) {
        case FS -> {
          head(" fs reply ", RxNames.fs(op), op);
          fsReply(p, op);
        }
        case CB -> {
          head(" cb reply ", RxNames.cb(op), op);
          if (!errcode(p) && op == 213) afsUuid();
        }
        case VOL -> {
          head(" vol reply ", RxNames.vol(op), op);
          volReply(p, op);
        }
        case BOS -> {
          head(" bos reply ", RxNames.bos(op), op);
          errcode(p);
        }
        default -> {
          out.append(s == Service.PT ? " pt" : s == Service.VLDB ? " vldb" : " kauth");
          if (RxNames.isUbik(op)) {
            marker = Service.UBIK;
            if (len >= HDR) ubikReply(p, op);
          } else if (s == Service.PT) {
            head(" reply ", RxNames.pt(op), op);
            ptReply(p, op);
          } else if (s == Service.VLDB) {
            head(" reply ", RxNames.vldb(op), op);
            vldbReply(p, op);
          } else {
            head(" reply ", RxNames.kauth(op), op);
            errcode(p);
          }
        }
      }
    } catch (Truncated t) {
      if (t != local) throw t;
      out.append(marker(marker));
    }
  }

  private void fsReply(int p, long op) {
    int type = f.u8(p + 20);
    if (type == DATA) {
      switch ((int) Math.min(op, Integer.MAX_VALUE)) {
        case 131 -> acl();
        case 137, 141 -> {
          out.append(" new");
          fid();
        }
        case 151 -> {
          out.append(" root volume");
          str(256);
        }
        case 153 -> date();
        default -> { }
      }
    } else if (type == ABORT) {
      int e = f.i32(bp);
      bp += 4;
      String n = RxNames.fsError(e);
      out.append(" error ");
      if (n != null) out.append(n);
      else out.append('#').append(e);
    } else {
      out.append(" strange fs reply of type ").append(type);
    }
  }

  /** {@return whether the reply is not data: then it prints its error code, as tcpdump} */
  private boolean errcode(int p) {
    if (f.u8(p + 20) == DATA) return false;
    out.append(" errcode");
    intOut();
    return true;
  }

  private void ptReply(int p, long op) {
    if (errcode(p)) return;
    switch ((int) Math.min(op, Integer.MAX_VALUE)) {
      case 504 -> {
        out.append(" ids:");
        intList();
      }
      case 505 -> vecList(64);
      case 508, 514, 517, 518, 519 -> intList();
      case 510 -> {
        out.append(" maxuid");
        intOut();
        out.append(" maxgid");
        intOut();
      }
      default -> { }
    }
  }

  private void vldbReply(int p, long op) {
    if (errcode(p)) return;
    switch ((int) Math.min(op, Integer.MAX_VALUE)) {
      case 510, 503, 504 -> {
        if (op == 510) countAndIndex();
        vec(65);
        tcheck(4);
        bp += 4;
        servers(8, false);
      }
      case 505 -> labelled(" newvol");
      case 521, 529, 518, 519 -> {
        if (op == 521 || op == 529) countAndIndex();
        vec(65);
        servers(13, false);
      }
      case 526, 527 -> {
        vec(65);
        servers(13, true);
      }
      default -> { }
    }
  }

  private void countAndIndex() {
    out.append(" count");
    intOut();
    out.append(" nextindex");
    intOut();
  }

  /** A VLDB entry's servers, partitions and volume ids; n slots, addresses or UUIDs. */
  private void servers(int n, boolean uuids) {
    out.append(" numservers");
    long nservers = f.u32(bp);
    bp += 4;
    out.append(' ').append(nservers).append(" servers");
    for (int i = 0; i < n; i++) {
      if (uuids) {
        if (i < nservers) {
          out.append(" afsuuid");
          afsUuid();
        } else {
          tcheck(44);
          bp += 44;
        }
      } else {
        tcheck(4);
        if (i < nservers) {
          out.append(' ');
          Text.ip4(out, f.b, bp);
        }
        bp += 4;
      }
    }
    if (uuids) {
      tcheck(4 * 13);
      bp += 4 * 13;
    }
    out.append(" partitions");
    for (int i = 0; i < n; i++) {
      long j = f.u32(bp);
      if (i < nservers && j <= 26) out.append(' ').append((char) ('a' + j));
      else if (i < nservers) out.append(' ').append(j);
      bp += 4;
    }
    tcheck(n * 4L);
    bp += n * 4;
    labelled(" rwvol");
    labelled(" rovol");
    labelled(" backup");
  }

  private void volReply(int p, long op) {
    if (errcode(p)) return;
    switch ((int) Math.min(op, Integer.MAX_VALUE)) {
      case 100 -> {
        labelled(" volid");
        labelled(" trans");
      }
      case 104, 107 -> uintOut();
      case 105 -> labelled(" newvol");
      case 108 -> labelled(" trans");
      case 110 -> {
        labelled(" volume");
        labelled(" partition");
      }
      case 112 -> str(256);
      case 113 -> {
        labelled(" volid");
        labelled(" nextuniq");
        labelled(" type");
        labelled(" parentid");
        labelled(" clone");
        labelled(" backup");
        labelled(" restore");
        labelled(" maxquota");
        labelled(" minquota");
        labelled(" owner");
        String[] dates = {" create", " access", " update", " expire", " backup", " copy"};
        for (String d : dates) {
          out.append(d);
          date();
        }
      }
      case 116, 121 -> {
        long j = f.u32(bp);
        bp += 4;
        for (long i = 0; i < j; i++) {
          out.append(" name");
          vec(32);
          labelled(" volid");
          out.append(" type");
          bp += 4 * 21;
          if (i != j - 1) out.append(',');
        }
        if (j == 0) out.append(" <none!>");
      }
      default -> { }
    }
  }

  private void ubikReply(int p, long op) {
    head(" ubik reply ", RxNames.ubik(op), op);
    if (f.u8(p + 20) == DATA) {
      if (op == 10000) {
        out.append(" vote no");
      } else if (op == 20004) {
        out.append(" dbversion");
        ubikVersion();
      }
    } else if (op == 10000) {
      out.append(" vote yes until");
      date();
    } else {
      out.append(" errcode");
      intOut();
    }
  }

  // ---- acks

  private void ack(int p, int length) {
    if ((length & 0xffffffffL) < HDR) return;
    bp = p + HDR;
    if (!f.has(bp, 18)) {
      out.append(" [|ack]");
      return;
    }
    int a = bp;
    bp += 18;
    if (f.opts.verbosity() > 2) {
      out.append(" bufspace ").append(f.u16(a)).append(" maxskew ").append(f.u16(a + 2));
    }
    long first = f.u32(a + 4);
    out.append(" first ").append(first).append(" serial ").append(f.u32(a + 12))
        .append(" reason ");
    int reason = f.u8(a + 16);
    String rn = RxNames.ackReason(reason);
    if (rn != null) out.append(rn);
    else out.append('#').append(reason);
    int nAcks = f.u8(a + 17);
    if (nAcks != 0) {
      if (!f.has(bp, nAcks)) {
        out.append(" [|ack]");
        return;
      }
      ranges(first, nAcks, 1, " acked ");
      ranges(first, nAcks, 0, " nacked ");
      bp += nAcks;
    }
    bp += 3;
    if (f.opts.verbosity() > 1) {
      String[] labels = {" ifmtu", " maxmtu", " rwind", " maxpackets"};
      for (String l : labels) {
        if (f.end - bp + 1 <= 4) return;
        labelled(l);
      }
    }
  }

  /** The acks of one kind as runs: " acked 1-3,5". */
  private void ranges(long first, int n, int kind, String label) {
    int start = -2;
    int last = -2;
    int i;
    for (i = 0; i < n; i++) {
      if (f.u8(bp + i) == kind) {
        if (last == -2) {
          out.append(label).append((first + i) & 0xffffffffL);
          start = i;
        } else if (last != i - 1) {
          out.append(',').append((first + i) & 0xffffffffL);
          start = i;
        }
        last = i;
      } else if (last == i - 1 && start != last) {
        out.append('-').append((first + i - 1) & 0xffffffffL);
      }
    }
    if (last == i - 1 && start != last) out.append('-').append((first + i - 1) & 0xffffffffL);
  }

  // ---- ACLs

  /** tcpdump's acl_print over the text of a store/fetch ACL: counts, then "name rights" lines. */
  private void acl() {
    long n = f.u32(bp);
    bp += 4;
    tcheck(n);
    int len = (int) Math.min(1024, n);
    int end = bp;
    while (end < bp + len && f.b[end] != 0) end++;
    // end is where the copied string stops (its NUL); s > end checks use bp + len
    int limit = bp + len;
    scan = bp;
    scanEnd = end;
    long pos = scanInt();
    if (pos == NO) return;
    long neg = scanInt();
    if (neg == NO) return;
    skipSpace();
    if (scan > limit) return;
    for (int pass = 0; pass < 2; pass++) {
      long count = pass == 0 ? pos : neg;
      for (long i = 0; i < count; i++) {
        int wordStart;
        int wordEnd;
        skipSpace();
        wordStart = scan;
        while (scan < scanEnd && scan - wordStart < 1024 && !space(f.b[scan])) scan++;
        wordEnd = scan;
        if (wordEnd == wordStart) return;
        long acl = scanInt();
        if (acl == NO) return;
        skipSpace();
        out.append(pass == 0 ? " +{" : " -{");
        for (int k = wordStart; k < wordEnd; k++) DnsNames.charEscaped(out, f.b[k] & 0xff);
        out.append(' ');
        int r = (int) acl;
        if ((r & 1) != 0) out.append('r');
        if ((r & 8) != 0) out.append('l');
        if ((r & 4) != 0) out.append('i');
        if ((r & 16) != 0) out.append('d');
        if ((r & 2) != 0) out.append('w');
        if ((r & 32) != 0) out.append('k');
        if ((r & 64) != 0) out.append('a');
        out.append('}');
        if (scan > limit) return;
      }
    }
  }

  private static final long NO = Long.MIN_VALUE;
  private int scan;
  private int scanEnd;

  private static boolean space(byte c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
  }

  private void skipSpace() {
    while (scan < scanEnd && space(f.b[scan])) scan++;
  }

  /** scanf's %d: spaces, a sign, digits; NO when there are none. */
  private long scanInt() {
    skipSpace();
    int s = scan;
    boolean minus = false;
    if (s < scanEnd && (f.b[s] == '-' || f.b[s] == '+')) {
      minus = f.b[s] == '-';
      s++;
    }
    int digits = s;
    long v = 0;
    while (s < scanEnd && f.b[s] >= '0' && f.b[s] <= '9') {
      if (v < Long.MAX_VALUE / 10) v = v * 10 + (f.b[s] - '0');
      s++;
    }
    if (s == digits) return NO;
    scan = s;
    return (int) (minus ? -v : v);
  }
}
