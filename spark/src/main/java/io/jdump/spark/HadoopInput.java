package io.jdump.spark;

import io.jdump.capture.split.SeekableInput;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** A file on any Hadoop file system (local, HDFS, S3A) as a {@link SeekableInput}. */
final class HadoopInput implements SeekableInput {
  private final FileSystem fs;
  private final Path path;
  private final long size;
  private final FSDataInputStream in;

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
    s.seek(position);
    return s;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
