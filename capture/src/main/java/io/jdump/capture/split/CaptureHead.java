package io.jdump.capture.split;

import io.jdump.bpf.LinkType;
import io.jdump.capture.CaptureFileException;
import io.jdump.capture.file.Endian;
import io.jdump.capture.file.Snaplen;
import java.io.IOException;
import java.util.Arrays;

/**
 * What a reader of any range of a capture file needs from the file's start: for pcap the file
 * header (byte order, timestamp precision, snap length, link type); for pcapng the section
 * header and the interface descriptions that come before the first packet block.
 *
 * <pre>{@code
 * CaptureHead head = CaptureHead.read(in);
 * long first = head.firstRecord();   // ranges starting at or before this read from offset 0
 * }</pre>
 *
 * @param pcapng true for pcapng, false for pcap
 * @param endian the (first section's) byte order
 * @param bytes the file's first {@code firstRecord} bytes: what a range reader reads first
 * @param firstRecord where the first record (pcap) or packet block (pcapng) starts
 * @param recordHeader pcap record header length (16, or 24 for Kuznetzov's format); 0 for pcapng
 * @param nano pcap: timestamps in nanoseconds
 * @param lengthOrder pcap: 0 caplen before len, 1 swapped (before 2.3), 2 swapped when caplen > len (2.3)
 * @param maxCaplen the largest captured length a record may declare
 * @param interfaces pcapng: interfaces described before the first packet block
 */
public record CaptureHead(boolean pcapng, Endian endian, byte[] bytes, long firstRecord,
    int recordHeader, boolean nano, int lengthOrder, int maxCaplen, int interfaces) {
  private static final int PCAP_HEADER = 24;
  private static final int SHB = 0x0a0d0d0a;
  private static final int BYTE_ORDER_MAGIC = 0x1a2b3c4d;
  private static final int IDB = 1;
  /** The head of a pcapng file is read whole; more than this before the first packet is not a head. */
  private static final int MAX_HEAD = 16 << 20;

  /**
   * {@return the head of the capture file {@code in}}
   *
   * @throws CaptureFileException {@code unknown file format} for a file that is neither pcap
   *     nor pcapng, or a truncated header
   *
   * @param in the file
   */
  public static CaptureHead read(SeekableInput in) throws IOException {
    byte[] h = new byte[PCAP_HEADER];
    int got = in.readAt(0, h, 0, PCAP_HEADER);
    if (got < 4) {
      throw new CaptureFileException(
          "truncated dump file; tried to read 4 file header bytes, only got " + got);
    }
    int magic = Endian.LITTLE.i32(h, 0);
    Endian e = Endian.LITTLE;
    if (!isPcapMagic(magic) && isPcapMagic(Integer.reverseBytes(magic))) {
      e = Endian.BIG;
      magic = Integer.reverseBytes(magic);
    }
    if (isPcapMagic(magic)) {
      if (got < PCAP_HEADER) {
        throw new CaptureFileException("truncated dump file; tried to read 24 file header bytes, only got "
            + (got - 4));
      }
      int major = e.u16(h, 4);
      int minor = e.u16(h, 6);
      int dlt = LinkType.dltForLinkType(e.i32(h, 20) & 0x03ffffff);
      int order = major == 543 || minor < 3 ? 1 : minor == 3 ? 2 : 0;
      return new CaptureHead(false, e, h, PCAP_HEADER, magic == 0xa1b2cd34 ? 24 : 16,
          magic == 0xa1b23c4d, order, Snaplen.maxFor(dlt), 0);
    }
    if (magic == SHB && got >= 12) return readPcapng(in, h);
    throw new CaptureFileException("unknown file format");
  }

  private static boolean isPcapMagic(int m) {
    return m == 0xa1b2c3d4 || m == 0xa1b23c4d || m == 0xa1b2cd34;
  }

  /** Walks the blocks up to the first packet block, counting interfaces and the largest snap length. */
  private static CaptureHead readPcapng(SeekableInput in, byte[] h) throws IOException {
    int bom = Endian.LITTLE.i32(h, 8);
    Endian e = bom == BYTE_ORDER_MAGIC ? Endian.LITTLE
        : bom == Integer.reverseBytes(BYTE_ORDER_MAGIC) ? Endian.BIG : null;
    if (e == null) throw new CaptureFileException("unknown file format");
    var w = new Window(in, 1 << 16);
    long p = 0;
    int interfaces = 0;
    int maxCaplen = Snaplen.MAXIMUM;
    for (;;) {
      int i = w.at(p, 8);
      if (i < 0) break;
      int type = e.i32(w.buf(), i);
      long length = e.i32(w.buf(), i + 4) & 0xffffffffL;
      if (length < 12 || (length & 3) != 0 || p + length > MAX_HEAD) break; // the reader will say why
      if (type == 2 || type == 3 || type == 6) break;
      if (type == IDB) {
        interfaces++;
        int j = w.at(p + 8, 2);
        if (j >= 0) maxCaplen = Math.max(maxCaplen, Snaplen.maxFor(LinkType.dltForLinkType(e.u16(w.buf(), j))));
      }
      p += length;
    }
    byte[] head = new byte[(int) Math.min(p, in.size())];
    in.readAt(0, head, 0, head.length);
    return new CaptureHead(true, e, head, head.length, 0, false, 0, maxCaplen, interfaces);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CaptureHead c && pcapng == c.pcapng && endian == c.endian
        && Arrays.equals(bytes, c.bytes) && firstRecord == c.firstRecord;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return (pcapng ? "pcapng" : "pcap") + " head of " + bytes.length + " bytes";
  }
}
