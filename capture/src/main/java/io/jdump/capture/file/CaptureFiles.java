package io.jdump.capture.file;

import io.jdump.capture.CaptureFileException;
import io.jdump.capture.PacketSink;
import io.jdump.capture.PacketSource;
import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Opens capture files by their magic number, and makes writers. A reader's constructor reads
 * the file header (pcapng: up to the first interface description), so that its link type and
 * snapshot length are known when {@code open} returns; an error there is thrown by
 * {@code open}, an error in a later record by {@link PacketSource#next}.
 *
 * <pre>{@code
 * try (PacketSource in = CaptureFiles.open(Path.of("in.pcapng"));
 *      PacketSink out = CaptureFiles.pcapWriter(System.out, in.dlt(), in.snaplen(), false)) {
 *   var p = new Packet();
 *   while (in.next(p)) out.write(p);
 * }
 * }</pre>
 */
public final class CaptureFiles {
  private CaptureFiles() {}

  /**
   * Opens a file for writing a capture, created or emptied as C's {@code fopen("w")} does, without
   * the wait at close that ext4 adds to a file truncated and then rewritten (its auto_da_alloc
   * option, on by default: the close starts the file's writeback and waits for that start, 0.4 s
   * at the end of a 1 GiB copy written over an older one; a new file costs nothing there). An
   * existing regular file is emptied in an open and close of its own and then opened without
   * truncating again, so that it is written as a new one is; pipes and devices are opened once.
   *
   * <pre>{@code
   * try (FileChannel out = CaptureFiles.openForWriting(Path.of("web.pcap"))) { ... }
   * }</pre>
   *
   * @param path the file
   * @return the file, open for writing at its start
   * @throws IOException when it cannot be created or opened
   */
  public static FileChannel openForWriting(Path path) throws IOException {
    if (Files.isRegularFile(path) && Files.size(path) > 0) {
      try (FileChannel emptied = FileChannel.open(path, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        // nothing to write: closing an empty file is what clears ext4's flush-on-close mark
      }
    }
    return FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.CREATE);
  }

  /**
   * {@return a reader for a pcap or pcapng file} chosen by the file's magic number.
   *
   * @throws CaptureFileException with libpcap's words when the file cannot be opened or its
   *     header is bad ({@code x.pcap: No such file or directory}, {@code unknown file format})
   * @param file the capture file
   */
  public static PacketSource open(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new CaptureFileException("error reading dump file: Is a directory");
    }
    InputStream stream;
    long size;
    try {
      stream = readStream(file);
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      throw new CaptureFileException(file + ": No such file or directory");
    } catch (AccessDeniedException e) {
      throw new CaptureFileException(file + ": Permission denied");
    }
    return open(stream, size);
  }

  /**
   * {@return a stream of the file's bytes}: a {@link FileInputStream} where it can be, which
   * reads 1 GiB in 0.205 s where a channel's stream takes 0.235 (256 KiB reads, medians of 7,
   * 2-core Xeon, 2026-12-07); a failed open is repeated through {@link Files} for its typed
   * exceptions, which name the cause in libpcap's words.
   */
  private static InputStream readStream(Path file) throws IOException {
    if (file.getFileSystem() == FileSystems.getDefault()) {
      try {
        return new FileInputStream(file.toFile());
      } catch (FileNotFoundException e) {
        // fall through: Files says why
      }
    }
    return Files.newInputStream(file);
  }

  /**
   * {@return a reader of pcap file {@code file} whose first record is the one at
   * {@code offset}}, a record start such as {@link RangeCopy.Result#stoppedAt}: the file header
   * is read from the file's start, the records from {@code offset} on. Its position counts from
   * the file header's end as if the records before {@code offset} were not there.
   *
   * @param file   the pcap file
   * @param offset where a record header starts
   * @throws IOException with libpcap's words when the header is bad or unreadable
   */
  public static PacketSource openAt(Path file, long offset) throws IOException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
    try {
      var header = ByteBuffer.allocate(24);
      while (header.hasRemaining() && channel.read(header, header.position()) > 0) {
        // positioned reads: the channel's own position is the records'
      }
      long size = channel.size();
      channel.position(offset);
      var head = new ByteArrayInputStream(header.array(), 0, header.position());
      return open(new SequenceInputStream(head, Channels.newInputStream(channel)), size);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /**
   * {@return a reader for a pcap or pcapng stream, such as standard input} Its size is -1.
   *
   * @param in the stream, read to its end
   * @throws IOException with libpcap's words when the header is bad or unreadable
   */
  public static PacketSource open(InputStream in) throws IOException {
    return open(in, -1);
  }

  /**
   * {@return a reader as {@link #open(InputStream)}'s, except that a pcapng file's interfaces of
   * other link types and snapshot lengths than the first's are read, not refused as libpcap
   * (and tcpdump) refuse them} Each packet carries its own interface's DLT
   * ({@link io.jdump.capture.Packet#dlt()}): what a multi-interface capture from dumpcap holds.
   *
   * <pre>{@code
   * try (PacketSource in = CaptureFiles.openAllInterfaces(Files.newInputStream(path))) { ... }
   * }</pre>
   *
   * @param in the stream, read to its end
   * @throws IOException with libpcap's words when the header is bad or unreadable
   */
  public static PacketSource openAllInterfaces(InputStream in) throws IOException {
    return open(in, -1, true);
  }

  private static PacketSource open(InputStream stream, long size) throws IOException {
    return open(stream, size, false);
  }

  private static PacketSource open(InputStream stream, long size, boolean allInterfaces)
      throws IOException {
    var in = new ByteInput(stream, ByteInput.DEFAULT_CAPACITY);
    try {
      int got = in.require(4);
      if (got < 4) {
        throw new CaptureFileException(
            "truncated dump file; tried to read 4 file header bytes, only got " + got);
      }
      int magic = Endian.LITTLE.i32(in.buf(), in.pos());
      if (PcapReader.isMagic(magic) || PcapReader.isMagic(Integer.reverseBytes(magic))) {
        return new PcapReader(in, size);
      }
      if (magic == PcapngReader.BT_SHB && PcapngReader.looksLikePcapng(in, in.require(12))) {
        return new PcapngReader(in, size, allInterfaces);
      }
      throw new CaptureFileException("unknown file format");
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * {@return a pcap writer} with microsecond timestamps, or nanosecond ones when {@code nano}.
   * Packets are buffered (1 MiB) until {@code flush} or {@code close}, which also closes
   * {@code out}; for {@code -w -} pass {@code new FileOutputStream(FileDescriptor.out)}.
   *
   * @param out     where the file goes
   * @param dlt     the link type of every packet
   * @param snaplen the snap length the header declares
   * @param nano    nanosecond timestamps instead of microseconds
   * @throws IOException when the header cannot be written
   */
  public static PacketSink pcapWriter(OutputStream out, int dlt, int snaplen, boolean nano)
      throws IOException {
    return new PcapWriter(out, dlt, snaplen, nano);
  }

  /**
   * {@return a pcap writer} as {@link #pcapWriter(OutputStream, int, int, boolean)}, the header's
   * link type field carrying the source's extension bits as tcpdump's copy of a file keeps them.
   *
   * <pre>{@code
   * CaptureFiles.pcapWriter(out, in.dlt(), in.linkTypeExtension(), in.snaplen(), false);
   * }</pre>
   *
   * @param out     where the file goes
   * @param dlt     the link type of every packet
   * @param linkTypeExtension the link type field's top six bits
   * @param snaplen the snap length the header declares
   * @param nano    nanosecond timestamps instead of microseconds
   * @throws IOException when the header cannot be written
   */
  public static PacketSink pcapWriter(OutputStream out, int dlt, int linkTypeExtension, int snaplen,
      boolean nano) throws IOException {
    return new PcapWriter(out, dlt, linkTypeExtension, snaplen, nano);
  }

  /**
   * {@return a pcapng writer} one interface description per link type seen, named {@code ifName}.
   *
   * @param out     where the file goes
   * @param ifName  the name each interface description carries
   * @param snaplen the snap length each interface description declares
   * @param nano    nanosecond timestamps instead of microseconds
   * @throws IOException when the section header cannot be written
   */
  public static PacketSink pcapngWriter(OutputStream out, String ifName, int snaplen, boolean nano)
      throws IOException {
    return new PcapngWriter(out, ifName, snaplen, nano);
  }
}
