package io.jdump.print;

/**
 * tcpdump's {@code nfs_printfh} and {@code Parse_fh}: guesses which server OS made an NFS file
 * handle from its bytes, then prints " fh MAJOR,MINOR/INODE", a VMS device name, or
 * " fh Unknown/HEX" when no guess fits.
 */
final class NfsHandles {
  private enum Kind { UNKNOWN, AUSPEX, DECOSF, IRIX4, SUNOS4, SUNOS5, ULTRIX, VMSUCX, HPUX9, BSD44 }

  private final Frame f;
  private final StringBuilder out;

  NfsHandles(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  private int u8(int p) {
    return f.u8(p);
  }

  private long le32(int p) {
    return (long) f.i32le(p) & 0xffffffffL;
  }

  private Kind kind(int fh, int len) {
    if (len < 4) return Kind.UNKNOWN;
    if (u8(fh) == 0 && u8(fh + 1) == 0) {
      if (u8(fh + 2) == 0 && u8(fh + 3) == 0) return Kind.AUSPEX;
      if (u8(fh + 4) != 0 && u8(fh + 5) == 0 && u8(fh + 8) == 12 && u8(fh + 9) == 0) {
        return Kind.DECOSF;
      }
      if (u8(fh + 4) == 0 && u8(fh + 5) == 8 && u8(fh + 6) == 0 && u8(fh + 7) == 0) {
        return Kind.IRIX4;
      }
      return Kind.SUNOS4;
    }
    if (u8(fh + 2) == 0 && u8(fh + 3) == 0) {
      if (u8(fh + 6) == 0 && u8(fh + 7) == 0) return Kind.BSD44;
      if (len >= 6 && u8(fh + 21) == 0 && u8(fh + 23) == 0) return Kind.ULTRIX;
      return u8(fh + 9) == 10 ? Kind.SUNOS5 : Kind.UNKNOWN;
    }
    if (u8(fh + 8) == 12 && u8(fh + 9) == 0) return Kind.DECOSF;
    if (u8(fh + 8) == 0 && u8(fh + 9) == 10) {
      if (u8(fh + 7) == 0 && u8(fh + 6) == 0 && u8(fh + 5) == 0 && u8(fh + 4) == 0) {
        return Kind.HPUX9;
      }
      return Kind.SUNOS5;
    }
    return isUcx(fh, len) ? Kind.VMSUCX : Kind.UNKNOWN;
  }

  private boolean isUcx(int fh, int len) {
    if (len < 7) return false;
    boolean seenNull = false;
    for (int i = 1; i < 14; i++) {
      int c = u8(fh + i);
      if (c >= 0x20 && c < 0x7f) {
        if (seenNull) return false;
      } else if (c == 0) {
        seenNull = true;
      } else {
        return false;
      }
    }
    return true;
  }

  /** The handle of len 32-bit words at fh, all captured. */
  void print(int fh, int len) {
    if (f.opts.rawNfsHandles()) {
      // -u: the words as they are, big-endian (no guess at the server's byte order)
      out.append(" fh[");
      for (int i = 0; i < len; i++) {
        if (i > 0) out.append(':');
        Text.hex(out, f.u32(fh + 4 * i));
      }
      out.append(']');
      return;
    }
    Kind k = kind(fh, len);
    long major;
    long minor;
    long ino;
    switch (k) {
      case AUSPEX -> {
        minor = u8(fh + 7);
        major = u8(fh + 6);
        ino = f.u32(fh + 12);
      }
      case BSD44 -> {
        minor = u8(fh);
        major = u8(fh + 1);
        ino = le32(fh + 12);
      }
      case DECOSF -> {
        long t = le32(fh);
        minor = t & 0xfffff;
        major = (t >> 20) & 0xfff;
        ino = le32(fh + 12);
      }
      case IRIX4 -> {
        minor = u8(fh + 3);
        major = u8(fh + 2);
        ino = f.u32(fh + 8);
      }
      case SUNOS4 -> {
        minor = u8(fh + 3);
        major = u8(fh + 2);
        ino = f.u32(fh + 12);
      }
      case SUNOS5 -> {
        major = (f.u16(fh) >> 2) & 0x3fff;
        minor = f.u24(fh + 1) & 0x3ffff;
        ino = f.u32(fh + 12);
      }
      case ULTRIX -> {
        minor = u8(fh);
        major = u8(fh + 1);
        ino = le32(fh + 4);
      }
      case HPUX9 -> {
        major = u8(fh);
        minor = f.u24(fh + 1);
        ino = f.u32(fh + 12);
      }
      case VMSUCX -> {
        ino = (long) u8(fh + 26) << 24 | (long) u8(fh + 27) << 16 | f.u16le(fh + 22);
        vms(fh, len, ino);
        return;
      }
      default -> {
        unknown(fh, len);
        return;
      }
    }
    out.append(" fh ").append(major).append(',').append(minor).append('/');
    // a minor of 257 makes tcpdump print a buffer these kinds never fill: nothing here
    if (minor != 257) out.append(ino);
  }

  /** " fh NAME/INO": the device name after the first byte, as long as the handle's word count. */
  private void vms(int fh, int len, long ino) {
    out.append(" fh ");
    int n = Math.min(len, 64);
    for (int i = 0; i < n; i++) {
      int c = u8(fh + 1 + i);
      if (c == 0 || c == ' ') break;
      out.append((char) c);
    }
    out.append('/');
    if (le32(fh) == 257) {
      // tcpdump copied the handle's first 14 bytes over its fsid: bytes 8 to 13 are the text
      for (int i = 8; i < 14; i++) {
        int c = u8(fh + i);
        if (c == 0) break;
        out.append((char) c);
      }
    } else {
      out.append(ino);
    }
  }

  private void unknown(int fh, int len) {
    out.append(" fh ").append("Unknown", 0, Math.min(len, 7)).append('/');
    for (int i = 0; i < len * 4 && i * 2 < 64; i++) {
      int b = u8(fh + i);
      out.append(HEX[b >> 4]).append(HEX[b & 15]);
    }
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}
