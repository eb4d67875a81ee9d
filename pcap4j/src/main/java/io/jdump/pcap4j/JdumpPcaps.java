package io.jdump.pcap4j;

import io.jdump.capture.file.CaptureFiles;
import io.jdump.capture.live.LiveCaptureException;
import io.jdump.capture.live.LiveOptions;
import io.jdump.capture.live.LiveSource;
import io.jdump.capture.live.PcapLibrary;
import io.jdump.capture.live.TimestampPrecision;
import io.jdump.capture.PacketSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Arrays;
import java.nio.file.Path;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapNativeException;
import org.pcap4j.core.PcapNetworkInterface.PromiscuousMode;

/**
 * Opens {@link JdumpHandle}s, as pcap4j's {@code Pcaps} and {@code PcapNetworkInterface} open
 * {@code PcapHandle}s: a capture file (pcap or pcapng, read by jdump in Java) or a live device
 * (libpcap through jdump's live source). Failures are pcap4j's checked
 * {@link PcapNativeException}, with libpcap's words.
 *
 * <pre>{@code
 * try (JdumpHandle h = JdumpPcaps.openOffline("samples/dns.pcap")) {
 *   h.setFilter("udp port 53", BpfCompileMode.OPTIMIZE);
 *   Packet p = h.getNextPacketEx();
 * }
 * }</pre>
 */
public final class JdumpPcaps {
  private JdumpPcaps() {}

  /**
   * Opens a pcap or pcapng file with microsecond timestamps, as {@code Pcaps.openOffline}.
   *
   * <pre>{@code
   * JdumpHandle h = JdumpPcaps.openOffline("samples/mixed.pcapng");
   * }</pre>
   *
   * @param filePath the file
   * @return a handle positioned before the first packet
   * @throws PcapNativeException libpcap's message, e.g. {@code x.pcap: No such file or
   *     directory}, {@code unknown file format}
   */
  public static JdumpHandle openOffline(String filePath) throws PcapNativeException {
    return openOffline(filePath, PcapHandle.TimestampPrecision.MICRO);
  }

  /**
   * Opens a pcap or pcapng file, with timestamps at the given precision (a nanosecond file read
   * at {@code MICRO} has its timestamps truncated, as libpcap does).
   *
   * <pre>{@code
   * JdumpHandle h = JdumpPcaps.openOffline("samples/http-nano.pcap", TimestampPrecision.NANO);
   * }</pre>
   *
   * @param filePath  the file
   * @param precision what {@link JdumpHandle#getTimestamp()} resolves
   * @return a handle positioned before the first packet
   * @throws PcapNativeException libpcap's message when the file cannot be opened or its header
   *     is bad
   */
  public static JdumpHandle openOffline(String filePath, PcapHandle.TimestampPrecision precision)
      throws PcapNativeException {
    try {
      PacketSource in = CaptureFiles.open(Path.of(filePath));
      return new JdumpHandle(in, null, precision, !isPcapng(Path.of(filePath)));
    } catch (IOException e) {
      throw new PcapNativeException(e.getMessage(), e);
    }
  }

  /** {@return true for a pcapng file} known by its section header block type. */
  private static boolean isPcapng(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] magic = in.readNBytes(4);
      return Arrays.equals(magic, new byte[] {0x0a, 0x0d, 0x0d, 0x0a});
    }
  }

  /**
   * Opens and activates a device with tcpdump's capture flags ({@link LiveOptions}).
   *
   * <pre>{@code
   * JdumpHandle h = JdumpPcaps.openLive("lo", LiveOptions.defaults().withImmediate(true));
   * }</pre>
   *
   * @param device  a device name, as {@code tcpdump -i} takes it ({@code any}, {@code eth0})
   * @param options snap length, promiscuous mode, buffer, timeout, precision, direction...
   * @return an activated handle
   * @throws PcapNativeException libpcap's or tcpdump's message, e.g. {@code nosuch: No such
   *     device exists}, or that libpcap is not installed
   */
  public static JdumpHandle openLive(String device, LiveOptions options)
      throws PcapNativeException {
    try {
      LiveSource live = LiveSource.open(PcapLibrary.load(), device, options);
      var precision = options.precision() == TimestampPrecision.NANO
          ? PcapHandle.TimestampPrecision.NANO : PcapHandle.TimestampPrecision.MICRO;
      return new JdumpHandle(live, live, precision, false);
    } catch (LiveCaptureException e) {
      throw new PcapNativeException(e.getMessage(), e);
    }
  }

  /**
   * Opens a device with the arguments of pcap4j's {@code PcapNetworkInterface.openLive}.
   *
   * <pre>{@code
   * JdumpHandle h = JdumpPcaps.openLive("eth0", 65536, PromiscuousMode.PROMISCUOUS, 10);
   * }</pre>
   *
   * @param device        a device name
   * @param snaplen       bytes kept per packet, 1 to 262144
   * @param mode          promiscuous or not
   * @param timeoutMillis libpcap's read timeout
   * @return an activated handle
   * @throws PcapNativeException as {@link #openLive(String, LiveOptions)}
   */
  public static JdumpHandle openLive(String device, int snaplen, PromiscuousMode mode,
      int timeoutMillis) throws PcapNativeException {
    if (snaplen <= 0 || snaplen > LiveOptions.MAXIMUM_SNAPLEN) {
      throw new PcapNativeException("invalid snaplen " + snaplen);
    }
    return openLive(device, LiveOptions.defaults().withSnaplen(snaplen)
        .withPromisc(mode == PromiscuousMode.PROMISCUOUS).withTimeoutMs(timeoutMillis));
  }
}
