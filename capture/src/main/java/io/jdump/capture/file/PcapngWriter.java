package io.jdump.capture.file;

import io.jdump.bpf.LinkType;
import io.jdump.capture.Packet;
import io.jdump.capture.PacketSink;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes a pcapng file: a section header, one interface description per link type (written
 * when a packet of that type first comes, with the interface's name, snapshot length and
 * time resolution), then an enhanced packet block per packet. Little-endian.
 *
 * <pre>{@code
 * try (PacketSink out = new PcapngWriter(System.out, "eth0", 262144, true)) {
 *   out.write(packet);
 * }
 * }</pre>
 */
public final class PcapngWriter implements PacketSink {
  private static final Endian E = Endian.LITTLE;
  private static final int BT_IDB = 1;
  private static final int BT_EPB = 6;
  private static final int SHB_USERAPPL = 4;
  private static final int IF_NAME = 2;
  private static final int IF_TSRESOL = 9;
  private static final byte[] USER_APPLICATION = "jdump".getBytes(StandardCharsets.UTF_8);

  private final ByteOutput out;
  private final byte[] ifName;
  private final int snaplen;
  private final boolean nano;
  /** The DLT of each interface described so far; an interface's id is its index. */
  private int[] interfaceDlts = new int[2];
  /** The snapshot length each interface declares: the given one, or 0 (none) for a later one. */
  private int[] interfaceSnaplens = new int[2];
  private int interfaces;

  /**
   * Writes the section header at once (into the buffer).
   *
   * @param stream  where the file goes; closed by {@code close}
   * @param ifName  the name each interface description carries
   * @param snaplen the snap length each interface description declares
   * @param nano    nanosecond timestamps instead of microseconds
   * @throws IOException when the section header cannot be written
   */
  public PcapngWriter(OutputStream stream, String ifName, int snaplen, boolean nano)
      throws IOException {
    this.out = new ByteOutput(stream, ByteOutput.DEFAULT_CAPACITY);
    this.ifName = ifName.getBytes(StandardCharsets.UTF_8);
    this.snaplen = snaplen;
    this.nano = nano;
    int length = 28 + optionLength(USER_APPLICATION.length) + 4;
    byte[] b = out.buf();
    int at = out.reserve(24);
    E.put32(b, at, PcapngReader.BT_SHB);
    E.put32(b, at + 4, length);
    E.put32(b, at + 8, PcapngReader.BYTE_ORDER_MAGIC);
    E.put16(b, at + 12, 1);
    E.put16(b, at + 14, 0);
    E.put64(b, at + 16, -1L); // section length not known: a stream
    option(SHB_USERAPPL, USER_APPLICATION, 0, USER_APPLICATION.length);
    endOfOptionsAndTrailer(length);
  }

  private static int optionLength(int valueLength) {
    return 4 + ((valueLength + 3) & ~3);
  }

  private void option(int code, byte[] value, int off, int len) throws IOException {
    int at = out.reserve(4);
    E.put16(out.buf(), at, code);
    E.put16(out.buf(), at + 2, len);
    out.write(value, off, len);
    out.pad(-len & 3);
  }

  private void endOfOptionsAndTrailer(int length) throws IOException {
    int at = out.reserve(8);
    E.put32(out.buf(), at, 0); // opt_endofopt
    E.put32(out.buf(), at + 4, length);
  }

  @Override
  public void write(Packet packet) throws IOException {
    int caplen = packet.caplen();
    int id = interfaceFor(packet.dlt(), caplen);
    long ns = packet.timestampNanos();
    long units = nano ? ns : Math.floorDiv(ns, 1000L);
    int padding = -caplen & 3;
    int length = 32 + caplen + padding;
    byte[] b = out.buf();
    int at = out.reserve(28);
    E.put32(b, at, BT_EPB);
    E.put32(b, at + 4, length);
    E.put32(b, at + 8, id);
    E.put32(b, at + 12, (int) (units >>> 32));
    E.put32(b, at + 16, (int) units);
    E.put32(b, at + 20, caplen);
    E.put32(b, at + 24, packet.wirelen());
    out.write(packet.buffer(), packet.offset(), caplen);
    at = out.reserve(padding + 4);
    for (int i = 0; i < padding; i++) b[at + i] = 0;
    E.put32(b, at + padding, length);
  }

  /**
   * {@return the interface id for a DLT} describing a new interface the first time. A packet
   * longer than the snapshot length (from a source whose interfaces differ) gets a second
   * interface of its DLT with no snapshot length, so that no reader refuses the file.
   */
  private int interfaceFor(int dlt, int caplen) throws IOException {
    int found = -1;
    for (int i = 0; i < interfaces; i++) if (interfaceDlts[i] == dlt) found = i; // the latest
    if (found >= 0 && fits(caplen, interfaceSnaplens[found])) return found;
    int snap = found < 0 && fits(caplen, snaplen) ? snaplen : 0;
    if (interfaces == interfaceDlts.length) {
      interfaceDlts = Arrays.copyOf(interfaceDlts, interfaces * 2);
      interfaceSnaplens = Arrays.copyOf(interfaceSnaplens, interfaces * 2);
    }
    interfaceDlts[interfaces] = dlt;
    interfaceSnaplens[interfaces] = snap;
    writeInterfaceDescription(dlt, snap);
    return interfaces++;
  }

  private static boolean fits(int caplen, int snaplen) {
    return snaplen == 0 || Integer.compareUnsigned(caplen, snaplen) <= 0;
  }

  private void writeInterfaceDescription(int dlt, int snaplen) throws IOException {
    int nameLength = ifName.length == 0 ? 0 : optionLength(ifName.length);
    int length = 16 + nameLength + optionLength(1) + 4 + 4;
    byte[] b = out.buf();
    int at = out.reserve(16);
    E.put32(b, at, BT_IDB);
    E.put32(b, at + 4, length);
    E.put16(b, at + 8, LinkType.linkTypeForDlt(dlt));
    E.put16(b, at + 10, 0);
    E.put32(b, at + 12, snaplen);
    if (ifName.length > 0) option(IF_NAME, ifName, 0, ifName.length);
    byte[] resolution = {(byte) (nano ? 9 : 6)};
    option(IF_TSRESOL, resolution, 0, 1);
    endOfOptionsAndTrailer(length);
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
