package io.jdump.capture.file;

import io.jdump.capture.CaptureFileException;
import io.jdump.capture.Packet;
import io.jdump.capture.PacketSource;
import io.jdump.filter.Savefile;
import java.io.IOException;

/**
 * Reads a pcapng file: sections in either byte order (a later one in the first one's order, as
 * libpcap requires, unless opened through {@link CaptureFiles#openAllInterfaces}), any number
 * of interfaces with their own link types, snapshot lengths, if_tsresol and if_tsoffset;
 * enhanced, simple and obsolete packet blocks; other blocks skipped. Errors are libpcap 1.10's
 * (sf-pcapng.c), word for word: like libpcap, it stops at an interface whose link type or
 * snapshot length differs from the first one's (tcpdump prints what came before and exits with
 * that error), unless opened through {@link CaptureFiles#openAllInterfaces}, which reads them:
 * each packet carries its interface's DLT.
 *
 * <pre>{@code
 * try (PacketSource in = CaptureFiles.open(Path.of("x.pcapng"))) {
 *   var p = new Packet();
 *   while (in.next(p)) System.out.println(p.interfaceId() + " " + p.dlt());
 * }
 * }</pre>
 */
public final class PcapngReader implements PacketSource {
  static final int BT_SHB = 0x0a0d0d0a;
  static final int BYTE_ORDER_MAGIC = 0x1a2b3c4d;
  private static final int BT_PB = 2;
  private static final int BT_SPB = 3;
  private static final int BT_EPB = 6;

  /** Block type, length and trailing length. */
  private static final int BLOCK_OVERHEAD = 12;
  /** Header, byte-order magic, versions, section length, trailer. */
  private static final int SHB_MINIMUM = 28;
  private static final int SHB_INSANE_MAX = 1024 * 1024;
  /** libpcap's starting limit on a block; an IDB whose DLT allows longer packets raises it. */
  private static final int INITIAL_MAX_BLOCK = 16 * 1024 * 1024;

  private final ByteInput in;
  private final long size;
  private final PcapngInterfaces interfaces = new PcapngInterfaces();
  /** The byte order of the current section. */
  private Endian endian;
  /** The first section's byte order: libpcap compiles filters for it. */
  private final Savefile firstSection;
  private int maxBlock = INITIAL_MAX_BLOCK;
  private final int firstDlt;
  private final int firstSnapshot;
  /** Read interfaces of other link types and snapshot lengths rather than stop as libpcap does. */
  private final boolean allInterfaces;
  private final boolean nano;

  /** The last block read: its type, and its body (after type and length, before the trailer). */
  private int blockType;
  private int bodyOff;
  private int bodyLen;
  /** Where the last block read starts, counted like {@link #position()}. */
  private long blockStart = -1;

  /**
   * Reads the section header and blocks up to the first interface description; {@code in}
   * holds at least 12 bytes, starting with the SHB type and a byte-order magic in either order
   * (see {@link #looksLikePcapng}).
   */
  PcapngReader(ByteInput in, long size, boolean allInterfaces) throws IOException {
    this.in = in;
    this.size = size;
    this.allInterfaces = allInterfaces;
    byte[] b = in.buf();
    int p = in.pos();
    endian = Endian.LITTLE.i32(b, p + 8) == BYTE_ORDER_MAGIC ? Endian.LITTLE : Endian.BIG;
    firstSection = endian == Endian.BIG ? Savefile.BIG_ENDIAN : Savefile.LITTLE_ENDIAN;
    int length = endian.i32(b, p + 4);
    if (Integer.compareUnsigned(length, SHB_MINIMUM) < 0
        || Integer.compareUnsigned(length, SHB_INSANE_MAX) > 0) {
      throw new CaptureFileException("Section Header Block in pcapng dump file has invalid length "
          + SHB_MINIMUM + " < _" + Integer.toUnsignedString(length) + "_ < " + SHB_INSANE_MAX
          + " (BT_SHB_INSANE_MAX)");
    }
    int got = in.require(length);
    if (got < length) throw truncated(length - 12, got - 12);
    b = in.buf();
    p = in.pos();
    int major = endian.u16(b, p + 12);
    int minor = endian.u16(b, p + 14);
    in.skip(length);
    if (!(major == 1 && (minor == 0 || minor == 2))) {
      throw new CaptureFileException("unsupported pcapng savefile version " + major + "." + minor);
    }
    for (;;) {
      if (!readBlock()) {
        throw new CaptureFileException("the capture file has no Interface Description Blocks");
      }
      if (blockType == PcapngInterfaces.BT_IDB) {
        addInterface();
        break;
      }
      if (blockType == BT_EPB || blockType == BT_SPB || blockType == BT_PB) {
        throw new CaptureFileException(
            "the capture file has a packet block before any Interface Description Blocks");
      }
    }
    firstDlt = interfaces.dlt(0);
    firstSnapshot = interfaces.snapshot(0);
    nano = interfaces.finerThanMicros(0);
  }

  /** {@return true when {@code in}'s first 12 bytes start a section header in either byte order} */
  static boolean looksLikePcapng(ByteInput in, int available) {
    if (available < 12) return false;
    byte[] b = in.buf();
    int p = in.pos();
    int bom = Endian.LITTLE.i32(b, p + 8);
    return Endian.LITTLE.i32(b, p) == BT_SHB
        && (bom == BYTE_ORDER_MAGIC || bom == Integer.reverseBytes(BYTE_ORDER_MAGIC));
  }

  @Override
  public boolean next(Packet into) throws IOException {
    int interfaceId;
    int caplen;
    int wirelen;
    long timestamp;
    int data;
    for (;;) {
      if (!readBlock()) return false;
      byte[] b = in.buf();
      switch (blockType) {
        case BT_EPB, BT_PB -> {
          if (bodyLen < 20) throw tooShort(blockType);
          interfaceId = blockType == BT_EPB ? endian.i32(b, bodyOff) : endian.u16(b, bodyOff);
          timestamp = (long) endian.i32(b, bodyOff + 4) << 32
              | (endian.i32(b, bodyOff + 8) & 0xffffffffL);
          caplen = endian.i32(b, bodyOff + 12);
          wirelen = endian.i32(b, bodyOff + 16);
          data = bodyOff + 20;
        }
        case BT_SPB -> {
          if (bodyLen < 4) throw tooShort(blockType);
          interfaceId = 0; // a simple packet block always belongs to the first interface
          wirelen = endian.i32(b, bodyOff);
          int snap = interfaces.count() > 0 ? interfaces.snapshot(0) : firstSnapshot;
          caplen = Integer.compareUnsigned(wirelen, snap) > 0 ? snap : wirelen;
          timestamp = 0; // it has none
          data = bodyOff + 4;
        }
        case PcapngInterfaces.BT_IDB -> {
          if (!allInterfaces) sameAsFirst();
          addInterface();
          continue;
        }
        case BT_SHB -> {
          startSection();
          continue;
        }
        default -> {
          continue;
        }
      }
      break;
    }
    if (Integer.compareUnsigned(interfaceId, interfaces.count()) >= 0) {
      throw new CaptureFileException("a packet arrived on interface "
          + Integer.toUnsignedString(interfaceId)
          + ", but there's no Interface Description Block for that interface");
    }
    int snapshot = interfaces.snapshot(interfaceId);
    if (Integer.compareUnsigned(caplen, snapshot) > 0) {
      throw new CaptureFileException("invalid packet capture length "
          + Integer.toUnsignedString(caplen) + ", bigger than snaplen of " + snapshot);
    }
    if (caplen > bodyLen - (data - bodyOff)) throw tooShort(blockType);
    interfaces.convert(interfaceId, timestamp);
    into.set(in.buf(), data, caplen, wirelen, interfaces.timestampNanos(),
        interfaces.dlt(interfaceId), interfaceId);
    interfaces.setTimeval(into);
    return true;
  }

  /**
   * libpcap's check of every later IDB, in any section. It compares the first interface's DLT
   * with this one's LINKTYPE as stored, so a LINKTYPE whose DLT differs (ATM_RFC1483, ...) is
   * refused even when it repeats the first's; the snapshot length is adjusted for the first's DLT.
   */
  private void sameAsFirst() throws CaptureFileException {
    if (bodyLen < 8) throw tooShort(PcapngInterfaces.BT_IDB);
    byte[] b = in.buf();
    int linkType = endian.u16(b, bodyOff);
    if (linkType != firstDlt) {
      throw new CaptureFileException("an interface has a type " + linkType
          + " different from the type of the first interface");
    }
    int snaplen = endian.i32(b, bodyOff + 4);
    if (Snaplen.adjust(firstDlt, snaplen) != firstSnapshot) {
      throw new CaptureFileException("an interface has a snapshot length "
          + Integer.toUnsignedString(snaplen)
          + " different from the snapshot length of the first interface");
    }
  }

  private void addInterface() throws CaptureFileException {
    interfaces.add(in.buf(), bodyOff, bodyLen, endian);
    int dlt = interfaces.dlt(interfaces.count() - 1);
    // An EPB holding the DLT's longest packet and 128 KiB of options, as libpcap allows.
    long needed = 4L + 4 + 20 + Snaplen.maxFor(dlt) + 131072 + 4;
    if (needed > maxBlock) maxBlock = (int) needed;
  }

  /** A later section header: its byte order was taken by {@link #readBlock}; check the rest. */
  private void startSection() throws CaptureFileException {
    if (bodyLen < 16) throw tooShort(BT_SHB);
    byte[] b = in.buf();
    int magic = endian.i32(b, bodyOff);
    if (magic == Integer.reverseBytes(BYTE_ORDER_MAGIC)) {
      throw new CaptureFileException("the file has sections with different byte orders");
    }
    if (magic != BYTE_ORDER_MAGIC) {
      throw new CaptureFileException("the file has a section with a bad byte order magic field");
    }
    int major = endian.u16(b, bodyOff + 4);
    if (major != 1) {
      throw new CaptureFileException("unknown pcapng savefile major version number " + major);
    }
    interfaces.clear();
  }

  /**
   * Reads one whole block and consumes it; its bytes stay in the buffer until the next read.
   *
   * @return false at a clean end of file (no byte of a next block)
   */
  private boolean readBlock() throws IOException {
    int got = in.require(8);
    if (got < 8) {
      if (got == 0) return false;
      throw truncated(8, got);
    }
    byte[] b = in.buf();
    int p = in.pos();
    int type = endian.i32(b, p);
    if (type == BT_SHB && allInterfaces && in.require(12) == 12) {
      // A new section may have the other byte order; its magic says which. libpcap reads on
      // in the first section's order, and so does this reader unless asked for everything.
      b = in.buf();
      p = in.pos();
      if (endian.i32(b, p + 8) == Integer.reverseBytes(BYTE_ORDER_MAGIC)) endian = endian.swapped();
    }
    int length = endian.i32(b, p + 4);
    if (Integer.compareUnsigned(length, BLOCK_OVERHEAD) < 0) {
      throw new CaptureFileException("block in pcapng dump file has a length of "
          + Integer.toUnsignedString(length) + " < " + BLOCK_OVERHEAD);
    }
    if ((length & 3) != 0) {
      throw new CaptureFileException("block in pcapng dump file has a length of "
          + Integer.toUnsignedString(length) + " that is not a multiple of 4");
    }
    if (Integer.compareUnsigned(length, maxBlock) > 0) {
      throw new CaptureFileException("pcapng block size " + Integer.toUnsignedString(length)
          + " > maximum " + maxBlock);
    }
    got = in.require(length);
    if (got < length) throw truncated(length - 8, got - 8);
    b = in.buf();
    p = in.pos();
    if (endian.i32(b, p + length - 4) != length) {
      throw new CaptureFileException("block total length in header and trailer don't match");
    }
    blockType = type;
    blockStart = in.position();
    bodyOff = p + 8;
    bodyLen = length - BLOCK_OVERHEAD;
    in.skip(length);
    return true;
  }

  static CaptureFileException tooShort(int type) {
    return new CaptureFileException("block of type " + Integer.toUnsignedString(type)
        + " in pcapng dump file is too short");
  }

  private static CaptureFileException truncated(int tried, int got) {
    return new CaptureFileException("truncated pcapng dump file; tried to read " + tried
        + " bytes, only got " + got);
  }

  @Override
  public int dlt() {
    return firstDlt;
  }

  @Override
  public Savefile savefile() {
    return firstSection;
  }

  @Override
  public int snaplen() {
    return firstSnapshot;
  }

  @Override
  public boolean nanoPrecision() {
    return nano;
  }

  @Override
  public long position() {
    return in.position();
  }

  /** {@return where the block of the last packet read starts} counted like {@link #position()}. */
  public long recordStart() {
    return blockStart;
  }

  @Override
  public long size() {
    return size;
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
