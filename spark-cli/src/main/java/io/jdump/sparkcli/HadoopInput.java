package io.jdump.sparkcli;

import io.jdump.capture.split.SeekableInput;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A file on any Hadoop file system as capture's {@link SeekableInput}: positioned reads on one
 * open stream for the boundary search, and a stream of its own for the range's records.
 *
 * <pre>{@code
 * try (SeekableInput in = HadoopInput.open("hdfs://nn/captures/a.pcap", conf)) { ... }
 * }</pre>
 */
final class HadoopInput implements SeekableInput {
  private final FileSystem fs;
  private final Path path;
  private final FSDataInputStream positioned;
  private final long size;

  private HadoopInput(FileSystem fs, Path path) throws IOException {
    this.fs = fs;
    this.path = path;
    this.size = fs.getFileStatus(path).getLen();
    this.positioned = fs.open(path);
  }

  static HadoopInput open(String uri, Configuration conf) throws IOException {
    Path path = new Path(uri);
    return new HadoopInput(path.getFileSystem(conf), path);
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public int readAt(long position, byte[] b, int off, int len) throws IOException {
    int total = 0;
    while (total < len) {
      int n = positioned.read(position + total, b, off + total, len - total);
      if (n < 0) break;
      total += n;
    }
    return total;
  }

  @Override
  public InputStream openAt(long position) throws IOException {
    FSDataInputStream in = fs.open(path, 1 << 16);
    try {
      in.seek(position);
      return in;
    } catch (IOException e) {
      in.close();
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    positioned.close();
  }
}
