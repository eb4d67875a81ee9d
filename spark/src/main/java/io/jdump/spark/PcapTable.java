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
 * The capture files of one {@code load(...)}: listed, and each file's head read, when the table
 * is made, so that a missing path, an empty directory, a file that is not a capture or a filter
 * that does not compile for the files' link types fails {@code load} with one line.
 */
final class PcapTable implements SupportsRead {
  private static final Pattern JSON_STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

  private final PcapOptions options;
  private final HadoopConf conf;
  private final List<InputFiles.Entry> files;
  private final Set<Integer> dlts;

  PcapTable(Map<String, String> properties) {
    this.options = PcapOptions.of(properties);
    SparkSession spark = SparkSession.active();
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    var withOptions = new Configuration(hadoop);
    properties.forEach((k, v) -> {
      if (k.startsWith("fs.") || k.startsWith("dfs.")) withOptions.set(k, v);
    });
    this.conf = HadoopConf.of(withOptions);
    List<InputFiles.Entry> listed = InputFiles.list(paths(properties), withOptions);
    this.files = new ArrayList<>();
    this.dlts = new TreeSet<>();
    for (InputFiles.Entry f : listed) {
      Integer dlt = firstDlt(f, withOptions);
      if (dlt == null) continue;
      files.add(f);
      dlts.add(dlt);
    }
    if (files.isEmpty()) throw new IllegalArgumentException("pcap: no readable capture files in " + paths(properties));
    Programs.compile(options.filter(), null, options, dlts); // a bad filter fails here, on the driver
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
  private Integer firstDlt(InputFiles.Entry f, Configuration hadoop) {
    Path path = new Path(f.path());
    try (InputStream raw = path.getFileSystem(hadoop).open(path);
         InputStream in = f.gzip() ? new GZIPInputStream(raw) : raw;
         PacketSource s = CaptureFiles.open(in)) {
      return s.dlt();
    } catch (IOException e) {
      if (options.ignoreCorruptFiles()) return null;
      String why = e instanceof java.nio.file.AccessDeniedException
          || e instanceof org.apache.hadoop.security.AccessControlException ? "Permission denied" : e.getMessage();
      throw new IllegalArgumentException(f.path() + ": " + why, e);
    }
  }

  /** {@return a scan of the files with the pushed expression (or null) and these columns} */
  PcapScan scan(String pushed, Columns[] columns) {
    Programs programs = Programs.compile(options.filter(), pushed, options, dlts);
    long split = SQLConf.get().filesMaxPartitionBytes();
    return new PcapScan(files, split, programs, columns, conf);
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
