package io.jdump.capture.file;

/**
 * The snapshot-length limits libpcap applies when it reads a file: what a corrupt or fuzzed
 * length is checked against before anything is allocated for it.
 *
 * <pre>{@code
 * int snapshot = Snaplen.adjust(dlt, headerSnaplen);   // 0 or over INT_MAX -> the DLT's maximum
 * }</pre>
 */
public final class Snaplen {
  /** libpcap's {@code MAXIMUM_SNAPLEN}: the most any ordinary link layer captures. */
  public static final int MAXIMUM = 262144;

  private static final int DLT_DBUS = 231;
  private static final int DLT_USBPCAP = 249;
  private static final int DLT_EBHSCR = 279;

  private Snaplen() {}

  /**
   * {@return the largest sane captured length for a DLT} as libpcap's max_snaplen_for_dlt.
   *
   * @param dlt the link type
   */
  public static int maxFor(int dlt) {
    return switch (dlt) {
      case DLT_DBUS -> 128 * 1024 * 1024;
      case DLT_EBHSCR -> 8 * 1024 * 1024;
      case DLT_USBPCAP -> 1024 * 1024;
      default -> MAXIMUM;
    };
  }

  /**
   * {@return the snapshot length libpcap uses for a file's declared one}: 0 or above INT_MAX
   * (negative here) becomes the DLT's maximum, anything else stays, even above that maximum
   * (libpcap 1.10's pcap_adjust_snapshot clamps only what does not fit its signed int; tcpdump
   * prints and writes back such a length, and a record up to the maximum is read whole).
   *
   * @param declared the snap length a header declares
   * @param dlt the link type
   */
  public static int adjust(int dlt, int declared) {
    return declared <= 0 ? maxFor(dlt) : declared;
  }
}
