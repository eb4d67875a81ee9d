package io.jdump.capture.file;

import io.jdump.bpf.LinkType;
import io.jdump.capture.CaptureFileException;
import io.jdump.capture.Packet;
import io.jdump.capture.PacketSource;
import io.jdump.filter.Savefile;
import java.io.IOException;
import java.nio.ByteOrder;

/**
 * Reads a pcap file (pcap-savefile(5)): microsecond or nanosecond timestamps, either byte
 * order, and Alexey Kuznetzov's modified format with its longer record header. Checks what
 * libpcap 1.10's sf-pcap.c checks, in the same order, with the same words.
 *
 * <pre>{@code
 * try (PacketSource in = CaptureFiles.open(Path.of("x.pcap"))) {
 *   var p = new Packet();
 *   while (in.next(p)) total += p.wirelen();
 * }
 * }</pre>
 */
public final class PcapReader implements PacketSource {
  static final int MAGIC_USEC = 0xa1b2c3d4;
  static final int MAGIC_NSEC = 0xa1b23c4d;
  static final int MAGIC_KUZNETZOV = 0xa1b2cd34;

  private static final int FILE_HEADER = 24;
  private static final int RECORD_HEADER = 16;
  private static final int KUZNETZOV_RECORD_HEADER = 24;

  /** How a version stores caplen and len: 2.3 wrote both orders, so it is decided per record. */
  private enum LengthOrder { NORMAL, SWAPPED, MAYBE_SWAPPED }

  private final ByteInput in;
  private final long size;
  private final Endian endian;
  /** The file's byte order is not the host's: libpcap swaps its fields (see {@link #next}). */
  private final boolean swapped;
  private final boolean nano;
  private final int dlt;
  /** The link type field's top six bits (FCS length and flag), written back by pcap_dump. */
  private final int linkTypeExtension;
  private final int maxCaplen;
  private final int snapshot;
  private final int recordHeader;
  private final LengthOrder lengthOrder;
  /** Where the last record read starts, counted like {@link #position()}. */
  private long recordStart = -1;

  /**
   * Reads the file header; {@code in} holds at least the 4-byte magic, which must be one of
   * the pcap magics in either byte order.
   */
  PcapReader(ByteInput in, long size) throws IOException {
    this.in = in;
    this.size = size;
    byte[] b = in.buf();
    int magic = Endian.LITTLE.i32(b, in.pos());
    Endian e = Endian.LITTLE;
    if (!isMagic(magic)) {
      e = Endian.BIG;
      magic = Integer.reverseBytes(magic);
    }
    this.endian = e;
    this.swapped = (e == Endian.BIG) != (ByteOrder.nativeOrder() == ByteOrder.BIG_ENDIAN);
    int got = in.require(FILE_HEADER);
    if (got < FILE_HEADER) {
      throw new CaptureFileException("truncated dump file; tried to read " + FILE_HEADER
          + " file header bytes, only got " + (got - 4));
    }
    b = in.buf();
    int p = in.pos();
    int major = e.u16(b, p + 4);
    int minor = e.u16(b, p + 6);
    int snaplen = e.i32(b, p + 16);
    int linkTypeField = e.i32(b, p + 20);
    int linkType = linkTypeField & 0x03ffffff; // the top 6 bits are LT_LINKTYPE_EXT flags
    in.skip(FILE_HEADER);
    if (major < 2) throw new CaptureFileException("archaic pcap savefile format");
    if (!((major == 2 && minor <= 4) || (major == 543 && minor == 0))) {
      throw new CaptureFileException("unsupported pcap savefile version " + major + "." + minor);
    }
    this.nano = magic == MAGIC_NSEC;
    this.dlt = LinkType.dltForLinkType(linkType);
    this.linkTypeExtension = linkTypeField & 0xfc000000;
    this.maxCaplen = Snaplen.maxFor(dlt);
    int snap = Snaplen.adjust(dlt, snaplen);
    if (magic == MAGIC_KUZNETZOV) {
      recordHeader = KUZNETZOV_RECORD_HEADER;
      // It may have been a cooked capture with a made-up Ethernet header: libpcap allows 14 more.
      if (dlt == LinkType.EN10MB.dlt()) snap = snap <= Integer.MAX_VALUE - 14 ? snap + 14 : Integer.MAX_VALUE;
    } else {
      recordHeader = RECORD_HEADER;
    }
    this.snapshot = snap;
    this.lengthOrder = major == 543 || minor < 3 ? LengthOrder.SWAPPED
        : minor == 3 ? LengthOrder.MAYBE_SWAPPED : LengthOrder.NORMAL;
  }

  /** {@return true for a pcap magic number read in the file's own byte order} */
  static boolean isMagic(int magic) {
    return magic == MAGIC_USEC || magic == MAGIC_NSEC || magic == MAGIC_KUZNETZOV;
  }

  @Override
  public boolean next(Packet into) throws IOException {
    recordStart = in.position();
    int got = in.require(recordHeader);
    if (got < recordHeader) {
      if (got == 0) return false;
      throw new CaptureFileException("truncated dump file; tried to read " + recordHeader
          + " header bytes, only got " + got);
    }
    byte[] b = in.buf();
    int p = in.pos();
    int rawSec = endian.i32(b, p);
    int rawFrac = endian.i32(b, p + 4);
    int caplen = endian.i32(b, p + 8);
    int len = endian.i32(b, p + 12);
    if (lengthOrder == LengthOrder.SWAPPED
        || (lengthOrder == LengthOrder.MAYBE_SWAPPED && Integer.compareUnsigned(caplen, len) > 0)) {
      int t = caplen;
      caplen = len;
      len = t;
    }
    in.skip(recordHeader);
    if (Integer.compareUnsigned(caplen, maxCaplen) > 0) throw tooLong(caplen);
    got = in.require(caplen);
    if (got < caplen) throw truncatedData(caplen, got);
    p = in.pos();
    in.skip(caplen);
    // A record longer than the snapshot length (old Solaris files): libpcap keeps its first
    // snapshot bytes, so that no caller sees more than the header promised.
    int kept = Math.min(caplen, snapshot);
    // Unsigned, as tshark and the pcap specification read them: dates run to 2106, not 2038.
    long frac = rawFrac & 0xffffffffL;
    long nanos = (rawSec & 0xffffffffL) * 1_000_000_000L + (nano ? frac : frac * 1000L);
    into.set(in.buf(), p, kept, len, nanos, dlt, 0);
    // libpcap's: signed 32-bit fields, or unsigned in a file of the other byte order than the
    // host's (its SWAPLONG gives an unsigned int); the fraction scaled in a 64-bit long (C's
    // division truncates toward zero, as Java's does), a damaged one of a second or more kept
    long tvSec = swapped ? rawSec & 0xffffffffL : rawSec;
    long tvFrac = swapped ? frac : rawFrac;
    into.setTimeval(tvSec, nano ? tvFrac / 1000 : tvFrac, nano ? tvFrac : tvFrac * 1000L);
    return true;
  }

  private CaptureFileException tooLong(int caplen) {
    String limit = Integer.compareUnsigned(caplen, snapshot) > 0
        ? "snaplen of " + snapshot
        : "maximum of " + maxCaplen;
    return new CaptureFileException("invalid packet capture length "
        + Integer.toUnsignedString(caplen) + ", bigger than " + limit);
  }

  /** libpcap reads a long record's first snapshot bytes, then the rest: its count says which. */
  private CaptureFileException truncatedData(int caplen, int got) {
    int tried = caplen > snapshot && got < snapshot ? snapshot : caplen;
    return new CaptureFileException("truncated dump file; tried to read " + tried
        + " captured bytes, only got " + got);
  }

  @Override
  public int dlt() {
    return dlt;
  }

  @Override
  public int linkTypeExtension() {
    return linkTypeExtension;
  }

  @Override
  public Savefile savefile() {
    return endian == Endian.BIG ? Savefile.BIG_ENDIAN : Savefile.LITTLE_ENDIAN;
  }

  @Override
  public int snaplen() {
    return snapshot;
  }

  @Override
  public boolean nanoPrecision() {
    return nano;
  }

  @Override
  public long position() {
    return in.position();
  }

  /** {@return where the record of the last packet read starts} counted like {@link #position()}. */
  public long recordStart() {
    return recordStart;
  }

  @Override
  public long size() {
    return size;
  }

  /**
   * {@return true when {@link PcapWriter} writes this file's records back byte for byte} (with
   * {@code nano} timestamps or not): little-endian, version 2.4, the 16-byte record header and
   * the same timestamp precision. Such records can be copied as file ranges ({@link RangeCopy}).
   *
   * @param nanoOut true when the output is written with nanosecond time stamps
   */
  public boolean writtenAsIs(boolean nanoOut) {
    return endian == Endian.LITTLE && lengthOrder == LengthOrder.NORMAL
        && recordHeader == RECORD_HEADER && nano == nanoOut;
  }

  /** {@return the largest captured length {@link #next} takes without an error} */
  int maxCaplen() {
    return maxCaplen;
  }

  /** {@return the read buffer's capacity} so tests can see that it stays constant. */
  int bufferCapacity() {
    return in.capacity();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
