package io.jdump.spark;

import io.jdump.capture.split.SeekableInput;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * A file on any Hadoop file system (local, HDFS, S3A) as capture's {@link SeekableInput}:
 * positioned reads on one open stream for the boundary search, and a stream of its own for a
 * range's records. The DataSource's tasks and jdump-spark's both read through it.
 *
 * <pre>{@code
 * try (SeekableInput in = HadoopInput.open("hdfs://nn/captures/a.pcap", conf)) { ... }
 * }</pre>
 */
public final class HadoopInput implements SeekableInput {
  private final FileSystem fs;
  private final Path path;
  private final long size;
  private final FSDataInputStream in;

  /**
   * {@return the file at {@code uri}} opened on its file system
   *
   * @param uri  a Hadoop path
   * @param conf the Hadoop configuration that names its file system
   * @throws IOException when the file cannot be opened
   */
  public static HadoopInput open(String uri, Configuration conf) throws IOException {
    Path path = new Path(uri);
    FileSystem fs = path.getFileSystem(conf);
    return new HadoopInput(fs, path, fs.getFileStatus(path).getLen());
  }

  HadoopInput(FileSystem fs, Path path, long size) throws IOException {
    this.fs = fs;
    this.path = path;
    this.size = size;
    this.in = fs.open(path);
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public int readAt(long position, byte[] b, int off, int len) throws IOException {
    int done = 0;
    while (done < len) {
      int r = in.read(position + done, b, off + done, len - done);
      if (r < 0) break;
      done += r;
    }
    return done;
  }

  @Override
  public InputStream openAt(long position) throws IOException {
    FSDataInputStream s = fs.open(path, 1 << 20);
    try {
      s.seek(position);
      return s;
    } catch (IOException e) {
      s.close();
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
