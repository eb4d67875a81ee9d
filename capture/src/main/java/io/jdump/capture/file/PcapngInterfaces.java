package io.jdump.capture.file;

import io.jdump.bpf.LinkType;
import io.jdump.capture.CaptureFileException;
import io.jdump.capture.Packet;
import java.util.Arrays;

/**
 * The interfaces of the current pcapng section, from their Interface Description Blocks: link
 * type, snapshot length, and how to turn a raw timestamp into nanoseconds (if_tsresol, a
 * negative power of 10 or of 2, and if_tsoffset, seconds). Arrays grow per interface, never
 * per packet.
 *
 * <pre>{@code
 * interfaces.add(buf, bodyOff, bodyLen, Endian.LITTLE);
 * long ns = interfaces.nanos(0, ((long) high << 32) | (low & 0xffffffffL));
 * }</pre>
 */
final class PcapngInterfaces {
  static final int BT_IDB = 1;

  private static final int OPT_ENDOFOPT = 0;
  private static final int IF_TSRESOL = 9;
  private static final int IF_TSOFFSET = 14;
  private static final long NANOS_PER_SECOND = 1_000_000_000L;
  /** 10^0 .. 10^19; 10^19 only fits as an unsigned 64-bit value, which is how it is used. */
  private static final long[] POW10 = new long[20];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) POW10[i] = POW10[i - 1] * 10;
  }

  private int count;
  private int[] dlt = new int[4];
  private int[] snapshot = new int[4];
  /** Power of ten of the resolution (6 for microseconds), or -1 when it is a power of two. */
  private int[] decimalDigits = new int[4];
  /** Power of two of the resolution when {@code decimalDigits} is -1. */
  private int[] binaryShift = new int[4];
  private long[] offsetSeconds = new long[4];
  /** What {@link #convert} found: nanoseconds, and libpcap's tv_sec and tv_usec (micro, nano). */
  private long stampNanos;
  private long tvSec;
  private long tvMicros;
  private long tvNanos;

  /** {@return how many interfaces this section has described so far} */
  int count() {
    return count;
  }

  /** Forgets the interfaces: a new section describes its own. */
  void clear() {
    count = 0;
  }

  int dlt(int id) {
    return dlt[id];
  }

  int snapshot(int id) {
    return snapshot[id];
  }

  /** {@return true when the interface's timestamps are finer than a microsecond} */
  boolean finerThanMicros(int id) {
    return decimalDigits[id] < 0 ? binaryShift[id] > 19 : decimalDigits[id] > 6;
  }

  /**
   * Adds the interface an IDB body describes, checking its options as libpcap 1.10 does.
   *
   * @param off where the body (after block type and length) starts in {@code b}
   * @param len the body's length, trailer excluded
   */
  void add(byte[] b, int off, int len, Endian e) throws CaptureFileException {
    if (len < 8) throw PcapngReader.tooShort(BT_IDB);
    if (count == dlt.length) grow();
    int id = count;
    dlt[id] = LinkType.dltForLinkType(e.u16(b, off));
    snapshot[id] = Snaplen.adjust(dlt[id], e.i32(b, off + 4));
    decimalDigits[id] = 6; // the default: microseconds
    binaryShift[id] = 0;
    offsetSeconds[id] = 0;
    readOptions(id, b, off + 8, off + len, e);
    count++;
  }

  private void readOptions(int id, byte[] b, int p, int end, Endian e)
      throws CaptureFileException {
    boolean sawResolution = false;
    boolean sawOffset = false;
    while (p != end) {
      if (end - p < 4) throw PcapngReader.tooShort(BT_IDB);
      int code = e.u16(b, p);
      int length = e.u16(b, p + 2);
      int padded = (length + 3) & ~3;
      p += 4;
      if (end - p < padded) throw PcapngReader.tooShort(BT_IDB);
      int value = p;
      p += padded;
      switch (code) {
        case OPT_ENDOFOPT -> {
          if (length != 0) throw idbError("has opt_endofopt option with length " + length + " != 0");
          return;
        }
        case IF_TSRESOL -> {
          if (length != 1) throw idbError("has if_tsresol option with length " + length + " != 1");
          if (sawResolution) throw idbError("has more than one if_tsresol option");
          sawResolution = true;
          setResolution(id, b[value] & 0xff);
        }
        case IF_TSOFFSET -> {
          if (length != 8) throw idbError("has if_tsoffset option with length " + length + " != 8");
          if (sawOffset) throw idbError("has more than one if_tsoffset option");
          sawOffset = true;
          offsetSeconds[id] = e.i64(b, value);
        }
        default -> { } // names, addresses, filters, comments: not needed to read packets
      }
    }
  }

  private void setResolution(int id, int tsresol) throws CaptureFileException {
    if ((tsresol & 0x80) != 0) {
      int shift = tsresol & 0x7f;
      if (shift > 63) throw idbError("if_tsresol option resolution 2^-" + shift + " is too high");
      decimalDigits[id] = -1;
      binaryShift[id] = shift;
    } else {
      if (tsresol > 19) throw idbError("if_tsresol option resolution 10^-" + tsresol + " is too high");
      decimalDigits[id] = tsresol;
    }
  }

  private static CaptureFileException idbError(String what) {
    return new CaptureFileException("Interface Description Block " + what);
  }

  /**
   * Converts a raw (unsigned 64-bit) time stamp of interface {@code id}: nanoseconds since the
   * epoch, {@link #timestampNanos()}, and libpcap 1.10's struct timeval, which
   * {@link #setTimeval} gives a packet. Valid until the next call.
   */
  void convert(int id, long raw) {
    int digits = decimalDigits[id];
    long units;
    long fraction;
    // microseconds and nanoseconds, nearly every file's, divide by constants
    if (digits == 6) {
      units = divideUnsigned(raw, 1_000_000L);
      fraction = raw - units * 1_000_000L;
    } else if (digits == 9) {
      units = divideUnsigned(raw, NANOS_PER_SECOND);
      fraction = raw - units * NANOS_PER_SECOND;
    } else if (digits >= 0) {
      units = divideUnsigned(raw, POW10[digits]);
      fraction = raw - units * POW10[digits];
    } else {
      int shift = binaryShift[id];
      units = shift == 0 ? raw : raw >>> shift;
      fraction = shift == 0 ? 0 : raw & ((1L << shift) - 1);
    }
    long seconds = units + offsetSeconds[id];
    long fractionNanos;
    if (digits >= 0) {
      fractionNanos = digits <= 9 ? fraction * POW10[9 - digits]
          : divideUnsigned(fraction, POW10[digits - 9]);
    } else {
      fractionNanos = scaleBinaryFraction(fraction, binaryShift[id]);
    }
    stampNanos = seconds * NANOS_PER_SECOND + fractionNanos;
    tvSec = seconds;
    if (digits == 6) {
      tvMicros = fraction;
      tvNanos = fraction * 1000;
    } else if (digits == 9) {
      tvMicros = fraction / 1000;
      tvNanos = fraction;
    } else {
      tvMicros = libpcapFraction(id, fraction, 1_000_000L);
      tvNanos = libpcapFraction(id, fraction, NANOS_PER_SECOND);
    }
  }

  /** {@return the nanoseconds since the epoch of the time stamp {@link #convert} converted} */
  long timestampNanos() {
    return stampNanos;
  }

  /**
   * Gives {@code into} libpcap 1.10's struct timeval of the time stamp {@link #convert}
   * converted (see {@link Packet#setTimeval}), as sf-pcapng.c computes it for a reader opened at
   * micro and at nano precision: 64-bit seconds, the offset added modulo 2^64; the fraction in
   * units of the interface's resolution, scaled to the precision in unsigned 64-bit arithmetic
   * (a binary resolution multiplies first, which overflows past 2^-34), then cast to a C int.
   */
  void setTimeval(Packet into) {
    into.setTimeval(tvSec, tvMicros, tvNanos);
  }

  /**
   * {@return libpcap's tv_usec for a fraction in the interface's units, at {@code perSecond}}
   * a resolution other than 10^-6 and 10^-9.
   */
  private long libpcapFraction(int id, long fraction, long perSecond) {
    long scaled;
    int digits = decimalDigits[id];
    if (digits < 0) {
      // SCALE_UP_BIN and SCALE_DOWN_BIN: frac *= user_tsresol; frac /= tsresol;
      scaled = divideUnsigned(fraction * perSecond, 1L << binaryShift[id]);
    } else if (Long.compareUnsigned(POW10[digits], perSecond) >= 0) {
      // SCALE_DOWN_DEC: a division by a power of ten
      scaled = divideUnsigned(fraction, divideUnsigned(POW10[digits], perSecond));
    } else {
      scaled = fraction * (perSecond / POW10[digits]); // SCALE_UP_DEC
    }
    return (int) scaled;
  }

  /**
   * {@return n / d, both unsigned} without Long.divideUnsigned's BigInteger (JDK 17 allocates
   * for a dividend of 2^63 or more, which a damaged time stamp can be).
   */
  private static long divideUnsigned(long n, long d) {
    if (d < 0) return Long.compareUnsigned(n, d) >= 0 ? 1 : 0;
    if (n >= 0) return n / d;
    long q = ((n >>> 1) / d) << 1;
    return Long.compareUnsigned(n - q * d, d) >= 0 ? q + 1 : q;
  }

  /**
   * {@return fraction * 10^9 / 2^shift} in 128-bit arithmetic: libpcap's 64-bit product
   * overflows past 2^-34 (its view is {@link #libpcapFraction}'s).
   */
  private static long scaleBinaryFraction(long fraction, int shift) {
    if (shift == 0) return 0;
    long high = Math.multiplyHigh(fraction, NANOS_PER_SECOND);
    long low = fraction * NANOS_PER_SECOND;
    return (high << (64 - shift)) | (low >>> shift);
  }

  private void grow() {
    int n = dlt.length * 2;
    dlt = Arrays.copyOf(dlt, n);
    snapshot = Arrays.copyOf(snapshot, n);
    decimalDigits = Arrays.copyOf(decimalDigits, n);
    binaryShift = Arrays.copyOf(binaryShift, n);
    offsetSeconds = Arrays.copyOf(offsetSeconds, n);
  }
}
