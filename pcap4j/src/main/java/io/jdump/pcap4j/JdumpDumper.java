package io.jdump.pcap4j;

import io.jdump.capture.Packet;
import io.jdump.capture.PacketSink;
import io.jdump.capture.file.CaptureFiles;
import io.jdump.capture.file.IoErrors;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import org.pcap4j.core.NotOpenException;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapNativeException;

/**
 * A pcap file being written, with the methods of pcap4j's {@code PcapDumper} (whose
 * constructor only pcap4j's own handle can call): made by {@link JdumpHandle#dumpOpen}, it
 * writes what libpcap's {@code pcap_dump_open} and {@code pcap_dump} write for the same handle
 * and packets, byte for byte: version 2.4 in this machine's byte order, the handle's link type
 * and snap length, microsecond or nanosecond time stamps as the handle's precision.
 *
 * <pre>{@code
 * try (JdumpHandle in = JdumpPcaps.openOffline("samples/http.pcap");
 *     JdumpDumper out = in.dumpOpen("web.pcap")) {
 *   in.setFilter("tcp port 80", BpfCompileMode.OPTIMIZE);
 *   in.loop(-1, out);   // the passing packets, with their own times and lengths
 * }
 * }</pre>
 */
public final class JdumpDumper implements AutoCloseable {
  private static final int FILE_HEADER = 24;
  private static final int RECORD_HEADER = 16;

  /** The project's pcap writer: the bytes pcap_dump_open and pcap_dump write. */
  private final PacketSink out;
  private final boolean nano;
  /** The packet handed to the writer by dumpRaw, reused: nothing is allocated per packet. */
  private final Packet raw = new Packet();
  private final int dlt;
  private long position = FILE_HEADER;
  private volatile boolean open = true;

  private JdumpDumper(PacketSink out, boolean nano, int dlt) {
    this.out = out;
    this.nano = nano;
    this.dlt = dlt;
  }

  /**
   * Opens {@code filePath} ("-" for standard output) and writes the file header.
   *
   * @param linkTypeExtension the link type field's top six bits (a pcap source's FCS length),
   *     declared again as pcap_dump_open does
   * @throws PcapNativeException libpcap's words, e.g. {@code /no/such/x.pcap: No such file or
   *     directory}
   */
  static JdumpDumper open(String filePath, int dlt, int linkTypeExtension, int snaplen,
      PcapHandle.TimestampPrecision precision) throws PcapNativeException {
    if (filePath == null) throw new NullPointerException("filePath must not be null.");
    boolean nano = precision == PcapHandle.TimestampPrecision.NANO;
    OutputStream stream = null;
    try {
      stream = filePath.equals("-") ? new FileOutputStream(FileDescriptor.out)
          : Files.newOutputStream(Path.of(filePath));
      return new JdumpDumper(
          CaptureFiles.pcapWriter(stream, dlt, linkTypeExtension, snaplen, nano), nano, dlt);
    } catch (IOException e) {
      if (stream != null) {
        try {
          stream.close();
        } catch (IOException ignored) {
          // the open's failure is the one to report
        }
      }
      throw new PcapNativeException(filePath + ": " + IoErrors.reason(e), e);
    }
  }

  /** {@return false once {@link #close()} was called} */
  public boolean isOpen() {
    return open;
  }

  /**
   * Writes a packet's bytes stamped with the current time, as {@code PcapDumper.dump(Packet)}.
   *
   * @param packet the packet; its raw data is written whole (captured length = wire length)
   * @throws NotOpenException after {@link #close()}
   */
  public void dump(org.pcap4j.packet.Packet packet) throws NotOpenException {
    dump(packet, new Timestamp(System.currentTimeMillis()));
  }

  /**
   * Writes a packet's bytes with a time stamp, as {@code PcapDumper.dump(Packet, Timestamp)}.
   *
   * <pre>{@code
   * out.dump(packet, handle.getTimestamp());
   * }</pre>
   *
   * @param packet    the packet
   * @param timestamp its time, kept to the dumper's precision
   * @throws NotOpenException after {@link #close()}
   */
  public void dump(org.pcap4j.packet.Packet packet, Timestamp timestamp) throws NotOpenException {
    if (packet == null || timestamp == null) {
      throw new NullPointerException("packet: " + packet + " ts: " + timestamp);
    }
    dumpRaw(packet.getRawData(), timestamp);
  }

  /**
   * Writes raw bytes stamped with the current time, as {@code PcapDumper.dumpRaw(byte[])}.
   *
   * @param packet the frame's bytes
   * @throws NotOpenException after {@link #close()}
   */
  public void dumpRaw(byte[] packet) throws NotOpenException {
    dumpRaw(packet, new Timestamp(System.currentTimeMillis()));
  }

  /**
   * Writes raw bytes with a time stamp, as {@code PcapDumper.dumpRaw(byte[], Timestamp)}: the
   * seconds are the timestamp's milliseconds over 1000 (pcap4j's arithmetic), the fraction its
   * nanoseconds (or their thousandths).
   *
   * <pre>{@code
   * out.dumpRaw(bytes, Timestamp.from(Instant.parse("2026-12-06T20:00:00Z")));
   * }</pre>
   *
   * @param packet    the frame's bytes
   * @param timestamp its time
   * @throws NotOpenException after {@link #close()}
   */
  public void dumpRaw(byte[] packet, Timestamp timestamp) throws NotOpenException {
    if (packet == null || timestamp == null) {
      throw new NullPointerException("packet: " + packet + " timestamp: " + timestamp);
    }
    long fraction = nano ? timestamp.getNanos() : timestamp.getNanos() / 1000L;
    raw.set(packet, 0, packet.length, packet.length, 0, dlt, 0);
    // pcap4j's seconds (milliseconds / 1000) and fraction, as pcap_dump casts them to 32 bits
    raw.setTimeval(timestamp.getTime() / 1000L, fraction, fraction);
    record(raw);
  }

  /**
   * Writes a packet read by jdump with its own time stamp and lengths, as libpcap's
   * {@code pcap_dump} does from a {@code pcap_loop} callback.
   */
  void dump(Packet frame) throws NotOpenException {
    record(frame);
  }

  private void record(Packet p) throws NotOpenException {
    if (!open) throw new NotOpenException();
    position += RECORD_HEADER + p.caplen();
    try {
      out.write(p);
    } catch (IOException e) {
      // pcap_dump reports nothing: a failed write shows at flush or close, as stdio's does.
    }
  }

  /**
   * Writes what is buffered to the file, as {@code PcapDumper.flush}.
   *
   * @throws PcapNativeException {@code Failed to flush.} when the write fails
   * @throws NotOpenException    after {@link #close()}
   */
  public void flush() throws PcapNativeException, NotOpenException {
    if (!open) throw new NotOpenException();
    try {
      out.flush();
    } catch (IOException e) {
      throw new PcapNativeException("Failed to flush.", e);
    }
  }

  /**
   * {@return the file position after what was dumped} buffered bytes included, as
   * {@code PcapDumper.ftell}.
   *
   * @throws NotOpenException after {@link #close()}
   */
  public long ftell() throws NotOpenException {
    if (!open) throw new NotOpenException();
    return position;
  }

  /** Writes what is buffered and closes the file; a second call does nothing. */
  @Override
  public void close() {
    if (!open) return;
    open = false;
    try {
      out.close();
    } catch (IOException e) {
      // PcapDumper.close() reports nothing either (pcap_dump_close's fclose result is lost).
    }
  }
}
