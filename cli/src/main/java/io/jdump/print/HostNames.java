package io.jdump.print;

import io.jdump.capture.live.HostByAddress;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Reverse lookups of IP addresses, as tcpdump's {@code gethostbyaddr} calls without {@code -n}.
 * The printer asks once per address and keeps the answer.
 *
 * <pre>{@code
 * String name = HostNames.system().nameOf(new byte[] {127, 0, 0, 1});   // "localhost"
 * }</pre>
 */
@FunctionalInterface
public interface HostNames {
  /** {@return the host name of the 4- or 16-byte address, or null when it has none} */
  String nameOf(byte[] address);

  /**
   * {@return lookups through this host's resolver (hosts file, then DNS, as configured)}: the C
   * library's gethostbyaddr, as tcpdump's, loaded at the first lookup (the JDK's lookup where the
   * C library cannot be called, on Windows)
   */
  static HostNames system() {
    // classes, not lambdas: built by every printer, on the cold path of -r (io.jdump.cli.Main)
    return new HostNames() {
      /** The C library's lookup: null until the first address, empty where there is none. */
      private java.util.Optional<HostByAddress> libc;

      @Override
      public String nameOf(byte[] address) {
        if (libc == null) libc = HostByAddress.load();
        if (libc.isPresent()) return libc.get().nameOf(address);
        try {
          InetAddress a = InetAddress.getByAddress(address);
          String name = a.getHostName();
          // Java answers the literal when the lookup finds nothing
          return name.equals(a.getHostAddress()) ? null : name;
        } catch (UnknownHostException | SecurityException e) {
          return null;
        }
      }
    };
  }

  /** {@return no names at all: every address prints as numbers} */
  static HostNames none() {
    return new HostNames() {
      @Override
      public String nameOf(byte[] address) {
        return null;
      }
    };
  }
}
