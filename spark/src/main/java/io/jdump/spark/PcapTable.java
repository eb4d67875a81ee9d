package io.jdump.spark;

import io.jdump.capture.PacketSource;
import io.jdump.capture.file.CaptureFiles;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.internal.SQLConf;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/**
 * The capture files of one {@code load(...)}: listed, and each file's head read, when the query
 * is planned (not when the table is made: Spark also makes one for a write, whose path does not
 * exist yet), so that a missing path, an empty directory, a file that is not a capture or a
 * filter that does not compile for the files' link types fails on the driver with one line.
 */
final class PcapTable implements SupportsRead {
  private static final Pattern JSON_STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

  private final Map<String, String> properties;
  private final PcapOptions options;
  private List<InputFiles.Entry> files;
  private Set<Integer> dlts;
  private Configuration hadoop;

  PcapTable(Map<String, String> properties) {
    this.properties = properties;
    this.options = PcapOptions.of(properties);
  }

  /** Lists the files and reads their heads, once. */
  private void list() {
    if (files != null) return;
    SparkSession spark = SparkSession.active();
    hadoop = new Configuration(spark.sparkContext().hadoopConfiguration());
    properties.forEach((k, v) -> {
      if (k.startsWith("fs.") || k.startsWith("dfs.")) hadoop.set(k, v);
    });
    List<InputFiles.Entry> listed = InputFiles.list(paths(properties), hadoop);
    var kept = new ArrayList<InputFiles.Entry>();
    var seen = new TreeSet<Integer>();
    for (InputFiles.Entry f : listed) {
      Integer dlt = firstDlt(f, hadoop);
      if (dlt == null) continue;
      kept.add(f);
      seen.add(dlt);
    }
    if (kept.isEmpty()) throw new IllegalArgumentException("pcap: no readable capture files in " + paths(properties));
    files = kept;
    dlts = seen;
  }

  /** Paths as {@code load(p)} ("path") or {@code load(p1, p2)} ("paths", a JSON array) give them. */
  private static List<String> paths(Map<String, String> properties) {
    var out = new ArrayList<String>();
    var ci = new CaseInsensitiveStringMap(properties);
    String one = ci.get("path");
    if (one != null) out.add(one);
    String many = ci.get("paths");
    if (many != null) {
      Matcher m = JSON_STRING.matcher(many);
      while (m.find()) out.add(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
    }
    return out;
  }

  /**
   * {@return the link type of a file's first interface} or null for a file skipped under
   * {@code ignoreCorruptFiles}.
   */
  private Integer firstDlt(InputFiles.Entry f, Configuration conf) {
    Path path = new Path(f.path());
    try (InputStream raw = path.getFileSystem(conf).open(path);
         InputStream in = f.gzip() ? new GZIPInputStream(raw) : raw;
         PacketSource s = CaptureFiles.open(in)) {
      return s.dlt();
    } catch (IOException e) {
      if (options.ignoreCorruptFiles()) return null;
      String why = String.valueOf(e.getMessage());
      // Hadoop's local file system passes on FileInputStream's "PATH (Permission denied)"
      if (e instanceof org.apache.hadoop.security.AccessControlException || why.endsWith("(Permission denied)")) {
        why = "Permission denied";
      }
      throw new IllegalArgumentException(f.path() + ": " + why, e);
    }
  }

  PcapOptions options() {
    return options;
  }

  /** {@return a scan of the files with the pushed expression (or null) and these columns} */
  PcapScan scan(String pushed, Columns[] columns) {
    list();
    Programs.compile(options.filter(), null, options, dlts); // the filter's own error, before the pushed part's
    Programs programs = Programs.compile(options.filter(), pushed, options, dlts);
    long split = SQLConf.get().filesMaxPartitionBytes();
    return new PcapScan(files, split, programs, columns, HadoopConf.of(hadoop));
  }

  @Override
  public ScanBuilder newScanBuilder(CaseInsensitiveStringMap ignored) {
    return new PcapScanBuilder(this);
  }

  @Override
  public String name() {
    return "pcap";
  }

  @Override
  public StructType schema() {
    return Columns.SCHEMA;
  }

  @Override
  public Set<TableCapability> capabilities() {
    return Set.of(TableCapability.BATCH_READ);
  }
}
