package io.jdump.capture;

import io.jdump.filter.Savefile;
import java.io.IOException;

/**
 * Where packets come from: a capture file or a live device. One packet at a time, into a
 * caller's reusable {@link Packet} view.
 *
 * <pre>{@code
 * try (PacketSource in = CaptureFiles.open(Path.of("samples/http.pcap"))) {
 *   var p = new Packet();
 *   while (in.next(p)) count++;
 * }
 * }</pre>
 */
public interface PacketSource extends AutoCloseable {
  /**
   * Reads the next packet into {@code into}.
   *
   * @return false at the clean end of the input
   * @throws CaptureFileException when the input is corrupt; packets read before stay valid
   * @param into the view to point at the packet
   */
  boolean next(Packet into) throws IOException;

  /** {@return the DLT of the source's (first) link type} */
  int dlt();

  /**
   * {@return the top six bits of a pcap file's link type field} (libpcap's linktype_ext: the FCS
   * length and its flag), which a pcap file written from this source declares again; 0 for
   * every other source.
   */
  default int linkTypeExtension() {
    return 0;
  }

  /** {@return the snap length the source declares} */
  int snaplen();

  /** {@return true when the source's timestamps have nanosecond resolution} */
  boolean nanoPrecision();

  /** {@return bytes consumed from the input so far} for progress reports. */
  long position();

  /** {@return the input's total size in bytes, or -1 when unknown (a pipe)} */
  long size();

  /**
   * {@return what libpcap compiles a filter for on this source} ({@link Savefile#NONE} for a
   * device): a capture file and its byte order, for {@code CompileOptions.withSavefile}.
   */
  default Savefile savefile() {
    return Savefile.NONE;
  }

  @Override
  void close() throws IOException;
}
