package io.jdump.capture.file;

import io.jdump.capture.Packet;
import io.jdump.capture.PacketSink;
import io.jdump.capture.zone.BrokenDownTime;
import io.jdump.capture.zone.LocalZone;
import java.io.IOException;
import java.util.function.LongSupplier;

/**
 * tcpdump's {@code -C}, {@code -G} and {@code -W}: packets written across a series of files.
 * Before each packet, as tcpdump does: with {@code -G}, when that many seconds have passed since
 * the file was opened, a new file (and with {@code -W} and no {@code -C}, the end once
 * {@code -W} files are done: {@link LimitReached}); with {@code -C}, when the file already
 * holds more than that many bytes, the next file ({@code -W} makes a ring that reuses the
 * names). A file is closed, complete and valid, before the next is opened, and the packet that
 * caused the rotation goes to the new file.
 *
 * <pre>{@code
 * var plan = new RotatingSink.Plan("dump", 1_000_000, 0, 3);          // -w dump -C 1 -W 3
 * try (var out = new RotatingSink(plan, name -> CaptureFiles.pcapWriter(
 *     Files.newOutputStream(Path.of(name)), 1, 262144, false), RotatingSink.PCAP_SIZES,
 *     () -> System.currentTimeMillis() / 1000, LocalZone.system())) {
 *   out.write(packet);
 * }
 * }</pre>
 */
public final class RotatingSink implements PacketSink {
  /** Sizes of a pcap file's header and of each record's header. */
  public static final Sizes PCAP_SIZES = new Sizes(24, 16);
  /** pcapng's, near enough for {@code -C}: section and interface blocks, enhanced packet block. */
  public static final Sizes PCAPNG_SIZES = new Sizes(28 + 32, 32);

  /**
   * @param base      -w's name (a strftime pattern with -G)
   * @param maxBytes  -C in bytes (tcpdump multiplies by 1,000,000); 0 without -C
   * @param seconds   -G; 0 without it
   * @param fileCount -W; 0 without it
   */
  public record Plan(String base, long maxBytes, long seconds, int fileCount) {}

  /** Bytes a file starts with, and bytes each packet adds beyond its captured bytes. */
  public record Sizes(int header, int perRecord) {}

  /** Opens the writer for one file of the series. */
  @FunctionalInterface
  public interface Opener {
    /**
     * {@return a writer for the named file}
     *
     * @param name the file's name, as the plan made it
     * @throws IOException when the file cannot be created
     */
    PacketSink open(String name) throws IOException;
  }

  /** Told of each file a rotation has closed, as tcpdump runs {@code -z}'s command on it. */
  @FunctionalInterface
  public interface Rotated {
    /**
     * Called once a file of the series is closed.
     *
     * @param name the file's name, as -w's pattern made it
     */
    void closed(String name);
  }

  /** {@code -G} with {@code -W} (and no {@code -C}): the last file is done; stop capturing. */
  public static final class LimitReached extends IOException {
    /**
     * The limit, in tcpdump's words.
     *
     * @param files the {@code -W} count that was reached
     */
    public LimitReached(int files) {
      super("Maximum file limit reached: " + files);
    }
  }

  private final Plan plan;
  private final Opener opener;
  private final Sizes sizes;
  private final LongSupplier epochSeconds;
  private LocalZone zone;
  private final Rotated rotated;
  private final int digits;
  private PacketSink current;
  private String currentName;
  private long bytes;
  private long openedAt;
  private int sizeCount;
  private int timeCount;

  /**
   * Opens the first file now, as tcpdump does before capturing.
   *
   * @param plan         the {@code -C}, {@code -G}, {@code -W} settings and the name pattern
   * @param opener       makes the writer of each file
   * @param sizes        how many bytes each written packet adds to the file
   * @param epochSeconds the clock {@code -G} rotates by
   * @param zone         the time zone of the names' strftime conversions
   * @throws IOException when the first file cannot be opened
   */
  public RotatingSink(Plan plan, Opener opener, Sizes sizes, LongSupplier epochSeconds,
      LocalZone zone) throws IOException {
    this(plan, opener, sizes, epochSeconds, zone, name -> { });
  }

  /**
   * Opens the first file now; tells {@code rotated} of each file a rotation closes (not of the
   * last one, which {@link #close} closes: tcpdump's {@code -z} leaves it alone too).
   *
   * @param plan         the {@code -C}, {@code -G}, {@code -W} settings and the name pattern
   * @param opener       makes the writer of each file
   * @param sizes        how many bytes each written packet adds to the file
   * @param epochSeconds the clock {@code -G} rotates by
   * @param zone         the time zone of the names' strftime conversions
   * @param rotated      told of each file a rotation closes ({@code -z})
   * @throws IOException when the first file cannot be opened
   */
  public RotatingSink(Plan plan, Opener opener, Sizes sizes, LongSupplier epochSeconds,
      LocalZone zone, Rotated rotated) throws IOException {
    this.plan = plan;
    this.rotated = rotated;
    this.opener = opener;
    this.sizes = sizes;
    this.epochSeconds = epochSeconds;
    this.zone = zone;
    this.digits = plan.maxBytes() > 0 ? RotationNames.digits(plan.fileCount()) : 0;
    openedAt = epochSeconds.getAsLong();
    open();
  }

  @Override
  public void write(Packet packet) throws IOException {
    if (plan.seconds() > 0) {
      long now = epochSeconds.getAsLong();
      if (now - openedAt >= plan.seconds()) {
        timeCount++;
        closeRotated();
        if (plan.maxBytes() == 0 && plan.fileCount() > 0 && timeCount >= plan.fileCount()) {
          throw new LimitReached(plan.fileCount());
        }
        openedAt = now;
        sizeCount = 0;
        open();
      }
    }
    if (plan.maxBytes() > 0 && bytes > plan.maxBytes()) {
      sizeCount = plan.fileCount() > 0 && sizeCount + 1 >= plan.fileCount() ? 0 : sizeCount + 1;
      closeRotated();
      open();
    }
    current.write(packet);
    bytes += sizes.perRecord() + packet.caplen();
  }

  /** {@return the name of the file being written} */
  public String currentName() {
    return currentName;
  }

  @Override
  public void flush() throws IOException {
    if (current != null) current.flush();
  }

  @Override
  public void close() throws IOException {
    closeCurrent();
  }

  private void open() throws IOException {
    BrokenDownTime time = null;
    if (plan.seconds() > 0) {
      time = BrokenDownTime.of(openedAt, zone);
      zone = zone.reread(); // tcpdump's localtime reruns tzset before each name
    }
    currentName = RotationNames.name(plan.base(), time, sizeCount, digits);
    current = opener.open(currentName);
    bytes = sizes.header();
  }

  /** Closes the file a rotation ends, then says so (before -G -W's end, as tcpdump). */
  private void closeRotated() throws IOException {
    closeCurrent();
    rotated.closed(currentName);
  }

  private void closeCurrent() throws IOException {
    if (current == null) return;
    PacketSink closing = current;
    current = null;
    closing.close();
  }
}
