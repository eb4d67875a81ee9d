package io.jdump.print;

/**
 * NFS over Sun RPC (port 2049, and {@code -T rpc} replies) as tcpdump's print-nfs.c: the
 * call's procedure, file handle, names and offsets; the reply's status and attributes. Replies
 * are matched to their calls through the last 64 calls seen (client, server, xid), as tcpdump's
 * xid map does, kept per printer.
 *
 * <p>Positions are absolute in the frame; "none" is -1, where tcpdump returns NULL (its
 * truncation checks) as opposed to its fetches, which throw {@link Truncated}.
 */
final class NfsPrinter {
  private static final int NONE = -1;
  private static final int MAP = 64;
  // tcpdump's NFSPROC_ numbers after mapping version 2's
  private static final int NULL = 0, GETATTR = 1, SETATTR = 2, LOOKUP = 3, ACCESS = 4,
      READLINK = 5, READ = 6, WRITE = 7, CREATE = 8, MKDIR = 9, SYMLINK = 10, MKNOD = 11,
      REMOVE = 12, RMDIR = 13, RENAME = 14, LINK = 15, READDIR = 16, READDIRPLUS = 17,
      FSSTAT = 18, FSINFO = 19, PATHCONF = 20, COMMIT = 21, NOOP = 25;
  private static final int[] V2_PROCS = {NULL, GETATTR, SETATTR, NOOP, LOOKUP, READLINK, READ,
    NOOP, WRITE, CREATE, REMOVE, RENAME, LINK, SYMLINK, MKDIR, RMDIR, READDIR, FSSTAT, NOOP, NOOP,
    NOOP, NOOP, NOOP, NOOP, NOOP, NOOP};
  private static final String[] PROC_NAMES = {"null", "getattr", "setattr", "lookup", "access",
    "readlink", "read", "write", "create", "mkdir", "symlink", "mknod", "remove", "rmdir",
    "rename", "link", "readdir", "readdirplus", "fsstat", "fsinfo", "pathconf", "commit"};

  private final Frame f;
  private final StringBuilder out;
  private final NfsHandles handles;
  // the xid map: a ring of the last calls
  private final long[] mapXid = new long[MAP];
  private final int[] mapIpVersion = new int[MAP];
  private final byte[][] mapClient = new byte[MAP][16];
  private final byte[][] mapServer = new byte[MAP][16];
  private final long[] mapProc = new long[MAP];
  private final long[] mapVers = new long[MAP];
  private int mapNext;
  private int mapHint;
  /** tcpdump's nfserr: an error already said why the reply ends, so no cut mark. */
  private boolean nfserr;

  NfsPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
    this.handles = new NfsHandles(f);
  }

  /** {@return whether n bytes at pos were captured, for lengths up to 2^32} */
  private boolean ttest(long pos, long n) {
    return pos >= f.start && n >= 0 && pos + n <= f.end;
  }

  /** A position tcpdump would reach by pointer arithmetic; past the capture, reads there throw. */
  private int at(long pos) {
    return pos > f.end ? f.end : (int) pos;
  }

  private long u64(int p) {
    return f.u32(p) << 32 | f.u32(p + 4);
  }

  // ---- calls

  /** tcpdump's {@code nfsreq_noaddr_print}: rp is the RPC message, ip its IP header. */
  void request(int rp, int length, int ip) {
    f.proto = "nfs";
    out.append(Integer.toUnsignedString(length));
    if (!mapEnter(rp, ip)) {
      f.printTrunc();
      return;
    }
    boolean v3 = f.u32(rp + 16) == 3;
    long proc = f.u32(rp + 20);
    if (!v3 && proc < V2_PROCS.length) proc = V2_PROCS[(int) proc];
    out.append(' ');
    procName(proc);
    int dp;
    switch ((int) Math.min(proc, Integer.MAX_VALUE)) {
      case GETATTR, SETATTR, READLINK, FSSTAT, FSINFO, PATHCONF -> {
        dp = parseReq(rp, length);
        if (dp == NONE || parseFh(dp, v3) == NONE) f.printTrunc();
      }
      case LOOKUP, CREATE, MKDIR, REMOVE, RMDIR -> {
        dp = parseReq(rp, length);
        if (dp == NONE || parseFhn(dp, v3) == NONE) f.printTrunc();
      }
      case ACCESS -> {
        dp = parseReq(rp, length);
        if (dp != NONE) dp = parseFh(dp, v3);
        if (dp == NONE) {
          f.printTrunc();
          return;
        }
        access(f.u32(dp));
      }
      case READ -> {
        dp = parseReq(rp, length);
        if (dp != NONE) dp = parseFh(dp, v3);
        if (dp == NONE) {
          f.printTrunc();
          return;
        }
        // tcpdump fetches all of a line's fields before it prints any
        f.need(dp, v3 ? 12 : 8);
        if (v3) {
          out.append(' ').append(f.u32(dp + 8)).append(" bytes @ ")
              .append(Long.toUnsignedString(u64(dp)));
        } else {
          out.append(' ').append(f.u32(dp + 4)).append(" bytes @ ").append(f.u32(dp));
        }
      }
      case WRITE -> {
        dp = parseReq(rp, length);
        if (dp != NONE) dp = parseFh(dp, v3);
        if (dp == NONE) {
          f.printTrunc();
          return;
        }
        f.need(dp, v3 ? 20 : 16);
        if (v3) {
          out.append(' ').append(f.u32(dp + 16)).append(" (").append(f.u32(dp + 8))
              .append(") bytes @ ").append(Long.toUnsignedString(u64(dp)));
          if (f.opts.verbosity() > 0) {
            out.append(" <");
            writeMode(f.u32(dp + 12));
            out.append('>');
          }
        } else {
          out.append(' ').append(f.u32(dp + 12)).append(" (").append(f.u32(dp + 8))
              .append(") bytes @ ").append(f.u32(dp + 4)).append(" (").append(f.u32(dp))
              .append(')');
        }
      }
      case SYMLINK -> symlink(rp, length, v3);
      case MKNOD -> mknod(rp, length, v3);
      case RENAME, LINK -> {
        dp = parseReq(rp, length);
        if (dp != NONE) dp = proc == RENAME ? parseFhn(dp, v3) : parseFh(dp, v3);
        if (dp == NONE) {
          f.printTrunc();
          return;
        }
        out.append(" ->");
        if (parseFhn(dp, v3) == NONE) f.printTrunc();
      }
      case READDIR, READDIRPLUS -> {
        dp = parseReq(rp, length);
        if (dp != NONE) dp = parseFh(dp, v3);
        if (dp == NONE) {
          f.printTrunc();
          return;
        }
        if (proc == READDIRPLUS || v3) {
          f.need(dp, 20);
          out.append(' ').append(f.u32(dp + 16)).append(" bytes @ ").append(u64(dp));
          if (f.opts.verbosity() > 0) {
            f.need(dp, proc == READDIRPLUS ? 24 : 16);
            if (proc == READDIRPLUS) out.append(" max ").append(f.u32(dp + 20));
            out.append(" verf ");
            Text.hex8(out, f.u32(dp + 8));
            Text.hex8(out, f.u32(dp + 12));
          }
        } else {
          f.need(dp, 8);
          out.append(' ').append(f.u32(dp + 4)).append(" bytes @ ").append(f.u32(dp));
        }
      }
      case COMMIT -> {
        dp = parseReq(rp, length);
        if (dp != NONE) dp = parseFh(dp, v3);
        if (dp == NONE) {
          f.printTrunc();
          return;
        }
        f.need(dp, 12);
        out.append(' ').append(f.u32(dp + 8)).append(" bytes @ ")
            .append(Long.toUnsignedString(u64(dp)));
      }
      default -> { }
    }
  }

  private void symlink(int rp, int length, boolean v3) {
    int dp = parseReq(rp, length);
    if (dp != NONE) dp = parseFhn(dp, v3);
    if (dp == NONE) {
      f.printTrunc();
      return;
    }
    out.append(" ->");
    if (v3) dp = sattr3.parse(dp);
    if (parseFn(dp) == NONE) {
      f.printTrunc();
      return;
    }
    if (v3 && f.opts.verbosity() > 0) sattr3.print();
  }

  private void mknod(int rp, int length, boolean v3) {
    int dp = parseReq(rp, length);
    if (dp != NONE) dp = parseFhn(dp, v3);
    if (dp == NONE) {
      f.printTrunc();
      return;
    }
    long type = f.u32(dp);
    dp = sattr3.parse(dp + 4);
    out.append(' ');
    fileType(type, "unk-ft ", "");
    if (f.opts.verbosity() > 0 && (type == 4 || type == 3)) {
      f.need(dp, 8);
      out.append(' ').append(f.u32(dp)).append('/').append(f.u32(dp + 4));
    }
    if (f.opts.verbosity() > 0) sattr3.print();
  }

  private void access(long flags) {
    if ((flags & ~0x3fL) != 0) {
      out.append(' ');
      hexPad4(flags);
    } else if ((flags & 0x3f) == 0x3f) {
      out.append(" NFS_ACCESS_FULL");
    } else {
      char sep = ' ';
      String[] names = {"READ", "LOOKUP", "MODIFY", "EXTEND", "DELETE", "EXECUTE"};
      for (int i = 0; i < 6; i++) {
        if ((flags & (1 << i)) != 0) {
          out.append(sep).append("NFS_ACCESS_").append(names[i]);
          sep = '|';
        }
      }
    }
  }

  /** C's %04x. */
  private void hexPad4(long v) {
    String h = Long.toHexString(v);
    for (int i = h.length(); i < 4; i++) out.append('0');
    out.append(h);
  }

  private void procName(long proc) {
    if (proc == NOOP) out.append("nop");
    else if (proc < PROC_NAMES.length) out.append(PROC_NAMES[(int) proc]);
    else out.append("proc-").append(proc);
  }

  private void writeMode(long m) {
    if (m == 0) out.append("unstable");
    else if (m == 1) out.append("datasync");
    else if (m == 2) out.append("filesync");
    else out.append('#').append((int) m);
  }

  private void fileType(long t, String unknownPrefix, String unknownSuffix) {
    switch ((int) Math.min(t, 8)) {
      case 0 -> out.append("NON");
      case 1 -> out.append("REG");
      case 2 -> out.append("DIR");
      case 3 -> out.append("BLK");
      case 4 -> out.append("CHR");
      case 5 -> out.append("LNK");
      case 7 -> out.append("FIFO");
      default -> out.append(unknownPrefix).append(t).append(unknownSuffix);
    }
  }

  /** tcpdump's parsereq: past the credentials and verifier of a call, or NONE. */
  private int parseReq(int rp, long length) {
    long dp = rp + 24;
    if (length < 8) return NONE;
    long len = f.u32(at(dp + 4));
    long rounded = (len + 3) & 0xfffffffcL;
    if (!ttest(dp + 8, rounded)) return NONE;
    if (8 + rounded > length) return NONE;
    // tcpdump adds 2 * sizeof(*dp) + 3, a size_t: on a 64-bit host a length near 2^32 does not
    // wrap (its rounded length does) and the verifier is read gigabytes past the capture
    dp += 4 * ((len + 11) / 4);
    length -= 8 + rounded;
    if (length < 8) return NONE;
    len = f.u32(at(dp + 4));
    rounded = (len + 3) & 0xfffffffcL;
    if (!ttest(dp + 8, rounded)) return NONE;
    if (8 + rounded >= length) return NONE;
    dp += 4 * ((len + 11) / 4);
    return at(dp);
  }

  /** A file handle: version 3's counted, version 2's 32 bytes. */
  private int parseFh(int dp, boolean v3) {
    long len;
    if (v3) {
      len = f.u32(dp) / 4;
      dp += 4;
    } else {
      len = 8;
    }
    if (!ttest(dp, len * 4)) return NONE;
    handles.print(dp, (int) len);
    return dp + (int) len * 4;
  }

  /** A counted file name, in quotes. */
  private int parseFn(int dp) {
    long len = f.u32(dp);
    dp += 4;
    if (0xffffffffL - len < 3) {
      out.append("[cannot pad to 32-bit boundaries]");
      f.printInvalid();
      return NONE;
    }
    long rounded = (len + 3) & ~3L;
    if (!ttest(dp, rounded)) return NONE;
    out.append('"');
    for (int i = 0; i < len; i++) DnsNames.charEscaped(out, f.u8(dp + i));
    out.append('"');
    return dp + (int) rounded;
  }

  private int parseFhn(int dp, boolean v3) {
    dp = parseFh(dp, v3);
    if (dp == NONE) return NONE;
    out.append(' ');
    return parseFn(dp);
  }

  /** Version 3's settable attributes: read first, printed after the name. */
  private final Sattr3 sattr3 = new Sattr3();

  private final class Sattr3 {
    long modeSet, mode, uidSet, uid, gidSet, gid, atimeType, atimeSec, atimeNsec, mtimeType,
        mtimeSec, mtimeNsec;

    int parse(int dp) {
      modeSet = f.u32(dp);
      dp += 4;
      if (modeSet != 0) {
        mode = f.u32(dp);
        dp += 4;
      }
      uidSet = f.u32(dp);
      dp += 4;
      if (uidSet != 0) {
        uid = f.u32(dp);
        dp += 4;
      }
      gidSet = f.u32(dp);
      dp += 4;
      if (gidSet != 0) {
        gid = f.u32(dp);
        dp += 4;
      }
      long sizeSet = f.u32(dp);
      dp += 4;
      if (sizeSet != 0) {
        f.u32(dp);
        dp += 4;
      }
      atimeType = f.u32(dp);
      dp += 4;
      if (atimeType == 2) {
        atimeSec = f.u32(dp);
        atimeNsec = f.u32(dp + 4);
        dp += 8;
      }
      mtimeType = f.u32(dp);
      dp += 4;
      if (mtimeType == 2) {
        mtimeSec = f.u32(dp);
        mtimeNsec = f.u32(dp + 4);
        dp += 8;
      }
      return dp;
    }

    void print() {
      if (modeSet != 0) out.append(" mode ").append(Long.toOctalString(mode));
      if (uidSet != 0) out.append(" uid ").append(uid);
      if (gidSet != 0) out.append(" gid ").append(gid);
      if (f.opts.verbosity() > 1) {
        if (atimeType == 2) time(" atime ", atimeSec, atimeNsec);
        if (mtimeType == 2) time(" mtime ", mtimeSec, mtimeNsec);
      }
    }
  }

  private void time(String label, long sec, long frac) {
    out.append(label).append(sec).append('.');
    Text.zeroPad(out, frac, 6);
  }

  // ---- the xid map

  private boolean mapEnter(int rp, int ip) {
    if (!f.has(rp + 20, 4)) return false;
    int version = f.u8(ip) >> 4;
    if (version != 4 && version != 6) return true;
    int i = mapNext;
    if (++mapNext >= MAP) mapNext = 0;
    mapXid[i] = f.u32(rp);
    mapIpVersion[i] = version;
    if (version == 4) {
      System.arraycopy(f.b, ip + 12, mapClient[i], 0, 4);
      System.arraycopy(f.b, ip + 16, mapServer[i], 0, 4);
    } else {
      System.arraycopy(f.b, ip + 8, mapClient[i], 0, 16);
      System.arraycopy(f.b, ip + 24, mapServer[i], 0, 16);
    }
    mapProc[i] = f.u32(rp + 20);
    mapVers[i] = f.u32(rp + 16);
    return true;
  }

  /** {@return the map entry of the call this reply answers, or -1} */
  private int mapFind(int rp, int ip) {
    long xid = f.u32(rp);
    int version = f.u8(ip) >> 4;
    int i = mapHint;
    do {
      if (mapIpVersion[i] == version && mapXid[i] == xid) {
        boolean match = switch (version) {
          case 4 -> same(ip + 12, mapServer[i], 4) && same(ip + 16, mapClient[i], 4);
          case 6 -> same(ip + 8, mapServer[i], 16) && same(ip + 24, mapClient[i], 16);
          default -> false;
        };
        if (match) {
          mapHint = i;
          return i;
        }
      }
      if (++i >= MAP) i = 0;
    } while (i != mapHint);
    return -1;
  }

  private boolean same(int p, byte[] a, int n) {
    f.need(p, n);
    for (int i = 0; i < n; i++) if (f.b[p + i] != a[i]) return false;
    return true;
  }

  // ---- replies

  /** tcpdump's {@code nfsreply_print}: {@code -T rpc} replies, with their own address line. */
  void replyWithAddresses(int rp, int length, int ip) {
    f.proto = "nfs";
    long xid = f.u32(rp);
    String src = f.opts.numeric() ? "2049" : "nfs";
    int version = f.u8(ip) >> 4;
    if (version == 4) {
      f.ip4(ip + 12);
      out.append('.').append(src).append(" > ");
      f.ip4(ip + 16);
    } else if (version == 6) {
      f.need(ip + 8, 32);
      f.names.ip6(out, f.b, ip + 8);
      out.append('.').append(src).append(" > ");
      f.names.ip6(out, f.b, ip + 24);
    } else {
      out.append("?.").append(src).append(" > ?");
    }
    out.append('.').append(xid).append(": ");
    reply(rp, length, ip);
  }

  /** tcpdump's {@code nfsreply_noaddr_print}. */
  void reply(int rp, int length, int ip) {
    f.proto = "nfs";
    // tcpdump's checks here end the line with the cut mark and return: the -x dump still
    // starts after the link header, unlike a fetch past the capture
    if (!f.has(rp + 8, 4)) {
      f.printTrunc();
      return;
    }
    long stat = f.u32(rp + 8);
    if (stat == 0) {
      out.append("reply ok ").append(Integer.toUnsignedString(length));
      int m = mapFind(rp, ip);
      if (m >= 0) interpret(rp, mapProc[m], mapVers[m], length);
    } else if (stat == 1) {
      out.append("reply ERR ").append(Integer.toUnsignedString(length)).append(": ");
      if (!f.has(rp + 12, 4)) {
        f.printTrunc();
        return;
      }
      long rstat = f.u32(rp + 12);
      if (rstat == 0) {
        if (!f.has(rp + 20, 4)) {
          f.printTrunc();
          return;
        }
        out.append("RPC Version mismatch (").append(f.u32(rp + 16)).append('-')
            .append(f.u32(rp + 20)).append(')');
      } else if (rstat == 1) {
        if (!f.has(rp + 16, 4)) {
          f.printTrunc();
          return;
        }
        out.append("Auth ");
        authError(f.u32(rp + 16));
      } else {
        out.append("Unknown reason for rejecting rpc message ").append(rstat);
      }
    } else {
      out.append("reply Unknown rpc response code=").append(stat).append(' ')
          .append(Integer.toUnsignedString(length));
    }
  }

  private void authError(long why) {
    out.append(switch ((int) Math.min(why, 8)) {
      case 0 -> "OK";
      case 1 -> "Bogus Credentials (seal broken)";
      case 2 -> "Rejected Credentials (client should begin new session)";
      case 3 -> "Bogus Verifier (seal broken)";
      case 4 -> "Verifier expired or was replayed";
      case 5 -> "Credentials are too weak";
      case 6 -> "Bogus response verifier";
      case 7 -> "Unknown failure";
      default -> "Invalid failure code " + why;
    });
  }

  private void interpret(int rp, long proc, long vers, int length) {
    boolean v3 = vers == 3;
    if (!v3 && proc < V2_PROCS.length) proc = V2_PROCS[(int) proc];
    out.append(' ');
    procName(proc);
    nfserr = false;
    if (!interpretOk(rp, proc, v3, length) && !nfserr) f.printTrunc();
  }

  /** {@return false where tcpdump jumps to its trunc label} */
  private boolean interpretOk(int rp, long proc, boolean v3, int length) {
    int vflag = f.opts.verbosity();
    if (proc == NULL || proc > COMMIT) return true; // tcpdump reads no further
    int dp = parseRep(rp, length);
    if (dp == NONE) return false;
    switch ((int) proc) {
      case GETATTR -> {
        return attrStat(dp, f.opts.quiet() ? 0 : 1, v3);
      }
      case SETATTR -> {
        return v3 ? wccRes(dp, vflag) != NONE : attrStat(dp, f.opts.quiet() ? 0 : 1, false);
      }
      case LOOKUP -> {
        if (!v3) return dirOpRes(dp);
        dp = status(dp);
        if (er != 0) {
          if (vflag > 1) {
            out.append(" post dattr:");
            return postOpAttr(dp, vflag) != NONE;
          }
          return true;
        }
        dp = parseFh(dp, true);
        if (dp == NONE) return false;
        dp = postOpAttr(dp, vflag);
        if (dp == NONE) return false;
        if (vflag > 1) {
          out.append(" post dattr:");
          return postOpAttr(dp, vflag) != NONE;
        }
        return true;
      }
      case ACCESS -> {
        dp = status(dp);
        long e = er;
        if (vflag > 0) out.append(" attr:");
        dp = postOpAttr(dp, vflag);
        if (dp == NONE) return false;
        if (e == 0) {
          long c = f.u32(dp);
          out.append(" c ");
          hexPad4(c);
        }
        return true;
      }
      case READLINK -> {
        dp = status(dp);
        if (er != 0) return true;
        if (v3) {
          dp = postOpAttr(dp, vflag);
          if (dp == NONE) return false;
        }
        out.append(' ');
        return parseFn(dp) != NONE;
      }
      case READ -> {
        if (!v3) return attrStat(dp, vflag, false);
        dp = status(dp);
        long e = er;
        dp = postOpAttr(dp, vflag);
        if (dp == NONE) return false;
        if (e == 0 && vflag > 0) {
          long count = f.u32(dp);
          out.append(' ').append(count).append(" bytes");
          if (f.u32(dp + 4) != 0) out.append(" EOF");
        }
        return true;
      }
      case WRITE -> {
        if (!v3) return attrStat(dp, vflag, false);
        dp = status(dp);
        long e = er;
        dp = wccData(dp, vflag);
        if (dp == NONE) return false;
        if (e == 0 && vflag > 0) {
          long count = f.u32(dp);
          out.append(' ').append(count).append(" bytes");
          if (vflag > 1) {
            long mode = f.u32(dp + 4);
            out.append(" <");
            writeMode(mode);
            out.append('>');
            long verf = u64(dp + 8);
            out.append(" verf ").append(Long.toHexString(verf));
          }
        }
        return true;
      }
      case CREATE, MKDIR -> {
        return v3 ? createOpRes(dp, vflag) != NONE : dirOpRes(dp);
      }
      case SYMLINK -> {
        if (v3) return createOpRes(dp, vflag) != NONE;
        status(dp);
        return true;
      }
      case MKNOD -> {
        return createOpRes(dp, vflag) != NONE;
      }
      case REMOVE, RMDIR -> {
        if (v3) return wccRes(dp, vflag) != NONE;
        status(dp);
        return true;
      }
      case RENAME, LINK -> {
        dp = status(dp);
        if (!v3 || vflag == 0) return true;
        boolean rename = proc == RENAME;
        out.append(rename ? " from:" : " file POST:");
        dp = rename ? wccData(dp, vflag) : postOpAttr(dp, vflag);
        if (dp == NONE) return false;
        out.append(rename ? " to:" : " dir:");
        return wccData(dp, vflag) != NONE;
      }
      case READDIR -> {
        return v3 ? v3ReaddirRes(dp, vflag) != NONE : readdirRes(dp);
      }
      case READDIRPLUS -> {
        return v3ReaddirRes(dp, vflag) != NONE;
      }
      case FSSTAT -> {
        return statfs(dp, v3);
      }
      case FSINFO -> {
        return fsinfo(dp);
      }
      case PATHCONF -> {
        return pathconf(dp);
      }
      case COMMIT -> {
        dp = wccRes(dp, vflag);
        if (dp == NONE) return false;
        if (vflag > 1) {
          long verf = u64(dp);
          out.append(" verf ").append(Long.toHexString(verf));
        }
        return true;
      }
      default -> {
        return true;
      }
    }
  }

  /** tcpdump's parserep: past the verifier and an accepted status, or NONE. */
  private int parseRep(int rp, int length) {
    long dp = rp + 12;
    long len = f.u32(rp + 16);
    if (len >= (length & 0xffffffffL)) return NONE;
    dp += 4 * (((len + 11) & 0xffffffffL) / 4);
    int p = at(dp);
    long astat = f.u32(p);
    if (astat != 0) {
      out.append(' ').append(switch ((int) Math.min(astat, 6)) {
        case 1 -> "PROG_UNAVAIL";
        case 2 -> "PROG_MISMATCH";
        case 3 -> "PROC_UNAVAIL";
        case 4 -> "GARBAGE_ARGS";
        case 5 -> "SYSTEM_ERR";
        default -> "ar_stat " + astat;
      });
      nfserr = true;
      return NONE;
    }
    return p + 4;
  }

  /** The status parsestatus read last. */
  private long er;

  private int status(int dp) {
    er = f.u32(dp);
    if (er != 0) {
      if (!f.opts.quiet()) {
        out.append(" ERROR: ");
        statusName(er);
      }
      nfserr = true;
    }
    return dp + 4;
  }

  private void statusName(long e) {
    String s = switch ((int) Math.min(e, 100000)) {
      case 1 -> "Operation not permitted";
      case 2 -> "No such file or directory";
      case 5 -> "Input/output error";
      case 6 -> "Device not configured";
      case 11 -> "Resource deadlock avoided";
      case 12 -> "Cannot allocate memory";
      case 13 -> "Permission denied";
      case 17 -> "File exists";
      case 18 -> "Cross-device link";
      case 19 -> "Operation not supported by device";
      case 20 -> "Not a directory";
      case 21 -> "Is a directory";
      case 22 -> "Invalid argument";
      case 26 -> "Text file busy";
      case 27 -> "File too large";
      case 28 -> "No space left on device";
      case 30 -> "Read-only file system";
      case 31 -> "Too many links";
      case 45 -> "Operation not supported";
      case 62 -> "Too many levels of symbolic links";
      case 63 -> "File name too long";
      case 66 -> "Directory not empty";
      case 69 -> "Disc quota exceeded";
      case 70 -> "Stale NFS file handle";
      case 71 -> "Too many levels of remote in path";
      case 99 -> "Write cache flushed to disk";
      case 10001 -> "Illegal NFS file handle";
      case 10002 -> "Update synchronization mismatch";
      case 10003 -> "READDIR/READDIRPLUS cookie is stale";
      case 10004 -> "Operation not supported";
      case 10005 -> "Buffer or request is too small";
      case 10006 -> "Unspecified error on server";
      case 10007 -> "Object of that type not supported";
      case 10008 -> "Request couldn't be completed in time";
      default -> null;
    };
    if (s != null) out.append(s);
    else out.append("unk ").append(e);
  }

  private int fattr(int dp, int verbose, boolean v3) {
    if (!f.has(dp + 16, 4)) return NONE;
    if (verbose > 0) {
      out.append(' ');
      fileType(f.u32(dp), "unk-ft ", " ");
      out.append(' ').append(Long.toOctalString(f.u32(dp + 4))).append(" ids ")
          .append(f.i32(dp + 12)).append('/').append(f.i32(dp + 16));
      long size = v3 ? u64(dp + 20) : f.u32(dp + 20);
      out.append(" sz ").append(Long.toUnsignedString(size));
    }
    if (verbose > 1) {
      if (v3) {
        if (!f.has(dp + 76, 8)) return NONE;
        out.append(" nlink ").append(f.u32(dp + 8)).append(" rdev ").append(f.u32(dp + 36))
            .append('/').append(f.u32(dp + 40));
        out.append(" fsid ").append(Long.toHexString(u64(dp + 44)));
        out.append(" fileid ").append(Long.toHexString(u64(dp + 52)));
        time(" a/m/ctime ", f.u32(dp + 60), f.u32(dp + 64));
        time(" ", f.u32(dp + 68), f.u32(dp + 72));
        time(" ", f.u32(dp + 76), f.u32(dp + 80));
      } else {
        if (!f.has(dp + 60, 8)) return NONE;
        out.append(" nlink ").append(f.u32(dp + 8)).append(" rdev 0x")
            .append(Long.toHexString(f.u32(dp + 28))).append(" fsid 0x")
            .append(Long.toHexString(f.u32(dp + 36))).append(" nodeid 0x")
            .append(Long.toHexString(f.u32(dp + 40))).append(" a/m/ctime");
        time(" ", f.u32(dp + 44), f.u32(dp + 48));
        time(" ", f.u32(dp + 52), f.u32(dp + 56));
        time(" ", f.u32(dp + 60), f.u32(dp + 64));
      }
    }
    return dp + (v3 ? 84 : 68);
  }

  private boolean attrStat(int dp, int verbose, boolean v3) {
    dp = status(dp);
    if (er != 0) return true;
    return fattr(dp, verbose, v3) != NONE;
  }

  private boolean dirOpRes(int dp) {
    dp = status(dp);
    if (er != 0) return true;
    dp = parseFh(dp, false);
    if (dp == NONE) return false;
    return fattr(dp, f.opts.verbosity(), false) != NONE;
  }

  private boolean statfs(int dp, boolean v3) {
    dp = status(dp);
    if (!v3 && er != 0) return true;
    if (f.opts.quiet()) return true;
    int vflag = f.opts.verbosity();
    if (v3) {
      if (vflag > 0) out.append(" POST:");
      dp = postOpAttr(dp, vflag);
      if (dp == NONE) return false;
    }
    if (!f.has(dp, v3 ? 52 : 20)) return false;
    if (v3) {
      out.append(" tbytes ").append(Long.toUnsignedString(u64(dp))).append(" fbytes ")
          .append(Long.toUnsignedString(u64(dp + 8))).append(" abytes ")
          .append(Long.toUnsignedString(u64(dp + 16)));
      if (vflag > 0) {
        out.append(" tfiles ").append(Long.toUnsignedString(u64(dp + 24))).append(" ffiles ")
            .append(Long.toUnsignedString(u64(dp + 32))).append(" afiles ")
            .append(Long.toUnsignedString(u64(dp + 40))).append(" invar ")
            .append(f.u32(dp + 48));
      }
    } else {
      out.append(" tsize ").append(f.u32(dp)).append(" bsize ").append(f.u32(dp + 4))
          .append(" blocks ").append(f.u32(dp + 8)).append(" bfree ").append(f.u32(dp + 12))
          .append(" bavail ").append(f.u32(dp + 16));
    }
    return true;
  }

  private boolean readdirRes(int dp) {
    dp = status(dp);
    if (er != 0 || f.opts.quiet()) return true;
    f.need(dp, 8);
    out.append(" offset 0x").append(Long.toHexString(f.u32(dp))).append(" size ")
        .append(f.u32(dp + 4)).append(' ');
    if (f.u32(dp + 8) != 0) out.append(" eof");
    return true;
  }

  private int preOpAttr(int dp, int verbose) {
    if (f.u32(dp) == 0) return dp + 4;
    dp += 4;
    if (!f.has(dp, 24)) return NONE;
    if (verbose > 1) {
      out.append(" sz ").append(Long.toUnsignedString(u64(dp)));
      time(" mtime ", f.u32(dp + 8), f.u32(dp + 12));
      time(" ctime ", f.u32(dp + 16), f.u32(dp + 20));
    }
    return dp + 24;
  }

  private int postOpAttr(int dp, int verbose) {
    if (f.u32(dp) == 0) return dp + 4;
    dp += 4;
    if (verbose > 0) return fattr(dp, verbose, true);
    return dp + 84;
  }

  private int wccData(int dp, int verbose) {
    if (verbose > 1) out.append(" PRE:");
    dp = preOpAttr(dp, verbose);
    if (dp == NONE) return NONE;
    if (verbose > 0) out.append(" POST:");
    return postOpAttr(dp, verbose);
  }

  private int createOpRes(int dp, int verbose) {
    dp = status(dp);
    if (er != 0) return wccData(dp, verbose);
    if (f.u32(dp) == 0) return dp + 4;
    dp = parseFh(dp + 4, true);
    if (dp == NONE) return NONE;
    if (verbose > 0) {
      dp = postOpAttr(dp, verbose);
      if (dp == NONE) return NONE;
      if (f.opts.verbosity() > 1) {
        out.append(" dir attr:");
        dp = wccData(dp, verbose);
      }
    }
    return dp;
  }

  private int wccRes(int dp, int verbose) {
    dp = status(dp);
    return wccData(dp, verbose);
  }

  private int v3ReaddirRes(int dp, int verbose) {
    dp = status(dp);
    long e = er;
    if (f.opts.verbosity() > 0) out.append(" POST:");
    dp = postOpAttr(dp, verbose);
    if (dp == NONE) return NONE;
    if (e != 0) return dp;
    if (f.opts.verbosity() > 0) {
      f.need(dp, 8);
      out.append(" verf ");
      Text.hex8(out, f.u32(dp));
      Text.hex8(out, f.u32(dp + 4));
      dp += 8;
    }
    return dp;
  }

  /**
   * fsinfo's and pathconf's start: status and post-op attributes; {@return where the result
   * starts, NONE if cut, or ERROR after a failed status}
   */
  private int statusAndPost(int dp) {
    int vflag = f.opts.verbosity();
    dp = status(dp);
    long e = er;
    if (vflag > 0) out.append(" POST:");
    dp = postOpAttr(dp, vflag);
    if (dp == NONE) return NONE;
    return e != 0 ? ERROR : dp;
  }

  private static final int ERROR = -2;

  private boolean fsinfo(int dp) {
    int vflag = f.opts.verbosity();
    dp = statusAndPost(dp);
    if (dp == NONE) return false;
    if (dp == ERROR) return true;
    if (!f.has(dp, 48)) return false;
    out.append(" rtmax ").append(f.u32(dp)).append(" rtpref ").append(f.u32(dp + 4))
        .append(" wtmax ").append(f.u32(dp + 12)).append(" wtpref ").append(f.u32(dp + 16))
        .append(" dtpref ").append(f.u32(dp + 24));
    if (vflag > 0) {
      out.append(" rtmult ").append(f.u32(dp + 8)).append(" wtmult ").append(f.u32(dp + 20))
          .append(" maxfsz ").append(Long.toUnsignedString(u64(dp + 28)));
      time(" delta ", f.u32(dp + 36), f.u32(dp + 40));
      out.append(' ');
    }
    return true;
  }

  private boolean pathconf(int dp) {
    dp = statusAndPost(dp);
    if (dp == NONE) return false;
    if (dp == ERROR) return true;
    if (!f.has(dp, 24)) return false;
    out.append(" linkmax ").append(f.u32(dp)).append(" namemax ").append(f.u32(dp + 4))
        .append(' ').append(f.u32(dp + 8) != 0 ? "notrunc" : "")
        .append(' ').append(f.u32(dp + 12) != 0 ? "chownres" : "")
        .append(' ').append(f.u32(dp + 16) != 0 ? "igncase" : "")
        .append(' ').append(f.u32(dp + 20) != 0 ? "keepcase" : "");
    return true;
  }
}
