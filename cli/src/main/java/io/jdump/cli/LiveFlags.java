package io.jdump.cli;

import io.jdump.capture.live.Direction;
import io.jdump.capture.live.LiveCaptureException;

/**
 * The live capture flags checked and converted, refused in tcpdump's words (its getopt cases
 * for -B, -C, -G, -Q, -W), even when reading files, as tcpdump's getopt loop refuses them
 * before anything is opened. -C, -G, -W and -z also rotate -w's file when reading files, as
 * tcpdump. What libpcap itself judges (-j, the device) is left to the capture library, which
 * words it as tcpdump does.
 *
 * <pre>{@code
 * LiveFlags f = LiveFlags.from(options);   // Failure("invalid file size 1k") for -C 1k
 * }</pre>
 *
 * @param device         -i; null for libpcap's default device
 * @param bufferKiB      -B; 0 when not given
 * @param direction      -Q as typed; null when not given
 * @param timestampType  -j as typed; null when not given
 * @param fileBytes      -C times 1,000,000, as tcpdump counts; 0 when not given
 * @param rotateSeconds  -G; 0 when not given
 * @param fileCount      -W; 0 when not given
 * @param kernelFilter   false for --no-kernel-filter
 * @param foreign        -f: compile with the device's netmask (tcpdump 4.99 uses 0 otherwise)
 * @param user           -Z; null when not given
 * @param postrotate     -z: the command run on each file -C or -G closes; null when not given
 */
record LiveFlags(String device, boolean listDevices, boolean listDatalinks,
    boolean listTimestampTypes, boolean promisc, int bufferKiB, boolean immediate,
    String direction, boolean monitor, String timestampType, boolean packetBuffered,
    long fileBytes, int rotateSeconds, int fileCount, boolean printToo, boolean kernelFilter,
    boolean foreign, String user, String postrotate) {

  /** {@return the flags the options give} */
  static LiveFlags from(Options o) throws Failure {
    int bufferKiB = 0;
    if (o.bufferSize != null) {
      bufferKiB = CNumbers.atoi(o.bufferSize);
      // tcpdump multiplies by 1024 into an int: a product past INT_MAX is refused alike
      if (bufferKiB <= 0 || bufferKiB > Integer.MAX_VALUE / 1024) {
        throw new Failure("invalid packet buffer size " + o.bufferSize);
      }
    }
    long fileBytes = 0;
    if (o.fileSize != null) {
      Integer c = CNumbers.strtolWhole(o.fileSize);
      if (c == null || c <= 0) throw new Failure("invalid file size " + o.fileSize);
      fileBytes = c * 1_000_000L;
    }
    int seconds = 0;
    if (o.rotateSeconds != null) {
      seconds = CNumbers.atoi(o.rotateSeconds);
      if (seconds < 0) throw new Failure("invalid number of seconds " + o.rotateSeconds);
    }
    if (o.direction != null) {
      try {
        Direction.parse(o.direction); // tcpdump's getopt refuses it, even when reading a file
      } catch (LiveCaptureException e) {
        throw new Failure(e.getMessage(), e);
      }
    }
    int files = 0;
    if (o.fileCount != null) {
      files = CNumbers.atoi(o.fileCount);
      if (files <= 0) throw new Failure("invalid number of output files " + o.fileCount);
    }
    return new LiveFlags(o.device, o.listDevices, o.listDatalinks, o.listTimestampTypes,
        !o.noPromisc, bufferKiB, o.immediate, o.direction, o.monitor, o.timestampType,
        o.packetBuffered, fileBytes, seconds, files, o.printToo, !o.noKernelFilter, o.foreign,
        o.user, o.postrotate);
  }

  /** {@return true when -w's file is a series of files} */
  boolean rotates() {
    return fileBytes > 0 || rotateSeconds > 0;
  }
}
