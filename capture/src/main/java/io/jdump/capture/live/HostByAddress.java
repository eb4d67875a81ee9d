package io.jdump.capture.live;

import java.nio.charset.StandardCharsets;
import jnr.ffi.LibraryLoader;
import jnr.ffi.Pointer;

/**
 * The C library's {@code gethostbyaddr}, which tcpdump names addresses with when not given
 * {@code -n}: the hosts file, then DNS, as nsswitch.conf says, and the name the PTR record gives
 * whether or not it resolves back to the address. (The JDK's {@code InetAddress.getHostName}
 * answers the address itself unless the name resolves back to it, to guard against spoofed
 * PTR records; tcpdump shows what the record says.) Names come back byte for byte, as
 * ISO-8859-1 characters, as tcpdump prints them.
 *
 * <pre>{@code
 * String name = HostByAddress.load().orElseThrow().nameOf(new byte[] {127, 0, 0, 1});
 * }</pre>
 */
public final class HostByAddress {
  private static final int AF_INET = 2;
  private static final int AF_INET6 = 10;
  /** NI_MAXHOST: no host name is longer. */
  private static final int MAX_NAME = 1025;

  private final LibcNative libc;

  private HostByAddress(LibcNative libc) {
    this.libc = libc;
  }

  /** {@return the C library's lookup}, or empty on Windows or where the library will not load */
  public static java.util.Optional<HostByAddress> load() {
    if (System.getProperty("os.name", "").startsWith("Windows")) return java.util.Optional.empty();
    try {
      return java.util.Optional.of(new HostByAddress(LibraryLoader.create(LibcNative.class).load("c")));
    } catch (LinkageError | RuntimeException e) {
      return java.util.Optional.empty();
    }
  }

  /**
   * {@return the host name of a 4- or 16-byte address}, or null when it has none
   *
   * @param address an IPv4 or IPv6 address, network byte order
   */
  public String nameOf(byte[] address) {
    // gethostbyaddr answers in one buffer for the whole process: one call at a time
    synchronized (HostByAddress.class) {
      Pointer host = libc.gethostbyaddr(address, address.length,
          address.length == 16 ? AF_INET6 : AF_INET);
      if (host == null) return null;
      Pointer name = host.getPointer(0); // struct hostent's first field, char *h_name
      return name == null ? null : name.getString(0, MAX_NAME, StandardCharsets.ISO_8859_1);
    }
  }
}
