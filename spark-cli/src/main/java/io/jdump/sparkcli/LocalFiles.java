package io.jdump.sparkcli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.util.function.Supplier;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * Files on the local file system, read and written through java.nio rather than Hadoop's local
 * file system, which forks a {@code chmod} for every file it creates, writes a {@code .crc}
 * beside it, and reads through its checksum layer in 512-byte chunks: on 4 GiB of captures in
 * 64 parts that was most of a run's time. Other file systems (HDFS, S3A) go through Hadoop,
 * whose configuration is asked for only then: a new one parses Hadoop's XML resources, some
 * 20 ms a task.
 *
 * <pre>{@code
 * try (OutputStream out = LocalFiles.create("file:/tmp/run/part-00000", () -> conf)) { ... }
 * }</pre>
 */
final class LocalFiles {
  private LocalFiles() {}

  /**
   * {@return the file at {@code uri} as a java.nio path}, or null when it is not local
   *
   * @param uri a qualified Hadoop path ({@code file:/...}, {@code hdfs://...}), as
   *     {@link Inputs} and {@link Job} make them
   */
  static java.nio.file.Path local(String uri) {
    URI u = new Path(uri).toUri();
    return "file".equals(u.getScheme()) ? java.nio.file.Path.of(u) : null;
  }

  /** {@return a new file at {@code uri}} (replacing one there), its directories made first */
  static OutputStream create(String uri, Supplier<Configuration> conf) throws IOException {
    java.nio.file.Path local = local(uri);
    if (local == null) {
      Path p = new Path(uri);
      return p.getFileSystem(conf.get()).create(p, true);
    }
    Files.createDirectories(local.getParent());
    return Files.newOutputStream(local);
  }

  /** {@return the file at {@code uri}}, opened for reading from its start */
  static InputStream open(String uri, Supplier<Configuration> conf) throws IOException {
    java.nio.file.Path local = local(uri);
    if (local != null) return Files.newInputStream(local);
    Path p = new Path(uri);
    return p.getFileSystem(conf.get()).open(p);
  }

  /** {@return a configuration made on first use}, the same one after */
  static Supplier<Configuration> lazyConf() {
    return new Supplier<>() {
      private Configuration conf;

      @Override
      public Configuration get() {
        if (conf == null) conf = new Configuration();
        return conf;
      }
    };
  }
}
