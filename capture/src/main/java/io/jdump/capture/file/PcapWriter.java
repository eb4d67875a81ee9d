package io.jdump.capture.file;

import io.jdump.bpf.LinkType;
import io.jdump.capture.Packet;
import io.jdump.capture.PacketSink;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a pcap file as libpcap's pcap_dump does: version 2.4, this machine's byte order
 * (little-endian), microsecond timestamps (magic a1b2c3d4) or nanosecond ones (a1b23c4d).
 *
 * <pre>{@code
 * try (PacketSink out = new PcapWriter(Files.newOutputStream(path), LinkType.EN10MB.dlt(), 262144, false)) {
 *   out.write(packet);
 * }
 * }</pre>
 */
public final class PcapWriter implements PacketSink {
  private static final Endian E = Endian.LITTLE;
  private static final int RECORD_HEADER = 16;

  private final ByteOutput out;
  private final boolean nano;

  /**
   * Writes the file header at once (into the buffer: it reaches the stream with the packets).
   *
   * @param stream  where the file goes; closed by {@code close}
   * @param dlt     the link type of every packet
   * @param snaplen the snap length the header declares
   * @param nano    nanosecond timestamps instead of microseconds
   * @throws IOException when the header cannot be written
   */
  public PcapWriter(OutputStream stream, int dlt, int snaplen, boolean nano) throws IOException {
    this(stream, dlt, 0, snaplen, nano);
  }

  /**
   * Writes the file header at once, its link type field carrying {@code linkTypeExtension} in
   * its top six bits, as pcap_dump_open writes a file read from one that had them.
   *
   * @param stream  where the file goes; closed by {@code close}
   * @param dlt     the link type of every packet
   * @param linkTypeExtension the link type field's top six bits ({@link
   *     io.jdump.capture.PacketSource#linkTypeExtension})
   * @param snaplen the snap length the header declares
   * @param nano    nanosecond timestamps instead of microseconds
   * @throws IOException when the header cannot be written
   */
  public PcapWriter(OutputStream stream, int dlt, int linkTypeExtension, int snaplen, boolean nano)
      throws IOException {
    this.out = new ByteOutput(stream, ByteOutput.DEFAULT_CAPACITY);
    this.nano = nano;
    byte[] b = out.buf();
    int at = out.reserve(24);
    E.put32(b, at, nano ? PcapReader.MAGIC_NSEC : PcapReader.MAGIC_USEC);
    E.put16(b, at + 4, 2);
    E.put16(b, at + 6, 4);
    E.put32(b, at + 8, 0); // thiszone: always 0
    E.put32(b, at + 12, 0); // sigfigs: always 0
    E.put32(b, at + 16, snaplen);
    E.put32(b, at + 20, LinkType.linkTypeForDlt(dlt) | linkTypeExtension);
  }

  @Override
  public void write(Packet packet) throws IOException {
    // libpcap's struct timeval as read, cast to 32 bits as pcap_dump casts it: a damaged
    // fraction of a second or more is written back as it came, not carried into the seconds
    long seconds = packet.timevalSeconds();
    long fraction = nano ? packet.timevalNanos() : packet.timevalMicros();
    int caplen = packet.caplen();
    byte[] b = out.buf();
    int at = out.reserve(RECORD_HEADER);
    E.put32(b, at, (int) seconds); // 32-bit seconds: pcap ends in 2106 (unsigned readers)
    E.put32(b, at + 4, (int) fraction);
    E.put32(b, at + 8, caplen);
    E.put32(b, at + 12, packet.wirelen());
    out.write(packet.buffer(), packet.offset(), caplen);
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
