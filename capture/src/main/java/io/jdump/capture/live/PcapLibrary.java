package io.jdump.capture.live;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jnr.ffi.LibraryLoader;
import jnr.ffi.Memory;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;

/**
 * The loaded libpcap (or Npcap): device list, names of link types and time stamp types, and
 * the calls {@link LiveSource} makes. Load it once per process and pass it around.
 *
 * <pre>{@code
 * PcapLibrary lib = PcapLibrary.load();           // LiveCaptureException.LibraryMissing if absent
 * List<PcapDevice> devs = lib.devices();          // tcpdump -D
 * for (int i = 0; i < devs.size(); i++) System.out.println(devs.get(i).tcpdumpLine(i + 1));
 * }</pre>
 */
public final class PcapLibrary {
  /** {@code PCAP_ERRBUF_SIZE}. */
  static final int ERRBUF_SIZE = 256;
  /** {@code PCAP_CHAR_ENC_UTF_8}: Npcap then gives device descriptions in UTF-8. */
  private static final int CHAR_ENC_UTF_8 = 1;

  private final PcapNative pcap;
  private final Runtime runtime;
  private final String loadedFrom;

  private PcapLibrary(PcapNative pcap, String loadedFrom) {
    this.pcap = pcap;
    this.runtime = Runtime.getRuntime(pcap);
    this.loadedFrom = loadedFrom;
  }

  /**
   * {@return libpcap, from where this platform keeps it}
   *
   * @throws LiveCaptureException.LibraryMissing when no candidate loads, saying what to install
   */
  public static PcapLibrary load() throws LiveCaptureException.LibraryMissing {
    return load(LibraryLocation.forThisPlatform());
  }

  /**
   * {@return the first candidate that loads and answers {@code pcap_lib_version}}
   *
   * @throws LiveCaptureException.LibraryMissing with {@link LibraryLocation#notFoundMessage()}
   * @param where the places to try, in order
   */
  public static PcapLibrary load(LibraryLocation where) throws LiveCaptureException.LibraryMissing {
    for (LibraryLocation.Candidate c : where.candidates()) {
      try {
        var loader = LibraryLoader.create(PcapNative.class);
        c.searchDir().ifPresent(loader::search);
        PcapNative pcap = loader.load(c.name());
        pcap.pcap_lib_version(); // jnr-ffi links lazily: this is where a missing library shows
        var lib = new PcapLibrary(pcap, c.shownAs());
        if (where.libraryName().equals("Npcap")) lib.useUtf8();
        return lib;
      } catch (UnsatisfiedLinkError | IllegalStateException e) {
        // not this one; try the next
      }
    }
    throw new LiveCaptureException.LibraryMissing(where.notFoundMessage());
  }

  /** Npcap 1.x decodes descriptions in the local code page unless told to use UTF-8. */
  private void useUtf8() {
    try {
      pcap.pcap_init(CHAR_ENC_UTF_8, errbuf());
    } catch (UnsatisfiedLinkError olderThanPcapInit) {
      // WinPcap or an old Npcap: strings stay in the local code page
    }
  }

  /** {@return what tcpdump --version prints for the library} e.g. {@code libpcap version 1.10.3} */
  public String version() {
    return pcap.pcap_lib_version();
  }

  /** {@return the candidate that loaded, as shown to users} e.g. {@code libpcap.so.1} */
  public String loadedFrom() {
    return loadedFrom;
  }

  /**
   * {@return the devices, in libpcap's order (the order {@code -D} numbers and {@code -i N}
   * uses)}
   *
   * @throws LiveCaptureException with libpcap's error text when the list cannot be had
   */
  public List<PcapDevice> devices() throws LiveCaptureException {
    Pointer slot = Memory.allocateDirect(runtime, runtime.addressSize());
    Pointer err = errbuf();
    if (pcap.pcap_findalldevs(slot, err) < 0) throw new LiveCaptureException(cString(err));
    Pointer first = slot.getPointer(0);
    try {
      return deviceList(first, runtime.addressSize());
    } finally {
      if (first != null) pcap.pcap_freealldevs(first);
    }
  }

  /**
   * {@return the devices of a {@code pcap_if_t} list}, read field by field: names and
   * descriptions in UTF-8 (Npcap's after {@code pcap_init(PCAP_CHAR_ENC_UTF_8)}, Linux's
   * always), a null description left out as tcpdump leaves it out.
   *
   * @param addressSize the size of a pointer: the fields' offsets depend on it
   */
  static List<PcapDevice> deviceList(Pointer first, int addressSize) {
    var out = new ArrayList<PcapDevice>();
    // struct pcap_if { next; name; description; addresses; bpf_u_int32 flags; }
    for (Pointer dev = first; dev != null; dev = dev.getPointer(0)) {
      String name = dev.getPointer(addressSize).getString(0, 4096, StandardCharsets.UTF_8);
      Pointer desc = dev.getPointer(2L * addressSize);
      out.add(new PcapDevice(name,
          Optional.ofNullable(desc).map(d -> d.getString(0, 4096, StandardCharsets.UTF_8)),
          dev.getInt(4L * addressSize)));
    }
    return out;
  }

  /**
   * {@return the device tcpdump captures on when no {@code -i} is given: the first that
   * {@code pcap_findalldevs} lists} (libpcap sorts up, running, non-loopback devices first)
   *
   * @throws LiveCaptureException {@code no interfaces available for capture} when there is none
   */
  public String defaultDevice() throws LiveCaptureException {
    List<PcapDevice> devs = devices();
    if (devs.isEmpty()) throw new LiveCaptureException("no interfaces available for capture");
    return devs.get(0).name();
  }

  /**
   * {@return the DLT a {@code -y} name means} as {@code pcap_datalink_name_to_val}: case does
   * not matter, {@code DLT_} may be omitted
   *
   * @throws LiveCaptureException {@code invalid data link type NAME}
   * @param name a DLT name, as {@code -y} takes it
   */
  public int datalinkValue(String name) throws LiveCaptureException {
    int dlt = pcap.pcap_datalink_name_to_val(name);
    if (dlt < 0) throw new LiveCaptureException("invalid data link type " + name);
    return dlt;
  }

  /**
   * {@return libpcap's name for a DLT} ({@code EN10MB}), empty when it has none
   *
   * @param dlt a DLT number
   */
  public Optional<String> datalinkName(int dlt) {
    return Optional.ofNullable(pcap.pcap_datalink_val_to_name(dlt));
  }

  /**
   * {@return libpcap's description of a DLT} ({@code Ethernet})
   *
   * @param dlt a DLT number
   */
  public String datalinkDescription(int dlt) {
    String d = pcap.pcap_datalink_val_to_description(dlt);
    return d == null ? "" : d;
  }

  /**
   * {@return the time stamp type a {@code -j} name means} ({@code host}, {@code adapter}, ...)
   *
   * @throws LiveCaptureException {@code invalid time stamp type NAME}
   * @param name a time stamp type name, as {@code -j} takes it
   */
  public int timestampTypeValue(String name) throws LiveCaptureException {
    int t = pcap.pcap_tstamp_type_name_to_val(name);
    if (t < 0) throw new LiveCaptureException("invalid time stamp type " + name);
    return t;
  }

  /**
   * {@return libpcap's name for a time stamp type} ({@code host}), empty when unknown
   *
   * @param type a {@code PCAP_TSTAMP_*} value
   */
  public Optional<String> timestampTypeName(int type) {
    return Optional.ofNullable(pcap.pcap_tstamp_type_val_to_name(type));
  }

  /**
   * {@return libpcap's description of a time stamp type} ({@code Host})
   *
   * @param type a {@code PCAP_TSTAMP_*} value
   */
  public String timestampTypeDescription(int type) {
    String d = pcap.pcap_tstamp_type_val_to_description(type);
    return d == null ? "" : d;
  }

  /**
   * {@return the netmask tcpdump 4.99 hands to pcap_compile under {@code -f}: the device's
   * first IPv4 netmask as {@code pcap_lookupnet} stores it, a {@code bpf_u_int32} in network
   * byte order read as a host integer} (tcpdump passes it on unconverted, so that on a
   * little-endian host a /24 compiles {@code ip broadcast} with mask 0x00ffffff); 0 for
   * {@code any}.
   *
   * <pre>{@code
   * int mask = lib.tcpdumpNetmask("eth0");   // 0x00ffffff on x86 for a /24
   * }</pre>
   *
   * @throws LiveCaptureException libpcap's words, e.g. {@code veth0: no IPv4 address assigned}
   * @param device the device's name
   */
  public int tcpdumpNetmask(String device) throws LiveCaptureException {
    Pointer net = Memory.allocateDirect(runtime, 4);
    Pointer mask = Memory.allocateDirect(runtime, 4);
    Pointer err = errbuf();
    if (pcap.pcap_lookupnet(device, net, mask, err) < 0) throw new LiveCaptureException(cString(err));
    return mask.getInt(0);
  }

  /**
   * {@return libpcap's words for a status code} as {@code pcap_statustostr}
   *
   * @param status a {@code PCAP_ERROR_*} or {@code PCAP_WARNING_*} code
   */
  public String statusText(int status) {
    return pcap.pcap_statustostr(status);
  }

  /**
   * {@return the time stamp types the device offers, for {@code -J}} empty when the type cannot
   * be set (tcpdump then says {@code Time stamp type cannot be set for DEVICE} on stderr)
   *
   * @throws LiveCaptureException when the device cannot be opened to ask
   * @param device the device's name
   */
  public List<Integer> timestampTypes(String device) throws LiveCaptureException {
    Pointer err = errbuf();
    Pointer p = pcap.pcap_create(device, err);
    if (p == null) throw new LiveCaptureException(cString(err));
    try {
      Pointer slot = Memory.allocateDirect(runtime, runtime.addressSize());
      int n = pcap.pcap_list_tstamp_types(p, slot);
      if (n < 0) throw new LiveCaptureException(pcap.pcap_geterr(p));
      Pointer types = slot.getPointer(0);
      var out = new ArrayList<Integer>(n);
      for (int i = 0; i < n; i++) out.add(types.getInt(4L * i));
      if (types != null) pcap.pcap_free_tstamp_types(types);
      return out;
    } finally {
      pcap.pcap_close(p);
    }
  }

  /**
   * {@return tcpdump's {@code -J} output for the device (on stderr in tcpdump 4.99)}:
   * {@code Time stamp types for DEV (use option -j to set):} then {@code "  name
   * (description)"} per type; empty when the type cannot be set, where tcpdump says
   * {@code Time stamp type cannot be set for DEV} on stderr (exit status 0 either way)
   *
   * @param device the device's name
   * @throws LiveCaptureException when the device cannot be opened to ask
   */
  public List<String> timestampTypeListing(String device) throws LiveCaptureException {
    List<Integer> types = timestampTypes(device);
    if (types.isEmpty()) return List.of();
    var lines = new ArrayList<String>();
    lines.add("Time stamp types for " + device + " (use option -j to set):");
    for (int t : types) {
      lines.add(timestampTypeName(t).map(n -> "  " + n + " (" + timestampTypeDescription(t) + ")")
          .orElse("  " + t));
    }
    return lines;
  }

  PcapNative nativeCalls() {
    return pcap;
  }

  Runtime runtime() {
    return runtime;
  }

  Pointer errbuf() {
    Pointer err = Memory.allocateDirect(runtime, ERRBUF_SIZE);
    err.putByte(0, (byte) 0);
    return err;
  }

  static String cString(Pointer p) {
    return p.getString(0, ERRBUF_SIZE, StandardCharsets.UTF_8);
  }
}
