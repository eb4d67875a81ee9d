package io.jdump.capture.live;

import java.util.ArrayList;
import java.util.Optional;

/**
 * One capture device as {@code pcap_findalldevs} lists it: its name ({@code eth0}, or
 * {@code \Device\NPF_{GUID}} on Windows), its description if any, and its flags.
 *
 * <pre>{@code
 * var d = new PcapDevice("eth0", Optional.empty(), PcapDevice.UP | PcapDevice.RUNNING
 *     | PcapDevice.CONNECTED);
 * d.tcpdumpLine(1);   // "1.eth0 [Up, Running, Connected]", as tcpdump -D prints it
 * }</pre>
 *
 * @param flags libpcap's {@code PCAP_IF_*} bits
 */
public record PcapDevice(String name, Optional<String> description, int flags) {
  /** {@code PCAP_IF_LOOPBACK}: a loopback device. */
  public static final int LOOPBACK = 0x1;
  /** {@code PCAP_IF_UP}: the device is up. */
  public static final int UP = 0x2;
  /** {@code PCAP_IF_RUNNING}: the device is running. */
  public static final int RUNNING = 0x4;
  /** {@code PCAP_IF_WIRELESS}: a wireless device. */
  public static final int WIRELESS = 0x8;
  /** The two bits of the connection status ({@code PCAP_IF_CONNECTION_STATUS}). */
  public static final int CONNECTION_STATUS = 0x30;
  /** Connection status unknown. */
  public static final int CONNECTION_UNKNOWN = 0x00;
  /** Connected. */
  public static final int CONNECTED = 0x10;
  /** Disconnected. */
  public static final int DISCONNECTED = 0x20;
  /** Connection status does not apply (loopback, {@code any}). */
  public static final int CONNECTION_NOT_APPLICABLE = 0x30;

  /** {@return true for a loopback device} */
  public boolean loopback() {
    return (flags & LOOPBACK) != 0;
  }

  /** {@return true when the device is up} */
  public boolean up() {
    return (flags & UP) != 0;
  }

  /** {@return true when the device is running} */
  public boolean running() {
    return (flags & RUNNING) != 0;
  }

  /** {@return true for a wireless device} */
  public boolean wireless() {
    return (flags & WIRELESS) != 0;
  }

  /** {@return one of CONNECTION_UNKNOWN, CONNECTED, DISCONNECTED, CONNECTION_NOT_APPLICABLE} */
  public int connectionStatus() {
    return flags & CONNECTION_STATUS;
  }

  /**
   * {@return the line tcpdump 4.99 {@code -D} prints for this device} (no newline):
   * {@code N.name}, then {@code (description)}, then the flags in brackets when any bit is set:
   * the names of Up/Running/Loopback/Wireless ({@code none} when none of these), then the
   * connection status ({@code Association} words for wireless devices).
   *
   * @param number the 1-based position in the list, which {@code -i} also accepts
   */
  public String tcpdumpLine(int number) {
    var line = new StringBuilder().append(number).append('.').append(name);
    description.ifPresent(d -> line.append(" (").append(d).append(')'));
    if (flags != 0) line.append(" [").append(flagWords()).append(']');
    return line.toString();
  }

  private String flagWords() {
    var words = new ArrayList<String>();
    if (up()) words.add("Up");
    if (running()) words.add("Running");
    if (loopback()) words.add("Loopback");
    if (wireless()) words.add("Wireless");
    var out = new StringBuilder(words.isEmpty() ? "none" : String.join(", ", words));
    switch (connectionStatus()) {
      case CONNECTION_UNKNOWN -> out.append(wireless()
          ? ", Association status unknown" : ", Connection status unknown");
      case CONNECTED -> out.append(wireless() ? ", Associated" : ", Connected");
      case DISCONNECTED -> out.append(wireless() ? ", Not associated" : ", Disconnected");
      default -> { } // not applicable: nothing said
    }
    return out.toString();
  }
}
