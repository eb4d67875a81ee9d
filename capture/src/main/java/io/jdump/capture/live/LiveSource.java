package io.jdump.capture.live;

import com.kenai.jffi.MemoryIO;
import io.jdump.bpf.BpfProgram;
import io.jdump.bpf.LinkType;
import io.jdump.capture.Packet;
import io.jdump.capture.PacketSource;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import jnr.ffi.Memory;
import jnr.ffi.Pointer;

/**
 * Packets from a network device through libpcap: tcpdump's {@code -i}. Opened and activated by
 * {@link #open}, optionally given a kernel filter by {@link #setFilter}, then read with
 * {@link #next} until {@link #stop} (from any thread, a signal handler's included) or a
 * device error.
 *
 * <p>{@code next} copies each frame out of libpcap's ring into one reusable array (libpcap's
 * buffer is only valid until its next call): nothing is allocated per packet. The view is
 * valid until the next call to {@code next}.
 *
 * <pre>{@code
 * PcapLibrary lib = PcapLibrary.load();
 * try (LiveSource in = LiveSource.open(lib, "eth0", LiveOptions.defaults())) {
 *   in.notices().forEach(n -> System.err.println("jdump: " + n));
 *   in.setFilter(program);                                  // unless --no-kernel-filter
 *   System.err.println("jdump: " + in.listeningOn());
 *   var p = new Packet();
 *   while (in.next(p)) if (filter.apply(p.buffer(), 0, p.caplen(), p.wirelen()) != 0) kept++;
 *   in.stats().tcpdumpLines(kept).forEach(System.err::println);
 * }
 * }</pre>
 */
public final class LiveSource implements PacketSource {
  private final PcapLibrary lib;
  private final PcapNative pcap;
  private final Pointer handle;
  private final String device;
  private final boolean supportsMonitorMode;
  private final List<String> notices;
  private final int snaplen;
  private final boolean nano;
  /** The device's link type; {@link #setDatalink} may change it. */
  private int dlt; // read and changed by the reading thread only
  // Out-parameters of pcap_next_ex and pcap_stats, allocated once.
  private final Pointer headerSlot;
  private final Pointer dataSlot;
  private final Pointer statsBuffer;
  private final Pointer errbuf;
  private final MemoryIO memory = MemoryIO.getInstance();
  private final int longSize;
  /** Holds the frame being viewed; grows only if libpcap hands over more than its snaplen. */
  private byte[] frame;
  private long bytesRead;
  /** Set by {@link #stop}: a timeout return then ends {@link #next} even without breakloop. */
  private volatile boolean stopRequested;
  /** Guards {@link #closed} so that stop() never touches a closed handle. */
  private final Object lifecycle = new Object();
  private boolean closed;

  private LiveSource(PcapLibrary lib, String device, Activation.Opened opened,
      List<String> notices) {
    this.lib = lib;
    this.pcap = lib.nativeCalls();
    this.handle = opened.handle();
    this.device = device;
    this.supportsMonitorMode = opened.supportsMonitorMode();
    this.notices = List.copyOf(notices);
    this.snaplen = pcap.pcap_snapshot(handle);
    this.nano = precisionOf(pcap, handle) == TimestampPrecision.NANO;
    this.dlt = pcap.pcap_datalink(handle);
    var rt = lib.runtime();
    this.headerSlot = Memory.allocateDirect(rt, rt.addressSize());
    this.dataSlot = Memory.allocateDirect(rt, rt.addressSize());
    this.statsBuffer = Memory.allocateDirect(rt, 64);
    this.errbuf = Memory.allocateDirect(rt, PcapLibrary.ERRBUF_SIZE);
    this.longSize = rt.longSize();
    this.frame = new byte[Math.max(snaplen, 65536)];
  }

  /**
   * Opens and activates a device as tcpdump 4.99 does with {@code -i ARG}: by name first; if no
   * such device exists and ARG is a number, the ARG-th device of {@link PcapLibrary#devices()}.
   * Then {@code -Q}, then {@code -y} (or LINUX_SLL2 on {@code any}, as tcpdump 4.99).
   *
   * @param deviceArg what {@code -i} was given; {@link PcapLibrary#defaultDevice()} without it
   * @throws LiveCaptureException.NoSuchDevice e.g. {@code nosuch: No such device exists\n(No
   *     such device exists)}
   * @throws LiveCaptureException for every other failure, in tcpdump's words, e.g.
   *     {@code eth0: You don't have permission to perform this capture on that device\n(socket:
   *     Operation not permitted)}, {@code Invalid adapter index}
   * @param lib       the loaded libpcap
   * @param options   tcpdump's capture flags
   * @return the activated device, ready to read
   */
  public static LiveSource open(PcapLibrary lib, String deviceArg, LiveOptions options)
      throws LiveCaptureException {
    try {
      return openNamed(lib, deviceArg, options);
    } catch (LiveCaptureException.NoSuchDevice e) {
      long number = interfaceNumber(deviceArg);
      if (number < 0) throw e;
      List<PcapDevice> devs = lib.devices();
      if (number > devs.size()) throw new LiveCaptureException("Invalid adapter index");
      return openNamed(lib, devs.get((int) number - 1).name(), options);
    }
  }

  /**
   * {@return the 1-based number ARG is, or -1 when it is not all digits}
   *
   * @throws LiveCaptureException {@code Invalid adapter index} for 0
   */
  static long interfaceNumber(String arg) throws LiveCaptureException {
    if (arg.isEmpty() || !arg.chars().allMatch(c -> c >= '0' && c <= '9')) return -1;
    long n;
    try {
      n = Long.parseLong(arg);
    } catch (NumberFormatException tooLong) {
      n = Long.MAX_VALUE;
    }
    if (n <= 0) throw new LiveCaptureException("Invalid adapter index");
    return n;
  }

  private static LiveSource openNamed(PcapLibrary lib, String device, LiveOptions o)
      throws LiveCaptureException {
    Activation.Opened opened = Activation.open(lib, device, o);
    PcapNative pcap = lib.nativeCalls();
    Pointer p = opened.handle();
    try {
      var notices = new ArrayList<>(opened.notices());
      if (o.datalink() >= 0) {
        if (pcap.pcap_set_datalink(p, o.datalink()) < 0) {
          throw new LiveCaptureException(pcap.pcap_geterr(p));
        }
        notices.add("data link type " + lib.datalinkName(o.datalink()).orElse("" + o.datalink()));
      } else if (device.equals("any")
          && pcap.pcap_set_datalink(p, LinkType.LINUX_SLL2.dlt()) == 0) {
        // tcpdump 4.99 asks for LINUX_SLL2 on "any" as if -y had said so; a libpcap without
        // it keeps LINUX_SLL, quietly.
        notices.add("data link type " + lib.datalinkName(LinkType.LINUX_SLL2.dlt())
            .orElse("LINUX_SLL2"));
      }
      int actual = pcap.pcap_snapshot(p);
      if (o.snaplen() != 0 && o.snaplen() < actual) {
        notices.add("WARNING: snaplen raised from " + o.snaplen() + " to " + actual);
      } else if (o.snaplen() > actual) {
        notices.add("WARNING: snaplen lowered from " + o.snaplen() + " to " + actual);
      }
      return new LiveSource(lib, device, opened, notices);
    } catch (LiveCaptureException | RuntimeException | Error e) {
      pcap.pcap_close(p);
      throw e;
    }
  }

  private static TimestampPrecision precisionOf(PcapNative pcap, Pointer handle) {
    try {
      return TimestampPrecision.ofPcapValue(pcap.pcap_get_tstamp_precision(handle));
    } catch (UnsatisfiedLinkError olderLibpcap) {
      return TimestampPrecision.MICRO;
    }
  }

  /**
   * Installs the program in the kernel (or libpcap), so that frames it rejects are not
   * delivered; jdump's VM still decides every frame that is.
   *
   * @throws LiveCaptureException libpcap's reason, as tcpdump prints it
   * @param program the program to install
   */
  public void setFilter(BpfProgram program) throws LiveCaptureException {
    if (NativeProgram.install(pcap, lib.runtime(), handle, program) < 0) {
      throw new LiveCaptureException(pcap.pcap_geterr(handle));
    }
  }

  /**
   * Waits for the next frame and points {@code into} at it.
   *
   * @return false once {@link #stop} was called (the frames already returned are all there is)
   * @throws LiveCaptureException when the device fails, e.g. {@code pcap_loop: The interface
   *     disappeared}; {@link #stats} still answers afterwards
   */
  @Override
  public boolean next(Packet into) throws LiveCaptureException {
    while (!stopRequested) {
      int status = poll(into);
      if (status > 0) return true;
      if (status < 0) break;
      // 0: the read timeout expired with nothing to deliver; wait again
    }
    return false;
  }

  /**
   * Waits for the next frame at most the read timeout, and points {@code into} at it.
   *
   * <pre>{@code
   * while (source.poll(packet) >= 0) { ... }
   * }</pre>
   *
   * @param into the view to point at the frame
   * @return 1 with a frame, 0 when the read timeout expired with none, -1 after {@link #wake}
   *     or {@link #stop}
   * @throws LiveCaptureException when the device fails, as {@link #next}
   */
  public int poll(Packet into) throws LiveCaptureException {
    if (stopRequested) return -1;
    int status = pcap.pcap_next_ex(handle, headerSlot, dataSlot);
    if (status == 1) {
      read(into);
      return 1;
    }
    if (status == Activation.PCAP_ERROR_BREAK) return -1;
    if (status < 0) {
      stopRequested = true;
      throw new LiveCaptureException("pcap_loop: " + pcap.pcap_geterr(handle));
    }
    return 0;
  }

  private void read(Packet into) {
    long header = headerSlot.getAddress(0);
    // struct pcap_pkthdr { struct timeval ts; bpf_u_int32 caplen, len; }, timeval's fields
    // being C longs: 8 bytes each on 64-bit Unix, 4 on Windows.
    long seconds = longSize == 8 ? memory.getLong(header) : memory.getInt(header);
    long fraction = longSize == 8 ? (int) memory.getLong(header + 8) : memory.getInt(header + 4);
    int caplen = memory.getInt(header + 2L * longSize);
    int wirelen = memory.getInt(header + 2L * longSize + 4);
    if (caplen > frame.length) frame = new byte[caplen];
    memory.getByteArray(dataSlot.getAddress(0), frame, 0, caplen);
    bytesRead += caplen;
    long nanos = seconds * 1_000_000_000L + (nano ? fraction : fraction * 1000L);
    into.set(frame, 0, caplen, wirelen, nanos, dlt, 0);
  }

  /**
   * Makes {@link #next} return false, now if it is waiting (libpcap 1.10 wakes it) or else
   * within the read timeout. Safe from any thread, a shutdown hook or signal handler
   * included, and after {@link #close}.
   */
  public void stop() {
    stopRequested = true;
    synchronized (lifecycle) {
      if (!closed) pcap.pcap_breakloop(handle);
    }
  }

  /**
   * Makes a {@link #poll} that is waiting return -1 (libpcap's {@code pcap_breakloop}), once:
   * unlike {@link #stop}, later reads go on. Safe from any thread.
   *
   * <pre>{@code
   * source.wake(); // the reading thread's poll returns -1
   * }</pre>
   */
  public void wake() {
    synchronized (lifecycle) {
      if (!closed) pcap.pcap_breakloop(handle);
    }
  }

  /**
   * Makes {@link #poll} return 0 at once when no frame is waiting (true), or wait for one up to
   * the read timeout again (false), as {@code pcap_setnonblock}: on Linux a read otherwise
   * waits until a frame comes, whatever the timeout.
   *
   * <pre>{@code
   * source.nonblocking(true);
   * while (source.poll(packet) > 0) { ... }   // what has arrived, then no wait
   * source.nonblocking(false);
   * }</pre>
   *
   * @param on whether reads stop waiting
   * @throws LiveCaptureException libpcap's reason
   */
  public void nonblocking(boolean on) throws LiveCaptureException {
    synchronized (lifecycle) {
      if (closed) throw new LiveCaptureException("the capture is closed");
      if (pcap.pcap_setnonblock(handle, on ? 1 : 0, errbuf) < 0) {
        throw new LiveCaptureException(errbuf.getString(0));
      }
    }
  }

  /**
   * Sends a frame out of the device, as {@code pcap_sendpacket}.
   *
   * <pre>{@code
   * source.inject(frame, frame.length);
   * }</pre>
   *
   * @param frame  the frame, link-layer header first
   * @param length how many of its bytes to send
   * @throws LiveCaptureException libpcap's reason, e.g. {@code send: Message too long}
   */
  public void inject(byte[] frame, int length) throws LiveCaptureException {
    synchronized (lifecycle) {
      if (closed) throw new LiveCaptureException("the capture is closed");
      if (pcap.pcap_sendpacket(handle, frame, length) < 0) {
        throw new LiveCaptureException(pcap.pcap_geterr(handle));
      }
    }
  }

  /**
   * Switches the device to another of its link types ({@link #datalinks()}), as
   * {@code pcap_set_datalink}; a filter must then be compiled again for it.
   *
   * <pre>{@code
   * source.setDatalink(LinkType.LINUX_SLL2.dlt());
   * }</pre>
   *
   * @param newDlt the DLT
   * @throws LiveCaptureException libpcap's words, e.g. {@code DLT 1 is not one of the DLTs
   *     supported by this device}
   */
  public void setDatalink(int newDlt) throws LiveCaptureException {
    synchronized (lifecycle) {
      if (closed) throw new LiveCaptureException("the capture is closed");
      if (pcap.pcap_set_datalink(handle, newDlt) < 0) {
        throw new LiveCaptureException(pcap.pcap_geterr(handle));
      }
      dlt = pcap.pcap_datalink(handle);
    }
  }

  /**
   * {@return the device's counters so far}
   *
   * @throws LiveCaptureException {@code pcap_stats: REASON} as tcpdump words it
   */
  public CaptureStats stats() throws LiveCaptureException {
    synchronized (lifecycle) {
      if (closed) throw new LiveCaptureException("pcap_stats: the capture is closed");
      if (pcap.pcap_stats(handle, statsBuffer) < 0) {
        throw new LiveCaptureException("pcap_stats: " + pcap.pcap_geterr(handle));
      }
      return new CaptureStats(Integer.toUnsignedLong(statsBuffer.getInt(0)),
          Integer.toUnsignedLong(statsBuffer.getInt(4)),
          Integer.toUnsignedLong(statsBuffer.getInt(8)));
    }
  }

  /**
   * {@return the link types the device offers, for {@code -L}} in libpcap's order
   *
   * @throws LiveCaptureException libpcap's words, or {@code No data link types.}
   */
  public List<Integer> datalinks() throws LiveCaptureException {
    var rt = lib.runtime();
    Pointer slot = Memory.allocateDirect(rt, rt.addressSize());
    int n = pcap.pcap_list_datalinks(handle, slot);
    if (n < 0) throw new LiveCaptureException(pcap.pcap_geterr(handle));
    if (n == 0) throw new LiveCaptureException("No data link types.");
    Pointer list = slot.getPointer(0);
    var out = new ArrayList<Integer>(n);
    for (int i = 0; i < n; i++) out.add(list.getInt(4L * i));
    pcap.pcap_free_datalinks(list);
    return out;
  }

  /**
   * {@return tcpdump's {@code -L} output for this device} (on stderr in tcpdump 4.99), e.g.
   * {@code Data link types for eth0 (use option -y to set):} then {@code "  EN10MB (Ethernet)"}
   * per type
   *
   * @param printable whether jdump can print a DLT; others get {@code (printing not supported)}
   * @throws LiveCaptureException as {@link #datalinks()}
   */
  public List<String> datalinkListing(IntPredicate printable)
      throws LiveCaptureException {
    var lines = new ArrayList<String>();
    lines.add("Data link types for " + device
        + (supportsMonitorMode ? " when not in monitor mode" : "") + " (use option -y to set):");
    for (int t : datalinks()) {
      var name = lib.datalinkName(t);
      lines.add(name.isPresent()
          ? "  " + name.get() + " (" + lib.datalinkDescription(t) + ")"
              + (printable.test(t) ? "" : " (printing not supported)")
          : "  DLT " + t + " (printing not supported)");
    }
    return lines;
  }

  /**
   * {@return what tcpdump says before capturing, without the {@code "tcpdump: "} prefix} e.g.
   * {@code listening on eth0, link-type EN10MB (Ethernet), snapshot length 262144 bytes}
   */
  public String listeningOn() {
    String type = lib.datalinkName(dlt)
        .map(n -> n + " (" + lib.datalinkDescription(dlt) + ")").orElse(Integer.toString(dlt));
    return "listening on " + device + ", link-type " + type + ", snapshot length " + snaplen
        + " bytes";
  }

  /**
   * {@return lines to print on stderr after {@code "jdump: "}, in order, before capturing}:
   * activation warnings ({@code WARNING: ...}), {@code data link type NAME} after {@code -y},
   * {@code WARNING: snaplen lowered from N to M}
   */
  public List<String> notices() {
    return notices;
  }

  /** {@return the device's name} the resolved one when {@code -i} gave a number */
  public String device() {
    return device;
  }

  /** {@return whether {@code -I} is possible on this device} ({@code -L}'s header says so) */
  public boolean supportsMonitorMode() {
    return supportsMonitorMode;
  }

  @Override
  public int dlt() {
    return dlt;
  }

  @Override
  public int snaplen() {
    return snaplen;
  }

  @Override
  public boolean nanoPrecision() {
    return nano;
  }

  /** {@return the bytes captured so far} */
  @Override
  public long position() {
    return bytesRead;
  }

  @Override
  public long size() {
    return -1;
  }

  /** Closes the device. Call from the reading thread, once {@link #next} has returned. */
  @Override
  public void close() {
    synchronized (lifecycle) {
      if (closed) return;
      closed = true;
      stopRequested = true;
      pcap.pcap_close(handle);
    }
  }
}
