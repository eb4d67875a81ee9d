package io.jdump.pcap4j;

import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.InvalidProgramException;
import io.jdump.bpf.PacketFilter;
import io.jdump.capture.PacketSource;
import io.jdump.capture.live.LiveCaptureException;
import io.jdump.capture.live.LiveSource;
import io.jdump.filter.FilterCompiler;
import io.jdump.filter.FilterException;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.net.Inet4Address;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.concurrent.TimeoutException;
import org.pcap4j.core.BpfProgram.BpfCompileMode;
import org.pcap4j.core.NotOpenException;
import org.pcap4j.core.PacketListener;
import org.pcap4j.core.PcapHandle;
import org.pcap4j.core.PcapNativeException;
import org.pcap4j.core.RawPacketListener;
import org.pcap4j.packet.Packet;
import org.pcap4j.packet.factory.PacketFactories;
import org.pcap4j.packet.factory.PacketFactory;
import org.pcap4j.packet.namednumber.DataLinkType;

/**
 * A capture file or live device read by jdump, with the methods of pcap4j's
 * {@code PcapHandle} a reader uses: {@code setFilter}, {@code getNextPacket(Ex)},
 * {@code getNextRawPacket(Ex)}, {@code loop}, {@code breakLoop}, {@code getTimestamp},
 * {@code getOriginalLength}. The filter is compiled by jdump's compiler (no global compile
 * lock) and run by its JIT in the reading thread; only the packets that pass are copied or
 * dissected, and {@link FrameListener} receives them with no copy at all. The timestamp and
 * original length are those of the last packet returned or passed to a listener.
 *
 * <p>One thread reads a handle; {@link #breakLoop()} may come from any thread.
 *
 * <pre>{@code
 * try (JdumpHandle h = JdumpPcaps.openOffline("samples/http.pcap")) {
 *   h.setFilter("tcp", BpfCompileMode.OPTIMIZE);
 *   h.loop(10, (PacketListener) p -> System.out.println(h.getOriginalLength() + " " + p));
 * }
 * }</pre>
 */
public final class JdumpHandle implements Closeable {
  private final PacketSource source;
  /** The same object as {@link #source} when reading a device, else null. */
  private final LiveSource live;
  private final PcapHandle.TimestampPrecision precision;
  /** pcap files: libpcap reads their 32-bit seconds as signed, so 2038 and later read as 1901. */
  private final boolean signedSeconds;
  private final io.jdump.capture.Packet frame = new io.jdump.capture.Packet();
  private final PacketFactory<Packet, DataLinkType> factory =
      PacketFactories.getFactory(Packet.class, DataLinkType.class);
  /** The pcap4j name of {@link #dltValue}, kept so that dissection allocates no new one. */
  private DataLinkType dltType;
  private int dltValue = -1;
  private PacketFilter filter;
  private String filteringExpression = "";
  private volatile boolean breakRequested;
  private volatile boolean open = true;
  private boolean hasPacket;
  private long timestampNanos;
  private int originalLength;

  JdumpHandle(PacketSource source, LiveSource live, PcapHandle.TimestampPrecision precision,
      boolean signedSeconds) {
    this.source = source;
    this.live = live;
    this.precision = precision;
    this.signedSeconds = signedSeconds;
  }

  /**
   * Filters with a pcap-filter(7) expression in libpcap's meaning, as
   * {@code PcapHandle.setFilter}; compiled for the handle's link type and snap length.
   *
   * <pre>{@code
   * handle.setFilter("udp port 53", BpfCompileMode.OPTIMIZE);
   * }</pre>
   *
   * @param bpfExpression the expression; empty accepts every packet
   * @param mode          {@code NONOPTIMIZE} for tcpdump's {@code -O}
   * @throws PcapNativeException {@code Error occurred in pcap_compile: } and libpcap's message
   * @throws NotOpenException    after {@link #close()}
   */
  public void setFilter(String bpfExpression, BpfCompileMode mode)
      throws PcapNativeException, NotOpenException {
    setFilter(bpfExpression, optionsFor(mode));
  }

  /**
   * Filters with an expression and a netmask (which only {@code ip broadcast} uses).
   *
   * <pre>{@code
   * handle.setFilter("ip broadcast", BpfCompileMode.OPTIMIZE,
   *     (Inet4Address) InetAddress.getByName("255.255.255.0"));
   * }</pre>
   *
   * @param bpfExpression the expression
   * @param mode          {@code NONOPTIMIZE} for tcpdump's {@code -O}
   * @param netmask       the network's mask, or {@code PcapHandle.PCAP_NETMASK_UNKNOWN}
   * @throws PcapNativeException {@code Error occurred in pcap_compile: } and libpcap's message
   * @throws NotOpenException    after {@link #close()}
   */
  public void setFilter(String bpfExpression, BpfCompileMode mode, Inet4Address netmask)
      throws PcapNativeException, NotOpenException {
    byte[] b = netmask.getAddress();
    int mask = (b[0] & 0xff) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | b[3] & 0xff;
    setFilter(bpfExpression, optionsFor(mode).withNetmask(mask));
  }

  private static FilterOptions optionsFor(BpfCompileMode mode) {
    return FilterOptions.defaults().withOptimize(mode != BpfCompileMode.NONOPTIMIZE);
  }

  /**
   * Filters with an expression and jdump's options: {@code --any-vlan}, {@code --scoped-encap},
   * {@code --ip6-transport}, the netmask, the snap length, the VM. On a live device the
   * program is also installed in the kernel, so that rejected frames are not even copied.
   *
   * <pre>{@code
   * handle.setFilter("tcp port 80", FilterOptions.defaults()
   *     .withMeanings(CompileOptions.LIBPCAP.withAnyVlan(true).withIp6Transport(true)));
   * }</pre>
   *
   * @param bpfExpression the expression; empty accepts every packet
   * @param options       how to compile and run it
   * @throws PcapNativeException {@code Error occurred in pcap_compile: } and libpcap's message
   *     (or, live, {@code Error occurred in pcap_setfilter: } and the kernel's)
   * @throws NotOpenException    after {@link #close()}
   */
  public void setFilter(String bpfExpression, FilterOptions options)
      throws PcapNativeException, NotOpenException {
    checkOpen();
    int snaplen = options.snaplen() != 0 ? options.snaplen() : source.snaplen();
    BpfProgram program;
    PacketFilter compiled;
    try {
      // As pcap_compile on this handle: a file's programs are a savefile's (libpcap's rfile).
      program = FilterCompiler.compile(bpfExpression, source.dlt(), snaplen, options.optimize(),
          options.netmask(), options.meanings().withSavefile(source.savefile()));
      compiled = options.engine().filter(program);
    } catch (FilterException | InvalidProgramException e) {
      throw new PcapNativeException("Error occurred in pcap_compile: " + e.getMessage(), e);
    }
    if (live != null) {
      try {
        live.setFilter(program);
      } catch (LiveCaptureException e) {
        throw new PcapNativeException("Error occurred in pcap_setfilter: " + e.getMessage(), e);
      }
    }
    filter = compiled;
    filteringExpression = bpfExpression == null ? "" : bpfExpression;
  }

  /** {@return the expression last given to {@code setFilter}, or "" without one} */
  public String getFilteringExpression() {
    return filteringExpression;
  }

  /**
   * {@return the next packet that passes the filter, dissected; null at the end or on an
   * error} as {@code PcapHandle.getNextPacket}.
   *
   * <pre>{@code
   * for (Packet p; (p = handle.getNextPacket()) != null; ) System.out.println(p);
   * }</pre>
   *
   * @throws NotOpenException after {@link #close()}
   */
  public Packet getNextPacket() throws NotOpenException {
    try {
      return advance() ? dissect() : null;
    } catch (PcapNativeException e) {
      return null;
    }
  }

  /**
   * {@return the next packet that passes the filter, dissected} as
   * {@code PcapHandle.getNextPacketEx}.
   *
   * <pre>{@code
   * try {
   *   while (true) handle.getNextPacketEx();
   * } catch (EOFException end) { }
   * }</pre>
   *
   * @throws EOFException        at the end of a file, or after a live {@link #breakLoop()}
   * @throws PcapNativeException {@code Error occurred in pcap_next_ex(): } and libpcap's
   *     message, e.g. {@code truncated dump file; tried to read 40 captured bytes, only got 3}
   * @throws TimeoutException    never: jdump's live source waits for the next packet; declared
   *     so that code written for {@code PcapHandle} compiles unchanged
   * @throws NotOpenException    after {@link #close()}
   */
  public Packet getNextPacketEx()
      throws PcapNativeException, EOFException, TimeoutException, NotOpenException {
    if (!advanceEx()) throw new EOFException();
    return dissect();
  }

  /**
   * {@return a copy of the next passing packet's bytes; null at the end or on an error} as
   * {@code PcapHandle.getNextRawPacket}.
   *
   * <pre>{@code
   * byte[] bytes = handle.getNextRawPacket();
   * }</pre>
   *
   * @throws NotOpenException after {@link #close()}
   */
  public byte[] getNextRawPacket() throws NotOpenException {
    try {
      return advance() ? copy() : null;
    } catch (PcapNativeException e) {
      return null;
    }
  }

  /**
   * {@return a copy of the next passing packet's bytes} as {@code PcapHandle.getNextRawPacketEx}.
   *
   * <pre>{@code
   * UnknownPacket raw = UnknownPacket.newPacket(handle.getNextRawPacketEx(), 0,
   *     handle.getOriginalLength());   // a pcap4j Packet with no dissection
   * }</pre>
   *
   * @throws EOFException        at the end of a file, or after a live {@link #breakLoop()}
   * @throws PcapNativeException {@code Error occurred in pcap_next_ex(): } and libpcap's message
   * @throws TimeoutException    never; declared as {@code PcapHandle} declares it
   * @throws NotOpenException    after {@link #close()}
   */
  public byte[] getNextRawPacketEx()
      throws PcapNativeException, EOFException, TimeoutException, NotOpenException {
    if (!advanceEx()) throw new EOFException();
    return copy();
  }

  /**
   * Hands each packet that passes the filter, dissected, to a pcap4j listener, as
   * {@code PcapHandle.loop}: {@code count} packets, or all of them when {@code count} is not
   * positive. Returns at the end of a file.
   *
   * <pre>{@code
   * PacketListener listener = p -> System.out.println(p.length());
   * handle.loop(-1, listener);
   * }</pre>
   *
   * @param packetCount how many packets, or 0 or less for all
   * @param listener    called once per packet, in the reading thread
   * @throws PcapNativeException  {@code Error occurred: } and libpcap's message, after the
   *     packets before the error were delivered
   * @throws InterruptedException {@link #breakLoop()} was called
   * @throws NotOpenException     after {@link #close()}
   */
  public void loop(int packetCount, PacketListener listener)
      throws PcapNativeException, InterruptedException, NotOpenException {
    loop(packetCount, (FrameListener) f -> listener.gotPacket(dissect()));
  }

  /**
   * Hands a copy of each passing packet's bytes to a pcap4j raw listener, as
   * {@code PcapHandle.loop(int, RawPacketListener)}.
   *
   * <pre>{@code
   * RawPacketListener listener = bytes -> System.out.println(bytes.length);
   * handle.loop(5, listener);
   * }</pre>
   *
   * @param packetCount how many packets, or 0 or less for all
   * @param listener    called once per packet with its own array
   * @throws PcapNativeException  {@code Error occurred: } and libpcap's message
   * @throws InterruptedException {@link #breakLoop()} was called
   * @throws NotOpenException     after {@link #close()}
   */
  public void loop(int packetCount, RawPacketListener listener)
      throws PcapNativeException, InterruptedException, NotOpenException {
    loop(packetCount, (FrameListener) f -> listener.gotPacket(copy()));
  }

  /**
   * Hands each passing packet to a listener as a view of jdump's buffer: no copy, no
   * dissection, no allocation per packet. The fastest way through a capture.
   *
   * <pre>{@code
   * handle.loop(-1, (FrameListener) f -> System.out.println(f.caplen() + " of " + f.wirelen()));
   * }</pre>
   *
   * @param packetCount how many packets, or 0 or less for all
   * @param listener    called once per packet; the view is valid during the call only
   * @throws PcapNativeException  {@code Error occurred: } and libpcap's message
   * @throws InterruptedException {@link #breakLoop()} was called
   * @throws NotOpenException     after {@link #close()}
   */
  public void loop(int packetCount, FrameListener listener)
      throws PcapNativeException, InterruptedException, NotOpenException {
    checkOpen();
    for (int n = 0; packetCount <= 0 || n < packetCount; n++) {
      if (breakRequested) {
        breakRequested = false;
        throw new InterruptedException("loop broken by breakLoop()");
      }
      boolean got;
      try {
        got = next();
      } catch (IOException e) {
        throw new PcapNativeException("Error occurred: " + e.getMessage(), e);
      }
      if (!got) {
        if (breakRequested) {
          breakRequested = false;
          throw new InterruptedException("loop broken by breakLoop()");
        }
        return;
      }
      listener.gotFrame(frame);
    }
  }

  /**
   * Makes a running {@code loop} throw {@link InterruptedException} before its next packet;
   * on a live device it also wakes a reader waiting for a packet, and the device delivers no
   * more. Safe from any thread.
   *
   * <pre>{@code
   * handle.loop(-1, (PacketListener) p -> { if (p.length() > 1000) handle.breakLoop(); });
   * }</pre>
   *
   * @throws NotOpenException after {@link #close()}
   */
  public void breakLoop() throws NotOpenException {
    checkOpen();
    breakRequested = true;
    if (live != null) live.stop();
  }

  /**
   * {@return the timestamp of the last packet returned, or null before the first} at the
   * handle's precision (microseconds unless opened with {@code NANO}), as
   * {@code PcapHandle.getTimestamp}: in a pcap file, seconds from 2^31 on read as before 1970,
   * as libpcap reads them.
   *
   * <pre>{@code
   * handle.getNextPacketEx();
   * Instant when = handle.getTimestamp().toInstant();
   * }</pre>
   */
  public Timestamp getTimestamp() {
    if (!hasPacket) return null;
    long nanos = timestampNanos;
    if (precision == PcapHandle.TimestampPrecision.MICRO) nanos -= Math.floorMod(nanos, 1000);
    long seconds = Math.floorDiv(nanos, 1_000_000_000L);
    if (signedSeconds) seconds = (int) seconds;
    Timestamp t = new Timestamp(seconds * 1000);
    t.setNanos((int) Math.floorMod(nanos, 1_000_000_000L));
    return t;
  }

  /**
   * {@return the last packet's time in nanoseconds since the epoch, at full precision} with no
   * allocation; 0 before the first packet.
   *
   * <pre>{@code
   * long ns = handle.getTimestampNanos();
   * }</pre>
   */
  public long getTimestampNanos() {
    return timestampNanos;
  }

  /**
   * {@return the last packet's length on the wire, or null before the first} as
   * {@code PcapHandle.getOriginalLength}; its captured bytes may be fewer.
   *
   * <pre>{@code
   * byte[] b = handle.getNextRawPacketEx();
   * boolean cut = b.length < handle.getOriginalLength();
   * }</pre>
   */
  public Integer getOriginalLength() {
    return hasPacket ? originalLength : null;
  }

  /** {@return the link type of the file (its first interface) or device} */
  public DataLinkType getDlt() {
    return DataLinkType.getInstance(source.dlt());
  }

  /** {@return the snap length the file declares or the device was opened with} */
  public int getSnapshot() {
    return source.snaplen();
  }

  /** {@return the precision {@link #getTimestamp()} resolves} */
  public PcapHandle.TimestampPrecision getTimestampPrecision() {
    return precision;
  }

  /** {@return false once {@link #close()} was called} */
  public boolean isOpen() {
    return open;
  }

  /** Closes the file or device; further reads throw {@link NotOpenException}. */
  @Override
  public void close() {
    if (!open) return;
    open = false;
    try {
      source.close();
    } catch (IOException e) {
      // Only reads were made: nothing was left unwritten, and PcapHandle.close() throws nothing.
    }
  }

  /** Reads up to the next passing packet; false at the end. */
  private boolean next() throws IOException {
    while (source.next(frame)) {
      if (filter == null
          || filter.apply(frame.buffer(), frame.offset(), frame.caplen(), frame.wirelen()) != 0) {
        hasPacket = true;
        timestampNanos = frame.timestampNanos();
        originalLength = frame.wirelen();
        return true;
      }
    }
    return false;
  }

  private boolean advance() throws PcapNativeException, NotOpenException {
    checkOpen();
    try {
      return next();
    } catch (IOException e) {
      throw new PcapNativeException(e.getMessage(), e);
    }
  }

  private boolean advanceEx() throws PcapNativeException, NotOpenException {
    checkOpen();
    try {
      return next();
    } catch (IOException e) {
      throw new PcapNativeException("Error occurred in pcap_next_ex(): " + e.getMessage(), e);
    }
  }

  private Packet dissect() {
    if (frame.dlt() != dltValue) {
      dltValue = frame.dlt();
      dltType = DataLinkType.getInstance(dltValue);
    }
    return factory.newInstance(frame.buffer(), frame.offset(), frame.caplen(), dltType);
  }

  private byte[] copy() {
    return Arrays.copyOfRange(frame.buffer(), frame.offset(), frame.offset() + frame.caplen());
  }

  private void checkOpen() throws NotOpenException {
    if (!open) throw new NotOpenException();
  }
}
