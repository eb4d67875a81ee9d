package io.jdump.pcap4j;

import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.InvalidProgramException;
import io.jdump.bpf.LinkType;
import io.jdump.bpf.PacketFilter;
import io.jdump.capture.PacketSource;
import io.jdump.capture.live.CaptureStats;
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
import java.util.concurrent.Executor;
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
  /**
   * pcap4j's packet factory, fetched at the first dissection: it loads some 270 classes (60 ms
   * of a cold JVM), wasted on a caller that takes frames or raw bytes.
   */
  private PacketFactory<Packet, DataLinkType> factory;
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
   * As {@link #loop(int, PacketListener)}, each call of the listener run by an executor, as
   * {@code PcapHandle.loop(int, PacketListener, Executor)}: the packet is read, filtered and
   * dissected on this thread, the listener runs where the executor runs it.
   *
   * <pre>{@code
   * handle.loop(-1, listener, Executors.newSingleThreadExecutor());
   * }</pre>
   *
   * @param packetCount how many packets, or 0 or less for all
   * @param listener    called once per packet
   * @param executor    runs each call
   * @throws PcapNativeException  {@code Error occurred: } and libpcap's message
   * @throws InterruptedException {@link #breakLoop()} was called
   * @throws NotOpenException     after {@link #close()}
   */
  public void loop(int packetCount, PacketListener listener, Executor executor)
      throws PcapNativeException, InterruptedException, NotOpenException {
    loop(packetCount, handOff(listener, executor));
  }

  /**
   * As {@link #loop(int, RawPacketListener)}, each call run by an executor.
   *
   * <pre>{@code
   * handle.loop(-1, (RawPacketListener) bytes -> queue.add(bytes), Runnable::run);
   * }</pre>
   *
   * @param packetCount how many packets, or 0 or less for all
   * @param listener    called once per packet with its own array
   * @param executor    runs each call
   * @throws PcapNativeException  {@code Error occurred: } and libpcap's message
   * @throws InterruptedException {@link #breakLoop()} was called
   * @throws NotOpenException     after {@link #close()}
   */
  public void loop(int packetCount, RawPacketListener listener, Executor executor)
      throws PcapNativeException, InterruptedException, NotOpenException {
    loop(packetCount, handOff(listener, executor));
  }

  private FrameListener handOff(PacketListener listener, Executor executor) {
    if (listener == null || executor == null) {
      throw new NullPointerException("listener: " + listener + " executor: " + executor);
    }
    return f -> {
      Packet p = dissect();
      executor.execute(() -> listener.gotPacket(p));
    };
  }

  private FrameListener handOff(RawPacketListener listener, Executor executor) {
    if (listener == null || executor == null) {
      throw new NullPointerException("listener: " + listener + " executor: " + executor);
    }
    return f -> {
      byte[] bytes = copy();
      executor.execute(() -> listener.gotPacket(bytes));
    };
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
    for (int n = 0; packetCount <= 0 || n < packetCount; ) {
      throwIfBroken();
      int got = stepOrFail();
      if (got > 0) {
        listener.gotFrame(frame);
        n++;
      } else if (got < 0) {
        throwIfBroken();
        return;
      }
    }
  }

  /**
   * Writes each packet that passes the filter to a dumper with its own time stamp and lengths,
   * as {@code PcapHandle.loop(int, PcapDumper)}.
   *
   * <pre>{@code
   * try (JdumpDumper out = handle.dumpOpen("dns.pcap")) {
   *   handle.setFilter("port 53", BpfCompileMode.OPTIMIZE);
   *   handle.loop(-1, out);
   * }
   * }</pre>
   *
   * @param packetCount how many packets, or 0 or less for all
   * @param dumper      where they go
   * @throws PcapNativeException  {@code Error occurred: } and libpcap's message
   * @throws InterruptedException {@link #breakLoop()} was called
   * @throws NotOpenException     after {@link #close()}, of the handle or the dumper
   */
  public void loop(int packetCount, JdumpDumper dumper)
      throws PcapNativeException, InterruptedException, NotOpenException {
    if (!dumper.isOpen()) throw new NotOpenException();
    loop(packetCount, (FrameListener) f -> dumpQuietly(dumper, f));
  }

  private static void dumpQuietly(JdumpDumper dumper, io.jdump.capture.Packet f) {
    try {
      dumper.dump(f);
    } catch (NotOpenException closedMeanwhile) {
      // pcap_dump into a closed dumper has no error to report either
    }
  }

  /**
   * Hands at most {@code packetCount} passing packets, dissected, to a pcap4j listener, as
   * {@code PcapHandle.dispatch}: from a file all of them when {@code packetCount} is not
   * positive; from a device, once a packet has come (waiting for it as libpcap does), those
   * that have arrived, without waiting for more.
   *
   * <pre>{@code
   * while (handle.dispatch(100, listener) > 0) { ... }
   * }</pre>
   *
   * @param packetCount at most this many packets; 0 or less for no limit
   * @param listener    called once per packet, in the reading thread
   * @return the packets handed over; 0 at the end of a file
   * @throws PcapNativeException  {@code Error occurred: } and libpcap's message
   * @throws InterruptedException {@link #breakLoop()} was called before any packet of this call
   * @throws NotOpenException     after {@link #close()}
   */
  public int dispatch(int packetCount, PacketListener listener)
      throws PcapNativeException, InterruptedException, NotOpenException {
    return dispatch(packetCount, (FrameListener) f -> listener.gotPacket(dissect()));
  }

  /**
   * As {@link #dispatch(int, PacketListener)}, each call of the listener run by an executor.
   *
   * <pre>{@code
   * int n = handle.dispatch(10, listener, executor);
   * }</pre>
   *
   * @param packetCount at most this many packets; 0 or less for no limit
   * @param listener    called once per packet
   * @param executor    runs each call
   * @return the packets handed over; 0 at the end of a file
   * @throws PcapNativeException  {@code Error occurred: } and libpcap's message
   * @throws InterruptedException {@link #breakLoop()} was called before any packet of this call
   * @throws NotOpenException     after {@link #close()}
   */
  public int dispatch(int packetCount, PacketListener listener, Executor executor)
      throws PcapNativeException, InterruptedException, NotOpenException {
    return dispatch(packetCount, handOff(listener, executor));
  }

  /**
   * As {@link #dispatch(int, RawPacketListener)}, each call run by an executor.
   *
   * <pre>{@code
   * int n = handle.dispatch(10, (RawPacketListener) b -> { }, Runnable::run);
   * }</pre>
   *
   * @param packetCount at most this many packets; 0 or less for no limit
   * @param listener    called once per packet with its own array
   * @param executor    runs each call
   * @return the packets handed over; 0 at the end of a file
   * @throws PcapNativeException  {@code Error occurred: } and libpcap's message
   * @throws InterruptedException {@link #breakLoop()} was called before any packet of this call
   * @throws NotOpenException     after {@link #close()}
   */
  public int dispatch(int packetCount, RawPacketListener listener, Executor executor)
      throws PcapNativeException, InterruptedException, NotOpenException {
    return dispatch(packetCount, handOff(listener, executor));
  }

  /**
   * As {@link #dispatch(int, PacketListener)}, with a copy of each packet's bytes.
   *
   * <pre>{@code
   * int n = handle.dispatch(10, (RawPacketListener) bytes -> System.out.println(bytes.length));
   * }</pre>
   *
   * @param packetCount at most this many packets; 0 or less for no limit
   * @param listener    called once per packet with its own array
   * @return the packets handed over; 0 at the end of a file
   * @throws PcapNativeException  {@code Error occurred: } and libpcap's message
   * @throws InterruptedException {@link #breakLoop()} was called before any packet of this call
   * @throws NotOpenException     after {@link #close()}
   */
  public int dispatch(int packetCount, RawPacketListener listener)
      throws PcapNativeException, InterruptedException, NotOpenException {
    return dispatch(packetCount, (FrameListener) f -> listener.gotPacket(copy()));
  }

  /**
   * As {@link #dispatch(int, PacketListener)}, with a view of jdump's buffer (no copy).
   *
   * <pre>{@code
   * int n = handle.dispatch(-1, (FrameListener) f -> bytes += f.caplen());
   * }</pre>
   *
   * @param packetCount at most this many packets; 0 or less for no limit
   * @param listener    called once per packet; the view is valid during the call only
   * @return the packets handed over; 0 at the end of a file
   * @throws PcapNativeException  {@code Error occurred: } and libpcap's message
   * @throws InterruptedException {@link #breakLoop()} was called before any packet of this call
   * @throws NotOpenException     after {@link #close()}
   */
  public int dispatch(int packetCount, FrameListener listener)
      throws PcapNativeException, InterruptedException, NotOpenException {
    checkOpen();
    int n = 0;
    boolean draining = false; // a device after its first packet: what has arrived, no more waiting
    try {
      while (true) {
        // As libpcap: a break before the first packet is reported now; after some, next call.
        if (breakRequested) {
          if (n > 0) return n;
          throwIfBroken();
        }
        int got = stepOrFail();
        if (got <= 0 && !breakRequested) return n;
        if (got > 0) {
          listener.gotFrame(frame);
          if (++n == packetCount) return n;
          if (live != null && !draining) {
            setNonblocking(true);
            draining = true;
          }
        }
      }
    } finally {
      if (draining) setNonblocking(false);
    }
  }

  private void setNonblocking(boolean on) throws PcapNativeException {
    try {
      live.nonblocking(on);
    } catch (LiveCaptureException e) {
      throw new PcapNativeException("Error occurred: " + e.getMessage(), e);
    }
  }

  /**
   * Makes a running {@code loop} throw {@link InterruptedException} before its next packet;
   * on a live device it also wakes a reader waiting for a packet. A later {@code loop} reads
   * on, as libpcap's does. Safe from any thread.
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
    if (live != null) live.wake();
  }

  /**
   * Opens a pcap file to write packets into, as {@code PcapHandle.dumpOpen}: the handle's link
   * type, snap length and time stamp precision, the bytes libpcap's {@code pcap_dump_open}
   * writes.
   *
   * <pre>{@code
   * JdumpDumper out = handle.dumpOpen("copy.pcap");
   * }</pre>
   *
   * @param filePath the file, replaced if it exists; "-" for standard output
   * @return the dumper, to close when done
   * @throws PcapNativeException libpcap's words, e.g. {@code /no/dir/x.pcap: No such file or
   *     directory}
   * @throws NotOpenException    after {@link #close()}
   */
  public JdumpDumper dumpOpen(String filePath) throws PcapNativeException, NotOpenException {
    if (filePath == null) throw new NullPointerException("filePath must not be null.");
    checkOpen();
    return JdumpDumper.open(filePath, source.dlt(), source.linkTypeExtension(), source.snaplen(),
        precision);
  }

  /**
   * {@return a live device's counters} as {@code PcapHandle.getStats}.
   *
   * <pre>{@code
   * JdumpStat s = handle.getStats();
   * }</pre>
   *
   * @throws PcapNativeException {@code Statistics aren't available from savefiles} for a file,
   *     or libpcap's reason
   * @throws NotOpenException    after {@link #close()}
   */
  public JdumpStat getStats() throws PcapNativeException, NotOpenException {
    checkOpen();
    if (live == null) throw new PcapNativeException("Statistics aren't available from savefiles");
    try {
      CaptureStats s = live.stats();
      return new JdumpStat(s.received(), s.dropped(), s.ifDropped());
    } catch (LiveCaptureException e) {
      throw new PcapNativeException(e.getMessage(), e);
    }
  }

  /**
   * Sends a packet's bytes out of the device, as {@code PcapHandle.sendPacket(Packet)}.
   *
   * <pre>{@code
   * handle.sendPacket(packet);
   * }</pre>
   *
   * @param packet the frame, link-layer header first
   * @throws PcapNativeException {@code Error occurred in pcap_sendpacket(): } and libpcap's
   *     reason ({@code Sending packets isn't supported on savefiles} for a file)
   * @throws NotOpenException    after {@link #close()}
   */
  public void sendPacket(Packet packet) throws PcapNativeException, NotOpenException {
    if (packet == null) throw new NullPointerException("packet may not be null");
    sendPacket(packet.getRawData());
  }

  /**
   * Sends raw bytes out of the device, as {@code PcapHandle.sendPacket(byte[])}.
   *
   * <pre>{@code
   * handle.sendPacket(frameBytes);
   * }</pre>
   *
   * @param bytes the frame
   * @throws PcapNativeException {@code Error occurred in pcap_sendpacket(): } and the reason
   * @throws NotOpenException    after {@link #close()}
   */
  public void sendPacket(byte[] bytes) throws PcapNativeException, NotOpenException {
    if (bytes == null) throw new NullPointerException("bytes may not be null");
    sendPacket(bytes, bytes.length);
  }

  /**
   * Sends the first {@code length} bytes out of the device, as
   * {@code PcapHandle.sendPacket(byte[], int)}.
   *
   * <pre>{@code
   * handle.sendPacket(buffer, 60);
   * }</pre>
   *
   * @param bytes  the frame
   * @param length how many of its bytes
   * @throws PcapNativeException {@code Error occurred in pcap_sendpacket(): } and the reason
   * @throws NotOpenException    after {@link #close()}
   */
  public void sendPacket(byte[] bytes, int length) throws PcapNativeException, NotOpenException {
    if (bytes == null) throw new NullPointerException("bytes may not be null");
    checkOpen();
    if (length < 0 || length > bytes.length) {
      throw new ArrayIndexOutOfBoundsException("length " + length + " of " + bytes.length);
    }
    if (live == null) {
      throw new PcapNativeException(
          "Error occurred in pcap_sendpacket(): Sending packets isn't supported on savefiles");
    }
    try {
      live.inject(bytes, length);
    } catch (LiveCaptureException e) {
      throw new PcapNativeException("Error occurred in pcap_sendpacket(): " + e.getMessage(), e);
    }
  }

  /**
   * Switches a device to another link type it offers, as {@code PcapHandle.setDlt}; set the
   * filter again afterwards (it was compiled for the old one). A file keeps its own.
   *
   * <pre>{@code
   * handle.setDlt(DataLinkType.LINUX_SLL);
   * }</pre>
   *
   * @param dlt the link type
   * @throws PcapNativeException libpcap's words, e.g. {@code DLT 9 is not one of the DLTs
   *     supported by this device}
   * @throws NotOpenException    after {@link #close()}
   */
  public void setDlt(DataLinkType dlt) throws PcapNativeException, NotOpenException {
    if (dlt == null) throw new NullPointerException("dlt must not be null.");
    checkOpen();
    int value = dlt.value();
    if (live == null) {
      if (value != source.dlt()) throw new PcapNativeException(notSupported(value));
      return;
    }
    try {
      live.setDatalink(value);
    } catch (LiveCaptureException e) {
      throw new PcapNativeException(e.getMessage(), e);
    }
  }

  /** libpcap's words for a link type the handle cannot take; its name when libpcap has one. */
  private static String notSupported(int dlt) {
    return LinkType.forDlt(dlt)
        .map(t -> t.name() + " is not one of the DLTs supported by this device")
        .orElse("DLT " + dlt + " is not one of the DLTs supported by this device");
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

  /** Reads up to the next passing packet, waiting on a device; false at the end or a break. */
  private boolean next() throws IOException {
    int got;
    while ((got = step()) == 0) {
      // a device's read timeout expired with nothing to deliver: wait again, as pcap_next_ex
    }
    if (got < 0 && live != null) breakRequested = false; // pcap_next_ex's -2 clears the break
    return got > 0;
  }

  /**
   * Reads up to the next passing packet. {@return 1 with it in {@link #frame}, 0 when a device's
   * read timeout expired first, -1 at the end of a file or when a device's read was broken}
   */
  private int step() throws IOException {
    if (live != null) {
      int got;
      while ((got = live.poll(frame)) > 0) {
        if (passes()) return 1;
      }
      return got;
    }
    while (source.next(frame)) {
      if (passes()) return 1;
    }
    return -1;
  }

  private boolean passes() {
    if (filter != null
        && filter.apply(frame.buffer(), frame.offset(), frame.caplen(), frame.wirelen()) == 0) {
      return false;
    }
    hasPacket = true;
    timestampNanos = frame.timestampNanos();
    originalLength = frame.wirelen();
    return true;
  }

  private int stepOrFail() throws PcapNativeException {
    try {
      return step();
    } catch (IOException e) {
      throw new PcapNativeException("Error occurred: " + e.getMessage(), e);
    }
  }

  private void throwIfBroken() throws InterruptedException {
    if (breakRequested) {
      breakRequested = false;
      throw new InterruptedException("loop broken by breakLoop()");
    }
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
      if (factory == null) factory = PacketFactories.getFactory(Packet.class, DataLinkType.class);
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
