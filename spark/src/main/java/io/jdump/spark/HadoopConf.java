package io.jdump.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration (with the query's options: S3A keys and the like) carried to
 * the executors, through its own Writable form.
 */
record HadoopConf(byte[] bytes) implements Serializable {
  static HadoopConf of(Configuration conf) {
    var out = new ByteArrayOutputStream();
    try (var data = new DataOutputStream(out)) {
      conf.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new HadoopConf(out.toByteArray());
  }

  Configuration get() {
    var conf = new Configuration(false);
    try (var in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      conf.readFields(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return conf;
  }
}
