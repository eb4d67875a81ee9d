package io.jdump.cli;

import java.net.Inet4Address;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;

/**
 * The netmask tcpdump compiles a live filter with (only {@code ip broadcast} uses it): the
 * device's first IPv4 network, as pcap_lookupnet finds it, or 0 when the device has none (or is
 * {@code any}), as tcpdump falls back to.
 *
 * <pre>{@code
 * int mask = Netmasks.of("eth0");   // 0xffffff00 for a /24
 * }</pre>
 */
final class Netmasks {
  private Netmasks() {}

  /** {@return the IPv4 netmask of {@code device}}, or 0 */
  static int of(String device) {
    try {
      NetworkInterface nif = NetworkInterface.getByName(device);
      if (nif == null) return 0;
      for (InterfaceAddress a : nif.getInterfaceAddresses()) {
        if (a.getAddress() instanceof Inet4Address) {
          int prefix = a.getNetworkPrefixLength();
          return prefix == 0 ? 0 : -1 << (32 - prefix);
        }
      }
    } catch (SocketException e) {
      // the device is libpcap's only (a USB bus, say): no network, as pcap_lookupnet says
    }
    return 0;
  }
}
