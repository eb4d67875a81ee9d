package io.jdump.capture.live;

import jnr.ffi.Pointer;
import jnr.ffi.annotations.In;

/**
 * The libpcap (Npcap's wpcap.dll on Windows) functions jdump calls, with pcap/pcap.h's names
 * and C signatures. Internal to {@link PcapLibrary}; public only because jnr-ffi implements it.
 *
 * <p>Every {@code pcap_t *} is a {@link Pointer}; out-parameters ({@code pcap_if_t **},
 * {@code struct pcap_pkthdr **}, ...) are pointer-sized slots of native memory the caller
 * allocates once. Functions newer than libpcap 1.0 ({@code pcap_init}, the time stamp calls,
 * {@code pcap_set_immediate_mode}) are linked lazily: on an older library calling one throws
 * {@link UnsatisfiedLinkError}, which {@link PcapLibrary} turns into a clear message.
 *
 * <pre>{@code
 * PcapNative pcap = PcapLibrary.load().nativeCalls();
 * String v = pcap.pcap_lib_version();   // "libpcap version 1.10.3 (with TPACKET_V3)"
 * }</pre>
 */
public interface PcapNative {
  String pcap_lib_version();

  int pcap_init(int opts, Pointer errbuf);

  int pcap_findalldevs(Pointer alldevsp, Pointer errbuf);

  void pcap_freealldevs(Pointer alldevs);

  Pointer pcap_create(String source, Pointer errbuf);

  int pcap_set_snaplen(Pointer p, int snaplen);

  int pcap_set_promisc(Pointer p, int promisc);

  int pcap_can_set_rfmon(Pointer p);

  int pcap_set_rfmon(Pointer p, int rfmon);

  int pcap_set_timeout(Pointer p, int toMs);

  int pcap_set_buffer_size(Pointer p, int bufferSize);

  int pcap_set_immediate_mode(Pointer p, int immediate);

  int pcap_set_tstamp_type(Pointer p, int tstampType);

  int pcap_set_tstamp_precision(Pointer p, int precision);

  int pcap_get_tstamp_precision(Pointer p);

  int pcap_list_tstamp_types(Pointer p, Pointer typesp);

  void pcap_free_tstamp_types(Pointer types);

  int pcap_tstamp_type_name_to_val(String name);

  String pcap_tstamp_type_val_to_name(int tstampType);

  String pcap_tstamp_type_val_to_description(int tstampType);

  int pcap_activate(Pointer p);

  int pcap_snapshot(Pointer p);

  int pcap_next_ex(Pointer p, Pointer pktHeader, Pointer pktData);

  void pcap_breakloop(Pointer p);

  int pcap_sendpacket(Pointer p, @In byte[] buf, int size);

  int pcap_setnonblock(Pointer p, int nonblock, Pointer errbuf);

  int pcap_setfilter(Pointer p, Pointer fp);

  int pcap_setdirection(Pointer p, int direction);

  int pcap_stats(Pointer p, Pointer ps);

  int pcap_datalink(Pointer p);

  int pcap_list_datalinks(Pointer p, Pointer dltBuf);

  void pcap_free_datalinks(Pointer dltList);

  int pcap_set_datalink(Pointer p, int dlt);

  int pcap_datalink_name_to_val(String name);

  String pcap_datalink_val_to_name(int dlt);

  String pcap_datalink_val_to_description(int dlt);

  int pcap_lookupnet(String device, Pointer netp, Pointer maskp, Pointer errbuf);

  String pcap_statustostr(int error);

  String pcap_geterr(Pointer p);

  void pcap_close(Pointer p);
}
