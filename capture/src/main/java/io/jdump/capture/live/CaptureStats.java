package io.jdump.capture.live;

import java.util.ArrayList;
import java.util.List;

/**
 * A device's counters, as {@code pcap_stats} gives them (unsigned 32-bit counters, so they
 * wrap), and tcpdump's words for them.
 *
 * <pre>{@code
 * CaptureStats s = source.stats();
 * s.tcpdumpLines(captured).forEach(System.err::println);   // at exit, as tcpdump
 * }</pre>
 *
 * @param received   {@code ps_recv}: packets that passed the kernel filter
 * @param dropped    {@code ps_drop}: packets the kernel dropped for lack of buffer space
 * @param ifDropped  {@code ps_ifdrop}: packets the interface dropped
 */
public record CaptureStats(long received, long dropped, long ifDropped) {
  /**
   * {@return what tcpdump prints on stderr when a live capture ends} (its {@code info(1)}):
   * three lines, a fourth when the interface dropped packets
   *
   * @param captured packets jdump kept (passed the filter), which libpcap does not count
   */
  public List<String> tcpdumpLines(long captured) {
    var lines = new ArrayList<String>(4);
    lines.add(count(captured, "captured"));
    lines.add(count(received, "received by filter"));
    lines.add(count(dropped, "dropped by kernel"));
    if (ifDropped != 0) lines.add(count(ifDropped, "dropped by interface"));
    return lines;
  }

  /**
   * {@return the one line tcpdump prints on SIGUSR1 (its {@code info(0)}), without the
   * {@code "tcpdump: "} prefix}
   *
   * @param captured the packets jdump counted as captured
   */
  public String tcpdumpSummary(long captured) {
    return String.join(", ", tcpdumpLines(captured));
  }

  private static String count(long n, String what) {
    return n + (n == 1 ? " packet " : " packets ") + what;
  }
}
