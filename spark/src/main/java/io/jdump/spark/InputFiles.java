package io.jdump.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The files a query reads: each path may be a file, a directory (its files, not those whose
 * names start with '.' or '_', as Spark's own sources skip them) or a glob. In name order.
 */
final class InputFiles {
  private InputFiles() {}

  /** A file to read: its path (as Hadoop writes it) and size. */
  record Entry(String path, long size) {
    boolean gzip() {
      return path.endsWith(".gz");
    }
  }

  /**
   * @throws IllegalArgumentException one line: a path that matches nothing, a directory with no
   *     files, or none given
   */
  static List<Entry> list(List<String> paths, Configuration conf) {
    if (paths.isEmpty()) throw new IllegalArgumentException("pcap: no path given: load(\"captures/\")");
    var out = new ArrayList<Entry>();
    try {
      for (String p : paths) {
        Path path = new Path(p);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] matched = fs.globStatus(path);
        if (matched == null || matched.length == 0) {
          throw new IllegalArgumentException(p + ": No such file or directory");
        }
        for (FileStatus s : sorted(matched)) {
          if (s.isDirectory()) {
            int before = out.size();
            FileStatus[] children;
            try {
              children = fs.listStatus(s.getPath());
            } catch (FileNotFoundException e) {
              throw new IllegalArgumentException(s.getPath() + ": No such file or directory");
            }
            for (FileStatus c : sorted(children)) {
              String name = c.getPath().getName();
              if (c.isFile() && !name.startsWith(".") && !name.startsWith("_")) {
                out.add(new Entry(c.getPath().toString(), c.getLen()));
              }
            }
            if (out.size() == before) throw new IllegalArgumentException(s.getPath() + ": no capture files in this directory");
          } else {
            out.add(new Entry(s.getPath().toString(), s.getLen()));
          }
        }
      }
    } catch (org.apache.hadoop.security.AccessControlException e) {
      throw new IllegalArgumentException(e.getMessage() + ": Permission denied");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static FileStatus[] sorted(FileStatus[] s) {
    var copy = s.clone();
    java.util.Arrays.sort(copy, (a, b) -> a.getPath().toString().compareTo(b.getPath().toString()));
    return copy;
  }
}
