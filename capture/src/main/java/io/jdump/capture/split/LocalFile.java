package io.jdump.capture.split;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A local file read with positioned reads on one channel, and streams on channels of their own. */
final class LocalFile implements SeekableInput {
  private final Path file;
  private final FileChannel channel;
  private final long size;

  LocalFile(Path file) throws IOException {
    this.file = file;
    this.channel = FileChannel.open(file, StandardOpenOption.READ);
    this.size = channel.size();
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public int readAt(long position, byte[] b, int off, int len) throws IOException {
    var buf = ByteBuffer.wrap(b, off, len);
    long p = position;
    while (buf.hasRemaining()) {
      int r = channel.read(buf, p);
      if (r < 0) break;
      p += r;
    }
    return (int) (p - position);
  }

  @Override
  public InputStream openAt(long position) throws IOException {
    FileChannel c = FileChannel.open(file, StandardOpenOption.READ);
    c.position(position);
    return Channels.newInputStream(c);
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
